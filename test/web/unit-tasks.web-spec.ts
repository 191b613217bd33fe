// 本单位 (/unit) for a liaison unit given years of tasks — more than the first 100 the page used to read: every task
// given to the unit is listed, 50 at a time with 更多任务 (the server pages them, open rounds first), the oldest
// included, and the count in the card's title is the unit's whole number of tasks.
import { addAssignments } from '../support/many-assignments.js';
import {
  DESK,
  must,
  newPage,
  seriousViolations,
  signIn,
  startWebHarness,
  type WebHarness,
} from './web-harness.js';

let h: WebHarness;
let total: number;
let oldest: string;

beforeAll(async () => {
  h = await startWebHarness();
  const token = await h.t.login('unit');
  const unitAssignments = async () =>
    must(
      await h.t.gql<{ myAssignments: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
        '{ myAssignments(first: 1, assigneeType: LIAISON_UNIT) { totalCount edges { node { id } } } }',
        {},
        token,
      ),
    ).myAssignments;
  const [own] = (await unitAssignments()).edges;
  // Copies of one of the unit's assignments, written straight into the tables: 110 tasks long over, from 2020 on.
  const { closedTitles } = await addAssignments(h.t.db, own.node.id, { closed: 110, open: 0, tag: '单位' });
  oldest = closedTitles[0];
  total = (await unitAssignments()).totalCount;
});
afterAll(() => h?.close());

it('a unit with more than 100 tasks sees every one of them in 本单位, 50 more at a time', async () => {
  expect(total).toBeGreaterThan(110);
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'unit');
  await page.goto('/unit');
  const list = page.getByRole('list', { name: '分发给本单位的任务' });
  const items = list.getByRole('listitem');
  await items.first().waitFor();
  await page.getByRole('heading', { name: `分发给本单位的任务 ${total} 项` }).waitFor();
  expect(await items.count()).toBe(50);
  const more = page.getByRole('button', { name: /^更多任务/ });
  for (let shown = 50; shown < total; shown = Math.min(shown + 50, total)) {
    await more.getByText(`已显示 ${shown} / ${total} 项`).waitFor();
    await more.click();
    await items.nth(Math.min(shown + 50, total) - 1).waitFor();
  }
  expect(await items.count()).toBe(total);
  await more.waitFor({ state: 'detached' });
  // The oldest of them, 2020's, is the last: the server's order (open rounds first, then the latest due first).
  expect(await items.last().textContent()).toContain(oldest);
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});
