// The executing body's sign-off in Chromium against the real server: the demo's open 养犬 round is made ready for review
// through the API (suggestions drafted, approval requested by the liaison officer); then in the browser the head
// reviews the table as it will be sent and returns it with a reason, the liaison officer reads the reason in the
// timeline and asks again, the head approves and submits, and both files download (the .docx holds a suggestion).
// Then 采纳反馈: a 2022 task shows each suggestion's published outcome and reason; once the legislature publishes on
// the round, the liaison officer records how a consenting contributor was told. axe clean, no sideways scrolling.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { PAST_CONSULTATIONS_2022 } from '../../libs/demo/src/demo-ledger-2022.js';
import { docxText } from '../support/office-files.js';
import {
  clickInDialog,
  choose,
  DESK,
  newPage,
  PHONE,
  SCREEN_DIR,
  screenshot,
  seriousViolations,
  sidewaysOverflow,
  signIn,
  startWebHarness,
  type WebHarness,
  openDogRound,
  type OpenRound,
} from './web-harness.js';
import { pastTask, prepareForApproval, publishDecisions, submitThroughApi } from './signoff-steps.js';
import { confirmSignoffStep } from './loop-steps.js';

let h: WebHarness;
let round: OpenRound;
let firstSuggestion: string;

beforeAll(async () => {
  h = await startWebHarness();
  round = await openDogRound(h.t);
  await prepareForApproval(h.t, round);
  const head = await h.t.login('head');
  const res = await h.t.gql<{
    consolidation: { suggestions: { edges: Array<{ node: { proposedChange: string } }> } };
  }>(
    'query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { suggestions(first: 1) { edges { node { proposedChange } } } } }',
    { t: round.taskId, p: round.pointId },
    head,
  );
  firstSuggestion = res.data!.consolidation.suggestions.edges[0].node.proposedChange;
});
afterAll(() => h?.close());

async function checkPage(page: Page, name: string): Promise<void> {
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, name);
}

/** An export's bar: shown, then finished with a full bar and the job's summary naming the file. */
async function exportBarEnds(page: Page, format: 'docx' | 'xlsx', name: string): Promise<void> {
  const bar = page.getByTestId(`export-progress-${format}`);
  await bar.getByRole('progressbar', { name }).waitFor();
  await page.locator(`[data-testid="export-progress-${format}"][data-state="SUCCEEDED"]`).waitFor();
  await bar.getByText(new RegExp(`^导出完成：.*意见建议汇总表.*\\.${format}（\\d+ 行，`)).waitFor();
  expect(await bar.getByRole('progressbar', { name }).getAttribute('aria-valuenow')).toBe('100');
}

const statusCard = (page: Page) => page.locator('.ant-card').filter({ hasText: '汇总表状态' });
const timeline = (page: Page) => page.locator('.ant-card').filter({ hasText: '审核与报送经过' });

it('the head reviews the table as sent and returns it; the liaison officer asks again; the head approves, submits and downloads it', async () => {
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'head');
  await page.getByRole('link', { name: `${round.title}的审核与报送` }).click();
  await page.getByRole('heading', { name: '审核与报送', exact: true }).waitFor();
  await statusCard(page).getByText('待审核', { exact: true }).waitFor();
  // The table's columns as the .docx prints them, and a suggestion's text.
  for (const header of ['序号', '条款', '原文', '修改意见', '理由', '提出单位或个人'])
    await page.getByRole('columnheader', { name: header, exact: true }).waitFor();
  await page.getByRole('cell', { name: firstSuggestion }).first().waitFor();
  await timeline(page).getByText('提交审核').waitFor();
  // The head approves or returns; submitting comes after approval, 提交审核 is the liaison officer's.
  await page.getByRole('button', { name: '审核通过' }).waitFor();
  expect(await page.getByRole('button', { name: '报送立法机关' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: '提交审核' }).count()).toBe(0);
  await checkPage(page, 'desk-signoff-review');
  // The head may let a deputy head approve in their place.
  await page.getByRole('switch', { name: /^委托.+审核$/ }).click();
  await page.getByText(/^副点长 .+（已委托）$/).waitFor();

  await page.getByRole('button', { name: '退回修改' }).click();
  const dialog = page.getByRole('dialog', { name: '退回修改' });
  await dialog.getByRole('button', { name: '退回' }).click();
  await dialog.getByText('请说明退回理由').waitFor();
  await dialog.getByLabel('退回理由').fill('第九条的理由请再补充调研数据。');
  await dialog.getByRole('button', { name: '退回' }).click();
  await statusCard(page).getByText('编制中', { exact: true }).waitFor();
  await timeline(page).getByText('退回理由：第九条的理由请再补充调研数据。').waitFor();
  expect(await page.getByRole('button', { name: '审核通过' }).count()).toBe(0);

  const phone = await newPage(h, PHONE);
  await signIn(phone.page, 'liaison');
  await phone.page.goto(`/tasks/${round.taskId}/signoff`);
  await timeline(phone.page).getByText('退回理由：第九条的理由请再补充调研数据。').waitFor();
  await timeline(phone.page).getByText(/点长/).first().waitFor();
  await phone.page.getByRole('article', { name: '第 1 条汇总意见' }).waitFor();
  await checkPage(phone.page, 'phone-signoff-returned');
  await phone.page.getByRole('button', { name: '提交审核' }).click();
  await clickInDialog(phone.page, '确认提交');
  await statusCard(phone.page).getByText('待审核', { exact: true }).waitFor();
  expect(await phone.page.getByRole('button', { name: '审核通过' }).count()).toBe(0);
  await phone.context.close();

  // The head approves and submits; the table downloads as .docx and .xlsx.
  // Each asks first, naming the suggestions and opinions (and, for 报送, the legislature; it cannot be withdrawn).
  await page.reload();
  const total = page
    .locator('.ant-card')
    .filter({ hasText: '意见建议汇总表' })
    .getByText(/^共 \d+ 条$/);
  const suggestions = Number(/\d+/.exec((await total.textContent()) ?? '')![0]);
  await confirmSignoffStep(page, '审核通过', suggestions);
  await statusCard(page).getByText('已审核', { exact: true }).waitFor();
  await timeline(page).getByText('审核通过').waitFor();
  await page.getByRole('button', { name: '报送立法机关' }).click();
  await page.getByRole('dialog').getByText('报送后不能撤回，也不能再修改汇总表。').waitFor();
  await screenshot(page, 'desk-signoff-submit-confirm');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await confirmSignoffStep(page, '报送立法机关', suggestions);
  await statusCard(page).getByText('已报送', { exact: true }).waitFor();
  await timeline(page).getByText('报送立法机关').waitFor();
  expect(await page.getByRole('button', { name: '退回修改' }).count()).toBe(0);
  // Numbered at approval: the first row is 1.
  await page.getByRole('cell', { name: '1', exact: true }).first().waitFor();

  // Exports run as background jobs: the progress bar shows, and stays with the job's summary when it ends (a small
  // table is done before the first poll, so the running bar alone may be gone before anyone looks); then the link.
  await page.getByRole('button', { name: '导出 Word 文档（.docx）' }).click();
  await exportBarEnds(page, 'docx', '导出 Word 文档的进度');
  const docxLink = page.getByRole('link', { name: /^下载 .*\.docx$/ });
  const [docx] = await Promise.all([page.waitForEvent('download'), docxLink.click()]);
  expect(docx.suggestedFilename()).toMatch(/意见建议汇总表.*\.docx$/);
  // Kept beside the screenshots, to be looked at as printed (soffice --headless --convert-to pdf).
  await docx.saveAs(join(SCREEN_DIR, 'signoff-table.docx'));
  const text = await docxText(await readFile(await docx.path()));
  expect(text).toContain(firstSuggestion);

  await page.getByRole('button', { name: '导出 Excel 表格（.xlsx）' }).click();
  await exportBarEnds(page, 'xlsx', '导出 Excel 表格的进度');
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /^下载 .*\.xlsx$/ }).click(),
  ]);
  await xlsx.saveAs(join(SCREEN_DIR, 'signoff-table.xlsx'));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsx.path());
  const sheet = workbook.getWorksheet('汇总表')!;
  const cells: string[] = [];
  sheet.eachRow((row) =>
    cells.push(...(row.values as Array<string | number | null>).map((v) => String(v ?? ''))),
  );
  expect(cells).toContain(firstSuggestion);
  await checkPage(page, 'desk-signoff-submitted');
  await context.close();

  // On a phone the bar and its result fit the screen too.
  const small = await newPage(h, PHONE);
  await signIn(small.page, 'head');
  await small.page.goto(`/tasks/${round.taskId}/signoff`);
  await small.page.getByRole('button', { name: '导出 Excel 表格（.xlsx）' }).click();
  await exportBarEnds(small.page, 'xlsx', '导出 Excel 表格的进度');
  await small.page.getByTestId('export-progress-xlsx').scrollIntoViewIfNeeded();
  await checkPage(small.page, 'phone-signoff-exported');
  await small.context.close();
}, 300_000);

it('采纳反馈 shows each suggestion of a 2022 task with its published outcome and reason', async () => {
  const past = PAST_CONSULTATIONS_2022[0];
  const taskId = await pastTask(h.t, past.title);
  for (const viewport of [PHONE, DESK]) {
    const { context, page } = await newPage(h, viewport);
    await signIn(page, 'head');
    await page.goto(`/tasks/${taskId}/outcomes`);
    await page.getByRole('heading', { name: '采纳反馈', exact: true }).waitFor();
    const first = past.opinions[0];
    await page.getByText(`理由：${first.outcomeReason}`, { exact: false }).first().waitFor();
    await page.getByText('部分采纳', { exact: true }).first().waitFor();
    await page.getByText(first.proposedChange).first().waitFor();
    await checkPage(page, `${viewport === PHONE ? 'phone' : 'desk'}-outcomes-2022`);
    await context.close();
  }
}, 300_000);

it('before publication says so; after it, the liaison officer records how a consenting contributor was told', async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'liaison');
  await page.goto(`/tasks/${round.taskId}/outcomes`);
  await page.getByText('尚未公布采纳情况').waitFor();
  await checkPage(page, 'phone-outcomes-unpublished');

  await submitThroughApi(h.t, round);
  await publishDecisions(h.t, round, '已在修改稿中部分吸收。');
  const liaison = await h.t.login('liaison');
  const opinions = await h.t.gql<{
    opinions: { edges: Array<{ node: { receiptNumber: string; proposedChange: string } }> };
  }>(
    'query($t: ID!) { opinions(taskId: $t, first: 100) { edges { node { receiptNumber proposedChange } } } }',
    { t: round.taskId },
    liaison,
  );
  // 王建国 asked to be told (demo-opinions.ts).
  const told = opinions.data!.opinions.edges.find((e) =>
    e.node.proposedChange.includes('每户限养两只犬'),
  )!.node;
  await page.reload();
  const record = page.getByRole('button', { name: `登记已告知：回执号 ${told.receiptNumber}` });
  await page.getByRole('region', { name: '第 1 条汇总意见' }).waitFor();
  // Ten suggestions a page: the opinion's may be on the second.
  if (!(await record.isVisible())) {
    await page.getByRole('button', { name: '下一页' }).click();
    await page.getByRole('region', { name: '第 11 条汇总意见' }).waitFor();
  }
  await page.getByText('理由：已在修改稿中部分吸收。', { exact: false }).first().waitFor();
  await page.getByText('提出人未要求告知结果').first().waitFor();
  await checkPage(page, 'phone-outcomes-published');
  await record.click();
  const dialog = page.getByRole('dialog', { name: '登记已告知提出人' });
  // choose() checks the select took the option and picks again if not: at load ~10 a click on the option while the
  // dropdown was still opening was lost, and the form waited for a value it never got (whole web run, once).
  await choose(page, dialog.getByRole('combobox', { name: '告知方式' }), '电话');
  await dialog.getByLabel('备注').fill('已电话告知王先生。');
  await dialog.getByRole('button', { name: '登记' }).click();
  await page.getByText('已登记告知情况').waitFor();
  await page.getByText('已告知提出人').first().waitFor();
  expect(await record.count()).toBe(0);
  await context.close();
}, 300_000);
