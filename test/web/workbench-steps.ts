// Set-up for the consolidation workbench's browser tests, through the API as its users would (the open rounds are the
// harness's openRound): a campaign of near-identical opinions submitted by the collector.
import type { TestApp } from '../support/test-app.js';
import { must } from './web-harness.js';

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
