import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AnnotatedDrafts } from '../support/annotated-drafts.js';
import { must, startTestApp, type TestApp } from '../support/test-app.js';
import { FAR_DUE } from '../support/dates.js';

/**
 * A task as the web workbench runs it: issued, distributed from the 分发 page (the point's task is 已分发), opinions
 * gathered, consolidated — and 提交审核, with nobody having marked the task 征集中 by hand (the workbench has no such
 * step). It was refused with TRANSITION_NOT_ALLOWED: the state machine only knew 征集中 → 汇总中.
 */
describe('consolidating a task the point distributed and never marked 征集中', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let pointId: string;
  let taskId: string;

  const stateOf = async () =>
    must(
      await t.gql<{ consultationTask: { pointTasks: Array<{ state: string; acceptingOpinions: boolean }> } }>(
        `query($t: ID!) { consultationTask(id: $t) { pointTasks { state acceptingOpinions } } }`,
        { t: taskId },
        tokens.head,
      ),
    ).consultationTask.pointTasks[0];

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['admin', 'legislature', 'head', 'liaison', 'collector', 'expert', 'unit'])
      tokens[user] = await t.login(user);
    const drafts = new AnnotatedDrafts(t, {
      legislature: tokens.legislature,
      expert: tokens.expert,
      head: tokens.head,
    });
    const demo = await AnnotatedDrafts.demoPoint(t, tokens.admin);
    pointId = demo.pointId;
    const draftId = await drafts.createDraft(demo.legislatureId, '重庆市物业管理条例（草案）');
    const versionId = await drafts.addVersion(
      draftId,
      'SOLICITATION',
      '征求意见稿',
      '重庆市物业管理条例（草案）\n第一条 为了规范物业管理活动，制定本条例。\n第二条 业主大会应当每年至少召开一次会议。',
    );
    taskId = await drafts.issueTask(versionId, '关于征求《重庆市物业管理条例（草案）》修改意见的通知', [
      pointId,
    ]);
  });
  afterAll(() => t.close());

  it('distributes, collects while 已分发, and hands the table to the head with 提交审核', async () => {
    // The collector's unit (北碚区总工会), as the unit's administrator holds it.
    const unitId = must(
      await t.gql<{ me: { roles: Array<{ liaisonUnitId: string | null }> } }>(
        '{ me { roles { liaisonUnitId } } }',
        {},
        tokens.unit,
      ),
    ).me.roles.find((r) => r.liaisonUnitId)!.liaisonUnitId!;
    must(
      await t.gql(
        'mutation($i: DistributeTaskInput!) { distributeTask(input: $i) { id } }',
        {
          i: {
            taskId,
            contactPointId: pointId,
            assignments: [
              {
                assigneeType: 'LIAISON_UNIT',
                assigneeId: unitId,
                dueAt: FAR_DUE,
                provisionAddresses: [],
              },
            ],
          },
        },
        tokens.liaison,
      ),
    );
    expect(await stateOf()).toEqual({ state: 'DISPATCHED', acceptingOpinions: true });
    must(
      await t.gql(
        'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { receiptNumber } }',
        {
          i: {
            taskId,
            provisionAddress: 'art_2',
            proposedChange: '建议将“每年至少召开一次会议”修改为“每年至少召开一次定期会议”。',
            channel: 'VISIT',
          },
        },
        tokens.collector,
      ),
    );
    const ref = { taskId, contactPointId: pointId };
    const drafted = must(
      await t.gql<{ draftSuggestions: { created: number } }>(
        'mutation($i: PointTaskRefInput!) { draftSuggestions(input: $i) { created } }',
        { i: ref },
        tokens.liaison,
      ),
    );
    expect(drafted.draftSuggestions.created).toBe(1);
    const requested = await t.gql<{ requestConsolidationApproval: { status: string } }>(
      'mutation($i: PointTaskRefInput!) { requestConsolidationApproval(input: $i) { status } }',
      { i: ref },
      tokens.liaison,
    );
    expect(requested.errors).toBeUndefined();
    expect(requested.data!.requestConsolidationApproval.status).toBe('PENDING_APPROVAL');
    expect(await stateOf()).toEqual({ state: 'UNDER_REVIEW', acceptingOpinions: false });
    // Each move is audited as it happened: 已分发 → 汇总中 → 审核中.
    const audit = must(
      await t.gql<{
        auditRecords: { edges: Array<{ node: { action: string; before: string; after: string } }> };
      }>('{ auditRecords(first: 20) { edges { node { action before after } } } }', {}, tokens.admin),
    )
      .auditRecords.edges.map((e) => e.node)
      .filter((n) => n.action === 'pointTask.transition')
      .slice(0, 2)
      .map((n) => [n.before, n.after].map((json) => (JSON.parse(json) as { state: string }).state));
    expect(audit).toEqual([
      ['CONSOLIDATING', 'UNDER_REVIEW'],
      ['DISPATCHED', 'CONSOLIDATING'],
    ]);
  });
});
