// GraphiQL from our own build, on a network without a CDN: every request that does not go to our server is refused,
// yet /graphiql opens, runs `{ me { username } }` with the workbench's sign-in and shows the answer; a browser
// opening /graphql lands on it, and the workbench's service worker never mistakes it for the workbench. Screenshots at 390×844 and 1366×900 go to $TMPDIR/minyi-web-screens.
import type { Page, Response } from 'playwright-core';
import { DESK, newPage, screenshot, signIn, startWebHarness, type WebHarness } from './web-harness.js';

let h: WebHarness;
beforeAll(async () => {
  h = await startWebHarness();
});
afterAll(() => h?.close());

/** Refuses every request to another host and records it, as on a network where CDNs cannot be reached. */
async function blockNonLocal(page: Page): Promise<string[]> {
  const refused: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === h.baseUrl) return route.continue();
    refused.push(url.href);
    return route.abort('internetdisconnected');
  });
  return refused;
}

/** Presses GraphiQL's run button until the query goes out (the button can be drawn before the editor has its query). */
async function runQuery(page: Page): Promise<Response> {
  await page.locator('.graphiql-query-editor').getByText('username').waitFor();
  for (let attempt = 0; attempt < 10; attempt++) {
    const sent = page
      .waitForResponse(
        (r) =>
          r.url().endsWith('/graphql') &&
          r.request().method() === 'POST' &&
          !!r.request().postData()?.includes('username'),
        { timeout: 3000 },
      )
      .catch(() => undefined);
    await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
    const answered = await sent;
    if (answered) return answered;
  }
  throw new Error('GraphiQL never sent the query');
}

it('runs a query as the signed-in person with no request leaving our server', async () => {
  const { context, page } = await newPage(h, DESK);
  const refused = await blockNonLocal(page);
  await signIn(page, 'liaison');
  // The workbench's service worker controls the tab: it must leave GraphiQL's page alone (and not keep it as the shell).
  await page.evaluate(`(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  })()`);
  await page.goto('/graphql');
  await page.waitForURL('**/graphiql');
  const run = page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' });
  await run.waitFor();
  expect(await page.getByText('正在加载 GraphiQL…').count()).toBe(0);
  await runQuery(page);
  const response = page.locator('.graphiql-response');
  await response.getByText('"liaison"').waitFor();
  expect(await response.getByText('"username"').isVisible()).toBe(true);
  await screenshot(page, 'graphiql-desk');
  expect(refused).toEqual([]);

  // Offline, the workbench still opens as the workbench, not as GraphiQL.
  await context.setOffline(true);
  await page.goto('/');
  await page.getByRole('button', { name: '退出登录' }).waitFor();
  expect(await page.locator('.graphiql-container').count()).toBe(0);
  await context.close();
});

it('answers without a sign-in as the API does (me needs one), on a phone too', async () => {
  const { context, page } = await newPage(h);
  const refused = await blockNonLocal(page);
  await page.goto('/graphiql');
  const answered = await runQuery(page);
  // The API's refusal, as sent…
  const body = (await answered.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  // …and as shown: the answer's first lines (CodeMirror draws only the lines in view; on a phone the pane is so narrow
  // that the message, wrapped a character a line, may lie below what is drawn).
  await page.locator('.graphiql-response').getByText('"errors"').waitFor();
  await screenshot(page, 'graphiql-phone');
  expect(refused).toEqual([]);
  await context.close();
});
