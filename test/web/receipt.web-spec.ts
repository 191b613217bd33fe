// 意见回执查询 on a phone: from the sign-in page, a member of the public types the 回执号 a collector read out — a
// mistyped one is refused on its field, an unknown one answered neutrally, a real one shows where the opinion stands
// and nothing of its text or its contributor. Then a collector finds one of their opinions in 我的意见 by its number.
import type { Page } from 'playwright-core';
import {
  choose,
  DESK,
  newPage,
  openDogRound,
  openRound,
  PHONE,
  screenshot,
  seriousViolations,
  sidewaysOverflow,
  signIn,
  startWebHarness,
  type WebHarness,
} from './web-harness.js';

let h: WebHarness;
let taskId: string;
let taskTitle: string;
/** The collector's opinions on the open dog round, newest first. */
let mine: Array<{ receiptNumber: string; proposedChange: string }>;

beforeAll(async () => {
  h = await startWebHarness();
  ({ taskId, title: taskTitle } = await openDogRound(h.t));
  const token = await h.t.login('collector');
  const res = await h.t.gql<{
    opinions: { edges: Array<{ node: { receiptNumber: string; proposedChange: string } }> };
  }>(
    'query($t: ID!) { opinions(taskId: $t, first: 100) { edges { node { receiptNumber proposedChange } } } }',
    { t: taskId },
    token,
  );
  mine = res.data!.opinions.edges.map((e) => e.node);
  if (mine.length < 2)
    throw new Error('the demo collector has fewer than two opinions on the open dog round');
});
afterAll(() => h?.close());

const spaced = (digits: string) => digits.replace(/(\d{4})(?=\d)/g, '$1 ');
/** The number with its check digit changed: a digit misheard. */
const mistyped = (digits: string) => `${digits.slice(0, 13)}${(Number(digits[13]) + 1) % 10}`;

async function noSidewaysScroll(page: Page): Promise<void> {
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
}

it('a member of the public on a phone looks up an opinion by its 回执号 from the sign-in page', async () => {
  const { context, page } = await newPage(h, PHONE);
  await page.goto('/signin');
  await page.getByRole('link', { name: '用回执号查询意见处理情况' }).click();
  await page.getByRole('heading', { name: '意见回执查询' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/receipt');
  await noSidewaysScroll(page);
  expect(await seriousViolations(page)).toEqual([]);

  const box = page.getByLabel('回执号');
  const opinion = mine[0];
  // A misheard digit: refused on the field, in Chinese.
  await box.fill(spaced(mistyped(opinion.receiptNumber)));
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByText(/回执号校验不通过/).waitFor();
  expect(await seriousViolations(page)).toEqual([]);

  // A number with a right check digit that was never given: one neutral answer.
  await box.fill('1903 0412 3456 76');
  await page.getByRole('button', { name: '查询' }).click();
  await page
    .getByTestId('receipt-problem')
    .getByText(/没有查到这个回执号的意见/)
    .waitFor();

  await box.fill(spaced(opinion.receiptNumber));
  await page.getByRole('button', { name: '查询' }).click();
  const result = page.getByTestId('receipt-result');
  await result.waitFor();
  await result
    .getByText(/养犬管理条例/)
    .first()
    .waitFor();
  await result.getByText('已收到', { exact: true }).waitFor();
  await result.getByText(spaced(opinion.receiptNumber)).waitFor();
  // Never the opinion's text.
  expect(await page.locator('main').textContent()).not.toContain(opinion.proposedChange.slice(0, 12));
  await noSidewaysScroll(page);
  await screenshot(page, 'phone-receipt-lookup');
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});

it('opened with ?n=<a whole 回执号> (the online receipt’s link), the page shows the result at once: one lookup per load', async () => {
  const { context, page } = await newPage(h, PHONE);
  const lookups: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.postData()?.includes('opinionReceipt')) lookups.push(r.url());
  });
  const opinion = mine[1];
  await page.goto(`/receipt?n=${opinion.receiptNumber}`);
  const result = page.getByTestId('receipt-result');
  // Nothing pressed: the number is filled in and looked up.
  await result.getByText(spaced(opinion.receiptNumber)).waitFor();
  await result.getByText('已收到', { exact: true }).waitFor();
  expect(await page.getByLabel('回执号').inputValue()).toBe(opinion.receiptNumber);
  expect(lookups).toHaveLength(1);
  // A reload is one more page load, and one more lookup — never more (the API's per-address limit counts each).
  await page.reload();
  await result.getByText(spaced(opinion.receiptNumber)).waitFor();
  await page.waitForLoadState('networkidle');
  expect(lookups).toHaveLength(2);

  // Not a whole 回执号 (13 digits): filled in, not looked up — the person corrects it and presses 查询.
  await page.goto(`/receipt?n=${opinion.receiptNumber.slice(0, 13)}`);
  await page.getByRole('heading', { name: '意见回执查询' }).waitFor();
  expect(await page.getByLabel('回执号').inputValue()).toBe(opinion.receiptNumber.slice(0, 13));
  await page.waitForLoadState('networkidle');
  expect(lookups).toHaveLength(2);
  expect(await result.count()).toBe(0);
  await context.close();
});

it('a collector finds one of their opinions in 我的意见 by its 回执号', async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'collector');
  await page.goto(`/opinions?task=${taskId}`);
  const [wanted, other] = mine;
  await page.getByText(`回执号 ${other.receiptNumber}`).waitFor();

  const search = page.getByRole('searchbox', { name: '按回执号查找' });
  await search.fill(`${wanted.receiptNumber.slice(0, 4)}-${wanted.receiptNumber.slice(4)}`);
  await page.getByRole('button', { name: '查找' }).click();
  await page.getByText(`回执号 ${other.receiptNumber}`).waitFor({ state: 'detached' });
  await page.getByText(`回执号 ${wanted.receiptNumber}`).waitFor();
  expect(await page.getByText(/^回执号 \d{14}$/).count()).toBe(1);
  await noSidewaysScroll(page);
  await screenshot(page, 'phone-my-opinions-receipt');
  expect(await seriousViolations(page)).toEqual([]);

  await search.fill(mistyped(wanted.receiptNumber));
  await page.getByRole('button', { name: '查找' }).click();
  await page.getByText(/回执号校验不通过/).waitFor();
  await context.close();
});

it('a collector on another task types a 回执号 in 我的意见: the opinion is offered and the page switches to its task', async () => {
  // A citizen calls about their dog-round opinion while the collector has the charity round open.
  const charity = await openRound(h.t, '慈善');
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'collector');
  await page.goto(`/opinions?task=${charity.taskId}`);
  const picker = page.getByRole('combobox', { name: '选择任务' });
  await page.getByText(charity.title).first().waitFor();
  const [wanted] = mine;
  // 14 digits are enough: no 查找 to press, whatever task is chosen.
  await page.getByRole('searchbox', { name: '按回执号查找' }).fill(spaced(wanted.receiptNumber));
  await page.getByText(`回执号 ${wanted.receiptNumber}`).waitFor();
  expect(await page.getByText(/^回执号 \d{14}$/).count()).toBe(1);
  expect(new URL(page.url()).searchParams.get('task')).toBe(taskId);
  await page.getByText(taskTitle).first().waitFor();
  expect(await picker.isVisible()).toBe(true);
  // A number with a right check digit that names nothing the collector may read: one neutral answer, no error box.
  await page.getByRole('searchbox', { name: '按回执号查找' }).fill('1903 0412 3456 76');
  await page.getByText(/没有查到这个回执号的意见/).waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});

it("the point's liaison officer finds an opinion by its 回执号 in the workbench's 全部意见", async () => {
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'liaison');
  await page.goto(`/tasks/${taskId}/consolidation?tab=opinions`);
  const [wanted, other] = mine;
  await page.getByText(`回执 ${other.receiptNumber}`).waitFor();
  await page.getByRole('searchbox', { name: '搜索意见' }).fill(spaced(wanted.receiptNumber));
  await page.getByRole('searchbox', { name: '搜索意见' }).press('Enter');
  await page.getByText(`回执 ${other.receiptNumber}`).waitFor({ state: 'detached' });
  await page.getByText(`回执 ${wanted.receiptNumber}`).waitFor();
  expect(await page.locator('.wb-receipt').count()).toBe(1);
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});

it('a unit administrator finds the unit’s opinion by its 回执号, and not one of the point’s outside the unit', async () => {
  const [wanted] = mine;
  const [outside] = await h.t.db.query<Array<{ receipt_number: string }>>(
    `SELECT receipt_number FROM opinion WHERE task_id = ? AND (liaison_unit_id IS NULL OR liaison_unit_id <>
       (SELECT liaison_unit_id FROM opinion WHERE receipt_number = ?)) ORDER BY receipt_number`,
    [taskId, wanted.receiptNumber],
  );
  expect(outside).toBeDefined();
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'unit');
  await page.goto('/unit');
  await choose(page, page.getByRole('combobox', { name: '任务' }), taskTitle);
  const search = page.getByRole('searchbox', { name: '按回执号查找' });
  await search.fill(spaced(wanted.receiptNumber));
  await search.press('Enter');
  await page.getByText('共 1 条意见').waitFor();
  await page.getByText(`回执 ${wanted.receiptNumber}`, { exact: false }).waitFor();
  await noSidewaysScroll(page);
  expect(await seriousViolations(page)).toEqual([]);
  await search.fill(outside.receipt_number);
  await search.press('Enter');
  await page.getByText('本单位在该任务上没有这个回执号的意见').waitFor();
  await context.close();
});
