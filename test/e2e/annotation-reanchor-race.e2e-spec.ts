import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AccountService, type Actor } from '@app/identity';
import { AnnotationService } from '@app/feedback';
import { AnnotationEntity } from '../../libs/feedback/src/feedback.entities.js';
import { AnnotatedDrafts } from '../support/annotated-drafts.js';
import { errorOf, must, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Re-anchoring computes every placement first (slowly, with progress) and writes them afterwards in one transaction.
 * What changed in between is not written over: a run to an older version that commits after a run to a newer one does
 * not take the annotations back; an author's re-selection, or withdrawal, made while it computed stands. Shown by
 * making the concurrent change from the run's own progress callback, i.e. after it read the rows and before it wrote.
 */
const REST = '第一条　为了规范管理，制定本条例。\n';
const X = '养犬人应当在取得犬只之日起十五日内，到居住地的区县公安机关办理养犬登记。';
const QUOTE = '到居住地的区县公安机关办理';
const V2_ART2 = '养犬人应当依法办理养犬登记。';
const FIELDS =
  'id draftVersionId anchorVersionId provisionAddress quote startOffset anchorStatus revision revisions { revision action snapshot }';

type Annotation = {
  id: string;
  draftVersionId: string;
  anchorVersionId: string | null;
  provisionAddress: string;
  quote: string;
  startOffset: number;
  anchorStatus: string;
  revision: number;
  revisions: Array<{ revision: number; action: string; snapshot: string }>;
};

describe('re-anchoring writes only annotations unchanged since it read them', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let legislatureId: string;
  let pointId: string;
  let drafts: AnnotatedDrafts;
  let head: Actor;
  let service: AnnotationService;

  /** A draft with v1 and a task on it, one annotation on QUOTE in 第二条 of v1, then v2 (without the words) and v3. */
  async function scenario(title: string) {
    const draftId = await drafts.createDraft(legislatureId, title);
    const v1 = await drafts.addVersion(
      draftId,
      'SOLICITATION',
      '征求意见稿',
      `${title}\n${REST}第二条　${X}\n`,
    );
    const taskId = await drafts.issueTask(v1, `${title}：征求意见`, [pointId]);
    const id = await drafts.annotate(taskId, 'art_2__para_1', X, QUOTE, '登记机关宜写明');
    const v2 = await drafts.addVersion(
      draftId,
      'FIRST_READING',
      '一审稿',
      `${title}\n${REST}第二条　${V2_ART2}\n`,
    );
    const v3 = await drafts.addVersion(
      draftId,
      'SECOND_READING',
      '二审稿',
      `${title}\n${REST}第二条　本市实行养犬登记制度。\n第三条　${X}\n`,
    );
    return { taskId, id, v: { v1, v2, v3 } };
  }

  const reanchorTo = (taskId: string, toVersionId: string) => drafts.reanchorTo(taskId, toVersionId);
  const annotation = (taskId: string, id: string) => drafts.annotation<Annotation>(taskId, id, FIELDS);

  /** The service's re-anchoring, with `meanwhile` done once after it read the annotations and before it writes. */
  function reanchorWith(taskId: string, toVersionId: string, meanwhile: () => Promise<void>) {
    let done = false;
    return service.reanchorAll(
      head,
      { taskId, toVersionId },
      {
        progress: async () => {
          if (done) return;
          done = true;
          await meanwhile();
        },
      },
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['admin', 'legislature', 'head', 'expert']) tokens[user] = await t.login(user);
    ({ pointId, legislatureId } = await AnnotatedDrafts.demoPoint(t, tokens.admin));
    drafts = new AnnotatedDrafts(t, {
      legislature: tokens.legislature,
      expert: tokens.expert,
      head: tokens.head,
    });
    const me = must(await t.gql<{ me: { id: string } }>('{ me { id } }', {}, tokens.head)).me.id;
    head = (await t.app.get(AccountService).loadActor(me, 'test'))!;
    service = t.app.get(AnnotationService);
  });
  afterAll(() => t.close());

  it('does not take annotations back: a run to v2 committing after a run to v3 leaves them on v3', async () => {
    const { taskId, id, v } = await scenario('某市竞态测试条例（草案）');
    const summary = await reanchorWith(taskId, v.v2, async () => {
      // The legislature's newer version is re-placed by another run that commits first.
      expect(await reanchorTo(taskId, v.v3)).toEqual({ anchored: 0, moved: 1, orphaned: 0, skipped: 0 });
    });
    expect(summary).toEqual({ anchored: 0, moved: 0, orphaned: 0, skipped: 1 });
    expect(await annotation(taskId, id)).toMatchObject({
      draftVersionId: v.v3,
      anchorVersionId: v.v3,
      anchorStatus: 'MOVED',
      provisionAddress: 'art_3__para_1',
      revision: 1,
    });
    // Asked again now, the older version is refused outright.
    const again = await t.gql(
      'mutation($i: ReanchorAnnotationsInput!) { reanchorAnnotations(input: $i) { moved } }',
      { i: { taskId, toVersionId: v.v2 } },
      tokens.head,
    );
    expect(errorOf(again).reason).toBe('VERSION_NOT_NEWER');
  });

  it("does not write an orphan's old anchor over its author's re-selection made while it computed", async () => {
    const { taskId, id, v } = await scenario('某市竞态测试条例二（草案）');
    expect(await reanchorTo(taskId, v.v2)).toEqual({ anchored: 0, moved: 0, orphaned: 1, skipped: 0 });
    const orphan = await annotation(taskId, id);
    expect(orphan).toMatchObject({ draftVersionId: v.v2, anchorVersionId: v.v1, revision: 1 });
    const words = '养犬登记';
    const summary = await reanchorWith(taskId, v.v3, async () => {
      // The author re-selects the passage in v2's words (the orphan is listed on v2).
      must(
        await t.gql(
          'mutation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { id } }',
          {
            i: {
              id,
              expectedRevision: orphan.revision,
              start: V2_ART2.indexOf(words),
              end: V2_ART2.indexOf(words) + words.length,
            },
          },
          tokens.expert,
        ),
      );
    });
    expect(summary).toEqual({ anchored: 0, moved: 0, orphaned: 0, skipped: 1 });
    expect(await annotation(taskId, id)).toMatchObject({
      draftVersionId: v.v2,
      anchorVersionId: v.v2,
      anchorStatus: 'ANCHORED',
      quote: words,
      startOffset: V2_ART2.indexOf(words),
      revision: 2,
    });
    // The next run places it from the author's words (on v2), not from the v1 anchor they replaced.
    const next = await reanchorTo(taskId, v.v3);
    expect(next.skipped).toBe(0);
    const after = await annotation(taskId, id);
    expect(after).toMatchObject({ draftVersionId: v.v3, quote: words });
    expect([v.v2, v.v3]).toContain(after.anchorVersionId);
  });

  it('does not re-place an annotation withdrawn while it computed', async () => {
    const { taskId, id, v } = await scenario('某市竞态测试条例三（草案）');
    const summary = await reanchorWith(taskId, v.v3, async () => {
      must(
        await t.gql(
          'mutation($i: WithdrawAnnotationInput!) { withdrawAnnotation(input: $i) { id } }',
          { i: { id, reason: '不再需要' } },
          tokens.expert,
        ),
      );
    });
    expect(summary).toEqual({ anchored: 0, moved: 0, orphaned: 0, skipped: 1 });
    const row = await t.db.getRepository(AnnotationEntity).findOneByOrFail({ id });
    expect(row).toMatchObject({
      status: 'WITHDRAWN',
      draftVersionId: v.v1,
      anchorVersionId: v.v1,
      revision: 1,
    });
  });

  it('counts a re-placement as a change: a REANCHOR revision, and an edit begun before it is refused', async () => {
    const { taskId, id, v } = await scenario('某市竞态测试条例四（草案）');
    expect(await reanchorTo(taskId, v.v3)).toEqual({ anchored: 0, moved: 1, orphaned: 0, skipped: 0 });
    const placed = await annotation(taskId, id);
    expect(placed.revision).toBe(1);
    expect(placed.revisions).toHaveLength(1);
    expect(placed.revisions[0]).toMatchObject({ revision: 1, action: 'REANCHOR' });
    expect(JSON.parse(placed.revisions[0].snapshot)).toMatchObject({
      draftVersionId: v.v1,
      provisionAddress: 'art_2__para_1',
      revision: 0,
    });
    // The author's edit of the selection on v1 (revision 0) would now apply v1 offsets to v3's text.
    const stale = await t.gql(
      'mutation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { id } }',
      { i: { id, expectedRevision: 0, start: 0, end: 3 } },
      tokens.expert,
    );
    expect(errorOf(stale).reason).toBe('ANNOTATION_CHANGED');
  });
});
