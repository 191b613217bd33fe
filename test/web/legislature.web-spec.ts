// The legislature's staff (`legislature`) at a desk, in Chromium, against the real server on a fresh demo: registers a
// draft from a .txt file and reads its provision tree and a warning before saving; issues a task to the demo point
// with a deadline and two focus questions (a past deadline refused on its field), which the point's head then sees on
// 首页; extends one point's deadline; opens a 2022 task's received tables, downloads a .docx, and reads the view by
// provision. Every page passes axe and does not scroll sideways on a phone. Screenshots: $TMPDIR/minyi-web-screens.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
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
  openDogRound,
} from './web-harness.js';
import { demoDraftId, submittedTask } from './legis-steps.js';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/regulations/small/with-table-of-contents.txt');
const POINT = '西南大学国家治理学院基层立法联系点';

let h: WebHarness;

beforeAll(async () => {
  h = await startWebHarness();
});
afterAll(() => h?.close());

async function checkPage(page: Page): Promise<void> {
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  expect(await seriousViolations(page)).toEqual([]);
}

/** The same address on a phone: it must not scroll sideways; one screenshot for the eye. */
async function onPhone(path: string, ready: (page: Page) => Promise<unknown>, name: string): Promise<void> {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'legislature');
  await page.goto(path);
  await ready(page);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await screenshot(page, name);
  await context.close();
}

function beijingDate(offsetDays: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

it('registers a draft from a .txt file, reading its provision tree and a warning before saving', async () => {
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'legislature');
  await page.getByRole('link', { name: '草案', exact: true }).first().click();
  await page.getByRole('heading', { name: '草案', exact: true }).waitFor();
  await checkPage(page);
  await screenshot(page, 'desk-legislature-drafts');
  await page.getByRole('button', { name: '登记草案' }).click();
  await page.getByRole('heading', { name: '登记草案' }).waitFor();

  await page.getByLabel('草案名称').fill('某省档案管理条例（草案）');
  // Nothing to save until the text was parsed and read.
  expect(await page.getByRole('button', { name: /保存草案/ }).isDisabled()).toBe(true);
  await page.locator('input[type=file]').setInputFiles(FIXTURE);
  await page.getByText('已选择：with-table-of-contents.txt').waitFor();
  await page.getByRole('button', { name: '解析预览', exact: true }).click();
  await page.getByText('解析结果（尚未保存）').waitFor();
  await page.getByText('某省档案管理条例（草案修改稿）').waitFor();
  await page.getByText(/解析时发现 1 个问题/).waitFor();
  await page.getByText(/已跳过第3行至第13行的目录/).waitFor();
  const tree = page.getByRole('tree', { name: '条文结构' });
  await tree.getByText('第一编　总则', { exact: false }).first().waitFor();
  await tree.getByText('第一条', { exact: true }).waitFor();
  const articles = await page.getByTestId('preview-articles').textContent();
  expect(articles).toMatch(/^共 \d+ 条$/);
  await checkPage(page);
  await page.getByText('解析结果（尚未保存）').scrollIntoViewIfNeeded();
  await screenshot(page, 'desk-legislature-new-draft-preview');

  await page.getByRole('button', { name: '保存草案' }).click();
  await page.getByRole('heading', { name: '某省档案管理条例（草案）' }).waitFor();
  await page.getByText('第1稿 征求意见稿').waitFor();
  await page
    .getByText(articles!.replace(/^共 /, '').replace(/ 条$/, '') + ' 条', { exact: false })
    .first()
    .waitFor();
  await page.getByText('解析时发现 1 个问题').waitFor();
  await checkPage(page);
  await screenshot(page, 'desk-legislature-draft');
  await context.close();
});

it('on a phone: the drafts, a draft with its versions, and the parse preview of pasted text', async () => {
  const dogDraft = await demoDraftId(h.t, '养犬');
  await onPhone('/drafts', (p) => p.getByText('本机关的草案').waitFor(), 'phone-legislature-drafts');
  await onPhone(`/drafts/${dogDraft}`, (p) => p.getByText('上传新稿次').waitFor(), 'phone-legislature-draft');
  const { context: phone, page: phonePage } = await newPage(h, PHONE);
  await signIn(phonePage, 'legislature');
  await phonePage.goto('/drafts/new');
  await phonePage.getByText('粘贴文本', { exact: true }).click();
  await phonePage.getByLabel('草案全文').fill(await readFile(FIXTURE, 'utf8'));
  await phonePage.getByRole('button', { name: '解析预览', exact: true }).click();
  await phonePage.getByText('解析结果（尚未保存）').waitFor();
  expect(await sidewaysOverflow(phonePage)).toBeLessThanOrEqual(0);
  await screenshot(phonePage, 'phone-legislature-new-draft-preview');
  await phone.close();
});

it('issues a task to the demo point with a deadline and two focus questions; the head sees it on 首页', async () => {
  const title = `关于征求《重庆市养犬管理条例（草案）》意见的通知（浏览器测试）`;
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'legislature');
  await page.getByRole('link', { name: '发出新任务' }).click();
  await page.getByRole('heading', { name: '发出征求意见任务' }).waitFor();

  await page.getByLabel('征求意见的稿次').fill('养犬');
  await page.locator('.ant-select-item-option').filter({ hasText: '养犬管理条例' }).first().click();
  await page.getByLabel('任务名称').fill(title);
  await page.getByRole('checkbox', { name: POINT }).check();
  await page.getByRole('textbox', { name: '重点问题 1' }).fill('犬只登记的条件和期限是否合适？');
  await page.getByRole('button', { name: '添加重点问题' }).click();
  await page.getByRole('textbox', { name: '重点问题 2' }).fill('禁养犬只的名录由谁制定为宜？');
  await page.getByLabel('征求意见通知').fill('请组织本联系点征求群众意见，于截止日期前报送。');
  // A deadline already past: the API's message sits on the field.
  await page.getByLabel('截止日期').fill(beijingDate(-3));
  await page.getByRole('button', { name: '发出任务' }).click();
  const deadlineItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('截止日期') });
  await deadlineItem.getByText(/已经过去，请选择将来的时间/).waitFor();
  await checkPage(page);
  await screenshot(page, 'desk-legislature-new-task-error');

  const deadline = beijingDate(20);
  await page.getByLabel('截止日期').fill(deadline);
  await page.getByRole('button', { name: '发出任务' }).click();
  await page.getByRole('heading', { name: '各联系点情况' }).waitFor();
  await page.getByText(title).waitFor();
  const row = page.locator('.point-row').filter({ hasText: POINT });
  await row.getByText('已接收').or(row.getByText('已分发')).first().waitFor();
  await row.getByText(`适用截止 ${deadline.replaceAll('-', '/')} 23:59`).waitFor();
  await checkPage(page);
  await context.close();

  const { context: headContext, page: headPage } = await newPage(h, DESK);
  await signIn(headPage, 'head');
  await headPage.getByRole('link', { name: title }).first().waitFor();
  await screenshot(headPage, 'desk-head-home-new-task');
  await headContext.close();
});

it("extends one point's deadline on 各联系点情况", async () => {
  const task = await openDogRound(h.t);
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'legislature');
  await page.getByRole('link', { name: `${task.title}的各联系点情况` }).click();
  await page.getByRole('heading', { name: '各联系点情况' }).waitFor();
  await checkPage(page);
  const row = page.locator('.point-row').filter({ hasText: POINT });
  expect(await row.getByText('已延长').count()).toBe(0);
  await page.getByRole('button', { name: `延长截止时间：${POINT}` }).click();
  const dialog = page.getByRole('dialog', { name: `延长截止时间：${POINT}` });
  const newDeadline = beijingDate(40);
  await dialog.getByLabel('新的截止日期').fill(newDeadline);
  // The reason is required.
  await dialog.getByRole('button', { name: '延长' }).click();
  await dialog.getByText('请填写延长理由').waitFor();
  await dialog.getByLabel('延长理由').fill('该联系点需组织两场座谈会，申请延长。');
  await checkPage(page);
  await screenshot(page, 'desk-legislature-extend-deadline');
  await dialog.getByRole('button', { name: '延长' }).click();
  await page.getByText(`已延长${POINT}的截止时间`).waitFor();
  await row.getByText('已延长').waitFor();
  await row.getByText(`适用截止 ${newDeadline.replaceAll('-', '/')} 23:59`).waitFor();
  await screenshot(page, 'desk-legislature-points');
  await context.close();
});

it('on a phone: issuing a task, and the points of a task', async () => {
  const task = await openDogRound(h.t);
  await onPhone('/tasks/new', (p) => p.getByLabel('任务名称').waitFor(), 'phone-legislature-new-task');
  await onPhone(
    `/tasks/${task.taskId}/points`,
    (p) => p.getByText('各联系点情况').first().waitFor(),
    'phone-legislature-points',
  );
});

it("opens a 2022 task's received tables, downloads the .docx, and reads the points' counts by provision", async () => {
  const { task, suggestions, firstProvision } = await submittedTask(h.t, '物业管理条例');
  expect(suggestions).toBeGreaterThan(0);
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'legislature');
  await page.getByRole('link', { name: `${task.title}收到的汇总表` }).click();
  await page.getByRole('heading', { name: '收到的汇总表' }).waitFor();
  await page.getByText(`${suggestions} 条汇总意见`, { exact: true }).first().waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `下载 Word：${POINT}的汇总表` }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  // By provision: the first provision in draft order, which points said how much.
  const first = page.getByTestId('provision-row').first();
  await first.getByText(firstProvision.citation, { exact: true }).waitFor();
  await first.getByText(`${firstProvision.suggestions} 条汇总意见`).waitFor();
  for (const p of firstProvision.points) await first.getByText(`${p.name}：${p.suggestions} 条`).waitFor();
  await first.getByText(/查看 \d+ 条意见/).click();
  await checkPage(page);
  await screenshot(page, 'desk-legislature-received');
  await context.close();
});

it("on a phone: a 2022 task's received tables", async () => {
  const { task } = await submittedTask(h.t, '物业管理条例');
  await onPhone(
    `/tasks/${task.id}/received`,
    (p) => p.getByTestId('provision-row').first().waitFor(),
    'phone-legislature-received',
  );
});
