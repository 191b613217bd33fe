// Set-up for the consolidation workbench's browser tests, through the API as its users would: the open rounds of the
// demo (关于再次征求…), the point's id, a campaign of near-identical opinions submitted by the collector.
import type { TestApp } from '../support/test-app.js';

export function must<T>(res: { data: T | null; errors?: unknown }): T {
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** The demo's open round of a draft (养犬 or 慈善) and the demo point. */
export async function openRound(
  t: TestApp,
  word: '养犬' | '慈善',
): Promise<{ taskId: string; pointId: string }> {
  const head = await t.login('head');
  const { consultationTasks } = must(
    await t.gql<{ consultationTasks: { edges: Array<{ node: { id: string; title: string } }> } }>(
      '{ consultationTasks(first: 50) { edges { node { id title } } } }',
      {},
      head,
    ),
  );
  const task = consultationTasks.edges.find(
    (e) => e.node.title.startsWith('关于再次征求') && e.node.title.includes(word),
  );
  const { me } = must(
    await t.gql<{ me: { roles: Array<{ contactPointId: string | null }> } }>(
      '{ me { roles { contactPointId } } }',
      {},
      head,
    ),
  );
  return { taskId: task!.node.id, pointId: me.roles.find((r) => r.contactPointId)!.contactPointId! };
}

/** A small online campaign: the same proposal in slightly different wordings, as a collector records them. */
export async function submitCampaign(t: TestApp, taskId: string, provisionAddress: string): Promise<void> {
  const collector = await t.login('collector');
  const texts = [
    '建议将每户限养一只犬修改为每户限养两只犬。',
    '建议将“每户限养一只犬”修改为“每户限养两只犬”！',
    '建议将每户限养一只犬，修改为每户限养两只犬',
  ];
  for (const proposedChange of texts) {
    must(
      await t.gql(
        `mutation($input: SubmitOpinionInput!) { submitOpinion(input: $input) { receiptNumber } }`,
        {
          input: {
            taskId,
            provisionAddress,
            proposedChange,
            channel: 'ONLINE',
            reason: '家里已经养了两只小型犬。',
          },
        },
        collector,
      ),
    );
  }
}

/** One suggestion made from the first unaccounted opinion, through the API; answers its id. */
export async function oneSuggestion(t: TestApp, taskId: string, pointId: string): Promise<string> {
  const liaison = await t.login('liaison');
  const { consolidation } = must(
    await t.gql<{ consolidation: { unaccountedOpinions: { edges: Array<{ node: { id: string } }> } } }>(
      'query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { unaccountedOpinions(first: 1) { edges { node { id } } } } }',
      { t: taskId, p: pointId },
      liaison,
    ),
  );
  const { createSuggestion } = must(
    await t.gql<{ createSuggestion: { id: string } }>(
      'mutation($input: CreateSuggestionInput!) { createSuggestion(input: $input) { id } }',
      {
        input: {
          taskId,
          contactPointId: pointId,
          sources: { opinionIds: [consolidation.unaccountedOpinions.edges[0].node.id] },
        },
      },
      liaison,
    ),
  );
  return createSuggestion.id;
}

export async function suggestionText(t: TestApp, id: string): Promise<string> {
  const liaison = await t.login('liaison');
  return must(
    await t.gql<{ suggestion: { proposedChange: string } }>(
      'query($id: ID!) { suggestion(id: $id) { proposedChange } }',
      { id },
      liaison,
    ),
  ).suggestion.proposedChange;
}
