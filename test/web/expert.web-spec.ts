// An expert in Chromium against the real server: select words in a provision of the dog-management draft, 批注 on
// the selection, the annotation in the margin beside its passage, a reply in its thread; the quote and offsets the
// page computed are what the API stored (a full-width space and the second paragraph of an article included). The
// legislature compares two versions (insertions and deletions marked), and the annotation re-placed on the new version
// shows its state. Screenshots at 390×844 and 1440×900 go to $TMPDIR/minyi-web-screens; axe finds nothing serious.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { DOG_DRAFT_TEXT } from '../../libs/demo/src/demo-draft-texts.js';
import type { TestApp } from '../support/test-app.js';
import { newPage, PHONE, screenshot, signIn, startWebHarness, type WebHarness } from './web-harness.js';

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
  const deadline = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const taskId = must(
    await t.gql<{ createConsultationTask: { id: string } }>(
      `mutation($v: ID!, $p: ID!, $deadline: String!) { createConsultationTask(input: {
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
  const dueAt = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  must(
    await t.gql(
      `mutation($t: ID!, $p: ID!, $e: ID!, $due: String!) { distributeTask(input: { taskId: $t, contactPointId: $p,
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
  replies: Array<{ note: string }>;
}

async function storedAnnotations(taskId: string): Promise<StoredAnnotation[]> {
  const token = await h.t.login('expert');
  return must(
    await h.t.gql<{ annotations: StoredAnnotation[] }>(
      `query($t: ID!) { annotations(taskId: $t) { id quote startOffset endOffset provisionAddress anchorStatus
        draftVersionId replies { note } } }`,
      { t: taskId },
      token,
    ),
  ).annotations;
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
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
  expect(
    await phone.page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
  ).toBeLessThanOrEqual(0);
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
    expect(
      await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
    ).toBeLessThanOrEqual(0);
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
  await placed.getByText('已定位').waitFor();
  const [stored] = await storedAnnotations(taskId);
  expect(stored).toMatchObject({ draftVersionId: v2, anchorStatus: 'ANCHORED' });
  await screenshot(page, 'desk-annotate-new-version');
  await context.close();
});
