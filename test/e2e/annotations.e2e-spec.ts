import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SuggestionSourceEntity } from '@app/consolidation/entities';
import { ANNOTATION_LIMITS } from '@app/feedback';
import { AnnotationEntity, AnnotationRevisionEntity } from '@app/feedback/entities';
import { JobService } from '@app/jobs';
import { JobEntity } from '@app/jobs/entities';
import { JOB, JOB_FIELDS, pollJob, type JobView } from '../support/jobs.js';
import { distributeToExpert, errorOf, startTestApp, type TestApp } from '../support/test-app.js';
import { FAR_DEADLINE } from '../support/dates.js';

const V1 = `某市测试条例（草案）
第一条　为了规范管理，制定本条例。
第二条　养犬人应当为犬只办理登记。
第三条　携犬出户时应当束犬链。
`;
const V2 = `某市测试条例（草案）
第一条　为了规范管理，制定本条例。
第二条　本市实行养犬登记制度。
第三条　养犬人应当为犬只办理登记。
第四条　携犬出户时应当束犬链，并即时清除粪便。
`;

describe('expert annotations', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let taskId: string;
  let draftId: string;
  let pointId: string;

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['legislature', 'head', 'expert', 'collector']) tokens[user] = await t.login(user);
    const legislatureId = (
      await t.gql<{ legislatures: { edges: Array<{ node: { id: string } }> } }>(
        '{ legislatures(first: 1) { edges { node { id } } } }',
        {},
        tokens.legislature,
      )
    ).data!.legislatures.edges[0].node.id;
    pointId = (
      await t.gql<{ contactPoints: { edges: Array<{ node: { id: string } }> } }>(
        '{ contactPoints(first: 1) { edges { node { id } } } }',
        {},
        tokens.head,
      )
    ).data!.contactPoints.edges[0].node.id;
    draftId = (
      await t.gql<{ createDraft: { id: string } }>(
        'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
        { i: { legislatureId, title: '某市测试条例（草案）' } },
        tokens.legislature,
      )
    ).data!.createDraft.id;
    const versionId = (
      await t.gql<{ addDraftVersion: { id: string } }>(
        'mutation($i: AddDraftVersionInput!) { addDraftVersion(input: $i) { id } }',
        { i: { draftId, stage: 'SOLICITATION', text: V1 } },
        tokens.legislature,
      )
    ).data!.addDraftVersion.id;
    taskId = (
      await t.gql<{ createConsultationTask: { id: string } }>(
        'mutation($i: CreateConsultationTaskInput!) { createConsultationTask(input: $i) { id } }',
        {
          i: {
            draftVersionId: versionId,
            title: '测试',
            noticeText: '请提意见',
            deadline: FAR_DEADLINE,
            contactPointIds: [pointId],
          },
        },
        tokens.legislature,
      )
    ).data!.createConsultationTask.id;
    await t.gql(`mutation { issueConsultationTask(id: "${taskId}") { id } }`, {}, tokens.legislature);
    // The whole draft to the expert: an expert annotates only what was distributed to them.
    await distributeToExpert(t, { taskId, pointId, headToken: tokens.head });
  });
  afterAll(() => t.close());

  it('anchors a selected passage, keeps a thread, and stays within the team', async () => {
    // 第二条 养犬人应当为犬只办理登记。 — select 办理登记 (characters 8–12 of the paragraph's text).
    const paragraph = '养犬人应当为犬只办理登记。';
    const start = paragraph.indexOf('办理登记');
    const created = await t.gql<{ createAnnotation: { id: string; quote: string; anchorStatus: string } }>(
      'mutation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id quote anchorStatus } }',
      {
        i: {
          taskId,
          provisionAddress: 'art_2__para_1',
          start,
          end: start + 4,
          note: '建议写明登记机关',
          legalBasis: '《中华人民共和国动物防疫法》第三十条',
        },
      },
      tokens.expert,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createAnnotation).toMatchObject({ quote: '办理登记', anchorStatus: 'ANCHORED' });
    const id = created.data!.createAnnotation.id;
    await t.gql(
      'mutation($i: ReplyToAnnotationInput!) { replyToAnnotation(input: $i) { id } }',
      { i: { parentId: id, note: '同意，建议写明公安派出所' } },
      tokens.head,
    );
    const list = await t.gql<{ annotations: Array<{ note: string; replies: Array<{ note: string }> }> }>(
      'query($t: ID!) { annotations(taskId: $t) { note replies { note } } }',
      { t: taskId },
      tokens.expert,
    );
    expect(list.data!.annotations).toEqual([
      { note: '建议写明登记机关', replies: [{ note: '同意，建议写明公安派出所' }] },
    ]);
    expect(
      errorOf(
        await t.gql('query($t: ID!) { annotations(taskId: $t) { id } }', { t: taskId }, tokens.collector),
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      errorOf(
        await t.gql('query($t: ID!) { annotations(taskId: $t) { id } }', { t: taskId }, tokens.legislature),
      ).code,
    ).toBe('FORBIDDEN');
    const bad = await t.gql(
      'mutation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }',
      { i: { taskId, provisionAddress: 'art_2__para_1', start: 5, end: 99, note: 'x' } },
      tokens.expert,
    );
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_SELECTION' });
  });

  it('re-places annotations on a new version: renumbered text is MOVED, rewritten text is ORPHANED', async () => {
    const chainStart = '携犬出户时应当束犬链。'.indexOf('束犬链');
    await t.gql(
      'mutation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }',
      { i: { taskId, provisionAddress: 'art_1__para_1', start: 0, end: 4, note: '第一条表述可以' } },
      tokens.expert,
    );
    await t.gql(
      'mutation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }',
      {
        i: {
          taskId,
          provisionAddress: 'art_3__para_1',
          start: chainStart,
          end: chainStart + 3,
          note: '犬链长度应明确',
        },
      },
      tokens.expert,
    );
    const v2 = await t.gql<{ addDraftVersion: { id: string } }>(
      'mutation($i: AddDraftVersionInput!) { addDraftVersion(input: $i) { id } }',
      { i: { draftId, stage: 'FIRST_READING', text: V2 } },
      tokens.legislature,
    );
    const summary = await t.gql<{
      reanchorAnnotations: { anchored: number; moved: number; orphaned: number };
    }>(
      'mutation($i: ReanchorAnnotationsInput!) { reanchorAnnotations(input: $i) { anchored moved orphaned } }',
      { i: { taskId, toVersionId: v2.data!.addDraftVersion.id } },
      tokens.head,
    );
    expect(summary.errors).toBeUndefined();
    const list = await t.gql<{
      annotations: Array<{ note: string; provisionAddress: string; anchorStatus: string; quote: string }>;
    }>(
      'query($t: ID!) { annotations(taskId: $t) { note provisionAddress anchorStatus quote } }',
      { t: taskId },
      tokens.expert,
    );
    const byNote = Object.fromEntries(list.data!.annotations.map((a) => [a.note, a]));
    expect(byNote['第一条表述可以']).toMatchObject({
      anchorStatus: 'ANCHORED',
      provisionAddress: 'art_1__para_1',
    });
    expect(byNote['建议写明登记机关']).toMatchObject({
      anchorStatus: 'MOVED',
      provisionAddress: 'art_3__para_1',
    });
    expect(byNote['犬链长度应明确']).toMatchObject({
      anchorStatus: 'MOVED',
      provisionAddress: 'art_4__para_1',
    });
    expect(summary.data!.reanchorAnnotations).toEqual({ anchored: 1, moved: 2, orphaned: 0 });
    expect(
      errorOf(
        await t.gql(
          'mutation($i: ReanchorAnnotationsInput!) { reanchorAnnotations(input: $i) { moved } }',
          { i: { taskId, toVersionId: v2.data!.addDraftVersion.id } },
          tokens.expert,
        ),
      ).code,
    ).toBe('FORBIDDEN');
  });
  it('lets the author correct and withdraw an annotation until consolidation starts, keeping its history', async () => {
    const text = '携犬出户时应当束犬链。';
    const FIELDS =
      'id quote startOffset endOffset note proposedWording status revision revisions { revision action snapshot }';
    type Annotation = {
      id: string;
      quote: string;
      note: string;
      proposedWording: string | null;
      status: string;
      revision: number;
      revisions: Array<{ revision: number; action: string; snapshot: string }>;
    };
    const UPDATE = `mutation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { ${FIELDS} } }`;
    const WITHDRAW = `mutation($i: WithdrawAnnotationInput!) { withdrawAnnotation(input: $i) { ${FIELDS} } }`;
    // A mistyped selection: 出户时 instead of 束犬链.
    const created = await t.gql<{ createAnnotation: { id: string; quote: string } }>(
      'mutation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id quote } }',
      {
        i: {
          taskId,
          provisionAddress: 'art_3__para_1',
          start: text.indexOf('出户时'),
          end: text.indexOf('出户时') + 3,
          note: '犬链长度',
        },
      },
      tokens.expert,
    );
    const id = created.data!.createAnnotation.id;
    expect(created.data!.createAnnotation.quote).toBe('出户时');

    const start = text.indexOf('束犬链');
    const edited = await t.gql<{ updateAnnotation: Annotation }>(
      UPDATE,
      {
        i: {
          id,
          expectedRevision: 0,
          start,
          end: start + 3,
          note: '犬链长度应当明确',
          proposedWording: '携犬出户时应当束长度不超过一点五米的犬链。',
        },
      },
      tokens.expert,
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateAnnotation).toMatchObject({
      quote: '束犬链',
      note: '犬链长度应当明确',
      proposedWording: '携犬出户时应当束长度不超过一点五米的犬链。',
      status: 'ACTIVE',
      revision: 1,
    });
    expect(edited.data!.updateAnnotation.revisions).toHaveLength(1);
    expect(edited.data!.updateAnnotation.revisions[0]).toMatchObject({ revision: 1, action: 'EDIT' });
    expect(JSON.parse(edited.data!.updateAnnotation.revisions[0].snapshot)).toMatchObject({
      quote: '出户时',
      note: '犬链长度',
    });

    const refusals: Array<[string, object, string, string, object?]> = [
      ['a stale revision', { id, expectedRevision: 0, note: '覆盖' }, 'CONFLICT', 'ANNOTATION_CHANGED'],
      ['an empty note', { id, note: '  ' }, 'BAD_USER_INPUT', 'VALIDATION_FAILED'],
      ['half a selection', { id, start: 0 }, 'BAD_USER_INPUT', 'SELECTION_INCOMPLETE'],
      ['a selection past the text', { id, start: 2, end: 99 }, 'BAD_USER_INPUT', 'INVALID_SELECTION'],
      ['nothing to change', { id }, 'BAD_USER_INPUT', 'NOTHING_TO_CHANGE'],
    ];
    for (const [label, i, code, reason] of refusals)
      expect({ label, ...errorOf(await t.gql(UPDATE, { i }, tokens.expert)) }).toMatchObject({
        label,
        code,
        reason,
      });
    expect(errorOf(await t.gql(UPDATE, { i: { id, note: '点长改写' } }, tokens.head))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_AUTHOR',
    });
    expect(errorOf(await t.gql(WITHDRAW, { i: { id } }, tokens.head))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_AUTHOR',
    });
    expect(
      errorOf(
        await t.gql(
          WITHDRAW,
          { i: { id, reason: '长'.repeat(ANNOTATION_LIMITS.withdrawalReason + 1) } },
          tokens.expert,
        ),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    expect((await t.db.getRepository(AnnotationEntity).findOneByOrFail({ id })).revision).toBe(1);

    const withdrawn = await t.gql<{ withdrawAnnotation: Annotation }>(
      WITHDRAW,
      { i: { id, reason: '与第四条的批注重复' } },
      tokens.expert,
    );
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.withdrawAnnotation).toMatchObject({ status: 'WITHDRAWN', revision: 2 });
    expect(withdrawn.data!.withdrawAnnotation.revisions.map((r) => r.action)).toEqual(['EDIT', 'WITHDRAW']);
    const notes = async () =>
      (
        await t.gql<{ annotations: Array<{ note: string }> }>(
          'query($t: ID!) { annotations(taskId: $t) { note } }',
          { t: taskId },
          tokens.head,
        )
      ).data!.annotations.map((a) => a.note);
    expect(await notes()).not.toContain('犬链长度应当明确');
    expect(await notes()).toContain('犬链长度应明确');
    // Its history stays: the row and every earlier state.
    expect(await t.db.getRepository(AnnotationEntity).findOneByOrFail({ id })).toMatchObject({
      status: 'WITHDRAWN',
      statusReason: '与第四条的批注重复',
    });
    expect(await t.db.getRepository(AnnotationRevisionEntity).countBy({ annotationId: id })).toBe(2);
    expect(errorOf(await t.gql(UPDATE, { i: { id, note: '再改' } }, tokens.expert))).toMatchObject({
      code: 'CONFLICT',
      reason: 'ANNOTATION_NOT_ACTIVE',
    });

    // The consolidation's first draft takes every active annotation, and not the withdrawn one; its confirmation
    // counts them first (counts.unaccountedAnnotations), and none is left after.
    const annotationsLeft = async () =>
      (
        await t.gql<{ consolidation: { counts: { unaccountedAnnotations: number } } }>(
          'query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { counts { unaccountedAnnotations } } }',
          { t: taskId, p: pointId },
          tokens.head,
        )
      ).data!.consolidation.counts.unaccountedAnnotations;
    const left = await annotationsLeft();
    expect(left).toBe((await notes()).length);
    const drafted = await t.gql<{ draftSuggestions: { annotations: number } }>(
      'mutation($i: PointTaskRefInput!) { draftSuggestions(input: $i) { annotations } }',
      { i: { taskId, contactPointId: pointId } },
      tokens.head,
    );
    expect(drafted.errors).toBeUndefined();
    expect(drafted.data!.draftSuggestions.annotations).toBe((await notes()).length);
    expect(drafted.data!.draftSuggestions.annotations).toBe(left);
    expect(await annotationsLeft()).toBe(0);
    expect(await t.db.getRepository(SuggestionSourceEntity).countBy({ sourceId: id })).toBe(0);

    // Once the point consolidates, annotations are fixed like opinions.
    const kept = (
      await t.gql<{ annotations: Array<{ id: string; note: string }> }>(
        'query($t: ID!) { annotations(taskId: $t) { id note } }',
        { t: taskId },
        tokens.expert,
      )
    ).data!.annotations.find((a) => a.note === '犬链长度应明确')!.id;
    // (已分发 since the set-up distributed the task to the expert.)
    for (const to of ['COLLECTING', 'CONSOLIDATING'])
      expect(
        (
          await t.gql(
            'mutation($i: TransitionPointTaskInput!) { transitionPointTask(input: $i) { state } }',
            { i: { taskId, contactPointId: pointId, to } },
            tokens.head,
          )
        ).errors,
      ).toBeUndefined();
    for (const [document, i] of [
      [UPDATE, { id: kept, note: '汇总开始后再改' }],
      [WITHDRAW, { id: kept }],
    ] as const)
      expect(errorOf(await t.gql(document, { i }, tokens.expert))).toMatchObject({
        code: 'CONFLICT',
        reason: 'CONSOLIDATION_STARTED',
      });
  });

  it('re-places annotations as a job: the same placements, seen only by the point’s executives, a retry leaves them', async () => {
    // A third version with the first version's wording: the renumbered articles move back.
    const v3 = await t.gql<{ addDraftVersion: { id: string } }>(
      'mutation($i: AddDraftVersionInput!) { addDraftVersion(input: $i) { id } }',
      { i: { draftId, stage: 'SECOND_READING', text: V1 } },
      tokens.legislature,
    );
    const i = { taskId, toVersionId: v3.data!.addDraftVersion.id };
    const started = await t.gql<{ startAnnotationReanchor: JobView }>(
      `mutation($i: ReanchorAnnotationsInput!) { startAnnotationReanchor(input: $i) { ${JOB_FIELDS} } }`,
      { i },
      tokens.head,
    );
    expect(started.errors).toBeUndefined();
    const job = started.data!.startAnnotationReanchor;
    expect(job.kind).toBe('feedback.reanchorAnnotations');
    const done = (await pollJob((q, v) => t.gql(q, v, tokens.head), job.id)).at(-1)!;
    expect(done).toMatchObject({ state: 'SUCCEEDED', progress: 100, attempts: 1 });
    const placed = async () =>
      (
        await t.gql<{
          annotations: Array<{ note: string; provisionAddress: string; anchorStatus: string; quote: string }>;
        }>(
          'query($t: ID!) { annotations(taskId: $t) { note provisionAddress anchorStatus quote } }',
          { t: taskId },
          tokens.expert,
        )
      ).data!.annotations;
    const after = await placed();
    const byNote = Object.fromEntries(after.map((a) => [a.note, a]));
    expect(byNote['第一条表述可以']).toMatchObject({
      anchorStatus: 'ANCHORED',
      provisionAddress: 'art_1__para_1',
    });
    expect(byNote['建议写明登记机关']).toMatchObject({
      anchorStatus: 'MOVED',
      provisionAddress: 'art_2__para_1',
    });
    expect(byNote['犬链长度应明确']).toMatchObject({
      anchorStatus: 'MOVED',
      provisionAddress: 'art_3__para_1',
    });
    const n = (status: string) => after.filter((a) => a.anchorStatus === status).length;
    expect(done.summary).toBe(
      `批注重新定位完成：原位 ${n('ANCHORED')} 条，随条文移动 ${n('MOVED')} 条，未能定位 ${n('ORPHANED')} 条`,
    );
    for (const user of ['expert', 'collector', 'legislature'])
      expect(errorOf(await t.gql(JOB, { id: job.id }, tokens[user])).reason).toBe('JOB_NOT_FOUND');

    // Its worker died after the placements committed: the retry leaves them as placed (MOVED stays MOVED).
    const repo = t.db.getRepository(JobEntity);
    const row = await repo.findOneByOrFail({ id: job.id });
    await repo.update(
      { id: job.id },
      {
        state: 'running',
        progress: 40,
        worker: 'dead-instance',
        finishedAt: null,
        activeKey: `${row.kind}:${row.subjectId}:retry`,
        heartbeatAt: new Date(Date.now() - 10 * 60_000),
      },
    );
    expect(await t.app.get(JobService).run(job.id)).toBe('done');
    const retried = (await t.gql<{ job: JobView }>(JOB, { id: job.id }, tokens.head)).data!.job;
    expect(retried).toMatchObject({ state: 'SUCCEEDED', attempts: 2, summary: done.summary });
    expect(await placed()).toEqual(after);
  });
});
