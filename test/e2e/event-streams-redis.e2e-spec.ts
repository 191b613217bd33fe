import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Redis } from 'ioredis';
import request from 'supertest';
import { parseDatabaseUrl } from '@app/database';
import { LiveEvents, type LiveJob } from '@app/identity';
import { createApp } from '../../apps/api/src/bootstrap.js';
import { createLogger } from '../../apps/api/src/logger.js';
import { loadSettings } from '../../apps/api/src/settings.js';
import { openEventStream, type OpenStream } from '../support/event-stream.js';
import { START_GROUPING, type JobView } from '../support/jobs.js';
import { describeWithMysql, TEST_MYSQL_URL } from '../support/mysql-server.js';
import { deleteKeys, redisTestsRun, TEST_REDIS_URL, testKeyPrefix } from '../support/redis.js';
import { demoTaskRefs, emptyMysqlDatabase, type GqlResult, type TestApp } from '../support/test-app.js';

/** Ports of this spec's two instances (the push helper's range). */
const PORT_A = 3460 + Math.floor(Math.random() * 5);
const PORT_B = PORT_A + 5;

const describeMysql = await describeWithMysql();
const DATABASE_URL =
  process.env.DATABASE_URL && parseDatabaseUrl(process.env.DATABASE_URL).kind === 'mysql'
    ? process.env.DATABASE_URL
    : TEST_MYSQL_URL;
const describeBoth = (await redisTestsRun()) ? describeMysql : describe.skip;

/**
 * Pushed events across instances (issue 17): a page connected to instance B hears a job that runs at instance A (B only
 * serves requests: MINYI_ROLE=api, so the job cannot run there), and a notification written at A, through Redis
 * pub/sub. Prints how long an event takes from A's publication to B's stream.
 */
describeBoth('pushed events between two instances sharing Redis (issue 17)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minyi-push-'));
  const keyPrefix = testKeyPrefix();
  let a: NestFastifyApplication;
  let b: NestFastifyApplication;
  const streams: OpenStream[] = [];

  const start = async (seed: boolean, port: number, env: Record<string, string> = {}) => {
    const settings = loadSettings(
      {
        NODE_ENV: 'test',
        DATABASE_URL,
        TOKEN_SECRET: 'test-secret-'.padEnd(48, 'x'),
        REMINDER_INTERVAL_SECONDS: '0',
        REDIS_URL: TEST_REDIS_URL,
        REDIS_KEY_PREFIX: keyPrefix,
        ...env,
      },
      dir,
    );
    const app = await createApp({ ...settings, seedDemo: seed }, createLogger('silent'));
    await app.listen({ port, host: '127.0.0.1' });
    return app;
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
  const login = async (app: NestFastifyApplication, username: string) => {
    const res = await gql<{ login: { accessToken: string } }>(
      app,
      'mutation($u: String!) { login(input: {username: $u, password: "demo-password"}) { accessToken } }',
      { u: username },
    );
    if (!res.data) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
    return res.data.login.accessToken;
  };

  beforeAll(async () => {
    await emptyMysqlDatabase(DATABASE_URL);
    a = await start(true, PORT_A);
    b = await start(false, PORT_B, { MINYI_ROLE: 'api' });
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await b?.close();
    await a?.close();
    const redis = new Redis(TEST_REDIS_URL);
    await deleteKeys(redis, keyPrefix);
    redis.disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a page at instance B hears a grouping job started and run at instance A, to its end', async () => {
    const liaisonAtA = await login(a, 'liaison');
    const liaisonAtB = await login(b, 'liaison');
    const expertAtB = await login(b, 'expert');
    const refs = await demoTaskRefs({ gql: (q, v, tk) => gql(a, q, v, tk) } as TestApp, liaisonAtA);
    const atB = await openEventStream(`http://127.0.0.1:${PORT_B}`, liaisonAtB);
    const strangerAtB = await openEventStream(`http://127.0.0.1:${PORT_B}`, expertAtB);
    streams.push(atB, strangerAtB);
    await atB.next((e) => e.event === 'ready');
    await strangerAtB.next((e) => e.event === 'ready');

    // When A publishes each of the job's events (A's own listener), to time their way to B's stream.
    const publishedAt = new Map<string, number>();
    const stop = a.get(LiveEvents, { strict: false }).listen((event) => {
      if (event.type === 'job') publishedAt.set(key(event.job), performance.now());
    });
    const key = (job: Pick<LiveJob, 'state' | 'progress' | 'step'>) =>
      `${job.state}:${job.progress}:${job.step}`;
    try {
      const started = await gql<{ startDuplicateGrouping: JobView }>(
        a,
        START_GROUPING,
        { i: { taskId: refs.dogTaskId, contactPointId: refs.pointId } },
        liaisonAtA,
      );
      const job = started.data!.startDuplicateGrouping;
      const done = await atB.next(
        (e) => e.event === 'job' && e.data.id === job.id && e.data.state === 'SUCCEEDED',
        30_000,
      );
      expect(done.data).toMatchObject({ progress: 100, kind: 'consolidation.groupDuplicates' });
      const heard = atB.events.filter((e) => e.event === 'job' && e.data.id === job.id);
      expect(heard.map((e) => e.data.state)).toContain('RUNNING');

      const delays = heard
        .map((e) => e.at - (publishedAt.get(key(e.data as unknown as LiveJob)) ?? NaN))
        .filter((ms) => Number.isFinite(ms))
        .sort((x, y) => x - y);
      expect(delays.length).toBe(heard.length);
      console.log(
        `A publishes → B's stream: ${delays.length} events, median ${delays[Math.floor(delays.length / 2)].toFixed(1)} ms, ` +
          `max ${delays.at(-1)!.toFixed(1)} ms (load ${loadavg()[0].toFixed(1)})`,
      );
    } finally {
      stop();
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(strangerAtB.events.filter((e) => e.event === 'job')).toEqual([]);
  });

  it('a page at instance B hears its new notification written at instance A', async () => {
    const headAtB = await login(b, 'head');
    const liaisonAtA = await login(a, 'liaison');
    const refs = await demoTaskRefs({ gql: (q, v, tk) => gql(a, q, v, tk) } as TestApp, liaisonAtA);
    const stream = await openEventStream(`http://127.0.0.1:${PORT_B}`, headAtB);
    streams.push(stream);
    const first = await stream.next((e) => e.event === 'notification');
    const created = await gql(
      a,
      'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
      {
        i: {
          username: 'pushed-across',
          password: 'long-enough-pw',
          displayName: '跨实例推送专家',
          role: 'EXPERT',
          organizationId: refs.pointId,
        },
      },
      liaisonAtA,
    );
    expect(created.errors).toBeUndefined();
    await stream.next(
      (e) => e.event === 'notification' && e.data.unreadCount === (first.data.unreadCount as number) + 1,
    );
  });
});
