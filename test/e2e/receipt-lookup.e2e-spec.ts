// 意见回执查询: anyone holding a 回执号 learns where the opinion stands and nothing personal; a mistyped number is
// refused before any read; lookups are limited per client address; signed-in people find an opinion by its number in
// the opinions list, within what they may read.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { pino } from 'pino';
import request from 'supertest';
import { chinaDate, Clock } from '@app/common';
import { RECEIPT_LOOKUP_LIMITS } from '@app/adoption';
import { newReceiptNumber } from '../../libs/feedback/src/receipt-number.js';
import {
  errorOf,
  must,
  openDogTaskId,
  startTestApp,
  type GqlResult,
  type TestApp,
} from '../support/test-app.js';

const LOOKUP = `query($n: String!) { opinionReceipt(receiptNumber: $n) {
  receiptNumber draftTitle provisionCitation receivedOn stage decisions { outcome reason publishedOn } } }`;

interface Receipt {
  receiptNumber: string;
  draftTitle: string;
  provisionCitation: string | null;
  receivedOn: string;
  stage: string;
  decisions: Array<{ outcome: string; reason: string; publishedOn: string }>;
}

/** A receipt number with a right check digit that was never issued (its date is years before the demo's). */
const NEVER_ISSUED = newReceiptNumber(new Date('2019-03-04T02:00:00Z'), () => 1234567);
/** The same with its last digit changed: the check digit no longer agrees. */
const MISTYPED = `${NEVER_ISSUED.slice(0, 13)}${(Number(NEVER_ISSUED[13]) + 1) % 10}`;

let t: TestApp;
let addresses = 0;
/** A lookup from its own client address (the server trusts X-Forwarded-For from loopback here), or from `address`. */
async function lookup(
  n: string,
  address = `198.51.100.${++addresses}`,
): Promise<GqlResult<{ opinionReceipt: Receipt | null }>> {
  const res = await request(t.app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('x-forwarded-for', address)
    .send({ query: LOOKUP, variables: { n } });
  return { status: res.status, data: res.body.data ?? null, errors: res.body.errors };
}

const tokens: Record<string, string> = {};
let taskId: string;

beforeAll(async () => {
  t = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
  for (const u of ['collector', 'unit', 'head', 'liaison', 'legislature']) tokens[u] = await t.login(u);
  taskId = await openDogTaskId(t, tokens.collector);
});
afterAll(() => t.close());

const submit = async (proposedChange: string, extra: Record<string, unknown> = {}) =>
  must(
    await t.gql<{ submitOpinion: { receiptNumber: string; opinion: { id: string } } }>(
      'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { receiptNumber opinion { id } } }',
      { i: { taskId, channel: 'VISIT', proposedChange, ...extra } },
      tokens.collector,
    ),
  ).submitOpinion;

describe('the public receipt lookup', () => {
  it('answers with a type that has no field for the opinion text or any person', async () => {
    const type = must(
      await t.gql<{ r: { fields: Array<{ name: string }> }; d: { fields: Array<{ name: string }> } }>(
        '{ r: __type(name: "OpinionReceipt") { fields { name } } d: __type(name: "ReceiptDecision") { fields { name } } }',
      ),
    );
    expect(type.r.fields.map((f) => f.name).sort()).toEqual([
      'decisions',
      'draftTitle',
      'provisionCitation',
      'receiptNumber',
      'receivedOn',
      'stage',
    ]);
    expect(type.d.fields.map((f) => f.name).sort()).toEqual(['outcome', 'publishedOn', 'reason']);
  });

  it('refuses a mistyped number with a Chinese error before reading anything, without spending the budget', async () => {
    let res: GqlResult<unknown> | undefined;
    const statements = await t.countQueries(async () => {
      res = await lookup(MISTYPED, '198.51.100.250');
    });
    expect(statements).toBe(0);
    expect(res!.data).toEqual({ opinionReceipt: null });
    expect(errorOf(res!)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_RECEIPT_NUMBER' });
    expect(errorOf(res!).message).toMatch(/回执号校验不通过/);
    expect(errorOf(await lookup('2611 2648', '198.51.100.250'))).toMatchObject({
      reason: 'INVALID_RECEIPT_NUMBER',
      message: expect.stringMatching(/回执号应为 14 位数字/),
    });
    // Many typos from one address leave its lookups whole.
    for (let i = 0; i < RECEIPT_LOOKUP_LIMITS.perMinute + 2; i++) await lookup(MISTYPED, '198.51.100.250');
    expect(errorOf(await lookup(NEVER_ISSUED, '198.51.100.250')).reason).toBe('RECEIPT_NOT_FOUND');
  });

  it('answers an unknown number with one neutral NOT_FOUND', async () => {
    const res = await lookup(NEVER_ISSUED.replace(/(\d{4})/g, '$1 '));
    expect(res.data).toEqual({ opinionReceipt: null });
    expect(errorOf(res)).toEqual({
      code: 'NOT_FOUND',
      reason: 'RECEIPT_NOT_FOUND',
      message: '没有查到这个回执号的意见。请核对号码；如仍查不到，请联系为您记录意见的采集员',
    });
  });

  it(`lets many people behind one address check their real numbers beyond ${RECEIPT_LOOKUP_LIMITS.perDay} a day: only misses count against the day (S4)`, async () => {
    const shared = '203.0.113.70';
    const { receiptNumber } = await submit('共用网络的居民查询自己的回执。');
    const clock = t.app.get(Clock);
    const start = Date.now();
    let minutes = 0;
    const spy = jest.spyOn(clock, 'now').mockImplementation(() => new Date(start + minutes * 61_000));
    try {
      let found = 0;
      while (found < RECEIPT_LOOKUP_LIMITS.perDay + RECEIPT_LOOKUP_LIMITS.perMinute) {
        minutes += 1;
        for (let i = 0; i < RECEIPT_LOOKUP_LIMITS.perMinute; i++, found++)
          expect(must(await lookup(receiptNumber, shared)).opinionReceipt?.receiptNumber).toBe(receiptNumber);
      }
      // The minute still holds every lookup, found or not.
      expect(errorOf(await lookup(receiptNumber, shared)).reason).toBe('RECEIPT_LOOKUP_RATE_LIMITED');
      minutes += 1;
      // And the day's misses are all still there.
      expect(errorOf(await lookup(NEVER_ISSUED, shared)).reason).toBe('RECEIPT_NOT_FOUND');
    } finally {
      spy.mockRestore();
    }
  });

  it('follows an opinion from 已收到 to 已汇总, 已报送 and the published decision, never an unpublished one', async () => {
    const mine = await submit('回执查询测试：建议明确遛犬时犬绳长度不超过一点五米', {
      contributor: {
        name: '回执测试人',
        phone: '13800001234',
        consentText: '同意',
        consentMethod: 'ORAL',
        minor: false,
      },
      contributorCategory: 'RESIDENT',
      contributorUnit: '回执测试单位',
    });
    const withdrawn = await submit('回执查询测试：将撤回的意见');
    const outOfScope = await submit('回执查询测试：与本条例无关的意见');
    must(
      await t.gql(
        'mutation($i: OpinionStatusInput!) { withdrawOpinion(input: $i) { id } }',
        { i: { id: withdrawn.opinion.id, reason: '提出人要求撤回' } },
        tokens.collector,
      ),
    );
    must(
      await t.gql(
        'mutation($i: OpinionStatusInput!) { markOpinionOutOfScope(input: $i) { id } }',
        { i: { id: outOfScope.opinion.id, reason: '不属于本条例调整范围（内部说明）' } },
        tokens.liaison,
      ),
    );

    const received = await lookup(mine.receiptNumber.replace(/(\d{4})/g, '$1-'));
    expect(received.errors).toBeUndefined();
    expect(received.data!.opinionReceipt).toEqual({
      receiptNumber: mine.receiptNumber,
      draftTitle: expect.stringContaining('养犬'),
      provisionCitation: null,
      receivedOn: chinaDate(new Date()),
      stage: 'RECEIVED',
      decisions: [],
    });
    // Nothing of the person, the unit or the text anywhere in the answer.
    const body = JSON.stringify(received);
    for (const secret of ['回执测试人', '13800001234', '回执测试单位', '犬绳长度', 'RESIDENT', '总工会'])
      expect(body).not.toContain(secret);
    expect((await lookup(withdrawn.receiptNumber)).data!.opinionReceipt!.stage).toBe('WITHDRAWN');
    const out = await lookup(outOfScope.receiptNumber);
    expect(out.data!.opinionReceipt!.stage).toBe('OUT_OF_SCOPE');
    expect(JSON.stringify(out)).not.toContain('内部说明');

    const ref = { taskId, contactPointId: await pointId() };
    const step = async (mutation: string, token: string) =>
      must(await t.gql(`mutation($i: PointTaskRefInput!) { ${mutation} }`, { i: ref }, token));
    await step('draftSuggestions(input: $i) { created }', tokens.liaison);
    expect((await lookup(mine.receiptNumber)).data!.opinionReceipt!.stage).toBe('CONSOLIDATED');
    await step('requestConsolidationApproval(input: $i) { status }', tokens.liaison);
    await step('approveConsolidation(input: $i) { status }', tokens.head);
    await step('submitConsolidation(input: $i) { status }', tokens.liaison);
    expect((await lookup(mine.receiptNumber)).data!.opinionReceipt).toMatchObject({
      stage: 'SUBMITTED',
      decisions: [],
    });
    // Found and submitted: the opinion, its task, version and draft, its links with their decisions (one joined
    // statement) and the point's submission; once decided, the submission need not be read.
    expect(await t.countQueries(() => lookup(mine.receiptNumber))).toBe(6);

    const suggestions = must(
      await t.gql<{
        consolidation: {
          suggestions: {
            edges: Array<{ node: { id: string; sources: { edges: Array<{ node: { sourceId: string } }> } } }>;
          };
        };
      }>(
        `query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { suggestions(first: 100) { edges { node {
          id sources(first: 50) { edges { node { sourceId } } } } } } } }`,
        { t: ref.taskId, p: ref.contactPointId },
        tokens.head,
      ),
    ).consolidation.suggestions.edges.map((e) => e.node);
    const holding = suggestions.find((s) =>
      s.sources.edges.some((e) => e.node.sourceId === mine.opinion.id),
    )!;
    must(
      await t.gql(
        'mutation($i: RecordAdoptionDecisionInput!) { recordAdoptionDecision(input: $i) { id } }',
        { i: { suggestionId: holding.id, outcome: 'PARTIALLY_ADOPTED', reason: '二审稿已规定犬绳长度。' } },
        tokens.legislature,
      ),
    );
    // Recorded, not yet published: nothing of it shows.
    const unpublished = await lookup(mine.receiptNumber);
    expect(unpublished.data!.opinionReceipt).toMatchObject({ stage: 'SUBMITTED', decisions: [] });
    expect(JSON.stringify(unpublished)).not.toContain('PARTIALLY_ADOPTED');
    must(
      await t.gql(
        'mutation($i: PublishAdoptionDecisionsInput!) { publishAdoptionDecisions(input: $i) { decisions } }',
        { i: { taskId } },
        tokens.legislature,
      ),
    );
    expect(await t.countQueries(() => lookup(mine.receiptNumber))).toBe(5);
    expect((await lookup(mine.receiptNumber)).data!.opinionReceipt).toMatchObject({
      stage: 'DECIDED',
      decisions: [
        {
          outcome: 'PARTIALLY_ADOPTED',
          reason: '二审稿已规定犬绳长度。',
          publishedOn: chinaDate(new Date()),
        },
      ],
    });
  });

  it(`limits one address to ${RECEIPT_LOOKUP_LIMITS.perMinute} lookups a minute and ${RECEIPT_LOOKUP_LIMITS.perDay} that found nothing a day, naming the limit`, async () => {
    const address = '203.0.113.7';
    for (let i = 0; i < RECEIPT_LOOKUP_LIMITS.perMinute; i++)
      expect(errorOf(await lookup(NEVER_ISSUED, address)).reason).toBe('RECEIPT_NOT_FOUND');
    let statements = 0;
    let refused: GqlResult<unknown> | undefined;
    statements = await t.countQueries(async () => {
      refused = await lookup(NEVER_ISSUED, address);
    });
    expect(statements).toBe(0);
    expect(errorOf(refused!)).toEqual({
      code: 'TOO_MANY_REQUESTS',
      reason: 'RECEIPT_LOOKUP_RATE_LIMITED',
      message: `当前网络每分钟最多查询 ${RECEIPT_LOOKUP_LIMITS.perMinute} 次回执号，请 1 分钟后再试`,
    });
    // Another address is not held up.
    expect(errorOf(await lookup(NEVER_ISSUED, '203.0.113.8')).reason).toBe('RECEIPT_NOT_FOUND');

    // Minute after minute, until the day's lookups are spent.
    const clock = t.app.get(Clock);
    const start = Date.now();
    let minutes = 0;
    const spy = jest.spyOn(clock, 'now').mockImplementation(() => new Date(start + minutes * 61_000));
    try {
      let spent = RECEIPT_LOOKUP_LIMITS.perMinute;
      while (spent < RECEIPT_LOOKUP_LIMITS.perDay) {
        minutes += 1;
        for (
          let i = 0;
          i < RECEIPT_LOOKUP_LIMITS.perMinute && spent < RECEIPT_LOOKUP_LIMITS.perDay;
          i++, spent++
        )
          expect(errorOf(await lookup(NEVER_ISSUED, address)).reason).toBe('RECEIPT_NOT_FOUND');
      }
      minutes += 1;
      expect(errorOf(await lookup(NEVER_ISSUED, address))).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        reason: 'RECEIPT_LOOKUP_RATE_LIMITED',
        message: expect.stringMatching(
          new RegExp(
            `^当前网络今天已有 ${RECEIPT_LOOKUP_LIMITS.perDay} 次查询没有查到回执号，请 \\d+ 小时后再试$`,
          ),
        ),
      });
    } finally {
      spy.mockRestore();
    }
  });
});

async function pointId(): Promise<string> {
  return must(
    await t.gql<{ contactPoints: { edges: Array<{ node: { id: string } }> } }>(
      '{ contactPoints(first: 1) { edges { node { id } } } }',
      {},
      tokens.head,
    ),
  ).contactPoints.edges[0].node.id;
}

describe('finding an opinion by its receipt number in the opinions list', () => {
  const FIND = `query($t: ID!, $n: String) { opinions(taskId: $t, receiptNumber: $n, first: 10) {
    totalCount edges { node { id receiptNumber } } } }`;
  type Found = {
    opinions: { totalCount: number; edges: Array<{ node: { id: string; receiptNumber: string } }> };
  };
  const find = (token: string, n: string, task = taskId) => t.gql<Found>(FIND, { t: task, n }, token);

  it('finds the caller’s own, their unit’s or their point’s opinion, and never one they may not read', async () => {
    // One of the collector's own opinions, of their unit (the demo's), as it stands whatever the other tests did.
    const [mine] = await t.db.query<Array<{ id: string; receipt_number: string }>>(
      `SELECT o.id, o.receipt_number FROM opinion o JOIN account a ON a.id = o.author_account_id
       WHERE o.task_id = ? AND a.username = 'collector' AND o.liaison_unit_id IS NOT NULL ORDER BY o.receipt_number`,
      [taskId],
    );
    expect(mine).toBeDefined();
    const spaced = mine.receipt_number.replace(/(\d{4})/g, '$1 ');
    for (const who of ['collector', 'unit', 'head']) {
      const res = must(await find(tokens[who], spaced));
      expect({ who, found: res.opinions }).toEqual({
        who,
        found: {
          totalCount: 1,
          edges: [{ node: { id: mine.id, receiptNumber: mine.receipt_number } }],
        },
      });
    }
    // Another unit's opinion at the same point: the head finds it, this unit's admin and collector do not.
    const [unitRow] = await t.db.query<Array<{ liaison_unit_id: string }>>(
      "SELECT r.liaison_unit_id FROM role_assignment r JOIN account a ON a.id = r.account_id WHERE a.username = 'unit'",
    );
    // The demo's opinions all come from this unit: one of someone else's is moved to another unit of the point.
    const [other] = await t.db.query<Array<{ id: string; task_id: string; receipt_number: string }>>(
      `SELECT o.id, o.task_id, o.receipt_number FROM opinion o JOIN account a ON a.id = o.author_account_id
       WHERE a.username NOT IN ('collector', 'unit') AND o.contact_point_id = (SELECT contact_point_id FROM opinion WHERE id = ?)
       ORDER BY o.receipt_number`,
      [mine.id],
    );
    const [otherUnit] = await t.db.query<Array<{ id: string }>>(
      'SELECT id FROM liaison_unit WHERE id <> ? ORDER BY id',
      [unitRow.liaison_unit_id],
    );
    await t.db.query('UPDATE opinion SET liaison_unit_id = ? WHERE id = ?', [otherUnit.id, other.id]);
    expect(other).toBeDefined();
    expect(must(await find(tokens.head, other.receipt_number, other.task_id)).opinions.totalCount).toBe(1);
    for (const who of ['unit', 'collector'])
      expect({
        who,
        found: must(await find(tokens[who], other.receipt_number, other.task_id)).opinions,
      }).toEqual({
        who,
        found: { totalCount: 0, edges: [] },
      });
  });

  it('refuses a mistyped number with the same stable code as the public lookup', async () => {
    expect(errorOf(await find(tokens.collector, MISTYPED))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_RECEIPT_NUMBER',
    });
  });
});

describe('按回执号查找 without naming the task (opinionByReceipt)', () => {
  const BY = 'query($n: String!) { opinionByReceipt(receiptNumber: $n) { id taskId receiptNumber } }';
  type ByReceipt = { opinionByReceipt: { id: string; taskId: string; receiptNumber: string } | null };
  const byReceipt = (token: string, n: string) => t.gql<ByReceipt>(BY, { n }, token);

  it('finds the caller’s own opinion of another task than the open one, for them, their unit and their point', async () => {
    // A citizen calls about an opinion of the 2022 round: the collector has the open round in mind, not that task.
    const [mine] = await t.db.query<Array<{ id: string; task_id: string; receipt_number: string }>>(
      `SELECT o.id, o.task_id, o.receipt_number FROM opinion o JOIN account a ON a.id = o.author_account_id
       WHERE a.username = 'collector' AND o.task_id <> ? AND o.liaison_unit_id IS NOT NULL ORDER BY o.receipt_number`,
      [taskId],
    );
    expect(mine).toBeDefined();
    for (const who of ['collector', 'unit', 'head'])
      expect({
        who,
        found: must(await byReceipt(tokens[who], mine.receipt_number.replace(/(\d{4})/g, '$1 '))),
      }).toEqual({
        who,
        found: {
          opinionByReceipt: { id: mine.id, taskId: mine.task_id, receiptNumber: mine.receipt_number },
        },
      });
  });

  it('answers another unit’s collector exactly as for a number never issued, in the same statements', async () => {
    const [mine] = await t.db.query<
      Array<{ receipt_number: string; contact_point_id: string; liaison_unit_id: string }>
    >(
      `SELECT o.receipt_number, o.contact_point_id, o.liaison_unit_id FROM opinion o JOIN account a ON a.id = o.author_account_id
       WHERE a.username = 'collector' AND o.liaison_unit_id IS NOT NULL ORDER BY o.receipt_number`,
    );
    const [otherUnit] = await t.db.query<Array<{ id: string }>>(
      'SELECT id FROM liaison_unit WHERE contact_point_id = ? AND id <> ? ORDER BY id',
      [mine.contact_point_id, mine.liaison_unit_id],
    );
    const member = must(
      await t.gql<{ addCollector: { id: string } }>(
        'mutation($i: AddCollectorInput!) { addCollector(input: $i) { id } }',
        { i: { liaisonUnitId: otherUnit.id, name: '另一单位的采集员', category: 'LAWYER' } },
        tokens.head,
      ),
    );
    must(
      await t.gql(
        'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
        {
          i: {
            username: 'receipt-other-unit',
            password: 'long-enough-pw',
            displayName: '另一单位的采集员',
            role: 'COLLECTOR',
            organizationId: otherUnit.id,
            memberId: member.addCollector.id,
          },
        },
        tokens.head,
      ),
    );
    const other = await t.login('receipt-other-unit', 'long-enough-pw');
    await byReceipt(other, NEVER_ISSUED); // the new session's first request reads its account: not the lookup's cost
    let outside: GqlResult<ByReceipt> | undefined;
    let never: GqlResult<ByReceipt> | undefined;
    const outsideStatements = await t.countQueries(async () => {
      outside = await byReceipt(other, mine.receipt_number);
    });
    const neverStatements = await t.countQueries(async () => {
      never = await byReceipt(other, NEVER_ISSUED);
    });
    expect(outside!.data).toEqual({ opinionByReceipt: null });
    expect(errorOf(outside!)).toEqual({
      code: 'NOT_FOUND',
      reason: 'RECEIPT_NOT_FOUND',
      message: '没有查到这个回执号的意见（只能查到您可以查看的意见），请核对号码',
    });
    // The whole answer (message, code, details, path) and the statements it took are those of a number never issued.
    expect(outside).toEqual(never);
    expect(outsideStatements).toBe(neverStatements);
    // The legislature reads no opinions this way either (it holds no opinion read scope of a point).
    expect(errorOf(await byReceipt(tokens.legislature, mine.receipt_number)).code).toMatch(
      /NOT_FOUND|FORBIDDEN/,
    );
  });

  it('refuses a mistyped number on its field with the stable code', async () => {
    expect(errorOf(await byReceipt(tokens.collector, MISTYPED))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_RECEIPT_NUMBER',
    });
  });
});

describe('behind a proxy not named in TRUST_PROXY', () => {
  it('warns once, at the first request carrying X-Forwarded-For, that every client shares one budget', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean))
          lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const app = await startTestApp({ logger: pino({ level: 'info' }, sink) });
    try {
      const ask = () =>
        request(app.app.getHttpServer())
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('x-forwarded-for', '203.0.113.99')
          .send({ query: LOOKUP, variables: { n: NEVER_ISSUED } });
      await ask();
      await ask();
      const warnings = lines.filter((l) => l.event === 'proxy.untrusted');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ level: 40, msg: expect.stringContaining('TRUST_PROXY') });
    } finally {
      await app.close();
    }
  });
});
