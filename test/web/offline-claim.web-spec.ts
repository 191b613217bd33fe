// Opinions left in the offline queue by the app before it recorded who wrote them (IndexedDB version 1, items with no
// writer) belong to nobody: the first account to open the queue must not get them — nor send them under its token —
// without saying so. A signed-in collector sees them on 待同步 as 本机有更新前保存的待同步意见 and claims (认领) or
// discards (丢弃) them.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { newPage, openDogTask, PHONE, signIn, startWebHarness, type WebHarness } from './web-harness.js';

let h: WebHarness;
let taskId: string;

beforeAll(async () => {
  h = await startWebHarness();
  ({ taskId } = await openDogTask(h.t));
});
afterAll(() => h?.close());

/** How many opinions of the task carry this text, and whose (read by the point head, who sees them all). */
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

/** The queue as the app's version 1 left it: one waiting opinion without a writer. Made before the app opens it. */
async function leaveVersion1Item(page: Page, text: string): Promise<string> {
  const key = randomUUID();
  // A file of the app's origin that runs no script of the app, so the database is still the old version.
  await page.goto('/favicon.svg');
  const item = {
    key,
    taskId,
    label: '第七条',
    input: { taskId, idempotencyKey: key, provisionAddress: 'art_7', proposedChange: text, channel: 'VISIT' },
    createdAt: new Date().toISOString(),
    state: 'pending',
  };
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
        tx.objectStore('opinions').put(${JSON.stringify(item)});
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    })`,
  );
  return key;
}

/** The items on the device, as stored (key and writer). */
function deviceItems(page: Page): Promise<Array<{ key: string; accountId?: string }>> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('minyi-offline');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('opinions').objectStore('opinions').getAll();
      all.onsuccess = () => { open.result.close(); resolve(all.result.map((i) => ({ key: i.key, accountId: i.accountId }))); };
    };
  })`);
}

it('shows unowned opinions to the signed-in collector, sends nothing until they are claimed, then sends them as theirs', async () => {
  const text = '更新前保存：建议第七条明确犬只登记的办理时限。';
  const { context, page } = await newPage(h, PHONE);
  const key = await leaveVersion1Item(page, text);
  await signIn(page, 'collector');
  // The background sync runs on sign-in and when the network returns: it must leave the unowned item alone.
  await page.evaluate(`window.dispatchEvent(new Event('online'))`);
  await page.waitForTimeout(1_500);
  expect(await storedByAnyone(text)).toBe(0);
  expect(await deviceItems(page)).toEqual([{ key, accountId: undefined }]);

  await page.goto('/pending');
  const box = page.getByTestId('unowned-opinions');
  await box.getByText('本机有更新前保存的待同步意见（1 条）').waitFor();
  await box.getByText(text, { exact: false }).waitFor();
  // Not in the collector's own list before it is claimed.
  expect(await page.getByTestId('queued-opinion').count()).toBe(0);

  await box.getByRole('button', { name: '认领' }).click();
  const item = page.getByTestId('queued-opinion');
  await item.getByText('已同步').waitFor({ timeout: 30_000 });
  expect(await box.count()).toBe(0);
  // Stored once, as the collector's (the collector's own opinions list has it).
  expect(await stored(text)).toHaveLength(1);
  expect(await storedByAnyone(text)).toBe(1);
  await context.close();
}, 180_000);

it('discards unowned opinions from the device without sending them', async () => {
  const text = '更新前保存：建议第七条写明犬只免疫的费用由谁承担。';
  const { context, page } = await newPage(h, PHONE);
  await leaveVersion1Item(page, text);
  await signIn(page, 'collector');
  await page.goto('/pending');
  const box = page.getByTestId('unowned-opinions');
  await box.getByText('本机有更新前保存的待同步意见（1 条）').waitFor();
  await box.getByRole('button', { name: '丢弃' }).click();
  await page.getByRole('button', { name: '丢弃', exact: true }).last().click();
  await box.waitFor({ state: 'detached' });
  await page.getByText('本机没有待同步的意见').waitFor();
  expect(await deviceItems(page)).toEqual([]);
  await page.evaluate(`window.dispatchEvent(new Event('online'))`);
  await page.waitForTimeout(1_000);
  expect(await storedByAnyone(text)).toBe(0);
  await context.close();
}, 180_000);
