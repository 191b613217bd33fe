// F10: an export job's file is for what it was made from. One made while the point was still drafting its table holds
// the point's working text (wording it later changed, rows it deleted): after submission the legislature may read the
// submitted table — and start its own export of it — but never that drafting export.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JOB, pollJob, type JobView } from '../support/jobs.js';
import { demoTaskRefs, errorOf, must, startTestApp, type TestApp } from '../support/test-app.js';

const START_EXPORT = `mutation($i: StartConsolidatedExportInput!) { startConsolidatedExport(input: $i) { id } }`;
const JOB_FILE = `query($id: ID!) { job(id: $id) { state file { url } } }`;

describe('exports as jobs: a drafting export stays the point’s', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let ref: { taskId: string; contactPointId: string };

  const exportJob = async (user: string) => {
    const id = must(
      await t.gql<{ startConsolidatedExport: { id: string } }>(
        START_EXPORT,
        { i: { ...ref, format: 'DOCX' } },
        tokens[user],
      ),
    ).startConsolidatedExport.id;
    const seen = await pollJob((q, v) => t.gql<{ job: JobView }>(q, v, tokens[user]), id);
    expect(seen.at(-1)!.state).toBe('SUCCEEDED');
    const url = must(await t.gql<{ job: { file: { url: string } } }>(JOB_FILE, { id }, tokens[user])).job.file
      .url;
    return { id, url };
  };

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['legislature', 'head', 'liaison']) tokens[user] = await t.login(user);
    const refs = await demoTaskRefs(t, tokens.head);
    ref = { taskId: refs.dogTaskId, contactPointId: refs.pointId };
  });
  afterAll(() => t.close());

  it('keeps an export made while drafting from the legislature after submission, and gives it its own', async () => {
    const drafting = await exportJob('liaison');
    for (const [mutation, user] of [
      ['draftSuggestions(input: $i) { created }', 'liaison'],
      ['requestConsolidationApproval(input: $i) { status }', 'liaison'],
      ['approveConsolidation(input: $i) { status }', 'head'],
      ['submitConsolidation(input: $i) { status }', 'liaison'],
    ] as const) {
      must(await t.gql(`mutation($i: PointTaskRefInput!) { ${mutation} }`, { i: ref }, tokens[user]));
    }

    // The legislature: neither the job nor its file.
    expect(errorOf(await t.gql(JOB, { id: drafting.id }, tokens.legislature))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'JOB_NOT_FOUND',
    });
    expect((await t.download(drafting.url, tokens.legislature)).status).toBe(404);
    // The point's executing body still has it.
    expect((await t.download(drafting.url, tokens.head)).status).toBe(200);

    // The legislature's own export of the submitted table is another job, which it may download.
    const submitted = await exportJob('legislature');
    expect(submitted.id).not.toBe(drafting.id);
    expect((await t.download(submitted.url, tokens.legislature)).status).toBe(200);
  });
});
