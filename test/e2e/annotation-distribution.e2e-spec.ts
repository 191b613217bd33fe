import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { distributeToExpert, errorOf, must, startTestApp, type TestApp } from '../support/test-app.js';
import { FAR_DEADLINE } from '../support/dates.js';

/**
 * An expert annotates — and reads the annotations of — only what the point distributed to them (分发): the tasks given
 * to them, and within a task the provisions of their assignment, as opinions are bound (attack notes F7). The executing
 * body annotates and reads the whole draft of every task its point received.
 */
const DRAFT = `某市测试条例（草案）
第一条　为了规范管理，制定本条例。
第二条　养犬人应当为犬只办理登记。
第三条　携犬出户时应当束犬链。
`;
const CREATE = 'mutation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id provisionAddress } }';
const LIST = 'query($t: ID!) { annotations(taskId: $t) { id provisionAddress note } }';
const REPLY = 'mutation($i: ReplyToAnnotationInput!) { replyToAnnotation(input: $i) { id } }';

describe('expert annotations follow the distribution', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let pointId: string;
  /** Distributed to the expert: 第二条 only. */
  let given: string;
  /** Sent to the point, never distributed to the expert. */
  let notGiven: string;

  const note = (taskId: string, provisionAddress: string, text: string, token: string) =>
    t.gql<{ createAnnotation: { id: string } }>(
      CREATE,
      { i: { taskId, provisionAddress, start: 0, end: 2, note: text } },
      token,
    );
  const list = async (taskId: string, token: string) =>
    must(
      await t.gql<{ annotations: Array<{ id: string; provisionAddress: string; note: string }> }>(
        LIST,
        { t: taskId },
        token,
      ),
    ).annotations;

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['legislature', 'head', 'liaison', 'expert']) tokens[user] = await t.login(user);
    const legislatureId = must(
      await t.gql<{ legislatures: { edges: Array<{ node: { id: string } }> } }>(
        '{ legislatures(first: 1) { edges { node { id } } } }',
        {},
        tokens.legislature,
      ),
    ).legislatures.edges[0].node.id;
    pointId = must(
      await t.gql<{ contactPoints: { edges: Array<{ node: { id: string } }> } }>(
        '{ contactPoints(first: 1) { edges { node { id } } } }',
        {},
        tokens.head,
      ),
    ).contactPoints.edges[0].node.id;
    const draftId = must(
      await t.gql<{ createDraft: { id: string } }>(
        'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
        { i: { legislatureId, title: '某市测试条例（草案）' } },
        tokens.legislature,
      ),
    ).createDraft.id;
    const versionId = must(
      await t.gql<{ addDraftVersion: { id: string } }>(
        'mutation($i: AddDraftVersionInput!) { addDraftVersion(input: $i) { id } }',
        { i: { draftId, stage: 'SOLICITATION', text: DRAFT } },
        tokens.legislature,
      ),
    ).addDraftVersion.id;
    const issue = async (title: string) => {
      const id = must(
        await t.gql<{ createConsultationTask: { id: string } }>(
          'mutation($i: CreateConsultationTaskInput!) { createConsultationTask(input: $i) { id } }',
          {
            i: {
              draftVersionId: versionId,
              title,
              noticeText: '请提意见',
              deadline: FAR_DEADLINE,
              contactPointIds: [pointId],
            },
          },
          tokens.legislature,
        ),
      ).createConsultationTask.id;
      must(await t.gql(`mutation { issueConsultationTask(id: "${id}") { id } }`, {}, tokens.legislature));
      return id;
    };
    given = await issue('分发给专家的任务');
    notGiven = await issue('未分发给专家的任务');
    await distributeToExpert(t, {
      taskId: given,
      pointId,
      headToken: tokens.head,
      provisionAddresses: ['art_2'],
    });
  });
  afterAll(() => t.close());

  it('refuses an expert a task not distributed to them: no annotating, no reading', async () => {
    // Not distributed to the expert, though sent to their point: they are told so (outside the point: TASK_NOT_FOUND).
    const created = errorOf(await note(notGiven, 'art_1__para_1', '未分发给我的任务上的批注', tokens.expert));
    expect(created).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ASSIGNED' });
    expect(created.message).toBe('该任务没有分发给您，不能批注或查看批注');
    expect(errorOf(await t.gql(LIST, { t: notGiven }, tokens.expert))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_ASSIGNED',
    });
    // The executing body annotates and reads it: the whole draft of every task its point received.
    expect((await note(notGiven, 'art_3__para_1', '执行机构的批注', tokens.liaison)).errors).toBeUndefined();
    expect((await list(notGiven, tokens.head)).map((a) => a.note)).toEqual(['执行机构的批注']);
  });

  it('keeps an expert to the provisions of their assignment, writing, reading and replying', async () => {
    const outside = errorOf(await note(given, 'art_1__para_1', '第一条不是分给我的', tokens.expert));
    expect(outside).toMatchObject({ code: 'FORBIDDEN', reason: 'PROVISION_NOT_ASSIGNED' });
    expect(outside.message).toBe('该条文不在分配给您的范围内，不能批注');
    const mine = await note(given, 'art_2__para_1', '第二条的专家批注', tokens.expert);
    expect(mine.errors).toBeUndefined();

    const heads = await note(given, 'art_1__para_1', '点长在第一条的批注', tokens.head);
    expect(heads.errors).toBeUndefined();
    // Both, whatever their order: the test clock may give them the same instant, and ties go by id.
    expect((await list(given, tokens.head)).map((a) => a.note).sort()).toEqual([
      '点长在第一条的批注',
      '第二条的专家批注',
    ]);
    // The expert reads the threads on 第二条 only, and cannot answer one elsewhere.
    expect((await list(given, tokens.expert)).map((a) => a.note)).toEqual(['第二条的专家批注']);
    const filtered = must(
      await t.gql<{ annotations: unknown[] }>(
        'query($t: ID!, $p: String) { annotations(taskId: $t, provisionAddress: $p) { id } }',
        { t: given, p: 'art_1__para_1' },
        tokens.expert,
      ),
    );
    expect(filtered.annotations).toEqual([]);
    expect(
      errorOf(
        await t.gql(
          REPLY,
          { i: { parentId: heads.data!.createAnnotation.id, note: '越界回复' } },
          tokens.expert,
        ),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      (await t.gql(REPLY, { i: { parentId: mine.data!.createAnnotation.id, note: '补充' } }, tokens.expert))
        .errors,
    ).toBeUndefined();
    // Nor can the author move the annotation onto other words outside the assignment (重新选择原文).
    const UPDATE =
      'mutation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { provisionAddress } }';
    const moved = (provisionAddress: string) =>
      t.gql<{ updateAnnotation: { provisionAddress: string } }>(
        UPDATE,
        { i: { id: mine.data!.createAnnotation.id, provisionAddress, start: 0, end: 3 } },
        tokens.expert,
      );
    expect(errorOf(await moved('art_1__para_1'))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PROVISION_NOT_ASSIGNED',
    });
    expect(must(await moved('art_2__para_1')).updateAnnotation.provisionAddress).toBe('art_2__para_1');
  });
});
