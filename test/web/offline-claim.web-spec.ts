// Opinions left in the offline queue by the app before it recorded who wrote them (IndexedDB version 1, items with no
// writer) belong to nobody: the first account to open the queue must not get them — nor send them under its token —
// without saying so. A signed-in collector sees those still waiting on 待同步 as 本机有更新前保存的待同步意见, ticks the
// ones that are theirs and claims (认领所选) or discards (丢弃所选) them; the others stay unowned, their contributors'
// data sealed. Those version 1 had already sent (with their receipt) are shown apart, never offered, counted or deleted.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import {
  motionsSettled,
  choose,
  waitInPage,
  createColleague,
  newPage,
  openDogTask,
  PHONE,
  screenshot,
  signIn,
  startWebHarness,
  type WebHarness,
} from './web-harness.js';

let h: WebHarness;
let taskId: string;

beforeAll(async () => {
  h = await startWebHarness();
  ({ taskId } = await openDogTask(h.t));
});
afterAll(() => h?.close());

/** The task's opinions with this text, as the collector reads them (her own): their receipt numbers. */
async function stored(text: string): Promise<string[]> {
  const res = await h.t.gql<{
    opinions: { edges: Array<{ node: { proposedChange: string; receiptNumber: string } }> };
  }>(
    'query($t: ID!) { opinions(taskId: $t, first: 100) { edges { node { proposedChange receiptNumber } } } }',
    { t: taskId },
    await h.t.login('collector'),
  );
  return res
    .data!.opinions.edges.filter((e) => e.node.proposedChange === text)
    .map((e) => e.node.receiptNumber);
}

/** Any opinion of the task with this text, whoever recorded it. */
async function storedByAnyone(text: string): Promise<number> {
  const res = await h.t.gql<{ opinions: { edges: Array<{ node: { proposedChange: string } }> } }>(
    'query($t: ID!) { opinions(taskId: $t, first: 100) { edges { node { proposedChange } } } }',
    { t: taskId },
    await h.t.login('head'),
  );
  return res.data!.opinions.edges.filter((e) => e.node.proposedChange === text).length;
}

interface Version1Item {
  text: string;
  /** Already sent by version 1: kept with its receipt, without personal data. */
  receiptNumber?: string;
}

/** The queue as the app's version 1 left it: these items without a writer. Made before the app opens it. */
async function leaveVersion1Items(page: Page, items: Version1Item[]): Promise<string[]> {
  const stored = items.map(({ text, receiptNumber }) => {
    const key = randomUUID();
    return {
      key,
      taskId,
      label: '第七条',
      input: {
        taskId,
        idempotencyKey: key,
        provisionAddress: 'art_7',
        proposedChange: text,
        channel: 'VISIT',
      },
      createdAt: new Date().toISOString(),
      ...(receiptNumber ? { state: 'synced', receiptNumber } : { state: 'pending' }),
    };
  });
  // A file of the app's origin that runs no script of the app, so the database is still the old version.
  await page.goto('/favicon.svg');
  await page.evaluate(
    `new Promise((resolve, reject) => {
      const open = indexedDB.open('minyi-offline', 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('opinions', { keyPath: 'key' }).createIndex('state', 'state');
        open.result.createObjectStore('keys');
      };
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('opinions', 'readwrite');
        for (const item of ${JSON.stringify(stored)}) tx.objectStore('opinions').put(item);
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    })`,
  );
  return stored.map((i) => i.key);
}

interface DeviceItem {
  key: string;
  accountId?: string;
  state: string;
  receiptNumber?: string;
}

/** The items on the device, as stored (key, writer, state and receipt), in key order. */
function deviceItems(page: Page): Promise<DeviceItem[]> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('minyi-offline');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('opinions').objectStore('opinions').getAll();
      all.onsuccess = () => {
        open.result.close();
        resolve(all.result.map((i) => ({ key: i.key, accountId: i.accountId, state: i.state, receiptNumber: i.receiptNumber })));
      };
    };
  })`);
}

function byKey(items: DeviceItem[], key: string): DeviceItem | undefined {
  return items.find((i) => i.key === key);
}

/** Every submitOpinion(s) request the page makes, by its body: what was sent, not how long we waited. */
function watchSubmits(page: Page): string[] {
  const bodies: string[] = [];
  page.on('request', (request) => {
    const body = request.postData();
    if (request.url().endsWith('/graphql') && body?.includes('submitOpinion')) bodies.push(body);
  });
  return bodies;
}

/**
 * Runs 立即同步 on 待同步 and waits until it has finished. A run already under way (on sign-in, on 'online') is joined,
 * not started twice, so once the button stops loading every sync begun before has sent whatever it was going to send.
 */
async function syncSettled(page: Page): Promise<void> {
  await page.getByRole('button', { name: '立即同步' }).click();
  await waitInPage(page, `!document.querySelector('.ant-btn-loading')`);
}

/** The number on 待同步 in the phone's tab bar, once it shows `count`. */
function pendingBadge(page: Page, count: number) {
  return page.locator(`.app-tabbar a[href="/pending"] .ant-badge-count[title="${count}"]`);
}

/** Ticks an unowned opinion (by its text) in the claim box. */
function tick(page: Page, text: string) {
  return page
    .getByTestId('unowned-opinions')
    .getByRole('checkbox', { name: new RegExp(text) })
    .check();
}

it('offers only the unowned opinions still waiting, sends nothing until one is claimed, then sends it as theirs', async () => {
  const text = '更新前保存：建议第七条明确犬只登记的办理时限。';
  const sentText = '更新前已发送：建议第七条写明犬只登记的收费标准。';
  const receipt = '20250101000042';
  const { context, page } = await newPage(h, PHONE);
  const submits = watchSubmits(page);
  const [key, sentKey] = await leaveVersion1Items(page, [
    { text },
    { text: sentText, receiptNumber: receipt },
  ]);
  await signIn(page, 'collector');
  // The background sync runs on sign-in and when the network returns: it must leave the unowned items alone.
  await page.evaluate(`window.dispatchEvent(new Event('online'))`);
  await page.goto('/pending');
  await syncSettled(page);
  expect(submits).toEqual([]);
  expect(await storedByAnyone(text)).toBe(0);

  const box = page.getByTestId('unowned-opinions');
  // Only the waiting one is offered and counted; the one already sent is shown apart, with its receipt.
  await box.getByText('本机有更新前保存的待同步意见（1 条）').waitFor();
  await box.getByText(text, { exact: false }).waitFor();
  expect(await box.getByText(sentText, { exact: false }).count()).toBe(0);
  const sent = page.getByTestId('unowned-sent');
  await sent.getByText(sentText, { exact: false }).waitFor();
  expect(await sent.textContent()).toContain(receipt);
  expect(await sent.getByRole('checkbox').count()).toBe(0);
  await pendingBadge(page, 1).waitFor({ state: 'attached', timeout: 5_000 });
  // Not in the collector's own list before it is claimed, and nothing is chosen for her.
  expect(await page.getByTestId('queued-opinion').count()).toBe(0);
  expect(await box.getByRole('checkbox').count()).toBe(1);
  expect(await box.getByRole('checkbox', { checked: true }).count()).toBe(0);
  expect(await box.getByRole('button', { name: '认领所选' }).isDisabled()).toBe(true);

  await tick(page, text);
  await box.getByRole('button', { name: '认领所选' }).click();
  // The confirmation says whose account will send them.
  await page.getByText('将以您的账号提交', { exact: false }).first().waitFor();
  // Once the confirmation's opening motion is over (its motion classes gone).
  await page
    .locator('.ant-popover:not(.ant-popover-hidden):not([class*="-enter"]):not([class*="-appear"])')
    .waitFor();
  await screenshot(page, 'phone-pending-unowned-claim');
  await motionsSettled(page); // a click while the confirmation still zooms in was lost under load
  await page.getByRole('button', { name: '认领', exact: true }).click();
  const item = page.getByTestId('queued-opinion');
  await item.getByText('已同步').waitFor({ timeout: 30_000 });
  await box.waitFor({ state: 'detached' });
  // Sent once, after the claim; the old receipt stays on the device, unowned and unsent.
  expect(submits.filter((b) => b.includes(text))).toHaveLength(1);
  expect(submits.filter((b) => b.includes(sentText))).toHaveLength(0);
  const device = await deviceItems(page);
  expect(byKey(device, key)).toMatchObject({ state: 'synced' });
  expect(byKey(device, sentKey)).toEqual({
    key: sentKey,
    accountId: undefined,
    state: 'synced',
    receiptNumber: receipt,
  });
  await sent.getByText(sentText, { exact: false }).waitFor();
  // Stored once, as the collector's (the collector's own opinions list has it).
  expect(await stored(text)).toHaveLength(1);
  expect(await storedByAnyone(text)).toBe(1);
  await context.close();
}, 180_000);

it('discards the chosen unowned opinions without sending them, and keeps the receipts of those already sent', async () => {
  const text = '更新前保存：建议第七条写明犬只免疫的费用由谁承担。';
  const sentText = '更新前已发送：建议第七条写明犬只免疫证明的样式。';
  const receipt = '20250101000043';
  const { context, page } = await newPage(h, PHONE);
  const submits = watchSubmits(page);
  const [, sentKey] = await leaveVersion1Items(page, [{ text }, { text: sentText, receiptNumber: receipt }]);
  await signIn(page, 'collector');
  await page.goto('/pending');
  const box = page.getByTestId('unowned-opinions');
  await box.getByText('本机有更新前保存的待同步意见（1 条）').waitFor();
  expect(await box.getByRole('button', { name: '丢弃所选' }).isDisabled()).toBe(true);
  await tick(page, text);
  // A claim the device's storage refuses is said, not swallowed; the opinion stays unowned.
  await page.evaluate(`(() => {
    window.realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () { throw new DOMException('quota', 'QuotaExceededError'); };
  })()`);
  await box.getByRole('button', { name: '认领所选' }).click();
  await motionsSettled(page); // a click while the confirmation still zooms in was lost under load
  await page.getByRole('button', { name: '认领', exact: true }).click();
  await page.getByText('认领未成功', { exact: false }).waitFor();
  await page.evaluate(`IDBObjectStore.prototype.put = window.realPut`);
  expect((await deviceItems(page)).map((i) => i.accountId)).toEqual([undefined, undefined]);
  await box.getByText('本机有更新前保存的待同步意见（1 条）').waitFor();
  await box.getByRole('button', { name: '丢弃所选' }).click();
  await motionsSettled(page); // a click while the confirmation still zooms in was lost under load
  await page.getByRole('button', { name: '丢弃', exact: true }).click();
  await box.waitFor({ state: 'detached' });
  await page.getByText('本机没有待同步的意见').waitFor();
  // The one already sent is still there, with its receipt.
  expect(await deviceItems(page)).toEqual([
    { key: sentKey, accountId: undefined, state: 'synced', receiptNumber: receipt },
  ]);
  await page.getByTestId('unowned-sent').getByText(receipt).waitFor();
  await page.evaluate(`window.dispatchEvent(new Event('online'))`);
  await syncSettled(page);
  expect(submits).toEqual([]);
  expect(await storedByAnyone(text)).toBe(0);
  await context.close();
}, 180_000);

it("on a shared device: the contributor's name and phone stay hidden until claimed; claiming one leaves the other unowned and unsent", async () => {
  // Two opinions recorded offline before the update (the second with a contributor's name and phone), made through
  // the app and then stripped of their writer, as version 1 would have left them.
  await createColleague(h.t);
  const mine = '共用电脑（本人）：建议第七条写明犬只登记证的补办期限。';
  const theirs = '共用电脑（同事）：建议第七条写明犬只走失后的报告时限。';
  const NAME = '认领测试人';
  const PHONE_NUMBER = '13900002222';

  const { context, page } = await newPage(h, PHONE);
  const submits = watchSubmits(page);
  await signIn(page, 'collector');
  await page.evaluate(`(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  })()`);
  await context.setOffline(true);
  await page.goto(`/tasks/${taskId}/opinions/new?provision=art_7`);
  await page.getByLabel('修改意见').fill(mine);
  await choose(page, '征集方式', '走访');
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.getByText('待同步', { exact: true }).first().waitFor();
  await page.goto(`/tasks/${taskId}/opinions/new?provision=art_7`);
  await page.getByLabel('修改意见').fill(theirs);
  await choose(page, '征集方式', '走访');
  await page.getByLabel('记录提出人个人信息（选填）').click();
  await page.getByLabel('已向提出人宣读上述内容，提出人同意').check();
  await page.getByLabel('姓名', { exact: true }).fill(NAME);
  await page.getByLabel('电话', { exact: true }).fill(PHONE_NUMBER);
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.getByText('待同步', { exact: true }).first().waitFor();
  const keys = await page.evaluate<Record<string, string>>(`new Promise((resolve, reject) => {
    const open = indexedDB.open('minyi-offline');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('opinions', 'readwrite');
      const store = tx.objectStore('opinions');
      const keys = {};
      const all = store.getAll();
      all.onsuccess = () => {
        for (const item of all.result) {
          delete item.accountId;
          store.put(item);
          keys[item.input.proposedChange] = item.key;
          if (item.sealedContributor) keys.sealed = item.input.proposedChange;
        }
      };
      tx.oncomplete = () => { open.result.close(); resolve(keys); };
      tx.onerror = () => reject(tx.error);
    };
  })`);
  expect(Object.keys(keys).sort()).toEqual([mine, theirs, 'sealed'].sort());
  expect(keys.sealed).toBe(theirs);
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('button', { name: '退出', exact: true }).click();
  await page.getByRole('button', { name: '登录' }).waitFor();
  await context.setOffline(false);

  // A colleague signs in: both are offered, neither chosen, and the contributor's name and phone appear nowhere.
  await signIn(page, 'colleague');
  await page.goto('/pending');
  const box = page.getByTestId('unowned-opinions');
  await box.getByText('本机有更新前保存的待同步意见（2 条）').waitFor();
  await box.getByText(theirs, { exact: false }).waitFor();
  expect(await box.getByRole('checkbox', { checked: true }).count()).toBe(0);
  expect(await page.content()).not.toContain(NAME);
  expect(await page.content()).not.toContain(PHONE_NUMBER);
  // Nor does the form open it by its address: it says so, and shows neither the opinion nor its contributor.
  await page.goto(`/tasks/${taskId}/opinions/new?queued=${keys[theirs]}&provision=art_7`);
  await page.getByTestId('queued-missing').waitFor();
  expect(await page.getByLabel('修改意见').inputValue()).toBe('');
  expect(await page.content()).not.toContain(NAME);
  expect(await page.content()).not.toContain(PHONE_NUMBER);
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('button', { name: '退出', exact: true }).click();
  await page.getByRole('button', { name: '登录' }).waitFor();

  // The collector claims only her own; the other stays unowned, sealed and unsent.
  await signIn(page, 'collector');
  await page.goto('/pending');
  await box.getByText('本机有更新前保存的待同步意见（2 条）').waitFor();
  await tick(page, mine);
  await box.getByRole('button', { name: '认领所选' }).click();
  await motionsSettled(page); // a click while the confirmation still zooms in was lost under load
  await page.getByRole('button', { name: '认领', exact: true }).click();
  await page.getByTestId('queued-opinion').getByText('已同步').waitFor({ timeout: 30_000 });
  await box.getByText('本机有更新前保存的待同步意见（1 条）').waitFor();
  await box.getByText(theirs, { exact: false }).waitFor();
  expect(await page.getByTestId('queued-opinion').count()).toBe(1);
  const device = await deviceItems(page);
  expect(byKey(device, keys[mine])).toMatchObject({ state: 'synced' });
  expect(byKey(device, keys[theirs])).toEqual({
    key: keys[theirs],
    accountId: undefined,
    state: 'pending',
    receiptNumber: undefined,
  });
  expect(await page.content()).not.toContain(PHONE_NUMBER);
  expect(submits.filter((b) => b.includes(mine))).toHaveLength(1);
  expect(submits.filter((b) => b.includes(theirs) || b.includes(PHONE_NUMBER))).toHaveLength(0);
  expect(await stored(mine)).toHaveLength(1);
  expect(await storedByAnyone(theirs)).toBe(0);
  await context.close();
}, 240_000);
