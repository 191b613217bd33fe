import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Redis } from 'ioredis';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PointTaskState } from '@app/consultation';
import { PointTaskEntity } from '@app/consultation/entities';
import { parseDatabaseUrl } from '@app/database';
import { createApp } from '../../apps/api/src/bootstrap.js';
import { createLogger } from '../../apps/api/src/logger.js';
import { loadSettings } from '../../apps/api/src/settings.js';
import { AccountCache } from '../../libs/identity/src/account-cache.js';
import { describeWithMysql, TEST_MYSQL_URL } from '../support/mysql-server.js';
import { deleteKeys, redisTestsRun, TEST_REDIS_URL, testKeyPrefix } from '../support/redis.js';
import { emptyMysqlDatabase, errorOf, type GqlResult } from '../support/test-app.js';

/**
 * Issue 17: two API instances on one MariaDB database and one Redis, as two processes behind a load balancer would be
 * (here two Nest applications in this process, each with its own caches, throttler and Redis connections). Sign-in
 * lockouts and every change to an account must hold at both at once, although each instance caches accounts.
 *
 * Two instances cannot share an SQLite file, so this runs on MySQL/MariaDB only: DATABASE_URL when the suite runs on
 * MariaDB, else TEST_MYSQL_URL's server. Under CI=true it runs (and fails if MariaDB or Redis is missing).
 */
const describeMysql = await describeWithMysql();
const DATABASE_URL =
  process.env.DATABASE_URL && parseDatabaseUrl(process.env.DATABASE_URL).kind === 'mysql'
    ? process.env.DATABASE_URL
    : TEST_MYSQL_URL;
const describeBoth = (await redisTestsRun()) ? describeMysql : describe.skip;

describeBoth('two API instances sharing Redis (issue 17)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minyi-redis-'));
  const keyPrefix = testKeyPrefix();
  let a: NestFastifyApplication;
  let b: NestFastifyApplication;

  const start = async (seed: boolean) => {
    const settings = loadSettings(
      {
        NODE_ENV: 'test',
        DATABASE_URL,
        TOKEN_SECRET: 'test-secret-'.padEnd(48, 'x'),
        REMINDER_INTERVAL_SECONDS: '0',
        REDIS_URL: TEST_REDIS_URL,
        REDIS_KEY_PREFIX: keyPrefix,
      },
      dir, // one folder: both read the same generated personal-data key, as instances of one deployment do
    );
    return createApp({ ...settings, seedDemo: seed }, createLogger('silent'));
  };
  const gql = async <T = Record<string, unknown>>(
    app: NestFastifyApplication,
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>> => {
    const req = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body.data ?? null, errors: res.body.errors };
  };
  const LOGIN =
    'mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { accessToken } }';
  const login = async (app: NestFastifyApplication, username: string, password = 'demo-password') => {
    const res = await gql<{ login: { accessToken: string } }>(app, LOGIN, { u: username, p: password });
    if (!res.data) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
    return res.data.login.accessToken;
  };
  /** Signed in at B and used there twice, so B's account cache holds the account before A changes it. */
  const warmAtB = async (token: string) => {
    for (let i = 0; i < 2; i++) expect((await gql(b, '{ me { id } }', {}, token)).errors).toBeUndefined();
    expect(b.get(AccountCache, { strict: false }).size).toBeGreaterThan(0);
  };

  beforeAll(async () => {
    await emptyMysqlDatabase(DATABASE_URL);
    a = await start(true); // migrates and seeds the demo
    b = await start(false);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    const redis = new Redis(TEST_REDIS_URL);
    await deleteKeys(redis, keyPrefix);
    redis.disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it('locks the account at instance B after five wrong passwords at instance A', async () => {
    for (let i = 0; i < 5; i++) {
      expect(errorOf(await gql(a, LOGIN, { u: 'expert', p: 'wrong-password' })).code).toBe('UNAUTHENTICATED');
    }
    const atB = errorOf(await gql(b, LOGIN, { u: 'expert', p: 'demo-password' }));
    expect(atB).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'LOGIN_LOCKED' });
    expect(atB.message).toContain('失败次数过多');
    // Another account from the same address is untouched at both.
    await expect(login(b, 'deputy')).resolves.toEqual(expect.any(String));
  });

  it("refuses the old token at B at once after a password change at A, B's cache warm", async () => {
    const token = await login(b, 'collector');
    await warmAtB(token);
    const changed = await gql(
      a,
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { id } }',
      { input: { currentPassword: 'demo-password', newPassword: 'a-new-password-17' } },
      token,
    );
    expect(changed.errors).toBeUndefined();
    expect(errorOf(await gql(b, '{ me { id } }', {}, token))).toMatchObject({ code: 'UNAUTHENTICATED' });
    // The new password works at B, the old one does not.
    await expect(login(b, 'collector', 'a-new-password-17')).resolves.toEqual(expect.any(String));
    expect(errorOf(await gql(b, LOGIN, { u: 'collector', p: 'demo-password' })).code).toBe('UNAUTHENTICATED');
  });

  it("refuses at B at once an account deactivated at A, B's cache warm", async () => {
    const unitToken = await login(b, 'unit');
    await warmAtB(unitToken);
    const me = await gql<{ me: { id: string } }>(b, '{ me { id } }', {}, unitToken);
    const headToken = await login(a, 'head');
    const off = await gql(
      a,
      'mutation($input: SetAccountActiveInput!) { setAccountActive(input: $input) { active } }',
      { input: { accountId: me.data!.me.id, active: false } },
      headToken,
    );
    expect(off.errors).toBeUndefined();
    expect(errorOf(await gql(b, '{ me { id } }', {}, unitToken))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'ACCOUNT_INACTIVE',
    });
  });

  it("refuses at B at once a submission to a collection closed at A, B's submission lookups warm", async () => {
    const token = await login(b, 'liaison');
    const tasks = await gql<{ consultationTasks: { edges: Array<{ node: { id: string; title: string } }> } }>(
      b,
      '{ consultationTasks(first: 50) { edges { node { id title } } } }',
      {},
      token,
    );
    const taskId = tasks.data!.consultationTasks.edges.find(
      (e) => e.node.title.startsWith('关于再次征求') && e.node.title.includes('养犬'),
    )!.node.id;
    let n = 0;
    const submitAtB = () =>
      gql(
        b,
        'mutation($input: SubmitOpinionInput!) { submitOpinion(input: $input) { receiptNumber } }',
        {
          input: {
            taskId,
            provisionAddress: 'art_3',
            proposedChange: `两个实例的检验${n}`,
            channel: 'ONLINE',
            idempotencyKey: `redis-instances-${keyPrefix}-${n++}`,
          },
        },
        token,
      );
    expect((await submitAtB()).errors).toBeUndefined();
    expect((await submitAtB()).errors).toBeUndefined();

    // Closed at A (a write through A's data source, as a mutation at A would make it).
    const pointTasks = a.get(DataSource).getRepository(PointTaskEntity);
    const row = await pointTasks.findOneByOrFail({ taskId });
    await pointTasks.update({ id: row.id }, { state: PointTaskState.CONSOLIDATING });
    try {
      expect(errorOf(await submitAtB())).toMatchObject({ code: 'CONFLICT', reason: 'COLLECTION_CLOSED' });
    } finally {
      await pointTasks.update({ id: row.id }, { state: row.state });
    }
    expect((await submitAtB()).errors).toBeUndefined();
  });
});
