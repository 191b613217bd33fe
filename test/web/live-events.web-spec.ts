// Pushed events in the browser (issue 17): the point's head has a page open; the liaison officer opens an
// account at the point (the head is told in the inbox), and the head's 通知 badge and home page count change without a
// reload — the page heard it on GET /events. And the workbench's grouping bar follows a job on pushed progress.
// Walked in Chromium against the real server on a fresh demo.
import type { Page } from 'playwright-core';
import {
  demoPointId,
  DESK,
  must,
  newPage,
  openRound,
  screenshot,
  signIn,
  startWebHarness,
  type WebHarness,
} from './web-harness.js';

let h: WebHarness;
beforeAll(async () => {
  h = await startWebHarness();
});
afterAll(() => h?.close());

/** Waits until `read` gives true (every 100 ms, up to `timeoutMs`). */
async function until(read: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await read())) {
    if (Date.now() > deadline) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The count on 通知 in the header's menu (antd puts it in the badge's title). */
const inboxBadge = (page: Page) => page.locator('.app-nav a[href="/inbox"] .ant-badge-count');

it('changes the unread badge without a reload when another user’s action notifies the head', async () => {
  const pointId = await demoPointId(h.t);
  const head = await h.t.login('head');
  const before = must(
    await h.t.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, head),
  ).unreadNotificationCount;
  const { context, page } = await newPage(h, DESK);
  // The page's own requests to /events: the stream is what carries the change.
  const streams: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/events') streams.push(r.method());
  });
  await signIn(page, 'head');
  // The home page's own count, beside the header's badge.
  const homeCount = page.getByLabel('未读通知数').locator('.ant-badge-count');
  if (before > 0)
    await inboxBadge(page)
      .and(page.locator(`[title="${before}"]`))
      .waitFor();
  await page.evaluate(() => ((globalThis as unknown as { unreloaded: boolean }).unreloaded = true));
  await until(() => streams.length > 0);
  // Give the stream a moment to be up (its `ready`) before the action.
  await page.waitForTimeout(500);

  const liaison = await h.t.login('liaison');
  must(
    await h.t.gql(
      'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
      {
        i: {
          username: 'web-pushed-expert',
          password: 'long-enough-pw',
          displayName: '网页推送专家',
          role: 'EXPERT',
          organizationId: pointId,
        },
      },
      liaison,
    ),
  );

  await inboxBadge(page)
    .and(page.locator(`[title="${before + 1}"]`))
    .waitFor({ timeout: 10_000 });
  await until(async () => (await homeCount.getAttribute('title')) === String(before + 1));
  // Still the same page: nothing reloaded it.
  expect(await page.evaluate(() => (globalThis as unknown as { unreloaded?: boolean }).unreloaded)).toBe(
    true,
  );
  expect(streams).toEqual(['GET']);
  await screenshot(page, 'live-unread-badge');

  // Reading them all in the inbox takes the badge away, again without a reload.
  await page.getByRole('link', { name: /通知/ }).first().click();
  await page.getByRole('button', { name: '全部标为已读' }).click();
  await inboxBadge(page).waitFor({ state: 'detached', timeout: 10_000 });
  await context.close();
});

it('follows a grouping job on pushed progress, asking for the job itself only at its end', async () => {
  const { taskId } = await openRound(h.t, '养犬');
  const { context, page } = await newPage(h, DESK);
  const jobQueries: number[] = [];
  let streamUp = false;
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname === '/events') streamUp = true;
    const body = r.postData() ?? '';
    if (
      url.pathname === '/graphql' &&
      (body.includes('"operationName":"GroupingJob"') || body.includes('"operationName":"JobStatus"'))
    )
      jobQueries.push(Date.now());
  });
  await signIn(page, 'liaison');
  await page.goto(`/tasks/${taskId}/consolidation`);
  await page.getByRole('heading', { name: '汇总工作台' }).waitFor();
  await until(() => streamUp);
  await page.waitForTimeout(500);
  const began = Date.now();
  await page.getByRole('button', { name: '分组重复意见' }).click();
  await page.getByText(/分组完成：比对 \d+ 条意见，找到 [1-9]\d* 个重复意见组/).waitFor({ timeout: 30_000 });
  const took = Date.now() - began;
  // Polling would ask once a second; on pushed events the page asks when it starts following and at the end, plus
  // the rare safety poll (every 15 s).
  expect(jobQueries.length).toBeLessThanOrEqual(2 + Math.floor(took / 15_000));
  await context.close();
});
