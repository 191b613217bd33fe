// The same word and colour for the same state on every page (walk findings 5, 8, 10, 11, 15): the 汇总工作台 names the
// point's state as 首页 does, with a banner per step; the executing body's task cards offer 查看草案 and 征集活动, and
// 采纳反馈 only once the legislature has published; a collector, expert or unit sees 已收到采纳反馈 too; an outcome
// has one colour everywhere (未采纳 is never green); the phone header's 修改密码 is a lock with a word.
import type { Locator, Page } from 'playwright-core';
import {
  must,
  newPage,
  openDogRound,
  PHONE,
  screenshot,
  seriousViolations,
  sidewaysOverflow,
  signIn,
  startWebHarness,
  type OpenRound,
  type WebHarness,
} from './web-harness.js';

/** The desk size the walk looked at. */
const DESK = { width: 1280, height: 800 };

let h: WebHarness;
let open: OpenRound;
/** The 2022 消防 task: submitted, the legislature's decisions published (FEEDBACK_RECEIVED). */
let fire: { id: string; title: string };
/** The 2022 dog task's first round: submitted, nothing published (SUBMITTED). */
let dog2022: { id: string; title: string };

beforeAll(async () => {
  h = await startWebHarness();
  open = await openDogRound(h.t);
  const head = await h.t.login('head');
  const { consultationTasks } = must(
    await h.t.gql<{ consultationTasks: { edges: Array<{ node: { id: string; title: string } }> } }>(
      '{ consultationTasks(first: 50) { edges { node { id title } } } }',
      {},
      head,
    ),
  );
  const tasks = consultationTasks.edges.map((e) => e.node);
  fire = tasks.find((t) => t.title.includes('消防'))!;
  dog2022 = tasks.find((t) => t.title === '关于征求《重庆市养犬管理条例（草案）》修改意见的通知')!;
});
afterAll(() => h?.close());

/** The browser's window, typed for the one call made on it (the specs are compiled without the DOM's types). */
type Styles = { getComputedStyle(el: unknown): { color: string; backgroundColor: string } };

/** An element's computed colour or background. */
function styleOf(locator: Locator, property: 'color' | 'backgroundColor'): Promise<string> {
  return locator.evaluate((el, p) => (globalThis as unknown as Styles).getComputedStyle(el)[p], property);
}

async function looked(page: Page, name: string): Promise<void> {
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, name);
}

it('汇总工作台 says 征集中 while the point collects, and a banner that matches 已报送 and 已收到采纳反馈', async () => {
  for (const [size, viewport] of [
    ['desk', DESK],
    ['phone', PHONE],
  ] as const) {
    const { context, page } = await newPage(h, viewport);
    await signIn(page, 'liaison');
    const state = page.getByTestId('point-task-state');

    await page.goto(`/tasks/${open.taskId}/consolidation`);
    await state.waitFor();
    expect(await state.textContent()).toBe('征集中');
    expect(await page.getByText('汇总中', { exact: true }).count()).toBe(0);
    expect(await page.getByText(/内容暂不能修改|内容不能修改/).count()).toBe(0);
    await looked(page, `states-${size}-workbench-collecting`);

    await page.goto(`/tasks/${dog2022.id}/consolidation`);
    await page.getByText('汇总表已报送立法机关，内容不能修改').waitFor();
    expect(await state.textContent()).toBe('已报送');
    expect(await page.getByText('汇总表已提交审核').count()).toBe(0);
    await looked(page, `states-${size}-workbench-submitted`);

    await page.goto(`/tasks/${fire.id}/consolidation`);
    await page.getByText('立法机关已反馈采纳情况，汇总表不能再修改').waitFor();
    expect(await state.textContent()).toBe('已收到采纳反馈');
    await page.getByRole('link', { name: '采纳反馈', exact: true }).click();
    await page.waitForURL(`**/tasks/${fire.id}/outcomes`);
    await context.close();
  }
});

it("the executing body's task cards offer 查看草案 and 征集活动, and 采纳反馈 once the legislature published", async () => {
  for (const [size, viewport] of [
    ['desk', DESK],
    ['phone', PHONE],
  ] as const) {
    const { context, page } = await newPage(h, viewport);
    await signIn(page, 'head');
    const title = page.getByRole('link', { name: open.title, exact: true });
    await title.waitFor();
    // The title opens the draft and looks like the link it is (the theme's link colour), not black text.
    expect(await styleOf(title, 'color')).toBe('rgb(9, 88, 217)');
    await page.getByRole('link', { name: `查看草案：${open.title}` }).waitFor();
    expect(await page.getByRole('link', { name: `${open.title}的采纳反馈` }).count()).toBe(0);
    expect(await page.getByRole('link', { name: `${dog2022.title}的采纳反馈` }).count()).toBe(0);
    await page.getByRole('link', { name: `${fire.title}的采纳反馈` }).waitFor();
    await looked(page, `states-${size}-head-home`);
    await page.getByRole('link', { name: `${open.title}的征集活动` }).click();
    await page.waitForURL(`**/tasks/${open.taskId}/activities`);
    await context.close();
  }
});

it('分发任务 and 收到的汇总表 name the point task’s state with 首页’s tag: one word, one colour', async () => {
  /** A state tag's word and colours. */
  const look = async (tag: Locator) => ({
    text: await tag.textContent(),
    color: await styleOf(tag, 'color'),
    background: await styleOf(tag, 'backgroundColor'),
  });
  const head = await newPage(h, DESK);
  await signIn(head.page, 'head');
  const homeTag = async (title: string) => {
    const item = head.page
      .locator('.ant-list-item')
      .filter({ has: head.page.getByRole('link', { name: title, exact: true }) });
    const tag = item.getByTestId('point-task-state').first();
    await tag.waitFor();
    return look(tag);
  };
  const collecting = await homeTag(open.title);
  const published = await homeTag(fire.title);
  expect(collecting.text).toBe('征集中');
  expect(published.text).toBe('已收到采纳反馈');
  await head.page.goto(`/tasks/${open.taskId}/distribution`);
  const distribution = head.page.getByTestId('point-task-state');
  await distribution.waitFor();
  expect(await look(distribution)).toEqual(collecting);
  await looked(head.page, 'states-desk-distribution');
  await head.context.close();

  for (const [size, viewport] of [
    ['desk', DESK],
    ['phone', PHONE],
  ] as const) {
    const { context, page } = await newPage(h, viewport);
    await signIn(page, 'legislature');
    // Decisions published: the point's table reads 已收到采纳反馈, as on the head's 首页 — not a green 已报送 of its own.
    await page.goto(`/tasks/${fire.id}/received`);
    const received = page.getByTestId('point-task-state').first();
    await received.waitFor();
    expect(await look(received)).toEqual(published);
    await looked(page, `states-${size}-received-published`);
    // Still collecting: 征集中 in its colour, and 尚未报送 beside it.
    await page.goto(`/tasks/${open.taskId}/received`);
    const waiting = page.getByTestId('point-task-state').first();
    await waiting.waitFor();
    expect(await look(waiting)).toEqual(collecting);
    await page.getByText('尚未报送', { exact: true }).first().waitFor();
    await looked(page, `states-${size}-received-collecting`);
    await context.close();
  }
});

it("an expert's and a unit's 首页 say 已收到采纳反馈 where the legislature published, as the head's does", async () => {
  for (const who of ['expert', 'unit']) {
    const { context, page } = await newPage(h, PHONE);
    await signIn(page, who);
    const task = page
      .getByTestId('my-task')
      .filter({ has: page.getByRole('link', { name: fire.title, exact: true }) });
    await task.first().waitFor();
    expect(await task.first().getByTestId('my-task-state').textContent()).toBe('已收到采纳反馈');
    await task.first().scrollIntoViewIfNeeded();
    await looked(page, `states-phone-${who}-home`);
    await context.close();
  }
});

/** Each outcome's tint (common/outcome-tag.tsx): green for 采纳 alone. */
const TINTS: Record<string, string> = {
  ADOPTED: 'rgb(246, 255, 237)',
  PARTIALLY_ADOPTED: 'rgb(230, 244, 255)',
  NOT_ADOPTED: 'rgb(250, 250, 250)',
  UNDER_STUDY: 'rgb(255, 251, 230)',
};

async function tintsOf(page: Page): Promise<Array<[string, string]>> {
  const shown: Array<[string, string]> = [];
  for (const tag of await page.locator('[data-outcome]').all())
    shown.push([(await tag.getAttribute('data-outcome')) ?? '', await styleOf(tag, 'backgroundColor')]);
  return shown;
}

it('an outcome has one colour on 采纳反馈 and on the public 回执查询: 未采纳 grey, never green', async () => {
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'head');
  await page.goto(`/tasks/${fire.id}/outcomes`);
  await page.locator('[data-outcome]').first().waitFor();
  const shown = await tintsOf(page);
  expect(shown.length).toBeGreaterThan(0);
  for (const [outcome, tint] of shown)
    if (outcome !== 'PENDING') expect([outcome, tint]).toEqual([outcome, TINTS[outcome]]);
  await looked(page, 'states-desk-outcomes');
  await context.close();

  // A 未采纳 opinion of the published task, looked up by the public on a phone.
  const head = await h.t.login('head');
  const { opinions } = must(
    await h.t.gql<{
      opinions: { edges: Array<{ node: { receiptNumber: string; outcome: { outcome: string } | null } }> };
    }>(
      'query($t: ID!) { opinions(taskId: $t, first: 100) { edges { node { receiptNumber outcome { outcome } } } } }',
      { t: fire.id },
      head,
    ),
  );
  const notAdopted = opinions.edges.map((e) => e.node).find((o) => o.outcome?.outcome === 'NOT_ADOPTED');
  expect(notAdopted).toBeDefined();
  const phone = await newPage(h, PHONE);
  await phone.page.goto('/receipt');
  await phone.page.getByLabel('回执号').fill(notAdopted!.receiptNumber);
  await phone.page.getByRole('button', { name: '查询' }).click();
  const tag = phone.page.getByTestId('receipt-result').locator('[data-outcome]').first();
  await tag.waitFor();
  expect(await tag.textContent()).toBe('未采纳');
  expect(await styleOf(tag, 'backgroundColor')).toBe(TINTS.NOT_ADOPTED);
  await looked(phone.page, 'states-phone-receipt-not-adopted');
  await phone.context.close();
});

it('on the phone the header offers 修改密码 as a lock with a word, named for screen readers', async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'collector');
  const button = page.getByRole('button', { name: '修改密码' });
  await button.waitFor();
  expect(await button.locator('.anticon-lock').count()).toBe(1);
  expect(await button.innerText()).toContain('密码');
  await looked(page, 'states-phone-header');
  await button.click();
  await page.getByRole('dialog', { name: '修改密码' }).waitFor();
  await context.close();
});

it('各联系点 offers 延长截止时间 only for a point still collecting; a submitted one says why not', async () => {
  for (const [size, viewport] of [
    ['desk', DESK],
    ['phone', PHONE],
  ] as const) {
    const { context, page } = await newPage(h, viewport);
    await signIn(page, 'legislature');
    await page.goto(`/tasks/${dog2022.id}/points`);
    const row = page.locator('.point-row').first();
    await row.getByText('已停止征集，无需延长').waitFor();
    expect(await page.getByRole('button', { name: /^延长截止时间/ }).count()).toBe(0);
    expect(await row.getByText('已报送', { exact: true }).count()).toBe(1);
    await looked(page, `states-${size}-points-submitted`);
    await page.goto(`/tasks/${open.taskId}/points`);
    await page
      .getByRole('button', { name: /^延长截止时间/ })
      .first()
      .waitFor();
    await context.close();
  }
});

it('the administrator reads a task without 提出意见, 我的意见 or a sentence about a point not theirs, and 专家团队批注 by that name', async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'admin');
  await page.goto(`/tasks/${fire.id}`);
  await page.getByRole('heading', { name: fire.title }).waitFor();
  await page.getByRole('button', { name: '目录' }).waitFor();
  expect(await page.getByRole('link', { name: '我的意见' }).count()).toBe(0);
  expect(await page.getByRole('link', { name: '征集活动' }).count()).toBe(0);
  expect(await page.getByTestId('collection-closed').count()).toBe(0);
  // The experts are 专家团队 everywhere (专家团队（批注）, 专家团队意见): their annotations are 专家团队批注, never 专家批注.
  await page.getByRole('button', { name: /专家团队批注$/ }).waitFor();
  expect(await page.getByText('专家批注', { exact: true }).count()).toBe(0);
  await looked(page, 'states-phone-admin-reader');
  await context.close();
});

it("the unit's 本单位 names each task's state, as 首页 does", async () => {
  for (const [size, viewport] of [
    ['desk', DESK],
    ['phone', PHONE],
  ] as const) {
    const { context, page } = await newPage(h, viewport);
    await signIn(page, 'unit');
    await page.goto('/unit');
    const states = page.getByRole('list', { name: '分发给本单位的任务' }).getByTestId('unit-task-state');
    await states.first().waitFor();
    const texts = await states.allTextContents();
    expect(texts).toContain('征集中');
    expect(texts).toContain('已收到采纳反馈');
    await states.first().scrollIntoViewIfNeeded();
    await looked(page, `states-${size}-unit-page`);
    await context.close();
  }
});

it("on the phone workbench the 未处理 counter is a bar of its own: the list's end scrolls clear of it", async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'liaison');
  await page.goto(`/tasks/${dog2022.id}/consolidation`);
  const counter = page.getByRole('link', { name: /^未处理 \d+ 条（随页面固定）/ });
  await counter.waitFor();
  await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
  await page.waitForTimeout(300);
  const bar = (await counter.boundingBox())!;
  const last = (await page.locator('.wb main').boundingBox())!;
  expect(last.y + last.height).toBeLessThanOrEqual(bar.y + 1);
  await looked(page, 'states-phone-workbench-end');
  await context.close();
});
