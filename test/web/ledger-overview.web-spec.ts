// The legislature's view over its contact points, in Chromium against the real server on a fresh demo: 工作台账 opens on
// the overview of every point (not on 请先选择联系点), a table on a desk and one block per point on a phone, with the
// totals; a point's line opens that point's ledger with the same figures. And 首页 keeps 待反馈采纳情况 with its count
// after the legislature published a decision on only part of a round's suggestions (the mark went with the first
// publication). axe and sideways scrolling on both sizes. Screenshots: $TMPDIR/minyi-web-screens.
import type { Page } from 'playwright-core';
import {
  DESK,
  must,
  newPage,
  PHONE,
  screenshot,
  seriousViolations,
  sidewaysOverflow,
  signIn,
  startWebHarness,
  type WebHarness,
} from './web-harness.js';
import { ledgerFigures } from './ledger-steps.js';

const POINT = '西南大学国家治理学院基层立法联系点';
const STREET = '（演示）北碚区天生街道基层立法联系点';
const FIRST_DOG_TITLE = '关于征求《重庆市养犬管理条例（草案）》修改意见的通知';

let h: WebHarness;
beforeAll(async () => {
  h = await startWebHarness();
});
afterAll(() => h?.close());

async function checkPage(page: Page): Promise<void> {
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  expect(await seriousViolations(page)).toEqual([]);
}

it('on a desk the legislature’s ledger opens on every point, with totals, and a line opens the point’s ledger', async () => {
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'legislature');
  await page.goto('/ledger?year=2022');
  const table = page.getByRole('group', { name: '各联系点的数字' });
  const row = table.getByRole('row').filter({ hasText: POINT });
  await row.waitFor();
  expect(await page.getByText('请先选择联系点').count()).toBe(0);
  // 联系点 承担任务 征集意见 报送建议 采纳 部分采纳 未采纳 研究中 待反馈 采纳率
  const cells = (await row.getByRole('cell').allTextContents()).map((c) => c.trim());
  expect(cells.slice(0, 2)).toEqual([POINT, '9']);
  expect(cells[4]).toBe('6');
  expect(cells[5]).toBe('17');
  await table.getByRole('columnheader', { name: '研究中' }).waitFor();
  // The street point was designated in 2023: its line is there, with nothing submitted.
  const street = (
    await table.getByRole('row').filter({ hasText: STREET }).getByRole('cell').allTextContents()
  ).map((c) => c.trim());
  expect(street).toEqual([STREET, '0', '0', '0', '0', '0', '0', '0', '0', '—']);
  const totals = page.getByTestId('ledger-overview-totals');
  await totals.getByText('全部联系点合计').waitFor();
  expect(await totals.locator('dd').allTextContents()).toEqual(cells.slice(1));
  await screenshot(page, 'desk-ledger-overview');
  await checkPage(page);

  // Sorted on the server by 报送建议, most first; then back by name.
  await table.getByRole('columnheader', { name: '报送建议' }).click();
  await table.getByRole('row').nth(1).filter({ hasText: POINT }).waitFor();

  // A click on the line opens that point's ledger, with the same figures; 返回各联系点总览 comes back.
  await row.getByRole('cell').nth(2).click();
  await page.waitForURL(/point=/);
  expect(await ledgerFigures(page)).toEqual({ tasks: '9', adopted: '6', partly: '17' });
  expect(new URL(page.url()).searchParams.get('year')).toBe('2022');
  await page.getByRole('button', { name: '返回各联系点总览' }).click();
  await row.waitFor();
  expect(new URL(page.url()).searchParams.get('point')).toBeNull();
  await context.close();
});

it('a point deactivated since keeps its 2022 line, marked 已停用, with the same figures and totals', async () => {
  const admin = await h.t.login('admin');
  const { contactPoints } = must(
    await h.t.gql<{ contactPoints: { edges: Array<{ node: { id: string; name: string } }> } }>(
      '{ contactPoints(first: 50) { edges { node { id name } } } }',
      {},
      admin,
    ),
  );
  const pointId = contactPoints.edges.find((e) => e.node.name === POINT)!.node.id;
  const setActive = async (active: boolean) =>
    must(
      await h.t.gql(
        'mutation($i: UpdateContactPointInput!) { updateContactPoint(input: $i) { id } }',
        { i: { id: pointId, active } },
        admin,
      ),
    );
  await setActive(false);
  try {
    const { context, page } = await newPage(h, DESK);
    await signIn(page, 'legislature');
    await page.goto('/ledger?year=2022');
    const row = page
      .getByRole('group', { name: '各联系点的数字' })
      .getByRole('row')
      .filter({ hasText: POINT });
    await row.waitFor();
    await row.getByText('已停用').waitFor();
    const cells = (await row.getByRole('cell').allTextContents()).map((c) => c.trim());
    expect(cells.slice(0, 2)).toEqual([`${POINT}已停用`, '9']);
    expect(cells.slice(4, 6)).toEqual(['6', '17']);
    const totals = page.getByTestId('ledger-overview-totals');
    expect((await totals.locator('dd').allTextContents()).slice(0, 5)).toEqual(['9', '45', '45', '6', '17']);
    await checkPage(page);
    await context.close();
  } finally {
    await setActive(true);
  }
});

it('on a phone the overview is one block per point, every figure labelled, and a point’s name opens its ledger', async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'legislature');
  await page.goto('/ledger?year=2022');
  const list = page.getByRole('list', { name: '各联系点的数字' });
  const block = list.getByRole('listitem', { name: POINT });
  await block.waitFor();
  const figures = Object.fromEntries(
    await block
      .locator('dl > div')
      .evaluateAll((divs) =>
        divs.map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]),
      ),
  );
  expect(figures).toMatchObject({ 承担任务: '9', 采纳: '6', 部分采纳: '17' });
  expect(await list.getByRole('listitem', { name: STREET }).locator('dd').last().textContent()).toBe('—');
  expect(await page.getByRole('table').count()).toBe(0);
  await screenshot(page, 'phone-ledger-overview');
  await checkPage(page);
  await block.getByRole('link', { name: POINT }).click();
  await page.waitForURL(/point=/);
  expect(await ledgerFigures(page)).toEqual({ tasks: '9', adopted: '6', partly: '17' });
  await checkPage(page);
  await context.close();
});

it('首页 keeps 待反馈采纳情况 with the count left after a decision on part of a round is published', async () => {
  const legislature = await h.t.login('legislature');
  const { consultationTasks } = must(
    await h.t.gql<{ consultationTasks: { edges: Array<{ node: { id: string; title: string } }> } }>(
      '{ consultationTasks(first: 50) { edges { node { id title } } } }',
      {},
      legislature,
    ),
  );
  const taskId = consultationTasks.edges.find((e) => e.node.title === FIRST_DOG_TITLE)!.node.id;
  const { adoptionReview } = must(
    await h.t.gql<{
      adoptionReview: { suggestions: number; items: { edges: Array<{ node: { id: string } }> } };
    }>(
      'query($t: ID!) { adoptionReview(taskId: $t) { suggestions items(first: 100) { edges { node { id } } } } }',
      { t: taskId },
      legislature,
    ),
  );
  const all = adoptionReview.suggestions;
  expect(all).toBeGreaterThan(1);
  // One suggestion decided and published; the others still wait.
  must(
    await h.t.gql(
      'mutation($i: RecordAdoptionDecisionInput!) { recordAdoptionDecision(input: $i) { id } }',
      { i: { suggestionId: adoptionReview.items.edges[0].node.id, outcome: 'ADOPTED', reason: '已吸收' } },
      legislature,
    ),
  );
  must(
    await h.t.gql(
      'mutation($i: PublishAdoptionDecisionsInput!) { publishAdoptionDecisions(input: $i) { decisions } }',
      { i: { taskId } },
      legislature,
    ),
  );

  // A second one answered 研究中: no longer 待反馈, but still owed a final answer, so the mark stays and says so.
  must(
    await h.t.gql(
      'mutation($i: RecordAdoptionDecisionInput!) { recordAdoptionDecision(input: $i) { id } }',
      {
        i: {
          suggestionId: adoptionReview.items.edges[1].node.id,
          outcome: 'UNDER_STUDY',
          reason: '正在研究',
        },
      },
      legislature,
    ),
  );
  must(
    await h.t.gql(
      'mutation($i: PublishAdoptionDecisionsInput!) { publishAdoptionDecisions(input: $i) { decisions } }',
      { i: { taskId } },
      legislature,
    ),
  );

  for (const size of [DESK, PHONE]) {
    const { context, page } = await newPage(h, size);
    await signIn(page, 'legislature');
    const card = page
      .locator('.ant-list-item')
      .filter({ has: page.getByRole('link', { name: FIRST_DOG_TITLE, exact: true }) });
    await card.getByTestId('awaiting-decisions').waitFor();
    expect(await card.getByTestId('awaiting-decisions').textContent()).toBe(
      `待反馈采纳情况（${all - 2} 条待反馈，1 条研究中）`,
    );
    // A decided 2022 round carries no 待反馈.
    const decided = page.locator('.ant-list-item').filter({
      has: page.getByRole('link', { name: '关于征求《重庆市消防条例（修订草案）》修改意见的通知' }),
    });
    await decided.waitFor();
    // Its outcomes are all published; those still 研究中 are owed a final answer, so it is marked for them alone.
    expect(await decided.getByTestId('awaiting-decisions').textContent()).toMatch(
      /^待反馈采纳情况（\d+ 条研究中）$/,
    );
    await screenshot(page, `${size === DESK ? 'desk' : 'phone'}-home-awaiting-count`);
    await checkPage(page);
    await context.close();
  }
});
