// The opinions list reads each part of the caller's read scope (their own, their unit's, their point's) by its own
// newest-first query and merges them into one page (findKeysetPage). Whoever asks, paging through the whole list
// gives exactly the opinions they may read, newest first, each once: compared with the rows picked from the table by
// the same rule (canRead), also when many opinions share one instant (the id breaks the tie across a page's edge).
import { EXECUTING_BODY_ROLES, Role } from '@app/identity';
import { must, openDogTaskId, startTestApp, type TestApp } from '../support/test-app.js';

interface Page {
  edges: Array<{ node: { id: string } }>;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const AUTHORS = { collector: 4, unit: 3, expert: 3, liaison: 3 } as const;
const READERS = ['collector', 'unit', 'expert', 'liaison', 'head', 'admin'] as const;

it('pages through exactly what each reader may read, newest first, each opinion once', async () => {
  const collector = await t.login('collector');
  const task = await openDogTaskId(t, collector);
  for (const [author, count] of Object.entries(AUTHORS)) {
    const token = await t.login(author);
    for (let n = 0; n < count; n++)
      must(
        await t.gql(
          'mutation($input: SubmitOpinionInput!) { submitOpinion(input: $input) { receiptNumber } }',
          {
            input: {
              taskId: task,
              channel: 'VISIT',
              proposedChange: `范围测试意见（${author} ${n}）：建议明确犬链长度`,
              idempotencyKey: `scope-test-${author}-${n}`,
            },
          },
          token,
        ),
      );
  }
  // Three instants for all of the task's opinions: the order inside each rests on the id alone.
  const all = await t.db.query<Array<{ id: string }>>(
    'SELECT id FROM opinion WHERE task_id = ? ORDER BY id',
    [task],
  );
  const instants = ['2026-03-01 08:00:00.000', '2026-03-02 08:00:00.500', '2026-03-03 08:00:00.250'];
  for (const [i, { id }] of all.entries())
    await t.db.query('UPDATE opinion SET created_at = ? WHERE id = ?', [instants[i % 3], id]);
  // Facts the list's filters tell apart (the kept tally follows each change, as its triggers do for every write).
  for (const [i, { id }] of all.entries()) {
    if (i % 4 === 1) await t.db.query("UPDATE opinion SET provision_address = 'art_3' WHERE id = ?", [id]);
    if (i % 5 === 2) await t.db.query("UPDATE opinion SET status = 'OUT_OF_SCOPE' WHERE id = ?", [id]);
    if (i % 3 === 0) await t.db.query("UPDATE opinion SET channel = 'FORUM' WHERE id = ?", [id]);
  }

  const rows = await t.db.query<
    Array<{
      id: string;
      created_at: string | Date;
      author_account_id: string;
      contact_point_id: string;
      liaison_unit_id: string | null;
    }>
  >(
    'SELECT id, created_at, author_account_id, contact_point_id, liaison_unit_id FROM opinion WHERE task_id = ?',
    [task],
  );
  const time = (v: string | Date) => new Date(v instanceof Date ? v : `${v.replace(' ', 'T')}Z`).getTime();

  for (const reader of READERS) {
    const token = await t.login(reader);
    const [account] = await t.db.query<Array<{ id: string }>>('SELECT id FROM account WHERE username = ?', [
      reader,
    ]);
    const grants = await t.db.query<
      Array<{ role: Role; contact_point_id: string | null; liaison_unit_id: string | null }>
    >('SELECT role, contact_point_id, liaison_unit_id FROM role_assignment WHERE account_id = ?', [
      account.id,
    ]);
    const admin = grants.some((g) => g.role === Role.SYSTEM_ADMIN);
    const points = grants.filter((g) => EXECUTING_BODY_ROLES.includes(g.role)).map((g) => g.contact_point_id);
    const units = grants.filter((g) => g.role === Role.UNIT_ADMIN).map((g) => g.liaison_unit_id);
    const expected = rows
      .filter(
        (o) =>
          admin ||
          o.author_account_id === account.id ||
          points.includes(o.contact_point_id) ||
          (o.liaison_unit_id !== null && units.includes(o.liaison_unit_id)),
      )
      .sort((a, b) => time(b.created_at) - time(a.created_at) || (a.id < b.id ? -1 : 1))
      .map((o) => o.id);

    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const page: Page = must(
        await t.gql<{ opinions: Page }>(
          'query($task: ID!, $after: String) { opinions(taskId: $task, first: 4, after: $after) { edges { node { id } } pageInfo { endCursor hasNextPage } } }',
          { task, after },
          token,
        ),
      ).opinions;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect({ reader, ids: seen }).toEqual({ reader, ids: expected });
    // Every reader but the administrator reads through several parts somewhere in this set: make sure the test
    // does exercise a merge (own opinions beside the unit's or the point's).
    if (reader === 'unit' || reader === 'liaison') expect(expected.length).toBeGreaterThan(AUTHORS[reader]);
    const totalCount = must(
      await t.gql<{ opinions: { totalCount: number } }>(
        'query($task: ID!) { opinions(taskId: $task, first: 1) { totalCount } }',
        { task },
        token,
      ),
    ).opinions.totalCount;
    expect(totalCount).toBe(expected.length);

    // The total comes from the kept tally (the caller's points and units) plus their own opinions outside them; with
    // each filter the tally keeps, and with a date range (counted from the opinions), it is the number listed.
    const unitId = units[0] ?? rows.find((o) => o.liaison_unit_id)?.liaison_unit_id ?? null;
    const filters: Array<Record<string, unknown>> = [
      { general: true },
      { provisionAddress: 'art_3' },
      { status: 'ACTIVE' },
      { status: 'OUT_OF_SCOPE' },
      { channel: 'VISIT' },
      { channel: 'FORUM' },
      ...(unitId ? [{ liaisonUnitId: unitId }, { liaisonUnitId: unitId, channel: 'VISIT' }] : []),
      { from: '2026-03-02', status: 'ACTIVE' },
    ];
    for (const filter of filters) {
      const listed: string[] = [];
      let cursor: string | null = null;
      let total: number | undefined;
      for (let pages = 0; pages < 100; pages++) {
        const page: Page & { totalCount: number } = must(
          await t.gql<{ opinions: Page & { totalCount: number } }>(
            `query($task: ID!, $after: String, $general: Boolean, $provisionAddress: String, $status: OpinionStatus,
              $channel: OpinionChannel, $liaisonUnitId: ID, $from: Date) {
              opinions(taskId: $task, first: 50, after: $after, general: $general, provisionAddress: $provisionAddress,
                status: $status, channel: $channel, liaisonUnitId: $liaisonUnitId, from: $from) {
                totalCount edges { node { id } } pageInfo { endCursor hasNextPage } } }`,
            { task, after: cursor, ...filter },
            token,
          ),
        ).opinions;
        total ??= page.totalCount;
        listed.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        cursor = page.pageInfo.endCursor;
      }
      expect({ reader, filter, total }).toEqual({ reader, filter, total: listed.length });
    }
  }
});
