import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { errorOf, startTestApp, type TestApp } from '../support/test-app.js';
import { submittedDogTask, type SubmittedDogTask } from '../support/submitted-dog-task.js';

/**
 * 采纳审议: the legislature's one list of a task's submitted suggestions, paged, with their counts and evidence, and
 * the progress of its decisions — drafts (working copies) before publication, then published together.
 */
interface Row {
  id: string;
  proposedChange: string;
  counts: { opinions: number; annotations: number; units: number; channels: number };
  decision: { outcome: string; version: number; publishedAt: string | null } | null;
  evidence: Array<{ suggestedOutcome: string | null; matchedPassages: Array<{ text: string }> }>;
}
interface Review {
  suggestions: number;
  decided: number;
  published: number;
  unpublished: number;
  unpublishedPoints: number;
  points: Array<{ name: string; suggestions: number; decided: number; published: number }>;
  items: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    edges: Array<{ node: Row }>;
  };
}

const REVIEW = `query($t: ID!, $first: Int, $after: String) { adoptionReview(taskId: $t) {
  suggestions decided published unpublished unpublishedPoints points { name suggestions decided published }
  items(first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node {
    id proposedChange counts { opinions annotations units channels } decision { outcome version publishedAt }
    evidence { suggestedOutcome matchedPassages { text } } } } } } }`;

jest.setTimeout(60_000);

describe('the legislature’s review of a task’s submitted suggestions', () => {
  let t: TestApp;
  let task: SubmittedDogTask;
  let legislature: string;

  const review = async (first = 100, after?: string) => {
    const res = await t.gql<{ adoptionReview: Review }>(
      REVIEW,
      { t: task.taskId, first, after },
      legislature,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.adoptionReview;
  };

  beforeAll(async () => {
    t = await startTestApp();
    task = await submittedDogTask(t);
    legislature = await t.login('legislature');
  }, 180_000);
  afterAll(() => t?.close());

  it('lists every submitted suggestion once, page by page, with counts and the later version’s evidence', async () => {
    const all = await review();
    expect(all.suggestions).toBeGreaterThan(5);
    expect(all.items.totalCount).toBe(all.suggestions);
    expect(all.points).toEqual([
      expect.objectContaining({
        name: expect.stringContaining('西南大学'),
        suggestions: all.suggestions,
        decided: 0,
      }),
    ]);
    expect(all).toMatchObject({ decided: 0, published: 0, unpublished: 0, unpublishedPoints: 0 });
    const rows = all.items.edges.map((e) => e.node);
    expect(rows.every((r) => r.counts.opinions + r.counts.annotations >= 1 && r.decision === null)).toBe(
      true,
    );
    const limit = rows.find((r) => r.proposedChange.includes('每户限养两只犬'))!;
    expect(limit.evidence).toHaveLength(1);
    expect(limit.evidence[0].matchedPassages.map((p) => p.text).join('')).toContain('两只犬');

    // Pages of 3 walk the same rows in the same order.
    const paged: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await review(3, after);
      paged.push(...page.items.edges.map((e) => e.node.id));
      if (!page.items.pageInfo.hasNextPage) break;
      after = page.items.pageInfo.endCursor!;
    }
    expect(paged).toEqual(rows.map((r) => r.id));
    expect((await review(0)).items).toMatchObject({ totalCount: all.suggestions, edges: [] });
  });

  it('counts drafts (saved, unpublished decisions) and what a publish sends; after it, the published', async () => {
    const rows = (await review()).items.edges.map((e) => e.node);
    const DECIDE =
      'mutation($i: RecordAdoptionDecisionInput!) { recordAdoptionDecision(input: $i) { version publishedAt } }';
    for (const [i, outcome] of (['ADOPTED', 'NOT_ADOPTED'] as const).entries()) {
      const saved = await t.gql<{ recordAdoptionDecision: { publishedAt: string | null } }>(
        DECIDE,
        { i: { suggestionId: rows[i].id, outcome, reason: '草稿理由' } },
        legislature,
      );
      expect(saved.data!.recordAdoptionDecision.publishedAt).toBeNull();
    }
    const drafted = await review();
    expect(drafted).toMatchObject({ decided: 2, published: 0, unpublished: 2, unpublishedPoints: 1 });
    expect(drafted.points[0]).toMatchObject({ decided: 2, published: 0 });
    expect(drafted.items.edges[0].node.decision).toMatchObject({ outcome: 'ADOPTED', publishedAt: null });

    // The point sees nothing of the drafts and may not open the review.
    const head = await t.login('head');
    expect(errorOf(await t.gql(REVIEW, { t: task.taskId }, head)).code).toBe('FORBIDDEN');

    const published = await t.gql<{ publishAdoptionDecisions: { decisions: number } }>(
      'mutation($i: PublishAdoptionDecisionsInput!) { publishAdoptionDecisions(input: $i) { decisions } }',
      { i: { taskId: task.taskId } },
      legislature,
    );
    expect(published.data!.publishAdoptionDecisions.decisions).toBe(2);
    expect(await review(0)).toMatchObject({ decided: 2, published: 2, unpublished: 0, unpublishedPoints: 0 });
  });

  it('refuses an unknown task and a page larger than the limit', async () => {
    expect(errorOf(await t.gql(REVIEW, { t: 'missing' }, legislature)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(REVIEW, { t: task.taskId, first: 101 }, legislature)).code).toBe(
      'BAD_USER_INPUT',
    );
  });
});
