// Background jobs in the browser (issue 17), with the one progress bar every job kind shares (job-progress.tsx): the
// legislature's staff add a new version of a draft and watch its follow-up (文本佐证) run to its summary; the point's
// head re-places a task's annotations straight onto the latest of two newer versions and watches that job to its
// counts, after which the annotation is seen placed on that version. The bar stays with the job's result when it ends,
// so a job quicker than the first poll is still seen to have run. Desk and phone; axe clean, no sideways scrolling. Screenshots: $TMPDIR/minyi-web-screens.
import type { Locator, Page } from 'playwright-core';
import { DOG_DRAFT_TEXT_REVISED } from '../../libs/demo/src/demo-draft-texts.js';
import { demoDraftId } from './legis-steps.js';
import {
  DESK,
  issueDogTask,
  must,
  newPage,
  PHONE,
  screenshot,
  seriousViolations,
  sidewaysOverflow,
  signIn,
  startWebHarness,
  type WebHarness,
} from './web-harness.js';

// The demo draft's next version after its 修改稿 (the open round's text).
const TEXT_V2 = DOG_DRAFT_TEXT_REVISED.replace('每户限养一只犬', '每户限养两只犬').replace(
  '第十一条　',
  '第十条之一　养犬登记证的延续手续可以通过网上办理。\n\n第十一条　',
);

let h: WebHarness;
beforeAll(async () => {
  h = await startWebHarness();
});
afterAll(() => h?.close());

async function checkPage(page: Page, name: string): Promise<void> {
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, name);
}

/** The bar was shown (a progress bar in it), then ended in `state` with a full bar and the job's text. */
async function barEnds(bar: Locator, name: string, text: RegExp): Promise<void> {
  await bar.getByRole('progressbar', { name }).waitFor();
  await bar.and(bar.page().locator('[data-state="SUCCEEDED"]')).waitFor({ timeout: 60_000 });
  await bar.getByText(text).waitFor();
  expect(await bar.getByRole('progressbar', { name }).getAttribute('aria-valuenow')).toBe('100');
}

it('the legislature adds a version of a draft and follows its 文本佐证 job to its summary', async () => {
  const draftId = await demoDraftId(h.t, '养犬');
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'legislature');
  await page.goto(`/drafts/${draftId}`);
  await page.getByText('上传新稿次').waitFor();
  await page.getByLabel('稿次名称').fill('二审稿（网页）');
  await page.getByText('粘贴文本', { exact: true }).click();
  await page.getByLabel('草案全文').fill(TEXT_V2);
  await page.getByRole('button', { name: '解析预览', exact: true }).click();
  await page.getByText('解析结果（尚未保存）').waitFor();
  await page.getByRole('button', { name: '保存新稿次' }).click();
  await page.getByText('新稿次“二审稿（网页）”已保存').waitFor();

  const bar = page.getByTestId('version-follow-up-progress');
  await barEnds(bar, '文本佐证的进度', /^「二审稿（网页）」的后续处理完成/);
  await page.getByText('第', { exact: false }).filter({ hasText: '二审稿（网页）' }).first().waitFor();
  await bar.scrollIntoViewIfNeeded();
  await checkPage(page, 'desk-jobs-version-follow-up');

  // Opened again (on a phone), the version's finished follow-up is not shown as running.
  const phone = await newPage(h, PHONE);
  await signIn(phone.page, 'legislature');
  await phone.page.goto(`/drafts/${draftId}`);
  await phone.page.getByText('上传新稿次').waitFor();
  expect(await phone.page.getByTestId('version-follow-up-progress').count()).toBe(0);
  await phone.page.getByLabel('稿次名称').fill('三审稿（手机）');
  await phone.page.getByText('粘贴文本', { exact: true }).click();
  await phone.page.getByLabel('草案全文').fill(TEXT_V2.replace('每户限养两只犬', '每户限养三只犬'));
  await phone.page.getByRole('button', { name: '解析预览', exact: true }).click();
  await phone.page.getByText('解析结果（尚未保存）').waitFor();
  await phone.page.getByRole('button', { name: '保存新稿次' }).click();
  const phoneBar = phone.page.getByTestId('version-follow-up-progress');
  await barEnds(phoneBar, '文本佐证的进度', /^「三审稿（手机）」的后续处理完成/);
  await phoneBar.scrollIntoViewIfNeeded();
  await checkPage(phone.page, 'phone-jobs-version-follow-up');
  await phone.context.close();
  await context.close();
}, 240_000);

it("the head re-places the task's annotations straight onto the latest version (v1 → v3) and follows the job", async () => {
  const { taskId } = await issueDogTask(h.t, {
    title: '关于征求《重庆市养犬管理条例（草案）》意见的通知（批注）',
    draftTitle: '重庆市养犬管理条例（草案·批注）',
  });
  // An annotation by the liaison officer (the executing body annotates too), on the words 在重点管理区 of 第九条.
  const liaison = await h.t.login('liaison');
  must(
    await h.t.gql(
      `mutation($t: ID!) { createAnnotation(input: { taskId: $t, provisionAddress: "art_9__para_1", start: 0, end: 6,
        note: "限养数量宜区分城乡。" }) { id } }`,
      { t: taskId },
      liaison,
    ),
  );
  const legislature = await h.t.login('legislature');
  const { consultationTask } = must(
    await h.t.gql<{ consultationTask: { draftVersion: { draftId: string } } }>(
      'query($t: ID!) { consultationTask(id: $t) { draftVersion { draftId } } }',
      { t: taskId },
      legislature,
    ),
  );
  // Two versions after the task's: the card offers the later one (the executing body cannot list a draft's versions).
  const addVersion = async (stage: string, label: string, text: string) =>
    must(
      await h.t.gql<{ addDraftVersion: { id: string } }>(
        'mutation($d: ID!, $stage: DraftStage!, $label: String!, $text: String!) { addDraftVersion(input: {draftId: $d, stage: $stage, label: $label, text: $text}) { id } }',
        { d: consultationTask.draftVersion.draftId, stage, label, text },
        legislature,
      ),
    ).addDraftVersion.id;
  await addVersion('FIRST_READING', '一审稿', TEXT_V2);
  const v3 = await addVersion(
    'SECOND_READING',
    '二审稿',
    TEXT_V2.replace('每户限养两只犬', '每户限养三只犬'),
  );

  const desk = await newPage(h, { width: 1280, height: 800 });
  await signIn(desk.page, 'head');
  await desk.page.goto(`/tasks/${taskId}/annotate`);
  const deskCard = desk.page.getByRole('region', { name: '重新定位批注' });
  await deskCard.getByText('本任务还有 1 条批注停留在较早的稿次上', { exact: false }).waitFor();
  await deskCard.getByText('「征求意见稿」（第 1 稿）：1 条').waitFor();
  await deskCard.getByText('「二审稿」（第 3 稿）', { exact: true }).waitFor();
  await deskCard.getByText(/^（最新稿次，\d{4}\/\d{2}\/\d{2} 收到）$/).waitFor();
  await deskCard.scrollIntoViewIfNeeded();
  await checkPage(desk.page, 'desk-jobs-reanchor-offered');

  const phone = await newPage(h, PHONE);
  await signIn(phone.page, 'head');
  await phone.page.goto(`/tasks/${taskId}/annotate`);
  const card = phone.page.getByRole('region', { name: '重新定位批注' });
  await card.getByText('「二审稿」（第 3 稿）', { exact: false }).waitFor();
  await card.scrollIntoViewIfNeeded();
  await checkPage(phone.page, 'phone-jobs-reanchor-offered');
  await card.getByRole('button', { name: '重新定位批注到新稿次' }).click();
  const bar = phone.page.getByTestId('reanchor-progress');
  await barEnds(bar, '重新定位批注的进度', /^批注重新定位完成：原位 1 条，随条文移动 0 条，未能定位 0 条$/);
  // Read again at the end: the annotation is on v3 now (not on 一审稿), listed apart with its state.
  await card.getByText('本任务的批注都已定位到最新稿次「二审稿」（第 3 稿）。').waitFor();
  expect(await card.getByRole('button', { name: '重新定位批注到新稿次' }).count()).toBe(0);
  const placed = phone.page.locator('.anno-elsewhere .anno-card').filter({ hasText: '限养数量宜区分城乡。' });
  await placed.getByText('已定位', { exact: true }).waitFor();
  const { annotations } = must(
    await h.t.gql<{ annotations: Array<{ draftVersionId: string; anchorStatus: string }> }>(
      'query($t: ID!) { annotations(taskId: $t) { draftVersionId anchorStatus } }',
      { t: taskId },
      liaison,
    ),
  );
  expect(annotations).toEqual([{ draftVersionId: v3, anchorStatus: 'ANCHORED' }]);
  await bar.scrollIntoViewIfNeeded();
  await checkPage(phone.page, 'phone-jobs-reanchor-done');
  await phone.context.close();

  // Opened again, nothing is left to re-place: no card.
  await desk.page.reload();
  await desk.page.locator('.anno-elsewhere .anno-card').first().waitFor();
  expect(await desk.page.getByRole('region', { name: '重新定位批注' }).count()).toBe(0);
  await checkPage(desk.page, 'desk-jobs-reanchor-after');
  await desk.context.close();
}, 240_000);
