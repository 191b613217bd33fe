// 网上征集 by the public: the executing body opens an online round (a token in a link and QR code), anyone reads the
// draft and submits without an account, gets a 回执号 that the public 回执查询 finds, and the opinion is the point's like
// any other (channel ONLINE, the online activity, no author account). Limits per client address, closed / expired /
// unknown links, idempotent retries.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Writable } from 'node:stream';
import request from 'supertest';
import { Clock } from '@app/common';
import { ONLINE_PAGE_LIMITS, OPINION_LIMITS, OnlineCollectionService } from '@app/feedback';
import { createLogger } from '../../apps/api/src/logger.js';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { COMPRESS_MIN_BYTES } from '../../apps/api/src/limits.js';
import { openLargeDraftRound } from '../support/large-draft.js';
import {
  errorOf,
  must,
  openDogTaskId,
  startTestApp,
  type GqlResult,
  type TestApp,
} from '../support/test-app.js';

const OPEN = `mutation($i: OpenOnlineCollectionInput!) { openOnlineCollection(input: $i) {
  id channel title publicToken closesAt closedAt participants } }`;
const CLOSE = `mutation($i: CloseOnlineCollectionInput!) { closeOnlineCollection(input: $i) { id closedAt } }`;
const VIEW = `query($t: String!) { onlineCollection(token: $t) {
  title contactPointName draftTitle stage versionLabel closesAt focusQuestions consentText maxTextLength
  articles { address citation heading }
  provisions { totalCount pageInfo { hasNextPage endCursor }
    edges { node { address kind label heading text citation depth } } } } }`;
const SUBMIT = `mutation($i: SubmitOnlineOpinionInput!) { submitOnlineOpinion(input: $i) { receiptNumber replayed receivedAt } }`;
const LOOKUP = `query($n: String!) { opinionReceipt(receiptNumber: $n) { draftTitle provisionCitation stage } }`;

interface Activity {
  id: string;
  channel: string;
  title: string;
  publicToken: string;
  closesAt: string;
  closedAt: string | null;
  participants: number;
}
interface Receipt {
  receiptNumber: string;
  replayed: boolean;
  receivedAt: string;
}

let t: TestApp;
let head: string;
let collector: string;
let taskId: string;
let addresses = 0;
const fresh = () => `203.0.113.${++addresses}`;

/** An anonymous request from a client address (the server trusts X-Forwarded-For from loopback here). */
async function anonymous<T>(
  query: string,
  variables: Record<string, unknown>,
  address = fresh(),
): Promise<GqlResult<T>> {
  const res = await request(t.app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('x-forwarded-for', address)
    .send({ query, variables });
  return { status: res.status, data: res.body.data ?? null, errors: res.body.errors };
}

const submit = (input: Record<string, unknown>, address?: string) =>
  anonymous<{ submitOnlineOpinion: Receipt }>(
    SUBMIT,
    { i: { idempotencyKey: randomUUID(), ...input } },
    address,
  );

async function openRound(more: Record<string, unknown> = {}): Promise<Activity> {
  return must(await t.gql<{ openOnlineCollection: Activity }>(OPEN, { i: { taskId, ...more } }, head))
    .openOnlineCollection;
}

/** The API's log lines (its own logger, at info: the access log), as written. */
const logText: string[] = [];

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logText.push(chunk.toString());
      done();
    },
  });
  t = await startTestApp({
    logger: createLogger('info', sink),
    env: {
      TRUST_PROXY: 'loopback',
      ONLINE_SUBMISSIONS_PER_MINUTE: '3',
      ONLINE_SUBMISSIONS_PER_DAY: '5',
      ONLINE_READS_PER_MINUTE: '8',
      ONLINE_SUBMISSIONS_PER_SITE_PER_DAY: '6',
    },
  });
  head = await t.login('head');
  collector = await t.login('collector');
  taskId = await openDogTaskId(t, head);
});
afterAll(() => t.close());

describe('opening an online round', () => {
  it('is for the executing body, until the deadline, with an unguessable URL-safe token', async () => {
    const round = await openRound({ title: '扫码提意见：养犬管理条例' });
    expect(round).toMatchObject({ channel: 'ONLINE', title: '扫码提意见：养犬管理条例', closedAt: null });
    expect(round.publicToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const task = must(
      await t.gql<{ consultationTask: { deadline: string } }>(
        'query($id: ID!) { consultationTask(id: $id) { deadline } }',
        { id: taskId },
        head,
      ),
    ).consultationTask;
    expect(round.closesAt).toBe(task.deadline);
    // Two rounds never share a token.
    expect((await openRound()).publicToken).not.toBe(round.publicToken);

    const late = await t.gql(
      OPEN,
      { i: { taskId, closesAt: new Date(Date.parse(task.deadline) + 60_000).toISOString() } },
      head,
    );
    expect(errorOf(late)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CLOSES_AFTER_DEADLINE' });
    expect(errorOf(late).message).toContain('不能晚于本联系点的征集截止时间');
    const past = await t.gql(OPEN, { i: { taskId, closesAt: '2020-01-01T00:00:00Z' } }, head);
    expect(errorOf(past)).toMatchObject({ reason: 'CLOSES_IN_PAST' });
    // A collector may record activities, but not open the public link.
    expect(errorOf(await t.gql(OPEN, { i: { taskId } }, collector)).code).toBe('FORBIDDEN');
  });
});

describe('the public page and a submission', () => {
  let round: Activity;
  beforeAll(async () => {
    round = await openRound();
  });

  it('shows the draft, its stage and deadline and the provisions, and nothing internal', async () => {
    const res = await anonymous<{ onlineCollection: Record<string, unknown> }>(VIEW, {
      t: round.publicToken,
    });
    const page = must(res).onlineCollection as {
      draftTitle: string;
      stage: string;
      versionLabel: string;
      closesAt: string;
      provisions: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean };
        edges: Array<{ node: { address: string; citation: string; text: string; kind: string } }>;
      };
      articles: Array<{ address: string; citation: string }>;
      consentText: string;
      maxTextLength: number;
      contactPointName: string;
    };
    expect(page.draftTitle).toContain('养犬');
    // The version as the reader names it (its label), not only its stage.
    const reader = must(
      await t.gql<{ consultationTask: { draftVersion: { label: string } } }>(
        'query($id: ID!) { consultationTask(id: $id) { draftVersion { label } } }',
        { id: taskId },
        head,
      ),
    );
    expect(page.versionLabel).toBe(reader.consultationTask.draftVersion.label);
    expect(page.closesAt).toBe(round.closesAt);
    expect(page.contactPointName).toContain('西南大学');
    expect(page.maxTextLength).toBe(OPINION_LIMITS.proposedChange);
    expect(page.consentText).toContain('不随意见报送');
    // A small draft fits one page.
    expect(page.provisions.pageInfo.hasNextPage).toBe(false);
    expect(page.provisions.edges).toHaveLength(page.provisions.totalCount);
    expect(page.provisions.edges.map((e) => e.node).find((p) => p.address === 'art_13')).toMatchObject({
      kind: 'article',
      citation: '第十三条',
    });
    expect(page.articles).toContainEqual(
      expect.objectContaining({ address: 'art_13', citation: '第十三条' }),
    );
    // The type has no field for opinions, notes, people or accounts: asking for one is a validation error.
    const nosy = await anonymous(
      `query($t: String!) { onlineCollection(token: $t) { opinions { proposedChange } } }`,
      { t: round.publicToken },
    );
    expect(nosy.errors?.[0].message).toBe('类型 OnlineCollection 上没有字段 opinions');
  });

  it('gives a 回执号 the public lookup finds, and the opinion is the point’s, channel ONLINE, audited', async () => {
    const key = randomUUID();
    const input = {
      token: round.publicToken,
      provisionAddress: 'art_13',
      proposedChange: '建议在小区出入口设置犬只牵引提示牌',
      reason: '很多人不知道要牵绳',
      name: '刘女士',
      phone: '13900001111',
      consent: true,
      idempotencyKey: key,
    };
    const first = must(
      await anonymous<{ submitOnlineOpinion: Receipt }>(SUBMIT, { i: input }),
    ).submitOnlineOpinion;
    expect(first.receiptNumber).toMatch(/^\d{14}$/);
    expect(first.replayed).toBe(false);

    const receipt = must(
      await anonymous<{ opinionReceipt: { draftTitle: string; provisionCitation: string; stage: string } }>(
        LOOKUP,
        { n: first.receiptNumber },
      ),
    ).opinionReceipt;
    expect(receipt).toMatchObject({ provisionCitation: '第十三条', stage: 'RECEIVED' });

    const listed = must(
      await t.gql<{
        opinions: {
          totalCount: number;
          edges: Array<{
            node: {
              id: string;
              channel: string;
              activityId: string;
              proposedChange: string;
              gatheredOn: string;
            };
          }>;
        };
      }>(
        'query($t: ID!, $n: String) { opinions(taskId: $t, receiptNumber: $n, first: 5) { totalCount edges { node { id channel activityId proposedChange gatheredOn } } } }',
        { t: taskId, n: first.receiptNumber },
        head,
      ),
    ).opinions;
    expect(listed.totalCount).toBe(1);
    const opinion = listed.edges[0].node;
    expect(opinion).toMatchObject({
      channel: 'ONLINE',
      activityId: round.id,
      proposedChange: input.proposedChange,
    });

    // The name and phone are sealed apart, with the consent the page showed, readable by the executing body.
    const person = must(
      await t.gql<{
        opinion: { contributor: { name: string; phone: string; consentMethod: string; consentText: string } };
      }>(
        'query($id: ID!) { opinion(id: $id) { contributor { name phone consentMethod consentText } } }',
        { id: opinion.id },
        head,
      ),
    ).opinion.contributor;
    expect(person).toMatchObject({ name: '刘女士', phone: '13900001111', consentMethod: 'ONLINE' });
    expect(person.consentText).toContain('我同意联系点');

    const [row] = await t.db.query<Array<{ author_account_id: string | null; author_role: string }>>(
      'SELECT author_account_id, author_role FROM opinion WHERE id = ?',
      [opinion.id],
    );
    expect(row).toEqual({ author_account_id: null, author_role: 'PUBLIC' });
    const audit = await t.db.query<
      Array<{ action: string; actor_account_id: string | null; actor_username: string }>
    >('SELECT action, actor_account_id, actor_username FROM audit_record WHERE entity_id = ?', [opinion.id]);
    expect(audit).toEqual([
      { action: 'opinion.submitOnline', actor_account_id: null, actor_username: '公众（网上征集）' },
    ]);
    const activity = must(
      await t.gql<{ collectionActivities: Array<{ id: string; participants: number }> }>(
        'query($t: ID!) { collectionActivities(taskId: $t) { id participants } }',
        { t: taskId },
        head,
      ),
    ).collectionActivities.find((a) => a.id === round.id)!;
    expect(activity.participants).toBe(1);

    // A retry (the phone lost the answer) gets the same receipt and writes nothing; other content under the same key
    // is refused.
    const again = must(
      await anonymous<{ submitOnlineOpinion: Receipt }>(SUBMIT, { i: input }),
    ).submitOnlineOpinion;
    expect(again).toMatchObject({ receiptNumber: first.receiptNumber, replayed: true });
    const changed = await anonymous(SUBMIT, { i: { ...input, proposedChange: '另一条' } });
    expect(errorOf(changed)).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });

    // Nobody signed in is its author: a collector cannot edit it.
    const edit = await t.gql(
      'mutation($i: UpdateOpinionInput!) { updateOpinion(input: $i) { id } }',
      { i: { id: opinion.id, proposedChange: '改掉' } },
      head,
    );
    expect(errorOf(edit).reason).toBe('NOT_AUTHOR');
  });

  it('refuses what a person must fix, on its field, and writes nothing', async () => {
    const base = { token: round.publicToken, proposedChange: '总体上赞成' };
    const noConsent = await submit({ ...base, name: '张三' });
    expect(errorOf(noConsent)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONSENT_REQUIRED' });
    expect(noConsent.errors![0].extensions.fields).toEqual([
      { field: 'input.consent', message: expect.stringContaining('须先阅读并勾选同意') },
    ]);
    const minor = await submit({ ...base, phone: '13900002222', consent: true, minor: true });
    expect(errorOf(minor).reason).toBe('GUARDIAN_CONSENT_REQUIRED');
    const tooLong = await submit({ ...base, proposedChange: '长'.repeat(OPINION_LIMITS.proposedChange + 1) });
    expect(errorOf(tooLong).code).toBe('BAD_USER_INPUT');
    expect(tooLong.errors![0].extensions.fields).toEqual([
      { field: 'input.proposedChange', message: '修改意见不能超过 5000 个字符' },
    ]);
    const empty = await submit({ ...base, proposedChange: '  ' });
    expect(errorOf(empty).code).toBe('BAD_USER_INPUT');
    const phone = await submit({ ...base, phone: '12345' });
    expect(errorOf(phone).code).toBe('BAD_USER_INPUT');
    const nowhere = await submit({ ...base, provisionAddress: 'art_999' });
    expect(errorOf(nowhere).reason).toBe('PROVISION_NOT_IN_DRAFT');
    const bot = await submit({ ...base, website: 'http://spam.example' });
    expect(errorOf(bot)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SUBMISSION_REJECTED' });
    const [{ n }] = await t.db.query<Array<{ n: number | string }>>(
      'SELECT COUNT(*) AS n FROM opinion WHERE activity_id = ?',
      [round.id],
    );
    expect(Number(n)).toBe(1);
  });

  it('counts submissions per client address (a minute, a day); a retry of an accepted one still gets its receipt', async () => {
    const address = fresh();
    const base = { token: round.publicToken, proposedChange: '限流测试' };
    const accepted: Array<{ key: string; receipt: string }> = [];
    for (let i = 0; i < 3; i++) {
      const key = randomUUID();
      const res = await submit({ ...base, proposedChange: `限流测试 ${i}`, idempotencyKey: key }, address);
      accepted.push({ key, receipt: must(res).submitOnlineOpinion.receiptNumber });
    }
    const refused = await submit(base, address);
    expect(errorOf(refused)).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'ONLINE_SUBMISSIONS_LIMITED',
    });
    expect(errorOf(refused).message).toMatch(/当前网络每分钟最多提交 3 条意见，请 (\d+ 秒|1 分钟)后再试/);
    expect(refused.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    const retry = await submit(
      { ...base, proposedChange: '限流测试 0', idempotencyKey: accepted[0].key },
      address,
    );
    expect(must(retry).submitOnlineOpinion).toMatchObject({
      receiptNumber: accepted[0].receipt,
      replayed: true,
    });
    // Another address is not held up.
    expect(must(await submit(base)).submitOnlineOpinion.receiptNumber).toMatch(/^\d{14}$/);

    // The day: after the minute, two more, then the day's five are spent.
    const clock = t.app.get(Clock);
    const start = Date.now();
    const spy = jest.spyOn(clock, 'now').mockImplementation(() => new Date(start + 61_000));
    try {
      for (let i = 3; i < 5; i++) must(await submit({ ...base, proposedChange: `限流测试 ${i}` }, address));
      const day = await submit(base, address);
      expect(errorOf(day).reason).toBe('ONLINE_SUBMISSIONS_LIMITED');
      expect(errorOf(day).message).toContain('当前网络今天已提交 5 条意见');
    } finally {
      spy.mockRestore();
    }
  });

  it('limits how often one address opens the page', async () => {
    const address = fresh();
    for (let i = 0; i < 8; i++) must(await anonymous(VIEW, { t: round.publicToken }, address));
    const refused = await anonymous(VIEW, { t: round.publicToken }, address);
    expect(errorOf(refused)).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'ONLINE_COLLECTION_RATE_LIMITED',
    });
  });

  it('counts every submission as a page load before looking anything up: spent, made-up tokens are refused unread', async () => {
    const address = fresh();
    const service = t.app.get(OnlineCollectionService);
    const find = jest.spyOn(service as unknown as { find: (token: string) => Promise<unknown> }, 'find');
    try {
      for (let i = 0; i < 8; i++) {
        const guess = await submit(
          { token: randomBytes(24).toString('base64url'), proposedChange: '猜链接' },
          address,
        );
        expect(errorOf(guess).reason).toBe('ONLINE_COLLECTION_NOT_FOUND');
      }
      expect(find).toHaveBeenCalledTimes(8);
      const stopped = await submit(
        { token: randomBytes(24).toString('base64url'), proposedChange: '猜链接' },
        address,
      );
      expect(errorOf(stopped)).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        reason: 'ONLINE_COLLECTION_RATE_LIMITED',
      });
      expect(errorOf(stopped).message).toMatch(/当前网络每分钟最多打开 8 次网上征集页面/);
      // Refused before the token was looked up; the real page from that address waits as well.
      expect(find).toHaveBeenCalledTimes(8);
      expect(errorOf(await anonymous(VIEW, { t: round.publicToken }, address)).reason).toBe(
        'ONLINE_COLLECTION_RATE_LIMITED',
      );
    } finally {
      find.mockRestore();
    }
  });

  it('counts submissions per site (IPv6 /48) too: stepping from /64 to /64 of one line is no fresh budget', async () => {
    const base = { token: round.publicToken, proposedChange: '换地址段提交' };
    // Six /64s of one /56 (one home line): each within its own /64 budget, six in all for the /48.
    for (const net of ['a', 'b', 'c', 'd', 'e', 'f'])
      must(await submit({ ...base, proposedChange: `换地址段 ${net}` }, `2001:db8:1:${net}::1`));
    const seventh = await submit(base, '2001:db8:1:10::1');
    expect(errorOf(seventh)).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'ONLINE_SUBMISSIONS_LIMITED',
    });
    expect(errorOf(seventh).message).toMatch(
      /当前网络所在的地址段今天已提交 6 条意见，达到上限，请 24 小时后再试/,
    );
    // The same /64 spelled as a proxy might (brackets, capitals) is that /48 too; another /48 is not held up.
    expect(errorOf(await submit(base, '[2001:DB8:1:A::2]')).reason).toBe('ONLINE_SUBMISSIONS_LIMITED');
    expect(must(await submit(base, '2001:db8:2:a::1')).submitOnlineOpinion.receiptNumber).toMatch(/^\d{14}$/);
  });

  it('refuses an anonymous request body over 64 KiB before reading it', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({
        query: SUBMIT,
        variables: {
          i: { token: round.publicToken, idempotencyKey: randomUUID(), proposedChange: 'x'.repeat(70_000) },
        },
      });
    expect(res.status).toBe(413);
  });
});

describe('the access log', () => {
  it('keeps neither the link’s token nor a 回执号: /online/<token> and ?n= are masked', async () => {
    const round = await openRound();
    const receipt = must(await submit({ token: round.publicToken, proposedChange: '日志里不应有链接' }))
      .submitOnlineOpinion.receiptNumber;
    const from = logText.length;
    const server = t.app.getHttpServer();
    await request(server).get(`/online/${round.publicToken}`).set('accept', 'text/html');
    await request(server).get(`/receipt?n=${receipt}&from=poster`).set('accept', 'text/html');
    await new Promise((done) => setImmediate(done));
    const lines = logText
      .slice(from)
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { req?: { url?: string } });
    const urls = lines.map((l) => l.req?.url).filter(Boolean);
    expect(urls).toEqual(expect.arrayContaining(['/online/[masked]', '/receipt?n=[masked]&from=poster']));
    // Nowhere in the whole log of this run, not only in the access lines.
    const all = logText.join('');
    expect(all).toContain('"url":"/online/[masked]"');
    expect(all).not.toContain(round.publicToken);
    expect(all).not.toContain(receipt);
  });
});

describe('closed, expired and unknown links', () => {
  it('a round closed early answers ONLINE_COLLECTION_CLOSED to the page and to submissions; earlier receipts stay', async () => {
    const round = await openRound();
    const key = randomUUID();
    const input = { token: round.publicToken, proposedChange: '关闭前提交的意见', idempotencyKey: key };
    const before = must(
      await anonymous<{ submitOnlineOpinion: Receipt }>(SUBMIT, { i: input }),
    ).submitOnlineOpinion;
    // Only the executing body of the point closes it.
    expect(errorOf(await t.gql(CLOSE, { i: { activityId: round.id } }, collector)).code).toBe('FORBIDDEN');
    const closed = must(
      await t.gql<{ closeOnlineCollection: Activity }>(CLOSE, { i: { activityId: round.id } }, head),
    ).closeOnlineCollection;
    expect(closed.closedAt).not.toBeNull();

    const page = await anonymous(VIEW, { t: round.publicToken });
    expect(errorOf(page)).toMatchObject({ code: 'CONFLICT', reason: 'ONLINE_COLLECTION_CLOSED' });
    expect(errorOf(page).message).toMatch(/养犬.*的网上征集已于 .* 结束，不再接收意见/);
    const late = await submit({ token: round.publicToken, proposedChange: '关闭后的意见' });
    expect(errorOf(late).reason).toBe('ONLINE_COLLECTION_CLOSED');
    // The phone that lost the answer before the close still gets its receipt.
    const retry = must(
      await anonymous<{ submitOnlineOpinion: Receipt }>(SUBMIT, { i: input }),
    ).submitOnlineOpinion;
    expect(retry).toMatchObject({ receiptNumber: before.receiptNumber, replayed: true });
  });

  it('a round past its closing time is closed', async () => {
    const closesAt = new Date(Date.now() + 3600_000).toISOString();
    const round = await openRound({ closesAt });
    must(await anonymous(VIEW, { t: round.publicToken }));
    const clock = t.app.get(Clock);
    const spy = jest.spyOn(clock, 'now').mockImplementation(() => new Date(Date.parse(closesAt) + 1000));
    try {
      expect(errorOf(await anonymous(VIEW, { t: round.publicToken })).reason).toBe(
        'ONLINE_COLLECTION_CLOSED',
      );
      const late = await submit({ token: round.publicToken, proposedChange: '过期后的意见' });
      expect(errorOf(late).reason).toBe('ONLINE_COLLECTION_CLOSED');
    } finally {
      spy.mockRestore();
    }
  });

  it('an unknown or malformed token is one stable NOT_FOUND, telling nothing', async () => {
    for (const token of ['A'.repeat(32), 'short', `${'b'.repeat(31)}!`]) {
      const page = await anonymous(VIEW, { t: token });
      expect(errorOf(page)).toEqual({
        code: 'NOT_FOUND',
        reason: 'ONLINE_COLLECTION_NOT_FOUND',
        message: '没有找到这个网上征集，请核对链接或重新扫描二维码',
      });
    }
    const sent = await submit({ token: 'A'.repeat(32), proposedChange: '无效链接' });
    expect(errorOf(sent)).toMatchObject({ code: 'NOT_FOUND', reason: 'ONLINE_COLLECTION_NOT_FOUND' });
  });
});

describe('a mass campaign through the link', () => {
  it('keeps and counts every copy, and consolidation groups them as near-duplicates', async () => {
    const round = await openRound({ title: '公众号链接' });
    const texts = [
      '建议删除“每户限养一只犬”的规定。',
      '建议删除 “每户限养一只犬” 的规定',
      '建议删除每户限养一只犬的规定！',
      '建议删除“每户限养一只犬”的规定。',
    ];
    // From as many addresses as people: no address is over its limit.
    const receipts: string[] = [];
    for (const text of texts)
      receipts.push(
        must(await submit({ token: round.publicToken, provisionAddress: 'art_20', proposedChange: text }))
          .submitOnlineOpinion.receiptNumber,
      );
    const points = must(
      await t.gql<{ contactPoints: { edges: Array<{ node: { id: string } }> } }>(
        '{ contactPoints(first: 1) { edges { node { id } } } }',
        {},
        head,
      ),
    );
    const ref = { taskId, contactPointId: points.contactPoints.edges[0].node.id };
    const counts = must(
      await t.gql<{ consolidation: { counts: { byChannel: Array<{ label: string; opinions: number }> } } }>(
        'query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { counts { byChannel { label opinions } } } }',
        { t: taskId, p: ref.contactPointId },
        head,
      ),
    ).consolidation.counts.byChannel;
    const [{ n }] = await t.db.query<Array<{ n: number | string }>>(
      "SELECT COUNT(*) AS n FROM opinion WHERE task_id = ? AND channel = 'ONLINE' AND status = 'ACTIVE'",
      [taskId],
    );
    expect(counts.find((c) => c.label === '网上征集')?.opinions).toBe(Number(n));

    must(
      await t.gql(
        'mutation($i: PointTaskRefInput!) { groupDuplicateOpinions(input: $i) { groups } }',
        { i: ref },
        head,
      ),
    );
    const groups = must(
      await t.gql<{
        consolidation: {
          duplicateGroups: {
            edges: Array<{
              node: {
                opinionCount: number;
                opinions: { edges: Array<{ node: { receiptNumber: string } }> };
              };
            }>;
          };
        };
      }>(
        `query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) {
          duplicateGroups(first: 50) { edges { node { opinionCount opinions(first: 50) { edges { node { receiptNumber } } } } } } } }`,
        { t: taskId, p: ref.contactPointId },
        head,
      ),
    ).consolidation.duplicateGroups.edges.map((e) => e.node);
    // All four copies in one group (with any like them the demo holds).
    const campaign = groups.find((g) => g.opinions.edges.some((e) => e.node.receiptNumber === receipts[0]))!;
    expect(campaign.opinions.edges.map((e) => e.node.receiptNumber)).toEqual(
      expect.arrayContaining(receipts),
    );
    expect(campaign.opinionCount).toBeGreaterThanOrEqual(texts.length);
  });
});

describe('a switched-off contact point', () => {
  it('closes its links: the page and submissions answer ONLINE_COLLECTION_CLOSED, and no round can be opened', async () => {
    const round = await openRound();
    must(await anonymous(VIEW, { t: round.publicToken }));
    const admin = await t.login('admin');
    const points = must(
      await t.gql<{ contactPoints: { edges: Array<{ node: { id: string } }> } }>(
        '{ contactPoints(first: 1) { edges { node { id } } } }',
        {},
        head,
      ),
    );
    const pointId = points.contactPoints.edges[0].node.id;
    const setActive = async (active: boolean) =>
      must(
        await t.gql(
          'mutation($i: UpdateContactPointInput!) { updateContactPoint(input: $i) { id active } }',
          { i: { id: pointId, active } },
          admin,
        ),
      );
    await setActive(false);
    try {
      const page = await anonymous(VIEW, { t: round.publicToken });
      expect(errorOf(page)).toMatchObject({ code: 'CONFLICT', reason: 'ONLINE_COLLECTION_CLOSED' });
      expect(errorOf(page).message).toMatch(/的网上征集已停止（.*已停用），不再接收意见/);
      const late = await submit({ token: round.publicToken, proposedChange: '停用后的意见' });
      expect(errorOf(late)).toMatchObject({ code: 'CONFLICT', reason: 'ONLINE_COLLECTION_CLOSED' });
      const [{ n }] = await t.db.query<Array<{ n: number | string }>>(
        "SELECT COUNT(*) AS n FROM opinion WHERE proposed_change = '停用后的意见'",
      );
      expect(Number(n)).toBe(0);
      const open = await t.gql(OPEN, { i: { taskId } }, head);
      expect(errorOf(open)).toMatchObject({ code: 'CONFLICT', reason: 'CONTACT_POINT_INACTIVE' });
      expect(errorOf(open).message).toContain('已停用，不能开放网上征集');
    } finally {
      await setActive(true);
    }
    // Switched on again, the link works again (its round was never closed).
    must(await anonymous(VIEW, { t: round.publicToken }));
  });
});

describe('a Civil-Code-size draft (F2: 4,500 articles, 1.29 M characters)', () => {
  interface Provisions {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: { address: string; kind: string; text: string } }>;
  }
  interface Page {
    onlineCollection: { articles: Array<{ citation: string }>; provisions: Provisions };
  }
  const textOf = (p: Provisions) => p.edges.reduce((n, e) => n + e.node.text.length, 0);
  const PAGE = `query($t: String!, $after: String) { onlineCollection(token: $t) {
    provisions(after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { address kind text } } } } }`;
  let token: string;
  beforeAll(async () => {
    const [admin, legislature] = [await t.login('admin'), await t.login('legislature')];
    ({ token } = await openLargeDraftRound(t, { admin, legislature, head }));
  }, 180_000);

  /** The raw answer as a browser gets it: headers and the bytes on the wire (node:http unzips nothing). */
  async function raw(query: string, variables: Record<string, unknown>, encoding: string | null) {
    const server: Server = t.app.getHttpServer();
    if (!server.listening) await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const body = JSON.stringify({ query, variables });
    const res = await new Promise<{ headers: IncomingHttpHeaders; wire: Buffer }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/graphql',
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': fresh(),
            ...(encoding ? { 'accept-encoding': encoding } : {}),
          },
        },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (c: Buffer) => chunks.push(c));
          answer.on('end', () => resolve({ headers: answer.headers, wire: Buffer.concat(chunks) }));
          answer.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    const json = res.headers['content-encoding'] === 'gzip' ? gunzipSync(res.wire) : res.wire;
    return {
      res,
      wire: res.wire,
      json: JSON.parse(json.toString('utf8')) as { data?: Page; errors?: unknown[] },
    };
  }

  it('a page load is one bounded page, the picker has every article, gzipped when asked', async () => {
    const first = await raw(VIEW, { t: token }, 'gzip, deflate, br');
    expect(first.json.errors).toBeUndefined();
    const page = first.json.data!.onlineCollection;
    expect(page.articles).toHaveLength(4500);
    expect(page.articles[4499]).toMatchObject({ citation: '第四千五百条' });
    expect(page.provisions.edges.length).toBeGreaterThan(0);
    expect(page.provisions.edges.length).toBeLessThanOrEqual(ONLINE_PAGE_LIMITS.pageProvisions);
    const text = textOf(page.provisions);
    expect(text).toBeLessThanOrEqual(ONLINE_PAGE_LIMITS.pageCharacters);
    expect(page.provisions.totalCount).toBeGreaterThan(9000); // 90 chapters, 4,500 articles, 9,000 paragraphs
    expect(page.provisions.pageInfo.hasNextPage).toBe(true);
    // On the wire: compressed, and a small part of the 4.65 MB the whole draft was in one answer.
    expect(first.res.headers['content-encoding']).toBe('gzip');
    expect(first.res.headers.vary).toContain('accept-encoding');
    expect(first.wire.length).toBeLessThan(100_000);
    // The same without Accept-Encoding: plain JSON, still a fraction of the whole draft.
    const plain = await raw(VIEW, { t: token }, null);
    expect(plain.res.headers['content-encoding']).toBeUndefined();
    expect(plain.wire.length).toBeGreaterThan(first.wire.length * 3);
    expect(plain.wire.length).toBeLessThan(600_000);
    // Small answers are not compressed (below COMPRESS_MIN_BYTES).
    const tiny = await raw('{ __typename }', {}, 'gzip');
    expect(tiny.wire.length).toBeLessThan(COMPRESS_MIN_BYTES);
    expect(tiny.res.headers['content-encoding']).toBeUndefined();
  });

  it('the whole draft is still reachable, page after page, each page bounded', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    let total = 0;
    do {
      // Each page is a page load against the address's ONLINE_READS_PER_MINUTE: spread them over addresses.
      const res: GqlResult<Page> = await anonymous(PAGE, { t: token, after });
      const p = must(res).onlineCollection.provisions;
      total = p.totalCount;
      expect(p.edges.length).toBeLessThanOrEqual(ONLINE_PAGE_LIMITS.pageProvisions);
      expect(textOf(p)).toBeLessThanOrEqual(ONLINE_PAGE_LIMITS.pageCharacters);
      seen.push(...p.edges.map((e) => e.node.address));
      after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen.filter((a) => /art_\d+$/.test(a))).toHaveLength(4500);
    expect(pages).toBeGreaterThan(60); // 1.29 M characters at ≤ 20,000 a page
    // A page size above the API's limit is refused.
    const big = await anonymous(
      `query($t: String!) { onlineCollection(token: $t) { provisions(first: 101) { totalCount } } }`,
      { t: token },
    );
    expect(errorOf(big).code).toBe('BAD_USER_INPUT');
  }, 120_000);

  it('each further page of provisions counts as a page load of the address', async () => {
    const address = fresh();
    for (let i = 0; i < 8; i++) must(await anonymous(PAGE, { t: token, after: null }, address));
    expect(errorOf(await anonymous(PAGE, { t: token, after: null }, address))).toMatchObject({
      reason: 'ONLINE_COLLECTION_RATE_LIMITED',
    });
  });
});
