// What the review of issue 14's pages found missing, walked in Chromium against the real server on a fresh demo:
// 总体意见 as an entry of its own in the workbench with its counts, its lists holding general opinions only; the
// add-to-suggestion choice found by typing on the server (not only the first 50); the ledger's 考核表 as .docx beside
// the .xlsx, downloaded through the signed link and read back.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { readDocx } from '../support/office-files.js';
import {
  DESK,
  newPage,
  PHONE,
  screenshot,
  sidewaysOverflow,
  signIn,
  startWebHarness,
  type WebHarness,
} from './web-harness.js';
import { openRound } from './web-harness.js';

let h: WebHarness;
beforeAll(async () => {
  h = await startWebHarness();
});
afterAll(() => h?.close());

const figure = async (page: Page, id: string): Promise<number> =>
  Number(await page.getByTestId(id).textContent());

/** Waits for the 未处理 counter to read n. */
const unaccountedIs = (page: Page, n: number) =>
  page
    .getByTestId('count-unaccounted')
    .filter({ hasText: new RegExp(`^${n}$`) })
    .waitFor();

async function openWorkbench(page: Page, taskId: string, query = ''): Promise<void> {
  await page.goto(`/tasks/${taskId}/consolidation${query}`);
  await page.getByRole('heading', { name: '汇总工作台' }).waitFor();
  await page.getByTestId('count-unaccounted').waitFor();
}

it('lists 总体意见 as an entry of its own, counted, and its lists hold general opinions only', async () => {
  const { taskId } = await openRound(h.t, '养犬');
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'liaison');
  await openWorkbench(page, taskId);
  const nav = page.getByRole('navigation', { name: '条文' });
  const entry = nav.getByRole('button', { name: /^总体意见/ });
  // Pinned under 全部条文: the second entry, found without paging through the provisions.
  expect(await nav.getByRole('button').nth(1).textContent()).toMatch(/^总体意见/);
  const counts = await page.getByTestId('general-counts').textContent();
  const general = Number(/(\d+) 条意见/.exec(counts ?? '')?.[1]);
  expect(general).toBeGreaterThan(0);
  await entry.click();
  await nav.locator('[aria-current="true"]', { hasText: '总体意见' }).waitFor();
  await page.getByRole('region', { name: '总体意见的计数' }).waitFor();
  // 未处理 for 总体意见: every row is a general opinion, and as many as the entry counts (nothing drafted yet).
  await page
    .getByRole('group', { name: '查看' })
    .getByRole('button', { name: /^未处理/ })
    .click();
  await page.getByText(`未处理的意见：${general} 条`).waitFor();
  const metas = await page.locator('.wb-row-meta > span:first-child').allTextContents();
  expect(metas.length).toBe(general);
  expect(new Set(metas)).toEqual(new Set(['总体意见']));
  expect(await figure(page, 'count-unaccounted')).toBeGreaterThan(general);
  await screenshot(page, 'gaps-general-desk');
  await context.close();
});

it('finds the suggestion to add opinions to by typing, among all of the task’s suggestions', async () => {
  const { taskId } = await openRound(h.t, '养犬');
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'liaison');
  await openWorkbench(page, taskId, '?tab=unaccounted');
  const before = await figure(page, 'count-unaccounted');
  expect(before).toBeGreaterThan(2);
  // Two suggestions from two opinions, then a third opinion added to the second one, found by a word of it.
  const checks = page.getByRole('checkbox', { name: /^选择意见/ });
  await checks.first().check();
  await page.getByRole('button', { name: '新建汇总条目' }).click();
  await unaccountedIs(page, before - 1);
  const target = (await page.locator('.wb-row').first().locator('.ant-typography').first().textContent())!;
  await checks.first().check();
  await page.getByRole('button', { name: '新建汇总条目' }).click();
  await unaccountedIs(page, before - 2);

  await checks.first().check();
  await page.getByRole('button', { name: '加入汇总条目…' }).click();
  const dialog = page.getByRole('dialog', { name: /加入汇总条目/ });
  await dialog.getByText(/的汇总条目共 2 条/).waitFor();
  const word = target.replace(/[，。；、\s]/g, '').slice(0, 6);
  await dialog.getByRole('searchbox', { name: '查找汇总条目' }).fill(word);
  await dialog.getByText(`含“${word}”的汇总条目共 1 条`).waitFor();
  expect(await dialog.getByRole('radio').count()).toBe(1);
  await dialog.getByRole('searchbox', { name: '查找汇总条目' }).fill('没有这样的词语');
  await dialog.getByText('没有找到符合的汇总条目，换个词试试').waitFor();
  await dialog.getByRole('searchbox', { name: '查找汇总条目' }).fill(word);
  await dialog.getByRole('radio').first().check();
  await screenshot(page, 'gaps-picker-phone');
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await dialog.getByRole('button', { name: '加入' }).click();
  await page.getByText('已把 1 条意见加入汇总条目').waitFor();
  await unaccountedIs(page, before - 3);
  await context.close();
});

it('downloads the 2022 考核表 as .docx beside the .xlsx, with the ledger’s figures', async () => {
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'head');
  await page.goto('/ledger?year=2022');
  await page.getByTestId('ledger-tasks').waitFor();
  await page.getByRole('button', { name: '下载 2022 年度考核表（.xlsx）' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载 2022 年度考核表（.docx）' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/2022年度考核表\.docx$/);
  const { paragraphs, tables } = await readDocx(await readFile(await download.path()));
  expect(paragraphs[0]).toMatch(/2022年度立法信息采集工作考核表$/);
  const totals = tables[0].body.at(-1)!;
  expect([totals[0], totals[1], totals[4], totals[5]]).toEqual([
    '合计',
    await page.getByTestId('ledger-tasks').textContent(),
    await page.getByTestId('ledger-adopted').textContent(),
    await page.getByTestId('ledger-partially-adopted').textContent(),
  ]);
  await context.close();
});
