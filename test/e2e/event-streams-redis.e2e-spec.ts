import { loadavg } from 'node:os';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { LiveEvents, type LiveJob } from '@app/identity';
import { openEventStream, type OpenStream } from '../support/event-stream.js';
import { START_GROUPING, type JobView } from '../support/jobs.js';
import { demoTaskRefs } from '../support/test-app.js';
import { describeInstances, Instances } from '../support/two-instances.js';

const { describeWithRedis } = await describeInstances();

/**
 * Pushed events across instances (issue 17): a page connected to instance B hears a job that runs at instance A (B only
 * serves requests: MINYI_ROLE=api, so the job cannot run there), and a notification written at A, through Redis
 * pub/sub. Prints how long an event takes from A's publication to B's stream. MySQL/MariaDB and Redis only
 * (see two-instances.ts); both instances listen on ports of the system's choosing.
 */
describeWithRedis('pushed events between two instances sharing Redis (issue 17)', () => {
  const instances = new Instances('push');
  let a: NestFastifyApplication;
  let b: NestFastifyApplication;
  let urlB: string;
  const streams: OpenStream[] = [];
  const gql = instances.gql.bind(instances);
  const login = instances.login.bind(instances);

  beforeAll(async () => {
    await instances.emptyDatabase();
    a = await instances.start({ seed: true, listen: true });
    b = await instances.start({ seed: false, listen: true, env: { MINYI_ROLE: 'api' } });
    urlB = await instances.urlOf(b);
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await instances.cleanup();
  });

  it('a page at instance B hears a grouping job started and run at instance A, to its end', async () => {
    const liaisonAtA = await login(a, 'liaison');
    const liaisonAtB = await login(b, 'liaison');
    const expertAtB = await login(b, 'expert');
    const refs = await demoTaskRefs(instances.asTestApp(a), liaisonAtA);
    const atB = await openEventStream(urlB, liaisonAtB);
    const strangerAtB = await openEventStream(urlB, expertAtB);
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
    const refs = await demoTaskRefs(instances.asTestApp(a), liaisonAtA);
    const stream = await openEventStream(urlB, headAtB);
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
