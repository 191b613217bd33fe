import { afterAll, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { REMINDER_SCAN_JOB, REMINDER_SCAN_RETENTION_MS, ReminderScanJob } from '@app/consultation';
import { JobService } from '@app/jobs';
import { JobEntity } from '@app/jobs/entities';
import { JOB, type JobView } from '../support/jobs.js';
import { errorOf } from '../support/test-app.js';
import { describeInstances, Instances } from '../support/two-instances.js';

/**
 * Issue 17: the reminder scan runs once per interval slot across instances — no longer "REMINDER_INTERVAL_SECONDS=0
 * on all instances but one". Two instances on one MariaDB database, each with the scheduler on (a 1-second interval):
 * both propose every slot's scan, one runs it. Once with BullMQ on Redis, once without Redis (in-process queues, the
 * slot's job row deciding). MySQL/MariaDB only (see two-instances.ts); under CI=true it runs.
 */
const { describeMysql, withRedis } = await describeInstances();

interface Instance {
  app: NestFastifyApplication;
  /** Slots this instance proposed (its timer fired), and the slots it scanned. */
  proposed: number[];
  scans: number[];
}

const slotOf = (job: { payload: string }) => (JSON.parse(job.payload) as { slot: number }).slot;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeMysql('the reminder scan as a job, once per interval across two instances (issue 17)', () => {
  const instances = new Instances('reminders', { REMINDER_INTERVAL_SECONDS: '1' });

  const start = async (seed: boolean, redis: boolean): Promise<Instance> => {
    const app = await instances.start({ seed, redis });
    const instance: Instance = { app, proposed: [], scans: [] };
    // Counted where the work happens: the slot's start (every instance's timer) and the scan itself (one instance).
    const scheduler = app.get(ReminderScanJob);
    const startSlot = scheduler.startSlot.bind(scheduler);
    scheduler.startSlot = async (at) => {
      const job = await startSlot(at);
      instance.proposed.push(slotOf(job));
      return job;
    };
    const run = scheduler.run.bind(scheduler);
    scheduler.run = (context) => {
      instance.scans.push(context.payload.slot);
      return run(context);
    };
    return instance;
  };

  const gql = (app: NestFastifyApplication, query: string, variables = {}, token?: string) =>
    instances.gql<{ job: JobView }>(app, query, variables, token);
  const login = instances.login.bind(instances);

  /** Runs both instances for `seconds`, stops their timers, waits for the scans under way, and reads the slots' jobs. */
  const runTwo = async (redis: boolean, seconds: number) => {
    await instances.emptyDatabase();
    const a = await start(true, redis);
    const b = await start(false, redis);
    const from = Date.now();
    await sleep(seconds * 1000);
    for (const { app } of [a, b]) app.get(ReminderScanJob).onApplicationShutdown();
    const repo = a.app.get(DataSource).getRepository(JobEntity);
    for (let waited = 0; waited < 30_000; waited += 100) {
      const open = await repo
        .createQueryBuilder('j')
        .where('j.kind = :kind AND j.state IN (:...s)', { kind: REMINDER_SCAN_JOB, s: ['queued', 'running'] })
        .getCount();
      if (open === 0) break;
      await sleep(100);
    }
    const rows = await repo.find({ where: { kind: REMINDER_SCAN_JOB }, order: { createdAt: 'ASC' } });
    // Only the slots both instances were up for: A's timer ran alone while B started.
    const both = rows.map(slotOf).filter((slot) => b.proposed.includes(slot) && slot * 1000 >= from);
    return { a, b, rows, both };
  };

  afterAll(() => instances.cleanup());

  const expectOncePerSlot = ({ a, b, rows, both }: Awaited<ReturnType<typeof runTwo>>) => {
    // Both instances proposed each slot; between them each slot's scan ran once, to its end, at one of them.
    expect(both.length).toBeGreaterThanOrEqual(3);
    const scanned = [...a.scans, ...b.scans];
    for (const slot of both) {
      expect(a.proposed).toContain(slot);
      expect(scanned.filter((s) => s === slot)).toHaveLength(1);
    }
    expect(new Set(rows.map(slotOf)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row).toMatchObject({ state: 'succeeded', progress: 100, attempts: 1, startedById: null });
      expect(row.summary).toMatch(
        /^提醒扫描完成（.+）：核对 \d+ 项临近或已过的截止时间，已提醒过的不再重复$/,
      );
    }
  };

  (withRedis ? it : it.skip)(
    'with BullMQ on Redis: both instances propose each slot, one scans it',
    async () => {
      const run = await runTwo(true, 5);
      expectOncePerSlot(run);
      // A scan is the whole legislature's business: a system administrator sees it (at either instance), nobody else.
      const job = run.rows.at(-1)!;
      const admin = await login(run.b.app, 'admin');
      expect((await gql(run.b.app, JOB, { id: job.id }, admin)).data!.job).toMatchObject({
        kind: REMINDER_SCAN_JOB,
        state: 'SUCCEEDED',
        startedByName: '系统（定时任务）',
      });
      const staff = await login(run.a.app, 'legislature');
      expect(errorOf(await gql(run.a.app, JOB, { id: job.id }, staff))).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'JOB_NOT_FOUND',
      });
      await instances.closeApps();
    },
  );

  it('without Redis (in-process queues on one database): still one scan per slot', async () => {
    const run = await runTwo(false, 5);
    expectOncePerSlot(run);
    // Finished scans are kept a week (REMINDER_SCAN_RETENTION_MS), then purged.
    const jobs = run.a.app.get(JobService);
    const repo = run.a.app.get(DataSource).getRepository(JobEntity);
    expect(await jobs.purge(new Date(Date.now() + REMINDER_SCAN_RETENTION_MS - 60_000))).toBe(0);
    expect(
      await jobs.purge(new Date(Date.now() + REMINDER_SCAN_RETENTION_MS + 60_000)),
    ).toBeGreaterThanOrEqual(run.rows.length);
    expect(await repo.countBy({ kind: REMINDER_SCAN_JOB })).toBe(0);
    await instances.closeApps();
  });
});
