// 网上征集 in the browser: the point head opens an online round on 征集活动 and sees its link and QR code (and downloads
// the code for a poster); a citizen on a phone opens the link without signing in, reads the draft, submits an opinion on
// an article and gets a 回执号 that 意见回执查询 finds; an unknown link and a round closed early answer clear pages.
import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { Clock } from '@app/common';
import { FEEDBACK_OPTIONS, type FeedbackOptions } from '@app/feedback';
import {
  checkedScreenshot,
  DESK,
  demoPointId,
  newPage,
  openDogRound,
  motionsSettled,
  must,
  PHONE,
  screenshot,
  signIn,
  startConsolidation,
  startWebHarness,
  type WebHarness,
} from './web-harness.js';

let h: WebHarness;
let taskId: string;
/** The public link's path, /online/<token>, as the head's page shows it. */
let linkPath: string;

beforeAll(async () => {
  h = await startWebHarness();
  ({ taskId } = await openDogRound(h.t));
});
afterAll(() => h?.close());

const spaced = (digits: string) => digits.replace(/(\d{4})(?=\d)/g, '$1 ');

it('the point head opens online collection and sees the link and the QR code, downloadable for a poster', async () => {
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'head');
  await page.goto(`/tasks/${taskId}/activities`);
  await page.getByRole('heading', { name: '网上征集（扫码提意见）' }).waitFor();
  await page.getByLabel('网上征集名称').fill('院坝会扫码提意见');
  await page.getByRole('button', { name: '开放网上征集' }).click();
  const round = page.getByRole('region', { name: '网上征集：院坝会扫码提意见' });
  await round.waitFor();
  await round.getByText('征集中').waitFor();
  const link = (await round.getByTestId('online-link').textContent())!.trim();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/online\/[A-Za-z0-9_-]{32}$/);
  // The round lives in its own card only: the list of ordinary activities neither shows it nor offers 提出意见 on it
  // (a signed-in person's opinion is never the public's).
  const listed = page.getByRole('region', { name: '院坝会扫码提意见', exact: true });
  expect(await listed.count()).toBe(0);
  expect(await page.getByLabel('在“院坝会扫码提意见”提出意见').count()).toBe(0);
  linkPath = new URL(link).pathname;
  // No PUBLIC_BASE_URL here: the link is this page's address, which only this machine reaches — the head is told so.
  const warning = page.getByTestId('online-link-warning');
  await warning
    .getByText(/按本页面的地址（127\.0\.0\.1:\d+）生成，这是本机或内网地址，群众的手机打不开/)
    .waitFor();
  await warning.getByText(/请系统管理员设置 PUBLIC_BASE_URL/).waitFor();
  await warning.scrollIntoViewIfNeeded();
  await checkedScreenshot(page, 'desk-online-link-warning');
  // The QR code is shown (an image of the link, drawn at 1024 px for a sharp poster) where the head can show or print it.
  const qr = round.getByRole('img', { name: '院坝会扫码提意见的二维码' });
  await qr.waitFor();
  expect(await qr.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(1024);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    round.getByRole('button', { name: '下载二维码' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('院坝会扫码提意见-二维码.png');
  await round.scrollIntoViewIfNeeded();
  await checkedScreenshot(page, 'desk-online-collection-qr');

  // Nor does 提出意见's activity picker offer it.
  await page.goto(`/tasks/${taskId}/opinions/new`);
  await page.getByLabel('征集活动').click();
  await page.locator('.ant-select-dropdown').waitFor();
  expect(await page.locator('.ant-select-dropdown').getByText('院坝会扫码提意见').count()).toBe(0);
  await context.close();
});

it('a citizen on a phone opens the link without signing in, submits on an article and gets a 回执号', async () => {
  const { context, page } = await newPage(h, PHONE);
  await page.goto(linkPath);
  await page.getByRole('heading', { level: 1, name: /养犬管理条例/ }).waitFor();
  await page.getByText(/截止时间：/).waitFor();
  await page.getByText('网上征集', { exact: false }).first().waitFor();
  // The draft's version as the reader names it (the label the legislature gave it), not only its stage.
  const label = must(
    await h.t.gql<{ consultationTask: { draftVersion: { label: string } } }>(
      'query($id: ID!) { consultationTask(id: $id) { draftVersion { label } } }',
      { id: taskId },
      await h.t.login('head'),
    ),
  ).consultationTask.draftVersion.label;
  expect((await page.getByTestId('online-version').textContent())!.trim()).toBe(label);
  // Not the workbench: nobody is signed in and there is no sign-out button.
  expect(await page.getByRole('button', { name: '退出登录' }).count()).toBe(0);
  await checkedScreenshot(page, 'phone-online-page');

  await page.getByRole('button', { name: '对第十三条提意见' }).click();
  await page.getByLabel('修改意见').fill('建议在小区出入口张贴文明养犬、出门牵绳的提示');
  await page.getByLabel('理由').fill('很多新搬来的住户不了解规定');
  await page.getByLabel('姓名').fill('刘女士');
  // A name alone is no way to be told the outcome: the choice appears with a phone, ticked.
  expect(await page.getByRole('checkbox', { name: /请联系点打电话告诉我/ }).count()).toBe(0);
  await page.getByRole('textbox', { name: /^电话/ }).fill('13800138000');
  expect(await page.getByRole('checkbox', { name: /请联系点打电话告诉我/ }).isChecked()).toBe(true);
  // A name without the consent ticked: the page says what to do, nothing is sent.
  await page.getByRole('button', { name: '提交意见' }).click();
  await page.getByText(/留下姓名或电话，须先勾选同意/).waitFor();
  await page.getByRole('checkbox', { name: /我同意联系点为核实意见/ }).check();
  await checkedScreenshot(page, 'phone-online-form');
  await page.getByRole('button', { name: '提交意见' }).click();

  const receipt = page.getByTestId('online-receipt');
  await receipt.waitFor();
  const number = (await receipt.locator('.online-receipt-number').textContent())!.replace(/\s/g, '');
  expect(number).toMatch(/^\d{14}$/);
  await page
    .getByText(/第十三条/)
    .first()
    .waitFor();
  await checkedScreenshot(page, 'phone-online-receipt');

  // The receipt's link opens 意见回执查询 with the number filled in and its result shown, nothing pressed.
  await page.getByRole('button', { name: '查询办理情况' }).click();
  await page.getByRole('heading', { name: '意见回执查询' }).waitFor();
  expect(await page.getByLabel('回执号').inputValue()).toBe(number);
  const result = page.getByTestId('receipt-result');
  await result.getByText('已收到', { exact: true }).waitFor();
  await result.getByText(spaced(number)).waitFor();
  await checkedScreenshot(page, 'phone-online-receipt-lookup');
  await context.close();

  // The point sees it among its opinions: channel 网上征集.
  const head = await h.t.login('head');
  const found = await h.t.gql<{
    opinions: { edges: Array<{ node: { channel: string; proposedChange: string } }> };
  }>(
    'query($t: ID!, $n: String) { opinions(taskId: $t, receiptNumber: $n, first: 1) { edges { node { channel proposedChange } } } }',
    { t: taskId, n: number },
    head,
  );
  expect(found.data!.opinions.edges[0].node).toEqual({
    channel: 'ONLINE',
    proposedChange: '建议在小区出入口张贴文明养犬、出门牵绳的提示',
  });
  // She left a phone to be told: the point will call her when the decisions are published (采纳反馈 lists her).
  const [sealed] = await h.t.db.query<Array<{ notify: number | boolean }>>(
    'SELECT c.notify_outcome AS notify FROM contributor c JOIN opinion o ON o.id = c.opinion_id WHERE o.receipt_number = ?',
    [number],
  );
  expect(Boolean(Number(sealed.notify))).toBe(true);
});

it('an unknown link, and a round the head closed early, answer clear pages', async () => {
  const { context, page } = await newPage(h, PHONE);
  await page.goto(`/online/${'A'.repeat(32)}`);
  await page.getByText('没有找到这个网上征集', { exact: true }).waitFor();
  await page.getByText('请核对链接或重新扫描二维码', { exact: false }).waitFor();
  await checkedScreenshot(page, 'phone-online-unknown');

  const desk = await newPage(h, DESK);
  await signIn(desk.page, 'head');
  await desk.page.goto(`/tasks/${taskId}/activities`);
  const round = desk.page.getByRole('region', { name: '网上征集：院坝会扫码提意见' });
  await round.getByRole('button', { name: '提前结束' }).click();
  await desk.page.getByRole('button', { name: '结束', exact: true }).click();
  await round.getByText('已结束').waitFor();
  await desk.context.close();

  await page.goto(linkPath);
  await page.getByText('网上征集已结束', { exact: true }).waitFor();
  await page.getByText(/的网上征集已于 .* 结束，不再接收意见/).waitFor();
  await checkedScreenshot(page, 'phone-online-closed');
  await context.close();
});

/** An instant's Beijing wall clock as the picker types it: 2026-12-07 18:00. */
const beijing = (at: number) => new Date(at + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

it('the closing time is picked in Beijing time, only between now and the point’s deadline; the API’s refusal shows on it', async () => {
  // The device is in New York: the picker still reads and takes Beijing's wall clock (the native field took the
  // device's zone, 13 hours off).
  const { context, page } = await newPage(h, DESK, { timezoneId: 'America/New_York' });
  await signIn(page, 'head');
  await page.goto(`/tasks/${taskId}/activities`);
  await page.getByLabel('网上征集名称').fill('限时网上征集');
  const field = page.getByLabel('截止时间');
  await field.click();
  const dropdown = page.locator('.ant-picker-dropdown');
  await dropdown.waitFor();
  // Yesterday (Beijing) is not offered; today is.
  const day = (offset: number) => beijing(Date.now() + offset * 86_400_000).slice(0, 10);
  // Yesterday's cell is not drawn at all on the first of a month that starts on a Monday (zh-CN weeks begin on
  // Monday, so the grid opens with the 1st): there is nothing to offer then.
  const yesterday = dropdown.locator(`td[title="${day(-1)}"]`);
  if (await yesterday.count())
    expect(await yesterday.getAttribute('class')).toContain('ant-picker-cell-disabled');
  // In today's last minutes (Beijing) no time of it is left to pick, and the first day offered is tomorrow.
  const firstOffered = beijing(Date.now()).slice(11) < '23:50' ? day(0) : day(1);
  await expect(dropdown.locator(`td[title="${firstOffered}"]`).getAttribute('class')).resolves.not.toContain(
    'ant-picker-cell-disabled',
  );
  // Ant Design's open calendar has axe findings of its own (its time columns are scrollable lists without focus, its
  // 年/月 buttons' names differ from their text, disabled cells are pale): looked at, not axe-checked; the page with the
  // picker closed is (below). The field itself takes a typed time, so the keyboard needs no popup.
  await motionsSettled(page);
  await screenshot(page, 'desk-online-closes-at-picker');
  // Typed in Beijing time, whatever the device's zone: five minutes from now.
  const soon = beijing(Date.now() + 5 * 60_000);
  await field.fill(soon);
  await field.press('Enter');
  await dropdown.waitFor({ state: 'hidden' });
  expect(await field.inputValue()).toBe(soon);
  await checkedScreenshot(page, 'desk-online-closes-at-picked');

  // The server's clock has passed it by the time the head submits: CLOSES_IN_PAST, shown on the field.
  const clock = h.t.app.get(Clock);
  const spy = jest.spyOn(clock, 'now').mockImplementation(() => new Date(Date.now() + 10 * 60_000));
  try {
    await page.getByRole('button', { name: '开放网上征集' }).click();
    await page.locator('#closesAt_help').getByText('截止时间必须晚于现在').waitFor();
  } finally {
    spy.mockRestore();
  }
  // 18:00 Beijing tomorrow, picked again, opens the round closing then.
  const tomorrow18 = `${day(1)} 18:00`;
  await field.fill(tomorrow18);
  await field.press('Enter');
  await page.getByRole('button', { name: '开放网上征集' }).click();
  const round = page.getByRole('region', { name: '网上征集：限时网上征集' });
  await round.getByText(`截止时间：${tomorrow18.replace(/-/g, '/')}`).waitFor();
  // The instant stored: 18:00 in Beijing is 10:00 UTC.
  const { collectionActivities } = must(
    await h.t.gql<{ collectionActivities: Array<{ title: string; closesAt: string | null }> }>(
      'query($t: ID!) { collectionActivities(taskId: $t) { title closesAt } }',
      { t: taskId },
      await h.t.login('head'),
    ),
  );
  expect(collectionActivities.find((a) => a.title === '限时网上征集')!.closesAt).toBe(
    new Date(`${day(1)}T18:00:00+08:00`).toISOString(),
  );
  await context.close();
});

it('each round’s card shows how it is going: received so far, per hour for 48 hours, per day — a campaign shows', async () => {
  const HOUR = 3600_000;
  const head = await h.t.login('head');
  const clock = h.t.app.get(Clock);
  // Opened five minutes into this hour (the server's clock set there), so that every offset below falls in the hour it
  // names — opened on the real clock, a run in an hour's last ten minutes split the 12 of hour 30 across two bars.
  const openAt = Math.floor(Date.now() / HOUR) * HOUR + 5 * 60_000;
  const openSpy = jest.spyOn(clock, 'now').mockImplementation(() => new Date(openAt));
  let round: { publicToken: string; createdAt: string };
  try {
    round = must(
      await h.t.gql<{ openOnlineCollection: { publicToken: string; createdAt: string } }>(
        'mutation($i: OpenOnlineCollectionInput!) { openOnlineCollection(input: $i) { publicToken createdAt } }',
        { i: { taskId, title: '进展演示' } },
        head,
      ),
    ).openOnlineCollection;
  } finally {
    openSpy.mockRestore();
  }
  const opened = Date.parse(round.createdAt);
  expect(opened).toBe(openAt);
  // Two on the first hour; a link passed round a WeChat group 30 hours on (12, then 6); a few later.
  const plan: Array<[number, number]> = [
    [1, 2],
    [30, 12],
    [31, 6],
    [50, 3],
    [59, 1],
  ];
  for (const [hours, count] of plan)
    for (let i = 0; i < count; i++) {
      const spy = jest
        .spyOn(clock, 'now')
        .mockImplementation(() => new Date(opened + hours * HOUR + i * 61_000));
      try {
        must(
          await h.t.gql(
            'mutation($i: SubmitOnlineOpinionInput!) { submitOnlineOpinion(input: $i) { receiptNumber } }',
            {
              i: {
                token: round.publicToken,
                proposedChange: `进展演示意见 ${hours}-${i}`,
                idempotencyKey: randomUUID(),
              },
            },
          ),
        );
      } finally {
        spy.mockRestore();
      }
    }
  // Two hours after opening: its first hours, a bar each, no days yet.
  const young = jest.spyOn(clock, 'now').mockImplementation(() => new Date(opened + 2 * HOUR + 60_000));
  try {
    const { context, page } = await newPage(h, PHONE);
    await signIn(page, 'head');
    await page.goto(`/tasks/${taskId}/activities`);
    const flow = page
      .getByRole('region', { name: '网上征集：进展演示' })
      .getByRole('region', { name: '征集进展' });
    await flow.getByText('已收到 2 条意见').waitFor();
    // The opening hour to the current one: three hours.
    const hours = flow.locator('[data-testid^="flow-最近"]');
    expect(await hours.locator('> div').count()).toBe(3);
    expect(await flow.getByTestId('flow-每天').count()).toBe(0);
    // Above the phone's bottom bar.
    await hours.evaluate((el) => {
      (el as unknown as { scrollIntoView(o: { block: string }): void }).scrollIntoView({ block: 'center' });
    });
    await checkedScreenshot(page, 'phone-online-flow-young');
    await context.close();
  } finally {
    young.mockRestore();
  }
  // Looked at 60 hours after opening (the server's clock; the browser signs in then).
  const spy = jest.spyOn(clock, 'now').mockImplementation(() => new Date(opened + 60 * HOUR));
  try {
    for (const [viewport, name] of [
      [{ width: 1280, height: 800 }, 'desk'],
      [PHONE, 'phone'],
    ] as const) {
      const { context, page } = await newPage(h, viewport);
      await signIn(page, 'head');
      await page.goto(`/tasks/${taskId}/activities`);
      const card = page.getByRole('region', { name: '网上征集：进展演示' });
      const flow = card.getByRole('region', { name: '征集进展' });
      await flow.getByText('已收到 24 条意见').waitFor();
      const hourly = flow.getByTestId('flow-最近 48 小时');
      expect(await hourly.locator('> div').count()).toBe(48);
      expect(await hourly.locator('> div[data-count="12"]').count()).toBe(1);
      expect(await hourly.getAttribute('aria-label')).toMatch(
        /^最近 48 小时：共 22 条，最多的是\d+月\d+日 \d+时，12 条$/,
      );
      const daily = flow.getByTestId('flow-每天');
      const days = await daily
        .locator('> div')
        .evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('data-count'))));
      expect(days.reduce((a, b) => a + b, 0)).toBe(24);
      expect(days.length).toBeGreaterThanOrEqual(3);
      await flow.scrollIntoViewIfNeeded();
      await checkedScreenshot(page, `${name}-online-flow`);
      await context.close();
    }
  } finally {
    spy.mockRestore();
  }
});

it('with PUBLIC_BASE_URL set, the link and QR code use that address and no warning is shown', async () => {
  // The settings object the server was given (PUBLIC_BASE_URL), set as a deployment would.
  const options = h.t.app.get<FeedbackOptions>(FEEDBACK_OPTIONS);
  options.publicBaseUrl = 'https://minyi.example.gov.cn';
  try {
    const { context, page } = await newPage(h, PHONE);
    await signIn(page, 'head');
    await page.goto(`/tasks/${taskId}/activities`);
    await page.getByLabel('网上征集名称').fill('公众号链接');
    await page.getByRole('button', { name: '开放网上征集' }).click();
    const round = page.getByRole('region', { name: '网上征集：公众号链接' });
    await round.getByText('征集中').waitFor();
    const link = (await round.getByTestId('online-link').textContent())!.trim();
    expect(link).toMatch(/^https:\/\/minyi\.example\.gov\.cn\/online\/[A-Za-z0-9_-]{32}$/);
    await round.getByRole('img', { name: '公众号链接的二维码' }).waitFor();
    expect(await page.getByTestId('online-link-warning').count()).toBe(0);
    await round.scrollIntoViewIfNeeded();
    await checkedScreenshot(page, 'phone-online-collection-public-base');
    await context.close();
  } finally {
    options.publicBaseUrl = null;
  }
});

it('a switched-off (停用) point’s rounds read 已结束 with why, as their link answers, and offer no link or QR code', async () => {
  const head = await h.t.login('head');
  must(
    await h.t.gql(
      'mutation($i: OpenOnlineCollectionInput!) { openOnlineCollection(input: $i) { id } }',
      { i: { taskId, title: '停用演示' } },
      head,
    ),
  );
  const pointId = await demoPointId(h.t);
  const admin = await h.t.login('admin');
  const setActive = async (active: boolean) =>
    must(
      await h.t.gql(
        'mutation($i: UpdateContactPointInput!) { updateContactPoint(input: $i) { id } }',
        { i: { id: pointId, active } },
        admin,
      ),
    );
  // The administrator switches the point off (动态调整). Its accounts are not: the head still signs in and sees this.
  await setActive(false);
  try {
    for (const [viewport, name] of [
      [DESK, 'desk'],
      [PHONE, 'phone'],
    ] as const) {
      const { context, page } = await newPage(h, viewport);
      await signIn(page, 'head');
      await page.goto(`/tasks/${taskId}/activities`);
      const round = page.getByRole('region', { name: '网上征集：停用演示' });
      await round.getByText('已结束', { exact: true }).waitFor();
      expect(await round.getByText('征集中').count()).toBe(0);
      await round.getByText('本联系点已停用，链接和二维码不再接收意见').waitFor();
      await round.getByText(/^原定截止时间：/).waitFor();
      const card = page
        .locator('.ant-card')
        .filter({ has: page.getByRole('heading', { name: '网上征集（扫码提意见）' }) });
      expect(await card.getByText('征集中').count()).toBe(0);
      expect(await card.getByTestId('online-link').count()).toBe(0);
      expect(await card.getByRole('img', { name: /二维码/ }).count()).toBe(0);
      expect(await card.getByRole('button', { name: '下载二维码' }).count()).toBe(0);
      expect(await card.getByRole('button', { name: '提前结束' }).count()).toBe(0);
      // Nor is a new round offered: openOnlineCollection refuses a switched-off point (CONTACT_POINT_INACTIVE).
      expect(await card.getByRole('button', { name: '开放网上征集' }).count()).toBe(0);
      await card.getByText('本联系点已停用，不能开放网上征集。').waitFor();
      expect(await page.getByTestId('online-link-warning').count()).toBe(0);
      await round.scrollIntoViewIfNeeded();
      await checkedScreenshot(page, `${name}-online-point-stopped`);
      await context.close();
    }
    // Nor do its signed-in people add anything (TaskService.assertPointActive): the collector is told why — the point
    // was switched off, not a deadline — and is offered no 提出意见.
    const { context, page } = await newPage(h, PHONE);
    await signIn(page, 'collector');
    await page.goto(`/tasks/${taskId}`);
    await page
      .getByTestId('collection-closed')
      .getByText('本联系点已停用，本任务不再接收新的意见；已提交的意见仍保留。')
      .waitFor();
    await page.getByText('已停用', { exact: true }).first().waitFor();
    expect(await page.getByRole('link', { name: '提出意见' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '提出意见' }).count()).toBe(0);
    await checkedScreenshot(page, 'phone-task-point-stopped');
    await context.close();
    // The head's 组织 page says so, and offers nobody new (the API refuses: CONTACT_POINT_INACTIVE).
    const desk = await newPage(h, DESK);
    await signIn(desk.page, 'head');
    await desk.page.goto('/organization');
    await desk.page.getByTestId('point-switched-off').waitFor();
    await desk.page.getByText('专家团队').first().waitFor();
    for (const name of ['增加专家', '增加成员', '增加单位', '增加采集员', '开通账号'])
      expect(await desk.page.getByRole('button', { name }).count()).toBe(0);
    await checkedScreenshot(desk.page, 'desk-organization-point-stopped');
    await desk.context.close();
  } finally {
    await setActive(true);
  }
  // Switched back on, the round collects again, as its link does.
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'head');
  await page.goto(`/tasks/${taskId}/activities`);
  const round = page.getByRole('region', { name: '网上征集：停用演示' });
  await round.getByText('征集中', { exact: true }).waitFor();
  await round.getByTestId('online-link').waitFor();
  await context.close();
});

it('once the point stops collecting, every round reads 已结束 with why, and offers no link, QR code or 提前结束', async () => {
  // The executing body starts consolidation (汇总): the point takes no more opinions, through any link.
  const head = await h.t.login('head');
  // A round still open on its own (closing at the point's deadline).
  must(
    await h.t.gql(
      'mutation($i: OpenOnlineCollectionInput!) { openOnlineCollection(input: $i) { id } }',
      { i: { taskId, title: '停止征集演示' } },
      head,
    ),
  );
  expect(await startConsolidation(h.t, taskId)).toBe('CONSOLIDATING');
  for (const [viewport, name] of [
    [DESK, 'desk'],
    [PHONE, 'phone'],
  ] as const) {
    const { context, page } = await newPage(h, viewport);
    await signIn(page, 'head');
    await page.goto(`/tasks/${taskId}/activities`);
    // The round was still open on its own: now it has ended, and says why.
    const round = page.getByRole('region', { name: '网上征集：停止征集演示' });
    await round.getByText('已结束', { exact: true }).waitFor();
    expect(await round.getByText('征集中').count()).toBe(0);
    await round.getByText('本联系点已停止征集，链接和二维码不再接收意见').waitFor();
    await round.getByText(/^原定截止时间：/).waitFor();
    // What it received stays in sight.
    await round
      .getByRole('region', { name: '征集进展' })
      .getByText(/已收到 \d+ 条意见/)
      .waitFor();
    const card = page
      .locator('.ant-card')
      .filter({ has: page.getByRole('heading', { name: '网上征集（扫码提意见）' }) });
    expect(await card.getByTestId('online-link').count()).toBe(0);
    expect(await card.getByRole('img', { name: /二维码/ }).count()).toBe(0);
    expect(await card.getByRole('button', { name: '下载二维码' }).count()).toBe(0);
    expect(await card.getByRole('button', { name: '提前结束' }).count()).toBe(0);
    expect(await card.getByRole('button', { name: '开放网上征集' }).count()).toBe(0);
    expect(await card.getByLabel('复制链接').count()).toBe(0);
    expect(await page.getByTestId('online-link-warning').count()).toBe(0);
    await card.getByText('本联系点已停止征集、开始汇总，本任务不再接收新的意见。').waitFor();
    await round.scrollIntoViewIfNeeded();
    await checkedScreenshot(page, `${name}-online-after-stop`);
    await context.close();
  }
});
