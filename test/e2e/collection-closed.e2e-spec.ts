// PointTask.acceptingOpinions tells a collector, before he fills in a form, what submitOpinion will answer: true while
// his point collects and the deadline has not passed; false once consolidation starts (COLLECTION_CLOSED) and for
// rounds long over (the demo's 2022 tasks), which 首页 therefore shows as 已截止, not as overdue work (Assignment.overdue
// keeps its meaning for the executing body: the point has not submitted). Reached through his own assignments.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoTaskRefs, errorOf, must, startTestApp, type TestApp } from '../support/test-app.js';

interface Mine {
  taskId: string;
  assigneeType: string;
  overdue: boolean;
  dueAt: string;
  task: { deadline: string };
  pointTask: { state: string; acceptingOpinions: boolean; effectiveDeadline: string };
}
const MINE = `{ myAssignments(first: 100) { edges { node { taskId assigneeType overdue dueAt task { deadline }
  pointTask { state acceptingOpinions effectiveDeadline } } } } }`;
const SUBMIT = `mutation($input: SubmitOpinionInput!) { submitOpinion(input: $input) { receiptNumber } }`;

describe('whether a point still takes opinions, as a collector sees it', () => {
  let t: TestApp;
  let head: string;
  let collector: string;
  let taskId: string;
  let pointId: string;

  const mine = async (): Promise<Mine[]> =>
    must(
      await t.gql<{ myAssignments: { edges: Array<{ node: Mine }> } }>(MINE, {}, collector),
    ).myAssignments.edges.map((e) => e.node);
  const submit = (key: string) =>
    t.gql(
      SUBMIT,
      {
        input: {
          taskId,
          idempotencyKey: key,
          provisionAddress: 'art_13',
          proposedChange: '建议第十三条明确犬链长度的测量方法。',
          channel: 'VISIT',
          peopleRepresented: 1,
        },
      },
      collector,
    );

  beforeAll(async () => {
    t = await startTestApp();
    head = await t.login('head');
    collector = await t.login('collector');
    ({ dogTaskId: taskId, pointId } = await demoTaskRefs(t, head));
  }, 120_000);
  afterAll(() => t.close());

  it('is true on the open round (personal and unit assignments alike) and false on rounds long over', async () => {
    const rows = await mine();
    const open = rows.filter((r) => r.taskId === taskId);
    expect(open.map((r) => r.assigneeType).sort()).toEqual(['COLLECTOR', 'LIAISON_UNIT']);
    for (const r of open) expect(r.pointTask.acceptingOpinions).toBe(true);
    const past = rows.filter((r) => Date.parse(r.pointTask.effectiveDeadline) < Date.now());
    expect(past.length).toBeGreaterThan(0);
    for (const r of past) expect(r.pointTask.acceptingOpinions).toBe(false);
    expect((await submit('closed-e2e-open')).errors).toBeUndefined();
  });

  it('turns false when the executing body starts consolidation, exactly when submitOpinion refuses', async () => {
    const now = (await mine()).find((r) => r.taskId === taskId)!.pointTask.state;
    const path = ['RECEIVED', 'DISPATCHED', 'COLLECTING', 'CONSOLIDATING'];
    for (const to of path.slice(path.indexOf(now) + 1)) {
      must(
        await t.gql(
          `mutation($t: ID!, $p: ID!, $to: PointTaskState!) {
            transitionPointTask(input: { taskId: $t, contactPointId: $p, to: $to }) { id } }`,
          { t: taskId, p: pointId, to },
          head,
        ),
      );
    }
    const rows = (await mine()).filter((r) => r.taskId === taskId);
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r.pointTask).toMatchObject({ state: 'CONSOLIDATING', acceptingOpinions: false });
      expect(r.overdue).toBe(false);
    }
    const refused = errorOf(await submit('closed-e2e-closed'));
    expect(refused.message).toBe('本联系点已开始汇总，不再接收新的意见');
    // A paper sheet is refused alike (it took opinions into a table being consolidated or reviewed), before reading it.
    const imported = errorOf(
      await t.gql(
        'mutation($i: ImportOpinionsInput!) { importOpinions(input: $i) { imported } }',
        { i: { taskId, fileBase64: Buffer.from('not read').toString('base64') } },
        collector,
      ),
    );
    expect(imported).toMatchObject({ reason: 'COLLECTION_CLOSED', message: '本联系点已开始汇总，不再接收新的意见' });
  });
});
