import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { dataSourceOptions, redactDatabaseUrl } from '@app/database';
import { DemoSeedService } from '@app/demo';
import { createApp } from '../../api/src/bootstrap.js';
import { ENTITIES } from '../../api/src/entities.js';
import { createLogger } from '../../api/src/logger.js';
import { loadSettings, SettingsError, type Settings } from '../../api/src/settings.js';

/** `npm run cli -- <command>`: administration on the same modules and settings as the API. */
const COMMANDS: Record<string, { help: string; run: (args: string[]) => Promise<number> }> = {
  migrate: { help: '执行尚未执行的数据库迁移 (run pending migrations)', run: migrate },
  seed: { help: '数据库为空时写入演示数据 (seed demo data into an empty database)', run: seed },
  'schema:print': { help: '输出由代码生成的 GraphQL schema (print the generated schema)', run: schemaPrint },
  'schema:check': {
    help: '检查 schema/schema.graphql 是否与代码一致 (fail when the committed schema is stale)',
    run: schemaCheck,
  },
};

const SCHEMA_FILE = 'schema/schema.graphql';

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

async function seed(): Promise<number> {
  const settings = loadSettings(process.env);
  const app = await createApp({ ...settings, seedDemo: false }, createLogger('warn'));
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

/** The schema is built by starting the application on a throwaway in-memory database. */
async function generatedSchema(): Promise<string> {
  const settings: Settings = {
    ...loadSettings({
      ...process.env,
      DATABASE_URL: 'sqlite::memory:',
      TOKEN_SECRET: 'x'.repeat(32),
      NODE_ENV: 'development',
    }),
    seedDemo: false,
  };
  const app = await createApp(settings, createLogger('silent'));
  try {
    return printSchema(app.get(GraphQLSchemaHost).schema) + '\n';
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
  if (committed === (await generatedSchema())) {
    console.error(`${SCHEMA_FILE} 与代码一致 (schema up to date)`);
    return 0;
  }
  console.error(
    `${SCHEMA_FILE} 已过期：请运行 npm run schema:generate 并提交 (stale schema: run npm run schema:generate and commit)`,
  );
  return 1;
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

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof SettingsError ? error.message : error);
    process.exit(1);
  },
);
