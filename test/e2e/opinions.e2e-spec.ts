import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { In } from 'typeorm';
import { chinaDate, Clock } from '@app/common';
import { AuditRecordEntity } from '@app/audit/entities';
import { PointTaskState } from '@app/consultation';
import { AssignmentEntity, ConsultationTaskEntity, PointTaskEntity } from '@app/consultation/entities';
import { CollectionActivityEntity, ContributorEntity, OpinionEntity } from '@app/feedback/entities';
import { errorOf, startTestApp, type TestApp } from '../support/test-app.js';
import { FAR_DEADLINE, FAR_DUE } from '../support/dates.js';

const DRAFT = `某市养犬管理条例（草案）
第一章　总　则
第一条　为了规范养犬行为，制定本条例。
第二条　本市实行养犬登记制度。
第二章　养犬规范
第三条　养犬人应当遵守下列规定：
（一）携犬出户时束犬链；
（二）即时清除犬只粪便。
第四条　本条例自公布之日起施行。
`;
const SUBMIT = `mutation($input: SubmitOpinionInput!) { submitOpinion(input: $input) { receiptNumber replayed opinion { id provisionCitation originalText status } } }`;

describe('opinions: submission, receipts, retries, history, personal data, search', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let taskId: string;
  let pointId: string;

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['admin', 'legislature', 'head', 'liaison', 'collector', 'unit', 'expert'])
      tokens[user] = await t.login(user);
    const legislatureId = (
      await t.gql<{ legislatures: { edges: Array<{ node: { id: string } }> } }>(
        '{ legislatures(first: 1) { edges { node { id } } } }',
        {},
        tokens.legislature,
      )
    ).data!.legislatures.edges[0].node.id;
    const points = await t.gql<{ contactPoints: { edges: Array<{ node: { id: string; name: string } }> } }>(
      '{ contactPoints(first: 5) { edges { node { id name } } } }',
      {},
      tokens.legislature,
    );
    pointId = points.data!.contactPoints.edges.find((e) => e.node.name.startsWith('西南大学'))!.node.id;
    const draft = await t.gql<{ createDraft: { id: string } }>(
      'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
      { i: { legislatureId, title: '某市养犬管理条例（草案）' } },
      tokens.legislature,
    );
    const version = await t.gql<{ addDraftVersion: { id: string } }>(
      'mutation($i: AddDraftVersionInput!) { addDraftVersion(input: $i) { id } }',
      { i: { draftId: draft.data!.createDraft.id, stage: 'SOLICITATION', text: DRAFT } },
      tokens.legislature,
    );
    const task = await t.gql<{ createConsultationTask: { id: string } }>(
      'mutation($i: CreateConsultationTaskInput!) { createConsultationTask(input: $i) { id } }',
      {
        i: {
          draftVersionId: version.data!.addDraftVersion.id,
          title: '养犬条例征求意见',
          noticeText: '请提意见',
          deadline: FAR_DEADLINE,
          contactPointIds: [pointId],
        },
      },
      tokens.legislature,
    );
    taskId = task.data!.createConsultationTask.id;
    await t.gql(`mutation { issueConsultationTask(id: "${taskId}") { id } }`, {}, tokens.legislature);
    const structure = await t.gql<{
      contactPoint: {
        liaisonUnits: {
          edges: Array<{
            node: {
              id: string;
              name: string;
              collectors: { edges: Array<{ node: { id: string; name: string } }> };
            };
          }>;
        };
      };
    }>(
      'query($id: ID!) { contactPoint(id: $id) { liaisonUnits(first: 20) { edges { node { id name collectors(first: 20) { edges { node { id name } } } } } } } }',
      { id: pointId },
      tokens.head,
    );
    const union = structure.data!.contactPoint.liaisonUnits.edges.find(
      (e) => e.node.name === '北碚区总工会',
    )!.node;
    const collectorId = union.collectors.edges.find((e) => e.node.name === '杨帆')!.node.id;
    const distributed = await t.gql(
      'mutation($i: DistributeTaskInput!) { distributeTask(input: $i) { id } }',
      {
        i: {
          taskId,
          contactPointId: pointId,
          assignments: [
            {
              assigneeType: 'COLLECTOR',
              assigneeId: collectorId,
              dueAt: FAR_DUE,
              provisionAddresses: ['chp_2'],
            },
            {
              assigneeType: 'LIAISON_UNIT',
              assigneeId: union.id,
              dueAt: FAR_DUE,
              provisionAddresses: ['art_4'],
            },
          ],
        },
      },
      tokens.head,
    );
    expect(distributed.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  it('accepts an opinion on an assigned provision, with a receipt number and the original text filled in', async () => {
    const res = await t.gql<{
      submitOpinion: {
        receiptNumber: string;
        replayed: boolean;
        opinion: { provisionCitation: string; originalText: string; status: string };
      };
    }>(
      SUBMIT,
      {
        input: {
          taskId,
          provisionAddress: 'art_3__para_1__item_1',
          proposedChange: '建议明确犬链长度不超过一点五米',
          reason: '便于执法',
          channel: 'VISIT',
        },
      },
      tokens.collector,
    );
    expect(res.errors).toBeUndefined();
    const { receiptNumber, opinion, replayed } = res.data!.submitOpinion;
    expect(receiptNumber).toMatch(/^\d{14}$/);
    expect(replayed).toBe(false);
    expect(opinion).toMatchObject({
      provisionCitation: '第三条第一款第（一）项',
      originalText: '（一）携犬出户时束犬链；',
      status: 'ACTIVE',
    });
  });

  it('answers a retry with the same receipt and writes nothing more; other content under the same key is a CONFLICT', async () => {
    const input = {
      taskId,
      provisionAddress: 'art_4',
      proposedChange: '建议自公布之日起三个月后施行',
      channel: 'FORUM',
      idempotencyKey: 'phone-1-0001',
    };
    const first = await t.gql<{ submitOpinion: { receiptNumber: string; replayed: boolean } }>(
      SUBMIT,
      { input },
      tokens.collector,
    );
    const count = await t.db.getRepository(OpinionEntity).count();
    const again = await t.gql<{ submitOpinion: { receiptNumber: string; replayed: boolean } }>(
      SUBMIT,
      { input },
      tokens.collector,
    );
    expect(again.data!.submitOpinion).toEqual({
      ...first.data!.submitOpinion,
      replayed: true,
      opinion: expect.anything(),
    });
    expect(await t.db.getRepository(OpinionEntity).count()).toBe(count);
    const other = await t.gql(
      SUBMIT,
      { input: { ...input, proposedChange: '另一条意见' } },
      tokens.collector,
    );
    expect(errorOf(other)).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await t.db.getRepository(OpinionEntity).count()).toBe(count);
  });

  it('answers a retry with its receipt after the deadline has passed, while a new submission is refused', async () => {
    // The key is not looked up before the checks (issue 16): a retry that a check would now refuse must still find it.
    const input = {
      taskId,
      provisionAddress: 'art_4',
      proposedChange: '建议延长公示时间',
      channel: 'FORUM',
      idempotencyKey: 'phone-1-late-retry',
    };
    const first = await t.gql<{ submitOpinion: { receiptNumber: string } }>(
      SUBMIT,
      { input },
      tokens.collector,
    );
    expect(first.errors).toBeUndefined();
    const receipt = first.data!.submitOpinion.receiptNumber;
    const tasks = t.db.getRepository(ConsultationTaskEntity);
    const { deadline } = await tasks.findOneByOrFail({ id: taskId });
    const points = t.db.getRepository(PointTaskEntity);
    const extensions = await points.findBy({ taskId });
    await tasks.update({ id: taskId }, { deadline: new Date(Date.now() - 60_000) });
    await points.update({ taskId }, { extendedDeadline: null });
    try {
      const count = await t.db.getRepository(OpinionEntity).count();
      const again = await t.gql<{ submitOpinion: { receiptNumber: string; replayed: boolean } }>(
        SUBMIT,
        { input },
        tokens.collector,
      );
      expect(again.errors).toBeUndefined();
      expect(again.data!.submitOpinion).toMatchObject({ receiptNumber: receipt, replayed: true });
      const fresh = await t.gql(
        SUBMIT,
        { input: { ...input, idempotencyKey: 'phone-1-late-new' } },
        tokens.collector,
      );
      expect(errorOf(fresh)).toMatchObject({ code: 'CONFLICT', reason: 'DEADLINE_PASSED' });
      const reused = await t.gql(
        SUBMIT,
        { input: { ...input, proposedChange: '另一条迟到的意见' } },
        tokens.collector,
      );
      expect(errorOf(reused)).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
      expect(await t.db.getRepository(OpinionEntity).count()).toBe(count);
    } finally {
      await tasks.update({ id: taskId }, { deadline });
      for (const p of extensions) await points.update({ id: p.id }, { extendedDeadline: p.extendedDeadline });
    }
  });

  it.each([
    [
      'a provision outside the assignment',
      { provisionAddress: 'art_1' },
      'FORBIDDEN',
      'PROVISION_NOT_ASSIGNED',
    ],
    [
      'a provision not in the draft',
      { provisionAddress: 'art_99' },
      'BAD_USER_INPUT',
      'PROVISION_NOT_IN_DRAFT',
    ],
    ['an empty proposal', { proposedChange: '  ' }, 'BAD_USER_INPUT', 'VALIDATION_FAILED'],
    ['text over the limit', { proposedChange: '长'.repeat(5001) }, 'BAD_USER_INPUT', 'VALIDATION_FAILED'],
    ['control characters', { proposedChange: '建议\u0000删除' }, 'BAD_USER_INPUT', 'VALIDATION_FAILED'],
  ])('refuses %s, writing nothing', async (_label, patch, code, reason) => {
    const before = await t.db.getRepository(OpinionEntity).count();
    const res = await t.gql(
      SUBMIT,
      { input: { taskId, provisionAddress: 'art_3', proposedChange: '建议', channel: 'VISIT', ...patch } },
      tokens.collector,
    );
    expect(errorOf(res)).toMatchObject({ code, reason });
    expect(await t.db.getRepository(OpinionEntity).count()).toBe(before);
  });

  it('takes an offline batch and answers each item, the bad ones included', async () => {
    const items = [
      {
        taskId,
        provisionAddress: 'art_3',
        proposedChange: '建议增加遛犬时间的规定',
        channel: 'COURTYARD_MEETING',
      },
      { taskId, provisionAddress: 'art_1', proposedChange: '不在分配范围', channel: 'COURTYARD_MEETING' },
      { taskId, proposedChange: '总体赞同本条例', channel: 'QUESTIONNAIRE', peopleRepresented: 37 },
    ];
    const res = await t.gql<{
      submitOpinions: Array<{
        index: number;
        ok: boolean;
        receiptNumber: string | null;
        error: { reason: string } | null;
      }>;
    }>(
      'mutation($i: SubmitOpinionsInput!) { submitOpinions(input: $i) { index ok receiptNumber error { code reason message } } }',
      { i: { items } },
      tokens.collector,
    );
    expect(res.data!.submitOpinions.map((r) => [r.index, r.ok, r.error?.reason ?? null])).toEqual([
      [0, true, null],
      [1, false, 'PROVISION_NOT_ASSIGNED'],
      [2, true, null],
    ]);
    const tooMany = Array.from({ length: 201 }, () => items[0]);
    expect(
      errorOf(
        await t.gql(
          'mutation($i: SubmitOpinionsInput!) { submitOpinions(input: $i) { ok } }',
          { i: { items: tooMany } },
          tokens.collector,
        ),
      ).code,
    ).toBe('BAD_USER_INPUT');
  });

  it('answers an invalid item of a batch with its field errors and stores the valid ones, once per key', async () => {
    const BATCH =
      'mutation($i: SubmitOpinionsInput!) { submitOpinions(input: $i) { index ok replayed receiptNumber error { code reason message fields { field message } } } }';
    type Result = {
      submitOpinions: Array<{
        index: number;
        ok: boolean;
        replayed: boolean;
        receiptNumber: string | null;
        error: { code: string; reason: string; fields: Array<{ field: string; message: string }> } | null;
      }>;
    };
    const item = (key: string, proposedChange: string, extra: object = {}) => ({
      taskId,
      provisionAddress: 'art_3',
      proposedChange,
      channel: 'VISIT',
      idempotencyKey: key,
      ...extra,
    });
    const items = [
      item('phone-queue-1', '建议明确束犬链的长度'),
      item('phone-queue-2', '   '),
      item('phone-queue-3', '建议公共场所设置犬只便袋箱'),
      item('phone-queue-4', '长'.repeat(5001), { provisionAddress: 'art_99' }),
      item('phone-queue-5', '建议', { provisionAddress: 'art_99' }),
    ];
    const before = await t.db.getRepository(OpinionEntity).count();
    const res = await t.gql<Result>(BATCH, { i: { items } }, tokens.collector);
    expect(res.errors).toBeUndefined();
    const answers = res.data!.submitOpinions;
    expect(answers.map((r) => [r.index, r.ok, r.error?.reason ?? null])).toEqual([
      [0, true, null],
      [1, false, 'VALIDATION_FAILED'],
      [2, true, null],
      [3, false, 'VALIDATION_FAILED'],
      [4, false, 'PROVISION_NOT_IN_DRAFT'],
    ]);
    expect(answers[1].error).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.items.1.proposedChange', message: '修改意见不能为空' }],
    });
    expect(answers[3].error!.fields).toEqual([
      { field: 'input.items.3.proposedChange', message: '修改意见不能超过 5000 个字符' },
    ]);
    expect(answers[4].error!.fields).toEqual([
      { field: 'input.items.4.provisionAddress', message: expect.stringContaining('art_99') },
    ]);
    expect(await t.db.getRepository(OpinionEntity).count()).toBe(before + 2);
    const stored = await t.db
      .getRepository(OpinionEntity)
      .findBy({ idempotencyKey: In(['phone-queue-1', 'phone-queue-2', 'phone-queue-3']) });
    expect(stored.map((o) => o.proposedChange).sort()).toEqual([
      '建议公共场所设置犬只便袋箱',
      '建议明确束犬链的长度',
    ]);

    // The phone resends its whole queue (the answer was lost): the stored ones replay, nothing is written twice.
    const again = await t.gql<Result>(BATCH, { i: { items } }, tokens.collector);
    expect(again.data!.submitOpinions.map((r) => [r.ok, r.replayed, r.receiptNumber])).toEqual([
      [true, true, answers[0].receiptNumber],
      [false, false, null],
      [true, true, answers[2].receiptNumber],
      [false, false, null],
      [false, false, null],
    ]);
    expect(await t.db.getRepository(OpinionEntity).count()).toBe(before + 2);
  });

  it('keeps personal data sealed and shows it only to the recorder and the executing body, auditing each read', async () => {
    const res = await t.gql<{ submitOpinion: { opinion: { id: string } } }>(
      SUBMIT,
      {
        input: {
          taskId,
          provisionAddress: 'art_3',
          proposedChange: '建议对老年人养犬给予指导',
          channel: 'VISIT',
          contributorCategory: 'RESIDENT',
          contributor: {
            name: '王大爷',
            phone: '13800138000',
            consentText: '同意将姓名电话用于意见核实和采纳反馈',
            consentMethod: 'ORAL',
            minor: false,
            notifyOutcome: true,
          },
        },
      },
      tokens.collector,
    );
    const id = res.data!.submitOpinion.opinion.id;
    const row = await t.db.getRepository(ContributorEntity).findOneByOrFail({ opinionId: id });
    expect(row.sealed).not.toContain('王大爷');
    expect(row.sealed).not.toContain('13800138000');
    const opinionRow = await t.db.getRepository(OpinionEntity).findOneByOrFail({ id });
    expect(JSON.stringify(opinionRow)).not.toContain('王大爷');

    const QUERY = `{ opinion(id: "${id}") { contributor { name phone consentMethod notifyOutcome } } }`;
    const audits = await t.db.getRepository(AuditRecordEntity).countBy({ action: 'contributor.read' });
    expect(
      (await t.gql<{ opinion: { contributor: { name: string } } }>(QUERY, {}, tokens.collector)).data!.opinion
        .contributor.name,
    ).toBe('王大爷');
    expect(
      (await t.gql<{ opinion: { contributor: { phone: string } } }>(QUERY, {}, tokens.head)).data!.opinion
        .contributor.phone,
    ).toBe('13800138000');
    expect(await t.db.getRepository(AuditRecordEntity).countBy({ action: 'contributor.read' })).toBe(
      audits + 2,
    );
    expect(errorOf(await t.gql(QUERY, {}, tokens.unit))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PERSONAL_DATA_FORBIDDEN',
    });
    expect(errorOf(await t.gql(QUERY, {}, tokens.legislature))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PERMISSION_DENIED',
    });
    const minor = await t.gql(
      SUBMIT,
      {
        input: {
          taskId,
          provisionAddress: 'art_3',
          proposedChange: '建议',
          channel: 'VISIT',
          contributor: { name: '小明', consentText: '同意', consentMethod: 'ORAL', minor: true },
        },
      },
      tokens.collector,
    );
    expect(errorOf(minor)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GUARDIAN_CONSENT_REQUIRED' });
  });

  it('lets the author edit and withdraw with history, and the executing body mark out of scope, never delete', async () => {
    const res = await t.gql<{ submitOpinion: { opinion: { id: string } } }>(
      SUBMIT,
      { input: { taskId, provisionAddress: 'art_3', proposedChange: '初稿意见', channel: 'VISIT' } },
      tokens.collector,
    );
    const id = res.data!.submitOpinion.opinion.id;
    expect(
      errorOf(
        await t.gql(
          'mutation($i: UpdateOpinionInput!) { updateOpinion(input: $i) { id } }',
          { i: { id, proposedChange: '别人改' } },
          tokens.head,
        ),
      ).reason,
    ).toBe('NOT_AUTHOR');
    const edited = await t.gql<{
      updateOpinion: {
        proposedChange: string;
        revision: number;
        revisions: Array<{ action: string; snapshot: string }>;
      };
    }>(
      'mutation($i: UpdateOpinionInput!) { updateOpinion(input: $i) { proposedChange revision revisions { action snapshot } } }',
      { i: { id, proposedChange: '修改后的意见' } },
      tokens.collector,
    );
    expect(edited.data!.updateOpinion).toMatchObject({ proposedChange: '修改后的意见', revision: 1 });
    expect(JSON.parse(edited.data!.updateOpinion.revisions[0].snapshot).proposedChange).toBe('初稿意见');
    // A 走访 stands for at most 1,000 people: an edit cannot raise it past what submission would take.
    const inflated = await t.gql(
      'mutation($i: UpdateOpinionInput!) { updateOpinion(input: $i) { id } }',
      { i: { id, peopleRepresented: 100000 } },
      tokens.collector,
    );
    expect(errorOf(inflated)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PEOPLE_IMPLAUSIBLE' });
    expect((await t.db.getRepository(OpinionEntity).findOneByOrFail({ id })).peopleRepresented).toBe(1);
    const out = await t.gql<{ markOpinionOutOfScope: { status: string; statusReason: string } }>(
      'mutation($i: OpinionStatusInput!) { markOpinionOutOfScope(input: $i) { status statusReason } }',
      { i: { id, reason: '不属于本条例调整范围' } },
      tokens.liaison,
    );
    expect(out.data!.markOpinionOutOfScope).toEqual({
      status: 'OUT_OF_SCOPE',
      statusReason: '不属于本条例调整范围',
    });
    expect(
      errorOf(
        await t.gql(
          'mutation($i: OpinionStatusInput!) { markOpinionOutOfScope(input: $i) { id } }',
          { i: { id, reason: 'x' } },
          tokens.collector,
        ),
      ).code,
    ).toBe('FORBIDDEN');
    expect(await t.db.getRepository(OpinionEntity).existsBy({ id })).toBe(true);

    const another = await t.gql<{ submitOpinion: { opinion: { id: string } } }>(
      SUBMIT,
      { input: { taskId, provisionAddress: 'art_3', proposedChange: '想撤回的意见', channel: 'VISIT' } },
      tokens.collector,
    );
    const withdrawn = await t.gql<{ withdrawOpinion: { status: string; revision: number } }>(
      'mutation($i: OpinionStatusInput!) { withdrawOpinion(input: $i) { status revision } }',
      { i: { id: another.data!.submitOpinion.opinion.id, reason: '提出人改变了想法' } },
      tokens.collector,
    );
    expect(withdrawn.data!.withdrawOpinion).toEqual({ status: 'WITHDRAWN', revision: 1 });
  });

  it('records a collection activity and links opinions to it', async () => {
    const activity = await t.gql<{ recordCollectionActivity: { id: string; participants: number } }>(
      'mutation($i: RecordActivityInput!) { recordCollectionActivity(input: $i) { id participants } }',
      {
        i: {
          taskId,
          channel: 'COURTYARD_MEETING',
          title: '天生社区院坝会',
          // The task was issued when this suite began: today is the earliest date its activities may have.
          heldOn: chinaDate(new Date()),
          place: '天生社区',
          participants: 32,
          summary: '居民围绕犬链和粪便清理发言',
        },
      },
      tokens.collector,
    );
    expect(activity.errors).toBeUndefined();
    const opinion = await t.gql<{ submitOpinion: { opinion: { id: string } } }>(
      SUBMIT,
      {
        input: {
          taskId,
          provisionAddress: 'art_3',
          proposedChange: '建议在小区设置遛犬区域',
          channel: 'COURTYARD_MEETING',
          activityId: activity.data!.recordCollectionActivity.id,
          peopleRepresented: 32,
        },
      },
      tokens.collector,
    );
    expect(opinion.errors).toBeUndefined();
    const list = await t.gql<{ collectionActivities: Array<{ title: string }> }>(
      'query($t: ID!) { collectionActivities(taskId: $t) { title } }',
      { t: taskId },
      tokens.head,
    );
    expect(list.data!.collectionActivities.map((a) => a.title)).toContain('天生社区院坝会');
    expect(
      errorOf(
        await t.gql(
          'mutation($i: RecordActivityInput!) { recordCollectionActivity(input: $i) { id } }',
          { i: { taskId, channel: 'FORUM', title: 'x', heldOn: '2026-11-20', participants: 1 } },
          tokens.expert,
        ),
      ).reason,
      // Not assigned to the expert, though sent to their point: they are told so (anyone outside the point hears
      // TASK_NOT_FOUND, as for a missing task).
    ).toBe('NOT_ASSIGNED');
  });

  it("dates an activity within the point's collection: not before the task was issued there, not after its deadline, and not once the table went out", async () => {
    const RECORD = 'mutation($i: RecordActivityInput!) { recordCollectionActivity(input: $i) { id heldOn } }';
    const collector = await t.login('collector');
    const tasks = await t.gql<{
      consultationTasks: { edges: Array<{ node: { id: string; title: string } }> };
    }>('{ consultationTasks(first: 20) { edges { node { id title } } } }', {}, collector);
    // The demo's 2022 round on household waste: issued and closed long ago, feedback received.
    const closedId = tasks.data!.consultationTasks.edges.find((e) => e.node.title.includes('生活垃圾'))!.node
      .id;
    const closed = await t.db.getRepository(ConsultationTaskEntity).findOneByOrFail({ id: closedId });
    const pointTasks = await t.db.getRepository(PointTaskEntity).findBy({ taskId: closedId });
    expect(pointTasks).toHaveLength(1);
    const closesOn = chinaDate(pointTasks[0].extendedDeadline ?? closed.deadline);
    const issuedOn = [closed.issueDate, closed.issuedAt && chinaDate(closed.issuedAt)]
      .concat(pointTasks[0].receivedAt ? [chinaDate(pointTasks[0].receivedAt)] : [])
      .filter((d): d is string => !!d)
      .sort()[0];
    const dayAfter = (date: string) =>
      new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const activity = (taskId: string, heldOn: string) => ({
      i: { taskId, channel: 'FORUM', title: '座谈会', heldOn, participants: 10 },
    });
    const before = await t.db.getRepository(CollectionActivityEntity).count();

    // A year typed wrong in a native date field (issue: 1204-02-02 was accepted): the Date scalar refuses the year.
    const ancient = errorOf(await t.gql(RECORD, activity(closedId, '1204-02-02'), collector));
    expect(ancient).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATE_OUT_OF_RANGE' });
    // A sane year before the task reached the point.
    const early = errorOf(await t.gql(RECORD, activity(closedId, '2001-02-02'), collector));
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATE_BEFORE_ISSUE' });
    expect(early.message).toBe(`活动日期 2001-02-02 早于任务下发日期（${issuedOn}），请核对`);
    // Held after the point's collection closed: refused, also for a task closed in 2022.
    const afterClose = errorOf(await t.gql(RECORD, activity(closedId, dayAfter(closesOn)), collector));
    expect(afterClose).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATE_AFTER_DEADLINE' });
    expect(afterClose.message).toContain(`征集截止日期（${closesOn}）`);
    // The rest on one reading of the server's clock, `today` its Beijing day: read twice, a run crossing Beijing midnight
    // (16:00 UTC) before the last request made `dayAfter(today)` the server's today, not a day in the future.
    const at = new Date();
    const today = chinaDate(at);
    const frozen = jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(at));
    try {
      expect(errorOf(await t.gql(RECORD, activity(closedId, today), collector)).reason).toBe(
        'DATE_AFTER_DEADLINE',
      );
      expect(await t.db.getRepository(CollectionActivityEntity).count()).toBe(before);

      // Held in time, but on a round whose table went to the legislature long ago: its record is closed, on the last day
      // as on the first (an activity held in time may be entered late by the executing body until it submits: see
      // collection-window.e2e-spec.ts).
      for (const heldOn of [closesOn, issuedOn]) {
        expect(errorOf(await t.gql(RECORD, activity(closedId, heldOn), collector))).toMatchObject({
          code: 'CONFLICT',
          reason: 'COLLECTION_CLOSED',
        });
      }
      expect(await t.db.getRepository(CollectionActivityEntity).count()).toBe(before);
      // On the open task of this suite, issued when it started: a week ago is before its issue (a day would not do if
      // the suite crossed midnight China time), tomorrow still in the future.
      const weekAgo = new Date(Date.parse(`${today}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
      expect(errorOf(await t.gql(RECORD, activity(taskId, weekAgo), tokens.collector)).reason).toBe(
        'DATE_BEFORE_ISSUE',
      );
      expect(errorOf(await t.gql(RECORD, activity(taskId, dayAfter(today)), tokens.collector)).reason).toBe(
        'DATE_IN_FUTURE',
      );
    } finally {
      frozen.mockRestore();
    }
  });

  it('shows each role what it may see', async () => {
    const QUERY = `query($t: ID!) { opinions(taskId: $t, first: 100) { totalCount } }`;
    const mine = (await t.gql<{ opinions: { totalCount: number } }>(QUERY, { t: taskId }, tokens.collector))
      .data!.opinions.totalCount;
    const unit = (await t.gql<{ opinions: { totalCount: number } }>(QUERY, { t: taskId }, tokens.unit)).data!
      .opinions.totalCount;
    const head = (await t.gql<{ opinions: { totalCount: number } }>(QUERY, { t: taskId }, tokens.head)).data!
      .opinions.totalCount;
    expect(mine).toBeGreaterThan(3);
    expect(unit).toBe(mine);
    expect(head).toBe(mine);
    // A task sent to the expert's point but not given to them: they are told so (outside the point: TASK_NOT_FOUND).
    expect(errorOf(await t.gql(QUERY, { t: taskId }, tokens.expert)).reason).toBe('NOT_ASSIGNED');
    expect(errorOf(await t.gql(QUERY, { t: taskId }, tokens.legislature)).reason).toBe('PERMISSION_DENIED');
  });

  it('finds 养犬 and other two-character words, ranked, within permissions', async () => {
    await t.gql(
      SUBMIT,
      {
        input: {
          taskId,
          provisionAddress: 'art_3',
          proposedChange: '养犬人应当为犬只办理登记，建议简化养犬登记手续',
          channel: 'ONLINE',
        },
      },
      tokens.collector,
    );
    await t.gql(
      SUBMIT,
      {
        input: {
          taskId,
          provisionAddress: 'art_3',
          proposedChange: '建议增加公共场所的宠物便袋箱',
          channel: 'ONLINE',
        },
      },
      tokens.collector,
    );
    const SEARCH = `query($t: ID!, $q: String!) { searchOpinions(taskId: $t, query: $q, first: 10) { totalCount edges { node { proposedChange } } } }`;
    const found = await t.gql<{
      searchOpinions: { totalCount: number; edges: Array<{ node: { proposedChange: string } }> };
    }>(SEARCH, { t: taskId, q: '养犬' }, tokens.head);
    expect(found.errors).toBeUndefined();
    const texts = found.data!.searchOpinions.edges.map((e) => e.node.proposedChange);
    expect(texts).toContain('养犬人应当为犬只办理登记，建议简化养犬登记手续');
    expect(texts.every((text) => text.includes('养犬'))).toBe(true);
    expect(texts).not.toContain('建议增加公共场所的宠物便袋箱');
    const registration = await t.gql<{ searchOpinions: { totalCount: number } }>(
      SEARCH,
      { t: taskId, q: '登记' },
      tokens.head,
    );
    expect(registration.data!.searchOpinions.totalCount).toBe(1);
    expect(errorOf(await t.gql(SEARCH, { t: taskId, q: '便袋' }, tokens.expert)).reason).toBe('NOT_ASSIGNED');
    expect(errorOf(await t.gql(SEARCH, { t: taskId, q: '！！' }, tokens.head))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'EMPTY_QUERY',
    });
  });

  it('refuses the legislature a search of raw opinions by naming the read permission, not a write one', async () => {
    const SEARCH = `query($t: ID!) { searchOpinions(taskId: $t, query: "养犬", first: 1) { totalCount } }`;
    for (const document of [SEARCH, `query($t: ID!) { opinions(taskId: $t, first: 1) { totalCount } }`]) {
      const refused = errorOf(await t.gql(document, { t: taskId }, tokens.legislature));
      expect(refused).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
      expect(refused.message).toContain('opinion:read');
      expect(refused.message).not.toContain('opinion:write');
    }
    expect((await t.gql(SEARCH, { t: taskId }, tokens.collector)).errors).toBeUndefined();
  });

  // A submission's lookups (task, standings, point task) are cached for a few seconds (issue 16): a change to them,
  // written by whoever through TypeORM, in a transaction or not, counts from the very next submission.
  it('applies a withdrawn assignment and a closed collection to the very next submission, the lookups warm', async () => {
    let n = 0;
    const submit = () =>
      t.gql(
        SUBMIT,
        {
          input: {
            taskId,
            provisionAddress: 'art_3',
            proposedChange: `缓存检验${n}`,
            channel: 'ONLINE',
            idempotencyKey: `lookups-${n++}`,
          },
        },
        tokens.collector,
      );
    expect((await submit()).errors).toBeUndefined();
    expect((await submit()).errors).toBeUndefined();

    const assignments = t.db.getRepository(AssignmentEntity);
    const active = await assignments.findBy({ taskId, active: true });
    await t.db.transaction((em) => em.update(AssignmentEntity, { taskId }, { active: false }));
    // Its assignment withdrawn, the collector is told the task was not given to them (it was sent to their point).
    expect(errorOf(await submit()).reason).toBe('NOT_ASSIGNED');
    await assignments.update({ taskId }, { active: true });
    expect((await submit()).errors).toBeUndefined();
    expect(active.length).toBeGreaterThan(0);

    const pointTasks = t.db.getRepository(PointTaskEntity);
    const { state } = await pointTasks.findOneByOrFail({ taskId, contactPointId: pointId });
    await t.db.transaction((em) =>
      em.update(
        PointTaskEntity,
        { taskId, contactPointId: pointId },
        { state: PointTaskState.CONSOLIDATING },
      ),
    );
    expect(errorOf(await submit())).toMatchObject({ code: 'CONFLICT', reason: 'COLLECTION_CLOSED' });
    await pointTasks.update({ taskId, contactPointId: pointId }, { state });
    expect((await submit()).errors).toBeUndefined();
  });
});

describe('the demo', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('holds opinions from several channels on both drafts, and a search for 养犬 finds them', async () => {
    const head = await t.login('head');
    const tasks = await t.gql<{
      consultationTasks: { edges: Array<{ node: { id: string; title: string } }> };
    }>('{ consultationTasks(first: 20) { edges { node { id title } } } }', {}, head);
    const dog = tasks.data!.consultationTasks.edges.find((e) => e.node.title.includes('养犬'))!.node.id;
    const charity = tasks.data!.consultationTasks.edges.find((e) => e.node.title.includes('慈善'))!.node.id;
    const list = await t.gql<{
      opinions: {
        totalCount: number;
        edges: Array<{ node: { channel: string; receiptNumber: string; createdAt: string } }>;
      };
    }>(
      'query($t: ID!) { opinions(taskId: $t, first: 50) { totalCount edges { node { channel receiptNumber createdAt } } } }',
      { t: dog },
      head,
    );
    const channels = new Set(list.data!.opinions.edges.map((e) => e.node.channel));
    expect(channels.size).toBeGreaterThanOrEqual(5);
    // Receipts open with the year and month they were recorded in: the open round's last days (yymm).
    const months = new Set(
      Array.from({ length: 12 }, (_, d) =>
        chinaDate(new Date(Date.now() - d * 24 * 3600_000))
          .slice(2, 7)
          .replace('-', ''),
      ),
    );
    expect(list.data!.opinions.edges.every((e) => months.has(e.node.receiptNumber.slice(0, 4)))).toBe(true);
    expect(
      (
        await t.gql<{ opinions: { totalCount: number } }>(
          'query($t: ID!) { opinions(taskId: $t, first: 1) { totalCount } }',
          { t: charity },
          head,
        )
      ).data!.opinions.totalCount,
    ).toBeGreaterThan(0);
    const found = await t.gql<{ searchOpinions: { totalCount: number } }>(
      'query($t: ID!) { searchOpinions(taskId: $t, query: "养犬", first: 5) { totalCount } }',
      { t: dog },
      head,
    );
    expect(found.data!.searchOpinions.totalCount).toBeGreaterThan(0);
  });

  it('accepts nothing more on the 2022 round, consolidated and submitted long ago', async () => {
    const collector = await t.login('collector');
    const tasks = await t.gql<{
      consultationTasks: { edges: Array<{ node: { id: string; title: string } }> };
    }>('{ consultationTasks(first: 20) { edges { node { id title } } } }', {}, collector);
    const dog = tasks.data!.consultationTasks.edges.find(
      (e) => e.node.title.includes('养犬') && !e.node.title.startsWith('关于再次征求'),
    )!.node.id;
    const before = await t.db.getRepository(OpinionEntity).count();
    const late = await t.gql(
      SUBMIT,
      { input: { taskId: dog, provisionAddress: 'art_9', proposedChange: '迟到的意见', channel: 'VISIT' } },
      collector,
    );
    // The point submitted that round's table on its deadline day: collection there is closed.
    expect(errorOf(late)).toMatchObject({ code: 'CONFLICT', reason: 'COLLECTION_CLOSED' });
    expect(await t.db.getRepository(OpinionEntity).count()).toBe(before);
  });
});

describe('the opinion spreadsheet', () => {
  let t: TestApp;
  let collector: string;
  let taskId: string;

  beforeAll(async () => {
    t = await startTestApp();
    collector = await t.login('collector');
    const tasks = await t.gql<{
      consultationTasks: { edges: Array<{ node: { id: string; title: string } }> };
    }>('{ consultationTasks(first: 20) { edges { node { id title } } } }', {}, collector);
    taskId = tasks.data!.consultationTasks.edges.find((e) => e.node.title.includes('养犬'))!.node.id;
    // The demo's open round closes in two weeks: extend it past any run of this test.
    const legislature = await t.login('legislature');
    const point = (
      await t.gql<{ contactPoints: { edges: Array<{ node: { id: string } }> } }>(
        '{ contactPoints(first: 1) { edges { node { id } } } }',
        {},
        collector,
      )
    ).data!.contactPoints.edges[0].node.id;
    await t.gql(
      'mutation($i: ExtendDeadlineInput!) { extendTaskDeadline(input: $i) { id } }',
      // Within the named reach of an extension (MAX_EXTENSION_DAYS from today).
      {
        i: {
          taskId,
          contactPointId: point,
          deadline: new Date(Date.now() + 300 * 86_400_000).toISOString(),
          reason: '测试',
        },
      },
      legislature,
    );
  });
  afterAll(() => t.close());

  it('downloads a template with drop-downs, and imports the valid rows of a filled sheet, reporting the others by row and column', async () => {
    const download = await t.download(`/files/tasks/${taskId}/opinion-template.xlsx`, collector);
    expect(download.status).toBe(200);
    expect(download.contentType).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download.body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet('意见')!;
    const headers = (sheet.getRow(1).values as Array<string | undefined>).map((v) =>
      String(v ?? '').replace(/（.*）/, ''),
    );
    const col = (name: string) => headers.indexOf(name);
    const fill = (rowNumber: number, values: Record<string, string | number>) => {
      const row = sheet.getRow(rowNumber);
      for (const [name, value] of Object.entries(values)) row.getCell(col(name)).value = value;
      row.commit();
    };
    fill(2, {
      条款: '第十三条第一款第（一）项',
      修改意见: '建议规定犬链的最长长度',
      理由: '便于执行',
      征集方式: '座谈会',
      代表人数: 12,
    });
    fill(3, { 条款: '总体意见', 修改意见: '赞成出台条例', 征集方式: '问卷' });
    fill(4, { 条款: '第十三条第一款第（一）项', 修改意见: '', 征集方式: '座谈会' });
    fill(5, { 条款: '第九十九条', 修改意见: '条款不存在', 征集方式: '座谈会' });
    fill(6, { 条款: '第九条第一款', 修改意见: '征集方式写错', 征集方式: '电报' });
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    const before = await t.db.getRepository(OpinionEntity).count();
    const res = await t.gql<{
      importOpinions: {
        imported: number;
        totalRows: number;
        receiptNumbers: string[];
        errors: Array<{ row: number; column: string; code: string }>;
      };
    }>(
      'mutation($i: ImportOpinionsInput!) { importOpinions(input: $i) { imported totalRows receiptNumbers errors { row column code message } } }',
      { i: { taskId, fileBase64: filled.toString('base64') } },
      collector,
    );
    expect(res.errors).toBeUndefined();
    const result = res.data!.importOpinions;
    expect(result).toMatchObject({ imported: 2, totalRows: 5 });
    expect(result.receiptNumbers).toHaveLength(2);
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [4, '修改意见', 'REQUIRED'],
      [5, '条款', 'UNKNOWN_PROVISION'],
      [6, '征集方式', 'UNKNOWN_CHOICE'],
    ]);
    expect(await t.db.getRepository(OpinionEntity).count()).toBe(before + 2);
  });

  it('gives the template only to someone the task was distributed to', async () => {
    const path = `/files/tasks/${taskId}/opinion-template.xlsx`;
    const anonymous = await request(t.app.getHttpServer()).get(path);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const legislature = await request(t.app.getHttpServer())
      .get(path)
      .set('authorization', `Bearer ${await t.login('legislature')}`);
    expect(legislature.status).toBe(403);
    expect(legislature.body.errors[0].extensions.reason).toBe('PERMISSION_DENIED');
  });

  it('refuses a file that is not a spreadsheet, writing nothing', async () => {
    const before = await t.db.getRepository(OpinionEntity).count();
    const res = await t.gql(
      'mutation($i: ImportOpinionsInput!) { importOpinions(input: $i) { imported } }',
      { i: { taskId, fileBase64: Buffer.from('不是表格').toString('base64') } },
      collector,
    );
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_XLSX' });
    expect(await t.db.getRepository(OpinionEntity).count()).toBe(before);
  });
});
