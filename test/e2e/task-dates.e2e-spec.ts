// A consultation task's dates have bounds (a tester's findings): the deadline at most MAX_DEADLINE_DAYS after now when
// the task is drafted or issued, as an extension (MAX_EXTENSION_DAYS); the notice's date (issueDate) not after the
// deadline's day, not after today, not more than MAX_ISSUE_DATE_AGE_DAYS before today — judged when the task is drafted
// and again when it is issued; and every `Date` input within DATE_INPUT_YEARS (the adoption ledger's years). Each
// refusal names its field and a stable reason, in Chinese, and writes nothing; sensible dates pass.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { AuditRecordEntity } from '@app/audit/entities';
import { Clock, DATE_INPUT_YEARS, chinaDate } from '@app/common';
import { MAX_DEADLINE_DAYS, MAX_EXTENSION_DAYS, MAX_ISSUE_DATE_AGE_DAYS } from '@app/consultation';
import { ConsultationTaskEntity, PointTaskEntity } from '@app/consultation/entities';
import { ContactPointEntity, InformationCollectorEntity } from '@app/organization/entities';
import { must, startTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

const CREATE = `mutation($input: CreateConsultationTaskInput!) { createConsultationTask(input: $input) { id status issueDate deadline } }`;
const ISSUE = `mutation($id: ID!) { issueConsultationTask(input: { id: $id }) { id status issueDate } }`;
const DAY = 86_400_000;

/** The first error, with its reason and field problems. */
function refusal(res: GqlResult<unknown>) {
  const error = res.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(res.data)}`);
  return {
    code: error.extensions.code,
    reason: error.extensions.reason,
    message: error.message,
    fields: error.extensions.fields,
  };
}

describe('a consultation task’s dates, and the Date scalar’s years', () => {
  let t: TestApp;
  let legislature: string;
  let admin: string;
  let versionId: string;
  let pointId: string;
  let unitId: string;
  // One reading of the clock for the whole spec (a run crossing Beijing midnight keeps its days).
  const now = new Date();
  const day = (days: number) => chinaDate(new Date(now.getTime() + days * DAY));
  const endOf = (days: number) => `${day(days)}T23:59:59+08:00`;
  const taskInput = (over: Record<string, unknown> = {}) => ({
    draftVersionId: versionId,
    title: '关于征求《日期测试条例（草案）》意见的通知',
    noticeText: '请于截止日期前报送意见。',
    deadline: endOf(30),
    contactPointIds: [pointId],
    ...over,
  });
  const tasks = () => t.db.getRepository(ConsultationTaskEntity).count();

  beforeAll(async () => {
    t = await startTestApp();
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(now));
    [legislature, admin] = [await t.login('legislature'), await t.login('admin')];
    const points = must(
      await t.gql<{
        contactPoints: { edges: Array<{ node: { id: string; name: string; legislatureId: string } }> };
      }>('{ contactPoints(first: 10) { edges { node { id name legislatureId } } } }', {}, legislature),
    ).contactPoints.edges.map((e) => e.node);
    const point = points.find((p) => p.name.startsWith('西南大学'))!;
    pointId = point.id;
    const draftId = must(
      await t.gql<{ createDraft: { id: string } }>(
        'mutation($input: CreateDraftInput!) { createDraft(input: $input) { id } }',
        { input: { legislatureId: point.legislatureId, title: '日期测试条例（草案）' } },
        legislature,
      ),
    ).createDraft.id;
    versionId = must(
      await t.gql<{ addDraftVersion: { id: string } }>(
        'mutation($input: AddDraftVersionInput!) { addDraftVersion(input: $input) { id } }',
        {
          input: {
            draftId,
            stage: 'SOLICITATION',
            text: '日期测试条例（草案）\n第一条　为了测试日期，制定本条例。\n第二条　本条例自公布之日起施行。',
          },
        },
        legislature,
      ),
    ).addDraftVersion.id;
    unitId = must(
      await t.gql<{ contactPoint: { liaisonUnits: { edges: Array<{ node: { id: string } }> } } }>(
        'query($id: ID!) { contactPoint(id: $id) { liaisonUnits(first: 1) { edges { node { id } } } } }',
        { id: pointId },
        admin,
      ),
    ).contactPoint.liaisonUnits.edges[0].node.id;
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  it(`refuses a deadline more than ${MAX_DEADLINE_DAYS} days ahead (the extension's reach), 9999-12-30 too`, async () => {
    expect(MAX_DEADLINE_DAYS).toBe(MAX_EXTENSION_DAYS);
    const before = await tasks();
    for (const deadline of ['9999-12-30T23:59:59+08:00', endOf(MAX_DEADLINE_DAYS + 1)]) {
      const refused = refusal(await t.gql(CREATE, { input: taskInput({ deadline }) }, legislature));
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DEADLINE_TOO_FAR' });
      expect(refused.message).toContain(`距今超过 ${MAX_DEADLINE_DAYS} 天`);
      expect(refused.fields).toEqual([{ field: 'input.deadline', message: refused.message }]);
    }
    expect(await tasks()).toBe(before);
  });

  it.each([
    // The tester's: a notice dated 2030 for a deadline in a year or so.
    [
      'after the deadline’s day',
      () => day(200),
      'ISSUE_DATE_AFTER_DEADLINE',
      () => `晚于截止日期 ${day(30)}`,
    ],
    ['tomorrow', () => day(1), 'ISSUE_DATE_IN_FUTURE', () => `晚于今天（${day(0)}）`],
    [
      `more than ${MAX_ISSUE_DATE_AGE_DAYS} days back`,
      () => day(-MAX_ISSUE_DATE_AGE_DAYS - 1),
      'ISSUE_DATE_TOO_EARLY',
      () => `早于今天（${day(0)}）${MAX_ISSUE_DATE_AGE_DAYS} 天以上`,
    ],
  ])(
    'refuses a notice dated %s, on input.issueDate, writing nothing',
    async (_label, issueDate, reason, says) => {
      const before = await tasks();
      const refused = refusal(
        await t.gql(CREATE, { input: taskInput({ issueDate: issueDate() }) }, legislature),
      );
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect(refused.message).toContain(`通知落款日期 ${issueDate()}`);
      expect(refused.message).toContain(says());
      expect(refused.fields).toEqual([{ field: 'input.issueDate', message: refused.message }]);
      expect(await tasks()).toBe(before);
    },
  );

  it('refuses 1900-01-01 as a notice date through the Date scalar (DATE_OUT_OF_RANGE), on the field', async () => {
    const before = await tasks();
    const refused = refusal(
      await t.gql(CREATE, { input: taskInput({ issueDate: '1900-01-01' }) }, legislature),
    );
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATE_OUT_OF_RANGE' });
    expect(refused.message).toBe(
      `日期 1900-01-01 超出范围：年份须在 ${DATE_INPUT_YEARS.first} 至 ${DATE_INPUT_YEARS.last} 年之间，请核对`,
    );
    expect(refused.fields).toEqual([{ field: 'input.issueDate', message: refused.message }]);
    expect(await tasks()).toBe(before);
  });

  it('takes sensible dates: a notice dated up to the limit back, a deadline up to the limit ahead; issued as given', async () => {
    for (const [issueDate, deadline] of [
      [day(-MAX_ISSUE_DATE_AGE_DAYS), endOf(MAX_DEADLINE_DAYS - 1)],
      [day(0), endOf(0)],
      [null, endOf(30)],
    ] as const) {
      const created = must(
        await t.gql<{ createConsultationTask: { id: string; status: string; issueDate: string | null } }>(
          CREATE,
          { input: taskInput({ issueDate, deadline }) },
          legislature,
        ),
      ).createConsultationTask;
      expect(created).toMatchObject({ status: 'DRAFT', issueDate });
      const issued = must(
        await t.gql<{ issueConsultationTask: { status: string; issueDate: string } }>(
          ISSUE,
          { id: created.id },
          legislature,
        ),
      ).issueConsultationTask;
      // Without a notice date, the day it is issued.
      expect(issued).toEqual({ id: created.id, status: 'ISSUED', issueDate: issueDate ?? day(0) });
    }
  });

  it('judges the notice date again when the task is issued: a draft kept too long is refused, nothing sent', async () => {
    const id = must(
      await t.gql<{ createConsultationTask: { id: string } }>(
        CREATE,
        { input: taskInput({ issueDate: day(-80), deadline: endOf(60) }) },
        legislature,
      ),
    ).createConsultationTask.id;
    let audits = 0;
    const later = new Date(now.getTime() + 20 * DAY);
    const spy = jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(later));
    try {
      const token = await t.login('legislature');
      audits = await t.db.getRepository(AuditRecordEntity).count();
      const refused = refusal(await t.gql(ISSUE, { id }, token));
      expect(refused).toMatchObject({ code: 'CONFLICT', reason: 'ISSUE_DATE_TOO_EARLY' });
      expect(refused.message).toContain(`通知落款日期 ${day(-80)} 早于今天（${day(20)}）`);
      expect(refused.message).toContain('重新起草任务');
    } finally {
      spy.mockImplementation(() => new Date(now));
    }
    expect(await t.db.getRepository(ConsultationTaskEntity).findOneByOrFail({ id })).toMatchObject({
      status: 'DRAFT',
      issuedAt: null,
    });
    expect(await t.db.getRepository(PointTaskEntity).findOneByOrFail({ taskId: id })).toMatchObject({
      receivedAt: null,
    });
    expect(await t.db.getRepository(AuditRecordEntity).count()).toBe(audits);
  });

  it('refuses to issue a task whose deadline is beyond reach (one stored before these limits)', async () => {
    const id = must(
      await t.gql<{ createConsultationTask: { id: string } }>(CREATE, { input: taskInput() }, legislature),
    ).createConsultationTask.id;
    await t.db
      .getRepository(ConsultationTaskEntity)
      .update({ id }, { deadline: new Date('9999-12-30T15:59:59Z') });
    const refused = refusal(await t.gql(ISSUE, { id }, legislature));
    expect(refused).toMatchObject({ code: 'CONFLICT', reason: 'DEADLINE_TOO_FAR' });
    expect((await t.db.getRepository(ConsultationTaskEntity).findOneByOrFail({ id })).status).toBe('DRAFT');
  });

  it(`refuses a Date outside ${DATE_INPUT_YEARS.first}–${DATE_INPUT_YEARS.last} everywhere: a point's 设立日期, a collector's term`, async () => {
    const points = t.db.getRepository(ContactPointEntity);
    const designated = (await points.findOneByOrFail({ id: pointId })).designatedOn;
    const UPDATE =
      'mutation($input: UpdateContactPointInput!) { updateContactPoint(input: $input) { id designatedOn } }';
    for (const date of ['9999-12-31', '1999-12-31', `${DATE_INPUT_YEARS.last + 1}-01-01`]) {
      const refused = refusal(await t.gql(UPDATE, { input: { id: pointId, designatedOn: date } }, admin));
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATE_OUT_OF_RANGE' });
      expect(refused.message).toContain(`日期 ${date} 超出范围`);
      expect(refused.fields).toEqual([{ field: 'input.designatedOn', message: refused.message }]);
    }
    // Written in the query itself, the same reason.
    const inline = await t.gql(
      `mutation { updateContactPoint(input: { id: "${pointId}", designatedOn: "9999-12-31" }) { id } }`,
      {},
      admin,
    );
    expect(refusal(inline)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATE_OUT_OF_RANGE' });
    expect((await points.findOneByOrFail({ id: pointId })).designatedOn).toEqual(designated);

    const collectors = await t.db.getRepository(InformationCollectorEntity).count();
    const ADD = 'mutation($input: AddCollectorInput!) { addCollector(input: $input) { id activeFrom } }';
    const refused = refusal(
      await t.gql(
        ADD,
        {
          input: {
            liaisonUnitId: unitId,
            name: '日期测试',
            category: 'PUBLIC_REPRESENTATIVE',
            activeFrom: '9999-12-31',
          },
        },
        admin,
      ),
    );
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATE_OUT_OF_RANGE' });
    expect(refused.fields).toEqual([{ field: 'input.activeFrom', message: refused.message }]);
    expect(await t.db.getRepository(InformationCollectorEntity).count()).toBe(collectors);

    // The first year of the range is a date like any other.
    const ok = must(
      await t.gql<{ updateContactPoint: { designatedOn: string } }>(
        UPDATE,
        { input: { id: pointId, designatedOn: `${DATE_INPUT_YEARS.first}-01-01` } },
        admin,
      ),
    );
    expect(ok.updateContactPoint.designatedOn).toBe(`${DATE_INPUT_YEARS.first}-01-01`);
  });
});
