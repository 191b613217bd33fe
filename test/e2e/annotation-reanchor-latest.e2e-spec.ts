import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JOB_FIELDS, pollJob, type JobView } from '../support/jobs.js';
import { AnnotatedDrafts } from '../support/annotated-drafts.js';
import { errorOf, must, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Re-placing annotations straight onto the draft's latest version (v1 → v3), and the field that names that version
 * (annotationReanchorPlan): the point's executing body (点长, 副点长, 联络员) reads it; the point's experts, its
 * units' people, the legislature, another point's executing body and an anonymous caller do not.
 */
const REST = '第一条　为了规范管理，制定本条例。\n';
const V1 = `某市测试条例（草案）
${REST}第二条　养犬人应当在取得犬只之日起十五日内，到居住地的区县公安机关办理养犬登记。
第三条　携犬出户时应当束犬链。
`;
// v2 rewords 第二条 a little; v3 rewords it a little more and inserts an article before it (renumbering both).
const V2 = V1.replace('十五日内', '三十日内');
const V3 = `某市测试条例（草案）
${REST}第二条　本市实行养犬登记制度。
第三条　养犬人应当自领取犬只之日起三十日内，到居住地的区县公安机关办理养犬登记。
第四条　携犬出户时应当束犬链。
`;
const PLAN = `query($t: ID!) { annotationReanchorPlan(taskId: $t) {
  taskId taskVersion { id label sequence } latestVersion { id sequence label stage createdAt }
  waiting { version { id label sequence } count } } }`;
const START = `mutation($i: ReanchorAnnotationsInput!) { startAnnotationReanchor(input: $i) { ${JOB_FIELDS} } }`;

type Plan = {
  annotationReanchorPlan: {
    taskId: string;
    taskVersion: { id: string; label: string; sequence: number };
    latestVersion: { id: string; sequence: number; label: string; stage: string; createdAt: string };
    waiting: Array<{ version: { id: string; label: string; sequence: number }; count: number }>;
  };
};

describe('re-anchoring annotations to the latest version', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const v: Record<'v1' | 'v2' | 'v3' | 'otherDraft', string> = { v1: '', v2: '', v3: '', otherDraft: '' };
  let taskId: string;

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['admin', 'legislature', 'head', 'deputy', 'liaison', 'expert', 'collector', 'unit'])
      tokens[user] = await t.login(user);
    const { contactPoints } = must(
      await t.gql<{
        contactPoints: { edges: Array<{ node: { id: string; name: string; legislature: { id: string } } }> };
      }>('{ contactPoints(first: 5) { edges { node { id name legislature { id } } } } }', {}, tokens.admin),
    );
    const pointA = contactPoints.edges.find((e) => e.node.name.startsWith('西南大学'))!.node;
    const pointB = contactPoints.edges.find((e) => e.node.name.includes('天生街道'))!.node;
    // Point B's executing body: the task is not sent to point B.
    must(
      await t.gql(
        'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
        {
          i: {
            username: 'b-head',
            password: 'long-enough-pw',
            displayName: 'B点点长',
            role: 'POINT_HEAD',
            organizationId: pointB.id,
          },
        },
        tokens.admin,
      ),
    );
    tokens.otherHead = await t.login('b-head', 'long-enough-pw');

    const drafts = new AnnotatedDrafts(t, {
      legislature: tokens.legislature,
      expert: tokens.expert,
      head: tokens.head,
    });
    const draftId = await drafts.createDraft(pointA.legislature.id, '某市测试条例（草案）');
    v.v1 = await drafts.addVersion(draftId, 'SOLICITATION', '征求意见稿', V1);
    const otherDraftId = await drafts.createDraft(pointA.legislature.id, '另一条例（草案）');
    v.otherDraft = await drafts.addVersion(otherDraftId, 'SOLICITATION', '另一草案征求意见稿', V1);
    taskId = await drafts.issueTask(v.v1, '测试（跨稿次定位）', [pointA.id]);
    // Three annotations on v1: unchanged words, words that drift a little in each version, and a renumbered article.
    const paragraph2 = '养犬人应当在取得犬只之日起十五日内，到居住地的区县公安机关办理养犬登记。';
    for (const [address, text, quote, note] of [
      ['art_1__para_1', '为了规范管理，制定本条例。', '规范管理', '第一条可以'],
      ['art_2__para_1', paragraph2, '在取得犬只之日起十五日内', '登记期限宜放宽'],
      ['art_3__para_1', '携犬出户时应当束犬链。', '束犬链', '犬链长度应明确'],
    ] as const)
      await drafts.annotate(taskId, address, text, quote, note);
    v.v2 = await drafts.addVersion(draftId, 'FIRST_READING', '一审稿', V2);
    v.v3 = await drafts.addVersion(draftId, 'SECOND_READING', '二审稿', V3);
  });
  afterAll(() => t.close());

  it('names the latest version to the point’s executing body, and to nobody else', async () => {
    for (const user of ['head', 'deputy', 'liaison']) {
      const res = await t.gql<Plan>(PLAN, { t: taskId }, tokens[user]);
      expect({ user, errors: res.errors }).toEqual({ user, errors: undefined });
      expect(res.data!.annotationReanchorPlan).toMatchObject({
        taskId,
        taskVersion: { id: v.v1, label: '征求意见稿', sequence: 1 },
        latestVersion: { id: v.v3, sequence: 3, label: '二审稿', stage: 'SECOND_READING' },
        waiting: [{ version: { id: v.v1, label: '征求意见稿', sequence: 1 }, count: 3 }],
      });
      expect(Number.isNaN(Date.parse(res.data!.annotationReanchorPlan.latestVersion.createdAt))).toBe(false);
    }
    const refused: Record<string, { code: string; reason?: string }> = {};
    for (const user of ['expert', 'collector', 'unit', 'legislature', 'otherHead', 'anonymous']) {
      const res = await t.gql<Plan>(PLAN, { t: taskId }, tokens[user]);
      // Nothing of the newer versions comes back to them, in data or in the message.
      expect(JSON.stringify(res)).not.toContain(v.v3);
      expect(JSON.stringify(res)).not.toContain('二审稿');
      const { code, reason } = errorOf(res);
      // Without a token there is nobody to name a reason for.
      refused[user] = user === 'anonymous' ? { code } : { code, reason };
    }
    expect(refused).toEqual({
      expert: { code: 'FORBIDDEN', reason: 'FORBIDDEN' },
      collector: { code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' },
      unit: { code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' },
      legislature: { code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' },
      // Not sent to that head's point, the task answers as a missing one.
      otherHead: { code: 'NOT_FOUND', reason: 'TASK_NOT_FOUND' },
      anonymous: { code: 'UNAUTHENTICATED' },
    });
  });

  it('re-places v1 annotations straight onto v3, and refuses a target that is not newer', async () => {
    for (const [target, code, reason] of [
      [v.v1, 'BAD_USER_INPUT', 'VERSION_NOT_NEWER'],
      // Another draft's version lies outside the point's scope: it answers as a missing one.
      [v.otherDraft, 'NOT_FOUND', 'DRAFT_VERSION_NOT_FOUND'],
    ] as const) {
      const err = errorOf(await t.gql(START, { i: { taskId, toVersionId: target } }, tokens.head));
      expect(err).toMatchObject({ code, reason });
      expect(err.message).toMatch(/[\u4e00-\u9fff]/);
    }

    const started = await t.gql<{ startAnnotationReanchor: JobView }>(
      START,
      { i: { taskId, toVersionId: v.v3 } },
      tokens.liaison,
    );
    expect(started.errors).toBeUndefined();
    const done = (
      await pollJob((q, vars) => t.gql(q, vars, tokens.liaison), started.data!.startAnnotationReanchor.id)
    ).at(-1)!;
    expect(done).toMatchObject({
      state: 'SUCCEEDED',
      summary: '批注重新定位完成：原位 1 条，随条文移动 2 条，未能定位 0 条',
    });
    const { annotations } = must(
      await t.gql<{
        annotations: Array<{
          note: string;
          draftVersionId: string;
          provisionAddress: string;
          anchorStatus: string;
          quote: string;
          anchorNote: string;
        }>;
      }>(
        'query($t: ID!) { annotations(taskId: $t) { note draftVersionId provisionAddress anchorStatus quote anchorNote } }',
        { t: taskId },
        tokens.expert,
      ),
    );
    const byNote = Object.fromEntries(annotations.map((a) => [a.note, a]));
    expect(byNote['第一条可以']).toMatchObject({
      draftVersionId: v.v3,
      anchorStatus: 'ANCHORED',
      provisionAddress: 'art_1__para_1',
      quote: '规范管理',
    });
    expect(byNote['犬链长度应明确']).toMatchObject({
      draftVersionId: v.v3,
      anchorStatus: 'MOVED',
      provisionAddress: 'art_4__para_1',
      quote: '束犬链',
    });
    // Reworded in each version beyond what one comparison accepts: followed through 一审稿.
    expect(byNote['登记期限宜放宽']).toMatchObject({
      draftVersionId: v.v3,
      anchorStatus: 'MOVED',
      provisionAddress: 'art_3__para_1',
      quote: '领取犬只之日起三十日内',
    });
    expect(byNote['登记期限宜放宽'].anchorNote).toMatch(/^经“一审稿”逐稿次定位：/);

    // Nothing waits now; and the annotations are not taken back to 一审稿, by the job or in the request.
    const plan = must(await t.gql<Plan>(PLAN, { t: taskId }, tokens.head)).annotationReanchorPlan;
    expect(plan.waiting).toEqual([]);
    expect(errorOf(await t.gql(START, { i: { taskId, toVersionId: v.v2 } }, tokens.head))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'VERSION_NOT_NEWER',
      message: '已有 3 条批注定位到更新的稿次“二审稿”，不能退回到“一审稿”',
    });
    expect(
      errorOf(
        await t.gql(
          'mutation($i: ReanchorAnnotationsInput!) { reanchorAnnotations(input: $i) { moved } }',
          { i: { taskId, toVersionId: v.v2 } },
          tokens.head,
        ),
      ).reason,
    ).toBe('VERSION_NOT_NEWER');
  });
});
