// Past the deadline the pages offer only what the API still takes (collection-window.e2e-spec.ts): 我的意见 keeps
// 撤回 but not 修改; 专家团队批注 offers no new annotation, no reply and no 修改, only 撤回 of one's own; 征集活动 gives a
// collector no form, and says why (已截止), while the executing body may still enter an activity held in time.
// Screenshots: $TMPDIR/minyi-web-screens/window-*.png.
import { ConsultationTaskEntity, PointTaskEntity } from '@app/consultation/entities';
import {
  DESK,
  must,
  newPage,
  openDogRound,
  PHONE,
  screenshot,
  signIn,
  startWebHarness,
  type WebHarness,
} from './web-harness.js';

let h: WebHarness;
let taskId: string;

beforeAll(async () => {
  h = await startWebHarness();
  ({ taskId } = await openDogRound(h.t));
  // In time: an opinion of the collector's and an annotation of the expert's on the open round (on a paragraph: the
  // page shows the words of paragraphs, and an annotation beside them).
  must(
    await h.t.gql(
      'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { receiptNumber } }',
      {
        i: {
          taskId,
          provisionAddress: 'art_13',
          proposedChange: '截止前提交：建议明确犬链长度。',
          channel: 'VISIT',
          peopleRepresented: 1,
        },
      },
      await h.t.login('collector'),
    ),
  );
  must(
    await h.t.gql(
      'mutation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }',
      {
        i: {
          taskId,
          provisionAddress: 'art_21__para_1',
          start: 0,
          end: 4,
          note: '截止前的批注：罚款幅度偏高。',
        },
      },
      await h.t.login('expert'),
    ),
  );
  // The deadline passes; the point has not moved the task on (it still reads 征集中 to the state machine).
  await h.t.db
    .getRepository(ConsultationTaskEntity)
    .update({ id: taskId }, { deadline: new Date(Date.now() - 60_000) });
  await h.t.db.getRepository(PointTaskEntity).update({ taskId }, { extendedDeadline: null });
}, 180_000);
afterAll(() => h?.close());

it('我的意见 past the deadline: 撤回 but no 修改, and says why', async () => {
  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'collector');
  await page.goto(`/opinions?task=${taskId}`);
  await page.getByText('截止前提交：建议明确犬链长度。').waitFor();
  await page
    .getByTestId('my-opinions-late')
    .getByText(/已截止/)
    .waitFor();
  const item = page.getByRole('listitem').filter({ hasText: '截止前提交：建议明确犬链长度。' });
  await item.getByRole('button', { name: '撤回' }).waitFor();
  expect(await item.getByRole('button', { name: '修改' }).count()).toBe(0);
  await screenshot(page, 'window-1-my-opinions-phone');
  await context.close();
}, 300_000);

it('征集活动 past the deadline: no form for a collector (已截止, ask the executing body); the executing body keeps it', async () => {
  const collector = await newPage(h, PHONE);
  await signIn(collector.page, 'collector');
  await collector.page.goto(`/tasks/${taskId}/activities`);
  await collector.page
    .getByTestId('activities-closed')
    .getByText(/已截止.*请联系执行机构补登/)
    .waitFor();
  expect(await collector.page.getByRole('button', { name: '登记活动' }).count()).toBe(0);
  expect(await collector.page.getByRole('link', { name: /提出意见/ }).count()).toBe(0);
  await screenshot(collector.page, 'window-2-activities-collector-phone');
  await collector.context.close();

  const head = await newPage(h, DESK);
  await signIn(head.page, 'head');
  await head.page.goto(`/tasks/${taskId}/activities`);
  await head.page.getByRole('button', { name: '登记活动' }).waitFor();
  expect(await head.page.getByTestId('activities-closed').count()).toBe(0);
  await head.context.close();
}, 300_000);

it("专家团队批注 past the deadline: no new annotation, reply or 修改; 撤回 of one's own stays", async () => {
  const { context, page } = await newPage(h, DESK);
  await signIn(page, 'expert');
  await page.goto(`/tasks/${taskId}/annotate`);
  await page
    .getByTestId('annotations-closed')
    .getByText(/已截止/)
    .waitFor();
  const card = page.getByRole('article').filter({ hasText: '截止前的批注：罚款幅度偏高。' });
  await card.getByRole('button', { name: '撤回批注' }).waitFor();
  expect(await card.getByRole('button', { name: '修改批注' }).count()).toBe(0);
  expect(await card.getByRole('button', { name: '重新选择原文' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: '发送回复' }).count()).toBe(0);
  expect(await page.getByRole('textbox', { name: '回复' }).count()).toBe(0);
  // Selecting words offers no 批注 button.
  const words = page.locator('.anno-text').first();
  await words.scrollIntoViewIfNeeded();
  const box = (await words.boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + Math.min(120, box.width - 2), box.y + box.height / 2);
  await page.mouse.up();
  await page.waitForTimeout(500);
  expect(await page.getByRole('button', { name: '批注', exact: true }).count()).toBe(0);
  await screenshot(page, 'window-3-annotations-desk');
  await context.close();
}, 300_000);
