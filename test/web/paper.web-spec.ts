// A collector on a phone, in Chromium, against the real server: records a forum (座谈会) on 征集活动, submits an opinion
// from it (the activity chosen already) and sees it under the activity; on 纸质意见表 downloads the task's template,
// fills in one good row and one without its 修改意见, uploads it and reads the problem by row and column, 1 stored.
// Both pages pass axe and do not scroll sideways. Screenshots: $TMPDIR/minyi-web-screens.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import {
  choose,
  DESK,
  newPage,
  openDogTask,
  PHONE,
  screenshot,
  signIn,
  startWebHarness,
  type WebHarness,
  seriousViolations,
  sidewaysOverflow,
} from './web-harness.js';

let h: WebHarness;
let taskId: string;

beforeAll(async () => {
  h = await startWebHarness();
  ({ taskId } = await openDogTask(h.t));
});
afterAll(() => h?.close());

interface StoredOpinion {
  receiptNumber: string;
  proposedChange: string;
  activityId: string | null;
}

async function collectorOpinions(): Promise<StoredOpinion[]> {
  const token = await h.t.login('collector');
  const res = await h.t.gql<{ opinions: { edges: Array<{ node: StoredOpinion }> } }>(
    'query($t: ID!) { opinions(taskId: $t, first: 100) { edges { node { receiptNumber proposedChange activityId } } } }',
    { t: taskId },
    token,
  );
  return res.data!.opinions.edges.map((e) => e.node);
}

async function noSidewaysScroll(page: Page): Promise<void> {
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
}

it('a collector records a forum, submits an opinion at it and sees it listed under the activity', async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'collector');
  // From the task's card on 首页 (the reader's toolbar has the same link, used for 纸质意见表 below).
  const fromHome = page.locator(`a[href="/tasks/${taskId}/activities"]`);
  await fromHome.waitFor();
  await noSidewaysScroll(page);
  await screenshot(page, 'phone-home-task-links');
  await fromHome.click();
  await page.getByRole('heading', { name: '征集活动', exact: true }).waitFor();
  await page.getByText('还没有登记征集活动').waitFor();

  // A date after today is refused by the API, its message on the field.
  const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('活动名称').fill('养犬管理条例村民座谈会');
  await page.getByLabel('活动日期').fill(tomorrow);
  await page.getByRole('button', { name: '登记活动' }).click();
  const heldOn = page.locator('.ant-form-item').filter({ has: page.getByLabel('活动日期') });
  await heldOn.getByText(`活动日期 ${tomorrow} 晚于今天`).waitFor();

  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  await page.getByLabel('活动日期').fill(today);
  await page.getByLabel('地点').fill('石桥村村委会');
  await page.getByLabel('参加人数').fill('23');
  // Enter in the date field confirms the date and does not submit (it did: the click that followed then submitted the
  // emptied form and showed a red 请填写活动名称 beside the green toast).
  await page.getByLabel('活动日期').press('Enter');
  await page.waitForTimeout(300);
  expect(await page.getByLabel('活动名称').inputValue()).toBe('养犬管理条例村民座谈会');
  await page.getByRole('button', { name: '登记活动' }).click();
  const activity = page.getByRole('region', { name: '养犬管理条例村民座谈会' });
  await activity.getByText('23 人参加').waitFor();
  await activity.getByText('座谈会', { exact: true }).waitFor();
  // After a successful save the form is empty again, with no red error beside the green toast (issue: an immediate
  // 请填写活动名称 showed), and the date is back to today.
  await page.getByText('征集活动已登记').waitFor();
  await page.waitForTimeout(500);
  expect(await page.getByLabel('活动名称').inputValue()).toBe('');
  expect(await page.getByLabel('活动日期').inputValue()).toBe(today);
  expect(await page.locator('.ant-form-item-explain-error').allTextContents()).toEqual([]);
  await expect(page.getByRole('region', { name: '养犬管理条例村民座谈会' }).count()).resolves.toBe(1);
  await noSidewaysScroll(page);
  await screenshot(page, 'phone-activities');
  expect(await seriousViolations(page)).toEqual([]);

  await activity.getByRole('button', { name: '在“养犬管理条例村民座谈会”提出意见' }).click();
  await page.getByRole('heading', { name: '提出意见' }).waitFor();
  const chosen = page.locator('.ant-form-item').filter({ has: page.getByLabel('征集活动') });
  await chosen.getByText(/养犬管理条例村民座谈会/).waitFor();
  await screenshot(page, 'phone-opinion-from-activity');
  await page.getByLabel('修改意见').fill('座谈会上村民建议：犬只登记可在村便民服务站办理。');
  // From an activity: its channel is taken, where the opinion goes is chosen.
  await choose(page, '针对条款', '总体意见');
  await page.getByRole('button', { name: '提交', exact: true }).click();
  const receipt = (await page.getByTestId('receipt-number').textContent())!.trim();
  expect(receipt).toMatch(/^\d{14}$/);

  const stored = (await collectorOpinions()).find((o) => o.receiptNumber === receipt)!;
  expect(stored.activityId).toBeTruthy();
  await page.goto(`/tasks/${taskId}/activities`);
  await activity.getByText('本活动的意见：1 条').waitFor();
  await activity.getByText(`回执号 ${receipt}`).waitFor();
  await screenshot(page, 'phone-activities-with-opinion');
  await context.close();

  // On a desk too: no sideways scrolling, no serious violations.
  const desk = await newPage(h, DESK);
  await signIn(desk.page, 'collector');
  await desk.page.goto(`/tasks/${taskId}/activities`);
  await desk.page.getByText('本活动的意见：1 条').waitFor();
  await noSidewaysScroll(desk.page);
  await screenshot(desk.page, 'desk-activities');
  expect(await seriousViolations(desk.page)).toEqual([]);
  await desk.context.close();
}, 300_000);

it('a collector downloads the template, uploads a filled sheet and reads every problem by row and column', async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'collector');
  await page.goto(`/tasks/${taskId}`);
  await page.getByRole('button', { name: '纸质意见表' }).click();
  await page.getByRole('heading', { name: '纸质意见表' }).waitFor();
  await noSidewaysScroll(page);
  expect(await seriousViolations(page)).toEqual([]);

  const [download, response] = await Promise.all([
    page.waitForEvent('download'),
    page.waitForResponse((r) => r.url().includes('/opinion-template.xlsx')),
    page.getByRole('button', { name: '下载意见征集表模板' }).click(),
  ]);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('spreadsheetml.sheet');
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const template = await readFile(await download.path());
  expect(template.subarray(0, 2).toString()).toBe('PK');

  // Filled in as a collector would: the downloaded template, one good row and one without its 修改意见.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer, { ignoreNodes: ['dataValidations'] });
  const sheet = workbook.getWorksheet('意见')!;
  const headers = (sheet.getRow(1).values as unknown[]).map((v) =>
    (typeof v === 'string' ? v : '').replace('（必填）', ''),
  );
  const fill = (rowNumber: number, values: Record<string, string | number>) => {
    const row = sheet.getRow(rowNumber);
    for (const [name, value] of Object.entries(values)) row.getCell(headers.indexOf(name)).value = value;
    row.commit();
  };
  fill(2, {
    条款: '第三条',
    修改意见: '纸质表：建议第三条写明乡镇的职责。',
    征集方式: '座谈会',
    代表人数: 5,
  });
  fill(3, { 条款: '第七条', 修改意见: '', 理由: '漏填了修改意见', 征集方式: '走访' });
  const filled = Buffer.from(await workbook.xlsx.writeBuffer());
  const before = (await collectorOpinions()).length;

  await page.locator('input[type=file]').setInputFiles({
    name: '石桥村意见表.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: filled,
  });
  const result = page.getByTestId('import-result');
  await result.getByText('已保存 1 条意见').waitFor();
  const problem = result.locator('tbody tr');
  await expect(problem.count()).resolves.toBe(1);
  const cells = (await problem.first().locator('td').allTextContents()).map((c) => c.trim());
  expect(cells.slice(0, 2)).toEqual(['3', '修改意见']);
  expect(cells[2]).toMatch(/[\u4e00-\u9fff]/);
  await noSidewaysScroll(page);
  await screenshot(page, 'phone-paper-result');
  expect(await seriousViolations(page)).toEqual([]);

  const after = await collectorOpinions();
  expect(after).toHaveLength(before + 1);
  expect(after.some((o) => o.proposedChange === '纸质表：建议第三条写明乡镇的职责。')).toBe(true);
  await context.close();
}, 300_000);
