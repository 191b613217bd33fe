// 系统管理 in Chromium against the real server on the fresh demo: the administrator adds a legislature (an over-long
// and a taken name refused on the name's field with the API's own messages) and edits it, sets up a contact point for
// it, sees both listed (the point under its legislature's filter, the legislature with 1 个联系点), renames the point,
// deactivates and reactivates it, and is led to the point's 组织 to add its head; on a phone too. The point head has no
// 系统管理 in the menu and is refused at its addresses. Every page passes axe and does not scroll sideways.
// Screenshots: $TMPDIR/minyi-web-screens.
import type { Page } from 'playwright-core';
import {
  choose,
  DESK,
  newPage,
  PHONE,
  signIn,
  startWebHarness,
  type WebHarness,
  checkedScreenshot,
} from './web-harness.js';

let h: WebHarness;

beforeAll(async () => {
  h = await startWebHarness();
}, 180_000);
afterAll(() => h?.close());

const SICHUAN = '四川省人民代表大会常务委员会';
const POINT = '成都市武侯区玉林街道基层立法联系点';
const RENAMED = '成都市武侯区玉林街道立法联系点';

const fieldOf = (page: Page, dialog: ReturnType<Page['getByRole']>, label: string) =>
  dialog.locator('.ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) });

it('the administrator adds a legislature and a contact point, finds them listed, edits them and is led to the point’s 组织', async () => {
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'admin');
  await page.locator('.app-nav').getByRole('link', { name: '系统管理' }).click();
  await page.getByRole('heading', { name: '系统管理' }).waitFor();
  await page.getByRole('tab', { name: '立法机关' }).click();
  await page.waitForURL(/\/admin\/legislatures$/);
  const legislatures = page.getByRole('list', { name: '立法机关列表' });
  await legislatures.getByText('重庆市人民代表大会常务委员会', { exact: true }).waitFor();

  await page.getByRole('button', { name: '新增立法机关' }).click();
  let dialog = page.getByRole('dialog', { name: '新增立法机关' });
  // The API's own messages, on the name's field: too long, then taken.
  await dialog.getByLabel('立法机关名称').fill('某'.repeat(101));
  await dialog.getByLabel('行政区域').fill('四川省');
  await choose(page, dialog.getByRole('combobox', { name: '立法机关层级' }), '省级人大常委会（含直辖市）');
  await dialog.getByRole('button', { name: '新增' }).click();
  await fieldOf(page, dialog, '立法机关名称').getByText('立法机关名称不能超过 100 个字符').waitFor();
  await dialog.getByLabel('立法机关名称').fill('重庆市人民代表大会常务委员会');
  await page.locator('.ant-modal .ant-btn-loading').waitFor({ state: 'detached' });
  await dialog.getByRole('button', { name: /^(loading )?新增$/ }).click();
  await fieldOf(page, dialog, '立法机关名称')
    .getByText('立法机关“重庆市人民代表大会常务委员会”已存在')
    .waitFor();
  await checkedScreenshot(page, 'desk-setup-legislature-field-error');
  await dialog.getByLabel('立法机关名称').fill(SICHUAN);
  await page.locator('.ant-modal .ant-btn-loading').waitFor({ state: 'detached' });
  await dialog.getByRole('button', { name: /^(loading )?新增$/ }).click();
  await dialog.waitFor({ state: 'hidden' });
  const sichuan = legislatures.getByRole('listitem').filter({ hasText: SICHUAN });
  await sichuan.getByText('0 个联系点').waitFor();
  await sichuan.getByText('四川省 · 省级人大常委会（含直辖市）').waitFor();

  await sichuan.getByRole('button', { name: `修改${SICHUAN}` }).click();
  dialog = page.getByRole('dialog', { name: `修改${SICHUAN}` });
  await dialog.getByLabel('工作机构').fill('法制工作委员会');
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await sichuan.getByText('四川省 · 省级人大常委会（含直辖市） · 法制工作委员会').waitFor();
  await checkedScreenshot(page, 'desk-setup-legislatures');

  // A contact point for it.
  await page.getByRole('tab', { name: '联系点' }).click();
  await page.waitForURL(/\/admin\/contact-points$/);
  const points = page.getByRole('list', { name: '联系点列表' });
  await points.getByText('西南大学国家治理学院基层立法联系点', { exact: true }).waitFor();
  await page.getByRole('button', { name: '设立联系点' }).click();
  dialog = page.getByRole('dialog', { name: '设立联系点' });
  await choose(page, dialog.getByRole('combobox', { name: '设立该联系点的立法机关' }), SICHUAN);
  await dialog.getByLabel('联系点名称').fill(POINT);
  await dialog.getByLabel('依托单位').fill('玉林街道办事处');
  await choose(page, dialog.getByRole('combobox', { name: '联系点级别' }), '省级');
  await choose(page, dialog.getByRole('combobox', { name: '联系点类型' }), '街道、乡镇');
  await dialog.getByLabel('设立日期').fill('2026-03-01');
  await checkedScreenshot(page, 'desk-setup-point-form');
  await dialog.getByRole('button', { name: '设立' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const created = page.getByTestId('point-created');
  await created.getByText(`已设立${POINT}`).waitFor();
  const line = points.getByRole('listitem').filter({ hasText: POINT });
  await line.getByText('尚无点长').waitFor();
  await line.getByText(`${SICHUAN} · 街道、乡镇：玉林街道办事处 · 设立于 2026-03-01`).waitFor();
  await checkedScreenshot(page, 'desk-setup-point-created');

  // Renamed.
  await line.getByRole('button', { name: `修改${POINT}` }).click();
  dialog = page.getByRole('dialog', { name: `修改${POINT}` });
  await expect(dialog.getByLabel('依托单位').inputValue()).resolves.toBe('玉林街道办事处');
  await dialog.getByLabel('联系点名称').fill(RENAMED);
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const renamed = points.getByRole('listitem').filter({ hasText: RENAMED });
  await renamed.waitFor();
  await points.getByText(POINT, { exact: true }).waitFor({ state: 'detached' });

  // Only its legislature's points under the filter; deactivated, it leaves the list until 含已停用, then comes back.
  await choose(page, page.getByRole('combobox', { name: '按立法机关筛选' }), SICHUAN);
  await page.waitForURL(/legislature=/);
  await page.getByText('共 1 个').waitFor();
  await points.getByText('西南大学国家治理学院基层立法联系点').waitFor({ state: 'detached' });
  await renamed.getByRole('button', { name: '停用' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '停用' }).click();
  await page.getByText('没有符合条件的联系点').waitFor();
  await page.getByRole('switch', { name: '含已停用的联系点' }).click();
  await renamed.getByText('已停用').waitFor();
  await renamed.getByRole('button', { name: '启用' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '启用' }).click();
  await renamed.getByText('已停用').waitFor({ state: 'detached' });

  await page.getByRole('tab', { name: '立法机关' }).click();
  await legislatures.getByRole('listitem').filter({ hasText: SICHUAN }).getByText('1 个联系点').waitFor();

  // On to the point's 组织, to add its head.
  await page.getByRole('tab', { name: '联系点' }).click();
  await page
    .getByRole('list', { name: '联系点列表' })
    .getByRole('button', { name: `${RENAMED}的组织` })
    .click();
  await page.getByRole('heading', { name: '组织架构（1+1+X）' }).waitFor();
  await page.getByText(new RegExp(`^${RENAMED}：`)).waitFor();
  await checkedScreenshot(page, 'desk-setup-point-organization');
  await context.close();
}, 300_000);

it('on a phone the administrator finds 系统管理 in the tab bar and sets up a point there', async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'admin');
  await page.locator('.app-tabbar').getByRole('link', { name: '系统管理' }).click();
  const points = page.getByRole('list', { name: '联系点列表' });
  await points.getByText('西南大学国家治理学院基层立法联系点', { exact: true }).waitFor();
  await checkedScreenshot(page, 'phone-setup-points');
  await page.getByRole('button', { name: '设立联系点' }).click();
  const dialog = page.getByRole('dialog', { name: '设立联系点' });
  await choose(
    page,
    dialog.getByRole('combobox', { name: '设立该联系点的立法机关' }),
    '重庆市人民代表大会常务委员会',
  );
  await dialog.getByLabel('联系点名称').fill('渝北区龙塔街道基层立法联系点');
  await dialog.getByLabel('依托单位').fill('龙塔街道办事处');
  await choose(page, dialog.getByRole('combobox', { name: '联系点级别' }), '市级');
  await choose(page, dialog.getByRole('combobox', { name: '联系点类型' }), '街道、乡镇');
  await checkedScreenshot(page, 'phone-setup-point-form');
  await dialog.getByRole('button', { name: '设立' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByTestId('point-created').getByRole('button', { name: '去添加点长' }).waitFor();
  await points
    .getByRole('listitem')
    .filter({ hasText: '渝北区龙塔街道基层立法联系点' })
    .getByText('尚无点长')
    .waitFor();
  await checkedScreenshot(page, 'phone-setup-point-created');
  await page.getByTestId('point-created').getByRole('button', { name: '去添加点长' }).click();
  await page.getByRole('heading', { name: '组织架构（1+1+X）' }).waitFor();
  await page.getByText(/^渝北区龙塔街道基层立法联系点：/).waitFor();

  await page.goto('/admin/legislatures');
  await page.getByRole('list', { name: '立法机关列表' }).getByText(SICHUAN, { exact: true }).waitFor();
  await checkedScreenshot(page, 'phone-setup-legislatures');
  await context.close();
}, 240_000);

it('the point head has no 系统管理 and is refused at its addresses', async () => {
  for (const viewport of [PHONE, DESK]) {
    const { context, page } = await newPage(h, viewport);
    const size = viewport === PHONE ? 'phone' : 'desk';
    await signIn(page, 'head');
    const nav = viewport === PHONE ? page.locator('.app-tabbar') : page.locator('.app-nav');
    await nav.getByRole('link', { name: /组织/ }).waitFor();
    await expect(page.getByRole('link', { name: '系统管理' }).count()).resolves.toBe(0);
    for (const path of ['/admin/contact-points', '/admin/legislatures']) {
      await page.goto(path);
      await page.getByText('系统管理页面只供系统管理员使用').waitFor();
      await expect(page.getByRole('button', { name: '设立联系点' }).count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: '新增立法机关' }).count()).resolves.toBe(0);
    }
    await checkedScreenshot(page, `${size}-setup-refused`);
    await context.close();
  }
}, 180_000);
