import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JobService } from '@app/jobs';
import { JobEntity } from '@app/jobs/entities';
import { JOB, pollJob, START_GROUPING, type JobView } from '../support/jobs.js';
import { demoTaskRefs, errorOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Jobs without Redis (issue 17): `npm start` alone runs them in its own process. Grouping the demo's dog-management
 * task at its point as a job: started by a mutation that returns at once, followed with `job(id)` to its end, its
 * result the groups the workbench lists; seen only by those who may edit that consolidation; run again safely.
 */
describe('jobs in process: grouping duplicates', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let ref: { taskId: string; contactPointId: string };

  const groupCount = async () => {
    const res = await t.gql<{ consolidation: { duplicateGroups: { totalCount: number } } }>(
      'query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { duplicateGroups(first: 1) { totalCount } } }',
      { t: ref.taskId, p: ref.contactPointId },
      tokens.liaison,
    );
    return res.data!.consolidation.duplicateGroups.totalCount;
  };
  const start = async (user = 'liaison') => {
    const res = await t.gql<{ startDuplicateGrouping: JobView }>(START_GROUPING, { i: ref }, tokens[user]);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.startDuplicateGrouping;
  };

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['legislature', 'head', 'liaison', 'collector', 'expert'])
      tokens[user] = await t.login(user);
    const refs = await demoTaskRefs(t, tokens.head);
    ref = { taskId: refs.dogTaskId, contactPointId: refs.pointId };
  });
  afterAll(() => t.close());

  it('starts grouping as a job and follows it to its result, the groups the workbench then lists', async () => {
    expect(await groupCount()).toBe(0);
    const job = await start();
    expect(job).toMatchObject({ kind: 'consolidation.groupDuplicates', startedByName: expect.any(String) });
    expect(['QUEUED', 'RUNNING', 'SUCCEEDED']).toContain(job.state);

    const seen = await pollJob((q, v) => t.gql(q, v, tokens.liaison), job.id);
    const done = seen.at(-1)!;
    expect(done).toMatchObject({ state: 'SUCCEEDED', progress: 100, error: null, attempts: 1 });
    expect(done.finishedAt).not.toBeNull();
    const progress = seen.map((s) => s.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b)); // never goes back
    expect(done.duplicateGrouping!.groups).toBeGreaterThanOrEqual(1);
    expect(done.summary).toBe(
      `分组完成：比对 ${done.duplicateGrouping!.opinions} 条意见，找到 ${done.duplicateGrouping!.groups} 个重复意见组，共 ${done.duplicateGrouping!.grouped} 条意见`,
    );
    expect(await groupCount()).toBe(done.duplicateGrouping!.groups);

    // The page finds it again after a reload.
    const again = await t.gql<{ consolidation: { groupingJob: { id: string; state: string } } }>(
      'query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { groupingJob { id state } } }',
      { t: ref.taskId, p: ref.contactPointId },
      tokens.liaison,
    );
    expect(again.data!.consolidation.groupingJob).toEqual({ id: job.id, state: 'SUCCEEDED' });
  });

  it('shows a job only to those who may group that point’s opinions', async () => {
    const job = await start();
    await pollJob((q, v) => t.gql(q, v, tokens.liaison), job.id);
    expect((await t.gql(JOB, { id: job.id }, tokens.head)).errors).toBeUndefined();
    for (const user of ['collector', 'expert', 'legislature']) {
      expect(errorOf(await t.gql(JOB, { id: job.id }, tokens[user]))).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'JOB_NOT_FOUND',
      });
    }
    expect(errorOf(await t.gql(JOB, { id: job.id }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await t.gql(JOB, { id: 'missing' }, tokens.liaison)).reason).toBe('JOB_NOT_FOUND');
    // Starting is refused at once, as the synchronous grouping is, to whoever may not edit the consolidation.
    expect(errorOf(await t.gql(START_GROUPING, { i: ref }, tokens.collector)).code).toBe('FORBIDDEN');
  });

  it('runs a finished job never again, and a job whose worker died again from the start, with the same groups', async () => {
    const job = await start();
    const done = (await pollJob((q, v) => t.gql(q, v, tokens.liaison), job.id)).at(-1)!;
    const groups = await groupCount();
    const jobs = t.app.get(JobService);
    expect(await jobs.run(job.id)).toBe('done');
    expect((await t.gql<{ job: JobView }>(JOB, { id: job.id }, tokens.liaison)).data!.job.attempts).toBe(1);

    // As a worker that died mid-way leaves it: running, its claim no longer renewed. A live claim is respected.
    const repo = t.db.getRepository(JobEntity);
    const { subjectId } = await repo.findOneByOrFail({ id: job.id });
    const dead = {
      state: 'running',
      progress: 40,
      worker: 'dead-instance',
      finishedAt: null,
      activeKey: `consolidation.groupDuplicates:${subjectId}`,
    };
    await repo.update({ id: job.id }, { ...dead, heartbeatAt: new Date() });
    expect(await jobs.run(job.id)).toBe('busy');
    await repo.update({ id: job.id }, { heartbeatAt: new Date(Date.now() - 10 * 60_000) });
    expect(await jobs.run(job.id)).toBe('done');
    const retried = (await t.gql<{ job: JobView }>(JOB, { id: job.id }, tokens.liaison)).data!.job;
    expect(retried).toMatchObject({ state: 'SUCCEEDED', progress: 100, attempts: 2 });
    expect(retried.duplicateGrouping).toEqual(done.duplicateGrouping);
    expect(await groupCount()).toBe(groups);
  });

  it('starts one grouping per consolidation at a time: asked again while one is queued, it returns that one', async () => {
    const first = await start();
    await pollJob((q, v) => t.gql(q, v, tokens.liaison), first.id);
    const repo = t.db.getRepository(JobEntity);
    const row = await repo.findOneByOrFail({ id: first.id });
    // As another instance's job waiting in the queue would be: queued, holding the consolidation's active key.
    const waiting = {
      ...row,
      id: '00000000-0000-4000-8000-000000000017',
      state: 'queued',
      progress: 0,
      activeKey: `consolidation.groupDuplicates:${row.subjectId}`,
      finishedAt: null,
      createdAt: new Date(),
    };
    await repo.insert(waiting);
    try {
      expect((await start()).id).toBe(waiting.id);
      expect((await start('head')).id).toBe(waiting.id);
    } finally {
      await repo.delete({ id: waiting.id });
    }
    expect((await start()).id).not.toBe(waiting.id);
  });
});
