import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AdoptionEvidenceEntity } from '@app/adoption/entities';
import { JobService } from '@app/jobs';
import { JobEntity } from '@app/jobs/entities';
import { JOB, JOB_FIELDS, pollJob, type JobView } from '../support/jobs.js';
import { submittedDogTask, type SubmittedDogTask } from '../support/submitted-dog-task.js';
import { errorOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * What follows a new version, as a job (issue 17): adding the dog-management draft's 二审稿 after the point submitted
 * its table returns the version at once with its follow-up job; followed with job(id) to its end, the job has given
 * every submitted suggestion its 文本佐证 — the same rows the synchronous proposeAdoptionFromText computes; only the
 * legislature's staff see it; a retry after its worker died leaves the same rows.
 */
describe('a new version’s follow-up job: evidence from the later text', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let task: SubmittedDogTask;

  /** The stored evidence of the task on the later version, without what differs between runs (ids, times). */
  const evidenceRows = async () =>
    (
      await t.db.getRepository(AdoptionEvidenceEntity).find({
        where: { taskId: task.taskId, laterVersionId: task.laterVersionId },
        order: { suggestionId: 'ASC' },
      })
    ).map(({ id: _id, computedAt: _at, ...rest }) => rest);

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['legislature', 'head', 'collector']) tokens[user] = await t.login(user);
    task = await submittedDogTask(t); // adds the 二审稿 and waits for its follow-up job
  });
  afterAll(() => t.close());

  it('adds a version at once with its follow-up job, which gives each submitted suggestion its evidence', async () => {
    const seen = await pollJob((q, v) => t.gql(q, v, tokens.legislature), task.followUpJobId);
    const done = seen.at(-1)!;
    expect(done).toMatchObject({
      kind: 'drafts.versionFollowUp',
      state: 'SUCCEEDED',
      progress: 100,
      error: null,
      attempts: 1,
    });
    const rows = await evidenceRows();
    expect(rows.length).toBeGreaterThan(0);
    // Two tasks were submitted on earlier versions of the draft: the open round (on the 修改稿) and its 2022 first round.
    const all = await t.db
      .getRepository(AdoptionEvidenceEntity)
      .countBy({ laterVersionId: task.laterVersionId });
    expect(all).toBeGreaterThan(rows.length);
    expect(done.summary).toBe(`「二审稿」的后续处理完成：为 2 个任务的 ${all} 条汇总意见生成文本佐证`);
    // The version finds its job again (a page reopened while it runs).
    const version = await t.gql<{ draftVersion: { followUpJob: JobView } }>(
      `query($id: ID!) { draftVersion(id: $id) { followUpJob { ${JOB_FIELDS} } } }`,
      { id: task.laterVersionId },
      tokens.legislature,
    );
    expect(version.data!.draftVersion.followUpJob).toMatchObject({
      id: task.followUpJobId,
      state: 'SUCCEEDED',
    });

    // The same as the synchronous path: proposeAdoptionFromText recomputes them, replacing, to equal rows.
    const limit = rows.find((r) => r.provisionChanged && r.matchedPassages.includes('两只犬'));
    expect(limit).toBeDefined();
    const proposed = await t.gql<{ proposeAdoptionFromText: unknown[] }>(
      'mutation($i: ProposeAdoptionFromTextInput!) { proposeAdoptionFromText(input: $i) { summary } }',
      { i: { taskId: task.taskId, laterVersionId: task.laterVersionId } },
      tokens.legislature,
    );
    expect(proposed.errors).toBeUndefined();
    expect(proposed.data!.proposeAdoptionFromText).toHaveLength(rows.length);
    expect(await evidenceRows()).toEqual(rows);
  });

  it('is seen only by those who may see the version: others are told it does not exist', async () => {
    for (const user of ['head', 'collector'])
      expect(errorOf(await t.gql(JOB, { id: task.followUpJobId }, tokens[user])).reason).toBe(
        'JOB_NOT_FOUND',
      );
  });

  it('a job whose worker died is run again from the start and leaves the same evidence', async () => {
    const before = await evidenceRows();
    const jobs = t.app.get(JobService);
    expect(await jobs.run(task.followUpJobId)).toBe('done'); // a finished job is never run again
    const repo = t.db.getRepository(JobEntity);
    // As a worker that died mid-way leaves it: running, its claim no longer renewed.
    await repo.update(
      { id: task.followUpJobId },
      {
        state: 'running',
        progress: 40,
        worker: 'dead-instance',
        finishedAt: null,
        activeKey: `drafts.versionFollowUp:${task.laterVersionId}`,
        heartbeatAt: new Date(Date.now() - 10 * 60_000),
      },
    );
    expect(await jobs.run(task.followUpJobId)).toBe('done');
    const retried = (await t.gql<{ job: JobView }>(JOB, { id: task.followUpJobId }, tokens.legislature)).data!
      .job;
    expect(retried).toMatchObject({ state: 'SUCCEEDED', progress: 100, attempts: 2 });
    expect(await evidenceRows()).toEqual(before);
  });
});
