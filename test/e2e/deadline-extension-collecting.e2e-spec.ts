// F12: an extension means something only while a point still collects. A task sent to two points: one has started
// consolidating, the other still collects. Extending the whole task extends the collecting point only — the other keeps
// its deadline and its assignee's due date, nobody there is told of a new one, and whoever extended it is told which
// point was left as it was; extending the consolidating point alone is refused.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorOf, must, startTestApp, type TestApp } from '../support/test-app.js';
import { atIn, utcIn } from '../support/dates.js';

const EXTEND = `mutation($i: ExtendDeadlineInput!) { extendTaskDeadline(input: $i) { id pointTasks { contactPointId state effectiveDeadline extendedDeadline } } }`;
const NOTES = `{ notifications(first: 50) { edges { node { kind taskId title body } } } }`;
type Notes = {
  notifications: {
    edges: Array<{ node: { kind: string; taskId: string | null; title: string; body: string } }>;
  };
};

describe('extending a deadline: only points still collecting', () => {
  let t: TestApp;
  let legislature: string;
  let head: string;
  let unit: string;
  let taskId: string;
  let consolidatingId: string;
  let collectingId: string;

  const extensionsFor = async (token: string) =>
    must(await t.gql<Notes>(NOTES, {}, token))
      .notifications.edges.map((e) => e.node)
      .filter((n) => n.kind === 'DEADLINE_EXTENDED' && n.taskId === taskId);

  beforeAll(async () => {
    t = await startTestApp();
    [legislature, head, unit] = [await t.login('legislature'), await t.login('head'), await t.login('unit')];
    const legislatureId = must(
      await t.gql<{ legislatures: { edges: Array<{ node: { id: string } }> } }>(
        '{ legislatures(first: 1) { edges { node { id } } } }',
        {},
        legislature,
      ),
    ).legislatures.edges[0].node.id;
    const points = must(
      await t.gql<{ contactPoints: { edges: Array<{ node: { id: string; name: string } }> } }>(
        '{ contactPoints(first: 10) { edges { node { id name } } } }',
        {},
        legislature,
      ),
    ).contactPoints.edges.map((e) => e.node);
    consolidatingId = points.find((p) => p.name.startsWith('西南大学'))!.id;
    collectingId = points.find((p) => p.name.includes('天生街道'))!.id;
    const draft = must(
      await t.gql<{ createDraft: { id: string } }>(
        'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
        { i: { legislatureId, title: '延期测试条例（草案）' } },
        legislature,
      ),
    );
    const version = must(
      await t.gql<{ addDraftVersion: { id: string } }>(
        'mutation($i: AddDraftVersionInput!) { addDraftVersion(input: $i) { id } }',
        {
          i: {
            draftId: draft.createDraft.id,
            stage: 'SOLICITATION',
            text: '延期测试条例（草案）\n第一条　为了测试延期，制定本条例。\n第二条　本条例自公布之日起施行。',
          },
        },
        legislature,
      ),
    );
    taskId = must(
      await t.gql<{ createConsultationTask: { id: string } }>(
        'mutation($i: CreateConsultationTaskInput!) { createConsultationTask(input: $i) { id } }',
        {
          i: {
            draftVersionId: version.addDraftVersion.id,
            title: '延期测试任务',
            noticeText: '请提意见',
            deadline: atIn(200),
            contactPointIds: [consolidatingId, collectingId],
          },
        },
        legislature,
      ),
    ).createConsultationTask.id;
    must(
      await t.gql(
        'mutation($id: ID!) { issueConsultationTask(input: { id: $id }) { id } }',
        { id: taskId },
        legislature,
      ),
    );
    // The Southwest University point hands the task to a liaison unit, then starts consolidating.
    const union = must(
      await t.gql<{
        contactPoint: { liaisonUnits: { edges: Array<{ node: { id: string; name: string } }> } };
      }>(
        'query($id: ID!) { contactPoint(id: $id) { liaisonUnits(first: 20) { edges { node { id name } } } } }',
        { id: consolidatingId },
        head,
      ),
    ).contactPoint.liaisonUnits.edges.find((e) => e.node.name === '北碚区总工会')!.node.id;
    must(
      await t.gql(
        'mutation($i: DistributeTaskInput!) { distributeTask(input: $i) { id } }',
        {
          i: {
            taskId,
            contactPointId: consolidatingId,
            assignments: [{ assigneeType: 'LIAISON_UNIT', assigneeId: union, dueAt: atIn(190) }],
          },
        },
        head,
      ),
    );
    must(
      await t.gql(
        'mutation($i: TransitionPointTaskInput!) { transitionPointTask(input: $i) { state } }',
        { i: { taskId, contactPointId: consolidatingId, to: 'CONSOLIDATING' } },
        head,
      ),
    );
  });
  afterAll(() => t.close());

  it('refuses to extend a point that has started consolidating', async () => {
    const refused = await t.gql(
      EXTEND,
      {
        i: { taskId, contactPointId: consolidatingId, deadline: atIn(231), reason: '延期' },
      },
      legislature,
    );
    expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', reason: 'TASK_NOT_COLLECTING' });
    expect(errorOf(refused).message).toContain('不再征集意见，无需延长截止时间');
  });

  it('extends the whole task for the collecting point only, and says which point was left as it was', async () => {
    const answer = must(
      await t.gql<{
        extendTaskDeadline: {
          pointTasks: Array<{
            contactPointId: string;
            effectiveDeadline: string;
            extendedDeadline: string | null;
          }>;
        };
      }>(EXTEND, { i: { taskId, deadline: atIn(231), reason: '草案修改，延长一个月' } }, legislature),
    ).extendTaskDeadline.pointTasks;
    const of = (id: string) => answer.find((p) => p.contactPointId === id)!;
    expect(of(collectingId)).toMatchObject({ extendedDeadline: utcIn(231) });
    expect(of(consolidatingId)).toMatchObject({
      extendedDeadline: null,
      effectiveDeadline: utcIn(200),
    });

    // Nobody at the consolidating point is told of a new deadline, and its assignee keeps its due date.
    expect(await extensionsFor(head)).toEqual([]);
    expect(await extensionsFor(unit)).toEqual([]);
    const dues = must(
      await t.gql<{
        consultationTask: {
          pointTasks: Array<{ contactPointId: string; assignments: Array<{ dueAt: string }> }>;
        };
      }>(
        `{ consultationTask(id: "${taskId}") { pointTasks { contactPointId assignments { dueAt } } } }`,
        {},
        head,
      ),
    ).consultationTask.pointTasks.find((p) => p.contactPointId === consolidatingId)!.assignments;
    expect(dues.map((a) => a.dueAt)).toEqual([utcIn(190)]);

    // Whoever extended it learns which point kept its deadline.
    const told = await extensionsFor(legislature);
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain('未延长：西南大学国家治理学院基层立法联系点（汇总中）');
  });
});
