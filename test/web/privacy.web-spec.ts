// Attack F5 in the browser: a collector withdrawing an opinion is told, in the dialog, that the person's contact details
// are deleted with it — and they are (the point head then reads no name or phone).
import { newPage, openDogTask, PHONE, signIn, startWebHarness, type WebHarness } from './web-harness.js';

let h: WebHarness;
let taskId: string;

beforeAll(async () => {
  h = await startWebHarness();
  ({ taskId } = await openDogTask(h.t));
});
afterAll(() => h?.close());

it('the withdraw dialog says the contact details will be deleted, and withdrawing deletes them', async () => {
  const collector = await h.t.login('collector');
  const submitted = await h.t.gql<{ submitOpinion: { opinion: { id: string } } }>(
    `mutation($input: SubmitOpinionInput!) { submitOpinion(input: $input) { opinion { id } } }`,
    {
      input: {
        taskId,
        provisionAddress: 'art_3',
        proposedChange: '建议第三条写明防疫部门的职责（撤回测试）',
        channel: 'VISIT',
        contributor: {
          name: '周要撤回',
          phone: '13966667777',
          consentText: '同意将姓名电话用于意见核实和采纳反馈',
          consentMethod: 'ORAL',
          minor: false,
          notifyOutcome: true,
        },
      },
    },
    collector,
  );
  const id = submitted.data!.submitOpinion.opinion.id;

  const { context, page } = await newPage(h, PHONE);
  await signIn(page, 'collector');
  await page.goto(`/opinions?task=${taskId}`);
  const item = page.locator('.ant-list-item').filter({ hasText: '建议第三条写明防疫部门的职责（撤回测试）' });
  await item.getByRole('button', { name: '撤回' }).click();
  const dialog = page.getByRole('dialog', { name: '撤回意见' });
  await dialog.getByText('提出人的姓名、电话等联系方式，将同时删除，不可恢复', { exact: false }).waitFor();
  await dialog.getByLabel('撤回理由').fill('本人要求撤回并删除个人信息');
  await dialog.getByRole('button', { name: '撤回' }).click();
  await page.getByText('已撤回').first().waitFor();
  await context.close();

  const head = await h.t.login('head');
  const read = await h.t.gql<{ opinion: { status: string; contributor: Record<string, unknown> } }>(
    'query($id: ID!) { opinion(id: $id) { status contributor { name phone erased erasureReason } } }',
    { id },
    head,
  );
  expect(read.data!.opinion).toEqual({
    status: 'WITHDRAWN',
    contributor: { name: null, phone: null, erased: true, erasureReason: 'WITHDRAWN' },
  });
});
