// The browser tests' harness: the real server (createApp on a fresh temporary SQLite with the demo seeded) serving the
// built web app on a free port, and Debian's Chromium driven by playwright-core (Playwright's own browser download
// cannot reach its servers here). Screenshots go OUTSIDE the repository: $TMPDIR/minyi-web-screens.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DOG_DRAFT_TEXT } from '../../libs/demo/src/demo-draft-texts.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

export const SCREEN_DIR = join(process.env.TMPDIR ?? tmpdir(), 'minyi-web-screens');
export const PHONE = { width: 390, height: 844 };
export const DESK = { width: 1366, height: 900 };

export interface WebHarness {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startWebHarness(): Promise<WebHarness> {
  const webRoot = resolve(import.meta.dirname, '../../dist/web');
  const t = await startTestApp({ env: { WEB_ROOT: webRoot } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(SCREEN_DIR, { recursive: true });
  return {
    t,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

export async function newPage(
  h: WebHarness,
  viewport = PHONE,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await h.browser.newContext({
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    isMobile: viewport.width < 500,
    hasTouch: viewport.width < 500,
    baseURL: h.baseUrl,
  });
  const page = await context.newPage();
  return { context, page };
}

export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('demo-password');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('button', { name: '退出登录' }).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREEN_DIR, `${name}.png`), fullPage: false });
}

/**
 * An open dog-management (养犬) task distributed to `collector`, deadline two months ahead: the demo's own tasks are
 * from 2022 and closed. Made through the API as the README shows: legislature drafts, issues; head distributes.
 */
export async function openDogTask(t: TestApp): Promise<{ taskId: string; collectorId: string }> {
  const must = <T>(res: { data: T | null; errors?: unknown }): T => {
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const legislature = await t.login('legislature');
  const head = await t.login('head');
  const collector = await t.login('collector');
  const { legislatures } = must(
    await t.gql<{ legislatures: { edges: Array<{ node: { id: string } }> } }>(
      '{ legislatures(first: 1) { edges { node { id } } } }',
      {},
      legislature,
    ),
  );
  const { me } = must(
    await t.gql<{ me: { roles: Array<{ contactPointId: string | null }> } }>(
      '{ me { roles { contactPointId } } }',
      {},
      head,
    ),
  );
  const pointId = me.roles.find((r) => r.contactPointId)!.contactPointId!;
  const { createDraft } = must(
    await t.gql<{ createDraft: { id: string } }>(
      'mutation($l: ID!) { createDraft(input: {legislatureId: $l, title: "重庆市养犬管理条例（草案）"}) { id } }',
      { l: legislatures.edges[0].node.id },
      legislature,
    ),
  );
  const { addDraftVersion } = must(
    await t.gql<{ addDraftVersion: { id: string } }>(
      'mutation($d: ID!, $text: String!) { addDraftVersion(input: {draftId: $d, stage: SOLICITATION, text: $text}) { id } }',
      { d: createDraft.id, text: DOG_DRAFT_TEXT },
      legislature,
    ),
  );
  const deadline = `${new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10)}T23:59:59+08:00`;
  const { createConsultationTask } = must(
    await t.gql<{ createConsultationTask: { id: string } }>(
      `mutation($v: ID!, $p: ID!, $deadline: DateTime!) { createConsultationTask(input: {
        draftVersionId: $v, title: "关于征求《重庆市养犬管理条例（草案）》意见的通知", noticeText: "请组织群众提出意见。",
        deadline: $deadline, focusQuestions: ["犬只登记的条件是否合适？"], contactPointIds: [$p] }) { id } }`,
      { v: addDraftVersion.id, p: pointId, deadline },
      legislature,
    ),
  );
  const taskId = createConsultationTask.id;
  must(
    await t.gql('mutation($id: ID!) { issueConsultationTask(id: $id) { id } }', { id: taskId }, legislature),
  );
  const collectorAccount = must(await t.gql<{ me: { id: string } }>('{ me { id } }', {}, collector)).me.id;
  const { contactPoint } = must(
    await t.gql<{
      contactPoint: { collectors: { edges: Array<{ node: { id: string; accountId: string | null } }> } };
    }>(
      'query($p: ID!) { contactPoint(id: $p) { collectors(first: 100) { edges { node { id accountId } } } } }',
      { p: pointId },
      head,
    ),
  );
  const collectorId = contactPoint.collectors.edges.find((e) => e.node.accountId === collectorAccount)!.node
    .id;
  const dueAt = `${new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)}T23:59:59+08:00`;
  must(
    await t.gql(
      `mutation($t: ID!, $p: ID!, $c: ID!, $due: DateTime!) { distributeTask(input: { taskId: $t, contactPointId: $p,
        assignments: [{ assigneeType: COLLECTOR, assigneeId: $c, dueAt: $due, provisionAddresses: ["art_3", "art_7"] }] }) { id } }`,
      { t: taskId, p: pointId, c: collectorId, due: dueAt },
      head,
    ),
  );
  return { taskId, collectorId };
}

/** axe-core's serious and critical violations on the page, as readable lines (an empty list is the pass). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** How far the page is wider than the window (> 0 means sideways scrolling); evaluated in the page, no DOM types here. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
}
