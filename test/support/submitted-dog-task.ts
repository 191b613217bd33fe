// The step before the legislature's decisions, made through the API as the demo's people would: the open dog-management
// (养犬) round consolidated by the liaison officer, approved by the point head and submitted; then a later version of
// the draft (二审稿) so that every submitted suggestion carries evidence from its text — computed by the version's
// follow-up job, which this waits for.
import { DOG_DRAFT_TEXT_REVISED } from '../../libs/demo/src/demo-draft-texts.js';
import { pollJob } from './jobs.js';
import type { TestApp } from './test-app.js';

export interface SubmittedDogTask {
  taskId: string;
  pointId: string;
  laterVersionId: string;
  /** The later version's follow-up job (evidence), already ended. */
  followUpJobId: string;
}

const must = <T>(res: { data: T | null; errors?: unknown }): T => {
  if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
};

/**
 * `beforeSubmit` runs once the suggestions are drafted, before 提交审核 (the table can still be edited), as the
 * executing body's liaison would edit it.
 */
export async function submittedDogTask(
  t: TestApp,
  beforeSubmit?: (ref: { taskId: string; contactPointId: string }, liaison: string) => Promise<void>,
): Promise<SubmittedDogTask> {
  const [legislature, head, liaison] = [
    await t.login('legislature'),
    await t.login('head'),
    await t.login('liaison'),
  ];
  const { consultationTasks } = must(
    await t.gql<{ consultationTasks: { edges: Array<{ node: { id: string; title: string } }> } }>(
      '{ consultationTasks(first: 50) { edges { node { id title } } } }',
      {},
      head,
    ),
  );
  const taskId = consultationTasks.edges.find(
    (e) => e.node.title.startsWith('关于再次征求') && e.node.title.includes('养犬'),
  )!.node.id;
  const { contactPoints } = must(
    await t.gql<{ contactPoints: { edges: Array<{ node: { id: string } }> } }>(
      '{ contactPoints(first: 1) { edges { node { id } } } }',
      {},
      head,
    ),
  );
  const pointId = contactPoints.edges[0].node.id;
  const ref = { taskId, contactPointId: pointId };
  must(
    await t.gql(
      `mutation($i: PointTaskRefInput!) { draftSuggestions(input: $i) { created } }`,
      { i: ref },
      liaison,
    ),
  );
  await beforeSubmit?.(ref, liaison);
  for (const [mutation, token] of [
    ['requestConsolidationApproval(input: $i) { status }', liaison],
    ['approveConsolidation(input: $i) { status }', head],
    ['submitConsolidation(input: $i) { status }', liaison],
  ] as const) {
    must(await t.gql(`mutation($i: PointTaskRefInput!) { ${mutation} }`, { i: ref }, token));
  }
  const { drafts } = must(
    await t.gql<{ drafts: { edges: Array<{ node: { id: string; title: string } }> } }>(
      '{ drafts(first: 20) { edges { node { id title } } } }',
      {},
      legislature,
    ),
  );
  const draftId = drafts.edges.find((e) => e.node.title.includes('养犬'))!.node.id;
  const { addDraftVersion } = must(
    await t.gql<{ addDraftVersion: { id: string; followUpJob: { id: string } } }>(
      'mutation($i: AddDraftVersionInput!) { addDraftVersion(input: $i) { id followUpJob { id } } }',
      {
        i: {
          draftId,
          stage: 'SECOND_READING',
          label: '二审稿',
          text: DOG_DRAFT_TEXT_REVISED.replace('每户限养一只犬。', '每户限养两只犬，但烈性犬除外。'),
        },
      },
      legislature,
    ),
  );
  const followUpJobId = addDraftVersion.followUpJob.id;
  const ended = (await pollJob((q, v) => t.gql(q, v, legislature), followUpJobId)).at(-1)!;
  if (ended.state !== 'SUCCEEDED')
    throw new Error(`follow-up job ${ended.state}: ${JSON.stringify(ended.error)}`);
  return { taskId, pointId, laterVersionId: addDraftVersion.id, followUpJobId };
}
