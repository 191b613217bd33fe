// Migration 1765300000000 (网上征集) on a database that holds opinions: on SQLite the opinion table is rebuilt to drop
// author_account_id's NOT NULL — every row, index (the DESC ones as written) and trigger (the maintained tallies) must
// come back as it was, and the tallies keep counting writes after it; its down refuses while public opinions exist.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { revertMigrations } from '../support/migrations.js';
import { must, openDogTaskId, startTestApp, type TestApp } from '../support/test-app.js';

const NAME = 'OnlineCollection1765300000000';

let t: TestApp;
let head: string;
let taskId: string;

beforeAll(async () => {
  t = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
  head = await t.login('head');
  taskId = await openDogTaskId(t, head);
});
afterAll(() => t.close());

/** What must survive the rebuild: the rows, and the schema objects that name the table (engine's own words). */
async function snapshot(db: DataSource) {
  const rows = await db.query<unknown[]>(
    'SELECT id, receipt_number, author_account_id FROM opinion ORDER BY id',
  );
  const objects =
    t.engine === 'sqlite'
      ? await db.query<unknown[]>(
          `SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL
           AND ((type = 'index' AND tbl_name = 'opinion') OR (type = 'trigger' AND sql LIKE '%opinion%')) ORDER BY name`,
        )
      : await db.query<unknown[]>(
          `SELECT index_name AS name, GROUP_CONCAT(column_name, ' ', collation ORDER BY seq_in_index) AS cols
           FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = 'opinion'
           GROUP BY index_name ORDER BY index_name`,
        );
  return { rows, objects };
}

async function tallyMatches(db: DataSource): Promise<boolean> {
  const line = (r: Record<string, string | number | null>) =>
    `${r.task_id}|${r.status}|${r.provision_address ?? ''}|${r.channel}|${Number(r.n)}`;
  const kept = (
    await db.query<Array<Record<string, string | number | null>>>(
      `SELECT task_id, status, provision_address, channel, SUM(opinions) AS n FROM opinion_tally
       GROUP BY task_id, status, provision_address, channel HAVING SUM(opinions) > 0`,
    )
  )
    .map(line)
    .sort();
  const counted = (
    await db.query<Array<Record<string, string | number | null>>>(
      `SELECT task_id, status, COALESCE(provision_address, '') AS provision_address, channel, COUNT(*) AS n
       FROM opinion GROUP BY task_id, status, COALESCE(provision_address, ''), channel`,
    )
  )
    .map(line)
    .sort();
  return JSON.stringify(kept) === JSON.stringify(counted);
}

it('reverts and re-runs on a database full of opinions, keeping rows, indexes and tally triggers', async () => {
  const db = t.db;
  await revertMigrations(db, NAME, 'keep');
  const before = await snapshot(db);
  expect(before.rows.length).toBeGreaterThan(20);
  expect(await tallyMatches(db)).toBe(true);

  await revertMigrations(db, NAME, 'through');
  const reverted = await snapshot(db);
  expect(reverted.rows).toEqual(before.rows);
  expect(reverted.objects).toEqual(before.objects);
  await db.runMigrations();
  await revertMigrations(db, NAME, 'keep');
  const after = await snapshot(db);
  expect(after).toEqual(before);

  // The triggers still count: a public opinion written after the rebuild is in the kept tally.
  const round = must(
    await t.gql<{ openOnlineCollection: { publicToken: string } }>(
      'mutation($i: OpenOnlineCollectionInput!) { openOnlineCollection(input: $i) { publicToken } }',
      { i: { taskId } },
      head,
    ),
  ).openOnlineCollection;
  const res = await request(t.app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('x-forwarded-for', '198.51.100.77')
    .send({
      query: 'mutation($i: SubmitOnlineOpinionInput!) { submitOnlineOpinion(input: $i) { receiptNumber } }',
      variables: {
        i: { token: round.publicToken, proposedChange: '迁移之后的意见', idempotencyKey: randomUUID() },
      },
    });
  expect(res.body.data.submitOnlineOpinion.receiptNumber).toMatch(/^\d{14}$/);
  expect(await tallyMatches(db)).toBe(true);

  // With an opinion that has no account, the NOT NULL cannot come back: the down refuses and changes nothing.
  await expect(revertMigrations(db, NAME, 'through')).rejects.toThrow(/不能回退本迁移/);
  expect((await snapshot(db)).objects).toEqual(before.objects);
  const [{ n }] = await db.query<
    Array<{
      n: number | string;
    }>
  >('SELECT COUNT(*) AS n FROM opinion WHERE author_account_id IS NULL');
  expect(Number(n)).toBe(1);
  await db.runMigrations();
});
