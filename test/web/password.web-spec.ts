// Passwords in the browser, against the real server on the fresh demo: the liaison officer opens an account for an
// expert and sees the rule under 初始密码; a common password is refused with the server's message on the field, a
// Chinese passphrase opens the account. The new expert signs in, opens 修改密码 from the header, is refused a sequence
// (on the 新密码 field), changes it to a passphrase, is signed out and signs in with it. Phone size, axe-clean, no
// sideways scroll. Screenshots: $TMPDIR/minyi-web-screens.
import {
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

it('opens an account with the rule shown: a common password is refused on its field, a Chinese passphrase passes', async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'liaison');
  await page.getByRole('link', { name: '组织' }).first().click();
  await page.getByRole('heading', { name: /专家团队/ }).waitFor();
  await page
    .locator('.org-line')
    .filter({ hasText: '孙丽' })
    .getByRole('button', { name: '开通账号' })
    .click();
  const dialog = page.getByRole('dialog', { name: '为孙丽开通账号' });
  await dialog.getByText(/不能是常见密码、用户名、姓名或手机号/).waitFor();
  await dialog.getByLabel('用户名').fill('sunli');
  await dialog.getByLabel('初始密码').fill('woaini1314');
  await dialog
    .getByRole('button', { name: '开 通' })
    .or(dialog.getByRole('button', { name: '开通' }))
    .click();
  await dialog.getByText(/这是常见密码.*请换一个/).waitFor();
  await checkedScreenshot(page, 'phone-account-common-password');

  await dialog.getByLabel('初始密码').fill('北碚的山城步道很长');
  await dialog
    .getByRole('button', { name: '开 通' })
    .or(dialog.getByRole('button', { name: '开通' }))
    .click();
  await dialog.waitFor({ state: 'hidden' });
  await page
    .locator('.org-line')
    .filter({ hasText: '孙丽' })
    .getByText(/已有账号/)
    .waitFor();
  await context.close();
});

it('修改密码 from the header: a sequence is refused on 新密码, a passphrase signs every device out and signs in', async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'collector');
  await page.getByRole('button', { name: '修改密码' }).click();
  const dialog = page.getByRole('dialog', { name: '修改密码' });
  await dialog.getByText(/不能是常见密码、用户名、姓名或手机号/).waitFor();
  await dialog.getByLabel('当前密码').fill('demo-password');
  await dialog.getByLabel('新密码', { exact: true }).fill('lkjhgfdsa');
  await dialog.getByLabel('再次输入新密码').fill('lkjhgfdsa');
  await dialog
    .getByRole('button', { name: '修 改' })
    .or(dialog.getByRole('button', { name: '修改' }))
    .click();
  await dialog.getByText(/连续序列.*请换一个/).waitFor();
  await checkedScreenshot(page, 'phone-change-password-refused');

  const next = '缙云山的雾比嘉陵江的浪多';
  // A mistyped 当前密码 is said on its field; the session goes on (it once read as an expired session: 登录已过期).
  await dialog.getByLabel('当前密码').fill('demo-passwort');
  await dialog.getByLabel('新密码', { exact: true }).fill(next);
  await dialog.getByLabel('再次输入新密码').fill(next);
  await dialog
    .getByRole('button', { name: '修 改' })
    .or(dialog.getByRole('button', { name: '修改' }))
    .click();
  await dialog.getByText('当前密码不正确').waitFor();
  expect(await page.getByText('登录已过期').count()).toBe(0);
  await dialog.getByLabel('当前密码').fill('demo-password');
  await dialog
    .getByRole('button', { name: '修 改' })
    .or(dialog.getByRole('button', { name: '修改' }))
    .click();
  await page.getByText('密码已修改，请用新密码重新登录').waitFor();
  await page
    .getByRole('button', { name: '登录' })
    .or(page.getByRole('button', { name: '登 录' }))
    .waitFor();
  await page.getByLabel('用户名').fill('collector');
  await page.getByLabel('密码').fill(next);
  await page
    .getByRole('button', { name: '登录' })
    .or(page.getByRole('button', { name: '登 录' }))
    .click();
  await page.getByRole('button', { name: '退出登录' }).waitFor();
  await context.close();
});
