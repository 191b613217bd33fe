// A system administrator's whole-task opinion list is read in order from an index, page after page, like every other
// reader's: the list's statements, asked of the database's planner (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on
// MySQL/MariaDB), sort nothing. Before, the administrator's one condition on the task was the start of no newest-first
// index, and each page sorted all of the task's opinions (USE TEMP B-TREE FOR ORDER BY / Using filesort).
import { addOpinions } from '../support/many-opinions.js';
import { demoTaskRefs, must, startTestApp, type TestApp } from '../support/test-app.js';

interface Page {
  edges: Array<{ node: { id: string } }>;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}
const LIST =
  'query($task: ID!, $after: String) { opinions(taskId: $task, first: 20, after: $after) { edges { node { id } } pageInfo { endCursor hasNextPage } } }';

let t: TestApp;
let taskId: string;
beforeAll(async () => {
  t = await startTestApp();
  const head = await t.login('head');
  const refs = await demoTaskRefs(t, head);
  taskId = refs.dogTaskId;
  const [{ n }] = await t.db.query<Array<{ n: number }>>(
    'SELECT COUNT(*) AS n FROM opinion WHERE task_id = ?',
    [taskId],
  );
  if (Number(n) === 0) throw new Error('the demo dog task has no opinions to copy');
  await addOpinions(t.db, taskId, refs.pointId, 3000, 'plan');
  if (t.engine === 'mysql') await t.db.query('ANALYZE TABLE opinion');
  else await t.db.query('ANALYZE');
}, 120_000);
afterAll(() => t.close());

/** The SELECTs on opinion with an ORDER BY that `work` runs, with their parameters. */
async function listStatements(
  work: () => Promise<unknown>,
): Promise<Array<{ sql: string; params: unknown[] }>> {
  const logger = t.db.logger;
  const original = logger.logQuery.bind(logger);
  const seen: Array<{ sql: string; params: unknown[] }> = [];
  logger.logQuery = (query, parameters, runner) => {
    seen.push({ sql: query, params: Array.isArray(parameters) ? (parameters as unknown[]) : [] });
    original(query, parameters, runner);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return seen.filter((s) => /FROM [`"]opinion[`"]/.test(s.sql) && /ORDER BY/i.test(s.sql));
}

/** What the planner says it does for a statement, one line per step. */
async function plan(sql: string, params: unknown[]): Promise<string[]> {
  if (t.engine === 'mysql') {
    const rows = await t.db.query<Array<{ table: string; key: string | null; Extra: string | null }>>(
      `EXPLAIN ${sql}`,
      params,
    );
    return rows.map((r) => `${r.table} key=${r.key ?? '-'} ${r.Extra ?? ''}`);
  }
  const rows = await t.db.query<Array<{ detail: string }>>(`EXPLAIN QUERY PLAN ${sql}`, params);
  return rows.map((r) => r.detail);
}

it("reads an administrator's whole-task list, first page and the next, in order from an index: nothing sorted", async () => {
  const admin = await t.login('admin');
  let page: Page | undefined;
  const first = await listStatements(async () => {
    page = must(await t.gql<{ opinions: Page }>(LIST, { task: taskId }, admin)).opinions;
  });
  expect(page!.edges).toHaveLength(20);
  const next = await listStatements(async () => {
    must(await t.gql<{ opinions: Page }>(LIST, { task: taskId, after: page!.pageInfo.endCursor }, admin));
  });
  expect(first.length).toBeGreaterThan(0);
  expect(next.length).toBeGreaterThan(0);
  for (const statement of [...first, ...next])
    expect((await plan(statement.sql, statement.params)).join('\n')).not.toMatch(
      /TEMP B-TREE FOR ORDER BY|filesort/i,
    );
  // The first page reads the point's newest opinions from idx_opinion_newest. (A later page's branch with the cursor's
  // instant fixed, `created_at = ? AND id > ?`, may go by the primary key on MariaDB: also in order, nothing sorted.)
  for (const statement of first)
    expect((await plan(statement.sql, statement.params)).join('\n')).toMatch(/idx_opinion_newest/);
});
