// What walking the product as its users found, checked in Chromium against the real server on a fresh demo: the
// legislature's 首页 marks the rounds waiting for its decisions and its notifications open 收到的汇总表; the ledger's
// 采纳率 reads 待反馈 for a task nobody decided yet (not 0.0%) and on a phone lists every figure (no sideways table); a
// collector's 采纳情况已反馈 opens 我的意见 with the outcome (not the draft) and is read once opened; 我的意见 offers no
// 修改/撤回 once the point has submitted, and the opinions past 50; 通知 the notifications past 50; 纸质意见表 tells a
// collector with only a phone how to type the sheets in one by one; 采纳情况 keeps Enter on an empty reason.
// Findings and screenshots: /work/notes/walk-report.md (outside the repository).
import type { Page } from 'playwright-core';
import {
  choose,
  demoPointId,
  DESK,
  must,
  newPage,
  openDogRound,
  PHONE,
  screenshot,
  signIn,
  startWebHarness,
  type OpenRound,
  type WebHarness,
} from './web-harness.js';
import { publishDecisions } from './signoff-steps.js';

let h: WebHarness;
beforeAll(async () => {
  h = await startWebHarness();
});
afterAll(() => h?.close());

const FIRST_DOG_TITLE = '关于征求《重庆市养犬管理条例（草案）》修改意见的通知';

/** The demo's 2022 first 养犬 round: submitted on its deadline, its five suggestions waiting for decisions. */
async function firstDogRound(): Promise<OpenRound> {
  const legislature = await h.t.login('legislature');
  const { consultationTasks } = must(
    await h.t.gql<{ consultationTasks: { edges: Array<{ node: { id: string; title: string } }> } }>(
      '{ consultationTasks(first: 50) { edges { node { id title } } } }',
      {},
      legislature,
    ),
  );
  const task = consultationTasks.edges.find((e) => e.node.title === FIRST_DOG_TITLE)!.node;
  return { taskId: task.id, pointId: await demoPointId(h.t), title: task.title };
}

/** Waits (up to 10 s) for a condition the page brings about without a visible sign of its own. */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const taskCard = (page: Page, title: string) =>
  page.locator('.ant-list-item').filter({ has: page.getByRole('link', { name: title, exact: true }) });

/** The account's unread notifications, as the server counts them. */
async function unread(username: string): Promise<number> {
  const token = await h.t.login(username);
  return must(await h.t.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, token))
    .unreadNotificationCount;
}

it("the legislature's 首页 marks the rounds waiting for its decisions, and a notification opens what it announces", async () => {
  const round = await firstDogRound();
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'legislature');
  const waiting = taskCard(page, round.title);
  await waiting.getByTestId('awaiting-decisions').waitFor();
  expect(await waiting.getByTestId('awaiting-decisions').textContent()).toBe('待反馈采纳情况（5 条待反馈）');
  // A decided 2022 round carries no 待反馈.
  const decided = taskCard(page, '关于征求《重庆市消防条例（修订草案）》修改意见的通知');
  await decided.waitFor();
  // Its outcomes are all published; those still 研究中 are owed a final answer, so it is marked for them alone.
  expect(await decided.getByTestId('awaiting-decisions').textContent()).toMatch(
    /^待反馈采纳情况（\d+ 条研究中）$/,
  );
  await screenshot(page, 'walk-legislature-home');

  // 已报送意见建议汇总表 opens the tables received (it opened the draft), and is read from then on.
  const before = await unread('legislature');
  const notice = page.getByRole('link', { name: /已报送意见建议汇总表/ }).first();
  await notice.click();
  await page.waitForURL(/\/tasks\/[^/]+\/received$/);
  await page.getByText('各联系点报送的汇总表').waitFor();
  await until(async () => (await unread('legislature')) === before - 1, 'the notification read');
  await context.close();
});

it('the ledger reads 待反馈 for a task with no decision yet, — for a year with nothing submitted', async () => {
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'head');
  await page.goto('/ledger?year=2022');
  const byTask = page.getByRole('region', { name: '按任务' });
  const row = byTask.getByRole('row').filter({ hasText: '重庆市养犬管理条例（草案）' });
  await row.waitFor();
  expect(await row.getByRole('cell').last().textContent()).toBe('待反馈');
  // A decided task keeps its rate.
  const decided = byTask.getByRole('row').filter({ hasText: '重庆市消防条例（修订草案）' });
  expect(await decided.getByRole('cell').last().textContent()).toMatch(/^\d+\.\d%$/);
  await screenshot(page, 'walk-ledger-awaiting');
  // This year's open rounds have submitted nothing.
  const year = new Date().getFullYear();
  await page.goto(`/ledger?year=${year}`);
  await page.getByTestId('ledger-suggestions').filter({ hasText: /^0$/ }).waitFor();
  expect(await page.getByTestId('ledger-adoption-rate').textContent()).toBe('—');
  await context.close();
});

it("a collector's 采纳情况已反馈 opens 我的意见 with the outcome; before it, submitted opinions offer no 修改/撤回", async () => {
  const round = await firstDogRound();
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'collector');
  // Submitted in 2022, not decided yet: the API refuses edits, so the page offers none and says why.
  await page.goto(`/opinions?task=${round.taskId}`);
  await page.getByText('回执号', { exact: false }).first().waitFor();
  await page.getByTestId('my-opinions-frozen').waitFor();
  expect(await page.getByTestId('my-opinions-frozen').textContent()).toBe(
    '本联系点已报送汇总意见，本任务不再接收新的意见，已记录的意见不能再修改或撤回。',
  );
  // In the page, not the header (whose 修改密码 is the person's own).
  expect(await page.getByRole('main').getByRole('button', { name: '修改' }).count()).toBe(0);
  expect(await page.getByRole('main').getByRole('button', { name: '撤回' }).count()).toBe(0);
  await screenshot(page, 'walk-my-opinions-frozen');

  await publishDecisions(h.t, round, '已在修改稿中部分体现。');
  await page.goto('/');
  const notice = page.getByRole('link', { name: `采纳情况已反馈：${round.title}` });
  await notice.waitFor();
  const before = await unread('collector');
  await notice.click();
  await page.waitForURL(new RegExp(`/opinions\\?task=${round.taskId}$`));
  await page.getByText('采纳情况说明：已在修改稿中部分体现。').first().waitFor();
  await until(async () => (await unread('collector')) === before - 1, 'the notification read');
  await screenshot(page, 'walk-outcome-notification');
  await context.close();
});

it('纸质意见表 on a phone points to entering the sheets one by one', async () => {
  const round = await openDogRound(h.t);
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'collector');
  await page.goto(`/tasks/${round.taskId}/paper`);
  const hint = page.getByTestId('paper-one-by-one');
  await hint.waitFor();
  await hint.getByRole('button', { name: '逐张录入' }).click();
  await page.waitForURL(new RegExp(`/tasks/${round.taskId}/opinions/new$`));
  await page.getByLabel('修改意见').fill('建议在第十三条中写明犬链长度如何测量。');
  // Entered sheet by sheet: where each opinion goes and how it was gathered are chosen, never assumed.
  await choose(page, '针对条款', '总体意见');
  await choose(page, '征集方式', '走访');
  await page.getByRole('button', { name: '提交' }).click();
  await page.getByTestId('receipt-number').waitFor();
  // The receipt screen names where the person looks the number up (the public 意见回执查询), or asks the collector.
  await page
    .getByText(
      '请将回执号告知提出人：凭回执号可在“意见回执查询”（登录页下方的链接）查看办理情况和采纳结果，也可以向您询问。',
    )
    .waitFor();
  await context.close();
});

it('采纳情况: Enter on an empty reason stays in the reason box and says why, instead of leaving the choice unsaved', async () => {
  const legislature = await h.t.login('legislature');
  const { consultationTasks } = must(
    await h.t.gql<{ consultationTasks: { edges: Array<{ node: { id: string; title: string } }> } }>(
      '{ consultationTasks(first: 50) { edges { node { id title } } } }',
      {},
      legislature,
    ),
  );
  const charity = consultationTasks.edges.find(
    (e) => e.node.title === '关于征求《重庆市慈善条例（草案）》修改意见的通知',
  )!.node;
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'legislature');
  await page.goto(`/tasks/${charity.id}/decisions`);
  await page.locator('tr.decision-row-active').waitFor();
  await page.keyboard.press('1');
  await page.getByText('填写理由后保存').first().waitFor();
  await page.keyboard.press('Enter');
  await page.getByText('请先填写理由：采纳情况须附理由才能保存（Esc 返回本行，j 跳过）').waitFor();
  expect(await page.evaluate<string>('document.activeElement?.getAttribute("aria-label") ?? ""')).toBe(
    '第 1 条的理由',
  );
  await page.keyboard.type('已在修改稿中采纳。');
  await page.keyboard.press('Enter');
  await page.getByText('已决定 1 / ', { exact: false }).waitFor();
  await context.close();
});

it('我的意见 offers the opinions past the first 50 (they were nowhere to be seen)', async () => {
  const round = await openDogRound(h.t);
  const collector = await h.t.login('collector');
  const count = async () =>
    must(
      await h.t.gql<{ opinions: { totalCount: number } }>(
        'query($t: ID!) { opinions(taskId: $t, first: 1) { totalCount } }',
        { t: round.taskId },
        collector,
      ),
    ).opinions.totalCount;
  for (let i = (await count()) + 1; i <= 52; i++) {
    must(
      await h.t.gql(
        'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { receiptNumber } }',
        {
          i: {
            taskId: round.taskId,
            channel: 'ONLINE',
            proposedChange: `第 ${i} 条网上意见：建议明确犬链长度。`,
          },
        },
        collector,
      ),
    );
  }
  const total = await count();
  expect(total).toBe(52);
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'collector');
  await page.goto(`/opinions?task=${round.taskId}`);
  const more = page.getByRole('button', { name: `更多意见（已显示 50 / ${total} 条）` });
  await more.waitFor();
  await more.click();
  // The oldest opinion, the 52nd in the newest-first list, is shown and the button is gone.
  await page
    .getByText(/回执号/)
    .nth(total - 1)
    .waitFor();
  expect(await page.getByRole('button', { name: /更多意见/ }).count()).toBe(0);
  await context.close();
});

it('on a phone the ledger lists each task, unit and channel with every figure in view (no sideways table)', async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'head');
  await page.goto('/ledger?year=2022');
  const byTask = page.getByRole('region', { name: '按任务' });
  // 慈善's first round: never published in this file (the 养犬 round's decisions are, above).
  const dog = byTask.getByRole('listitem', { name: '重庆市慈善条例（草案）' });
  await dog.waitFor();
  for (const label of ['未采纳', '研究中', '采纳率']) {
    const box = await dog.getByText(label, { exact: true }).boundingBox();
    expect(box && box.x + box.width <= PHONE.width).toBe(true);
  }
  // Twice: the 待反馈 figure, and the 采纳率, which reads 待反馈 while nothing of the task is decided.
  expect(await dog.getByText('待反馈', { exact: true }).count()).toBe(2);
  // A figure still opens the suggestions behind it.
  const byUnit = page.getByRole('region', { name: '按联系单位' });
  await byUnit
    .getByRole('listitem', { name: '北碚区总工会' })
    .getByRole('button', { name: /部分采纳 \d+ 条/ })
    .click();
  await page.getByRole('dialog', { name: /部分采纳的建议/ }).waitFor();
  await screenshot(page, 'walk-phone-ledger-lists');
  await context.close();
});

it('通知 offers the notifications past the first 50 (older ones were nowhere to be seen)', async () => {
  const head = await h.t.login('head');
  const legislature = await h.t.login('legislature');
  const total = async () =>
    must(
      await h.t.gql<{ notifications: { totalCount: number } }>(
        '{ notifications(first: 1) { totalCount } }',
        {},
        head,
      ),
    ).notifications.totalCount;
  const { consultationTasks } = must(
    await h.t.gql<{
      consultationTasks: { edges: Array<{ node: { title: string; draftVersion: { id: string } } }> };
    }>('{ consultationTasks(first: 50) { edges { node { title draftVersion { id } } } } }', {}, legislature),
  );
  const version = consultationTasks.edges.find((e) => e.node.title.includes('消防条例'))!.node.draftVersion
    .id;
  const pointId = await demoPointId(h.t);
  const deadline = `${new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)}T23:59:59+08:00`;
  // Each task issued to the point tells its head (收到征求意见任务).
  for (let n = await total(), i = 0; n < 52; n = await total(), i++) {
    const { createConsultationTask } = must(
      await h.t.gql<{ createConsultationTask: { id: string } }>(
        `mutation($v: ID!, $p: ID!, $d: DateTime!, $title: String!) { createConsultationTask(input: {
          draftVersionId: $v, title: $title, noticeText: "请组织群众提出意见。", deadline: $d, focusQuestions: [],
          contactPointIds: [$p] }) { id } }`,
        { v: version, p: pointId, d: deadline, title: `消防条例补充征求意见（${i + 1}）` },
        legislature,
      ),
    );
    must(
      await h.t.gql(
        'mutation($id: ID!) { issueConsultationTask(input: {id: $id}) { id } }',
        { id: createConsultationTask.id },
        legislature,
      ),
    );
  }
  const count = await total();
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'head');
  await page.goto('/inbox');
  const more = page.getByRole('button', { name: `更多通知（已显示 50 / ${count} 条）` });
  await more.waitFor();
  await more.click();
  // The oldest, a 2022 notification, is now listed and the button is gone.
  await page
    .getByRole('listitem')
    .nth(count - 1)
    .waitFor();
  expect(await page.getByRole('button', { name: /更多通知/ }).count()).toBe(0);
  await context.close();
});

it("采纳情况's 来源 says who recorded opinions no liaison unit gathered, not 单位 0 个", async () => {
  const round = await firstDogRound();
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'legislature');
  await page.goto(`/tasks/${round.taskId}/decisions`);
  // 第二十四条's suggestion gathers an opinion the executing body recorded itself (the demo's 2022 first round).
  const row = page.locator('tr').filter({ hasText: '第二十四条' }).first();
  await row.waitFor();
  expect(await row.textContent()).toContain('由执行机构或专家录入');
  expect(await row.textContent()).not.toContain('单位 0 个');
  await context.close();
});

it("an expert's 首页 leads to 专家团队批注 for an expert task, not to collection's 征集活动 and 纸质意见表", async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'expert');
  const expertTask = page.locator('.ant-list-item').filter({ hasText: '专家任务' }).first();
  await expertTask.waitFor();
  expect(await expertTask.getByRole('link', { name: /的征集活动$/ }).count()).toBe(0);
  expect(await expertTask.getByRole('link', { name: /的纸质意见表$/ }).count()).toBe(0);
  await expertTask.getByRole('link', { name: /的专家团队批注$/ }).click();
  await page.waitForURL(/\/tasks\/[^/]+\/annotate$/);
  await page.getByText('专家团队批注').first().waitFor();
  await context.close();
});
