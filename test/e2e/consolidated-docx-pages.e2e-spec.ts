// The consolidated .docx as printed: its cover's 征集时间 is the real period — from the task reaching the point to when
// it stopped collecting (停止征集 two days before its 提交审核 here) — not the planned deadline; and a long row (第十三条 quoted whole) may
// split across pages under the repeated header instead of leaving the rest of a page empty, while short rows stay whole.
import { jest } from '@jest/globals';
import { Clock } from '@app/common';
import { docxText, zipText } from '../support/office-files.js';
import { submittedDogTask } from '../support/submitted-dog-task.js';
import { must, openDogTaskId, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const chineseDate = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
const chinaDay = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

it('shows the real collection period and lets long rows split', async () => {
  const head = await t.login('head');
  const taskId = await openDogTaskId(t, head);
  // Opinions on 第十三条 as a whole: its 原文 (the whole article, six items) makes rows of half a page.
  for (const [i, address] of ['art_13', 'art_13', 'art_13'].entries())
    must(
      await t.gql(
        'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { receiptNumber } }',
        {
          i: {
            taskId,
            provisionAddress: address,
            channel: 'VISIT',
            proposedChange: `第${i + 1}条走访意见：建议明确小区电梯内必须牵紧犬链或怀抱犬只，并规定违反时的处理办法。`,
            reason: '电梯空间狭小，常有老人小孩被吓到；物业难以劝阻，需要条例给出明确依据。',
          },
        },
        head,
      ),
    );
  const { consultationTask } = must(
    await t.gql<{ consultationTask: { deadline: string } }>(
      'query($id: ID!) { consultationTask(id: $id) { deadline } }',
      { id: taskId },
      head,
    ),
  );
  // The executing body stops collecting (停止征集) two days before it asks for approval: the period ends then.
  const stoppedAt = new Date(Date.now() - 2 * 24 * 3600_000);
  const { contactPoints } = must(
    await t.gql<{ contactPoints: { edges: Array<{ node: { id: string } }> } }>(
      '{ contactPoints(first: 1) { edges { node { id } } } }',
      {},
      head,
    ),
  );
  const clock = jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => stoppedAt);
  try {
    must(
      await t.gql(
        `mutation($t: ID!, $p: ID!) {
          transitionPointTask(input: { taskId: $t, contactPointId: $p, to: CONSOLIDATING }) { id } }`,
        { t: taskId, p: contactPoints.edges[0].node.id },
        head,
      ),
    );
  } finally {
    clock.mockRestore();
  }
  const dog = await submittedDogTask(t);
  const stopped = chinaDay(stoppedAt);
  const res = must(
    await t.gql<{ exportConsolidatedFeedback: { url: string } }>(
      'mutation($i: ExportConsolidatedFeedbackInput!) { exportConsolidatedFeedback(input: $i) { url } }',
      { i: { taskId: dog.taskId, contactPointId: dog.pointId, format: 'DOCX' } },
      head,
    ),
  );
  const docx = (await t.download(res.exportConsolidatedFeedback.url, head)).body;

  const period = /征集时间：(\S+) 至 (\S+)/u.exec(await docxText(docx));
  expect(period?.[2]).toBe(chineseDate(stopped));
  expect(chinaDay(new Date(consultationTask.deadline)) > stopped).toBe(true); // the planned deadline is later
  expect(period?.[1]).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/u);

  const xml = zipText(docx, 'word/document.xml');
  const main = xml.slice(
    xml.indexOf('<w:tbl>', xml.indexOf('意见建议汇总表', xml.indexOf('按联系单位统计'))),
  );
  const rows = main.slice(0, main.indexOf('</w:tbl>')).split('<w:tr>').slice(1);
  expect(rows[0]).toContain('<w:tblHeader/>');
  const long = rows.filter((r) => r.includes('走访意见'));
  expect(long).toHaveLength(3);
  for (const row of long) expect(row).not.toContain('<w:cantSplit/>');
  // The demo's own suggestions are a few lines each: kept whole.
  expect(rows.slice(1).filter((r) => r.includes('<w:cantSplit/>')).length).toBeGreaterThan(5);
});
