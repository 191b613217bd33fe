import { loadavg } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LiveEvents } from '@app/identity';
import { START_GROUPING, type JobView } from '../support/jobs.js';
import { openEventStream, type OpenStream, type StreamEvent } from '../support/event-stream.js';
import { demoTaskRefs, startTestApp, type TestApp } from '../support/test-app.js';

/** This spec's server port (the push helper's range). */
const PORT = 3450 + Math.floor(Math.random() * 10);

/**
 * Pushed events (issue 17): GET /events streams to a signed-in page a job's progress and end (to everyone who may see
 * the job, no one else) and its account's unread count when a notification arrives — over real HTTP, read as the web
 * reads it. Its bounds hold: streams per account and per instance (refused in Chinese with stable codes), the
 * heartbeat's recheck of the account, the stream's lifetime, and an open stream holds no overload in-flight slot.
 */
describe('pushed events: GET /events', () => {
  let t: TestApp;
  let base: string;
  const tokens: Record<string, string> = {};
  let ref: { taskId: string; contactPointId: string };
  const streams: OpenStream[] = [];
  const open = async (user: string | null) => {
    const stream = await openEventStream(base, user ? tokens[user] : undefined);
    streams.push(stream);
    return stream;
  };
  const closeAll = () => {
    for (const s of streams.splice(0)) s.close();
  };
  const jobEvents = (s: OpenStream) => s.events.filter((e) => e.event === 'job');

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        EVENT_STREAMS_PER_ACCOUNT: '3',
        EVENT_STREAMS_MAX: '6',
        EVENT_STREAM_HEARTBEAT_SECONDS: '1',
        EVENT_STREAM_MAX_SECONDS: '30',
        // Far fewer slots than open streams below: an accepted stream must give its slot back.
        OVERLOAD_MAX_IN_FLIGHT: '4',
        OVERLOAD_MAX_IN_FLIGHT_PER_CLIENT: '2',
      },
    });
    await t.app.listen({ port: PORT, host: '127.0.0.1' });
    base = `http://127.0.0.1:${PORT}`;
    for (const user of ['head', 'liaison', 'expert', 'collector', 'legislature'])
      tokens[user] = await t.login(user);
    const refs = await demoTaskRefs(t, tokens.head);
    ref = { taskId: refs.dogTaskId, contactPointId: refs.pointId };
  });
  afterAll(async () => {
    closeAll();
    await t?.close();
  });

  it('refuses a stream without a token, in Chinese with a stable code', async () => {
    const refused = await open(null);
    expect(refused.status).toBe(401);
    expect(refused.refusal!.errors[0]).toMatchObject({
      message: expect.stringContaining('请先登录'),
      extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_MISSING' },
    });
  });

  it('pushes a job’s progress and end to those who may see it, and nothing to another user', async () => {
    const liaison = await open('liaison');
    const head = await open('head');
    const expert = await open('expert');
    for (const s of [liaison, head, expert]) await s.next((e) => e.event === 'ready');

    // When each event leaves the job (right after its row is written), to time its way to the page.
    const publishedAt: number[] = [];
    const stop = t.app.get(LiveEvents, { strict: false }).listen((event) => {
      if (event.type === 'job') publishedAt.push(performance.now());
    });
    const started = await t.gql<{ startDuplicateGrouping: JobView }>(
      START_GROUPING,
      { i: ref },
      tokens.liaison,
    );
    const job = started.data!.startDuplicateGrouping;
    const isDone = (e: StreamEvent) =>
      e.event === 'job' && e.data.id === job.id && e.data.state === 'SUCCEEDED';
    const done = await liaison.next(isDone, 25_000);
    expect(done.data).toMatchObject({ kind: 'consolidation.groupDuplicates', progress: 100, error: null });
    expect(done.data.summary).toMatch(/^分组完成：比对 \d+ 条意见/);
    // The head of the same point may see the job: told too, though someone else started it.
    await head.next(isDone);

    const seen = jobEvents(liaison).filter((e) => e.data.id === job.id);
    stop();
    const delays = seen.map((e, i) => e.at - publishedAt[i]).sort((x, y) => x - y);
    console.log(
      `progress written → page: ${delays.length} events, median ${delays[Math.floor(delays.length / 2)].toFixed(1)} ms, ` +
        `max ${delays.at(-1)!.toFixed(1)} ms (load ${loadavg()[0].toFixed(1)})`,
    );
    expect(seen.map((e) => e.data.state)).toContain('RUNNING');
    const progress = seen.map((e) => e.data.progress as number);
    expect(progress).toEqual([...progress].sort((a, b) => a - b)); // never goes back
    // What was pushed is what job(id) says.
    const asked = await t.gql<{ job: { state: string; progress: number; summary: string } }>(
      'query($id: ID!) { job(id: $id) { state progress summary } }',
      { id: job.id },
      tokens.liaison,
    );
    expect(asked.data!.job).toEqual({ state: 'SUCCEEDED', progress: 100, summary: done.data.summary });

    // The expert cannot see the point's consolidation: not one job event reached that stream.
    await new Promise((r) => setTimeout(r, 300));
    expect(jobEvents(expert)).toEqual([]);
    closeAll();
  });

  it('pushes the recipient’s unread count when another user’s action notifies them, and nothing to others', async () => {
    const head = await open('head');
    const collector = await open('collector');
    const first = await head.next((e) => e.event === 'notification');
    await collector.next((e) => e.event === 'notification');
    const before = first.data.unreadCount as number;
    expect(before).toBeGreaterThanOrEqual(0);

    // The liaison officer opens an expert account at the point: the point's head is told in the inbox.
    const created = await t.gql(
      'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
      {
        i: {
          username: 'pushed-expert',
          password: 'long-enough-pw',
          displayName: '推送测试专家',
          role: 'EXPERT',
          organizationId: ref.contactPointId,
        },
      },
      tokens.liaison,
    );
    expect(created.errors).toBeUndefined();
    const pushed = await head.next((e) => e.event === 'notification' && e.data.unreadCount === before + 1);
    const asked = await t.gql<{ unreadNotificationCount: number }>(
      '{ unreadNotificationCount }',
      {},
      tokens.head,
    );
    expect(asked.data!.unreadNotificationCount).toBe(pushed.data.unreadCount);
    await new Promise((r) => setTimeout(r, 300));
    expect(collector.events.filter((e) => e.event === 'notification')).toHaveLength(1); // its first count only
    closeAll();
  });

  it('refuses the stream past the per-account and per-instance bounds, and holds no in-flight slot', async () => {
    const liaisonStreams = [await open('liaison'), await open('liaison'), await open('liaison')];
    for (const s of liaisonStreams) expect(s.status).toBe(200);
    const fourth = await open('liaison');
    expect(fourth.status).toBe(429);
    expect(fourth.refusal!.errors[0]).toEqual({
      message: '同一账号最多同时打开 3 个实时通知连接（每个页面一个），请关闭不用的页面后刷新',
      extensions: { code: 'TOO_MANY_REQUESTS', reason: 'EVENT_STREAMS_PER_ACCOUNT', limit: 3 },
    });

    // Three streams of one token and six in all, with 2 in-flight slots per client and 4 overall: requests still pass.
    for (const user of ['head', 'expert', 'collector']) expect((await open(user)).status).toBe(200);
    const me = await t.gql<{ me: { username: string } }>('{ me { username } }', {}, tokens.liaison);
    expect(me.data!.me.username).toBe('liaison');

    const seventh = await open('legislature');
    expect(seventh.status).toBe(503);
    expect(seventh.refusal!.errors[0]).toMatchObject({
      message: '本服务器的实时通知连接已满（6 个），页面将定时刷新，请稍后重试',
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'EVENT_STREAMS_FULL', limit: 6 },
    });

    // A page that leaves frees its place.
    liaisonStreams[0].close();
    await liaisonStreams[0].ended;
    await new Promise((r) => setTimeout(r, 100));
    expect((await open('legislature')).status).toBe(200);
    closeAll();
  });

  it('ends the stream at the heartbeat after the account signs out everywhere', async () => {
    const signIn = await t.gql<{ login: { accessToken: string; refreshToken: string } }>(
      'mutation { login(input: {username: "collector", password: "demo-password"}) { accessToken refreshToken } }',
    );
    const { accessToken, refreshToken } = signIn.data!.login;
    const stream = await openEventStream(base, accessToken);
    streams.push(stream);
    await stream.next((e) => e.event === 'ready');
    const out = await t.gql(
      'mutation($r: String!) { logout(input: {refreshToken: $r, everywhere: true}) { everywhere } }',
      { r: refreshToken },
      accessToken,
    );
    expect(out.errors).toBeUndefined();
    const end = await stream.next((e) => e.event === 'end', 5000);
    expect(end.data).toEqual({ reason: 'TOKEN_REVOKED', message: '登录已失效，实时通知已停止，请重新登录' });
    await stream.ended;
    tokens.collector = await t.login('collector');
    closeAll();
  });

  it("ends the signed-out device's stream at the heartbeat, and not another device's", async () => {
    const LOGIN =
      'mutation { login(input: {username: "collector", password: "demo-password"}) { accessToken refreshToken } }';
    const phone = (await t.gql<{ login: { accessToken: string; refreshToken: string } }>(LOGIN)).data!.login;
    const laptop = (await t.gql<{ login: { accessToken: string; refreshToken: string } }>(LOGIN)).data!.login;
    const phoneStream = await openEventStream(base, phone.accessToken);
    const laptopStream = await openEventStream(base, laptop.accessToken);
    streams.push(phoneStream, laptopStream);
    await phoneStream.next((e) => e.event === 'ready');
    await laptopStream.next((e) => e.event === 'ready');
    const out = await t.gql('mutation($r: String!) { logout(input: {refreshToken: $r}) { everywhere } }', {
      r: phone.refreshToken,
    });
    expect(out.errors).toBeUndefined();
    const end = await phoneStream.next((e) => e.event === 'end', 5000);
    expect(end.data).toEqual({ reason: 'TOKEN_REVOKED', message: '登录已失效，实时通知已停止，请重新登录' });
    await phoneStream.ended;
    // The laptop's stream outlives a few more heartbeats.
    await new Promise((r) => setTimeout(r, 2500));
    expect(laptopStream.events.some((e) => e.event === 'end')).toBe(false);
    closeAll();
  });

  it('ends a stream at its lifetime, telling the page to reconnect', async () => {
    const stream = await open('head');
    const ready = await stream.next((e) => e.event === 'ready');
    const opened = ready.at;
    const end = await stream.next((e) => e.event === 'end', 40_000);
    expect(end.data.reason).toBe('MAX_LIFETIME');
    expect(end.at - opened).toBeGreaterThan(29_000);
    await stream.ended;
    closeAll();
  }, 50_000);

  it('ends every stream at shutdown, so open pages do not hold the server', async () => {
    const a = await open('head');
    const b = await open('liaison');
    await a.next((e) => e.event === 'ready');
    await b.next((e) => e.event === 'ready');
    const began = Date.now();
    await t.close();
    const took = Date.now() - began;
    for (const s of [a, b]) {
      await s.ended;
      expect(s.events.at(-1)).toMatchObject({ event: 'end', data: { reason: 'SHUTTING_DOWN' } });
    }
    expect(took).toBeLessThan(5000);
    t = undefined as unknown as TestApp;
  });
});
