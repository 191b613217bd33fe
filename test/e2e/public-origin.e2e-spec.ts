// Opinions the public submitted through 网上征集's link are gathered by no one: wherever opinions are broken down by
// who gathered them — the workbench's 按联系单位, the consolidated feedback document's cover (按联系单位统计), the
// ledger by unit and by collector (live, then as the submission froze them) and the 考核表 — they are their own line,
// 网上征集（公众）, and the executing body's own line (执行机构和专家团队 / 非采集员录入) keeps only its own opinions.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { docxText } from '../support/office-files.js';
import { must, openDogTaskId, startTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

const PUBLIC = '网上征集（公众）';
const EXECUTIVE = '执行机构和专家团队';
const NOT_COLLECTOR = '非采集员录入（执行机构、专家、单位管理员）';

interface Line {
  key: string;
  label: string;
  opinions: number;
}
interface LedgerLine {
  key: string;
  label: string;
  opinions: number;
  suggestions: number;
}

let t: TestApp;
let head: string;
let collector: string;
let liaison: string;
let taskId: string;
let pointId: string;
let year: number;
let address = 0;

async function anonymous<T>(query: string, variables: Record<string, unknown>): Promise<GqlResult<T>> {
  const res = await request(t.app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('x-forwarded-for', `198.51.100.${++address}`)
    .send({ query, variables });
  return { status: res.status, data: res.body.data ?? null, errors: res.body.errors };
}

const byUnit = async (): Promise<Line[]> =>
  must(
    await t.gql<{ consolidation: { counts: { byUnit: Line[] } } }>(
      'query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { counts { byUnit { key label opinions } } } }',
      { t: taskId, p: pointId },
      head,
    ),
  ).consolidation.counts.byUnit;

const ledger = async (): Promise<{
  byUnit: LedgerLine[];
  byCollector: LedgerLine[];
  byChannel: LedgerLine[];
}> =>
  must(
    await t.gql<{
      adoptionLedger: { byUnit: LedgerLine[]; byCollector: LedgerLine[]; byChannel: LedgerLine[] };
    }>(
      `query($p: ID!, $y: Int!) { adoptionLedger(contactPointId: $p, year: $y) {
        byUnit { key label opinions suggestions } byCollector { key label opinions suggestions }
        byChannel { key label opinions suggestions } } }`,
      { p: pointId, y: year },
      head,
    ),
  ).adoptionLedger;

const count = (lines: ReadonlyArray<{ label: string; opinions: number }>, label: string) =>
  lines.find((l) => l.label === label)?.opinions ?? 0;

/** The opinions on the dog task a unit's collector gathered, per the ledger's unit line of that collector. */
let collectorUnit: string;

beforeAll(async () => {
  t = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
  head = await t.login('head');
  collector = await t.login('collector');
  liaison = await t.login('liaison');
  taskId = await openDogTaskId(t, head);
  pointId = must(
    await t.gql<{ contactPoints: { edges: Array<{ node: { id: string } }> } }>(
      '{ contactPoints(first: 1) { edges { node { id } } } }',
      {},
      head,
    ),
  ).contactPoints.edges[0].node.id;
  const task = must(
    await t.gql<{ consultationTask: { issuedAt: string } }>(
      'query($id: ID!) { consultationTask(id: $id) { issuedAt } }',
      { id: taskId },
      head,
    ),
  ).consultationTask;
  // The ledger's year is the year the task was issued, in China's time.
  year = new Date(Date.parse(task.issuedAt) + 8 * 3600_000).getUTCFullYear();
});
afterAll(() => t.close());

describe('网上征集（公众） as its own origin', () => {
  const before: Record<string, number> = {};
  const PUBLIC_SUBMITTED = 3;

  it('is counted apart from the executing body in the workbench, the ledger and the exports', async () => {
    const units0 = await byUnit();
    const ledger0 = await ledger();
    Object.assign(before, {
      unitPublic: count(units0, PUBLIC),
      unitExecutive: count(units0, EXECUTIVE),
      ledgerPublic: count(ledger0.byUnit, PUBLIC),
      ledgerExecutive: count(ledger0.byUnit, EXECUTIVE),
      collectorPublic: count(ledger0.byCollector, PUBLIC),
      collectorNone: count(ledger0.byCollector, NOT_COLLECTOR),
    });

    const round = must(
      await t.gql<{ openOnlineCollection: { publicToken: string } }>(
        'mutation($i: OpenOnlineCollectionInput!) { openOnlineCollection(input: $i) { publicToken } }',
        { i: { taskId } },
        head,
      ),
    ).openOnlineCollection;
    for (let i = 0; i < PUBLIC_SUBMITTED; i++)
      must(
        await anonymous(
          'mutation($i: SubmitOnlineOpinionInput!) { submitOnlineOpinion(input: $i) { receiptNumber } }',
          {
            i: {
              token: round.publicToken,
              idempotencyKey: randomUUID(),
              provisionAddress: 'art_20',
              proposedChange: `公众来源测试：建议放宽养犬数量限制（${i}）`,
            },
          },
        ),
      );
    // The executing body enters one itself, on the same channel (网上征集): the channel alone cannot tell them apart.
    must(
      await t.gql(
        'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { receiptNumber } }',
        {
          i: {
            taskId,
            channel: 'ONLINE',
            proposedChange: '公众来源测试：执行机构整理的网上留言',
            idempotencyKey: randomUUID(),
          },
        },
        head,
      ),
    );
    must(
      await t.gql(
        'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { receiptNumber } }',
        {
          i: {
            taskId,
            channel: 'VISIT',
            proposedChange: '公众来源测试：采集员走访记录',
            idempotencyKey: randomUUID(),
          },
        },
        collector,
      ),
    );

    const units = await byUnit();
    expect(count(units, PUBLIC)).toBe(before.unitPublic + PUBLIC_SUBMITTED);
    expect(count(units, EXECUTIVE)).toBe(before.unitExecutive + 1);
    expect(units.find((l) => l.label === PUBLIC)!.key).toBe('PUBLIC');

    // The ledger of a task still open: counted live.
    const live = await ledger();
    expect(count(live.byUnit, PUBLIC)).toBe(before.ledgerPublic + PUBLIC_SUBMITTED);
    expect(count(live.byUnit, EXECUTIVE)).toBe(before.ledgerExecutive + 1);
    expect(count(live.byCollector, PUBLIC)).toBe(before.collectorPublic + PUBLIC_SUBMITTED);
    expect(count(live.byCollector, NOT_COLLECTOR)).toBe(before.collectorNone + 1);
    // By channel they are 网上征集 like the executing body's online one.
    expect(live.byChannel.find((l) => l.key === 'ONLINE')!.label).toBe('网上征集');
    collectorUnit = live.byUnit.find(
      (l) => l.label !== PUBLIC && l.label !== EXECUTIVE && l.opinions > 0,
    )!.label;
    // Every opinion counted once, on one line.
    const total = (lines: LedgerLine[]) => lines.reduce((n, l) => n + l.opinions, 0);
    expect(total(live.byCollector)).toBe(total(live.byUnit));
    expect(total(live.byChannel)).toBe(total(live.byUnit));
  });

  it('the evaluation workbook (考核表) lists 网上征集（公众） by unit and by collector', async () => {
    const live = await ledger();
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
    // 意见数: the third column of 联系单位 (name, tasks, opinions …), the fourth of 采集员 (name, unit, tasks, opinions …).
    const opinionsOf = (sheet: string, column: number, label: string) => {
      let found: number | undefined;
      workbook.getWorksheet(sheet)!.eachRow((r) => {
        if (r.getCell(1).text === label) found = Number(r.getCell(column).value);
      });
      return found;
    };
    expect(opinionsOf('联系单位', 3, PUBLIC)).toBe(count(live.byUnit, PUBLIC));
    expect(opinionsOf('联系单位', 3, PUBLIC)).toBeGreaterThanOrEqual(PUBLIC_SUBMITTED);
    expect(opinionsOf('联系单位', 3, EXECUTIVE)).toBe(count(live.byUnit, EXECUTIVE));
    expect(opinionsOf('采集员', 4, PUBLIC)).toBe(count(live.byCollector, PUBLIC));
    expect(opinionsOf('采集员', 4, NOT_COLLECTOR)).toBe(count(live.byCollector, NOT_COLLECTOR));
  });

  it('once submitted: the ledger keeps them apart as frozen, suggestions too, and the cover tallies say so', async () => {
    const live = await ledger();
    for (const [mutation, token] of [
      ['draftSuggestions(input: $i) { created }', liaison],
      ['requestConsolidationApproval(input: $i) { status }', liaison],
      ['approveConsolidation(input: $i) { status }', head],
      ['submitConsolidation(input: $i) { status }', liaison],
    ] as const)
      must(
        await t.gql(
          `mutation($i: PointTaskRefInput!) { ${mutation} }`,
          { i: { taskId, contactPointId: pointId } },
          token,
        ),
      );

    const frozen = await ledger();
    for (const label of [PUBLIC, EXECUTIVE, collectorUnit])
      expect(count(frozen.byUnit, label)).toBe(count(live.byUnit, label));
    for (const label of [PUBLIC, NOT_COLLECTOR])
      expect(count(frozen.byCollector, label)).toBe(count(live.byCollector, label));
    // The drafted suggestions that hold a public opinion count under the public's line.
    expect(frozen.byUnit.find((l) => l.label === PUBLIC)!.suggestions).toBeGreaterThan(0);
    expect(frozen.byCollector.find((l) => l.label === PUBLIC)!.suggestions).toBeGreaterThan(0);
    // The same in the consolidation's rows: every (unit, collector) origin of a public opinion is the public's.
    const [{ n }] = await t.db.query<Array<{ n: number | string }>>(
      `SELECT COUNT(*) AS n FROM submitted_origin
       WHERE task_id = ? AND contact_point_id = ? AND opinions <= 0`,
      [taskId, pointId],
    );
    expect(Number(n)).toBe(0);

    const legislature = await t.login('legislature');
    const res = must(
      await t.gql<{ exportConsolidatedFeedback: { url: string } }>(
        'mutation($i: ExportConsolidatedFeedbackInput!) { exportConsolidatedFeedback(input: $i) { url } }',
        { i: { taskId, contactPointId: pointId, format: 'DOCX' } },
        legislature,
      ),
    );
    const text = await docxText((await t.download(res.exportConsolidatedFeedback.url, legislature)).body);
    const cover = text.slice(
      text.indexOf('按联系单位统计'),
      text.indexOf('意见建议汇总表', text.indexOf('按联系单位统计')),
    );
    const units = await byUnit();
    expect(cover).toContain(`${PUBLIC}`);
    expect(cover).toMatch(new RegExp(`${PUBLIC.replace(/[（）]/g, '.')}\\s*${count(units, PUBLIC)}\\b`));
    expect(cover).toMatch(new RegExp(`${EXECUTIVE}\\s*${count(units, EXECUTIVE)}\\b`));
  });
});
