// 联系点 (/contact-points) for the legislature's staff, in Chromium against the real server on the fresh demo plus a
// second legislature with a point of its own (set up by the administrator): `legislature` finds 联系点 in the menu,
// sees its own legislature's points and never the other's, with no legislature picker anywhere (in the list or the
// form); sets up a point, is told the head is the administrator's to appoint, edits the point, switches it off and on,
// and reads its 组织 without a way to change it. On a phone too. Screenshots: $TMPDIR/minyi-web-screens.
import {
  choose,
  DESK,
  must,
  newPage,
  PHONE,
  signIn,
  startWebHarness,
  type WebHarness,
  checkedScreenshot,
} from './web-harness.js';

let h: WebHarness;
const FAR_POINT = '（测试）成都市武侯区玉林街道基层立法联系点';
const POINT = '渝中区解放碑街道基层立法联系点';
const RENAMED = '渝中区解放碑街道立法联系点';

beforeAll(async () => {
  h = await startWebHarness();
  const admin = await h.t.login('admin');
  const legislatureId = must(
    await h.t.gql<{ createLegislature: { id: string } }>(
      'mutation($i: CreateLegislatureInput!) { createLegislature(input: $i) { id } }',
      { i: { name: '四川省人民代表大会常务委员会', region: '四川省', level: 'PROVINCIAL' } },
      admin,
    ),
  ).createLegislature.id;
  must(
    await h.t.gql(
      'mutation($i: CreateContactPointInput!) { createContactPoint(input: $i) { id } }',
      {
        i: {
          legislatureId,
          name: FAR_POINT,
          hostInstitution: '玉林街道办事处',
          level: 'PROVINCIAL',
          kind: 'STREET_TOWN',
          designatedOn: '2026-03-01',
        },
      },
      admin,
    ),
  );
}, 180_000);
afterAll(() => h?.close());

it('legislature staff see their own points, set one up, edit it, switch it off and on, and read its 组织', async () => {
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'legislature');
  await page.locator('.app-nav').getByRole('link', { name: '联系点' }).click();
  await page.waitForURL(/\/contact-points$/);
  await page.getByRole('heading', { name: '本机关的联系点' }).waitFor();
  const points = page.getByRole('list', { name: '联系点列表' });
  await points.getByText('西南大学国家治理学院基层立法联系点', { exact: true }).waitFor();
  await page.getByText('共 2 个').waitFor();
  // Never the other legislature's point, and no legislature to pick.
  await expect(page.getByText(FAR_POINT).count()).resolves.toBe(0);
  await expect(page.getByRole('combobox', { name: '按立法机关筛选' }).count()).resolves.toBe(0);
  await expect(page.getByRole('tab', { name: '立法机关' }).count()).resolves.toBe(0);
  await checkedScreenshot(page, 'desk-legislature-points');

  await page.getByRole('button', { name: '设立联系点' }).click();
  let dialog = page.getByRole('dialog', { name: '设立联系点' });
  await dialog.getByLabel('联系点名称').waitFor();
  await expect(dialog.getByRole('combobox', { name: '设立该联系点的立法机关' }).count()).resolves.toBe(0);
  await dialog.getByLabel('联系点名称').fill(POINT);
  await dialog.getByLabel('依托单位').fill('解放碑街道办事处');
  await choose(page, dialog.getByRole('combobox', { name: '联系点级别' }), '市级');
  await choose(page, dialog.getByRole('combobox', { name: '联系点类型' }), '街道、乡镇');
  await dialog.getByLabel('设立日期').fill('2026-04-01');
  await checkedScreenshot(page, 'desk-legislature-point-form');
  await dialog.getByRole('button', { name: '设立' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const created = page.getByTestId('point-created');
  await created.getByText(`已设立${POINT}`).waitFor();
  // The head is the administrator's to appoint: the page says so and offers no 去添加点长.
  await created.getByText(/点长由系统管理员任命/).waitFor();
  await expect(created.getByRole('button', { name: '去添加点长' }).count()).resolves.toBe(0);
  const line = points.getByRole('listitem').filter({ hasText: POINT });
  await line.getByText('尚无点长').waitFor();
  await line.getByText('街道、乡镇：解放碑街道办事处 · 设立于 2026-04-01').waitFor();
  await page.getByText('共 3 个').waitFor();
  await checkedScreenshot(page, 'desk-legislature-point-created');

  await line.getByRole('button', { name: `修改${POINT}` }).click();
  dialog = page.getByRole('dialog', { name: `修改${POINT}` });
  await expect(dialog.getByLabel('依托单位').inputValue()).resolves.toBe('解放碑街道办事处');
  await dialog.getByLabel('联系点名称').fill(RENAMED);
  await dialog.getByLabel('地址').fill('重庆市渝中区民族路');
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const renamed = points.getByRole('listitem').filter({ hasText: RENAMED });
  await renamed.getByText(/重庆市渝中区民族路/).waitFor();
  await points.getByText(POINT, { exact: true }).waitFor({ state: 'detached' });

  await renamed.getByRole('button', { name: '停用' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '停用' }).click();
  await page.getByText('共 2 个').waitFor();
  await page.getByRole('switch', { name: '含已停用的联系点' }).click();
  await renamed.getByText('已停用').waitFor();
  await renamed.getByRole('button', { name: '启用' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '启用' }).click();
  await renamed.getByText('已停用').waitFor({ state: 'detached' });
  await expect(page.getByText(FAR_POINT).count()).resolves.toBe(0);

  // Its 组织: read, with no way to add anyone (the head is the administrator's; the rest the point's).
  await renamed.getByRole('button', { name: `${RENAMED}的组织` }).click();
  await page.getByRole('heading', { name: '组织架构（1+1+X）' }).waitFor();
  await page.getByText(new RegExp(`^${RENAMED}：`)).waitFor();
  await page.getByText(/点长由系统管理员任命/).waitFor();
  await expect(page.getByRole('button', { name: /增加|开通账号/ }).count()).resolves.toBe(0);
  await checkedScreenshot(page, 'desk-legislature-point-organization');
  await context.close();
}, 300_000);

it('on a phone legislature staff find 联系点 in the tab bar and set up a point there', async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'legislature');
  await page.locator('.app-tabbar').getByRole('link', { name: '联系点' }).click();
  const points = page.getByRole('list', { name: '联系点列表' });
  await points.getByText('西南大学国家治理学院基层立法联系点', { exact: true }).waitFor();
  await expect(page.getByText(FAR_POINT).count()).resolves.toBe(0);
  await checkedScreenshot(page, 'phone-legislature-points');
  await page.getByRole('button', { name: '设立联系点' }).click();
  const dialog = page.getByRole('dialog', { name: '设立联系点' });
  await dialog.getByLabel('联系点名称').fill('渝北区龙塔街道基层立法联系点');
  await dialog.getByLabel('依托单位').fill('龙塔街道办事处');
  await choose(page, dialog.getByRole('combobox', { name: '联系点级别' }), '市级');
  await choose(page, dialog.getByRole('combobox', { name: '联系点类型' }), '街道、乡镇');
  await checkedScreenshot(page, 'phone-legislature-point-form');
  await dialog.getByRole('button', { name: '设立' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page
    .getByTestId('point-created')
    .getByText(/点长由系统管理员任命/)
    .waitFor();
  await points
    .getByRole('listitem')
    .filter({ hasText: '渝北区龙塔街道基层立法联系点' })
    .getByText('尚无点长')
    .waitFor();
  await checkedScreenshot(page, 'phone-legislature-point-created');
  await context.close();
}, 240_000);

it('others have no 联系点 page: the point head is refused, the administrator goes to 系统管理', async () => {
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'head');
  await expect(page.locator('.app-nav').getByRole('link', { name: '联系点' }).count()).resolves.toBe(0);
  await page.goto('/contact-points');
  await page.getByText('联系点管理页面只供立法机关工作人员使用').waitFor();
  await expect(page.getByRole('button', { name: '设立联系点' }).count()).resolves.toBe(0);
  await context.close();

  const admin = await newPage(h, DESK);
  await signIn(admin.page, 'admin');
  await admin.page.goto('/contact-points');
  await admin.page.waitForURL(/\/admin\/contact-points$/);
  await admin.page.getByText(FAR_POINT).waitFor();
  await admin.context.close();
}, 180_000);
