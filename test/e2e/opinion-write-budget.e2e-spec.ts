// F11: one collector account added 400 opinions in 14 s, each "for 100,000 people". Opinion writes now draw on a
// per-account budget (submitOpinion, submitOpinions and importOpinions together, counted in opinions), and the people
// an opinion stands for must be believable for how it was gathered. F14: a 征集日期 before the task reached the point
// is refused, as for activities. The limits are set low here (OPINION_WRITES_PER_MINUTE / _PER_DAY); the defaults are
// OPINION_WRITE_LIMITS.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { Clock } from '@app/common';
import { OpinionEntity } from '@app/feedback/entities';
import { errorOf, must, openDogTaskId, startTestApp, type TestApp } from '../support/test-app.js';

const SUBMIT = `mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { receiptNumber } }`;
const BATCH = `mutation($i: SubmitOpinionsInput!) { submitOpinions(input: $i) { index ok error { code reason message } } }`;
const IMPORT = `mutation($i: ImportOpinionsInput!) { importOpinions(input: $i) { imported errors { row column code message } } }`;

describe('a per-account budget on opinion writes, and believable head-counts', () => {
  let t: TestApp;
  let collector: string;
  let collectorId: string;
  let taskId: string;

  let seeded = 0;
  /** The collector's opinions on the task, beyond the demo's. */
  const mine = async () =>
    (await t.db.getRepository(OpinionEntity).countBy({ authorAccountId: collectorId, taskId })) - seeded;

  const opinion = (n: number, more: Record<string, unknown> = {}) => ({
    taskId,
    proposedChange: `预算测试意见 ${n}`,
    channel: 'ONLINE',
    ...more,
  });

  /** The task's template filled with `rows` (column header → value). */
  const sheet = async (rows: Array<Record<string, string | number>>): Promise<string> => {
    const download = await t.download(`/files/tasks/${taskId}/opinion-template.xlsx`, collector);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download.body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const ws = workbook.getWorksheet('意见')!;
    const headers = (ws.getRow(1).values as Array<string | undefined>).map((v) =>
      String(v ?? '').replace(/（.*）/, ''),
    );
    rows.forEach((values, i) => {
      const row = ws.getRow(i + 2);
      for (const [name, value] of Object.entries(values)) row.getCell(headers.indexOf(name)).value = value;
      row.commit();
    });
    return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  };

  beforeAll(async () => {
    t = await startTestApp({ env: { OPINION_WRITES_PER_MINUTE: '5', OPINION_WRITES_PER_DAY: '8' } });
    collector = await t.login('collector');
    collectorId = must(await t.gql<{ me: { id: string } }>('{ me { id } }', {}, collector)).me.id;
    taskId = await openDogTaskId(t, collector);
    seeded = await mine();
  });
  afterAll(() => t.close());

  it('refuses a 走访 for 100,000 people and a 征集日期 before the task was issued, and counts neither', async () => {
    const visit = await t.gql(
      SUBMIT,
      { i: opinion(0, { channel: 'VISIT', peopleRepresented: 100000 }) },
      collector,
    );
    expect(errorOf(visit)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PEOPLE_IMPLAUSIBLE' });
    expect(visit.errors![0].extensions.fields).toEqual([
      {
        field: 'input.peopleRepresented',
        message: expect.stringContaining('“走访”的一条意见最多代表 1000 人'),
      },
    ]);
    const old = await t.gql(SUBMIT, { i: opinion(0, { gatheredOn: '2001-01-01' }) }, collector);
    expect(errorOf(old)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATE_BEFORE_ISSUE' });
    expect(errorOf(old).message).toContain('征集日期 2001-01-01 早于任务下发日期');

    // The same rules for a paper sheet's rows.
    const imported = must(
      await t.gql<{
        importOpinions: { imported: number; errors: Array<{ row: number; column: string; code: string }> };
      }>(
        IMPORT,
        {
          i: {
            taskId,
            fileBase64: await sheet([
              { 条款: '总体意见', 修改意见: '走访时的意见', 征集方式: '走访', 代表人数: 5000 },
              { 条款: '总体意见', 修改意见: '很早以前的意见', 征集方式: '座谈会', 征集日期: '2001-01-01' },
            ]),
          },
        },
        collector,
      ),
    ).importOpinions;
    expect(imported.imported).toBe(0);
    expect(imported.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '代表人数', 'PEOPLE_IMPLAUSIBLE'],
      [3, '征集日期', 'DATE_BEFORE_ISSUE'],
    ]);
    expect(await mine()).toBe(0);
  });

  it('counts opinions, not requests, across single, batch and import, and says which limit and how long to wait', async () => {
    // A questionnaire round may stand for many people.
    expect(
      (
        await t.gql(
          SUBMIT,
          { i: opinion(1, { channel: 'QUESTIONNAIRE', peopleRepresented: 100000 }) },
          collector,
        )
      ).errors,
    ).toBeUndefined();
    // A batch of three valid items and an invalid one: the invalid one is not counted.
    const batch = must(
      await t.gql<{ submitOpinions: Array<{ ok: boolean }> }>(
        BATCH,
        { i: { items: [opinion(2), opinion(3), { ...opinion(4), proposedChange: '' }, opinion(5)] } },
        collector,
      ),
    ).submitOpinions;
    expect(batch.map((r) => r.ok)).toEqual([true, true, false, true]);
    expect(
      (await t.gql(SUBMIT, { i: opinion(6, { idempotencyKey: 'budget-6' }) }, collector)).errors,
    ).toBeUndefined();
    expect(await mine()).toBe(5);

    // The sixth within a minute is refused, with the wait in the answer and as Retry-After.
    const answer = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${collector}`)
      .send({ query: SUBMIT, variables: { i: opinion(7) } });
    const error = answer.body.errors[0];
    expect(error.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'OPINION_WRITES_LIMITED' });
    expect(error.message).toMatch(/^您的账号 1 分钟内录入的意见已达上限（5 条），请 (\d+ 秒|1 分钟)后再试/);
    const wait = error.extensions.retryAfterSeconds as number;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(answer.headers['retry-after']).toBe(String(wait));
    // A retry of a submission already accepted still gets its receipt: it writes nothing.
    const retry = await t.gql<{ submitOpinion: { replayed: boolean } }>(
      `mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { replayed } }`,
      { i: opinion(6, { idempotencyKey: 'budget-6' }) },
      collector,
    );
    expect(retry.data?.submitOpinion.replayed).toBe(true);

    // A sheet is refused whole while the minute is full.
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        条款: '总体意见',
        修改意见: `纸质意见 ${i}`,
        征集方式: '座谈会',
      }));
    const full = await t.gql(IMPORT, { i: { taskId, fileBase64: await sheet(rows(2)) } }, collector);
    expect(errorOf(full)).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'OPINION_WRITES_LIMITED' });
    expect(await mine()).toBe(5);

    // A minute later the minute is free again, and the day's budget (8) is what remains: two rows fit, then a sheet
    // of two more does not (one left) and says so; a batch gets what is left, item by item.
    const clock = t.app.get(Clock);
    const spy = jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 61_000));
    try {
      const two = must(
        await t.gql<{ importOpinions: { imported: number } }>(
          IMPORT,
          { i: { taskId, fileBase64: await sheet(rows(2)) } },
          collector,
        ),
      ).importOpinions;
      expect(two.imported).toBe(2);
      const over = await t.gql(IMPORT, { i: { taskId, fileBase64: await sheet(rows(2)) } }, collector);
      expect(errorOf(over)).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'OPINION_WRITES_LIMITED' });
      expect(errorOf(over).message).toContain(
        '24 小时内录入的意见已达上限（8 条），本次 2 条超出剩余额度（还可录入 1 条）',
      );
      const last = must(
        await t.gql<{
          submitOpinions: Array<{ ok: boolean; error: { code: string; reason: string } | null }>;
        }>(BATCH, { i: { items: [opinion(8), opinion(9)] } }, collector),
      ).submitOpinions;
      expect(last.map((r) => [r.ok, r.error?.reason ?? null])).toEqual([
        [true, null],
        [false, 'OPINION_WRITES_LIMITED'],
      ]);
    } finally {
      spy.mockRestore();
    }
    expect(await mine()).toBe(8);
  });
});
