// An expert in Chromium against the real server: select words in a provision of the dog-management draft, 批注 on
// the selection, the annotation in the margin beside its passage, a reply in its thread; the quote and offsets the
// page computed are what the API stored (a full-width space and the second paragraph of an article included). The
// legislature compares two versions (insertions and deletions marked), and the annotation re-placed on the new version
// shows its state. The author edits, re-selects and withdraws an own annotation. Screenshots at 390×844 and 1440×900 go to $TMPDIR/minyi-web-screens; axe finds nothing serious.
import type { Page } from 'playwright-core';
import { DOG_DRAFT_TEXT } from '../../libs/demo/src/demo-draft-texts.js';
import type { TestApp } from '../support/test-app.js';
import {
  newPage,
  PHONE,
  screenshot,
  signIn,
  startWebHarness,
  type WebHarness,
  seriousViolations,
  sidewaysOverflow,
} from './web-harness.js';

const WIDE = { width: 1440, height: 900 };
/** The second paragraph of 第九条, with a full-width space inside it (the parser keeps it in the provision's text). */
const TEXT_V1 = DOG_DRAFT_TEXT.replace('盲人、肢体重度残疾人饲养导盲犬', '盲人、肢体重度残疾人　饲养导盲犬');
const TEXT_V2 = TEXT_V1.replace('每户限养一只犬', '每户限养两只犬').replace(
  '第十一条　',
  '第十条之一　养犬登记可以通过网上办理。\n\n第十一条　',
);
const QUOTE = '残疾人　饲养导盲犬';

let h: WebHarness;
beforeAll(async () => {
  h = await startWebHarness();
});
afterAll(() => h?.close());

function must<T>(res: { data: T | null; errors?: unknown }): T {
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** An issued dog-management task at the demo point (where `expert` is on the expert team), on its own draft. */
async function issuedTask(t: TestApp): Promise<{ taskId: string; draftId: string; versionId: string }> {
  const legislature = await t.login('legislature');
  const head = await t.login('head');
  const { legislatures } = must(
    await t.gql<{ legislatures: { edges: Array<{ node: { id: string } }> } }>(
      '{ legislatures(first: 1) { edges { node { id } } } }',
      {},
      legislature,
    ),
  );
  const { me } = must(
    await t.gql<{ me: { roles: Array<{ contactPointId: string | null }> } }>(
      '{ me { roles { contactPointId } } }',
      {},
      head,
    ),
  );
  const pointId = me.roles.find((r) => r.contactPointId)!.contactPointId!;
  const draftId = must(
    await t.gql<{ createDraft: { id: string } }>(
      'mutation($l: ID!) { createDraft(input: {legislatureId: $l, title: "重庆市养犬管理条例（草案）"}) { id } }',
      { l: legislatures.edges[0].node.id },
      legislature,
    ),
  ).createDraft.id;
  const versionId = must(
    await t.gql<{ addDraftVersion: { id: string } }>(
      'mutation($d: ID!, $text: String!) { addDraftVersion(input: {draftId: $d, stage: SOLICITATION, label: "征求意见稿", text: $text}) { id } }',
      { d: draftId, text: TEXT_V1 },
      legislature,
    ),
  ).addDraftVersion.id;
  const deadline = `${new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10)}T23:59:59+08:00`;
  const taskId = must(
    await t.gql<{ createConsultationTask: { id: string } }>(
      `mutation($v: ID!, $p: ID!, $deadline: DateTime!) { createConsultationTask(input: {
        draftVersionId: $v, title: "关于征求《重庆市养犬管理条例（草案）》意见的通知", noticeText: "请专家团队提出意见。",
        deadline: $deadline, contactPointIds: [$p] }) { id } }`,
      { v: versionId, p: pointId, deadline },
      legislature,
    ),
  ).createConsultationTask.id;
  must(
    await t.gql('mutation($id: ID!) { issueConsultationTask(id: $id) { id } }', { id: taskId }, legislature),
  );
  // Distributed by the point's head to the expert (a task reaches an expert through the point's distribution).
  const expertAccount = must(
    await t.gql<{ me: { id: string } }>('{ me { id } }', {}, await t.login('expert')),
  ).me.id;
  const { contactPoint } = must(
    await t.gql<{
      contactPoint: { experts: { edges: Array<{ node: { id: string; accountId: string | null } }> } };
    }>(
      'query($p: ID!) { contactPoint(id: $p) { experts(first: 100) { edges { node { id accountId } } } } }',
      { p: pointId },
      head,
    ),
  );
  const expertId = contactPoint.experts.edges.find((e) => e.node.accountId === expertAccount)!.node.id;
  const dueAt = `${new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)}T23:59:59+08:00`;
  must(
    await t.gql(
      `mutation($t: ID!, $p: ID!, $e: ID!, $due: DateTime!) { distributeTask(input: { taskId: $t, contactPointId: $p,
        assignments: [{ assigneeType: EXPERT, assigneeId: $e, dueAt: $due, provisionAddresses: [] }] }) { id } }`,
      { t: taskId, p: pointId, e: expertId, due: dueAt },
      head,
    ),
  );
  return { taskId, draftId, versionId };
}

interface StoredAnnotation {
  id: string;
  quote: string;
  startOffset: number;
  endOffset: number;
  provisionAddress: string;
  anchorStatus: string;
  draftVersionId: string;
  anchorVersionId: string | null;
  replies: Array<{ note: string }>;
}

async function storedAnnotations(taskId: string): Promise<StoredAnnotation[]> {
  const token = await h.t.login('expert');
  return must(
    await h.t.gql<{ annotations: StoredAnnotation[] }>(
      `query($t: ID!) { annotations(taskId: $t) { id quote startOffset endOffset provisionAddress anchorStatus
        draftVersionId anchorVersionId replies { note } } }`,
      { t: taskId },
      token,
    ),
  ).annotations;
}

/** Selects `quote` inside the provision's text the way a reader's drag does: a DOM Range, then the mouse let go. */
async function selectInProvision(page: Page, address: string, quote: string): Promise<void> {
  await page.evaluate(
    `(() => {
      const el = document.querySelector('[data-anchor-address="${address}"]');
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let node;
      while ((node = walker.nextNode())) {
        const at = node.data.indexOf(${JSON.stringify(quote)});
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + ${quote.length});
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error('quote not found');
    })()`,
  );
}

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} not visible`);
  return b;
}

it('an expert selects a passage, annotates it from the selection, sees it in the margin beside the passage and replies', async () => {
  const { taskId } = await issuedTask(h.t);
  const { context, page } = await newPage(h, WIDE);
  await signIn(page, 'expert');
  await page.goto(`/tasks/${taskId}/annotate`);
  const paragraph = page.locator('[data-anchor-address="art_9__para_2"]');
  await paragraph.waitFor({ timeout: 15000 }).catch(async (e: unknown) => {
    await screenshot(page, 'debug-annotate');
    throw e;
  });
  expect(await paragraph.textContent()).toContain(QUOTE);
  await screenshot(page, 'desk-annotate-empty');

  // A selection across two paragraphs is refused, with the reason.
  await page.evaluate(`(() => {
    const a = document.querySelector('[data-anchor-address="art_9__para_1"]').firstChild;
    const b = document.querySelector('[data-anchor-address="art_9__para_2"]').firstChild;
    const range = document.createRange();
    range.setStart(a, 2);
    range.setEnd(b, 3);
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
    document.querySelector('.anno-doc').dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  })()`);
  await page.getByText('一条批注只能选择同一款（项）中的文字').waitFor();
  expect(await page.getByRole('button', { name: '批注', exact: true }).count()).toBe(0);

  await selectInProvision(page, 'art_9__para_2', QUOTE);
  await page.getByRole('button', { name: '批注', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(QUOTE).waitFor();
  await dialog.getByRole('button', { name: '保存批注' }).click();
  await dialog.getByText('请填写批注内容').waitFor(); // 批注内容 is required
  await dialog.getByLabel('批注内容').fill('导盲犬、扶助犬的范围应与残疾人保障法的规定一致。');
  await dialog.getByLabel('建议修改为').fill('盲人、肢体重度残疾人等饲养导盲犬、扶助犬的');
  await dialog.getByLabel('依据').fill('《中华人民共和国残疾人保障法》第五十八条');
  // The field error fades out once the note is filled: check contrast after the motion, not halfway through it.
  await dialog.getByText('请填写批注内容').waitFor({ state: 'detached' });
  await page.mouse.move(0, 0); // not hovering 保存批注 (a hovered button is drawn lighter)
  await page.waitForTimeout(500);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'desk-annotate-form');
  await dialog.getByRole('button', { name: '保存批注' }).click();

  // In the margin beside its passage, the passage highlighted.
  const card = page.locator('#art_9__para_2 .anno-margin .anno-card');
  await card.getByText('导盲犬、扶助犬的范围应与残疾人保障法的规定一致。').waitFor();
  expect(await page.locator('#art_9__para_2 mark').textContent()).toBe(QUOTE);
  const text = await box(page, '#art_9__para_2 .anno-para');
  const margin = await box(page, '#art_9__para_2 .anno-margin');
  expect(margin.x).toBeGreaterThanOrEqual(text.x + text.width);
  expect(Math.abs(margin.y - text.y)).toBeLessThan(40);

  // The quote and offsets the page computed are the ones stored, relative to the provision's own text.
  const [stored] = await storedAnnotations(taskId);
  const provisionText = '盲人、肢体重度残疾人　饲养导盲犬、扶助犬的，不受前款限制。';
  expect(stored).toMatchObject({
    provisionAddress: 'art_9__para_2',
    quote: QUOTE,
    startOffset: provisionText.indexOf(QUOTE),
    endOffset: provisionText.indexOf(QUOTE) + QUOTE.length,
    anchorStatus: 'ANCHORED',
  });

  await card.getByLabel('回复').fill('同意，汇总时一并报送。');
  await card.getByRole('button', { name: '发送回复' }).click();
  await card.locator('.anno-replies').getByText('同意，汇总时一并报送。').waitFor();
  expect((await storedAnnotations(taskId))[0].replies.map((r) => r.note)).toEqual(['同意，汇总时一并报送。']);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'desk-annotate-margin');
  await context.close();

  // On a phone the margin is a list under the provision, and nothing scrolls sideways.
  const phone = await newPage(h, PHONE);
  await signIn(phone.page, 'expert');
  await phone.page.goto(`/tasks/${taskId}/annotate`);
  await phone.page.locator('#art_9__para_2 .anno-card').waitFor();
  const under = await box(phone.page, '#art_9__para_2 .anno-margin');
  const para = await box(phone.page, '#art_9__para_2 .anno-para');
  expect(under.y).toBeGreaterThanOrEqual(para.y + para.height - 1);
  expect(await sidewaysOverflow(phone.page)).toBeLessThanOrEqual(0);
  await phone.page.locator('#art_9__para_2').scrollIntoViewIfNeeded();
  await screenshot(phone.page, 'phone-annotate-margin');
  expect(await seriousViolations(phone.page)).toEqual([]);
  await phone.context.close();
});

it('the legislature compares two versions side by side, and an annotation re-placed on the new version shows its state', async () => {
  const { taskId, draftId, versionId } = await issuedTask(h.t);
  const expert = await h.t.login('expert');
  must(
    await h.t.gql(
      `mutation($t: ID!) { createAnnotation(input: { taskId: $t, provisionAddress: "art_9__para_2", start: 8, end: 17,
        note: "范围应与上位法一致。" }) { id } }`,
      { t: taskId },
      expert,
    ),
  );
  // 限养一只 becomes 限养两只 in v2: this one cannot be placed there.
  must(
    await h.t.gql(
      `mutation($t: ID!) { createAnnotation(input: { taskId: $t, provisionAddress: "art_9__para_1", start: 9, end: 13,
        note: "限养数量宜区分城乡。" }) { id } }`,
      { t: taskId },
      expert,
    ),
  );
  const legislature = await h.t.login('legislature');
  const v2 = must(
    await h.t.gql<{ addDraftVersion: { id: string } }>(
      'mutation($d: ID!, $text: String!) { addDraftVersion(input: {draftId: $d, stage: FIRST_READING, label: "一审稿", text: $text}) { id } }',
      { d: draftId, text: TEXT_V2 },
      legislature,
    ),
  ).addDraftVersion.id;

  for (const viewport of [WIDE, PHONE]) {
    const { context, page } = await newPage(h, viewport);
    await signIn(page, 'legislature');
    await page.goto(`/tasks/${taskId}`);
    await page.getByRole('button', { name: '稿次对照' }).click();
    await page.waitForURL(`**/drafts/${draftId}/compare*`);
    // The reader's version is the newest at first: choose it as the old one and the new version as the new one.
    await page.goto(`/drafts/${draftId}/compare?from=${versionId}&to=${v2}`);
    const modified = page.locator('section[data-kind="MODIFIED"]').filter({ hasText: '第九条' });
    await modified.waitFor();
    expect(await modified.locator('del').allTextContents()).toContain('一');
    expect(await modified.locator('ins').allTextContents()).toContain('两');
    const added = page.locator('section[data-kind="ADDED"]');
    expect(await added.locator('ins').textContent()).toContain('养犬登记可以通过网上办理');
    await added.getByText('新增', { exact: true }).waitFor();
    expect(await page.getByLabel('原稿次').count()).toBeGreaterThan(0);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await modified.scrollIntoViewIfNeeded();
    await screenshot(page, `${viewport === PHONE ? 'phone' : 'desk'}-compare`);
    await context.close();
  }

  // The executing body re-places the task's annotations on the new version; the expert sees how each stands.
  const head = await h.t.login('head');
  must(
    await h.t.gql(
      'mutation($t: ID!, $v: ID!) { reanchorAnnotations(input: {taskId: $t, toVersionId: $v}) { anchored moved orphaned } }',
      {
        t: taskId,
        v: v2,
      },
      head,
    ),
  );
  const { context, page } = await newPage(h, WIDE);
  await signIn(page, 'expert');
  await page.goto(`/tasks/${taskId}/annotate`);
  const placed = page.locator('.anno-elsewhere .anno-card').filter({ hasText: '范围应与上位法一致。' });
  await placed.getByText('已定位', { exact: true }).waitFor();
  // Its anchor is in the new version, not the text this page shows: re-selecting here is refused, with the reason.
  expect(await placed.getByRole('button', { name: '重新选择原文' }).isDisabled()).toBe(true);
  await placed.getByText('不能在此重新选择原文').waitFor();
  // The orphan is listed on the new version as 未能定位, with its words from the version they were written on.
  const orphan = page.locator('.anno-elsewhere .anno-card').filter({ hasText: '限养数量宜区分城乡。' });
  await orphan.getByText('未能定位', { exact: true }).waitFor();
  expect(await orphan.locator('.anno-quote').textContent()).toBe('限养一只');
  await orphan.getByText('原文摘自“征求意见稿”', { exact: true }).waitFor();
  const all = await storedAnnotations(taskId);
  const [stored, orphaned] = [
    all.find((a) => a.quote !== '限养一只'),
    all.find((a) => a.quote === '限养一只'),
  ];
  expect(stored).toMatchObject({ draftVersionId: v2, anchorVersionId: v2, anchorStatus: 'ANCHORED' });
  expect(orphaned).toMatchObject({
    draftVersionId: v2,
    anchorVersionId: versionId,
    anchorStatus: 'ORPHANED',
  });
  await screenshot(page, 'desk-annotate-new-version');
  await context.close();
});

interface Revisioned {
  id: string;
  note: string;
  quote: string;
  provisionAddress: string;
  startOffset: number;
  endOffset: number;
  revision: number;
  revisions: Array<{ action: string }>;
}

async function storedWithRevisions(taskId: string): Promise<Revisioned[]> {
  const token = await h.t.login('expert');
  return must(
    await h.t.gql<{ annotations: Revisioned[] }>(
      `query($t: ID!) { annotations(taskId: $t) { id note quote provisionAddress startOffset endOffset revision
        revisions { action } } }`,
      { t: taskId },
      token,
    ),
  ).annotations;
}

it('the expert corrects an own annotation: edits the note (a change made meanwhile is refused and shown), re-selects the passage, and withdraws it', async () => {
  const { taskId } = await issuedTask(h.t);
  const expert = await h.t.login('expert');
  const provisionText = '盲人、肢体重度残疾人　饲养导盲犬、扶助犬的，不受前款限制。';
  const start = provisionText.indexOf(QUOTE);
  const id = must(
    await h.t.gql<{ createAnnotation: { id: string } }>(
      `mutation($t: ID!, $s: Int!, $e: Int!) { createAnnotation(input: { taskId: $t, provisionAddress: "art_9__para_2",
        start: $s, end: $e, note: "范围应与上位法一致。", proposedWording: "盲人等饲养导盲犬的" }) { id } }`,
      { t: taskId, s: start, e: start + QUOTE.length },
      expert,
    ),
  ).createAnnotation.id;

  const { context, page } = await newPage(h, WIDE);
  await signIn(page, 'expert');
  await page.goto(`/tasks/${taskId}/annotate`);
  const card = page.locator(`[data-annotation-id="${id}"]`);
  await card.getByText('范围应与上位法一致。').waitFor();

  // 修改: the same form, filled with what is stored; an emptied 建议修改为 is cleared.
  await card.getByRole('button', { name: '修改批注' }).click();
  let dialog = page.getByRole('dialog');
  await dialog
    .getByLabel('批注内容')
    .waitFor({ timeout: 5000 })
    .catch(async (e: unknown) => {
      await screenshot(page, 'debug-edit');
      throw e;
    });
  expect(await dialog.getByLabel('批注内容').inputValue()).toBe('范围应与上位法一致。');
  await dialog.getByLabel('批注内容').fill('导盲犬、扶助犬的范围应与残疾人保障法一致。');
  await dialog.getByLabel('建议修改为').fill('');
  await dialog.getByRole('button', { name: '保存修改' }).click();
  await card.getByText('导盲犬、扶助犬的范围应与残疾人保障法一致。').waitFor();
  await dialog.waitFor({ state: 'detached' });
  expect(await card.getByText('建议修改为：').count()).toBe(0);
  let [stored] = await storedWithRevisions(taskId);
  expect(stored).toMatchObject({ note: '导盲犬、扶助犬的范围应与残疾人保障法一致。', revision: 1 });
  expect(stored.revisions.map((r) => r.action)).toEqual(['EDIT']);
  await card.getByRole('button', { name: '修改记录：1 条' }).click();
  await page.getByRole('list', { name: '修改记录' }).getByText('第 1 次修改').waitFor();

  // Changed meanwhile (another tab): the page's save is refused with the API's message, and the stored note appears.
  must(
    await h.t.gql(
      'mutation($id: ID!) { updateAnnotation(input: { id: $id, note: "另一个窗口改的。" }) { id } }',
      { id },
      expert,
    ),
  );
  await card.getByRole('button', { name: '修改批注' }).click();
  dialog = page.getByRole('dialog', { name: /修改批注/ });
  await dialog.getByLabel('批注内容').fill('这次修改基于旧的内容。');
  await dialog.getByRole('button', { name: '保存修改' }).click();
  await dialog.getByText('批注已被修改，请刷新后再改').waitFor();
  await card.getByText('另一个窗口改的。').waitFor();
  await dialog.getByRole('button', { name: '取消' }).click();
  expect((await storedWithRevisions(taskId))[0].note).toBe('另一个窗口改的。');

  // 重新选择原文: the next selection's button is 改为此处; the highlight moves to the words selected.
  await card.getByRole('button', { name: '重新选择原文' }).click();
  await page.getByText('重新选择原文：请在条文中选中新的文字').waitFor();
  // Beside the passage too (the banner above may be scrolled away), with the way out.
  await card.getByText('请在条文中选中新的文字，再点击“改为此处”。').waitFor();
  await card.getByRole('button', { name: '取消重新选择' }).waitFor();
  await selectInProvision(page, 'art_9__para_1', '每户限养一只犬');
  expect(await page.getByRole('button', { name: '批注', exact: true }).count()).toBe(0);
  await page.mouse.move(0, 0);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'desk-annotate-reselect');
  await page.getByRole('button', { name: '改为此处' }).click();
  await page.locator('#art_9__para_1 mark').waitFor();
  expect(await page.locator('#art_9__para_1 mark').textContent()).toBe('每户限养一只犬');
  expect(await page.locator('#art_9__para_2 mark').count()).toBe(0);
  await page.locator('#art_9__para_1 .anno-margin').getByText('另一个窗口改的。').waitFor();
  [stored] = await storedWithRevisions(taskId);
  const para1 = '在重点管理区，每户限养一只犬。';
  expect(stored).toMatchObject({
    provisionAddress: 'art_9__para_1',
    quote: '每户限养一只犬',
    startOffset: para1.indexOf('每户限养一只犬'),
    endOffset: para1.indexOf('每户限养一只犬') + '每户限养一只犬'.length,
    revision: 3,
  });
  expect(await page.getByText('重新选择原文：请在条文中选中新的文字').count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'desk-annotate-corrected');

  // On a phone, the actions fit and nothing scrolls sideways.
  const phone = await newPage(h, PHONE);
  await signIn(phone.page, 'expert');
  await phone.page.goto(`/tasks/${taskId}/annotate`);
  const phoneCard = phone.page.locator(`[data-annotation-id="${id}"]`);
  await phoneCard.getByRole('button', { name: '撤回批注' }).waitFor();
  expect(await sidewaysOverflow(phone.page)).toBeLessThanOrEqual(0);
  await phoneCard.scrollIntoViewIfNeeded();
  await screenshot(phone.page, 'phone-annotate-actions');
  expect(await seriousViolations(phone.page)).toEqual([]);
  await phone.context.close();

  // 撤回, with a reason, after a confirmation: the card leaves the margin and the API no longer lists it.
  await card.getByRole('button', { name: '撤回批注' }).click();
  dialog = page.getByRole('dialog', { name: '撤回这条批注？' });
  await dialog.getByLabel('撤回理由（可不填）').fill('与其他专家的意见重复。');
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'desk-annotate-withdraw');
  await dialog.getByRole('button', { name: '确认撤回' }).click();
  await card.waitFor({ state: 'detached' });
  expect(await page.locator('#art_9__para_1 mark').count()).toBe(0);
  expect(await storedWithRevisions(taskId)).toEqual([]);
  await context.close();
});
