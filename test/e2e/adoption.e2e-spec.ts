import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';
import { Clock } from '@app/common';
import { FILE_LINK_LIMITS } from '@app/identity';
import ExcelJS from 'exceljs';
import { docxText } from '../support/office-files.js';
import { demoTaskRefs, errorOf, startTestApp, type TestApp } from '../support/test-app.js';
import { pollJob } from '../support/jobs.js';

/**
 * Adoption feedback on the demo: the 2022 ledger as the report tells it, then the dog-management task consolidated,
 * submitted, decided and published, its outcome reaching the collector; evidence from a later version; the documents.
 */
interface SuggestionRow {
  id: string;
  number: number;
  citation: string;
  proposedChange: string;
  sources: { edges: Array<{ node: { sourceId: string } }> };
}

describe('adoption feedback and the ledger', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let dogTaskId: string;
  let charityTaskId: string;
  let pointId: string;
  let suggestions: SuggestionRow[];
  /** The dog-task row merged from the collector's visit and forum opinions (neither contributor asked to be told). */
  let mergedId = '';

  const download = async (url: string, token: string): Promise<Buffer> => {
    const res = await t.download(url, token);
    expect(res.status).toBe(200);
    return res.body;
  };
  const LEDGER = `query($p: ID!, $y: Int!) { adoptionLedger(contactPointId: $p, year: $y) {
    tasks opinions suggestions adopted partiallyAdopted notAdopted underStudy adoptionRate
    byTask { label tasks opinions suggestions adopted partiallyAdopted }
    byUnit { label opinions suggestions adopted partiallyAdopted }
    byCollector { label opinions suggestions adopted }
    byChannel { label opinions } } }`;
  type LedgerLine = Record<string, number> & { label: string };
  const ledger = async (token: string) => {
    const res = await t.gql<{
      adoptionLedger: Record<string, number> &
        Record<'byTask' | 'byUnit' | 'byCollector' | 'byChannel', LedgerLine[]>;
    }>(LEDGER, { p: pointId, y: 2022 }, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.adoptionLedger;
  };
  const DECIDE =
    'mutation($i: RecordAdoptionDecisionInput!) { recordAdoptionDecision(input: $i) { id outcome reason version publishedAt changedSincePublished } }';

  /**
   * Every line of every breakdown of the 2022 ledger opens to exactly the suggestions it counts (all and adopted), and
   * each breakdown's opinions add up to the ledger's.
   */
  const expectBreakdownsOpenToTheirSuggestions = async (opinions: number) => {
    const lines = await t.gql<{
      adoptionLedger: Record<'byUnit' | 'byCollector' | 'byChannel', Array<LedgerLine & { key: string }>>;
    }>(
      `query($p: ID!) { adoptionLedger(contactPointId: $p, year: 2022) {
        byUnit { key label opinions suggestions adopted } byCollector { key label opinions suggestions adopted }
        byChannel { key label opinions suggestions adopted } } }`,
      { p: pointId },
      tokens.head,
    );
    const drill = {
      byUnit: 'liaisonUnitId: ID',
      byCollector: 'collectorId: ID',
      byChannel: 'channel: OpinionChannel',
    };
    for (const [by, arg] of Object.entries(drill) as Array<[keyof typeof drill, string]>) {
      const breakdown = lines.data!.adoptionLedger[by];
      expect(breakdown.reduce((n, l) => n + l.opinions, 0)).toBe(opinions);
      const [name, type] = arg.split(': ');
      for (const line of breakdown.filter((l) => l.key !== '')) {
        const behind = await t.gql<{ all: { totalCount: number }; adopted: { totalCount: number } }>(
          `query($p: ID!, $k: ${type}) {
            all: ledgerSuggestions(contactPointId: $p, year: 2022, ${name}: $k, first: 0) { totalCount }
            adopted: ledgerSuggestions(contactPointId: $p, year: 2022, ${name}: $k, outcome: ADOPTED, first: 0) { totalCount } }`,
          { p: pointId, k: line.key },
          tokens.head,
        );
        expect([by, line.label, behind.data!.all.totalCount, behind.data!.adopted.totalCount]).toEqual([
          by,
          line.label,
          line.suggestions,
          line.adopted,
        ]);
      }
    }
    return lines.data!.adoptionLedger;
  };

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['legislature', 'head', 'liaison', 'collector', 'unit', 'expert'])
      tokens[user] = await t.login(user);
    ({ dogTaskId, charityTaskId, pointId } = await demoTaskRefs(t, tokens.head));
  });
  afterAll(() => t.close());

  it('reads the 2022 ledger of the demo point as the report tells it: 9 tasks, 6 adopted, 17 partly adopted', async () => {
    const contract = await t.gql<{ adoptionLedger: Record<string, number> }>(
      `query($p: ID!) { adoptionLedger(contactPointId: $p, year: 2022) { tasks opinions suggestions adopted partiallyAdopted notAdopted } }`,
      { p: pointId },
      tokens.head,
    );
    expect(contract.errors).toBeUndefined();
    const figures = contract.data!.adoptionLedger;
    expect(figures).toMatchObject({ tasks: 9, adopted: 6, partiallyAdopted: 17 });
    expect(figures.notAdopted).toBeGreaterThan(0);
    expect(figures.suggestions).toBeGreaterThanOrEqual(6 + 17 + figures.notAdopted);

    const full = await ledger(tokens.legislature);
    expect(full.byTask).toHaveLength(9);
    expect(full.byTask.reduce((n, l) => n + l.adopted, 0)).toBe(6);
    expect(full.byTask.reduce((n, l) => n + l.opinions, 0)).toBe(full.opinions);
    expect(full.adoptionRate).toBeCloseTo((6 + 17) / full.suggestions, 5);
    const union = full.byUnit.find((u) => u.label === '北碚区总工会')!;
    expect(union.opinions).toBeGreaterThan(0);
    expect(full.byCollector.map((c) => c.label)).toContain('杨帆（北碚区总工会）');

    // Each figure opens to the suggestions behind it.
    const adopted = await t.gql<{
      ledgerSuggestions: { totalCount: number; edges: Array<{ node: { decision: { outcome: string } } }> };
    }>(
      `query($p: ID!) { ledgerSuggestions(contactPointId: $p, year: 2022, outcome: ADOPTED, first: 20) { totalCount edges { node { decision { outcome } } } } }`,
      { p: pointId },
      tokens.head,
    );
    expect(adopted.data!.ledgerSuggestions.totalCount).toBe(6);
    expect(adopted.data!.ledgerSuggestions.edges.every((e) => e.node.decision.outcome === 'ADOPTED')).toBe(
      true,
    );
    const partly = await t.gql<{ ledgerSuggestions: { totalCount: number } }>(
      `query($p: ID!) { ledgerSuggestions(contactPointId: $p, year: 2022, outcome: PARTIALLY_ADOPTED, first: 1) { totalCount } }`,
      { p: pointId },
      tokens.head,
    );
    expect(partly.data!.ledgerSuggestions.totalCount).toBe(17);
    await expectBreakdownsOpenToTheirSuggestions(full.opinions);
    // Other years are empty; a collector may not read the ledger.
    expect(
      (
        await t.gql<{ adoptionLedger: { tasks: number } }>(
          `query($p: ID!) { adoptionLedger(contactPointId: $p, year: 2021) { tasks } }`,
          { p: pointId },
          tokens.head,
        )
      ).data!.adoptionLedger.tasks,
    ).toBe(0);
    expect(errorOf(await t.gql(LEDGER, { p: pointId, y: 2022 }, tokens.collector)).code).toBe('FORBIDDEN');
  });

  it('records the 2022 year as it happened: issued, signed off on the deadline, answered weeks later', async () => {
    const list = await t.gql<{
      consultationTasks: {
        edges: Array<{ node: { id: string; title: string; issuedAt: string; deadline: string } }>;
      };
    }>(
      '{ consultationTasks(first: 100) { edges { node { id title issuedAt deadline } } } }',
      {},
      tokens.legislature,
    );
    const property = list.data!.consultationTasks.edges.find((e) => e.node.title.includes('物业管理'))!.node;
    expect(property.issuedAt).toBe('2022-03-22T02:00:00.000Z');
    const submitted = await t.gql<{
      submittedConsolidations: Array<{ approvedAt: string; submittedAt: string }>;
    }>(
      `query($t: ID!) { submittedConsolidations(taskId: $t) { approvedAt submittedAt } }`,
      { t: property.id },
      tokens.legislature,
    );
    const [table] = submitted.data!.submittedConsolidations;
    // Deadline 2022-04-02 (China time): approved at 15:00 and sent at 16:30 that day.
    expect(table).toEqual({
      approvedAt: '2022-04-02T07:00:00.000Z',
      submittedAt: '2022-04-02T08:30:00.000Z',
    });
    const decisions = await t.gql<{
      ledgerSuggestions: { edges: Array<{ node: { decision: { publishedAt: string } | null } }> };
    }>(
      `query($p: ID!) { ledgerSuggestions(contactPointId: $p, year: 2022, first: 100) { edges { node { decision { publishedAt } } } } }`,
      { p: pointId },
      tokens.head,
    );
    const answers = decisions.data!.ledgerSuggestions.edges.map((e) => e.node.decision);
    // The dog-management and charity first rounds wait for the legislature's decisions (their 修改稿 is out).
    const { FIRST_ROUND_OPINIONS } = await import('../../libs/demo/src/demo-first-rounds.js');
    expect(answers.filter((d) => !d)).toHaveLength(FIRST_ROUND_OPINIONS.length);
    const published = answers.filter((d) => d !== null).map((d) => d.publishedAt);
    expect(published.length).toBeGreaterThan(23);
    expect(published.every((at) => at > '2022-04-02' && at < '2023-02-01')).toBe(true);
    // Every notice the demo left in the head's inbox is dated in its own time: the 2022 year's before 2023, the open
    // round's within the last days; none is dated after now.
    const inbox = await t.gql<{
      notifications: { edges: Array<{ node: { createdAt: string; title: string } }> };
    }>('{ notifications(first: 100) { edges { node { createdAt title } } } }', {}, tokens.head);
    const notes = inbox.data!.notifications.edges.map((e) => e.node);
    const now = new Date().toISOString();
    const fortnightAgo = new Date(Date.now() - 15 * 24 * 3600_000).toISOString();
    expect(
      notes.every((n) => n.createdAt < '2023-02-01' || (n.createdAt > fortnightAgo && n.createdAt <= now)),
    ).toBe(true);
    expect(notes.filter((n) => n.createdAt < '2023-02-01').length).toBeGreaterThan(0);
  });

  it("counts this year's open rounds live: every breakdown adds up to the opinions, those without a unit on one line", async () => {
    // Tasks not yet submitted are counted from the opinions as they stand (per unit and channel from the kept tally,
    // per collector from the opinions): the demo's open round, and an expert's opinion, which has no liaison unit.
    // The ledger's year is the task's issue year (China time), not today's: the demo's open rounds were issued 10 and 7
    // days before it was seeded, so from Beijing's 1 to 10 January they count in the year before (read as today's year,
    // the ledger grew by nothing then).
    const ledgerOpinions = async (y: number) =>
      (
        await t.gql<{ adoptionLedger: { opinions: number } }>(
          `query($p: ID!, $y: Int!) { adoptionLedger(contactPointId: $p, year: $y) { opinions } }`,
          { p: pointId, y },
          tokens.head,
        )
      ).data!.adoptionLedger.opinions;
    const mine = await t.gql<{ myAssignments: { edges: Array<{ node: { taskId: string } }> } }>(
      '{ myAssignments(first: 20) { edges { node { taskId } } } }',
      {},
      tokens.expert,
    );
    const taskIds = [...new Set(mine.data!.myAssignments.edges.map((e) => e.node.taskId))];
    let submitted = false;
    let year = 0;
    let before = 0;
    for (const taskId of taskIds) {
      const { issueDate } = (
        await t.gql<{ consultationTask: { issueDate: string } }>(
          'query($id: ID!) { consultationTask(id: $id) { issueDate } }',
          { id: taskId },
          tokens.head,
        )
      ).data!.consultationTask;
      year = Number(issueDate.slice(0, 4));
      before = await ledgerOpinions(year);
      const res = await t.gql(
        'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { receiptNumber } }',
        { i: { taskId, proposedChange: '专家意见：建议增加过渡期的规定。', channel: 'ONLINE' } },
        tokens.expert,
      );
      if (!res.errors) {
        submitted = true;
        break;
      }
    }
    expect(submitted).toBe(true);
    const lines = await t.gql<{
      adoptionLedger: { opinions: number } & Record<
        'byUnit' | 'byCollector' | 'byChannel',
        Array<{ key: string; label: string; opinions: number }>
      >;
    }>(
      `query($p: ID!, $y: Int!) { adoptionLedger(contactPointId: $p, year: $y) { opinions
        byUnit { key label opinions } byCollector { key label opinions } byChannel { key label opinions } } }`,
      { p: pointId, y: year },
      tokens.head,
    );
    const figures = lines.data!.adoptionLedger;
    expect(figures.opinions).toBe(before + 1);
    for (const by of ['byUnit', 'byCollector', 'byChannel'] as const) {
      expect([by, figures[by].reduce((n, l) => n + l.opinions, 0)]).toEqual([by, figures.opinions]);
      expect(new Set(figures[by].map((l) => l.key)).size).toBe(figures[by].length);
    }
    const withoutUnit = figures.byUnit.filter((l) => l.key === '');
    expect(withoutUnit).toHaveLength(1);
    expect(withoutUnit[0].opinions).toBeGreaterThan(0);
    expect(figures.byUnit.filter((l) => l.key !== '').every((l) => l.opinions > 0 && !!l.label)).toBe(true);
  });

  it('consolidates and submits the dog-management task (the step before decisions)', async () => {
    const ref = { taskId: dogTaskId, contactPointId: pointId };
    const run = (mutation: string, user: string) =>
      t.gql(`mutation($i: PointTaskRefInput!) { ${mutation} }`, { i: ref }, tokens[user]);
    expect((await run('draftSuggestions(input: $i) { created }', 'liaison')).errors).toBeUndefined();
    // One row made of two of the collector's opinions, one from a visit and one from a forum: it stands once for his
    // unit and once for each channel (the ledger's breakdowns are checked against this after publishing).
    const drafted = await t.gql<{
      consolidation: {
        suggestions: {
          edges: Array<{
            node: {
              id: string;
              version: number;
              proposedChange: string;
              sources: { edges: Array<{ node: { opinion: { channel: string } | null } }> };
            };
          }>;
        };
      };
    }>(
      `query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { suggestions(first: 100) { edges { node {
        id version proposedChange sources(first: 20) { edges { node { opinion { channel } } } } } } } } }`,
      { t: dogTaskId, p: pointId },
      tokens.liaison,
    );
    const single = (channel: string) =>
      drafted
        .data!.consolidation.suggestions.edges.map((e) => e.node)
        .find(
          (n) =>
            !n.proposedChange.includes('每户限养两只犬') &&
            n.sources.edges.length === 1 &&
            n.sources.edges[0].node.opinion?.channel === channel,
        )!;
    const [visit, forum] = [single('VISIT'), single('FORUM')];
    const merged = await t.gql<{ mergeSuggestions: { id: string } }>(
      'mutation($i: MergeSuggestionsInput!) { mergeSuggestions(input: $i) { id } }',
      { i: { suggestions: [visit, forum].map((n) => ({ id: n.id, version: n.version })) } },
      tokens.liaison,
    );
    expect(merged.errors).toBeUndefined();
    mergedId = merged.data!.mergeSuggestions.id;
    for (const [mutation, user] of [
      ['requestConsolidationApproval(input: $i) { status }', 'liaison'],
      ['approveConsolidation(input: $i) { status }', 'head'],
      ['submitConsolidation(input: $i) { status }', 'liaison'],
    ] as const) {
      expect((await run(mutation, user)).errors).toBeUndefined();
    }
    const res = await t.gql<{ consolidation: { suggestions: { edges: Array<{ node: SuggestionRow }> } } }>(
      `query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { suggestions(first: 100) { edges { node { id number citation proposedChange sources(first: 20) { edges { node { sourceId } } } } } } } }`,
      { t: dogTaskId, p: pointId },
      tokens.head,
    );
    suggestions = res.data!.consolidation.suggestions.edges.map((e) => e.node);
    expect(suggestions.length).toBeGreaterThan(5);
  });

  it('refuses bad decisions with a clear error and writes nothing', async () => {
    // Not submitted to the legislature (the charity task is still being collected).
    await t.gql(
      'mutation($i: PointTaskRefInput!) { draftSuggestions(input: $i) { created } }',
      { i: { taskId: charityTaskId, contactPointId: pointId } },
      tokens.liaison,
    );
    const charity = await t.gql<{
      consolidation: { suggestions: { edges: Array<{ node: { id: string } }> } };
    }>(
      `query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { suggestions(first: 1) { edges { node { id } } } } }`,
      { t: charityTaskId, p: pointId },
      tokens.head,
    );
    const unsubmitted = charity.data!.consolidation.suggestions.edges[0].node.id;
    // The legislature was not sent it: to its staff it answers as a missing suggestion does (no oracle of the point's
    // unsubmitted work), with nothing in the answer to tell the two apart.
    const decideAs = async (suggestionId: string) =>
      errorOf(
        await t.gql(DECIDE, { i: { suggestionId, outcome: 'ADOPTED', reason: '采纳' } }, tokens.legislature),
      );
    const missing = await decideAs('01890000-0000-7000-8000-000000000000');
    expect(missing).toMatchObject({ code: 'NOT_FOUND', reason: 'SUGGESTION_NOT_FOUND' });
    expect(await decideAs(unsubmitted)).toEqual({
      ...missing,
      message: missing.message.replace('01890000-0000-7000-8000-000000000000', unsubmitted),
    });
    // A decision by contact-point staff.
    expect(
      errorOf(
        await t.gql(
          DECIDE,
          { i: { suggestionId: suggestions[0].id, outcome: 'ADOPTED', reason: '采纳' } },
          tokens.head,
        ),
      ).code,
    ).toBe('FORBIDDEN');
    // An unknown outcome, a reason over the limit.
    const unknown = await t.gql(
      DECIDE,
      { i: { suggestionId: suggestions[0].id, outcome: 'MAYBE', reason: '不知' } },
      tokens.legislature,
    );
    expect(errorOf(unknown).code).toBe('BAD_USER_INPUT');
    const long = await t.gql(
      DECIDE,
      { i: { suggestionId: suggestions[0].id, outcome: 'ADOPTED', reason: '长'.repeat(1001) } },
      tokens.legislature,
    );
    expect(errorOf(long).code).toBe('BAD_USER_INPUT');
    expect(long.errors![0].extensions.fields).toEqual([expect.objectContaining({ field: 'input.reason' })]);
    // Publishing an empty set.
    const empty = await t.gql(
      'mutation($i: PublishAdoptionDecisionsInput!) { publishAdoptionDecisions(input: $i) { decisions } }',
      { i: { taskId: dogTaskId } },
      tokens.legislature,
    );
    expect(errorOf(empty)).toMatchObject({ code: 'CONFLICT', reason: 'NOTHING_TO_PUBLISH' });
    const rows = await t.db.query<Array<{ n: number | string }>>(
      'SELECT COUNT(*) AS n FROM adoption_decision WHERE task_id = ?',
      [dogTaskId],
    );
    expect(Number(rows[0].n)).toBe(0);
  });

  it('offers evidence from a later version, which the legislature confirms; nothing is published by itself', async () => {
    const drafts = await t.gql<{ drafts: { edges: Array<{ node: { id: string; title: string } }> } }>(
      '{ drafts(first: 20) { edges { node { id title } } } }',
      {},
      tokens.legislature,
    );
    const draftId = drafts.data!.drafts.edges.find((e) => e.node.title.includes('养犬'))!.node.id;
    const { DOG_DRAFT_TEXT_REVISED } = await import('../../libs/demo/src/demo-draft-texts.js');
    const later = await t.gql<{ addDraftVersion: { id: string; followUpJob: { id: string } } }>(
      'mutation($i: AddDraftVersionInput!) { addDraftVersion(input: $i) { id followUpJob { id } } }',
      {
        i: {
          draftId,
          stage: 'SECOND_READING',
          label: '二审稿',
          text: DOG_DRAFT_TEXT_REVISED.replace('每户限养一只犬。', '每户限养两只犬，但烈性犬除外。'),
        },
      },
      tokens.legislature,
    );
    expect(later.errors).toBeUndefined();
    const laterVersionId = later.data!.addDraftVersion.id;
    // Adding the version was enough: its follow-up job gives each suggestion submitted on the task its evidence.
    const followUp = await pollJob(
      (q, v) => t.gql(q, v, tokens.legislature),
      later.data!.addDraftVersion.followUpJob.id,
    );
    expect(followUp.at(-1)).toMatchObject({ kind: 'drafts.versionFollowUp', state: 'SUCCEEDED' });
    const limit = suggestions.find((s) => s.proposedChange.includes('每户限养两只犬'))!;
    const EVIDENCE = `query($id: ID!) { suggestion(id: $id) { decision { id } evidence { suggestedOutcome provisionChanged matchedPassages { text } } } }`;
    type Evidence = {
      suggestion: {
        evidence: Array<{
          suggestedOutcome: string;
          provisionChanged: boolean;
          matchedPassages: Array<{ text: string }>;
        }>;
        decision: null;
      };
    };
    const evidence = await t.gql<Evidence>(EVIDENCE, { id: limit.id }, tokens.legislature);
    expect(evidence.data!.suggestion.evidence).toHaveLength(1);
    // Asking again (say after more points submitted) recomputes it for every suggestion, without duplicates.
    const proposed = await t.gql<{ proposeAdoptionFromText: unknown[] }>(
      'mutation($i: ProposeAdoptionFromTextInput!) { proposeAdoptionFromText(input: $i) { suggestedOutcome provisionChanged laterCitation matchedPassages { text start end } summary } }',
      { i: { taskId: dogTaskId, laterVersionId } },
      tokens.legislature,
    );
    expect(proposed.errors).toBeUndefined();
    expect(proposed.data!.proposeAdoptionFromText).toHaveLength(suggestions.length);
    expect(
      (await t.gql<Evidence>(EVIDENCE, { id: limit.id }, tokens.legislature)).data!.suggestion.evidence,
    ).toEqual(evidence.data!.suggestion.evidence);
    const [e] = evidence.data!.suggestion.evidence;
    expect(e.provisionChanged).toBe(true);
    expect(['ADOPTED', 'PARTIALLY_ADOPTED']).toContain(e.suggestedOutcome);
    expect(e.matchedPassages.map((p) => p.text).join('')).toContain('两只犬');
    // A proposal only: no decision was made, and the point sees no evidence.
    expect(evidence.data!.suggestion.decision).toBeNull();
    const pointView = await t.gql<{ suggestion: { evidence: unknown[] } }>(
      `query($id: ID!) { suggestion(id: $id) { evidence { summary } } }`,
      { id: limit.id },
      tokens.head,
    );
    expect(pointView.data!.suggestion.evidence).toEqual([]);
    (globalThis as Record<string, unknown>).laterVersionId = laterVersionId;
  });

  it('publishes the decisions together; the outcome reaches the collector, the unit and the point', async () => {
    const limit = suggestions.find((s) => s.proposedChange.includes('每户限养两只犬'))!;
    const recorded = await t.gql<{ recordAdoptionDecision: { version: number; publishedAt: string | null } }>(
      DECIDE,
      {
        i: {
          suggestionId: limit.id,
          outcome: 'PARTIALLY_ADOPTED',
          reason: '二审稿已放宽为每户限养两只犬，烈性犬除外。',
        },
      },
      tokens.legislature,
    );
    expect(recorded.data!.recordAdoptionDecision).toMatchObject({ version: 1, publishedAt: null });
    for (const [n, s] of suggestions
      .filter((x) => x.id !== limit.id)
      .slice(0, 3)
      .entries()) {
      // One reason with what JSON must escape: its audit record is written by the database (recordSelected).
      const reason = n === 0 ? '与上位法"规定"不一致\\（见 C:\\法规\\）。' : '与上位法规定不一致。';
      await t.gql(DECIDE, { i: { suggestionId: s.id, outcome: 'NOT_ADOPTED', reason } }, tokens.legislature);
    }
    // Before publishing, the point sees no decision and the collector no outcome.
    const opinionId = limit.sources.edges[0].node.sourceId;
    const OPINION = `query($id: ID!) { opinion(id: $id) { receiptNumber outcome { outcome reason suggestionNumber } } }`;
    expect(
      (await t.gql<{ opinion: { outcome: null } }>(OPINION, { id: opinionId }, tokens.collector)).data!
        .opinion.outcome,
    ).toBeNull();
    const before = await t.gql<{ suggestion: { decision: null } }>(
      `query($id: ID!) { suggestion(id: $id) { decision { outcome } } }`,
      { id: limit.id },
      tokens.head,
    );
    expect(before.data!.suggestion.decision).toBeNull();

    const published = await t.gql<{
      publishAdoptionDecisions: { decisions: number; opinions: number; notified: number };
    }>(
      'mutation($i: PublishAdoptionDecisionsInput!) { publishAdoptionDecisions(input: $i) { decisions opinions notified } }',
      { i: { taskId: dogTaskId } },
      tokens.legislature,
    );
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishAdoptionDecisions.decisions).toBe(4);
    // A first publication's audit records: one per decision, the same text the application would write for each.
    const records = await t.db.query<
      Array<{ beforeText: string; afterText: string; outcome: string; reason: string }>
    >(
      `SELECT a.before AS beforeText, a.after AS afterText, d.outcome AS outcome, d.reason AS reason
         FROM audit_record a JOIN adoption_decision d ON d.id = a.entity_id
        WHERE a.action = 'adoption.publish' AND a.entity_type = 'AdoptionDecision' AND d.task_id = ?`,
      [dogTaskId],
    );
    expect(records).toHaveLength(4);
    const labels: Record<string, string> = { PARTIALLY_ADOPTED: '部分采纳', NOT_ADOPTED: '未采纳' };
    expect(records.some((r) => r.reason.includes('"'))).toBe(true);
    for (const r of records) {
      expect(r.beforeText).toBe(JSON.stringify({ outcome: null, reason: null, publishedAt: null }));
      const after = JSON.parse(r.afterText) as { publishedAt: string };
      expect(r.afterText).toBe(
        JSON.stringify({
          outcome: r.outcome,
          label: labels[r.outcome],
          reason: r.reason,
          publishedAt: after.publishedAt,
        }),
      );
      expect(after.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }

    const opinion = await t.gql<{
      opinion: { outcome: { outcome: string; reason: string; suggestionNumber: number } };
    }>(OPINION, { id: opinionId }, tokens.collector);
    expect(opinion.data!.opinion.outcome).toMatchObject({
      outcome: 'PARTIALLY_ADOPTED',
      suggestionNumber: limit.number,
    });
    const inbox = await t.gql<{ notifications: { edges: Array<{ node: { kind: string; body: string } }> } }>(
      '{ notifications(first: 50) { edges { node { kind body } } } }',
      {},
      tokens.collector,
    );
    const outcomeNotes = inbox.data!.notifications.edges.filter((e) => e.node.kind === 'OUTCOME_PUBLISHED');
    expect(outcomeNotes.map((e) => e.node.body).join()).toContain('部分采纳 1 条');
    const unitInbox = await t.gql<{ notifications: { edges: Array<{ node: { kind: string } }> } }>(
      '{ notifications(first: 50) { edges { node { kind } } } }',
      {},
      tokens.unit,
    );
    expect(unitInbox.data!.notifications.edges.map((e) => e.node.kind)).toContain('OUTCOME_PUBLISHED');
    const task = await t.gql<{ consultationTask: { pointTasks: Array<{ state: string }> } }>(
      `{ consultationTask(id: "${dogTaskId}") { pointTasks { state } } }`,
      {},
      tokens.head,
    );
    expect(task.data!.consultationTask.pointTasks[0].state).toBe('FEEDBACK_RECEIVED');

    // A change after publishing: audited, not visible until published again, then announced again.
    const unversioned = await t.gql(
      DECIDE,
      { i: { suggestionId: limit.id, outcome: 'ADOPTED', reason: '未带版本号' } },
      tokens.legislature,
    );
    expect(errorOf(unversioned)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VERSION_REQUIRED' });
    const changed = await t.gql<{
      recordAdoptionDecision: { changedSincePublished: boolean; version: number };
    }>(
      DECIDE,
      {
        i: {
          suggestionId: limit.id,
          outcome: 'ADOPTED',
          reason: '表决稿采纳：每户限养两只犬。',
          expectedVersion: 1,
        },
      },
      tokens.legislature,
    );
    expect(changed.data!.recordAdoptionDecision).toMatchObject({ changedSincePublished: true, version: 2 });
    const stale = await t.gql(
      DECIDE,
      { i: { suggestionId: limit.id, outcome: 'NOT_ADOPTED', reason: '旧版本', expectedVersion: 1 } },
      tokens.legislature,
    );
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', reason: 'DECISION_VERSION_CONFLICT' });
    expect(
      (
        await t.gql<{ opinion: { outcome: { outcome: string } } }>(
          OPINION,
          { id: opinionId },
          tokens.collector,
        )
      ).data!.opinion.outcome.outcome,
    ).toBe('PARTIALLY_ADOPTED');
    const again = await t.gql<{ publishAdoptionDecisions: { decisions: number } }>(
      'mutation($i: PublishAdoptionDecisionsInput!) { publishAdoptionDecisions(input: $i) { decisions } }',
      { i: { taskId: dogTaskId } },
      tokens.legislature,
    );
    expect(again.data!.publishAdoptionDecisions.decisions).toBe(1);
    expect(
      (
        await t.gql<{ opinion: { outcome: { outcome: string } } }>(
          OPINION,
          { id: opinionId },
          tokens.collector,
        )
      ).data!.opinion.outcome.outcome,
    ).toBe('ADOPTED');
    const audit = await t.db.query<Array<{ action: string }>>(
      `SELECT action FROM audit_record WHERE entity_type = 'AdoptionDecision'`,
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'adoption.decide',
        'adoption.publish',
        'adoption.changeAfterPublishing',
        'adoption.republish',
      ]),
    );
    const secondInbox = await t.gql<{ notifications: { edges: Array<{ node: { kind: string } }> } }>(
      '{ notifications(first: 50) { edges { node { kind } } } }',
      {},
      tokens.collector,
    );
    expect(
      secondInbox.data!.notifications.edges.filter((e) => e.node.kind === 'OUTCOME_PUBLISHED').length,
    ).toBe(outcomeNotes.length + 1);

    // The dog task's open round counts in the year it was issued (this one), not in 2022's nine; the 2022 ledger is
    // unchanged, and every breakdown line still opens to exactly the suggestions it counts.
    const year = await ledger(tokens.head);
    expect(year.byTask).toHaveLength(9);
    expect(year).toMatchObject({ adopted: 6, partiallyAdopted: 17 });
    expect(year.suggestions).toBe(year.byTask.reduce((n, l) => n + l.suggestions, 0));
    await expectBreakdownsOpenToTheirSuggestions(year.opinions);
  });

  it('records that a contributor who asked to be told was told, and only then', async () => {
    // 王建国's opinion on article 9 (he agreed to be told) is the one behind the adopted suggestion.
    const limit = suggestions.find((s) => s.proposedChange.includes('每户限养两只犬'))!;
    const RECORD =
      'mutation($i: RecordFeedbackDeliveryInput!) { recordFeedbackDelivery(input: $i) { method deliveredAt } }';
    const told = await t.gql<{ recordFeedbackDelivery: { method: string } }>(
      RECORD,
      { i: { opinionId: limit.sources.edges[0].node.sourceId, method: 'PHONE', note: '已电话告知采纳情况' } },
      tokens.collector,
    );
    expect(told.errors).toBeUndefined();
    const other = suggestions.find((s) => s.id === mergedId)!;
    const refused = await t.gql(
      RECORD,
      { i: { opinionId: other.sources.edges[0].node.sourceId, method: 'PHONE' } },
      tokens.collector,
    );
    expect(errorOf(refused).code).toBe('CONFLICT');
  });

  it('exports the comparison table, the yearly evaluation and a unit feedback report that read back correctly', async () => {
    const laterVersionId = (globalThis as Record<string, unknown>).laterVersionId as string;
    const table = await t.gql<{ exportComparisonTable: { url: string; filename: string } }>(
      'mutation($i: ExportComparisonTableInput!) { exportComparisonTable(input: $i) { url filename } }',
      { i: { taskId: dogTaskId, laterVersionId } },
      tokens.legislature,
    );
    expect(table.errors).toBeUndefined();
    const docx = await docxText(await download(table.data!.exportComparisonTable.url, tokens.legislature));
    expect(docx).toContain('修改对照表');
    expect(docx).toContain('每户限养两只犬，但烈性犬除外');
    expect(docx).toContain('采纳');
    expect(docx).toContain('与上位法规定不一致');

    const evaluation = await t.gql<{ exportEvaluation: { url: string } }>(
      'mutation($i: ExportLedgerInput!) { exportEvaluation(input: $i) { url filename } }',
      { i: { contactPointId: pointId, year: 2022 } },
      tokens.head,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await download(evaluation.data!.exportEvaluation.url, tokens.head)) as unknown as Parameters<
        typeof workbook.xlsx.load
      >[0],
    );
    const units = workbook.getWorksheet('联系单位')!;
    const names: string[] = [];
    units.eachRow((row) => names.push(String(row.getCell(1).text)));
    expect(names).toContain('北碚区总工会');
    expect(workbook.getWorksheet('采集员')).toBeDefined();
    // Every unit and collector of the point is listed, those who gathered nothing with zeros.
    const point = await t.gql<{
      contactPoint: {
        liaisonUnits: { edges: Array<{ node: { name: string } }> };
        collectors: { edges: Array<{ node: { name: string } }> };
      };
    }>(
      `query($p: ID!) { contactPoint(id: $p) { liaisonUnits(first: 100) { edges { node { name } } }
        collectors(first: 100, includeInactive: true) { edges { node { name } } } } }`,
      { p: pointId },
      tokens.head,
    );
    const unitNames = point.data!.contactPoint.liaisonUnits.edges.map((e) => e.node.name);
    expect(unitNames.length).toBeGreaterThan(1);
    expect(names).toEqual(expect.arrayContaining(unitNames));
    const lines = (ws: ExcelJS.Worksheet, first: number) =>
      Array.from({ length: ws.rowCount - 3 }, (_, i) => ws.getRow(4 + i)).map((row) => ({
        name: String(row.getCell(1).text),
        opinions: Number(row.getCell(first + 1).value),
      }));
    const unitLines = lines(units, 2);
    expect(unitLines.some((l) => l.opinions === 0)).toBe(true);
    const collectorNames = lines(workbook.getWorksheet('采集员')!, 3).map((l) => l.name);
    expect(collectorNames).toEqual(
      expect.arrayContaining(point.data!.contactPoint.collectors.edges.map((e) => e.node.name)),
    );
    for (const ws of workbook.worksheets) {
      expect([ws.name, ws.pageSetup]).toEqual([
        ws.name,
        expect.objectContaining({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
      ]);
    }

    // The open charity round's year, from its notice's date (the report's year): read as "a week ago", a run crossing
    // Beijing midnight between seeding and here named the next day's week, a year too late on 7/8 January.
    const openRoundYear = Number(
      (
        await t.gql<{ consultationTask: { issueDate: string } }>(
          'query($id: ID!) { consultationTask(id: $id) { issueDate } }',
          { id: charityTaskId },
          tokens.head,
        )
      ).data!.consultationTask.issueDate.slice(0, 4),
    );
    const unitId = (
      await t.gql<{ me: { roles: Array<{ liaisonUnitId: string }> } }>(
        '{ me { roles { liaisonUnitId } } }',
        {},
        tokens.unit,
      )
    ).data!.me.roles[0].liaisonUnitId;
    {
      const report = await t.gql<{ exportFeedbackReport: { url: string } }>(
        'mutation($i: ExportFeedbackReportInput!) { exportFeedbackReport(input: $i) { url } }',
        // The demo's open charity round (issued 7 days before seeding, never submitted) holds opinions still with the point.
        { i: { liaisonUnitId: unitId, year: openRoundYear } },
        tokens.unit,
      );
      expect(report.errors).toBeUndefined();
      const text = await docxText(await download(report.data!.exportFeedbackReport.url, tokens.unit));
      expect(text).toContain('北碚区总工会');
      expect(text).toContain('采纳');
      // Where the unit's opinions went: submitted, still with the point (the charity task was never submitted), or
      // not forwarded — adding up to all of them.
      const count = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
      const all = count(/提出意见建议 (\d+) 条/u);
      const submitted = count(/已汇总报送\S+ (\d+) 条/u);
      const withPoint = count(/尚在联系点汇总、未报送 (\d+) 条/u);
      const notForwarded = count(/不予报送 (\d+) 条/u);
      expect(all).toBeGreaterThan(0);
      expect(submitted + withPoint + notForwarded).toBe(all);
      expect(withPoint).toBeGreaterThan(0);
      expect(text).toContain('（联系点尚未报送）');
    }
  });

  it('opens an export by its signed link without the header, for its caller only and for a few minutes', async () => {
    const EXPORT =
      'mutation($i: ExportLedgerInput!) { exportEvaluation(input: $i) { url signedUrl signedUrlExpiresAt } }';
    const res = await t.gql<{
      exportEvaluation: { url: string; signedUrl: string; signedUrlExpiresAt: string };
    }>(EXPORT, { i: { contactPointId: pointId, year: 2022 } }, tokens.head);
    expect(res.errors).toBeUndefined();
    const { url, signedUrl, signedUrlExpiresAt } = res.data!.exportEvaluation;
    expect(signedUrl.startsWith(`${url}&exp=`)).toBe(true);
    const ttl = new Date(signedUrlExpiresAt).getTime() - Date.now();
    expect(ttl).toBeGreaterThan((FILE_LINK_LIMITS.ttlSeconds - 30) * 1000);
    expect(ttl).toBeLessThanOrEqual(FILE_LINK_LIMITS.ttlSeconds * 1000);

    // No Authorization header: the link alone opens the file.
    const opened = await t.download(signedUrl);
    expect(opened.status).toBe(200);
    expect(opened.body.subarray(0, 2).toString()).toBe('PK');
    // Without the signature it is an ordinary unauthenticated request.
    expect((await t.download(url)).status).toBe(401);

    const refused = async (link: string, reason: string) => {
      const r = await request(t.app.getHttpServer()).get(link);
      expect([link, r.status, r.body.errors?.[0]?.extensions]).toEqual([
        link,
        401,
        expect.objectContaining({ code: 'UNAUTHENTICATED', reason }),
      ]);
    };
    // Tampered: another year, a later expiry, a changed mac.
    await refused(signedUrl.replace('year=2022', 'year=2023'), 'LINK_INVALID');
    await refused(
      signedUrl.replace(/exp=(\d+)/u, (_, e: string) => `exp=${Number(e) + 3600}`),
      'LINK_INVALID',
    );
    // Another account's name on the head's signature.
    const liaisonId = (await t.gql<{ me: { id: string } }>('{ me { id } }', {}, tokens.liaison)).data!.me.id;
    const sig = new URL(signedUrl, 'http://x').searchParams.get('sig')!;
    const headId = sig.slice(0, sig.lastIndexOf('.'));
    const mac = sig.slice(sig.lastIndexOf('.') + 1);
    const altered = `${mac[0] === 'A' ? 'B' : 'A'}${mac.slice(1)}`;
    await refused(signedUrl.replace(mac, altered), 'LINK_INVALID');
    await refused(
      signedUrl.replace(encodeURIComponent(headId), encodeURIComponent(liaisonId)),
      'LINK_INVALID',
    );

    // After its few minutes it is refused.
    const clock = t.app.get(Clock);
    const spy = jest
      .spyOn(clock, 'now')
      .mockReturnValue(new Date(Date.now() + (FILE_LINK_LIMITS.ttlSeconds + 1) * 1000));
    try {
      await refused(signedUrl, 'LINK_EXPIRED');
    } finally {
      spy.mockRestore();
    }
  });
});
