// A collector at a 院坝会 on a phone: from the activity, 针对条款 is chosen per opinion (only the provisions assigned,
// searchable by 8 or 第八条), 再提一条 keeps the activity and the channel; 征集方式 has no arbitrary default (the
// activity's, else the last one used on this device, else required); and on 待同步 every card names its draft, and
// one refused because the point stopped collecting says what to do and offers 复制内容. Screens: $TMPDIR/minyi-web-screens.
import type { Page } from 'playwright-core';
import {
  checkedScreenshot,
  choose,
  demoPointId,
  issueDogTask,
  must,
  newPage,
  PHONE,
  screenshot,
  signIn,
  startConsolidation,
  startWebHarness,
  waitInPage,
  type WebHarness,
} from './web-harness.js';

let h: WebHarness;
let taskId: string;
let activityId: string;
const DRAFT = '重庆市养犬管理条例（草案）';
/** The walk's desk size. */
const DESK = { width: 1280, height: 800 };

beforeAll(async () => {
  h = await startWebHarness();
  ({ taskId } = await issueDogTask(h.t, { title: `关于征求《${DRAFT}》意见的通知`, draftTitle: DRAFT }));
  const pointId = await demoPointId(h.t);
  const head = await h.t.login('head');
  const collector = await h.t.login('collector');
  const me = must(await h.t.gql<{ me: { id: string } }>('{ me { id } }', {}, collector)).me.id;
  const { contactPoint } = must(
    await h.t.gql<{
      contactPoint: { collectors: { edges: Array<{ node: { id: string; accountId: string | null } }> } };
    }>(
      'query($p: ID!) { contactPoint(id: $p) { collectors(first: 100) { edges { node { id accountId } } } } }',
      { p: pointId },
      head,
    ),
  );
  const collectorId = contactPoint.collectors.edges.find((e) => e.node.accountId === me)!.node.id;
  const dueAt = `${new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)}T23:59:59+08:00`;
  // Articles 3 and 8 only: 第七条 is not this collector's.
  must(
    await h.t.gql(
      `mutation($t: ID!, $p: ID!, $c: ID!, $due: DateTime!) { distributeTask(input: { taskId: $t, contactPointId: $p,
        assignments: [{ assigneeType: COLLECTOR, assigneeId: $c, dueAt: $due, provisionAddresses: ["art_3", "art_8"] }] }) { id } }`,
      { t: taskId, p: pointId, c: collectorId, due: dueAt },
      head,
    ),
  );
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  activityId = must(
    await h.t.gql<{ recordCollectionActivity: { id: string } }>(
      `mutation($t: ID!, $d: Date!) { recordCollectionActivity(input: { taskId: $t, channel: COURTYARD_MEETING,
        heldOn: $d, title: "金华路社区院坝会", participants: 30 }) { id } }`,
      { t: taskId, d: today },
      collector,
    ),
  ).recordCollectionActivity.id;
});
afterAll(() => h?.close());

async function byReceipt(receipt: string) {
  const res = must(
    await h.t.gql<{
      opinions: {
        edges: Array<{
          node: {
            receiptNumber: string;
            provisionAddress: string | null;
            provisionCitation: string | null;
            channel: string;
            activityId: string | null;
          };
        }>;
      };
    }>(
      'query($t: ID!) { opinions(taskId: $t, first: 100) { edges { node { receiptNumber provisionAddress provisionCitation channel activityId } } } }',
      { t: taskId },
      await h.t.login('head'),
    ),
  );
  return res.opinions.edges.map((e) => e.node).find((o) => o.receiptNumber === receipt);
}

const provisionBox = (page: Page) => page.getByRole('combobox', { name: '针对条款' });
const channelItem = (page: Page) =>
  page.locator('.ant-form-item').filter({ has: page.getByRole('combobox', { name: '征集方式' }) });
const provisionItem = (page: Page) => page.locator('.ant-form-item').filter({ has: provisionBox(page) });
/** The top edge of the form item labelled `label` (a combobox or a text box), in CSS pixels. */
async function itemTop(page: Page, label: string): Promise<number> {
  const item = page.locator('.ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) });
  return (await item.boundingBox())!.y;
}

async function receipt(page: Page): Promise<string> {
  const shown = page.getByTestId('receipt-number');
  await shown.waitFor();
  return (await shown.textContent())!.trim();
}

it('from a 院坝会: choose 第八条 (by typing 8), file it there; 再提一条 keeps the activity and 院坝会', async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'collector');
  await page.goto(`/tasks/${taskId}/activities`);
  await page.getByRole('button', { name: '在“金华路社区院坝会”提出意见' }).click();
  await page.waitForURL(/opinions\/new\?activity=/);
  // The activity's channel, not 走访.
  await channelItem(page).getByText('院坝会', { exact: true }).waitFor();

  // Only the assigned articles: 7 finds nothing, 8 finds 第八条.
  await provisionBox(page).click();
  await provisionBox(page).fill('7');
  await page.getByText('没有找到这一条，或这一条没有分发给您').waitFor();
  await provisionBox(page).fill('8');
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await open
    .locator('.ant-select-item-option')
    .filter({ hasText: /^第八条/ })
    .waitFor();
  expect(await open.locator('.ant-select-item-option').count()).toBe(1);
  await screenshot(page, 'collect-1-search-8-phone');
  await open
    .locator('.ant-select-item-option')
    .filter({ hasText: /^第八条/ })
    .click();
  await page.getByTestId('provision-text').waitFor();
  await page.getByLabel('修改意见').fill('院坝会上提出：建议第八条第（二）项写明犬只免疫证明的办理地点。');
  // Where it came from (征集活动, then 征集方式) comes before the long 修改意见 and 理由, not below them.
  const phoneTops = {
    activity: await itemTop(page, '征集活动'),
    channel: await itemTop(page, '征集方式'),
    change: await itemTop(page, '修改意见'),
    reason: await itemTop(page, '理由'),
  };
  expect(phoneTops.activity).toBeLessThan(phoneTops.channel);
  expect(phoneTops.channel).toBeLessThan(phoneTops.change);
  expect(phoneTops.change).toBeLessThan(phoneTops.reason);
  await screenshot(page, 'collect-2-form-article-phone');
  await page.getByRole('button', { name: '提交', exact: true }).click();
  const first = await byReceipt(await receipt(page));
  expect(first).toMatchObject({
    provisionAddress: 'art_8',
    provisionCitation: '第八条',
    channel: 'COURTYARD_MEETING',
    activityId,
  });

  await page.getByRole('button', { name: '再提一条' }).click();
  expect(await page.getByLabel('修改意见').inputValue()).toBe('');
  await channelItem(page).getByText('院坝会', { exact: true }).waitFor();
  await page.getByText('征集活动：金华路社区院坝会').waitFor();
  // The article is chosen again for each opinion: nothing silently filed as 总体意见.
  await page.getByLabel('修改意见').fill('院坝会上提出：第三条的管理部门职责要写清楚。');
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await provisionItem(page).getByText('请选择针对条款').waitFor();
  await screenshot(page, 'collect-3-again-phone');
  await choose(page, provisionBox(page), '第三条');
  await page.getByRole('button', { name: '提交', exact: true }).click();
  const second = await byReceipt(await receipt(page));
  expect(second).toMatchObject({ provisionAddress: 'art_3', channel: 'COURTYARD_MEETING', activityId });
  await context.close();
}, 180_000);

it('without an activity 征集方式 starts empty and is required; the next time it is the one last used here', async () => {
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'collector');
  await page.goto(`/tasks/${taskId}/opinions/new?provision=art_3`);
  // From the reader: 第三条 chosen already.
  await provisionItem(page)
    .getByText(/^第三条/)
    .waitFor();
  // On a desk 征集活动 and 征集方式 sit side by side, above 修改意见.
  expect(await itemTop(page, '征集方式')).toBe(await itemTop(page, '征集活动'));
  expect(await itemTop(page, '征集方式')).toBeLessThan(await itemTop(page, '修改意见'));
  await checkedScreenshot(page, 'collect-4a-form-from-reader-desk');
  await page.getByLabel('修改意见').fill('座谈会上提出：第三条应写明乡镇的职责。');
  expect(await channelItem(page).getByText('走访').count()).toBe(0);
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await channelItem(page).getByText('请选择征集方式').waitFor();
  await screenshot(page, 'collect-4-channel-required-desk');
  await choose(page, page.getByRole('combobox', { name: '征集方式' }), '座谈会');
  await page.getByRole('button', { name: '提交', exact: true }).click();
  expect(await byReceipt(await receipt(page))).toMatchObject({ provisionAddress: 'art_3', channel: 'FORUM' });

  await page.goto(`/tasks/${taskId}/opinions/new`);
  await channelItem(page).getByText('座谈会', { exact: true }).waitFor();
  await channelItem(page).scrollIntoViewIfNeeded();
  await screenshot(page, 'collect-5-channel-remembered-desk');
  await context.close();
}, 120_000);

it('待同步 names the draft on every card; refused after the point closed, it says what to do and copies the text', async () => {
  const { context, page } = await newPage(h, PHONE);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.baseUrl });
  await signIn(page, 'collector');
  await page.evaluate(`(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  })()`);
  // The form opened with a network, which drops before 提交 (a 院坝会 in a village).
  await page.goto(`/tasks/${taskId}/opinions/new?provision=art_8`);
  await page.getByTestId('provision-text').waitFor();
  const text = '离线记录：建议第八条规定犬只登记可以在村（社区）代办。';
  await page.getByLabel('修改意见').fill(text);
  await choose(page, page.getByRole('combobox', { name: '征集方式' }), '院坝会');
  await context.setOffline(true);
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.getByRole('button', { name: '查看待同步' }).click();
  const card = page.getByTestId('queued-opinion');
  await card.getByTestId('queued-draft').getByText(`《${DRAFT}》`).waitFor();
  await screenshot(page, 'collect-6-pending-offline-phone');

  expect(await startConsolidation(h.t, taskId)).toBe('CONSOLIDATING');
  await context.setOffline(false);
  await card.getByText('未被接收').waitFor({ timeout: 30_000 });
  const refusal = card.getByTestId('queued-refusal');
  await refusal.getByText(/无法提交：请联系联络员补录/).waitFor();
  expect(await card.getByRole('button', { name: '修改' }).count()).toBe(0);
  await card.getByRole('button', { name: '复制内容' }).click();
  await page.getByText('意见内容已复制').waitFor();
  const copied = await page.evaluate<string>('navigator.clipboard.readText()');
  expect(copied).toContain(`《${DRAFT}》第八条`);
  expect(copied).toContain(text);
  await screenshot(page, 'collect-7-pending-refused-phone');

  // An item queued before the title was kept: the card still shows, and names its draft (looked up).
  await page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('minyi-offline');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const store = open.result.transaction('opinions', 'readwrite').objectStore('opinions');
      const all = store.getAll();
      all.onsuccess = () => {
        for (const item of all.result) { delete item.draftTitle; store.put(item); }
        store.transaction.oncomplete = () => { open.result.close(); resolve(null); };
      };
    };
  })`);
  await page.reload();
  await card.getByText(text).waitFor();
  await card.getByTestId('queued-draft').getByText(`《${DRAFT}》`).waitFor();
  await waitInPage(page, `document.querySelectorAll('[data-testid="queued-opinion"]').length === 1`);
  await page.setViewportSize(DESK);
  await screenshot(page, 'collect-8-pending-refused-desk');
  await context.close();
}, 180_000);
