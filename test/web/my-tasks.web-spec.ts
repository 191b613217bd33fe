// 首页's 我的任务 and 我的意见's task picker for a collector with years of tasks (more than any first page), on a phone
// and at a desk: the open work comes first, soonest due on top, 20 at a time with 更多任务; 我的意见 opens on that task
// and finds any other by typing words of its title (the API searches all of them). Before, both read the first 50
// assignments by due date, oldest first: the open tasks of a collector with 60 past ones were on neither page.
import type { Page } from 'playwright-core';
import { addAssignments } from '../support/many-assignments.js';
import {
  choose,
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

interface Mine {
  id: string;
  assigneeType: string;
  task: { id: string; title: string };
  pointTask: { acceptingOpinions: boolean };
}

let h: WebHarness;
let first: Mine;
let total: number;

async function mine(variables: Record<string, unknown>): Promise<{ totalCount: number; nodes: Mine[] }> {
  const token = await h.t.login('collector');
  const { myAssignments } = must(
    await h.t.gql<{ myAssignments: { totalCount: number; edges: Array<{ node: Mine }> } }>(
      `query($first: Int, $search: String) { myAssignments(first: $first, search: $search) { totalCount
        edges { node { id assigneeType task { id title } pointTask { acceptingOpinions } } } } }`,
      variables,
      token,
    ),
  );
  return { totalCount: myAssignments.totalCount, nodes: myAssignments.edges.map((e) => e.node) };
}

beforeAll(async () => {
  h = await startWebHarness();
  const own = (await mine({ first: 100 })).nodes.find((n) => n.assigneeType === 'COLLECTOR')!;
  await addAssignments(h.t.db, own.id, { closed: 60, open: 2, tag: 'WEB' });
  const page = await mine({ first: 1 });
  first = page.nodes[0];
  total = page.totalCount;
});
afterAll(() => h?.close());

const myTasks = (page: Page) => page.getByTestId('my-task');

it('首页 lists the open tasks first and the rest 20 more at a time (phone)', async () => {
  expect(total).toBeGreaterThan(60);
  expect(first.pointTask.acceptingOpinions).toBe(true);
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'collector');
  await myTasks(page).first().waitFor();
  expect(await myTasks(page).count()).toBe(20);
  await page.getByText(`${total} 项`, { exact: true }).waitFor();
  // The open tasks, though due long after the 60 closed ones of 2020, are on top; no 2020 task before them.
  const titles = await myTasks(page).locator('.ant-list-item-meta-title a').allTextContents();
  expect(titles[0]).toBe(first.task.title);
  const lastOpen = Math.max(...['WEB进行中任务第1号', 'WEB进行中任务第2号'].map((x) => titles.indexOf(x)));
  expect(titles.indexOf('WEB进行中任务第1号')).toBeGreaterThanOrEqual(0);
  expect(titles.slice(0, lastOpen).some((x) => x.startsWith('WEB历年任务'))).toBe(false);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await screenshot(page, 'phone-my-tasks');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: /更多任务/ }).click();
  await myTasks(page).nth(39).waitFor();
  expect(await myTasks(page).count()).toBe(40);
  await page.getByRole('button', { name: `更多任务（已显示 40 / ${total} 项）` }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
}, 300_000);

it('我的意见 opens on the open task due soonest and finds a task far down the list by its title (desk)', async () => {
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'collector');
  await page.goto('/opinions');
  const select = page.getByRole('combobox', { name: '选择任务' });
  await page.locator('.ant-select').filter({ hasText: first.task.title }).waitFor();
  await page.waitForURL(new RegExp(`/opinions\\?task=${first.task.id}$`));
  expect(await seriousViolations(page)).toEqual([]);

  // Due 60th of 2020's, beyond the first 50 of any order that starts with the oldest.
  const far = (await mine({ first: 5, search: 'WEB历年任务第060号' })).nodes[0].task;
  await choose(page, select, far.title);
  await page.waitForURL(new RegExp(`/opinions\\?task=${far.id}$`));
  await page.getByText('这项任务下还没有您记录的意见').waitFor();
  await screenshot(page, 'desk-my-opinions-far-task');
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
}, 300_000);
