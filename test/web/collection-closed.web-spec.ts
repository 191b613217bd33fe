// What a collector sees once his point stops collecting (newcomer walk-through §1, §4, §5): 首页 says 已停止征集 instead of
// a countdown, the reader offers no 提出意见 and says why, and the opinion form refuses, even without a network (it
// must not queue an opinion the server will refuse after the contributor has left). Provisions read as citations
// (第七条, 第十三条), never as their addresses (art_7). Screenshots: $TMPDIR/minyi-web-screens/closed-*.png.
import type { Page } from 'playwright-core';
import {
  choose,
  newPage,
  openDogTask,
  PHONE,
  screenshot,
  signIn,
  startConsolidation,
  startWebHarness,
  type WebHarness,
  sidewaysOverflow,
} from './web-harness.js';

let h: WebHarness;
let taskId: string;

beforeAll(async () => {
  h = await startWebHarness();
  ({ taskId } = await openDogTask(h.t));
});
afterAll(() => h?.close());

function myTask(page: Page) {
  return page.getByTestId('my-task').filter({ has: page.locator(`a[href="/tasks/${taskId}"]`) });
}

async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(`(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  })()`);
}

it('while collecting: labelled deadlines and citations, offline too', async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'collector');
  const item = myTask(page);
  await item.waitFor();
  await item.getByText('个人任务').waitFor();
  await item.getByText(/本人完成时限/).waitFor();
  await item.getByText(/剩 \d+ 天/).waitFor();
  // Rounds long over (the demo's 2022 tasks, each submitted by the point on its deadline day) are closed, not overdue
  // work.
  expect(await page.getByText('已逾期').count()).toBe(0);
  expect(await page.getByText('已过完成时限').count()).toBe(0);
  await page.getByTestId('my-task').getByText('已报送', { exact: true }).first().waitFor();
  await screenshot(page, 'closed-0-home-open-phone');

  await page.goto(`/tasks/${taskId}/opinions/new?provision=art_13`);
  await page
    .locator('.ant-form-item')
    .filter({ has: page.getByRole('combobox', { name: '针对条款' }) })
    .getByText('第十三条', { exact: true })
    .waitFor();
  await page.getByTestId('provision-text').waitFor();
  expect(await page.getByText('art_13').count()).toBe(0);
  await screenshot(page, 'closed-1-form-open-phone');

  // Offline: the form (no answer from the server) still says 第七条, and so does 待同步.
  await serviceWorkerReady(page);
  await context.setOffline(true);
  await page.goto(`/tasks/${taskId}/opinions/new?provision=art_7`);
  await page
    .locator('.ant-form-item')
    .filter({ has: page.getByRole('combobox', { name: '针对条款' }) })
    .getByText('第七条', { exact: true })
    .waitFor();
  await page.getByLabel('修改意见').fill('离线记录：建议第七条写明登记所需材料。');
  await choose(page, '征集方式', '走访');
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.getByRole('button', { name: '查看待同步' }).click();
  const queued = page.getByTestId('queued-opinion');
  await queued.getByText('第七条', { exact: true }).waitFor();
  expect(await queued.getByText('art_7').count()).toBe(0);
  await screenshot(page, 'closed-2-pending-phone');
  await context.setOffline(false);
  await queued.getByText('已同步').waitFor({ timeout: 30_000 });
  await context.close();
}, 300_000);

it('once the point consolidates: no countdown, no 提出意见, and the form refuses (offline as well)', async () => {
  // The collector's phone has seen the task open (home and reader remember what the server said).
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'collector');
  await myTask(page)
    .getByText(/剩 \d+ 天/)
    .waitFor();
  await serviceWorkerReady(page);

  expect(await startConsolidation(h.t, taskId)).toBe('CONSOLIDATING');

  await page.reload();
  const item = myTask(page);
  await item.getByText('已停止征集', { exact: true }).waitFor();
  expect(await item.getByText(/剩 \d+ 天/).count()).toBe(0);
  expect(await item.getByText('纸质意见表').count()).toBe(0);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await item.scrollIntoViewIfNeeded();
  await screenshot(page, 'closed-3-home-phone');

  await item.getByRole('link', { name: '查看草案' }).click();
  await page
    .getByTestId('collection-closed')
    .getByText(/已停止征集、开始汇总/)
    .waitFor();
  await page.getByRole('region', { name: '第三条' }).waitFor();
  expect(await page.getByRole('button', { name: '对第三条提出意见' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: '提出意见' }).count()).toBe(0);
  expect(await page.getByText(/剩 \d+ 天/).count()).toBe(0);
  expect(await page.getByRole('button', { name: '纸质意见表' }).count()).toBe(0);
  await screenshot(page, 'closed-4-reader-phone');

  // A link kept from before (or typed): the form says why instead of taking the opinion.
  await page.goto(`/tasks/${taskId}/opinions/new?provision=art_13`);
  await page.getByTestId('collection-closed').waitFor();
  await page.getByRole('link', { name: '第十三条' }).waitFor();
  expect(await page.getByRole('button', { name: '提交', exact: true }).count()).toBe(0);
  await screenshot(page, 'closed-5-form-phone');

  // Offline, nothing from the server: what the device last heard still closes the form, and nothing is queued.
  await context.setOffline(true);
  await page.goto(`/tasks/${taskId}/opinions/new`);
  await page.getByTestId('collection-closed').waitFor();
  expect(await page.getByRole('button', { name: '提交', exact: true }).count()).toBe(0);
  await context.setOffline(false);
  await context.close();

  const desk = await newPage(h, { width: 1280, height: 800 });
  await signIn(desk.page, 'collector');
  await myTask(desk.page).getByText('已停止征集', { exact: true }).waitFor();
  await myTask(desk.page).scrollIntoViewIfNeeded();
  await screenshot(desk.page, 'closed-6-home-desk');
  await desk.page.goto(`/tasks/${taskId}`);
  await desk.page.getByTestId('collection-closed').waitFor();
  await screenshot(desk.page, 'closed-7-reader-desk');
  await desk.context.close();
}, 300_000);
