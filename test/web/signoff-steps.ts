// API steps for the sign-off browser tests: the demo's open 养犬 round made ready for the head's review (suggestions
// drafted from every opinion, leftovers marked 不予报送, approval requested by the liaison officer), and the
// legislature's published decisions on it.
import type { TestApp } from '../support/test-app.js';
import { must, type OpenRound } from './web-harness.js';

/** A 2022 task of the demo (decisions long published), by a word of its title. */
export async function pastTask(t: TestApp, word: string): Promise<string> {
  const head = await t.login('head');
  const { consultationTasks } = must(
    await t.gql<{ consultationTasks: { edges: Array<{ node: { id: string; title: string } }> } }>(
      '{ consultationTasks(first: 50) { edges { node { id title } } } }',
      {},
      head,
    ),
  );
  return consultationTasks.edges.find((e) => e.node.title.includes(word))!.node.id;
}

/**
 * The liaison officer's work before sign-off, through the API: a collector's opinion if there is none, duplicate
 * groups, a suggestion per group and opinion, anything left marked 不予报送, then 提交审核.
 */
export async function prepareForApproval(t: TestApp, round: OpenRound): Promise<void> {
  const liaison = await t.login('liaison');
  const ref = { taskId: round.taskId, contactPointId: round.pointId };
  const count = async () =>
    must(
      await t.gql<{ consolidation: { counts: { active: number; unaccounted: number } } }>(
        'query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { counts { active unaccounted } } }',
        { t: round.taskId, p: round.pointId },
        liaison,
      ),
    ).consolidation.counts;
  if ((await count()).active === 0) {
    const collector = await t.login('collector');
    must(
      await t.gql(
        `mutation($t: ID!) { submitOpinion(input: { taskId: $t, provisionAddress: "art_9", channel: VISIT,
          proposedChange: "建议将“每户限养一只犬”修改为“每户限养两只犬”。", reason: "小型犬家庭较多。" }) { opinion { id } } }`,
        { t: round.taskId },
        collector,
      ),
    );
  }
  must(
    await t.gql(
      'mutation($i: PointTaskRefInput!) { groupDuplicateOpinions(input: $i) { groups } }',
      { i: ref },
      liaison,
    ),
  );
  must(
    await t.gql(
      'mutation($i: PointTaskRefInput!) { draftSuggestions(input: $i) { created } }',
      { i: ref },
      liaison,
    ),
  );
  const left = must(
    await t.gql<{ consolidation: { unaccountedOpinions: { edges: Array<{ node: { id: string } }> } } }>(
      'query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { unaccountedOpinions(first: 100) { edges { node { id } } } } }',
      { t: round.taskId, p: round.pointId },
      liaison,
    ),
  ).consolidation.unaccountedOpinions.edges;
  for (const e of left) {
    must(
      await t.gql(
        'mutation($i: OpinionStatusInput!) { markOpinionOutOfScope(input: $i) { id } }',
        { i: { id: e.node.id, reason: '超出本条例调整范围' } },
        liaison,
      ),
    );
  }
  must(
    await t.gql(
      'mutation($i: PointTaskRefInput!) { requestConsolidationApproval(input: $i) { status } }',
      { i: ref },
      liaison,
    ),
  );
}

/** Whatever of the sign-off is still to do, through the API: 提交审核, the head's approval, 报送. */
export async function submitThroughApi(t: TestApp, round: OpenRound): Promise<void> {
  const [liaison, head] = [await t.login('liaison'), await t.login('head')];
  const ref = { taskId: round.taskId, contactPointId: round.pointId };
  const status = async () =>
    must(
      await t.gql<{ consolidation: { status: string } }>(
        'query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { status } }',
        { t: round.taskId, p: round.pointId },
        liaison,
      ),
    ).consolidation.status;
  const step = async (mutation: string, token: string) =>
    must(
      await t.gql(
        `mutation($i: PointTaskRefInput!) { ${mutation}(input: $i) { status } }`,
        { i: ref },
        token,
      ),
    );
  if ((await status()) === 'DRAFTING') await step('requestConsolidationApproval', liaison);
  if ((await status()) === 'PENDING_APPROVAL') await step('approveConsolidation', head);
  if ((await status()) === 'APPROVED') await step('submitConsolidation', liaison);
}

/** The legislature decides every suggestion of the round (部分采纳, with a reason) and publishes. */
export async function publishDecisions(t: TestApp, round: OpenRound, reason: string): Promise<void> {
  const legislature = await t.login('legislature');
  const { consolidation } = must(
    await t.gql<{ consolidation: { suggestions: { edges: Array<{ node: { id: string } }> } } }>(
      'query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { suggestions(first: 100) { edges { node { id } } } } }',
      { t: round.taskId, p: round.pointId },
      legislature,
    ),
  );
  for (const e of consolidation.suggestions.edges) {
    must(
      await t.gql(
        'mutation($i: RecordAdoptionDecisionInput!) { recordAdoptionDecision(input: $i) { id } }',
        { i: { suggestionId: e.node.id, outcome: 'PARTIALLY_ADOPTED', reason } },
        legislature,
      ),
    );
  }
  must(
    await t.gql(
      'mutation($i: PublishAdoptionDecisionsInput!) { publishAdoptionDecisions(input: $i) { decisions } }',
      { i: { taskId: round.taskId } },
      legislature,
    ),
  );
}
