import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DomainError } from '@app/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema, type GraphQLSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { dataSourceOptions, redactDatabaseUrl } from '@app/database';
import { AuditService } from '@app/audit';
import { DemoSeedService } from '@app/demo';
import { AccountService, Role } from '@app/identity';
import { decodeRegulationFile, parseRegulation, type ProvisionNode } from '@app/drafts';
import { createApp } from '../../api/src/bootstrap.js';
import { ENTITIES } from '../../api/src/entities.js';
import { createLogger } from '../../api/src/logger.js';
import { loadSettings, SettingsError, type Settings } from '../../api/src/settings.js';
import { lintSchemaDescriptions } from './schema-lint.js';

/**
 * `npm run cli -- <command>`: administration on the same modules and settings as the API. A command runs no jobs
 * (role 'api'): jobs left queued wait for a server's worker instead of running inside a short-lived command.
 */
const COMMANDS: Record<string, { help: string; run: (args: string[]) => Promise<number> }> = {
  migrate: { help: '执行尚未执行的数据库迁移 (run pending migrations)', run: migrate },
  seed: {
    help: '数据库为空时写入演示数据；生产环境需加 --force (seed demo data into an empty database)',
    run: seed,
  },
  'account:create-admin': {
    help: '创建系统管理员账号：account:create-admin <用户名>，密码取自环境变量 MINYI_ADMIN_PASSWORD (first admin)',
    run: createAdmin,
  },
  'schema:print': { help: '输出由代码生成的 GraphQL schema (print the generated schema)', run: schemaPrint },
  'draft:parse': {
    help: '解析法规文本（UTF-8、GBK/GB18030 或 .docx），打印条文树 JSON，警告打印到标准错误 (parse a regulation)',
    run: draftParse,
  },
  'schema:check': {
    help: '检查 schema/schema.graphql 是否与代码一致，且每个类型、字段、参数、输入字段和枚举值都有中文说明 (stale schema or missing descriptions)',
    run: schemaCheck,
  },
};

const SCHEMA_FILE = 'schema/schema.graphql';

/** npm runs scripts from the package root; a path the user typed is relative to where they typed it. */
const userPath = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

function nodeJson(node: ProvisionNode): Record<string, unknown> {
  return {
    kind: node.kind,
    label: node.label,
    number: node.number,
    insertion: node.insertion,
    heading: node.heading,
    text: node.text,
    address: node.address,
    citation: node.citation,
    children: node.children.map(nodeJson),
  };
}

async function draftParse(args: string[]): Promise<number> {
  const [file] = args;
  if (!file) {
    console.error('用法 (usage): npm run --silent cli -- draft:parse <文件>');
    return 64;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(userPath(file));
  } catch (error) {
    console.error(`无法读取文件 ${file}：${(error as Error).message}`);
    return 66;
  }
  try {
    const { text, encoding } = await decodeRegulationFile(bytes, file);
    const parsed = parseRegulation(text);
    for (const warning of parsed.warnings)
      console.error(`警告 第 ${warning.line} 行 [${warning.code}] ${warning.message}`);
    console.error(`（编码 ${encoding}，${parsed.warnings.length} 条警告）`);
    process.stdout.write(
      JSON.stringify(
        { title: parsed.title, preamble: parsed.preamble, provisions: parsed.provisions.map(nodeJson) },
        null,
        2,
      ) + '\n',
    );
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(`${error.message} [${error.reason}]`);
      return 65;
    }
    throw error;
  }
}

async function migrate(): Promise<number> {
  const settings = loadSettings(process.env);
  const db = new DataSource(dataSourceOptions({ url: settings.databaseUrl, entities: ENTITIES }));
  await db.initialize();
  try {
    const done = await db.runMigrations({ transaction: 'each' });
    console.error(
      `${redactDatabaseUrl(settings.databaseUrl)}: ${done.length ? done.map((m) => m.name).join(', ') : '没有待执行的迁移 (up to date)'}`,
    );
  } finally {
    await db.destroy();
  }
  return 0;
}

async function seed(args: string[]): Promise<number> {
  const settings = loadSettings(process.env);
  if (settings.production && !args.includes('--force')) {
    console.error(
      '生产环境不写入演示数据（演示账号的密码是公开的）。确需写入请加 --force；创建管理员请用 account:create-admin',
    );
    return 1;
  }
  const app = await createApp({ ...settings, seedDemo: false, role: 'api' }, createLogger('warn'));
  try {
    const seeded = await app.get(DemoSeedService).seedIfEmpty();
    console.error(
      seeded
        ? '演示数据已写入 (demo data seeded)'
        : '数据库中已有账号，未写入演示数据 (database not empty: nothing seeded)',
    );
  } finally {
    await app.close();
  }
  return 0;
}

async function createAdmin(args: string[]): Promise<number> {
  const [username] = args;
  const password = process.env.MINYI_ADMIN_PASSWORD ?? '';
  if (!username || !password) {
    console.error('用法 (usage): MINYI_ADMIN_PASSWORD=<密码> npm run cli -- account:create-admin <用户名>');
    return 64;
  }
  const settings = loadSettings(process.env);
  const app = await createApp({ ...settings, seedDemo: false, role: 'api' }, createLogger('warn'));
  try {
    const db = app.get(DataSource);
    const account = await db.transaction(async (em) => {
      const created = await app.get(AccountService).create(em, {
        username,
        password,
        displayName: '系统管理员',
        grants: [{ role: Role.SYSTEM_ADMIN, legislatureId: null, contactPointId: null, liaisonUnitId: null }],
      });
      await app.get(AuditService).record(
        em,
        { accountId: null, username: 'cli' },
        {
          action: 'account.create',
          entityType: 'Account',
          entityId: created.id,
          after: { username: created.username, role: Role.SYSTEM_ADMIN },
        },
      );
      return created;
    });
    console.error(`已创建系统管理员 ${account.username} (admin account created)`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(`${error.message} [${error.reason}]`);
      return 65;
    }
    throw error;
  } finally {
    await app.close();
  }
}

/** The schema is built by starting the application on a throwaway in-memory database. */
async function generatedSchema(): Promise<string> {
  return printSchema(await builtSchema()) + '\n';
}

async function builtSchema(): Promise<GraphQLSchema> {
  const settings: Settings = {
    ...loadSettings({
      ...process.env,
      DATABASE_URL: 'sqlite::memory:',
      TOKEN_SECRET: 'x'.repeat(32),
      NODE_ENV: 'development',
    }),
    seedDemo: false,
    role: 'api',
  };
  const app = await createApp(settings, createLogger('silent'));
  try {
    return app.get(GraphQLSchemaHost).schema;
  } finally {
    await app.close();
  }
}

async function schemaPrint(): Promise<number> {
  process.stdout.write(await generatedSchema());
  return 0;
}

async function schemaCheck(): Promise<number> {
  const committed = readFileSync(resolve(SCHEMA_FILE), 'utf8');
  const schema = await builtSchema();
  let failed = false;
  if (committed === printSchema(schema) + '\n') {
    console.error(`${SCHEMA_FILE} 与代码一致 (schema up to date)`);
  } else {
    console.error(
      `${SCHEMA_FILE} 已过期：请运行 npm run schema:generate 并提交 (stale schema: run npm run schema:generate and commit)`,
    );
    failed = true;
  }
  const { undescribed, counts } = lintSchemaDescriptions(schema);
  const figures = Object.entries(counts)
    .map(([kind, c]) => `${kind} ${c.described}/${c.total}`)
    .join(', ');
  if (undescribed.length) {
    console.error(
      `以下 ${undescribed.length} 处没有中文说明（在代码的 description 中补上，如 @Field({ description }) ）(undescribed):`,
    );
    for (const coordinate of undescribed) console.error(`  ${coordinate}`);
    failed = true;
  }
  console.error(`中文说明 (described): ${figures}`);
  return failed ? 1 : 0;
}

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(
      `用法 (usage): npm run cli -- <command>\n\n${Object.entries(COMMANDS)
        .map(([n, c]) => `  ${n.padEnd(14)} ${c.help}`)
        .join('\n')}`,
    );
    return name ? 64 : 0;
  }
  return command.run(args);
}

/**
 * Exits once stdout has drained: process.exit() right after a large write cuts a pipe at its buffer (draft:parse | jq
 * read 128 KiB of 904 KB). A write's callback runs when everything before it has been handed to the pipe.
 */
function exitAfterOutput(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

main().then(exitAfterOutput, (error: unknown) => {
  console.error(error instanceof SettingsError ? error.message : error);
  exitAfterOutput(1);
});
