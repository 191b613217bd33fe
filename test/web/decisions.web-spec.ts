// The legislature at a desk, in Chromium, against the real server: the open dog-management (养犬) round submitted by
// the demo point (made through the API, with a 二审稿 so that each row has evidence from the later text). On 采纳情况
// it decides the first rows by keyboard only, right after the page loads (1–4, Enter, the reason, Enter), the others by pointer, reloads and finds
// its drafts kept, publishes them together (the confirmation names the rows and the points), sees the read-only
// outcomes and downloads the 修改对照表 (.docx) with a suggestion's text inside. axe-clean, no sideways scrolling at
// desk and phone sizes. Screenshots: $TMPDIR/minyi-web-screens.
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { docxText } from '../support/office-files.js';
import { submittedDogTask } from '../support/submitted-dog-task.js';
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
} from './web-harness.js';

let h: WebHarness;
let taskId: string;
let proposals: string[];

beforeAll(async () => {
  h = await startWebHarness();
  ({ taskId } = await submittedDogTask(h.t));
  const token = await h.t.login('legislature');
  const res = await h.t.gql<{
    adoptionReview: { items: { edges: Array<{ node: { proposedChange: string } }> } };
  }>(
    'query($t: ID!) { adoptionReview(taskId: $t) { items(first: 100) { edges { node { proposedChange } } } } }',
    { t: taskId },
    token,
  );
  proposals = res.data!.adoptionReview.items.edges.map((e) => e.node.proposedChange);
}, 180_000);
afterAll(() => h?.close());

const progress = (page: Page) => page.getByTestId('decided-progress');

async function waitForProgress(page: Page, text: string): Promise<void> {
  await page.getByTestId('decided-progress').filter({ hasText: text }).waitFor();
}

async function openDecisions(page: Page): Promise<void> {
  await signIn(page, 'legislature');
  // From the task's 采纳情况 link on 首页.
  const link = page.locator(`a[href="/tasks/${taskId}/decisions"]`).first();
  await link.waitFor();
  await link.click();
  await page.getByRole('heading', { name: /^采纳情况：/ }).waitFor();
  await waitForProgress(page, `/ ${proposals.length}`);
}

let desk: { context: BrowserContext; page: Page };

it('opens the review with the later version’s evidence beside every row', async () => {
  expect(proposals.length).toBeGreaterThan(3);
  desk = await newPage(h, DESK);
  const { page } = desk;
  await openDecisions(page);
  expect(await progress(page).textContent()).toBe(`已决定 0 / ${proposals.length}`);
  await page.getByRole('columnheader', { name: '文本佐证（二审稿）' }).waitFor();
  await page
    .getByText(/^比对建议：/)
    .first()
    .waitFor();
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'desk-decisions');
});

it('on a phone, shows each row stacked with its choice and reason, without sideways scrolling', async () => {
  const { context, page } = await newPage(h, PHONE);
  await openDecisions(page);
  await page.getByRole('radiogroup', { name: '第 1 条的采纳情况' }).waitFor();
  await page.getByLabel('第 1 条的理由').waitFor();
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('radiogroup', { name: '第 1 条的采纳情况' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'phone-decisions-editing');
  await context.close();
});

it('decides two rows by keyboard only, from the moment the page shows: 1–4, the reason, Enter; k goes back', async () => {
  const { page } = desk;
  const n = proposals.length;
  // Right after the page loads, nothing has the focus and nothing was clicked; row 1 is highlighted and takes the keys.
  await page.reload();
  await waitForProgress(page, `已决定 0 / ${n}`);
  await page.locator('tr.decision-row-active').waitFor();
  expect(await page.evaluate<string>('document.activeElement?.tagName ?? ""')).toBe('BODY');
  // 1 (采纳) chooses at once and opens the reason box by itself; Enter saves and goes to the next row; 3 (未采纳) there.
  await page.keyboard.press('1');
  const first = page.getByRole('radiogroup', { name: '第 1 条的采纳情况' });
  await first
    .getByRole('radio', { name: '采纳', exact: true })
    .and(page.locator(':checked'))
    .waitFor({ state: 'attached' });
  expect(await page.evaluate<string>('document.activeElement?.getAttribute("aria-label") ?? ""')).toBe(
    '第 1 条的理由',
  );
  await page.getByText('填写理由后保存').first().waitFor();
  await page.keyboard.type('二审稿已按此意见修改。');
  await page.keyboard.press('Enter');
  await page.keyboard.press('3');
  await page.keyboard.type('与上位法规定不一致。');
  await page.keyboard.press('Enter');
  await waitForProgress(page, `已决定 2 / ${n}`);
  // k twice goes back up; 2 changes the first row to 部分采纳, its reason kept, saved at once.
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await page.keyboard.press('2');
  await first
    .getByRole('radio', { name: '部分采纳' })
    .and(page.locator(':checked'))
    .waitFor({ state: 'attached' });
  await screenshot(page, 'desk-decisions-keyboard');
});

it('decides the rest by pointer and finds every draft kept after a reload', async () => {
  const { page } = desk;
  const n = proposals.length;
  for (let i = 3; i <= n; i++) {
    await page
      .getByRole('radiogroup', { name: `第 ${i} 条的采纳情况` })
      .getByText('研究中', { exact: true })
      .click();
    await page.getByLabel(`第 ${i} 条的理由`).fill(`需进一步研究（第 ${i} 条）。`);
    await page.getByLabel(`第 ${i} 条的理由`).press('Tab');
  }
  await waitForProgress(page, `已决定 ${n} / ${n}`);
  await page.getByText('正在保存…').waitFor({ state: 'detached' });
  await page.reload();
  await waitForProgress(page, `已决定 ${n} / ${n}`);
  expect(await page.getByLabel('第 1 条的理由').inputValue()).toBe('二审稿已按此意见修改。');
  expect(await page.getByLabel('第 2 条的理由').inputValue()).toBe('与上位法规定不一致。');
  expect(
    await page
      .getByRole('radiogroup', { name: '第 1 条的采纳情况' })
      .getByRole('radio', { name: '部分采纳' })
      .isChecked(),
  ).toBe(true);
  await page.getByText(`待发布 ${n} 条`).waitFor();
});

it('publishes together after a confirmation naming the rows and points; then the page is read-only', async () => {
  const { page } = desk;
  const n = proposals.length;
  await page.getByRole('button', { name: '发布采纳情况' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(`将发布 ${n} 条采纳决定，涉及 1 个联系点。`).waitFor();
  await screenshot(page, 'desk-decisions-confirm');
  await dialog.getByRole('button', { name: '确认发布' }).click();
  await page.getByText(`采纳情况已发布（${n} 条），本页只读。`).waitFor();
  expect(await page.getByRole('textbox').count()).toBe(0);
  expect(await page.getByRole('button', { name: '发布采纳情况' }).count()).toBe(0);
  await page.getByText('二审稿已按此意见修改。').waitFor();
  expect(await page.locator('.ant-tag', { hasText: /^研究中$/ }).count()).toBe(n - 2);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'desk-decisions-published');
});

it('downloads the 修改对照表 (.docx) with a suggestion’s text inside', async () => {
  const { page, context } = desk;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载修改对照表' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^修改对照表.*\.docx$/);
  const text = await docxText(await readFile(await download.path()));
  expect(text).toContain(proposals[0].slice(0, 20));
  await context.close();
});

it('shows the published outcomes on a phone, without sideways scrolling', async () => {
  const { context, page } = await newPage(h, PHONE);
  await openDecisions(page);
  await page.getByText(/采纳情况已发布（\d+ 条），本页只读。/).waitFor();
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'phone-decisions');
  await context.close();
});
