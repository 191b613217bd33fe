// A 网上征集 round from the executing body's side: it holds the public's own submissions only — a signed-in person's
// opinion is never filed under it (ACTIVITY_IS_ONLINE_ROUND, nothing written) — and its flow of submissions (per China
// hour, per day) is read by those who may manage it. Runs on SQLite, and on MariaDB when DATABASE_URL names one.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';
import { Clock, chinaDate } from '@app/common';
import { ONLINE_FLOW_LIMITS, onlineFlowSql } from '@app/feedback';
import {
  errorOf,
  must,
  openDogTaskId,
  startTestApp,
  type GqlResult,
  type TestApp,
} from '../support/test-app.js';

const OPEN = `mutation($i: OpenOnlineCollectionInput!) { openOnlineCollection(input: $i) {
  id title publicToken onlineRound participants createdAt } }`;
const RECORD = `mutation($i: RecordActivityInput!) { recordCollectionActivity(input: $i) { id onlineRound } }`;
const LIST = `query($t: ID!) { collectionActivities(taskId: $t) { id onlineRound } }`;
const SUBMIT = `mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { receiptNumber } }`;
const BATCH = `mutation($i: SubmitOpinionsInput!) { submitOpinions(input: $i) {
  index ok error { code reason message fields { field message } } } }`;
const PUBLIC_SUBMIT = `mutation($i: SubmitOnlineOpinionInput!) { submitOnlineOpinion(input: $i) { receiptNumber } }`;

interface Round {
  id: string;
  title: string;
  publicToken: string;
  onlineRound: boolean;
  participants: number;
  createdAt: string;
}

let t: TestApp;
let head: string;
let collector: string;
let taskId: string;
let addresses = 0;

async function publicSubmit(token: string, proposedChange: string): Promise<void> {
  const res = await request(t.app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('x-forwarded-for', `198.51.100.${++addresses}`)
    .send({
      query: PUBLIC_SUBMIT,
      variables: { i: { token, proposedChange, idempotencyKey: randomUUID() } },
    });
  must(res.body as GqlResult<unknown>);
}

const countWhere = async (sql: string, params: unknown[]): Promise<number> =>
  Number((await t.db.query<Array<{ n: number | string }>>(sql, params))[0].n);

beforeAll(async () => {
  t = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
  head = await t.login('head');
  collector = await t.login('collector');
  taskId = await openDogTaskId(t, head);
});
afterAll(() => t.close());

describe('a signed-in person’s opinion is never filed under an online round', () => {
  let round: Round;
  beforeAll(async () => {
    round = must(
      await t.gql<{ openOnlineCollection: Round }>(OPEN, { i: { taskId } }, head),
    ).openOnlineCollection;
  });

  it('lists the round as an online round, an ordinary activity (even one of channel 网上) as ordinary', async () => {
    expect(round.onlineRound).toBe(true);
    const forum = must(
      await t.gql<{ recordCollectionActivity: { id: string; onlineRound: boolean } }>(
        RECORD,
        {
          i: {
            taskId,
            channel: 'ONLINE',
            title: '微信群征集',
            heldOn: chinaDate(new Date()),
            participants: 3,
          },
        },
        head,
      ),
    ).recordCollectionActivity;
    expect(forum.onlineRound).toBe(false);
    const listed = must(
      await t.gql<{ collectionActivities: Array<{ id: string; onlineRound: boolean }> }>(
        LIST,
        { t: taskId },
        head,
      ),
    ).collectionActivities;
    expect(listed.find((a) => a.id === round.id)?.onlineRound).toBe(true);
    expect(listed.find((a) => a.id === forum.id)?.onlineRound).toBe(false);
    // The ordinary activity of channel ONLINE still takes opinions.
    must(
      await t.gql(
        SUBMIT,
        { i: { taskId, proposedChange: '微信群里的意见', channel: 'ONLINE', activityId: forum.id } },
        head,
      ),
    );
  });

  it('refuses submitOpinion and each item of submitOpinions naming the round, on its field, writing nothing', async () => {
    const before = await countWhere('SELECT COUNT(*) AS n FROM opinion', []);
    const audits = await countWhere('SELECT COUNT(*) AS n FROM audit_record', []);
    for (const [token, who] of [
      [head, '执行机构'],
      [collector, '采集员'],
    ] as const) {
      for (const idempotencyKey of [undefined, randomUUID()]) {
        const res = await t.gql(
          SUBMIT,
          {
            i: {
              taskId,
              proposedChange: `${who}记在网上征集下的意见`,
              channel: 'ONLINE',
              activityId: round.id,
              idempotencyKey,
            },
          },
          token,
        );
        expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ACTIVITY_IS_ONLINE_ROUND' });
        expect(errorOf(res).message).toContain('扫码提意见的网上征集');
        expect(res.errors?.[0].extensions.fields).toEqual([
          { field: 'input.activityId', message: errorOf(res).message },
        ]);
      }
    }
    const batch = must(
      await t.gql<{
        submitOpinions: Array<{
          index: number;
          ok: boolean;
          error: { reason: string; fields: Array<{ field: string }> } | null;
        }>;
      }>(
        BATCH,
        {
          i: {
            items: [
              { taskId, proposedChange: '离线记下、属于网上征集', channel: 'ONLINE', activityId: round.id },
              { taskId, proposedChange: '离线记下的走访意见', channel: 'VISIT' },
            ],
          },
        },
        collector,
      ),
    ).submitOpinions;
    expect(batch[0]).toMatchObject({
      ok: false,
      error: { reason: 'ACTIVITY_IS_ONLINE_ROUND', fields: [{ field: 'input.items.0.activityId' }] },
    });
    expect(batch[1].ok).toBe(true);
    // Only the batch's other item was written (one opinion, its audit entry); the round holds nothing of theirs.
    expect(await countWhere('SELECT COUNT(*) AS n FROM opinion', [])).toBe(before + 1);
    expect(await countWhere('SELECT COUNT(*) AS n FROM audit_record', [])).toBe(audits + 1);
    expect(
      await countWhere(
        'SELECT COUNT(*) AS n FROM opinion WHERE activity_id = ? AND author_account_id IS NOT NULL',
        [round.id],
      ),
    ).toBe(0);
    // The public still submits through the link, and that counts as the round's.
    await publicSubmit(round.publicToken, '公众扫码提交的意见');
    expect(await countWhere('SELECT COUNT(*) AS n FROM opinion WHERE activity_id = ?', [round.id])).toBe(1);
  });

  it('no other write takes an activity: the schema’s inputs naming one are exactly these', async () => {
    const schema = must(
      await t.gql<{
        __schema: { types: Array<{ name: string; inputFields: Array<{ name: string }> | null }> };
      }>('{ __schema { types { name inputFields { name } } } }', {}, head),
    ).__schema;
    const naming = schema.types
      .filter((type) => type.inputFields?.some((f) => /activity/i.test(f.name)))
      .map((type) => type.name)
      .sort();
    // SubmitOpinionInput (submitOpinion, and each item of submitOpinions) is checked above; closing a round is the
    // executing body's own act on it. importOpinions (the paper form has no activity column) and updateOpinion do not
    // take one: a new input that does must be refused like submitOpinion, and added here.
    expect(naming).toEqual(['CloseOnlineCollectionInput', 'SubmitOpinionInput']);
  });
});

const FLOW = `query($a: ID!) { onlineCollectionFlow(activityId: $a) {
  activityId received until daysTruncated hourly { start count } daily { start count } } }`;

interface Flow {
  activityId: string;
  received: number;
  until: string;
  daysTruncated: boolean;
  hourly: Array<{ start: string; count: number }>;
  daily: Array<{ start: string; count: number }>;
}

const HOUR = 3600_000;
const hourOf = (t: number) => new Date(Math.floor(t / HOUR) * HOUR).toISOString();

/** Runs `work` with the server's clock at `t` (a token signed now has expired hours on: sign in inside). */
async function at<T>(t: number, work: () => Promise<T>): Promise<T> {
  const spy = jest.spyOn(t0Clock(), 'now').mockImplementation(() => new Date(t));
  try {
    return await work();
  } finally {
    spy.mockRestore();
  }
}
const t0Clock = () => t.app.get(Clock);

describe('how a round is going (onlineCollectionFlow)', () => {
  it('counts the public’s submissions per Beijing hour and per day, this round’s only', async () => {
    // Opened five minutes into this hour (the server's clock set there), so that every offset below falls in the hour
    // the expectations name — opened on the real clock, a run in an hour's last minutes moved them across.
    const openAt = Math.floor(Date.now() / HOUR) * HOUR + 5 * 60_000;
    const round = await at(
      openAt,
      async () =>
        must(await t.gql<{ openOnlineCollection: Round }>(OPEN, { i: { taskId, title: '进展统计' } }, head))
          .openOnlineCollection,
    );
    const opened = Date.parse(round.createdAt);
    expect(opened).toBe(openAt);
    const other = await at(
      openAt,
      async () =>
        must(await t.gql<{ openOnlineCollection: Round }>(OPEN, { i: { taskId, title: '另一轮' } }, head))
          .openOnlineCollection,
    );
    // A campaign's start: one at opening, three an hour on, one two hours on, two the next day and one two days on.
    const offsets = [
      0,
      HOUR,
      HOUR + 60_000,
      HOUR + 120_000,
      2 * HOUR + 5 * 60_000,
      26 * HOUR,
      26 * HOUR + 1,
      50 * HOUR,
    ];
    for (const [i, offset] of offsets.entries())
      await at(opened + offset, () => publicSubmit(round.publicToken, `进展统计的意见 ${i}`));
    // Not this round's: another round's, and a signed-in person's.
    await at(opened + HOUR, () => publicSubmit(other.publicToken, '另一轮的意见'));
    must(await t.gql(SUBMIT, { i: { taskId, proposedChange: '走访意见', channel: 'VISIT' } }, head));

    // Three hours on: the hours since opening, no days yet.
    const early = await at(
      opened + 3 * HOUR,
      async () =>
        must(await t.gql<{ onlineCollectionFlow: Flow }>(FLOW, { a: round.id }, await t.login('head')))
          .onlineCollectionFlow,
    );
    expect(early.received).toBe(5);
    expect(early.daily).toEqual([]);
    expect(early.hourly).toEqual(
      [0, 1, 2, 3].map((h) => ({
        start: hourOf(opened + h * HOUR),
        count: [1, 3, 1, 0][h],
      })),
    );

    // Three days on: every submission received; the last 48 hours by hour, the whole life by Beijing day.
    const later = await at(
      opened + 72 * HOUR,
      async () =>
        must(await t.gql<{ onlineCollectionFlow: Flow }>(FLOW, { a: round.id }, await t.login('head')))
          .onlineCollectionFlow,
    );
    expect(later.received).toBe(offsets.length);
    expect(later.hourly).toHaveLength(ONLINE_FLOW_LIMITS.hours);
    expect(later.hourly.at(-1)!.start).toBe(hourOf(opened + 72 * HOUR));
    const expectedHourly = new Map<string, number>();
    for (const offset of offsets.filter((o) => o >= 25 * HOUR))
      expectedHourly.set(hourOf(opened + offset), (expectedHourly.get(hourOf(opened + offset)) ?? 0) + 1);
    expect(later.hourly.filter((b) => b.count > 0)).toEqual(
      [...expectedHourly].map(([start, count]) => ({ start, count })),
    );
    const beijingDay = (ms: number) => chinaDate(new Date(ms));
    const expectedDaily = new Map<string, number>();
    for (let d = opened; beijingDay(d) <= beijingDay(opened + 72 * HOUR); d += 24 * HOUR)
      expectedDaily.set(beijingDay(d), 0);
    for (const offset of offsets)
      expectedDaily.set(beijingDay(opened + offset), expectedDaily.get(beijingDay(opened + offset))! + 1);
    expect(later.daily.map((b) => [beijingDay(Date.parse(b.start)), b.count])).toEqual([...expectedDaily]);
    // Each day begins at 00:00 Beijing.
    for (const b of later.daily)
      expect(new Date(Date.parse(b.start) + 8 * HOUR).toISOString().slice(11)).toBe('00:00:00.000Z');
    expect(later.daysTruncated).toBe(false);
  });

  it('reads the task’s public opinions through the (task, author, created_at) index on this engine', async () => {
    const mySql = t.engine !== 'sqlite';
    const params = [taskId, '2026-01-01 00:00:00.000', '2099-01-01 00:00:00.000', 'any-round'];
    for (const sql of Object.values(onlineFlowSql(mySql))) {
      const plan = JSON.stringify(
        await t.db.query(mySql ? `EXPLAIN ${sql}` : `EXPLAIN QUERY PLAN ${sql}`, params),
      );
      // SQLite: SEARCH o USING INDEX idx_opinion_author_newest (task_id=? AND author_account_id=? AND created_at>? …);
      // MariaDB: a range on that key (task, author, created_at), never a scan of the table.
      expect(plan).toContain('idx_opinion_author_newest');
      if (mySql) expect(plan).toContain('"type":"range"');
      else
        expect(plan).toContain(
          'USING INDEX idx_opinion_author_newest (task_id=? AND author_account_id=? AND created_at>?',
        );
    }
  });

  it('is for the round’s own executing body: a collector and another point’s executing body are refused', async () => {
    const round = must(
      await t.gql<{ openOnlineCollection: Round }>(OPEN, { i: { taskId } }, head),
    ).openOnlineCollection;
    expect(errorOf(await t.gql(FLOW, { a: round.id }, collector)).code).toBe('FORBIDDEN');
    const admin = await t.login('admin');
    const points = must(
      await t.gql<{ contactPoints: { edges: Array<{ node: { id: string; name: string } }> } }>(
        '{ contactPoints(first: 5) { edges { node { id name } } } }',
        {},
        admin,
      ),
    ).contactPoints.edges;
    const pointB = points.find((e) => e.node.name.includes('天生街道'))!.node;
    must(
      await t.gql(
        'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
        {
          i: {
            username: 'flow-point-b-head',
            password: 'long-enough-pw',
            displayName: 'B点点长',
            role: 'POINT_HEAD',
            organizationId: pointB.id,
          },
        },
        admin,
      ),
    );
    const otherHead = await t.login('flow-point-b-head', 'long-enough-pw');
    const refused = await t.gql(FLOW, { a: round.id }, otherHead);
    expect(errorOf(refused)).toMatchObject({ code: 'NOT_FOUND', reason: 'ACTIVITY_NOT_FOUND' });
    expect(refused.data).toBeNull();
    // An ordinary activity has no flow.
    const forum = must(
      await t.gql<{ recordCollectionActivity: { id: string } }>(
        RECORD,
        { i: { taskId, channel: 'FORUM', title: '座谈会', heldOn: chinaDate(new Date()), participants: 5 } },
        head,
      ),
    ).recordCollectionActivity;
    expect(errorOf(await t.gql(FLOW, { a: forum.id }, head)).reason).toBe('ACTIVITY_NOT_FOUND');
  });
});
