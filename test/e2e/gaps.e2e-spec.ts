import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CONSOLIDATION_LIMITS } from '@app/consolidation';
import { readDocx } from '../support/office-files.js';
import { submittedDogTask, type SubmittedDogTask } from '../support/submitted-dog-task.js';
import { errorOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * What the review of the workbench found missing in the API: the general opinions (总体意见) as a list of their own,
 * the suggestions found by their words or number, a cap on the suggestions under each provision of the legislature's
 * cross-point view, and the yearly evaluation as .docx.
 */
describe('workbench gaps', () => {
  let t: TestApp;
  let dog: SubmittedDogTask;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['legislature', 'head', 'liaison']) tokens[user] = await t.login(user);
    dog = await submittedDogTask(t);
  });
  afterAll(() => t.close());

  const gql = async <T>(query: string, variables: Record<string, unknown>, user = 'liaison') => {
    const res = await t.gql<T>(query, variables, tokens[user]);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };

  it('lists the general opinions on their own, counted, in every workbench list', async () => {
    type Page = { totalCount: number; edges: Array<{ node: { provisionAddress: string | null } }> };
    const data = await gql<{
      consolidation: {
        generalOpinions: { provisionAddress: null; citation: string; opinions: number; suggestions: number };
        provisions: { edges: Array<{ node: { provisionAddress: string | null; opinions: number } }> };
        suggestions: Page;
        all: { totalCount: number };
        unaccountedOpinions: { totalCount: number };
        duplicateGroups: Page;
      };
      opinions: Page;
      searchOpinions: Page;
    }>(
      `query($t: ID!, $p: ID!) {
        consolidation(taskId: $t, contactPointId: $p) {
          generalOpinions { provisionAddress citation opinions suggestions }
          provisions(first: 100) { edges { node { provisionAddress opinions } } }
          suggestions(first: 100, general: true) { totalCount edges { node { provisionAddress } } }
          all: suggestions(first: 0) { totalCount }
          unaccountedOpinions(first: 10, general: true) { totalCount }
          duplicateGroups(first: 100, general: true) { totalCount edges { node { provisionAddress } } }
        }
        opinions(taskId: $t, general: true, status: ACTIVE, first: 100) { totalCount edges { node { provisionAddress } } }
        searchOpinions(taskId: $t, query: "养犬", general: true, first: 100) { totalCount edges { node { provisionAddress } } }
      }`,
      { t: dog.taskId, p: dog.pointId },
    );
    const c = data.consolidation;
    const generalLine = c.provisions.edges.find((e) => e.node.provisionAddress === null)!.node;
    expect(c.generalOpinions).toMatchObject({ provisionAddress: null, citation: '总体意见' });
    expect(c.generalOpinions.opinions).toBeGreaterThan(0);
    expect(c.generalOpinions.opinions).toBe(generalLine.opinions);
    // The general opinions' own lists hold general opinions only, and fewer than the whole task.
    expect(data.opinions.totalCount).toBe(c.generalOpinions.opinions);
    expect(data.opinions.edges.every((e) => e.node.provisionAddress === null)).toBe(true);
    expect(data.searchOpinions.edges.every((e) => e.node.provisionAddress === null)).toBe(true);
    expect(data.searchOpinions.totalCount).toBeGreaterThan(0);
    expect(c.suggestions.totalCount).toBe(c.generalOpinions.suggestions);
    expect(c.suggestions.totalCount).toBeGreaterThan(0);
    expect(c.suggestions.totalCount).toBeLessThan(c.all.totalCount);
    expect(c.suggestions.edges.every((e) => e.node.provisionAddress === null)).toBe(true);
    expect(c.duplicateGroups.edges.every((e) => e.node.provisionAddress === null)).toBe(true);
    expect(c.unaccountedOpinions.totalCount).toBe(0);

    // general and an article at once is a contradiction, refused on its field.
    for (const query of [
      `query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { suggestions(general: true, provisionAddress: "art_9") { totalCount } } }`,
      `query($t: ID!) { opinions(taskId: $t, general: true, provisionAddress: "art_9") { totalCount } }`,
    ]) {
      const refused = errorOf(await t.gql(query, { t: dog.taskId, p: dog.pointId }, tokens.liaison));
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GENERAL_WITH_PROVISION' });
      expect(refused.message).toContain('总体意见');
    }
  });

  it('finds suggestions by the words of their wording or by their number, a page at a time', async () => {
    type Found = {
      consolidation: {
        suggestions: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: Array<{
            node: {
              id: string;
              number: number | null;
              proposedChange: string;
              reason: string | null;
              citation: string;
              originalText: string | null;
            };
          }>;
        };
      };
    };
    const SEARCH = `query($t: ID!, $p: ID!, $s: String, $first: Int, $after: String) {
      consolidation(taskId: $t, contactPointId: $p) {
        suggestions(search: $s, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { node { id number proposedChange reason citation originalText } }
        }
      }
    }`;
    const find = (s: string | null, first = 50, after?: string | null) =>
      gql<Found>(SEARCH, { t: dog.taskId, p: dog.pointId, s, first, after });
    const all = (await find(null, 100)).consolidation.suggestions;
    expect(all.totalCount).toBeGreaterThan(3);

    const texts = (n: Found['consolidation']['suggestions']['edges'][number]['node']) =>
      [n.proposedChange, n.reason ?? '', n.citation, n.originalText ?? ''].join('\n');
    const holding = (w: string) => all.edges.filter((e) => texts(e.node).includes(w)).map((e) => e.node.id);
    expect(all.totalCount).toBeLessThanOrEqual(100);
    // A two-character word of one suggestion that some others lack (such as 登记 or 保险).
    const source = all.edges.at(-1)!.node.proposedChange;
    const word = [...source]
      .map((_, k) => source.slice(k, k + 2))
      .find((w) => /^[\u4e00-\u9fff]{2}$/u.test(w) && holding(w).length < all.totalCount)!;
    const found = (await find(word)).consolidation.suggestions;
    expect(found.totalCount).toBeGreaterThan(0);
    expect(found.totalCount).toBeLessThan(all.totalCount);
    expect(found.edges.map((e) => e.node.id)).toEqual(holding(word));

    // Two words: both must be there.
    const other = all.edges[0].node.proposedChange.slice(0, 2);
    const both = (await find(`${word} ${other}`)).consolidation.suggestions;
    expect(both.edges.map((e) => e.node.id)).toEqual(
      holding(word).filter((id) => holding(other).includes(id)),
    );

    // By number (submitted suggestions are numbered 1, 2, …).
    const numbered = all.edges.find((e) => e.node.number !== null)!.node;
    const byNumber = (await find(String(numbered.number))).consolidation.suggestions;
    expect(byNumber.edges.map((e) => e.node.id)).toContain(numbered.id);

    // Paged: two pages of one make the first two of the search, without repeats.
    const dogs = (await find('犬')).consolidation.suggestions;
    expect(dogs.totalCount).toBeGreaterThan(1);
    const first = (await find('犬', 1)).consolidation.suggestions;
    expect(first.edges).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await find('犬', 1, first.pageInfo.endCursor)).consolidation.suggestions;
    expect(second.edges[0].node.id).not.toBe(first.edges[0].node.id);
    expect([first.edges[0].node.id, second.edges[0].node.id]).toEqual(
      dogs.edges.slice(0, 2).map((e) => e.node.id),
    );

    // LIKE's wildcards are plain characters here: '%' finds nothing rather than everything.
    expect((await find('%')).consolidation.suggestions.totalCount).toBe(0);
    expect((await find('不存在的词语')).consolidation.suggestions.totalCount).toBe(0);

    // The search has a named limit.
    const tooLong = errorOf(
      await t.gql(
        SEARCH,
        {
          t: dog.taskId,
          p: dog.pointId,
          s: '犬'.repeat(CONSOLIDATION_LIMITS.suggestionSearch + 1),
          first: 5,
        },
        tokens.liaison,
      ),
    );
    expect(tooLong.code).toBe('BAD_USER_INPUT');
    expect(tooLong.message).toContain(`${CONSOLIDATION_LIMITS.suggestionSearch}`);
  });

  it('caps the suggestions under each provision of the legislature’s cross-point view, and says so', async () => {
    const BY_PROVISION = `query($t: ID!, $n: Int) {
      feedbackByProvision(taskId: $t, first: 100, itemsPerProvision: $n) {
        edges { node { provisionAddress suggestions moreItems items { id } } }
      }
    }`;
    type Rows = {
      feedbackByProvision: {
        edges: Array<{
          node: {
            provisionAddress: string | null;
            suggestions: number;
            moreItems: boolean;
            items: Array<{ id: string }>;
          };
        }>;
      };
    };
    const rows = async (n?: number) =>
      (await gql<Rows>(BY_PROVISION, { t: dog.taskId, n }, 'legislature')).feedbackByProvision.edges.map(
        (e) => e.node,
      );
    const { default: byDefault, max } = CONSOLIDATION_LIMITS.feedbackItemsPerProvision;
    for (const row of await rows()) {
      expect(row.items.length).toBe(Math.min(row.suggestions, byDefault));
      expect(row.moreItems).toBe(row.suggestions > byDefault);
    }
    const one = await rows(1);
    expect(one.every((r) => r.items.length === Math.min(1, r.suggestions))).toBe(true);
    const several = one.find((r) => r.suggestions > 1);
    if (several) expect(several.moreItems).toBe(true);
    expect((await rows(0)).every((r) => r.items.length === 0 && r.suggestions > 0)).toBe(true);
    // The items under a provision are the first of the full list: the cap drops the tail, never the head.
    const full = await rows(max);
    for (const [i, row] of one.entries())
      if (row.items.length) expect(row.items[0].id).toBe(full[i].items[0].id);

    for (const n of [max + 1, -1]) {
      const refused = errorOf(await t.gql(BY_PROVISION, { t: dog.taskId, n }, tokens.legislature));
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ITEMS_PER_PROVISION_OUT_OF_RANGE' });
      expect(refused.message).toContain(`${max}`);
    }
  });

  it('exports the yearly evaluation as .docx too, by the same signed link, with the .xlsx’s figures', async () => {
    const EXPORT = `mutation($i: ExportLedgerInput!) { exportEvaluation(input: $i) { url filename signedUrl } }`;
    type Exported = { exportEvaluation: { url: string; filename: string; signedUrl: string } };
    const { contactPoints } = await gql<{ contactPoints: { edges: Array<{ node: { id: string } }> } }>(
      '{ contactPoints(first: 1) { edges { node { id } } } }',
      {},
      'head',
    );
    const pointId = contactPoints.edges[0].node.id;
    const docx = (
      await gql<Exported>(EXPORT, { i: { contactPointId: pointId, year: 2022, format: 'DOCX' } }, 'head')
    ).exportEvaluation;
    const xlsx = (await gql<Exported>(EXPORT, { i: { contactPointId: pointId, year: 2022 } }, 'head'))
      .exportEvaluation;
    expect(docx.url).toContain('/evaluation.docx?year=2022');
    expect(docx.filename).toMatch(/2022年度考核表\.docx$/u);
    expect(xlsx.url).toContain('/evaluation.xlsx?year=2022');

    const opened = await t.download(docx.signedUrl);
    expect(opened.status).toBe(200);
    expect(opened.contentType).toContain('officedocument.wordprocessingml');
    const { paragraphs, tables } = await readDocx(opened.body);
    expect(paragraphs[0]).toMatch(/2022年度立法信息采集工作考核表$/u);
    expect(tables).toHaveLength(2);
    const totals = tables[0].body.at(-1)!;
    // The ledger's 2022 figures for the demo point: 9 tasks, 6 adopted, 17 partly adopted.
    expect(totals.slice(0, 2)).toEqual(['合计', '9']);
    expect(totals[4]).toBe('6');
    expect(totals[5]).toBe('17');
    expect((await t.download(docx.url)).status).toBe(401);
  });
});
