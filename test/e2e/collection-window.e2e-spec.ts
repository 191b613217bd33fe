// The consultation's window holds for every mutation that adds or changes collected material, not only submitOpinion:
// once the deadline (extensions included) has passed, or the point has started consolidating, or its table went to the
// legislature, new and changed opinions, annotations, replies and activities are refused with submitOpinion's codes
// (DEADLINE_PASSED, COLLECTION_CLOSED) and nothing is stored. What only takes material out — withdrawing an opinion or
// an annotation — stays allowed until consolidation starts; the executing body may still enter an activity held in time
// until it submits its table (attack notes F3, F6).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chinaDate } from '@app/common';
import { ConsultationTaskEntity, PointTaskEntity } from '@app/consultation/entities';
import { AnnotationEntity, CollectionActivityEntity, OpinionEntity } from '@app/feedback/entities';
import { demoTaskRefs, errorOf, must, startTestApp, type TestApp } from '../support/test-app.js';

type Gql = { query: string; variables: Record<string, unknown>; as: 'collector' | 'expert' | 'head' };
/** A mutation's refusal, whether as the GraphQL error or (submitOpinions) as the batch item's error. */
type Refusal = { reason?: string; message: string };

const SUBMIT = 'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { opinion { id } } }';
const BATCH =
  'mutation($i: SubmitOpinionsInput!) { submitOpinions(input: $i) { ok error { code reason message } } }';
const IMPORT = 'mutation($i: ImportOpinionsInput!) { importOpinions(input: $i) { imported } }';
const UPDATE_OPINION =
  'mutation($i: UpdateOpinionInput!) { updateOpinion(input: $i) { proposedChange peopleRepresented } }';
const WITHDRAW_OPINION = 'mutation($i: OpinionStatusInput!) { withdrawOpinion(input: $i) { status } }';
const ANNOTATE = 'mutation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }';
const REPLY = 'mutation($i: ReplyToAnnotationInput!) { replyToAnnotation(input: $i) { id } }';
const UPDATE_ANNOTATION = 'mutation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { note } }';
const WITHDRAW_ANNOTATION =
  'mutation($i: WithdrawAnnotationInput!) { withdrawAnnotation(input: $i) { status } }';
const RECORD = 'mutation($i: RecordActivityInput!) { recordCollectionActivity(input: $i) { id heldOn } }';

describe("the consultation's window, for every mutation that adds or changes collected material", () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let taskId: string;
  let pointId: string;
  let oldDogTaskId: string;
  let opinionId: string;
  let toWithdrawId: string;
  let annotationId: string;
  let annotationToWithdrawId: string;
  let deadline: Date;
  let extended: Date | null;
  // The passed deadline the late tests set (a minute before they run), read once: activities are dated on its day. Dated
  // from the clock instead, a run in the minute after Beijing midnight (16:00 UTC) sent the next day, refused for its
  // date (DATE_AFTER_DEADLINE) before its lateness was looked at, and a run crossing midnight between tests did too.
  let closedAt: Date;

  const run = (g: Gql) => t.gql<Record<string, unknown>>(g.query, g.variables, tokens[g.as]);
  const opinion = (key: string, proposedChange = '建议第十三条明确犬链长度的测量方法。') => ({
    taskId,
    idempotencyKey: key,
    provisionAddress: 'art_13',
    proposedChange,
    channel: 'VISIT',
    peopleRepresented: 1,
  });
  const annotation = (task: string, note: string) => ({
    taskId: task,
    provisionAddress: 'art_21',
    start: 0,
    end: 4,
    note,
  });
  const activity = (task: string, heldOn: string, title = '截止后补登的座谈会') => ({
    taskId: task,
    channel: 'FORUM',
    title,
    heldOn,
    participants: 12,
  });

  /** Every mutation that adds or changes collected material, as its caller would send it. */
  const material = (): Array<[string, Gql]> => [
    ['submitOpinion', { query: SUBMIT, variables: { i: opinion('window-late-1') }, as: 'collector' }],
    [
      'submitOpinions',
      { query: BATCH, variables: { i: { items: [opinion('window-late-2')] } }, as: 'collector' },
    ],
    [
      'importOpinions',
      {
        query: IMPORT,
        variables: { i: { taskId, fileBase64: Buffer.from('not read').toString('base64') } },
        as: 'collector',
      },
    ],
    [
      'updateOpinion',
      {
        query: UPDATE_OPINION,
        variables: {
          i: { id: opinionId, proposedChange: '截止后整条改写：建议删除第一条', peopleRepresented: 9000 },
        },
        as: 'collector',
      },
    ],
    [
      'createAnnotation',
      { query: ANNOTATE, variables: { i: annotation(taskId, '截止后的新批注') }, as: 'expert' },
    ],
    [
      'replyToAnnotation',
      { query: REPLY, variables: { i: { parentId: annotationId, note: '截止后的回复' } }, as: 'head' },
    ],
    [
      'updateAnnotation',
      {
        query: UPDATE_ANNOTATION,
        variables: { i: { id: annotationId, note: '截止后改写的批注' } },
        as: 'expert',
      },
    ],
    [
      'recordCollectionActivity',
      { query: RECORD, variables: { i: activity(taskId, chinaDate(closedAt)) }, as: 'collector' },
    ],
  ];

  const refusalOf = (name: string, result: Awaited<ReturnType<typeof run>>): Refusal => {
    if (name !== 'submitOpinions') return errorOf(result);
    const [item] = must(result).submitOpinions as Array<{ ok: boolean; error: Refusal | null }>;
    expect(item.ok).toBe(false);
    return item.error!;
  };

  /** What the window guards, to show that a refusal stored nothing. */
  const stored = async () => ({
    opinions: await t.db.getRepository(OpinionEntity).countBy({ taskId }),
    opinion: await t.db.getRepository(OpinionEntity).findOneOrFail({
      where: { id: opinionId },
      select: { proposedChange: true, peopleRepresented: true, revision: true },
    }),
    annotations: await t.db.getRepository(AnnotationEntity).countBy({ taskId }),
    annotation: (await t.db.getRepository(AnnotationEntity).findOneByOrFail({ id: annotationId })).note,
    activities: await t.db.getRepository(CollectionActivityEntity).countBy({ taskId }),
  });

  const setDeadline = async (at: Date, extendedDeadline: Date | null) => {
    await t.db.getRepository(ConsultationTaskEntity).update({ id: taskId }, { deadline: at });
    await t.db.getRepository(PointTaskEntity).update({ taskId }, { extendedDeadline });
  };

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['head', 'collector', 'expert']) tokens[user] = await t.login(user);
    ({ dogTaskId: taskId, pointId } = await demoTaskRefs(t, tokens.head));
    const tasks = must(
      await t.gql<{ consultationTasks: { edges: Array<{ node: { id: string; title: string } }> } }>(
        '{ consultationTasks(first: 50) { edges { node { id title } } } }',
        {},
        tokens.head,
      ),
    ).consultationTasks.edges.map((e) => e.node);
    // The demo's 2022 round on the same draft: submitted to the legislature long ago.
    oldDogTaskId = tasks.find((x) => x.title.includes('养犬') && x.id !== taskId)!.id;
    const task = await t.db.getRepository(ConsultationTaskEntity).findOneByOrFail({ id: taskId });
    deadline = task.deadline;
    extended = (
      await t.db.getRepository(PointTaskEntity).findOneByOrFail({ taskId, contactPointId: pointId })
    ).extendedDeadline;

    // In time: the material the late mutations would touch.
    const submitted = async (key: string) =>
      must(
        await t.gql<{ submitOpinion: { opinion: { id: string } } }>(
          SUBMIT,
          { i: opinion(key) },
          tokens.collector,
        ),
      ).submitOpinion.opinion.id;
    opinionId = await submitted('window-in-time-1');
    toWithdrawId = await submitted('window-in-time-2');
    const annotated = async (note: string) =>
      must(
        await t.gql<{ createAnnotation: { id: string } }>(
          ANNOTATE,
          { i: annotation(taskId, note) },
          tokens.expert,
        ),
      ).createAnnotation.id;
    annotationId = await annotated('第二十一条的罚款幅度与上位法不一致。');
    annotationToWithdrawId = await annotated('待撤回的批注');
    closedAt = new Date(Date.now() - 60_000);
  }, 120_000);
  afterAll(() => t.close());

  it('refuses them all once the deadline has passed, though the point still says 征集中, and stores nothing', async () => {
    await setDeadline(closedAt, null);
    const before = await stored();
    for (const [name, request] of material()) {
      const refusal = refusalOf(name, await run(request));
      expect({ name, reason: refusal.reason }).toEqual({ name, reason: 'DEADLINE_PASSED' });
      expect(refusal.message).toMatch(/^已过截止时间，/);
    }
    expect(await stored()).toEqual(before);
    expect(before.opinion).toMatchObject({
      proposedChange: '建议第十三条明确犬链长度的测量方法。',
      peopleRepresented: 1,
    });
    // The edit's refusal says what is still possible.
    expect(errorOf(await run(material().find(([n]) => n === 'updateOpinion')![1])).message).toBe(
      '已过截止时间，意见不能再修改（仍可撤回）；如需延期，请联系立法机关',
    );
  });

  it('still lets authors withdraw, and the executing body enter an activity held in time', async () => {
    expect(
      must(
        await t.gql(WITHDRAW_OPINION, { i: { id: toWithdrawId, reason: '本人要求撤回' } }, tokens.collector),
      ),
    ).toEqual({ withdrawOpinion: { status: 'WITHDRAWN' } });
    expect(
      must(await t.gql(WITHDRAW_ANNOTATION, { i: { id: annotationToWithdrawId } }, tokens.expert)),
    ).toEqual({
      withdrawAnnotation: { status: 'WITHDRAWN' },
    });
    const closedOn = chinaDate(closedAt);
    const late = await t.gql<{ recordCollectionActivity: { heldOn: string } }>(
      RECORD,
      { i: activity(taskId, closedOn, '截止当天的院坝会') },
      tokens.head,
    );
    expect(late.errors).toBeUndefined();
    expect(late.data!.recordCollectionActivity.heldOn).toBe(closedOn);
    // A collector is told whom to ask.
    expect(errorOf(await t.gql(RECORD, { i: activity(taskId, closedOn) }, tokens.collector)).message).toBe(
      '已过截止时间，不能再登记征集活动；截止前举办的活动请由执行机构补登；如需延期，请联系立法机关',
    );
  });

  it('opens again with an extension: the same rule as submitOpinion, not a second one', async () => {
    await setDeadline(closedAt, new Date(Date.now() + 86_400_000));
    const edited = await t.gql(
      UPDATE_OPINION,
      { i: { id: opinionId, peopleRepresented: 3 } },
      tokens.collector,
    );
    expect(edited.errors).toBeUndefined();
    expect(
      must(
        await t.gql(
          UPDATE_ANNOTATION,
          { i: { id: annotationId, note: '延期后补充：建议降低罚款下限。' } },
          tokens.expert,
        ),
      ),
    ).toEqual({ updateAnnotation: { note: '延期后补充：建议降低罚款下限。' } });
    await setDeadline(deadline, extended);
  });

  it("refuses new annotations, replies and collectors' activities once the point consolidates, before the deadline", async () => {
    const path = ['RECEIVED', 'DISPATCHED', 'COLLECTING', 'CONSOLIDATING'];
    const now = (
      await t.db.getRepository(PointTaskEntity).findOneByOrFail({ taskId, contactPointId: pointId })
    ).state;
    for (const to of path.slice(path.indexOf(now) + 1)) {
      must(
        await t.gql(
          `mutation($t: ID!, $p: ID!, $to: PointTaskState!) {
            transitionPointTask(input: { taskId: $t, contactPointId: $p, to: $to }) { id } }`,
          { t: taskId, p: pointId, to },
          tokens.head,
        ),
      );
    }
    const before = await stored();
    const closed = Object.fromEntries(
      await Promise.all(
        material()
          .filter(([name]) =>
            ['createAnnotation', 'replyToAnnotation', 'recordCollectionActivity'].includes(name),
          )
          .map(async ([name, request]) => [name, refusalOf(name, await run(request))] as const),
      ),
    );
    expect(closed).toEqual({
      createAnnotation: {
        code: 'CONFLICT',
        reason: 'COLLECTION_CLOSED',
        message: '本联系点已开始汇总，不再接收新的批注',
      },
      replyToAnnotation: {
        code: 'CONFLICT',
        reason: 'COLLECTION_CLOSED',
        message: '本联系点已开始汇总，批注不能再回复',
      },
      recordCollectionActivity: {
        code: 'CONFLICT',
        reason: 'COLLECTION_CLOSED',
        message: '本联系点已开始汇总，不能再登记征集活动；截止前举办的活动请由执行机构补登',
      },
    });
    expect(await stored()).toEqual(before);
    // The executing body, consolidating, enters the forum a collector held in time.
    const late = await t.gql(
      RECORD,
      { i: activity(taskId, chinaDate(new Date()), '补登的走访') },
      tokens.head,
    );
    expect(late.errors).toBeUndefined();
  });

  it('refuses them on a round whose table went to the legislature, whoever asks', async () => {
    const old = await t.db.getRepository(ConsultationTaskEntity).findOneByOrFail({ id: oldDogTaskId });
    const heldOn = chinaDate(old.deadline);
    const before = {
      annotations: await t.db.getRepository(AnnotationEntity).countBy({ taskId: oldDogTaskId }),
      activities: await t.db.getRepository(CollectionActivityEntity).countBy({ taskId: oldDogTaskId }),
    };
    const refusals = [
      errorOf(await t.gql(ANNOTATE, { i: annotation(oldDogTaskId, '报送之后的新批注') }, tokens.expert)),
      errorOf(await t.gql(RECORD, { i: activity(oldDogTaskId, heldOn) }, tokens.collector)),
      errorOf(await t.gql(RECORD, { i: activity(oldDogTaskId, heldOn) }, tokens.head)),
    ];
    expect(refusals.map((r) => r.reason)).toEqual([
      'COLLECTION_CLOSED',
      'COLLECTION_CLOSED',
      'COLLECTION_CLOSED',
    ]);
    expect(refusals[2].message).toBe('本联系点已报送汇总意见，不能再登记征集活动');
    expect({
      annotations: await t.db.getRepository(AnnotationEntity).countBy({ taskId: oldDogTaskId }),
      activities: await t.db.getRepository(CollectionActivityEntity).countBy({ taskId: oldDogTaskId }),
    }).toEqual(before);
  });
});
