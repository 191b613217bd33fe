import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '@app/database';
import { createApp } from '../../apps/api/src/bootstrap.js';
import { pino } from 'pino';
import { createLogger } from '../../apps/api/src/logger.js';
import { loadSettings, type Settings } from '../../apps/api/src/settings.js';

/**
 * An application over real HTTP on a fresh database: a temporary SQLite file by default, or the MySQL/MariaDB given in
 * DATABASE_URL (emptied first: the suite runs one file at a time, in one worker). Demo data is seeded unless asked not to.
 */
export interface TestApp {
  app: NestFastifyApplication;
  db: DataSource;
  engine: 'sqlite' | 'mysql';
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>>;
  login(username: string, password?: string): Promise<string>;
  /** A GET of a file over HTTP (with the bearer token, if given), its body as bytes whatever the content type. */
  download(url: string, token?: string): Promise<{ status: number; contentType: string; body: Buffer }>;
  /** Counts the SQL statements run while `work` runs. */
  countQueries(work: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

export interface GqlError {
  message: string;
  path?: string[];
  extensions: {
    code: string;
    reason?: string;
    fields?: Array<{ field: string; message: string }>;
    [k: string]: unknown;
  };
}

export interface GqlResult<T> {
  status: number;
  data: T | null;
  errors?: GqlError[];
}

export async function emptyMysqlDatabase(url: string): Promise<void> {
  const target = parseDatabaseUrl(url);
  if (target.kind !== 'mysql') return;
  const db = new DataSource({
    type: 'mysql',
    host: target.host,
    port: target.port,
    username: target.username,
    password: target.password,
    database: target.database,
  });
  await db.initialize();
  try {
    const tables = await db.query<Array<{ name: string }>>(
      'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()',
    );
    await db.query('SET FOREIGN_KEY_CHECKS = 0');
    for (const { name } of tables) await db.query(`DROP TABLE IF EXISTS \`${name}\``);
    await db.query('SET FOREIGN_KEY_CHECKS = 1');
  } finally {
    await db.destroy();
  }
}

/**
 * Test apps log nothing, unless TEST_LOG_FILE names a file: then their warnings and errors (an internal error's cause
 * among them) are appended to it — for finding why a request failed in a long run, e.g. CI's.
 */
function testLogger(): Logger {
  const file = process.env.TEST_LOG_FILE;
  if (!file) return createLogger('silent');
  return createLogger('warn', pino.destination({ dest: file, append: true, sync: true }));
}

export async function startTestApp(
  options: { seed?: boolean; env?: Record<string, string>; logger?: Logger } = {},
): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'minyi-test-'));
  const url = options.env?.DATABASE_URL || process.env.DATABASE_URL || `sqlite:${join(dir, 'test.sqlite')}`;
  await emptyMysqlDatabase(url);
  const settings: Settings = {
    ...loadSettings(
      {
        NODE_ENV: 'test',
        DATABASE_URL: url,
        TOKEN_SECRET: 'test-secret-'.padEnd(48, 'x'),
        // Tests run the reminder scan and the session purge by hand, at the instants they choose.
        REMINDER_INTERVAL_SECONDS: '0',
        SESSION_PURGE_INTERVAL_SECONDS: '0',
        // …and the personal-data retention job (PersonalDataRetention.eraseDue, at the instants they choose).
        PERSONAL_DATA_ERASURE_INTERVAL_SECONDS: '0',
        ...options.env,
      },
      dir,
    ),
    seedDemo: options.seed ?? true,
  };
  const app = await createApp(settings, options.logger ?? testLogger());
  const db = app.get(DataSource);
  const server = app.getHttpServer();

  const gql = async <T>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>> => {
    const req = request(server).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body.data ?? null, errors: res.body.errors };
  };

  return {
    app,
    db,
    engine: parseDatabaseUrl(url).kind,
    gql,
    async login(username, password = 'demo-password') {
      const res = await gql<{ login: { accessToken: string } }>(
        'mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { accessToken } }',
        { u: username, p: password },
      );
      if (!res.data) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.accessToken;
    },
    async download(url, token) {
      const req = request(server).get(url);
      if (token) req.set('authorization', `Bearer ${token}`);
      const res = await req.buffer(true).parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
      return {
        status: res.status,
        contentType: String(res.headers['content-type'] ?? ''),
        body: res.body as Buffer,
      };
    },
    async countQueries(work) {
      const logger = db.logger;
      const original = logger.logQuery.bind(logger);
      let count = 0;
      logger.logQuery = (...args) => {
        count += 1;
        original(...args);
      };
      try {
        await work();
      } finally {
        logger.logQuery = original;
      }
      return count;
    },
    async close() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The first error's code and reason, for concise assertions. */
export function errorOf(result: GqlResult<unknown>): { code: string; reason?: string; message: string } {
  const error = result.errors?.[0];
  if (!error) throw new Error(`expected an error, got data ${JSON.stringify(result.data)}`);
  return { code: error.extensions.code, reason: error.extensions.reason, message: error.message };
}

/** A GraphQL answer's data, or a failure that shows the errors. */
export function must<T>(res: { data?: T | null; errors?: unknown }): T {
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** The demo's open dog-management round (关于再次征求…养犬…), as the given account finds it. */
export async function openDogTaskId(t: TestApp, token: string): Promise<string> {
  const tasks = must(
    await t.gql<{ consultationTasks: { edges: Array<{ node: { id: string; title: string } }> } }>(
      '{ consultationTasks(first: 50) { edges { node { id title } } } }',
      {},
      token,
    ),
  );
  return tasks.consultationTasks.edges.find(
    (e) => e.node.title.startsWith('关于再次征求') && e.node.title.includes('养犬'),
  )!.node.id;
}

/** The demo's dog-management and charity tasks and the Southwest University point, as the head finds them. */
export async function demoTaskRefs(
  t: TestApp,
  headToken: string,
): Promise<{ dogTaskId: string; charityTaskId: string; pointId: string }> {
  const tasks = await t.gql<{
    consultationTasks: { edges: Array<{ node: { id: string; title: string } }> };
  }>('{ consultationTasks(first: 50) { edges { node { id title } } } }', {}, headToken);
  const find = (word: string) =>
    tasks.data!.consultationTasks.edges.find((e) => e.node.title.includes(word))!.node.id;
  const points = await t.gql<{ contactPoints: { edges: Array<{ node: { id: string } }> } }>(
    '{ contactPoints(first: 1) { edges { node { id } } } }',
    {},
    headToken,
  );
  return {
    dogTaskId: find('养犬'),
    charityTaskId: find('慈善'),
    pointId: points.data!.contactPoints.edges[0].node.id,
  };
}

/**
 * Distributes a task at a point to the demo expert (赵志强, account `expert`), as the point's head does: an expert
 * annotates only what was distributed to them — the whole draft unless provisions are named.
 */
export async function distributeToExpert(
  t: TestApp,
  input: { taskId: string; pointId: string; headToken: string; provisionAddresses?: string[] },
): Promise<void> {
  const expertAccount = must(
    await t.gql<{ me: { id: string } }>('{ me { id } }', {}, await t.login('expert')),
  ).me.id;
  const { contactPoint } = must(
    await t.gql<{
      contactPoint: { experts: { edges: Array<{ node: { id: string; accountId: string | null } }> } };
    }>(
      'query($p: ID!) { contactPoint(id: $p) { experts(first: 100) { edges { node { id accountId } } } } }',
      { p: input.pointId },
      input.headToken,
    ),
  );
  const expertId = contactPoint.experts.edges.find((e) => e.node.accountId === expertAccount)!.node.id;
  const dueAt = `${new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)}T23:59:59+08:00`;
  must(
    await t.gql(
      `mutation($t: ID!, $p: ID!, $e: ID!, $due: DateTime!, $a: [String!]!) { distributeTask(input: { taskId: $t,
        contactPointId: $p, assignments: [{ assigneeType: EXPERT, assigneeId: $e, dueAt: $due, provisionAddresses: $a }] }) { id } }`,
      { t: input.taskId, p: input.pointId, e: expertId, due: dueAt, a: input.provisionAddresses ?? [] },
      input.headToken,
    ),
  );
}
