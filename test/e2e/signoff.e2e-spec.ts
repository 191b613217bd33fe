import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readDocx } from '../support/office-files.js';
import { demoTaskRefs, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * What the sign-off page reads: the steps of the sign-off with who took them and in which capacity, what the caller
 * may do now, each row's 提出单位或个人 as the exported table prints it, and whether a contributor asked to be told.
 */
interface Step {
  kind: string;
  actorName: string;
  capacity: string | null;
  reason: string | null;
  at: string;
}
interface Can {
  requestApproval: boolean;
  approve: boolean;
  submit: boolean;
}

const SIGNOFF = `query($t: ID!, $p: ID!) {
  consolidation(taskId: $t, contactPointId: $p) {
    status
    steps { kind actorName capacity reason at }
    viewerCan { requestApproval approve submit }
    suggestions(first: 100) { totalCount edges { node { id number citation proposedChange proposers } } }
  }
}`;

describe('sign-off timeline, permissions and the table as sent', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let taskId: string;
  let pointId: string;
  const ref = () => ({ taskId, contactPointId: pointId });

  const read = async (user: string) => {
    const res = await t.gql<{
      consolidation: {
        status: string;
        steps: Step[];
        viewerCan: Can;
        suggestions: {
          totalCount: number;
          edges: Array<{
            node: {
              id: string;
              number: number | null;
              citation: string;
              proposedChange: string;
              proposers: string;
            };
          }>;
        };
      };
    }>(SIGNOFF, { t: taskId, p: pointId }, tokens[user]);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.consolidation;
  };
  const step = async (mutation: string, user: string, input: object = ref()) => {
    const inputType = mutation === 'returnConsolidation' ? 'ReturnConsolidationInput' : 'PointTaskRefInput';
    const res = await t.gql(
      `mutation($i: ${inputType}!) { ${mutation}(input: $i) { status } }`,
      { i: input },
      tokens[user],
    );
    expect(res.errors).toBeUndefined();
  };

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['legislature', 'head', 'deputy', 'liaison']) tokens[user] = await t.login(user);
    ({ dogTaskId: taskId, pointId } = await demoTaskRefs(t, tokens.head));
    const drafted = await t.gql(
      'mutation($i: PointTaskRefInput!) { draftSuggestions(input: $i) { created } }',
      { i: ref() },
      tokens.liaison,
    );
    expect(drafted.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  it('offers each person only the steps they may take, and records each step with who took it', async () => {
    let liaison = await read('liaison');
    expect(liaison.steps.map((s) => s.kind)).toEqual(['PREPARED']);
    expect(liaison.steps[0]).toMatchObject({ capacity: '联络员' });
    expect(liaison.viewerCan).toEqual({ requestApproval: true, approve: false, submit: false });
    expect((await read('head')).viewerCan.approve).toBe(false);

    await step('requestConsolidationApproval', 'liaison');
    liaison = await read('liaison');
    expect(liaison.viewerCan).toEqual({ requestApproval: false, approve: false, submit: false });
    expect((await read('head')).viewerCan).toEqual({ requestApproval: false, approve: true, submit: false });
    // A deputy head approves only under the head's delegation.
    expect((await read('deputy')).viewerCan.approve).toBe(false);

    await step('returnConsolidation', 'head', { ...ref(), reason: '第九条的理由请再补充。' });
    const returned = await read('liaison');
    expect(returned.steps.map((s) => [s.kind, s.capacity, s.reason])).toEqual([
      ['PREPARED', '联络员', null],
      ['APPROVAL_REQUESTED', '联络员', null],
      ['RETURNED', '点长', '第九条的理由请再补充。'],
    ]);
    expect(returned.viewerCan.requestApproval).toBe(true);

    const deputyId = (await t.gql<{ me: { id: string } }>('{ me { id } }', {}, tokens.deputy)).data!.me.id;
    await t.gql(
      'mutation($i: DelegateApprovalInput!) { delegateConsolidationApproval(input: $i) { active } }',
      { i: { contactPointId: pointId, accountId: deputyId } },
      tokens.head,
    );
    const delegates = await t.gql<{ consolidation: { approvalDelegates: string[] | null } }>(
      'query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { approvalDelegates } }',
      { t: taskId, p: pointId },
      tokens.head,
    );
    expect(delegates.data!.consolidation.approvalDelegates).toEqual([deputyId]);
    await step('requestConsolidationApproval', 'liaison');
    expect((await read('deputy')).viewerCan.approve).toBe(true);
    await step('approveConsolidation', 'deputy');
    const approved = await read('liaison');
    expect(approved.viewerCan).toEqual({ requestApproval: false, approve: false, submit: true });
    expect(approved.steps.at(-1)).toMatchObject({ kind: 'APPROVED', capacity: '副点长（受点长委托）' });
    expect(approved.steps.at(-1)!.actorName).not.toBe('');

    await step('submitConsolidation', 'liaison');
    const submitted = await read('head');
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.viewerCan).toEqual({ requestApproval: false, approve: false, submit: false });
    expect(submitted.steps.map((s) => s.kind)).toEqual([
      'PREPARED',
      'APPROVAL_REQUESTED',
      'RETURNED',
      'APPROVAL_REQUESTED',
      'APPROVED',
      'SUBMITTED',
    ]);
    const times = submitted.steps.map((s) => Date.parse(s.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('words 提出单位或个人 of each row as the exported .docx does', async () => {
    const c = await read('head');
    const res = await t.gql<{ exportConsolidatedFeedback: { url: string } }>(
      'mutation($i: ExportConsolidatedFeedbackInput!) { exportConsolidatedFeedback(input: $i) { url } }',
      { i: { ...ref(), format: 'DOCX' } },
      tokens.head,
    );
    const file = await t.download(res.data!.exportConsolidatedFeedback.url, tokens.head);
    const { tables } = await readDocx(file.body);
    const main = tables.find((table) => table.head[0]?.includes('提出单位或个人'))!;
    expect(main).toBeDefined();
    const printed = main.body.map((row) => [row[0], row[1], row[5]]);
    const shown = c.suggestions.edges.map((e) => [String(e.node.number), e.node.citation, e.node.proposers]);
    expect(shown).toEqual(printed);
    expect(shown.some(([, , proposers]) => proposers.includes('条'))).toBe(true);
  });

  it('tells whether a contributor asked to be told the outcome, once decisions are published', async () => {
    const c = await read('head');
    for (const e of c.suggestions.edges) {
      const decided = await t.gql(
        'mutation($i: RecordAdoptionDecisionInput!) { recordAdoptionDecision(input: $i) { id } }',
        { i: { suggestionId: e.node.id, outcome: 'PARTIALLY_ADOPTED', reason: '已在修改稿中部分吸收。' } },
        tokens.legislature,
      );
      expect(decided.errors).toBeUndefined();
    }
    await t.gql(
      'mutation($i: PublishAdoptionDecisionsInput!) { publishAdoptionDecisions(input: $i) { decisions } }',
      { i: { taskId } },
      tokens.legislature,
    );
    const res = await t.gql<{
      consolidation: {
        suggestions: {
          edges: Array<{
            node: {
              sources: {
                edges: Array<{
                  node: {
                    opinion: {
                      proposedChange: string;
                      outcome: {
                        outcome: string;
                        contributorWantsFeedback: boolean;
                        contributorTold: boolean;
                      };
                    } | null;
                  };
                }>;
              };
            };
          }>;
        };
      };
    }>(
      `query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { suggestions(first: 40) { edges { node {
        sources(first: 20) { edges { node { opinion { proposedChange outcome { outcome contributorWantsFeedback contributorTold } } } } } } } } } }`,
      { t: taskId, p: pointId },
      tokens.liaison,
    );
    expect(res.errors).toBeUndefined();
    const opinions = res.data!.consolidation.suggestions.edges.flatMap((e) =>
      e.node.sources.edges.flatMap((s) => (s.node.opinion ? [s.node.opinion] : [])),
    );
    // 王建国 agreed to be told (demo-opinions.ts); most contributors left no contact.
    const consenting = opinions.filter((o) => o.outcome.contributorWantsFeedback);
    expect(consenting.map((o) => o.proposedChange)).toContain(
      '建议将“每户限养一只犬”修改为“每户限养两只犬，但烈性犬除外”。',
    );
    expect(consenting.length).toBeLessThan(opinions.length);
    expect(
      opinions.every((o) => o.outcome.outcome === 'PARTIALLY_ADOPTED' && !o.outcome.contributorTold),
    ).toBe(true);
  });
});
