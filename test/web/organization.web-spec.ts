// The executing body's and the unit administrator's pages, in Chromium against the real server on the fresh demo:
// the liaison officer reads the whole 1+1+X structure, adds a collector to 北碚区总工会 (a bad phone number is refused on
// its field) and deactivates one; distributes a newly issued task (the demo's open rounds are distributed already) to the
// unit and an expert with two provisions and a due date (one after the deadline refused on its field); the unit's
// collector finds it on 首页 with its provisions, which shows it opened; a reminder reaches the expert's inbox; `unit`
// sees only its unit's opinions and downloads the unit's feedback report. Every page passes axe and does not scroll
// sideways on a phone or a desk. Screenshots: $TMPDIR/minyi-web-screens.
import { jest } from '@jest/globals';
import { Clock } from '@app/common';
import {
  DESK,
  newPage,
  PHONE,
  screenshot,
  signIn,
  startWebHarness,
  type WebHarness,
  choose,
  openDogRound,
  checkedScreenshot,
} from './web-harness.js';
import { issuedUndistributedTask, NEW_TASK_TITLE, opinionCounts } from './org-steps.js';

let h: WebHarness;
let taskId: string;

beforeAll(async () => {
  h = await startWebHarness();
  ({ taskId } = await issuedUndistributedTask(h.t));
}, 180_000);
afterAll(() => h?.close());

const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

it('the liaison officer sees the whole 1+1+X structure, adds a collector (a bad phone on its field) and deactivates one', async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'liaison');
  await page.getByRole('link', { name: '组织' }).first().click();
  await page.getByRole('heading', { name: '组织架构（1+1+X）' }).waitFor();
  await page.getByRole('heading', { name: /具体执行机构/ }).waitFor();
  for (const name of ['李国华', '王晓红', '刘洋', '赵志强', '黄蕾'])
    await page.getByRole('main').getByText(name, { exact: true }).first().waitFor();
  await page.getByText(/9 个联系单位和信息采集点/).waitFor();
  for (const unit of ['北碚区总工会', '施家梁镇', '重庆缙云律师事务所'])
    await page.getByRole('button', { name: new RegExp(unit) }).waitFor();
  // Collapsed per unit: the collectors show only once their unit is opened.
  await expect(page.getByText('许建国', { exact: true }).isVisible()).resolves.toBe(false);
  await checkedScreenshot(page, 'phone-organization');

  await page.getByRole('button', { name: /北碚区总工会/ }).click();
  const union = page.getByRole('list', { name: '北碚区总工会的采集员' });
  await union.getByText('杨帆', { exact: true }).waitFor();
  await union.getByText('许建国', { exact: true }).waitFor();
  await checkedScreenshot(page, 'phone-organization-unit');

  await page.getByRole('button', { name: '增加采集员' }).first().click();
  const dialog = page.getByRole('dialog', { name: '为北碚区总工会增加采集员' });
  await dialog.getByLabel('姓名').fill('王小明');
  await choose(page, dialog.getByRole('combobox', { name: '采集员类别' }), '群众代表');
  await dialog.getByLabel('联系电话').fill('12345');
  await dialog.getByRole('button', { name: '增加' }).click();
  const phoneItem = dialog.locator('.ant-form-item').filter({ has: page.getByLabel('联系电话') });
  await phoneItem.getByText('联系电话格式不正确：应为 11 位手机号或“区号-号码”形式的座机号').waitFor();
  await screenshot(page, 'phone-organization-field-error');
  await dialog.getByLabel('联系电话').fill('13712345678');
  await dialog.getByRole('button', { name: '增加' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await union.getByText('王小明', { exact: true }).waitFor();

  const xu = union.getByRole('listitem').filter({ hasText: '许建国' });
  await xu.getByRole('button', { name: '停用' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '停用' }).click();
  await union.getByText('许建国', { exact: true }).waitFor({ state: 'detached' });
  await page.getByLabel('显示已停用的人员和单位').click();
  await union.getByRole('listitem').filter({ hasText: '许建国' }).getByText('已停用').waitFor();
  await checkedScreenshot(page, 'phone-organization-after');
  await context.close();

  const desk = await newPage(h, DESK);
  await signIn(desk.page, 'head');
  await desk.page.goto('/organization');
  await desk.page.getByRole('button', { name: /北碚区总工会/ }).click();
  await desk.page.getByText('王小明', { exact: true }).waitFor();
  // The head's own row (李国华) is marked 本人 and offers no 停用 (the API refuses it too); other members' rows do.
  const line = (name: string) =>
    desk.page.locator('.org-line').filter({ has: desk.page.getByText(name, { exact: true }) });
  await line('李国华').getByText('本人', { exact: true }).waitFor();
  expect(await line('李国华').getByRole('button', { name: '停用' }).count()).toBe(0);
  await line('王晓红').getByRole('button', { name: '停用' }).waitFor();
  await checkedScreenshot(desk.page, 'desk-organization');
  await desk.context.close();
}, 420_000);

it('the administrator, who belongs to no point, finds every point on 首页 and opens its 组织, asked to leave its staffing to the head', async () => {
  for (const viewport of [PHONE, DESK]) {
    const { context, page } = await newPage(h, viewport);
    const size = viewport === PHONE ? 'phone' : 'desk';
    await signIn(page, 'admin');
    const admin = page.locator('.ant-card').filter({ hasText: '系统管理' });
    await admin.getByText(/^系统管理员不属于任何立法机关或联系点/).waitFor();
    const point = admin.getByRole('link', { name: '西南大学国家治理学院基层立法联系点的组织' });
    await point.waitFor();
    await admin.getByText('点长 李国华').first().waitFor();
    await checkedScreenshot(page, `${size}-admin-home`);
    await point.click();
    await page.getByRole('heading', { name: '组织架构（1+1+X）' }).waitFor();
    await page.getByText(/^西南大学国家治理学院基层立法联系点：1 个具体执行机构/).waitFor();
    await page.getByText('李国华', { exact: true }).waitFor();
    // The point has its head, who alone staffs its executing body (F13): the page says to ask the head and offers the
    // administrator no 开通账号 for the unlinked deputy head 陈立新, but still 停用 (an administrator may always
    // switch people off) and the accounts of experts.
    await page
      .getByRole('alert')
      .getByText(/副点长和联络员只能由该联系点的点长授予：请联系点长办理/)
      .waitFor();
    const line = (name: string) =>
      page.locator('.org-line').filter({ has: page.getByText(name, { exact: true }) });
    await line('陈立新').getByRole('button', { name: '停用' }).waitFor();
    expect(await line('陈立新').getByRole('button', { name: '开通账号' }).count()).toBe(0);
    await line('孙丽').getByRole('button', { name: '开通账号' }).waitFor();
    // 组织 is in the administrator's navigation (the tab bar on a phone).
    const nav = viewport === PHONE ? page.locator('.app-tabbar') : page.locator('.app-nav');
    await nav.getByRole('link', { name: /组织/ }).waitFor();
    await checkedScreenshot(page, `${size}-admin-organization`);
    await context.close();
  }
}, 240_000);

it('the liaison officer distributes a new task to a unit and an expert; the collector sees it; a reminder reaches the expert', async () => {
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'liaison');
  await page.getByRole('link', { name: `${NEW_TASK_TITLE}的分发` }).click();
  await page.getByRole('heading', { name: '分发任务' }).waitFor();
  await page.getByText('尚未分发').waitFor();

  await choose(page, page.getByRole('combobox', { name: '联系单位和信息采集点' }), '北碚区总工会');
  await page.keyboard.press('Escape');
  await choose(page, page.getByRole('combobox', { name: '专家' }), /赵志强/);
  await page.keyboard.press('Escape');
  await page.getByText(/^第三条 养犬管理遵循/).click();
  await page.getByText(/^第五条 公安机关是养犬/).click();
  await page.getByText('已选 2 处').waitFor();
  await page.getByLabel('说明').fill('请重点听取养犬人和社区的意见');
  // A due date after the legislature's deadline is refused, on its field.
  await page.getByLabel('完成时限').fill(day(90));
  await page.getByRole('button', { name: '分发', exact: true }).click();
  const dueItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('完成时限') });
  // The error itself, not the field's standing hint (不得晚于立法机关的截止时间 …), which matched alone before it showed.
  await dueItem
    .locator('.ant-form-item-explain-error')
    .getByText(/晚于立法机关的截止时间/)
    .waitFor();
  await checkedScreenshot(page, 'desk-distribution-error');

  await page.getByLabel('完成时限').fill(day(30));
  // The refused submission must have settled (antd names a loading button "loading 分发") before the next one.
  await page.locator('form .ant-btn-loading').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: /^(loading )?分发$/ }).click();
  const assignees = page.getByRole('list', { name: '分发对象' });
  const unitRow = assignees.getByRole('listitem').filter({ hasText: '北碚区总工会' });
  const expertRow = assignees.getByRole('listitem').filter({ hasText: '赵志强' });
  await unitRow.getByText('2 处条文', { exact: false }).waitFor();
  await unitRow.getByText('未打开').waitFor();
  await expertRow.getByText('未打开').waitFor();
  await checkedScreenshot(page, 'desk-distribution');

  // The collector of 北碚区总工会 finds it on 首页 with its two provisions, and opens it.
  const collector = await newPage(h, PHONE);
  await signIn(collector.page, 'collector');
  const card = collector.page.getByRole('listitem').filter({ hasText: NEW_TASK_TITLE });
  await card.getByText('分配 2 处条文').waitFor();
  await screenshot(collector.page, 'phone-collector-home-distributed');
  await collector.page.goto(`/tasks/${taskId}`);
  await collector.page.locator('text=第三条 >> visible=true').first().waitFor();
  await collector.context.close();

  await page.reload();
  await unitRow.getByText('已打开').waitFor();
  await expertRow.getByText('未打开').waitFor();
  // Both 催办 on one reading of the server's clock: "once a day" is per Beijing day, and a run crossing Beijing midnight
  // (16:00 UTC) between them sent the second as the new day's first.
  const at = new Date();
  const frozen = jest.spyOn(h.t.app.get(Clock), 'now').mockImplementation(() => new Date(at));
  try {
    await page.getByRole('button', { name: '选择未打开的' }).click();
    await page.getByRole('button', { name: '催办所选（1）' }).click();
    await page.getByText('赵志强：已发送站内提醒').waitFor();
    await expertRow.getByLabel('选择赵志强').check();
    await page.getByRole('button', { name: '催办所选（1）' }).click();
    await page.getByText('赵志强：今天已提醒过，明天可再次提醒').waitFor();
  } finally {
    frozen.mockRestore();
  }
  await context.close();

  const phone = await newPage(h, PHONE);
  await signIn(phone.page, 'liaison');
  await phone.page.goto(`/tasks/${taskId}/distribution`);
  await phone.page.getByRole('list', { name: '分发对象' }).getByText('赵志强').waitFor();
  await checkedScreenshot(phone.page, 'phone-distribution');
  await phone.context.close();

  const expert = await newPage(h, PHONE);
  await signIn(expert.page, 'expert');
  await expert.page.goto('/inbox');
  await expert.page.getByText(`催办：${NEW_TASK_TITLE}`).waitFor();
  await screenshot(expert.page, 'phone-expert-reminder');
  await expert.context.close();
}, 420_000);

it('the unit administrator sees only the unit’s opinions and downloads the unit’s feedback report', async () => {
  const dog = await openDogRound(h.t);
  const counts = await opinionCounts(h.t, dog.taskId, '北碚区总工会');
  expect(counts.unit).toBeGreaterThan(0);
  expect(counts.point).toBeGreaterThan(counts.unit);

  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'unit');
  await page.getByRole('link', { name: '本单位' }).first().click();
  await page.getByRole('heading', { name: '北碚区总工会', level: 1 }).waitFor();
  await page.getByRole('list', { name: '本单位采集员' }).getByText('杨帆').waitFor();
  await page.getByRole('list', { name: '分发给本单位的任务' }).getByText(dog.title).waitFor();
  await choose(page, page.getByRole('combobox', { name: '任务' }), dog.title);
  await page.getByText(`共 ${counts.unit} 条意见`).waitFor();
  await checkedScreenshot(page, 'phone-unit');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载反馈报告' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  expect(await download.failure()).toBeNull();
  await context.close();

  const desk = await newPage(h, DESK);
  await signIn(desk.page, 'unit');
  await desk.page.goto('/unit');
  await desk.page.getByRole('heading', { name: '北碚区总工会', level: 1 }).waitFor();
  await desk.page.getByText(/^共 \d+ 条意见$/).waitFor();
  await checkedScreenshot(desk.page, 'desk-unit');
  await desk.context.close();
}, 420_000);
