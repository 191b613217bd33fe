import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { docxText, zipText } from '../support/office-files.js';
import { demoTaskRefs, errorOf, startTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

/**
 * The consolidation of the demo's dog-management task at the Southwest University point: the liaison officer groups
 * and consolidates, the head signs off, the legislature receives it and downloads both files.
 */
interface Suggestion {
  id: string;
  number: number | null;
  version: number;
  citation: string;
  proposedChange: string;
  counts: { opinions: number; people: number };
}

const WORKBENCH = `query($t: ID!, $p: ID!, $first: Int) {
  consolidation(taskId: $t, contactPointId: $p) {
    id status
    counts { opinions active outOfScope unaccounted suggestions duplicateGroups people byChannel { label opinions } byUnit { label opinions } }
    suggestions(first: $first) { totalCount edges { node { id number version citation proposedChange counts { opinions people } } } }
  }
}`;

describe('consolidation and submission', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let dogTaskId: string;
  let charityTaskId: string;
  let pointId: string;

  const workbench = async (user = 'liaison', first = 100) => {
    const res = await t.gql<{
      consolidation: {
        id: string;
        status: string;
        counts: Record<string, number> & {
          byChannel: Array<{ label: string; opinions: number }>;
          byUnit: Array<{ label: string; opinions: number }>;
        };
        suggestions: { totalCount: number; edges: Array<{ node: Suggestion }> };
      };
    }>(WORKBENCH, { t: dogTaskId, p: pointId, first }, tokens[user]);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.consolidation;
  };
  const ref = () => ({ taskId: dogTaskId, contactPointId: pointId });

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['legislature', 'head', 'deputy', 'liaison', 'collector', 'expert', 'unit'])
      tokens[user] = await t.login(user);
    ({ dogTaskId, charityTaskId, pointId } = await demoTaskRefs(t, tokens.head));
  });
  afterAll(() => t.close());

  it('shows the workbench: every opinion counted, grouped by provision in the draft order, general ones last', async () => {
    const c = await workbench();
    expect(c.status).toBe('DRAFTING');
    expect(c.counts.opinions).toBeGreaterThan(5);
    expect(c.counts.unaccounted).toBe(c.counts.active);
    expect(c.counts.byChannel.reduce((n, l) => n + l.opinions, 0)).toBe(c.counts.active);
    expect(c.counts.byUnit.map((u) => u.label)).toContain('北碚区总工会');

    const provisions = await t.gql<{
      consolidation: {
        provisions: {
          edges: Array<{ node: { citation: string; provisionAddress: string | null; opinions: number } }>;
        };
      };
    }>(
      `query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { provisions(first: 100) { edges { node { citation provisionAddress opinions } } } } }`,
      { t: dogTaskId, p: pointId },
      tokens.liaison,
    );
    const nodes = provisions.data!.consolidation.provisions.edges.map((e) => e.node);
    const articleNumbers = nodes
      .filter((n) => n.provisionAddress !== null)
      .map((n) => Number(/^art_(\d+)/.exec(n.provisionAddress!)![1]));
    expect(articleNumbers).toEqual([...articleNumbers].sort((a, b) => a - b));
    if (nodes.some((n) => n.provisionAddress === null)) expect(nodes.at(-1)!.citation).toBe('总体意见');
    expect(nodes.reduce((n, p) => n + p.opinions, 0)).toBe(c.counts.active);
  });

  it('gives the lines of the provisions asked for by address, in the draft order, each with an id; 100 at most', async () => {
    type Line = { id: string; provisionAddress: string | null; opinions: number; suggestions: number };
    const query = `query($t: ID!, $p: ID!, $a: [String!]) { consolidation(taskId: $t, contactPointId: $p) {
      id generalOpinions { id } provisions(first: 100, addresses: $a) { totalCount edges { node { id provisionAddress opinions suggestions } } } } }`;
    const read = (a?: string[]) =>
      t.gql<{
        consolidation: {
          id: string;
          generalOpinions: { id: string };
          provisions: { totalCount: number; edges: Array<{ node: Line }> };
        };
      }>(query, { t: dogTaskId, p: pointId, a: a ?? null }, tokens.liaison);
    const all = (await read()).data!.consolidation;
    const lines = all.provisions.edges.map((e) => e.node).filter((n) => n.provisionAddress !== null);
    expect(lines.length).toBeGreaterThan(2);
    // One identity per table and provision (总体意见's too), for the client's cache.
    expect(lines[0].id).toBe(`${all.id}:${lines[0].provisionAddress}`);
    expect(all.generalOpinions.id).toBe(`${all.id}:`);
    expect(new Set(all.provisions.edges.map((e) => e.node.id)).size).toBe(all.provisions.edges.length);

    // Asked in another order, with an address that has no line: the lines asked for, in the draft's order, as listed.
    const wanted = [lines[2], lines[0]];
    const some = (await read([...wanted.map((l) => l.provisionAddress!), 'art_999'])).data!.consolidation
      .provisions;
    expect(some.totalCount).toBe(2);
    expect(some.edges.map((e) => e.node)).toEqual([lines[0], lines[2]]);

    const tooMany = await read(Array.from({ length: 101 }, (_, i) => `art_${i + 1}`));
    expect(errorOf(tooMany)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(tooMany.errors![0].message).toMatch(/一次最多查 100 个条文/);
  });

  it('groups the online campaign as one group with its variants, never as one opinion', async () => {
    const res = await t.gql<{ groupDuplicateOpinions: { groups: number; grouped: number } }>(
      'mutation($i: PointTaskRefInput!) { groupDuplicateOpinions(input: $i) { groups grouped opinions } }',
      { i: ref() },
      tokens.liaison,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.groupDuplicateOpinions.groups).toBeGreaterThanOrEqual(1);
    const groups = await t.gql<{
      consolidation: {
        duplicateGroups: {
          edges: Array<{
            node: {
              opinionCount: number;
              variantCount: number;
              representative: { proposedChange: string };
              opinions: { totalCount: number };
            };
          }>;
        };
      };
    }>(
      `query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) {
        duplicateGroups(first: 10) { edges { node { opinionCount variantCount representative { proposedChange } opinions(first: 2) { totalCount } } } } } }`,
      { t: dogTaskId, p: pointId },
      tokens.liaison,
    );
    const campaign = groups
      .data!.consolidation.duplicateGroups.edges.map((e) => e.node)
      .find((g) => g.opinionCount >= 5)!;
    expect(campaign).toBeDefined();
    // Eight copies, four distinct texts once spaces, punctuation and width are folded (demo-opinions.ts).
    expect(campaign.opinionCount).toBe(8);
    expect(campaign.variantCount).toBe(4);
    expect(campaign.opinions.totalCount).toBe(campaign.opinionCount);
    expect(campaign.representative.proposedChange).toContain('公共交通');
  });

  it('refuses sign-off while opinions are unaccounted for, and lists them', async () => {
    const res = await t.gql(
      'mutation($i: PointTaskRefInput!) { requestConsolidationApproval(input: $i) { status } }',
      { i: ref() },
      tokens.liaison,
    );
    expect(errorOf(res)).toMatchObject({ code: 'CONFLICT', reason: 'OPINIONS_UNACCOUNTED' });
    const before = await workbench();
    expect(res.errors![0].extensions.total).toBe(before.counts.unaccounted);
    expect((res.errors![0].extensions.unaccounted as string[])[0]).toMatch(/^\d{14}$/);
    expect(before.status).toBe('DRAFTING');
  });

  it('drafts suggestions from groups and opinions, then merges, splits and edits them with optimistic locking', async () => {
    const drafted = await t.gql<{ draftSuggestions: { created: number; opinions: number } }>(
      'mutation($i: PointTaskRefInput!) { draftSuggestions(input: $i) { created opinions annotations } }',
      { i: ref() },
      tokens.liaison,
    );
    expect(drafted.errors).toBeUndefined();
    let c = await workbench();
    expect(c.counts.unaccounted).toBe(0);
    expect(drafted.data!.draftSuggestions.opinions).toBe(c.counts.active);
    // The campaign became one suggestion that counts all its opinions.
    const campaign = c.suggestions.edges.map((e) => e.node).find((s) => s.counts.opinions >= 5)!;
    expect(campaign.proposedChange).toContain('公共交通');

    // Two people edit the same suggestion: the second save gets CONFLICT with the current version.
    const [a, b] = c.suggestions.edges.map((e) => e.node).filter((s) => s.counts.opinions === 1);
    const UPDATE =
      'mutation($i: UpdateSuggestionInput!) { updateSuggestion(input: $i) { version proposedChange } }';
    const first = await t.gql<{ updateSuggestion: { version: number } }>(
      UPDATE,
      { i: { id: a.id, version: a.version, proposedChange: '建议修改为：养犬登记可以网上办理。' } },
      tokens.liaison,
    );
    expect(first.data!.updateSuggestion.version).toBe(a.version + 1);
    const second = await t.gql(
      UPDATE,
      { i: { id: a.id, version: a.version, proposedChange: '另一种写法' } },
      tokens.head,
    );
    expect(errorOf(second)).toMatchObject({ code: 'CONFLICT', reason: 'SUGGESTION_VERSION_CONFLICT' });
    expect(second.errors![0].extensions.current).toMatchObject({
      version: a.version + 1,
      proposedChange: '建议修改为：养犬登记可以网上办理。',
    });

    // Merge two suggestions: one row keeps every source.
    const merged = await t.gql<{
      mergeSuggestions: { id: string; version: number; counts: { opinions: number } };
    }>(
      'mutation($i: MergeSuggestionsInput!) { mergeSuggestions(input: $i) { id version counts { opinions } } }',
      {
        i: {
          suggestions: [
            { id: a.id, version: a.version + 1 },
            { id: b.id, version: b.version },
          ],
          proposedChange: '合并后的修改意见',
        },
      },
      tokens.liaison,
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeSuggestions.counts.opinions).toBe(2);
    c = await workbench();
    expect(c.counts.unaccounted).toBe(0);

    // Split it back: into nothing is refused, into two parts each with a source works.
    const sources = await t.gql<{
      suggestion: { sources: { edges: Array<{ node: { sourceId: string; opinion: { id: string } } }> } };
    }>(
      `query($id: ID!) { suggestion(id: $id) { sources(first: 10) { edges { node { sourceId opinion { id } } } } } }`,
      { id: merged.data!.mergeSuggestions.id },
      tokens.liaison,
    );
    const [s1, s2] = sources.data!.suggestion.sources.edges.map((e) => e.node.sourceId);
    const SPLIT =
      'mutation($i: SplitSuggestionInput!) { splitSuggestion(input: $i) { id counts { opinions } } }';
    const id = merged.data!.mergeSuggestions.id;
    const version = merged.data!.mergeSuggestions.version;
    expect(errorOf(await t.gql(SPLIT, { i: { id, version, parts: [] } }, tokens.liaison))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const lossy = await t.gql(
      SPLIT,
      {
        i: {
          id,
          version,
          parts: [
            { proposedChange: '甲', opinionIds: [s1] },
            { proposedChange: '乙', opinionIds: [s1] },
          ],
        },
      },
      tokens.liaison,
    );
    expect(errorOf(lossy)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SPLIT_LOSES_SOURCES' });
    const split = await t.gql<{ splitSuggestion: Array<{ counts: { opinions: number } }> }>(
      SPLIT,
      {
        i: {
          id,
          version,
          parts: [
            { proposedChange: '甲', opinionIds: [s1] },
            { proposedChange: '乙', opinionIds: [s2] },
          ],
        },
      },
      tokens.liaison,
    );
    expect(split.errors).toBeUndefined();
    expect(split.data!.splitSuggestion.map((s) => s.counts.opinions)).toEqual([1, 1]);

    // Merging suggestions of different tasks is refused, and nothing changes.
    const charity = await t.gql<{ draftSuggestions: { created: number } }>(
      'mutation($i: PointTaskRefInput!) { draftSuggestions(input: $i) { created } }',
      { i: { taskId: charityTaskId, contactPointId: pointId } },
      tokens.liaison,
    );
    const charitySuggestion = (
      await t.gql<{ consolidation: { suggestions: { edges: Array<{ node: Suggestion }> } } }>(
        WORKBENCH,
        { t: charityTaskId, p: pointId, first: 1 },
        tokens.liaison,
      )
    ).data!.consolidation.suggestions.edges[0].node;
    expect(charity.data!.draftSuggestions.created).toBeGreaterThan(0);
    const before = await workbench();
    const dogSuggestion = before.suggestions.edges[0].node;
    const mixed = await t.gql(
      'mutation($i: MergeSuggestionsInput!) { mergeSuggestions(input: $i) { id } }',
      {
        i: {
          suggestions: [
            { id: dogSuggestion.id, version: dogSuggestion.version },
            { id: charitySuggestion.id, version: charitySuggestion.version },
          ],
        },
      },
      tokens.liaison,
    );
    expect(errorOf(mixed)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SUGGESTIONS_OF_DIFFERENT_TASKS',
    });
    expect((await workbench()).suggestions.totalCount).toBe(before.suggestions.totalCount);
  });

  it('lists suggestions with a number of SQL statements that does not grow with the page size', async () => {
    // The data this test needs, whether or not the tests above ran: duplicate groups, and every opinion drafted into
    // a suggestion (a no-op once they are).
    const state = await workbench();
    if (state.counts.unaccounted > 0) {
      if (state.counts.duplicateGroups === 0)
        expect(
          (
            await t.gql(
              'mutation($i: PointTaskRefInput!) { groupDuplicateOpinions(input: $i) { groups } }',
              { i: ref() },
              tokens.liaison,
            )
          ).errors,
        ).toBeUndefined();
      expect(
        (
          await t.gql(
            'mutation($i: PointTaskRefInput!) { draftSuggestions(input: $i) { created } }',
            { i: ref() },
            tokens.liaison,
          )
        ).errors,
      ).toBeUndefined();
    }
    const query = `query($t: ID!, $p: ID!, $first: Int) { consolidation(taskId: $t, contactPointId: $p) {
      suggestions(first: $first) { edges { node { id citation counts { opinions people units channels } sources(first: 5) { edges { node { type opinion { receiptNumber } } } } } } }
      duplicateGroups(first: $first) { edges { node { opinionCount representative { receiptNumber } opinions(first: 3) { edges { node { id } } } } } }
      provisions(first: $first) { edges { node { citation opinions } } } } }`;
    type Page = {
      consolidation: { suggestions: { edges: unknown[] }; duplicateGroups: { edges: unknown[] } };
    };
    const results: Array<GqlResult<Page>> = [];
    const run = (first: number) => async () => {
      results.push(await t.gql<Page>(query, { t: dogTaskId, p: pointId, first }, tokens.liaison));
    };
    // Both pages shorter than the list (a page holding the whole list saves TypeORM its COUNT).
    expect((await workbench()).suggestions.totalCount).toBeGreaterThan(12);
    // One request first, not counted: the caller's account is then in the account cache for both counted ones (a slow
    // set-up could outlast its 30 s and make only the first reload it: 18 against 17 statements, seen on MariaDB).
    await run(3)();
    results.length = 0;
    const small = await t.countQueries(run(3));
    const large = await t.countQueries(run(12));
    // A query the server refused (a typo in a field) would count few statements and still pass: read the answers.
    for (const res of results) expect(res.errors).toBeUndefined();
    expect(results.map((r) => r.data!.consolidation.suggestions.edges.length)).toEqual([3, 12]);
    expect(results[0].data!.consolidation.duplicateGroups.edges.length).toBeGreaterThan(0);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });

  it('keeps collectors and other roles out of approval, and freezes the content once under review', async () => {
    const collector = await t.gql(
      'mutation($i: PointTaskRefInput!) { approveConsolidation(input: $i) { status } }',
      { i: ref() },
      tokens.collector,
    );
    expect(errorOf(collector).code).toBe('FORBIDDEN');

    // An opinion marked 不予报送 after it went into a suggestion leaves that suggestion standing for no one: refused.
    const lone = (await workbench()).suggestions.edges
      .map((e) => e.node)
      .find((s) => s.counts.opinions === 1)!;
    const loneSources = await t.gql<{
      suggestion: { sources: { edges: Array<{ node: { sourceId: string } }> } };
    }>(
      'query($id: ID!) { suggestion(id: $id) { sources(first: 1) { edges { node { sourceId } } } } }',
      { id: lone.id },
      tokens.liaison,
    );
    const marked = await t.gql(
      'mutation($i: OpinionStatusInput!) { markOpinionOutOfScope(input: $i) { status } }',
      {
        i: {
          id: loneSources.data!.suggestion.sources.edges[0].node.sourceId,
          reason: '不属于本条例调整范围',
        },
      },
      tokens.liaison,
    );
    expect(marked.errors).toBeUndefined();
    const REQUEST = 'mutation($i: PointTaskRefInput!) { requestConsolidationApproval(input: $i) { status } }';
    expect(errorOf(await t.gql(REQUEST, { i: ref() }, tokens.liaison))).toMatchObject({
      code: 'CONFLICT',
      reason: 'SUGGESTIONS_WITHOUT_SOURCES',
    });
    const deleted = await t.gql<{
      deleteSuggestion: {
        deletedSuggestionId: string;
        consolidation: { suggestions: { edges: Array<{ node: { id: string } }> } };
      };
    }>(
      'mutation($i: SuggestionVersionInput!) { deleteSuggestion(input: $i) { deletedSuggestionId consolidation { suggestions(first: 100) { edges { node { id } } } } } }',
      { i: { id: lone.id, version: lone.version } },
      tokens.liaison,
    );
    // The payload names what went and shows the consolidation without it.
    expect(deleted.data!.deleteSuggestion.deletedSuggestionId).toBe(lone.id);
    expect(
      deleted.data!.deleteSuggestion.consolidation.suggestions.edges.map((e) => e.node.id),
    ).not.toContain(lone.id);
    // Review is entered only through the sign-off, never by a bare state change.
    const TRANSITION =
      'mutation($input: TransitionPointTaskInput!) { transitionPointTask(input: $input) { state } }';
    expect(
      (await t.gql(TRANSITION, { input: { ...ref(), to: 'CONSOLIDATING' } }, tokens.liaison)).errors,
    ).toBeUndefined();
    expect(
      errorOf(await t.gql(TRANSITION, { input: { ...ref(), to: 'UNDER_REVIEW' } }, tokens.head)),
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'TRANSITION_NOT_BY_HAND',
    });

    const requested = await t.gql<{ requestConsolidationApproval: { status: string } }>(
      'mutation($i: PointTaskRefInput!) { requestConsolidationApproval(input: $i) { status } }',
      { i: ref() },
      tokens.liaison,
    );
    expect(requested.data!.requestConsolidationApproval.status).toBe('PENDING_APPROVAL');
    const s = (await workbench()).suggestions.edges[0].node;
    const edit = await t.gql(
      'mutation($i: UpdateSuggestionInput!) { updateSuggestion(input: $i) { id } }',
      { i: { id: s.id, version: s.version, proposedChange: '审核中不能改' } },
      tokens.liaison,
    );
    expect(errorOf(edit)).toMatchObject({ code: 'CONFLICT', reason: 'CONSOLIDATION_FROZEN' });
    // A deputy head approves only under the head's delegation.
    const undelegated = await t.gql(
      'mutation($i: PointTaskRefInput!) { approveConsolidation(input: $i) { status } }',
      { i: ref() },
      tokens.deputy,
    );
    expect(errorOf(undelegated)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_APPROVER' });
    // The head's inbox has the request.
    const inbox = await t.gql<{ notifications: { edges: Array<{ node: { kind: string } }> } }>(
      '{ notifications(first: 20) { edges { node { kind } } } }',
      {},
      tokens.head,
    );
    expect(inbox.data!.notifications.edges.map((e) => e.node.kind)).toContain('APPROVAL_REQUESTED');
  });

  it('lets the head delegate to a deputy, who returns it once; the head approves and the liaison submits once', async () => {
    const deputyId = (await t.gql<{ me: { id: string } }>('{ me { id } }', {}, tokens.deputy)).data!.me.id;
    const delegated = await t.gql<{
      delegateConsolidationApproval: {
        active: boolean;
        delegation: { accountId: string; revokedAt: string | null };
      };
    }>(
      'mutation($i: DelegateApprovalInput!) { delegateConsolidationApproval(input: $i) { active delegation { accountId revokedAt } } }',
      { i: { contactPointId: pointId, accountId: deputyId } },
      tokens.head,
    );
    expect(delegated.data!.delegateConsolidationApproval).toEqual({
      active: true,
      delegation: { accountId: deputyId, revokedAt: null },
    });
    const returned = await t.gql<{ returnConsolidation: { status: string; returnReason: string } }>(
      'mutation($i: ReturnConsolidationInput!) { returnConsolidation(input: $i) { status returnReason } }',
      { i: { ...ref(), reason: '第九条的理由请再补充。' } },
      tokens.deputy,
    );
    expect(returned.data!.returnConsolidation).toEqual({
      status: 'DRAFTING',
      returnReason: '第九条的理由请再补充。',
    });
    await t.gql(
      'mutation($i: PointTaskRefInput!) { requestConsolidationApproval(input: $i) { status } }',
      { i: ref() },
      tokens.liaison,
    );
    // Before approval the legislature cannot see it.
    const early = await t.gql(WORKBENCH, { t: dogTaskId, p: pointId }, tokens.legislature);
    expect(errorOf(early).code).toBe('NOT_FOUND');
    const approved = await t.gql<{ approveConsolidation: { status: string; approvedAs: string } }>(
      'mutation($i: PointTaskRefInput!) { approveConsolidation(input: $i) { status approvedAs } }',
      { i: ref() },
      tokens.head,
    );
    expect(approved.data!.approveConsolidation).toEqual({ status: 'APPROVED', approvedAs: '点长' });
    const numbers = (await workbench()).suggestions.edges.map((e) => e.node.number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));

    const SUBMIT =
      'mutation($i: PointTaskRefInput!) { submitConsolidation(input: $i) { status submittedAt } }';
    const submitted = await t.gql<{ submitConsolidation: { status: string } }>(
      SUBMIT,
      { i: ref() },
      tokens.liaison,
    );
    expect(submitted.data!.submitConsolidation.status).toBe('SUBMITTED');
    expect(errorOf(await t.gql(SUBMIT, { i: ref() }, tokens.liaison))).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_SUBMITTED',
    });
    const task = await t.gql<{ consultationTask: { pointTasks: Array<{ state: string }> } }>(
      `{ consultationTask(id: "${dogTaskId}") { pointTasks { state } } }`,
      {},
      tokens.head,
    );
    expect(task.data!.consultationTask.pointTasks[0].state).toBe('SUBMITTED');
    const audit = await t.db.query(
      `SELECT action FROM audit_record WHERE entity_type = 'Consolidation' ORDER BY occurred_at, id`,
    );
    expect((audit as Array<{ action: string }>).map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'consolidation.pending_approval',
        'consolidation.approved',
        'consolidation.submitted',
      ]),
    );
  });

  it('gives the legislature its view across points and both files, without any personal data', async () => {
    const byProvision = await t.gql<{
      feedbackByProvision: {
        totalCount: number;
        edges: Array<{
          node: {
            citation: string;
            opinions: number;
            points: Array<{ contactPointName: string; suggestions: number }>;
          };
        }>;
      };
    }>(
      `query($t: ID!) { feedbackByProvision(taskId: $t, first: 100) { totalCount edges { node { citation opinions suggestions points { contactPointName suggestions opinions } items { proposedChange } } } } }`,
      { t: dogTaskId },
      tokens.legislature,
    );
    expect(byProvision.errors).toBeUndefined();
    const rows = byProvision.data!.feedbackByProvision.edges.map((e) => e.node);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows[0].points[0].contactPointName).toContain('西南大学');

    // The legislature sees the suggestions, never the opinions behind them.
    const hidden = await t.gql<{
      consolidation: {
        unaccountedOpinions: null;
        duplicateGroups: null;
        suggestions: { edges: Array<{ node: { sources: { edges: Array<{ node: { opinion: null } }> } } }> };
      };
    }>(
      `query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { unaccountedOpinions(first: 1) { totalCount } duplicateGroups(first: 1) { totalCount }
        suggestions(first: 3) { edges { node { sources(first: 3) { edges { node { opinion { id } } } } } } } } }`,
      { t: dogTaskId, p: pointId },
      tokens.legislature,
    );
    expect(hidden.data!.consolidation.unaccountedOpinions).toBeNull();
    expect(hidden.data!.consolidation.duplicateGroups).toBeNull();
    const opinionsSeen = hidden.data!.consolidation.suggestions.edges.flatMap((e) =>
      e.node.sources.edges.map((s) => s.node.opinion),
    );
    expect(opinionsSeen.every((o) => o === null)).toBe(true);

    const exported = async (format: 'DOCX' | 'XLSX') => {
      const res = await t.gql<{ exportConsolidatedFeedback: { url: string; filename: string } }>(
        'mutation($i: ExportConsolidatedFeedbackInput!) { exportConsolidatedFeedback(input: $i) { url filename } }',
        { i: { ...ref(), format } },
        tokens.legislature,
      );
      expect(res.errors).toBeUndefined();
      const { url, filename } = res.data!.exportConsolidatedFeedback;
      expect(filename.endsWith(`.${format.toLowerCase()}`)).toBe(true);
      expect((await t.download(url)).status).toBe(401);
      const file = await t.download(url, tokens.legislature);
      expect(file.status).toBe(200);
      return file.body;
    };
    const c = await workbench('head');
    const docx = await exported('DOCX');
    const text = await docxText(docx);
    // As printed: headings kept with their tables, rows of the main table whole where they fit on a page.
    const xml = zipText(docx, 'word/document.xml');
    const headingAt = xml.indexOf('按联系单位统计');
    expect(xml.slice(xml.lastIndexOf('<w:p>', headingAt), headingAt)).toContain('<w:keepNext/>');
    const mainTable = xml.slice(xml.indexOf('<w:tbl>', xml.indexOf('意见建议汇总表', headingAt)));
    const mainRows = mainTable.slice(0, mainTable.indexOf('</w:tbl>')).split('<w:tr>').slice(1);
    expect(mainRows.length).toBe(c.suggestions.edges.length + 1);
    expect(mainRows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    expect(text).toContain('《重庆市养犬管理条例（草案）》意见建议汇总表');
    for (const header of ['序号', '条款', '原文', '修改意见', '理由', '提出单位或个人'])
      expect(text).toContain(header);
    expect(text).toContain('西南大学');
    for (const secret of ['王建国', '13983000001']) expect(text).not.toContain(secret);
    // Rows in the draft's order: the first suggestion's text comes before the last one's.
    const nodes = c.suggestions.edges.map((e) => e.node);
    expect(text.indexOf(nodes[0].proposedChange.slice(0, 12))).toBeLessThan(
      text.indexOf(nodes.at(-1)!.proposedChange.slice(0, 12)),
    );

    const xlsx = await exported('XLSX');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet('汇总表')!;
    const values: string[][] = [];
    sheet.eachRow((row) =>
      values.push((row.values as Array<string | number | null>).slice(1).map((v) => String(v ?? ''))),
    );
    const headerAt = values.findIndex((r) => r[0] === '序号');
    expect(values[headerAt].slice(0, 6)).toEqual([
      '序号',
      '条款',
      '原文',
      '修改意见',
      '理由',
      '提出单位或个人',
    ]);
    const body = values.slice(headerAt + 1);
    expect(body.map((r) => Number(r[0]))).toEqual(nodes.map((n) => n.number));
    expect(body.map((r) => r[3])).toEqual(nodes.map((n) => n.proposedChange));
    // Rows as tall as their wrapped text: the longest proposal gets more than one line; every sheet prints on A4.
    const longest = body.reduce((a, r, i) => (r[3].length > body[a][3].length ? i : a), 0);
    expect(body[longest][3].length).toBeGreaterThan(30);
    expect(sheet.getRow(headerAt + 2 + longest).height).toBeGreaterThan(15);
    for (const ws of workbook.worksheets) {
      expect([ws.name, ws.pageSetup]).toEqual([
        ws.name,
        expect.objectContaining({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
      ]);
    }
    const sources = workbook.getWorksheet('来源意见')!;
    expect(sources.rowCount - 1).toBeGreaterThanOrEqual(c.counts.active);
    const flat = JSON.stringify(values) + JSON.stringify(sources.getSheetValues());
    for (const secret of ['王建国', '13983000001']) expect(flat).not.toContain(secret);

    // Another point's staff, or a collector, may not export it.
    const refused = await t.gql(
      'mutation($i: ExportConsolidatedFeedbackInput!) { exportConsolidatedFeedback(input: $i) { url } }',
      { i: { ...ref(), format: 'DOCX' } },
      tokens.collector,
    );
    expect(errorOf(refused).code).toBe('NOT_FOUND');

    // The cross-point table's cover gives the point's own approval and submission, not 尚未审核 / 尚未报送.
    const across = await t.gql<{ exportTaskFeedback: { url: string } }>(
      'mutation($i: ExportTaskFeedbackInput!) { exportTaskFeedback(input: $i) { url } }',
      { i: { taskId: dogTaskId, format: 'DOCX' } },
      tokens.legislature,
    );
    expect(across.errors).toBeUndefined();
    const cover = await docxText(
      await t.download(across.data!.exportTaskFeedback.url, tokens.legislature).then((f) => f.body),
    );
    expect(cover).not.toContain('尚未审核');
    expect(cover).not.toContain('尚未报送');
    expect(cover).toMatch(/审核：\S*审核同意，\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/u);
    expect(cover).toMatch(/报送：\S*\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}报送/u);
  });
});
