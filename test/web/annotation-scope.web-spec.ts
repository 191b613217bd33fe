// 专家团队批注 offers 批注 only where the expert may annotate — the provisions distributed to them — and names those
// provisions; a selection elsewhere says why instead (the API refuses it: PROVISION_NOT_ASSIGNED). On the demo's open
// charity round the expert (赵志强) is given 第三章 and 第六章.
import type { Page } from 'playwright-core';
import { must, newPage, signIn, startWebHarness, type WebHarness } from './web-harness.js';

let h: WebHarness;
beforeAll(async () => {
  h = await startWebHarness();
});
afterAll(() => h?.close());

async function select(page: Page, address: string, length: number): Promise<void> {
  await page.evaluate(
    `(() => {
      const el = document.querySelector('[data-anchor-address="${address}"]');
      const node = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode();
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, ${length});
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    })()`,
  );
}

it('offers the expert 批注 only on the provisions distributed to them, and says so elsewhere', async () => {
  const { consultationTasks } = must(
    await h.t.gql<{ consultationTasks: { edges: Array<{ node: { id: string; title: string } }> } }>(
      '{ consultationTasks(first: 50) { edges { node { id title } } } }',
      {},
      await h.t.login('expert'),
    ),
  );
  const charity = consultationTasks.edges.find(
    (e) => e.node.title.startsWith('关于再次征求') && e.node.title.includes('慈善'),
  )!.node.id;
  const { context, page } = await newPage(h, { width: 1440, height: 900 });
  await signIn(page, 'expert');
  await page.goto(`/tasks/${charity}/annotate`);
  await page.locator('[data-anchor-address="art_1__para_1"]').waitFor({ timeout: 15000 });
  await page.getByText(/分发给您的条文：第三章、第六章/).waitFor();

  // 第一条 (第一章) is not his: no 批注, and the reason.
  await select(page, 'art_1__para_1', 4);
  await page.getByText('该条文不在分配给您的范围内，不能批注').waitFor();
  expect(await page.getByRole('button', { name: '批注', exact: true }).count()).toBe(0);

  // 第十二条 (第三章) is.
  await select(page, 'art_12__para_1', 4);
  await page.getByRole('button', { name: '批注', exact: true }).waitFor();
  expect(await page.getByText('该条文不在分配给您的范围内，不能批注').count()).toBe(0);
  await context.close();
}, 240_000);
