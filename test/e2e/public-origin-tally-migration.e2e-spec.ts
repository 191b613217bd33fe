// Migration 1765400000000: opinion_tally keeps the public's opinions (网上征集, author_role PUBLIC, no unit) under the
// unit key 'PUBLIC'. On a database that already holds public opinions it moves them out of the '' lines; its down
// moves them back; the recreated triggers keep counting inserts and status changes under the right key.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { revertMigrations } from '../support/migrations.js';
import { must, openDogTaskId, startTestApp, type TestApp } from '../support/test-app.js';

const NAME = 'PublicOriginTally1765400000000';

let t: TestApp;
let head: string;
let taskId: string;
let token: string;
let address = 0;

beforeAll(async () => {
  t = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
  head = await t.login('head');
  taskId = await openDogTaskId(t, head);
  token = must(
    await t.gql<{ openOnlineCollection: { publicToken: string } }>(
      'mutation($i: OpenOnlineCollectionInput!) { openOnlineCollection(input: $i) { publicToken } }',
      { i: { taskId } },
      head,
    ),
  ).openOnlineCollection.publicToken;
});
afterAll(() => t.close());

async function submitPublic(text: string): Promise<void> {
  const res = await request(t.app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('x-forwarded-for', `198.51.100.${++address}`)
    .send({
      query: 'mutation($i: SubmitOnlineOpinionInput!) { submitOnlineOpinion(input: $i) { receiptNumber } }',
      variables: { i: { token, proposedChange: text, idempotencyKey: randomUUID() } },
    });
  expect(res.body.data.submitOnlineOpinion.receiptNumber).toMatch(/^\d{14}$/);
}

/** The kept tally and a count of the opinions, per full key, with the public's unit key as `publicKey` says. */
async function tallies(db: DataSource, publicKey: 'PUBLIC' | '') {
  const line = (r: Record<string, string | number | null>) =>
    `${r.task_id}|${r.contact_point_id}|${r.status}|${r.provision_address}|${r.channel}|${r.unit}|${Number(r.n)}`;
  const kept = (
    await db.query<Array<Record<string, string | number | null>>>(
      `SELECT task_id, contact_point_id, status, provision_address, channel, liaison_unit_id AS unit, opinions AS n
       FROM opinion_tally WHERE opinions <> 0`,
    )
  )
    .map(line)
    .sort();
  const counted = (
    await db.query<Array<Record<string, string | number | null>>>(
      `SELECT task_id, contact_point_id, status, COALESCE(provision_address, '') AS provision_address, channel,
         COALESCE(liaison_unit_id, CASE WHEN author_role = 'PUBLIC' THEN ? ELSE '' END) AS unit, COUNT(*) AS n
       FROM opinion
       GROUP BY task_id, contact_point_id, status, COALESCE(provision_address, ''), channel,
         COALESCE(liaison_unit_id, CASE WHEN author_role = 'PUBLIC' THEN ? ELSE '' END)`,
      [publicKey, publicKey],
    )
  )
    .map(line)
    .sort();
  return { kept, counted };
}

const publicLines = async (db: DataSource) =>
  Number(
    (
      await db.query<Array<{ n: number | string | null }>>(
        "SELECT SUM(opinions) AS n FROM opinion_tally WHERE liaison_unit_id = 'PUBLIC'",
      )
    )[0].n ?? 0,
  );

it('moves the public opinions already counted, back on revert, and its triggers keep counting', async () => {
  const db = t.db;
  // Public opinions written under the old key: revert first (and whatever came after), then submit.
  await revertMigrations(db, NAME, 'through');
  await submitPublic('迁移前的公众意见一');
  await submitPublic('迁移前的公众意见二');
  expect(await publicLines(db)).toBe(0);
  let now = await tallies(db, '');
  expect(now.kept).toEqual(now.counted);

  await db.runMigrations();
  const [{ n: publicOpinions }] = await db.query<Array<{ n: number | string }>>(
    "SELECT COUNT(*) AS n FROM opinion WHERE author_role = 'PUBLIC'",
  );
  expect(await publicLines(db)).toBe(Number(publicOpinions));
  now = await tallies(db, 'PUBLIC');
  expect(now.kept).toEqual(now.counted);

  // The recreated triggers: an insert, and a status change (不予报送) of a public opinion, under 'PUBLIC'.
  await submitPublic('迁移后的公众意见');
  const [opinion] = await db.query<Array<{ id: string }>>(
    "SELECT id FROM opinion WHERE author_role = 'PUBLIC' AND status = 'ACTIVE' ORDER BY receipt_number LIMIT 1",
  );
  must(
    await t.gql(
      'mutation($i: OpinionStatusInput!) { markOpinionOutOfScope(input: $i) { status } }',
      { i: { id: opinion.id, reason: '与本草案无关' } },
      head,
    ),
  );
  now = await tallies(db, 'PUBLIC');
  expect(now.kept).toEqual(now.counted);
  expect(await publicLines(db)).toBe(Number(publicOpinions) + 1);

  // Reverted again: every public opinion back under '', none left under 'PUBLIC'.
  await revertMigrations(db, NAME, 'through');
  expect(await publicLines(db)).toBe(0);
  now = await tallies(db, '');
  expect(now.kept).toEqual(now.counted);
  await db.runMigrations();
  now = await tallies(db, 'PUBLIC');
  expect(now.kept).toEqual(now.counted);
});
