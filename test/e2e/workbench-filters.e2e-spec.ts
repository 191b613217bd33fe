import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoTaskRefs, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The workbench's "what is left under this article" list: unaccountedOpinions filtered by provision (the article and
 * the provisions below it), paged, and shrinking as opinions go into a suggestion.
 */
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: { id: string; provisionAddress: string | null } }>;
}

const LEFT = `query($t: ID!, $p: ID!, $a: String, $first: Int, $after: String) {
  consolidation(taskId: $t, contactPointId: $p) {
    counts { unaccounted }
    unaccountedOpinions(provisionAddress: $a, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id provisionAddress } }
    }
  }
}`;

describe('unaccounted opinions by provision', () => {
  let t: TestApp;
  let liaison: string;
  let taskId: string;
  let pointId: string;

  const left = async (a?: string, first = 50, after?: string) => {
    const res = await t.gql<{
      consolidation: { counts: { unaccounted: number }; unaccountedOpinions: Page };
    }>(LEFT, { t: taskId, p: pointId, a, first, after }, liaison);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.consolidation;
  };

  beforeAll(async () => {
    t = await startTestApp();
    liaison = await t.login('liaison');
    ({ dogTaskId: taskId, pointId } = await demoTaskRefs(t, await t.login('head')));
  });
  afterAll(() => t.close());

  it('lists only the opinions on the article and below it, and pages them', async () => {
    const all = await left();
    expect(all.unaccountedOpinions.totalCount).toBe(all.counts.unaccounted);
    const onArticle = all.unaccountedOpinions.edges.find((e) => e.node.provisionAddress?.startsWith('art_'))!;
    const article = onArticle.node.provisionAddress!.split('__')[0];
    const expected = all.unaccountedOpinions.edges.filter(
      (e) => e.node.provisionAddress === article || e.node.provisionAddress?.startsWith(`${article}__`),
    );
    const filtered = await left(article);
    expect(filtered.unaccountedOpinions.totalCount).toBe(expected.length);
    expect(filtered.unaccountedOpinions.edges.map((e) => e.node.id).sort()).toEqual(
      expected.map((e) => e.node.id).sort(),
    );
    expect(filtered.counts.unaccounted).toBe(all.counts.unaccounted);

    const first = await left(undefined, 2);
    expect(first.unaccountedOpinions.edges).toHaveLength(2);
    expect(first.unaccountedOpinions.pageInfo.hasNextPage).toBe(true);
    const second = await left(undefined, 2, first.unaccountedOpinions.pageInfo.endCursor!);
    expect(second.unaccountedOpinions.edges[0].node.id).not.toBe(first.unaccountedOpinions.edges[0].node.id);
  });

  it('drops an opinion from the list once a suggestion holds it', async () => {
    const before = await left();
    const opinion = before.unaccountedOpinions.edges.find((e) => e.node.provisionAddress)!.node;
    const res = await t.gql(
      `mutation($input: CreateSuggestionInput!) { createSuggestion(input: $input) { id } }`,
      { input: { taskId, contactPointId: pointId, sources: { opinionIds: [opinion.id] } } },
      liaison,
    );
    expect(res.errors).toBeUndefined();
    const after = await left(opinion.provisionAddress!.split('__')[0]);
    expect(after.unaccountedOpinions.edges.map((e) => e.node.id)).not.toContain(opinion.id);
    expect(after.counts.unaccounted).toBe(before.counts.unaccounted - 1);
  });

  it('lists nothing for an address the draft does not have', async () => {
    const res = await left('art_999');
    expect(res.unaccountedOpinions.totalCount).toBe(0);
    expect(res.unaccountedOpinions.edges).toEqual([]);
  });
});
