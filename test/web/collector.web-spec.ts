// A collector on a phone, in Chromium, against the real server: sign in, open the dog-management task, submit an
// opinion on a provision and read the receipt; the same offline (待同步 → synced once); a field error on its field;
// no serious accessibility violations on the main pages. Screenshots: $TMPDIR/minyi-web-screens.
import type { Page } from 'playwright-core';
import {
  choose,
  waitInPage,
  createColleague,
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

async function collectorOpinions(): Promise<Array<{ receiptNumber: string; proposedChange: string }>> {
  const token = await h.t.login('collector');
  const res = await h.t.gql<{
    opinions: { edges: Array<{ node: { receiptNumber: string; proposedChange: string } }> };
  }>(
    'query($t: ID!) { opinions(taskId: $t, first: 100) { edges { node { receiptNumber proposedChange } } } }',
    { t: taskId },
    token,
  );
  return res.data!.opinions.edges.map((e) => e.node);
}

async function noSidewaysScroll(page: Page): Promise<void> {
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
}

it('a collector on a phone submits an opinion on a provision of the dog-management task and reads the receipt', async () => {
  const { context, page } = await newPage(h, PHONE);
  await page.goto('/');
  await page.getByRole('button', { name: '登录' }).waitFor();
  await screenshot(page, 'phone-sign-in');
  expect(await seriousViolations(page)).toEqual([]);

  await signIn(page, 'collector');
  await page.locator(`a[href="/tasks/${taskId}"]`).first().waitFor();
  await noSidewaysScroll(page);
  await screenshot(page, 'phone-home');
  expect(await seriousViolations(page)).toEqual([]);

  await page.locator(`a[href="/tasks/${taskId}"]`).first().click();
  await page
    .getByRole('heading', { name: /养犬管理条例/ })
    .first()
    .waitFor();
  const article3 = page.getByRole('region', { name: '第三条' });
  await article3.waitFor();
  await article3.getByText('分发给我').waitFor();
  await noSidewaysScroll(page);
  await screenshot(page, 'phone-draft-reader');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: '对第三条提出意见' }).click();
  await page.getByLabel('修改意见').fill('建议在第三条中增加“动物防疫机构参与”的内容。');
  await page.getByLabel('理由').fill('村民反映防疫工作需要兽医参与。');
  await choose(page, '征集方式', '走访');
  await noSidewaysScroll(page);
  await screenshot(page, 'phone-opinion-form');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: '提交', exact: true }).click();
  const receipt = page.getByTestId('receipt-number');
  await receipt.waitFor();
  const number = (await receipt.textContent())!.trim();
  expect(number).toMatch(/^\d{14}$/);
  await screenshot(page, 'phone-receipt');

  const stored = await collectorOpinions();
  expect(stored.filter((o) => o.receiptNumber === number)).toHaveLength(1);
  await context.close();
}, 300_000);

it('offline: the page still opens, the opinion waits as 待同步, and is stored once when the network returns', async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'collector');
  // The service worker must control the page before the network goes away.
  await page.evaluate(`(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  })()`);
  const before = (await collectorOpinions()).length;

  await context.setOffline(true);
  await page.goto(`/tasks/${taskId}/opinions/new?provision=art_7`);
  await page.getByLabel('修改意见').fill('离线记录：建议第七条明确一般管理区的登记办法。');
  await choose(page, '征集方式', '走访');
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.getByText('待同步', { exact: true }).first().waitFor();
  await page.getByRole('button', { name: '查看待同步' }).click();
  const item = page.getByTestId('queued-opinion');
  await item.getByText('待同步').waitFor();
  await screenshot(page, 'phone-pending-offline');
  expect(await collectorOpinions()).toHaveLength(before);

  await context.setOffline(false);
  await item.getByText('已同步').waitFor({ timeout: 30_000 });
  const receipt = (await item.locator('.receipt-number').textContent())!.trim();
  expect(receipt).toMatch(/^\d{14}$/);
  await screenshot(page, 'phone-pending-synced');

  // Sending again (the same idempotency key) must not store it twice.
  await page.evaluate(`window.dispatchEvent(new Event('online'))`);
  await page.getByRole('button', { name: '立即同步' }).click();
  await item.getByText('已同步').waitFor();
  const after = await collectorOpinions();
  expect(after).toHaveLength(before + 1);
  expect(after.filter((o) => o.receiptNumber === receipt)).toHaveLength(1);
  await context.close();
});

it('on a shared device the next collector neither sees, opens nor sends the opinions another left waiting', async () => {
  // A unit's laptop at a forum: 杨帆 (collector) records an opinion offline with the contributor's name and phone and
  // signs out before it is sent; a colleague of the same unit then signs in on the same browser.
  await createColleague(h.t);
  const text = '共用电脑：建议第七条写明犬只登记证的补办期限。';
  const storedWith = async (): Promise<number> => {
    const res = await h.t.gql<{ opinions: { edges: Array<{ node: { proposedChange: string } }> } }>(
      'query($t: ID!) { opinions(taskId: $t, first: 100) { edges { node { proposedChange } } } }',
      { t: taskId },
      await h.t.login('head'),
    );
    return res.data!.opinions.edges.filter((e) => e.node.proposedChange === text).length;
  };

  const { context, page } = await newPage(h, PHONE);
  // Every submitOpinion(s) request the page makes: what was sent, not how long we waited.
  const submits: string[] = [];
  page.on('request', (request) => {
    const body = request.postData();
    if (request.url().endsWith('/graphql') && body?.includes('submitOpinion')) submits.push(body);
  });
  await signIn(page, 'collector');
  await page.evaluate(`(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  })()`);
  await context.setOffline(true);
  await page.goto(`/tasks/${taskId}/opinions/new?provision=art_7`);
  await page.getByLabel('修改意见').fill(text);
  await choose(page, '征集方式', '走访');
  await page.getByLabel('记录提出人个人信息（选填）').click();
  await page.getByLabel('已向提出人宣读上述内容，提出人同意').check();
  await page.getByLabel('姓名', { exact: true }).fill('共用机测试人');
  await page.getByLabel('电话', { exact: true }).fill('13900001111');
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.getByText('待同步', { exact: true }).first().waitFor();
  const key = await page.evaluate<string>(`new Promise((resolve, reject) => {
    const open = indexedDB.open('minyi-offline');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('opinions').objectStore('opinions').getAllKeys();
      all.onsuccess = () => resolve(String(all.result[0]));
    };
  })`);
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('button', { name: '退出', exact: true }).click();
  await page.getByRole('button', { name: '登录' }).waitFor();

  await context.setOffline(false);
  await signIn(page, 'colleague');
  await page.goto('/pending');
  await page.getByText('本机没有待同步的意见').waitFor();
  expect(await page.getByTestId('queued-opinion').count()).toBe(0);
  // Nor by its address: the form does not open it, so the contributor's name and phone are not shown.
  await page.goto(`/tasks/${taskId}/opinions/new?queued=${key}&provision=art_7`);
  await page.getByTestId('queued-missing').waitFor();
  expect(await page.getByLabel('修改意见').inputValue()).toBe('');
  expect(await page.content()).not.toContain('13900001111');
  // Nor is it sent under the colleague's name by the background sync (it runs on sign-in and when online): 立即同步
  // joins a run under way, so once it has finished every run begun before has sent what it was going to.
  await page.goto('/pending');
  await page.evaluate(`window.dispatchEvent(new Event('online'))`);
  await page.getByRole('button', { name: '立即同步' }).click();
  await waitInPage(page, `!document.querySelector('.ant-btn-loading')`);
  expect(submits.filter((body) => body.includes(text))).toEqual([]);
  expect(await storedWith()).toBe(0);

  // Back in her own session the collector finds it waiting, and it is stored once, as hers.
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('button', { name: '退出', exact: true }).click();
  await page.getByRole('button', { name: '登录' }).waitFor();
  await signIn(page, 'collector');
  await page.goto('/pending');
  await page.getByTestId('queued-opinion').getByText('已同步').waitFor({ timeout: 30_000 });
  expect(await storedWith()).toBe(1);
  expect((await collectorOpinions()).filter((o) => o.proposedChange === text)).toHaveLength(1);
  await context.close();
}, 180_000);

it("shows the API's field error on its form field", async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'collector');
  await page.goto(`/tasks/${taskId}/opinions/new?provision=art_3`);
  await page.getByLabel('修改意见').fill('一位少年提出的意见。');
  await choose(page, '征集方式', '走访');
  await page.getByLabel('记录提出人个人信息（选填）').click();
  await page.getByLabel('已向提出人宣读上述内容，提出人同意').check();
  await page.getByLabel('提出人不满十四周岁').check();
  await page.getByRole('button', { name: '提交', exact: true }).click();
  const guardian = page.locator('.ant-form-item').filter({ has: page.getByLabel('已取得监护人同意') });
  await guardian.getByText('须取得其监护人同意').waitFor();
  await screenshot(page, 'phone-field-error');
  await context.close();
});

it('desk-sized: the home page, the reader and 我的意见 read well and pass axe', async () => {
  const token = await h.t.login('collector');
  const submitted = await h.t.gql<{ submitOpinion: { receiptNumber: string } }>(
    'mutation($t: ID!) { submitOpinion(input: {taskId: $t, channel: FORUM, provisionAddress: "art_7", proposedChange: "座谈会上提出：第七条应写明登记费用。"}) { receiptNumber } }',
    { t: taskId },
    token,
  );
  expect(submitted.errors).toBeUndefined();
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'collector');
  await screenshot(page, 'desk-home');
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`/tasks/${taskId}/provisions/art_7`);
  await page.getByRole('region', { name: '第七条' }).waitFor();
  await screenshot(page, 'desk-draft-reader');
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`/opinions?task=${taskId}`);
  await page.getByText(`回执号 ${submitted.data!.submitOpinion.receiptNumber}`).waitFor();
  await screenshot(page, 'desk-my-opinions');
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/inbox');
  await page.getByRole('heading', { name: '通知', exact: true }).waitFor();
  await screenshot(page, 'desk-inbox');
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
}, 300_000);
