import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AnnotatedDrafts } from '../support/annotated-drafts.js';
import { revertMigrations } from '../support/migrations.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * An annotation the executing body could not place on a newer version (ORPHANED) is listed on that version, but its
 * anchor — address, quote, context, offsets — is still the one its author made on the older version, and the API says
 * so (anchorVersionId). A later re-anchoring compares from that version's text: words that come back are found again,
 * and the same words in an unrelated article that took the old article's number do not capture it.
 */
const REST = '第一条　为了规范管理，制定本条例。\n';
const X = '养犬人应当在取得犬只之日起十五日内，到居住地的区县公安机关办理养犬登记。';
const Y = '经营犬只的企业，应当持营业执照到居住地的区县公安机关办理备案。';
const QUOTE = '到居住地的区县公安机关办理';
const FIELDS =
  'id note draftVersionId anchorVersionId provisionAddress quote startOffset endOffset anchorStatus anchorNote';

type Annotation = {
  id: string;
  note: string;
  draftVersionId: string;
  anchorVersionId: string | null;
  provisionAddress: string;
  quote: string;
  startOffset: number;
  endOffset: number;
  anchorStatus: string;
  anchorNote: string | null;
};

describe('an orphaned annotation keeps the version its anchor was written on', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let legislatureId: string;
  let pointId: string;
  let drafts: AnnotatedDrafts;

  /** A draft with v1 and a task on it, one annotation on QUOTE in 第二条 of v1, then v2 and v3. */
  async function scenario(title: string, v1: string, v2: string, v3: string) {
    const draftId = await drafts.createDraft(legislatureId, title);
    const v = { v1: await drafts.addVersion(draftId, 'SOLICITATION', '征求意见稿', v1), v2: '', v3: '' };
    const taskId = await drafts.issueTask(v.v1, `${title}：征求意见`, [pointId]);
    const id = await drafts.annotate(taskId, 'art_2__para_1', X, QUOTE, '登记机关宜写明');
    v.v2 = await drafts.addVersion(draftId, 'FIRST_READING', '一审稿', v2);
    v.v3 = await drafts.addVersion(draftId, 'SECOND_READING', '二审稿', v3);
    return { taskId, id, v };
  }

  const reanchorTo = (taskId: string, toVersionId: string) => drafts.reanchorTo(taskId, toVersionId);
  const annotation = (taskId: string, id: string) => drafts.annotation<Annotation>(taskId, id, FIELDS);

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['admin', 'legislature', 'head', 'expert']) tokens[user] = await t.login(user);
    ({ pointId, legislatureId } = await AnnotatedDrafts.demoPoint(t, tokens.admin));
    drafts = new AnnotatedDrafts(t, {
      legislature: tokens.legislature,
      expert: tokens.expert,
      head: tokens.head,
    });
  });
  afterAll(() => t.close());

  it('finds on v3, from its v1 anchor, words that left in v2 and came back', async () => {
    const { taskId, id, v } = await scenario(
      '某市测试条例（草案）',
      `某市测试条例（草案）\n${REST}第二条　${X}\n`,
      `某市测试条例（草案）\n${REST}第二条　养犬人应当依法办理养犬登记。\n`,
      `某市测试条例（草案）\n${REST}第二条　本市实行养犬登记制度。\n第三条　${X}\n`,
    );
    expect(await reanchorTo(taskId, v.v2)).toEqual({ anchored: 0, moved: 0, orphaned: 1, skipped: 0 });
    const orphan = await annotation(taskId, id);
    // Listed on v2, its words and offsets still v1's, and said to be.
    expect(orphan).toMatchObject({
      anchorStatus: 'ORPHANED',
      draftVersionId: v.v2,
      anchorVersionId: v.v1,
      provisionAddress: 'art_2__para_1',
      quote: QUOTE,
      startOffset: X.indexOf(QUOTE),
    });

    expect(await reanchorTo(taskId, v.v3)).toEqual({ anchored: 0, moved: 1, orphaned: 0, skipped: 0 });
    expect(await annotation(taskId, id)).toMatchObject({
      anchorStatus: 'MOVED',
      draftVersionId: v.v3,
      anchorVersionId: v.v3,
      provisionAddress: 'art_3__para_1',
      quote: QUOTE,
      startOffset: X.indexOf(QUOTE),
      endOffset: X.indexOf(QUOTE) + QUOTE.length,
    });
  });

  it('does not attach an orphan to the same words in an unrelated article that took its old number on v2', async () => {
    // v2 deletes 第二条, so the old 第三条 (Y, the same words in another sentence) becomes 第二条; v3 adds an article.
    // Read as positions in v2's text (the old behaviour), the v1 anchor at art_2 found its words once in v2/v3's 第二条
    // and was placed there, on a sentence about businesses' filings.
    const { taskId, id, v } = await scenario(
      '某市另一测试条例（草案）',
      `某市另一测试条例（草案）\n${REST}第二条　${X}\n第三条　${Y}\n`,
      `某市另一测试条例（草案）\n${REST}第二条　${Y}\n`,
      `某市另一测试条例（草案）\n${REST}第二条　${Y}\n第三条　犬只收容场所由区县人民政府设立。\n`,
    );
    expect(await reanchorTo(taskId, v.v2)).toEqual({ anchored: 0, moved: 0, orphaned: 1, skipped: 0 });
    expect(await reanchorTo(taskId, v.v3)).toEqual({ anchored: 0, moved: 0, orphaned: 1, skipped: 0 });
    expect(await annotation(taskId, id)).toMatchObject({
      anchorStatus: 'ORPHANED',
      draftVersionId: v.v3,
      anchorVersionId: v.v1,
      provisionAddress: 'art_2__para_1',
      quote: QUOTE,
      startOffset: X.indexOf(QUOTE),
    });
  });

  it('fills the anchor version of existing orphans from their re-anchoring history when migrating', async () => {
    const { taskId, id, v } = await scenario(
      '某市第三测试条例（草案）',
      `某市第三测试条例（草案）\n${REST}第二条　${X}\n`,
      `某市第三测试条例（草案）\n${REST}第二条　养犬人应当依法办理养犬登记。\n`,
      `某市第三测试条例（草案）\n${REST}第二条　养犬人应当依法办理养犬登记。\n第三条　犬只收容场所由区县人民政府设立。\n`,
    );
    await reanchorTo(taskId, v.v2);
    await reanchorTo(taskId, v.v3);
    // Take the column away and migrate again, as on a database that had orphans before it existed.
    await revertMigrations(t.db, 'AnnotationAnchorVersion1764920000000', 'through');
    await t.db.runMigrations();
    expect(await annotation(taskId, id)).toMatchObject({
      anchorStatus: 'ORPHANED',
      draftVersionId: v.v3,
      anchorVersionId: v.v1,
    });
  });
});
