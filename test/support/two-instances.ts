import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Redis } from 'ioredis';
import request from 'supertest';
import { parseDatabaseUrl } from '@app/database';
import { createApp } from '../../apps/api/src/bootstrap.js';
import { createLogger } from '../../apps/api/src/logger.js';
import { loadSettings } from '../../apps/api/src/settings.js';
import { describeWithMysql, TEST_MYSQL_URL } from './mysql-server.js';
import { deleteKeys, redisTestsRun, TEST_REDIS_URL, testKeyPrefix } from './redis.js';
import { emptyMysqlDatabase, type GqlResult, type TestApp } from './test-app.js';

/**
 * Several API instances on one MySQL/MariaDB database (and, by default, one Redis), as processes behind a load balancer
 * would be — here Nest applications in the test's process, each with its own caches, throttler and Redis connections.
 * Two instances cannot share an SQLite file, so these specs run on MySQL/MariaDB only: DATABASE_URL when the suite runs
 * on MariaDB, else TEST_MYSQL_URL's server. Under CI=true they run (and fail if MariaDB or Redis is missing).
 */
export const INSTANCES_DATABASE_URL =
  process.env.DATABASE_URL && parseDatabaseUrl(process.env.DATABASE_URL).kind === 'mysql'
    ? process.env.DATABASE_URL
    : TEST_MYSQL_URL;

export const LOGIN =
  'mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { accessToken } }';

/** `describe` for specs that need the MySQL/MariaDB server, and one for those that need Redis as well. */
export async function describeInstances(): Promise<{
  describeMysql: typeof describe | typeof describe.skip;
  describeWithRedis: typeof describe | typeof describe.skip;
  withRedis: boolean;
}> {
  const describeMysql = await describeWithMysql();
  const withRedis = await redisTestsRun();
  return { describeMysql, describeWithRedis: withRedis ? describeMysql : describe.skip, withRedis };
}

export interface StartOptions {
  /** Migrate and seed the demo (the first instance), or only open the database (the others). */
  seed: boolean;
  /** Settings of this instance, over the shared ones. */
  env?: Record<string, string>;
  /** Use the set's Redis and key prefix (default); false: in-process queues and caches only. */
  redis?: boolean;
  /** Listen on a port of the system's choosing (for clients other than supertest: event streams); see urlOf. */
  listen?: boolean;
}

/**
 * The instances of one spec: one folder (so all read the same generated personal-data key, as instances of one
 * deployment do), one Redis key prefix of its own, and clean-up of both, of every instance started and of extra prefixes.
 */
export class Instances {
  readonly dir: string;
  readonly keyPrefix = testKeyPrefix();
  readonly apps: NestFastifyApplication[] = [];
  private readonly extraPrefixes: string[] = [];

  constructor(
    name: string,
    private readonly shared: Record<string, string> = {},
  ) {
    this.dir = mkdtempSync(join(tmpdir(), `minyi-${name}-`));
  }

  /** The settings every instance gets (as an environment, for a child process too), with `extra` over them. */
  env(extra: Record<string, string> = {}, redis = true): Record<string, string> {
    return {
      NODE_ENV: 'test',
      DATABASE_URL: INSTANCES_DATABASE_URL,
      TOKEN_SECRET: 'test-secret-'.padEnd(48, 'x'),
      // Tests run the reminder scan and the session purge by hand unless they say otherwise.
      REMINDER_INTERVAL_SECONDS: '0',
      SESSION_PURGE_INTERVAL_SECONDS: '0',
      PERSONAL_DATA_ERASURE_INTERVAL_SECONDS: '0',
      ...(redis ? { REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: this.keyPrefix } : {}),
      ...this.shared,
      ...extra,
    };
  }

  /** Empties the database, for a first instance that migrates and seeds it. */
  async emptyDatabase(): Promise<void> {
    await emptyMysqlDatabase(INSTANCES_DATABASE_URL);
  }

  async start(options: StartOptions): Promise<NestFastifyApplication> {
    const settings = loadSettings(this.env(options.env, options.redis ?? true), this.dir);
    const app = await createApp({ ...settings, seedDemo: options.seed }, createLogger('silent'));
    this.apps.push(app);
    if (options.listen) await app.listen({ port: 0, host: '127.0.0.1' });
    return app;
  }

  /** The address of an instance started with `listen`. */
  async urlOf(app: NestFastifyApplication): Promise<string> {
    return (await app.getUrl()).replace('[::1]', '127.0.0.1');
  }

  /** A Redis key prefix of its own (a separate queue), deleted with the set's. */
  extraPrefix(): string {
    const prefix = testKeyPrefix();
    this.extraPrefixes.push(prefix);
    return prefix;
  }

  async gql<T = Record<string, unknown>>(
    app: NestFastifyApplication,
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>> {
    const req = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body.data ?? null, errors: res.body.errors };
  }

  async login(app: NestFastifyApplication, username: string, password = 'demo-password'): Promise<string> {
    const res = await this.gql<{ login: { accessToken: string } }>(app, LOGIN, { u: username, p: password });
    if (!res.data) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
    return res.data.login.accessToken;
  }

  /** Enough of a TestApp for the helpers that only ask GraphQL (demoTaskRefs, openDogTaskId). */
  asTestApp(app: NestFastifyApplication): TestApp {
    return { gql: (q, v, token) => this.gql(app, q, v, token) } as TestApp;
  }

  /** Closes one instance before the others (a worker that must stop before the spec goes on). */
  async stop(app: NestFastifyApplication | undefined): Promise<void> {
    const index = app ? this.apps.indexOf(app) : -1;
    if (index < 0) return;
    this.apps.splice(index, 1);
    await app!.close();
  }

  /** Closes the instances started so far (a spec that starts a fresh pair per test). */
  async closeApps(): Promise<void> {
    for (const app of this.apps.splice(0).reverse()) await app.close();
  }

  /** Everything: the instances, the Redis keys under the set's prefixes, the folder. */
  async cleanup(): Promise<void> {
    await this.closeApps();
    const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    redis.on('error', () => undefined);
    try {
      for (const prefix of [this.keyPrefix, ...this.extraPrefixes]) await deleteKeys(redis, prefix);
    } catch {
      // No Redis (a spec's run without it): nothing was written there.
    } finally {
      redis.disconnect();
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
