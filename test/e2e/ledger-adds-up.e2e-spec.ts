// Opinions are counted, never silently dropped: each breakdown of the ledger (按联系单位, 按采集员, 按征集方式) and each
// sheet of the 年度考核表 adds up to the ledger's total, for every figure — 报送建议, 采纳, 部分采纳, 未采纳, 研究中 and 待反馈.
// And every line (the year's, each task's, unit's, collector's and channel's, each point's in the legislature's overview)
// carries its 待反馈 (awaitingDecision), so that its outcomes and 待反馈 add up to its 报送建议 as the tables show them.
// Suggestions drafted from the experts' annotations (专家批注) have their own line (专家团队（批注）, by channel 专家批注):
// before, they counted in the totals and in no breakdown, so the lines summed to less than the total.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { submittedDogTask, type SubmittedDogTask } from '../support/submitted-dog-task.js';
import { revertMigrations } from '../support/migrations.js';
import { must, startTestApp, type TestApp } from '../support/test-app.js';

const FIGURES = ['suggestions', 'adopted', 'partiallyAdopted', 'notAdopted', 'underStudy'] as const;
type Figure = (typeof FIGURES)[number] | 'awaiting';
type Figures = Record<(typeof FIGURES)[number] | 'awaitingDecision', number> & { key: string; label: string };
interface LedgerView extends Figures {
  byTask: Figures[];
  byUnit: Figures[];
  byCollector: Figures[];
  byChannel: Figures[];
}

const EXPERT_TEAM = '专家团队（批注）';
const EXPERT_CHANNEL = '专家批注';
const LINE = `key label ${FIGURES.join(' ')} awaitingDecision`;

let t: TestApp;
let head: string;
let legislature: string;
let pointId: string;

const ledger = async (year: number): Promise<LedgerView> =>
  must(
    await t.gql<{ adoptionLedger: LedgerView }>(
      `query($p: ID!, $y: Int!) { adoptionLedger(contactPointId: $p, year: $y) {
        ${LINE} byTask { ${LINE} } byUnit { ${LINE} } byCollector { ${LINE} } byChannel { ${LINE} } } }`,
      { p: pointId, y: year },
      head,
    ),
  ).adoptionLedger;

const value = (l: Figures, figure: Figure): number =>
  figure === 'awaiting' ? l.awaitingDecision : l[figure];

/** A line's outcomes and its 待反馈 add up to its 报送建议 (采纳 + 部分采纳 + 未采纳 + 研究中 + 待反馈 = 报送建议). */
function expectLineAddsUp(where: string, l: Figures): void {
  expect({
    where,
    line: l.label,
    sum: l.adopted + l.partiallyAdopted + l.notAdopted + l.underStudy + l.awaitingDecision,
    awaitingIsCount: Number.isInteger(l.awaitingDecision) && l.awaitingDecision >= 0,
  }).toEqual({ where, line: l.label, sum: l.suggestions, awaitingIsCount: true });
}

/** Every breakdown's lines sum to the total, figure by figure, and each line (the total too) adds up on its own. */
function expectAddsUp(view: LedgerView): void {
  expectLineAddsUp('total', view);
  for (const by of ['byTask', 'byUnit', 'byCollector', 'byChannel'] as const)
    for (const line of view[by]) expectLineAddsUp(by, line);
  for (const by of ['byUnit', 'byCollector', 'byChannel'] as const)
    for (const figure of [...FIGURES, 'awaiting'] as const)
      expect({ by, figure, sum: view[by].reduce((n, l) => n + value(l, figure), 0) }).toEqual({
        by,
        figure,
        sum: value(view, figure),
      });
}

/** The 考核表's two sheets: each figure column of the lines (rows between the header and 合计) sums to 合计. */
async function expectEvaluationAddsUp(year: number): Promise<ExcelJS.Workbook> {
  const res = must(
    await t.gql<{ exportEvaluation: { url: string } }>(
      'mutation($i: ExportLedgerInput!) { exportEvaluation(input: $i) { url } }',
      { i: { contactPointId: pointId, year } },
      head,
    ),
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    (await t.download(res.exportEvaluation.url, head)).body as unknown as Parameters<
      typeof workbook.xlsx.load
    >[0],
  );
  const HEADERS = ['报送条目', '采纳', '部分采纳', '未采纳', '研究中', '待反馈'];
  for (const name of ['联系单位', '采集员']) {
    const sheet = workbook.getWorksheet(name)!;
    const header = sheet.getRow(3);
    const columns = HEADERS.map((h) => {
      let found = 0;
      header.eachCell((cell, c) => {
        if (cell.text === h) found = c;
      });
      expect({ name, h, found: found > 0 }).toEqual({ name, h, found: true });
      return found;
    });
    const sums = columns.map(() => 0);
    let total: number[] | undefined;
    for (let r = 4; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const figures = columns.map((c) => Number(row.getCell(c).value ?? 0));
      if (row.getCell(1).text === '合计') total = figures;
      else figures.forEach((n, i) => (sums[i] += n));
    }
    expect({ name, sums }).toEqual({ name, sums: total });
  }
  return workbook;
}

beforeAll(async () => {
  t = await startTestApp();
  head = await t.login('head');
  legislature = await t.login('legislature');
  pointId = must(
    await t.gql<{ contactPoints: { edges: Array<{ node: { id: string } }> } }>(
      '{ contactPoints(first: 1) { edges { node { id } } } }',
      {},
      head,
    ),
  ).contactPoints.edges[0].node.id;
});
afterAll(() => t.close());

/** The years of the demo's tasks (the ledger's year: the task's issue date in China's time). */
async function demoYears(): Promise<number[]> {
  const { consultationTasks } = must(
    await t.gql<{ consultationTasks: { edges: Array<{ node: { issuedAt: string | null } }> } }>(
      '{ consultationTasks(first: 50) { edges { node { issuedAt } } } }',
      {},
      head,
    ),
  );
  return [
    ...new Set(
      consultationTasks.edges.flatMap((e) =>
        e.node.issuedAt ? [new Date(Date.parse(e.node.issuedAt) + 8 * 3600_000).getUTCFullYear()] : [],
      ),
    ),
  ];
}

describe('the ledger adds up', () => {
  it('every breakdown of every demo year adds up to its totals, and the 考核表 too', async () => {
    const years = await demoYears();
    expect(years.length).toBeGreaterThan(0);
    for (const year of years) {
      expectAddsUp(await ledger(year));
      await expectEvaluationAddsUp(year);
    }
  });

  describe('a task with suggestions drafted from the experts’ annotations', () => {
    let dog: SubmittedDogTask;
    let year: number;
    let expertIds: string[];
    /** A suggestion merging an opinion with an annotation: it counts on its opinion's lines, not a second time. */
    let mixedId: string;

    beforeAll(async () => {
      dog = await submittedDogTask(t, async (ref, liaison) => {
        const drafted = must(
          await t.gql<{
            consolidation: {
              suggestions: {
                edges: Array<{
                  node: {
                    id: string;
                    version: number;
                    sources: { edges: Array<{ node: { type: string } }> };
                  };
                }>;
              };
            };
          }>(
            `query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { suggestions(first: 100) {
              edges { node { id version sources(first: 20) { edges { node { type } } } } } } } }`,
            { t: ref.taskId, p: ref.contactPointId },
            liaison,
          ),
        ).consolidation.suggestions.edges.map((e) => e.node);
        const kinds = (n: (typeof drafted)[number]) => new Set(n.sources.edges.map((s) => s.node.type));
        const annotationOnly = drafted.filter((n) => [...kinds(n)].every((k) => k === 'ANNOTATION'));
        const opinionOnly = drafted.filter((n) => !kinds(n).has('ANNOTATION'));
        // One annotation-only suggestion stays as drafted; the second merges with an opinion's.
        expect(annotationOnly.length).toBeGreaterThanOrEqual(2);
        const [a, o] = [annotationOnly[1], opinionOnly[opinionOnly.length - 1]];
        mixedId = must(
          await t.gql<{ mergeSuggestions: { id: string } }>(
            'mutation($i: MergeSuggestionsInput!) { mergeSuggestions(input: $i) { id } }',
            { i: { suggestions: [o, a].map(({ id, version }) => ({ id, version })) } },
            liaison,
          ),
        ).mergeSuggestions.id;
      });
      const task = must(
        await t.gql<{ consultationTask: { issuedAt: string } }>(
          'query($id: ID!) { consultationTask(id: $id) { issuedAt } }',
          { id: dog.taskId },
          head,
        ),
      ).consultationTask;
      year = new Date(Date.parse(task.issuedAt) + 8 * 3600_000).getUTCFullYear();
      const { consolidation } = must(
        await t.gql<{
          consolidation: {
            suggestions: {
              edges: Array<{ node: { id: string; sources: { edges: Array<{ node: { type: string } }> } } }>;
            };
          };
        }>(
          `query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { suggestions(first: 100) {
            edges { node { id sources(first: 20) { edges { node { type } } } } } } } }`,
          { t: dog.taskId, p: dog.pointId },
          head,
        ),
      );
      const nodes = consolidation.suggestions.edges.map((e) => e.node);
      expertIds = nodes
        .filter((n) => n.sources.edges.every((s) => s.node.type === 'ANNOTATION'))
        .map((n) => n.id);
      expect(
        nodes
          .find((n) => n.id === mixedId)!
          .sources.edges.map((s) => s.node.type)
          .sort(),
      ).toEqual(['ANNOTATION', 'OPINION']);
      const others = nodes.map((n) => n.id).filter((id) => !expertIds.includes(id) && id !== mixedId);
      expect(expertIds.length).toBeGreaterThanOrEqual(1);
      expect(others.length).toBeGreaterThanOrEqual(3);
      // Every outcome on both kinds, the rest left undecided (待反馈).
      const decisions: Array<[string, string]> = [
        [expertIds[0], 'NOT_ADOPTED'],
        [mixedId, 'ADOPTED'],
        [others[0], 'PARTIALLY_ADOPTED'],
        [others[1], 'UNDER_STUDY'],
        [others[2], 'ADOPTED'],
      ];
      for (const [suggestionId, outcome] of decisions)
        must(
          await t.gql(
            'mutation($i: RecordAdoptionDecisionInput!) { recordAdoptionDecision(input: $i) { id } }',
            { i: { suggestionId, outcome, reason: '依据二审稿的修改情况。' } },
            legislature,
          ),
        );
      must(
        await t.gql(
          'mutation($i: PublishAdoptionDecisionsInput!) { publishAdoptionDecisions(input: $i) { decisions } }',
          { i: { taskId: dog.taskId } },
          legislature,
        ),
      );
    });

    it('counts them on their own line — 专家团队（批注） by unit and by collector, 专家批注 by channel', async () => {
      const view = await ledger(year);
      expectAddsUp(view);
      for (const [lines, label] of [
        [view.byUnit, EXPERT_TEAM],
        [view.byCollector, EXPERT_TEAM],
        [view.byChannel, EXPERT_CHANNEL],
      ] as const) {
        const line = lines.find((l) => l.label === label);
        expect(line).toMatchObject({
          key: 'ANNOTATION',
          suggestions: expertIds.length,
          // The mixed suggestion (adopted) counts on its opinion's lines, not on the experts' a second time.
          adopted: 0,
          notAdopted: 1,
          partiallyAdopted: 0,
          underStudy: 0,
        });
      }
      // Every figure is in the totals too, and some are still awaiting the legislature (待反馈).
      expect(value(view, 'awaiting')).toBeGreaterThan(0);
      expect(view.notAdopted).toBeGreaterThanOrEqual(1);
      expect(view.underStudy).toBeGreaterThanOrEqual(1);
    });

    it('the 考核表 read back adds up, with the experts’ line and a 待反馈 column', async () => {
      const workbook = await expectEvaluationAddsUp(year);
      const names: string[] = [];
      workbook.getWorksheet('联系单位')!.eachRow((r) => names.push(r.getCell(1).text));
      expect(names).toContain(EXPERT_TEAM);
    });

    it('migration 1765520000000 gives tables submitted before it their experts’ line; its down takes it away', async () => {
      const before = await ledger(year);
      await revertMigrations(t.db, 'ExpertOrigin1765520000000', 'through');
      // As it was: the experts' suggestions in the totals and in no breakdown.
      const reverted = await ledger(year);
      expect(reverted.byUnit.find((l) => l.label === EXPERT_TEAM)).toBeUndefined();
      expect(reverted.byUnit.reduce((n, l) => n + l.suggestions, 0)).toBe(
        reverted.suggestions - expertIds.length,
      );
      await t.db.runMigrations();
      const again = await ledger(year);
      expectAddsUp(again);
      expect(again).toEqual(before);
    });

    it('the legislature’s overview shows the point with the same figures', async () => {
      const view = await ledger(year);
      const { adoptionLedgerOverview } = must(
        await t.gql<{
          adoptionLedgerOverview: { totals: Figures; points: { edges: Array<{ node: Figures }> } };
        }>(
          `query($y: Int!) { adoptionLedgerOverview(year: $y, first: 50) {
            totals { ${LINE} } points { edges { node { ${LINE} } } } } }`,
          { y: year },
          legislature,
        ),
      );
      const lines = adoptionLedgerOverview.points.edges.map((e) => e.node);
      // Each point's line and the totals add up on their own, as the overview's table shows them.
      for (const l of lines) expectLineAddsUp('overview', l);
      expectLineAddsUp('overview totals', adoptionLedgerOverview.totals);
      expect(adoptionLedgerOverview.totals.awaitingDecision).toBe(
        lines.reduce((n, l) => n + l.awaitingDecision, 0),
      );
      const line = lines.find((l) => l.key === pointId)!;
      for (const figure of [...FIGURES, 'awaiting'] as const)
        expect(value(line, figure)).toBe(value(view, figure));
    });
  });
});
