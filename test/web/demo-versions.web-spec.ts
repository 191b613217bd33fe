// A newcomer at the legislature tries 稿次对照 and 文本佐证 on the demo as seeded, nothing added through the API: the
// dog-management draft (养犬) has two versions, the first round's 征求意见稿 and the open round's 修改稿; 稿次对照 from
// the draft's page shows the three articles changed, insertions marked; on 首页 the first round's 采纳情况 shows, beside
// the suggestion the 修改稿 took up, its 文本佐证 (比对建议：采纳 with the matching words), and beside one it left out,
// no such proposal. axe-clean, no sideways scrolling. Screenshots: $TMPDIR/minyi-web-screens.
import {
  DESK,
  newPage,
  PHONE,
  screenshot,
  seriousViolations,
  sidewaysOverflow,
  signIn,
  startWebHarness,
  must,
  type WebHarness,
} from './web-harness.js';

let h: WebHarness;
let draftId: string;
let firstRoundTaskId: string;
let revisedLabel: string;

beforeAll(async () => {
  h = await startWebHarness();
  const legislature = await h.t.login('legislature');
  const { drafts } = must(
    await h.t.gql<{
      drafts: {
        edges: Array<{
          node: { id: string; title: string; versions: Array<{ label: string; sequence: number }> };
        }>;
      };
    }>('{ drafts(first: 20) { edges { node { id title versions { label sequence } } } } }', {}, legislature),
  );
  const dog = drafts.edges.find((e) => e.node.title.includes('养犬'))!.node;
  draftId = dog.id;
  revisedLabel = dog.versions.find((v) => v.sequence === 2)!.label;
  const { consultationTasks } = must(
    await h.t.gql<{ consultationTasks: { edges: Array<{ node: { id: string; title: string } }> } }>(
      '{ consultationTasks(first: 50) { edges { node { id title } } } }',
      {},
      legislature,
    ),
  );
  firstRoundTaskId = consultationTasks.edges.find((e) =>
    e.node.title.startsWith('关于征求《重庆市养犬管理条例'),
  )!.node.id;
}, 180_000);
afterAll(() => h?.close());

it('the legislature opens 稿次对照 on the demo dog-management draft and sees what the 修改稿 changed', async () => {
  expect(revisedLabel).toMatch(/修改稿$/);
  for (const viewport of [DESK, PHONE]) {
    const { context, page } = await newPage(h, viewport);
    await signIn(page, 'legislature');
    await page.goto('/drafts');
    await page.getByRole('link', { name: '重庆市养犬管理条例（草案）' }).click();
    await page.getByText('2022年5月征求意见稿').first().waitFor();
    await page.getByText(revisedLabel).first().waitFor();
    await page.getByRole('button', { name: '稿次对照' }).first().click();
    await page.waitForURL(`**/drafts/${draftId}/compare*`);
    const modified = page.locator('section[data-kind="MODIFIED"]');
    await modified.first().waitFor();
    expect(await modified.count()).toBe(3);
    const article = (label: string) => modified.filter({ hasText: label });
    expect((await article('第十条').locator('ins').allTextContents()).join('')).toContain(
      '养犬登记可以通过网上办理',
    );
    expect((await article('第十三条').locator('ins').allTextContents()).join('')).toContain('乘坐');
    expect((await article('第二十条').locator('ins').allTextContents()).join('')).toContain('发布认领公告');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `${viewport === PHONE ? 'phone' : 'desk'}-demo-compare`);
    await context.close();
  }
});

it('on the first round’s 采纳情况, 文本佐证 proposes 采纳 for the suggestion the 修改稿 took up', async () => {
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'legislature');
  // From 首页: the first round was submitted and waits for the legislature's decisions.
  const link = page.locator(`a[href="/tasks/${firstRoundTaskId}/decisions"]`).first();
  await link.waitFor();
  await link.click();
  await page.getByRole('heading', { name: /^采纳情况：/ }).waitFor();
  await page.getByRole('columnheader', { name: `文本佐证（${revisedLabel}）` }).waitFor();
  const taken = page.getByRole('row').filter({ hasText: '“携带小型出租汽车的”修改为' });
  await taken.getByText('比对建议：采纳', { exact: true }).waitFor();
  expect((await taken.locator('mark').allTextContents()).join('')).toContain('携犬乘坐小型出租汽车');
  const left = page.getByRole('row').filter({ hasText: '并可以吊销养犬登记证' });
  await left.getByText(/^比对建议：/).waitFor();
  expect(await left.getByText('比对建议：采纳', { exact: true }).count()).toBe(0);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'desk-demo-evidence');
  await context.close();
});
