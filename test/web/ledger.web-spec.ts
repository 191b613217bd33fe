// The ledger (工作台账) in Chromium against the real server, on the demo's 2022 year: the head reads 9 tasks, 6 adopted,
// 17 partly adopted; the adopted figure lists the six suggestions behind it (filter in the address, the back button
// closes the list); the charts by unit and channel draw on a canvas with their tables beside; the year select changes
// the address; the yearly evaluation downloads as a real .xlsx holding the same figure; the legislature chooses the
// point and reads the same. Every line of every table (the years, tasks, units, channels, collectors, and the
// legislature's points) shows its 待反馈, and its outcomes and 待反馈 add up to its 报送建议, on a phone as on a desk.
// axe and sideways scrolling are checked on a phone and a desk. Screenshots:
// $TMPDIR/minyi-web-screens.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import {
  DESK,
  newPage,
  PHONE,
  screenshot,
  seriousViolations,
  sidewaysOverflow,
  signIn,
  startWebHarness,
  type WebHarness,
  choose,
} from './web-harness.js';
import { LEDGER_TABLES, ledgerFigures, OVERVIEW_TABLE, tableLines } from './ledger-steps.js';

const POINT = '西南大学国家治理学院基层立法联系点';
const UNIT = '北碚区总工会';

let h: WebHarness;

beforeAll(async () => {
  h = await startWebHarness();
});
afterAll(() => h?.close());

async function checkPage(page: Page): Promise<void> {
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  expect(await seriousViolations(page)).toEqual([]);
}

it('the head reads 9 / 6 / 17 for 2022, with charts by unit and channel and their tables', async () => {
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'head');
  await page.goto('/ledger?year=2022');
  await page.getByRole('heading', { name: '工作台账' }).waitFor();
  expect(await ledgerFigures(page)).toEqual({ tasks: '9', adopted: '6', partly: '17' });
  await page.getByText(POINT).first().waitFor();

  // The charts by unit and by channel: drawn on a canvas, summarised in words, their tables naming each line.
  const byUnit = page.getByRole('region', { name: '按联系单位' });
  await byUnit.locator('canvas').first().waitFor();
  expect(await byUnit.getByRole('img').getAttribute('aria-label')).toContain(UNIT);
  await byUnit.getByRole('cell', { name: UNIT, exact: true }).waitFor();
  const byChannel = page.getByRole('region', { name: '按征集方式' });
  await byChannel.locator('canvas').first().waitFor();
  expect(await byChannel.getByRole('img').getAttribute('aria-label')).toMatch(/座谈会|走访|问卷/);
  await screenshot(page, 'desk-ledger');
  await byUnit.scrollIntoViewIfNeeded();
  await screenshot(page, 'desk-ledger-by-unit');
  await checkPage(page);
  await context.close();
});

it("the adopted 6 opens the six adopted suggestions; a unit's figure opens that unit's", async () => {
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'head');
  await page.goto('/ledger?year=2022');
  expect(await ledgerFigures(page)).toEqual({ tasks: '9', adopted: '6', partly: '17' });
  await page.getByTestId('ledger-adopted').click();
  const drawer = page.getByRole('dialog', { name: /采纳的建议/ });
  await drawer.getByText('共 6 条建议').waitFor();
  expect(await drawer.getByRole('listitem').count()).toBe(6);
  expect(await drawer.getByText('采纳', { exact: true }).count()).toBe(6);
  expect(new URL(page.url()).searchParams.get('outcome')).toBe('ADOPTED');
  await screenshot(page, 'desk-ledger-adopted');
  expect(await seriousViolations(page)).toEqual([]);

  // The back button closes the list; the figures stay.
  await page.goBack();
  await drawer.waitFor({ state: 'hidden' });
  expect(new URL(page.url()).searchParams.get('outcome')).toBeNull();

  // A unit's figure in its table opens that unit's suggestions.
  const byUnit = page.getByRole('region', { name: '按联系单位' });
  const unitFigure = byUnit.getByRole('button', { name: new RegExp(`^${UNIT}报送建议 \\d+ 条`) });
  const submitted = await unitFigure.textContent();
  await unitFigure.click();
  const unitList = page.getByRole('dialog', { name: new RegExp(`${UNIT} · 报送的建议`) });
  await unitList.getByText(`共 ${submitted} 条建议`).waitFor();
  expect(new URL(page.url()).searchParams.get('unit')).toBeTruthy();
  await page.goBack();
  await unitList.waitFor({ state: 'hidden' });
  await context.close();
});

it('the year select changes the address, and the back button returns to 2022', async () => {
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'deputy');
  await page.goto('/ledger?year=2022');
  expect(await ledgerFigures(page)).toEqual({ tasks: '9', adopted: '6', partly: '17' });
  await choose(page, '年度', '2023');
  await page.waitForURL(/year=2023/);
  await page.getByText('2023 年度（按任务发出年份统计）').waitFor();
  await page.getByTestId('ledger-adopted').getByText('0', { exact: true }).waitFor();
  await page.goBack();
  await page.waitForURL(/year=2022/);
  expect(await ledgerFigures(page)).toEqual({ tasks: '9', adopted: '6', partly: '17' });
  await context.close();
});

it('the yearly evaluation downloads as an .xlsx whose totals read 6 adopted and 17 partly adopted', async () => {
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'liaison');
  await page.goto('/ledger?year=2022');
  await ledgerFigures(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载 2022 年度考核表（.xlsx）' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/2022年度考核表\.xlsx$/);
  const path = await download.path();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  const header = (sheet.getRow(3).values as unknown[]).map(String);
  let totals: unknown[] = [];
  sheet.eachRow((row) => {
    if (row.getCell(1).text === '合计') totals = row.values as unknown[];
  });
  expect(totals[header.indexOf('采纳')]).toBe(6);
  expect(totals[header.indexOf('部分采纳')]).toBe(17);
  await context.close();
});

it('on a phone the figures are cards, the charts full width, the list of suggestions fits', async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'head');
  await page.goto('/ledger?year=2022');
  expect(await ledgerFigures(page)).toEqual({ tasks: '9', adopted: '6', partly: '17' });
  await page.getByRole('region', { name: '按联系单位' }).locator('canvas').first().waitFor();
  await screenshot(page, 'phone-ledger');
  await checkPage(page);
  await page.getByRole('region', { name: '按任务' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'phone-ledger-by-task');
  await page.getByTestId('ledger-partially-adopted').click();
  const drawer = page.getByRole('dialog', { name: /部分采纳的建议/ });
  await drawer.getByText('共 17 条建议').waitFor();
  await screenshot(page, 'phone-ledger-partly');
  await checkPage(page);
  await context.close();
});

it('the legislature chooses the demo point and reads the same figures', async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'legislature');
  await page.goto('/ledger?year=2022');
  // It opens on the overview of its points (test/web/ledger-overview.web-spec.ts); the select still picks one.
  await page.getByRole('list', { name: '各联系点的数字' }).getByRole('listitem', { name: POINT }).waitFor();
  await checkPage(page);
  await choose(page, '联系点', '西南大学');
  await page.waitForURL(/point=/);
  expect(await ledgerFigures(page)).toEqual({ tasks: '9', adopted: '6', partly: '17' });
  expect(new URL(page.url()).searchParams.get('year')).toBe('2022');
  await screenshot(page, 'phone-ledger-legislature');
  await checkPage(page);
  await context.close();
});

it('the point’s 台账 shows 待反馈, the outcomes and it add up to 报送建议, as on the legislature’s overview, with 采纳率 defined alike', async () => {
  const figure = async (page: Page, id: string) => Number((await page.getByTestId(id).textContent())?.trim());
  const shots = process.env.LEDGER_SHOTS;
  const own: Record<string, number> = {};
  let definition = '';
  for (const [name, viewport] of [
    ['phone', { width: 390, height: 844 }],
    ['desk', { width: 1280, height: 800 }],
  ] as const) {
    const { context, page } = await newPage(h, name === 'phone' ? { ...PHONE, ...viewport } : viewport);
    await signIn(page, 'head');
    await page.goto('/ledger?year=2022');
    await page.getByTestId('ledger-awaiting').waitFor();
    for (const id of [
      'ledger-suggestions',
      'ledger-adopted',
      'ledger-partially-adopted',
      'ledger-not-adopted',
      'ledger-under-study',
      'ledger-awaiting',
    ])
      own[id] = await figure(page, id);
    expect(own['ledger-awaiting']).toBeGreaterThan(0);
    expect(
      own['ledger-adopted'] +
        own['ledger-partially-adopted'] +
        own['ledger-not-adopted'] +
        own['ledger-under-study'] +
        own['ledger-awaiting'],
    ).toBe(own['ledger-suggestions']);
    definition = (await page.getByTestId('ledger-rate-definition').textContent()) ?? '';
    expect(definition).toContain('（采纳 + 部分采纳）÷ 报送建议');
    await screenshot(page, `${name}-ledger-awaiting`);
    if (shots) await page.screenshot({ path: `${shots}/${name}-ledger.png`, fullPage: true });
    await checkPage(page);
    await context.close();
  }

  // The legislature's overview: the same 待反馈 for the point, the same words for 采纳率.
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'legislature');
  await page.goto('/ledger?year=2022');
  const row = page.getByRole('group', { name: '各联系点的数字' }).getByRole('row').filter({ hasText: POINT });
  await row.waitFor();
  // 联系点 承担任务 征集意见 报送建议 采纳 部分采纳 未采纳 研究中 待反馈 采纳率
  const cells = (await row.getByRole('cell').allTextContents()).map((c) => c.trim());
  expect(Number(cells[3])).toBe(own['ledger-suggestions']);
  expect(Number(cells[8])).toBe(own['ledger-awaiting']);
  expect(await page.getByTestId('ledger-rate-definition').textContent()).toBe(definition);
  await context.close();
});

/**
 * Each line of a table shows 待反馈, and its outcomes and 待反馈 add up to its 报送建议 as read off the screen; returns
 * the table's 待反馈 summed, so a caller can see the column is not all zeros.
 */
function expectLinesAddUp(table: string, lines: Array<Record<string, string>>): number {
  const OUTCOMES = ['采纳', '部分采纳', '未采纳', '研究中', '待反馈'];
  expect({ table, lines: lines.length > 0 }).toEqual({ table, lines: true });
  let awaiting = 0;
  for (const line of lines) {
    const { name } = line;
    const sum = OUTCOMES.reduce((n, h) => n + Number(line[h]), 0);
    expect({ table, name, 待反馈: line['待反馈'] !== undefined, sum }).toEqual({
      table,
      name,
      待反馈: true,
      sum: Number(line['报送建议']),
    });
    awaiting += Number(line['待反馈']);
  }
  return awaiting;
}

it('every line of the point’s tables shows 待反馈, and 采纳 + 部分采纳 + 未采纳 + 研究中 + 待反馈 = 报送建议, on a phone and a desk', async () => {
  for (const [size, viewport] of [
    ['phone', PHONE],
    ['desk', DESK],
  ] as const) {
    const { context, page } = await newPage(h, viewport);
    await signIn(page, 'head');
    await page.goto('/ledger?year=2022');
    await page.getByRole('region', { name: '按联系单位' }).locator('canvas').first().waitFor();
    let awaiting = 0;
    for (const table of LEDGER_TABLES)
      awaiting += expectLinesAddUp(`${size} ${table}`, await tableLines(page, table));
    // The demo's 2022 has suggestions still awaiting the legislature: the column is not all zeros.
    expect(awaiting).toBeGreaterThan(0);
    // Ten columns on a phone: blocks there, a table scrolled inside its own box on a desk; never the page sideways.
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    for (const region of ['按年度', '按任务', '按采集员']) {
      await page.getByRole('region', { name: region }).scrollIntoViewIfNeeded();
      await screenshot(page, `${size}-ledger-awaiting-${region}`);
    }
    await context.close();
  }
});

it('every point’s line of the legislature’s overview adds up the same way, on a phone and a desk', async () => {
  for (const [size, viewport] of [
    ['phone', PHONE],
    ['desk', DESK],
  ] as const) {
    const { context, page } = await newPage(h, viewport);
    await signIn(page, 'legislature');
    await page.goto('/ledger?year=2022');
    expect(
      expectLinesAddUp(`${size} ${OVERVIEW_TABLE}`, await tableLines(page, OVERVIEW_TABLE)),
    ).toBeGreaterThan(0);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  }
});
