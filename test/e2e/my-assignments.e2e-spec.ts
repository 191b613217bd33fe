// 我的任务 for someone with years of assignments (more than any first page): the API orders them — open work first,
// soonest due on top, then the rest, the most recently due first — and pages through all of them; 我的意见's task
// picker finds any of them by words of the title (search) and reads one task's own (taskId). Before, the list was by
// due date alone, oldest first: a collector with 60 tasks from past years saw only those in 首页's first 50.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addAssignments } from '../support/many-assignments.js';
import { demoTaskRefs, errorOf, must, startTestApp, type TestApp } from '../support/test-app.js';

interface Mine {
  id: string;
  dueAt: string;
  assigneeType: string;
  task: { id: string; title: string };
  pointTask: { acceptingOpinions: boolean };
}
interface Page {
  myAssignments: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: Mine }>;
  };
}
const MINE = `query($first: Int, $after: String, $search: String, $taskId: ID) {
  myAssignments(first: $first, after: $after, search: $search, taskId: $taskId) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id dueAt assigneeType task { id title } pointTask { acceptingOpinions } } } } }`;

describe('我的任务 beyond the first page', () => {
  let t: TestApp;
  let collector: string;
  let dogTaskId: string;
  let added: { openTitles: string[]; closedTitles: string[] };

  const page = async (variables: Record<string, unknown>) =>
    must(await t.gql<Page>(MINE, variables, collector)).myAssignments;

  beforeAll(async () => {
    t = await startTestApp();
    const head = await t.login('head');
    collector = await t.login('collector');
    ({ dogTaskId } = await demoTaskRefs(t, head));
    const all = await page({ first: 100 });
    const own = all.edges.find((e) => e.node.task.id === dogTaskId && e.node.assigneeType === 'COLLECTOR')!;
    added = await addAssignments(t.db, own.node.id, { closed: 60, open: 3, tag: 'E2E' });
  }, 120_000);
  afterAll(() => t.close());

  it('puts open work first, soonest due on top, then the rest most recently due first, over every page', async () => {
    const first = await page({ first: 10 });
    expect(first.totalCount).toBeGreaterThan(60);
    // The three open tasks added are due in days; the 60 closed ones in 2020, which a due-date order put on top.
    const titles = first.edges.map((e) => e.node.task.title);
    for (const title of added.openTitles) expect(titles).toContain(title);
    expect(titles.filter((x) => x.startsWith('E2E历年任务'))).toHaveLength(0);

    const nodes: Mine[] = [];
    let after: string | null = null;
    do {
      const p: Page['myAssignments'] = await page({ first: 20, after });
      nodes.push(...p.edges.map((e) => e.node));
      after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
    } while (after);
    expect(nodes).toHaveLength(first.totalCount);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    const open = nodes.filter((n) => n.pointTask.acceptingOpinions);
    expect(nodes.slice(0, open.length)).toEqual(open);
    const dues = (list: Mine[]) => list.map((n) => Date.parse(n.dueAt));
    expect(dues(open)).toEqual([...dues(open)].sort((a, b) => a - b));
    const closed = nodes.slice(open.length);
    expect(dues(closed)).toEqual([...dues(closed)].sort((a, b) => b - a));
    for (const title of [...added.openTitles, ...added.closedTitles])
      expect(nodes.some((n) => n.task.title === title)).toBe(true);
  });

  it('finds any task by words of its title, and gives one task’s own assignments', async () => {
    const found = await page({ first: 20, search: '历年任务第007号' });
    expect(found.edges.map((e) => e.node.task.title)).toEqual(['E2E历年任务第007号']);
    expect((await page({ first: 20, search: 'E2E 第059号' })).totalCount).toBe(1);
    // LIKE's wildcards are words like any other, not "everything".
    expect((await page({ first: 20, search: '%' })).totalCount).toBe(0);
    const dog = await page({ first: 20, taskId: dogTaskId });
    expect(dog.edges.map((e) => e.node.assigneeType).sort()).toEqual(['COLLECTOR', 'LIAISON_UNIT']);
  });

  it('refuses a search longer than its limit in words', async () => {
    const res = await t.gql(MINE, { first: 5, search: '养'.repeat(101) }, collector);
    expect(errorOf(res).code).toBe('BAD_USER_INPUT');
    expect(errorOf(res).message).toContain('不能超过 100');
  });
});
