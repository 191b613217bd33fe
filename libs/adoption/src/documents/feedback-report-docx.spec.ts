/**
 * 意见采纳情况反馈 read back with mammoth (the letter, a table per task, outcomes and reasons, the signature) and as
 * the package's XML (portrait A4, repeated header rows, the page-number footer).
 */
import { describe, expect, it } from '@jest/globals';
import type { FeedbackReportDocument } from './adoption-documents.js';
import type { FeedbackSummary } from './adoption-documents.js';
import { chineseOrdinal, renderFeedbackReportDocx, summarySentence } from './feedback-report-docx.js';
import { readDocx, zipEntries } from '../../../../test/support/office-files.js';
import { SWU, feedbackDocument } from './testing.js';

const HEADER = ['回执编号', '条款', '意见', '采集员', '采纳情况', '说明'];

async function render(doc: FeedbackReportDocument): Promise<Awaited<ReturnType<typeof readDocx>>> {
  return readDocx(await renderFeedbackReportDocx(doc));
}

describe('renderFeedbackReportDocx', () => {
  it('reads as a letter: title, the unit addressed, the figures, a heading per task, the signature', async () => {
    const { paragraphs } = await render(feedbackDocument());
    expect(paragraphs).toEqual([
      '北碚区总工会意见建议采纳情况反馈',
      '北碚区总工会：',
      `感谢贵单位对立法工作的支持。贵单位通过${SWU}提出意见建议 4 条，涉及征求意见任务 3 件，` +
        '其中已汇总报送重庆市人大常委会 4 条。现将已报送意见的采纳情况反馈如下：采纳 1 条，部分采纳 1 条，未采纳 1 条，' +
        '尚待反馈 1 条。',
      '一、关于征求《重庆市养犬管理条例（草案）》意见的函（2022年9月28日反馈）',
      '二、关于征求《重庆市慈善条例（草案）》意见的函',
      '三、关于征求《重庆市物业管理条例（修订草案）》意见的函（2022年12月20日反馈）',
      '（无）',
      '',
      SWU,
      '2023年1月6日',
    ]);
  });

  it('lists each task’s opinions in a table: receipt number, provision, opinion, collector, outcome, reason', async () => {
    const { tables } = await render(feedbackDocument());
    expect(tables).toEqual([
      {
        head: [HEADER],
        body: [
          ['00012022051001', '第九条', '建议将“三十日”修改为“十五日”。', '张晓梅', '采纳', '已按建议修改。'],
          [
            '00012022051002',
            '第十七条',
            '犬链长度建议改为二米。\n便于大型犬活动。',
            '—',
            '部分采纳',
            '长度已调整，其余未采纳。',
          ],
        ],
      },
      {
        head: [HEADER],
        body: [
          ['00012022081601', '总体意见', '建议增加慈善信托的规定。', '李强', '未采纳', '上位法已有规定。'],
          ['00012022081602', '第十二条', '建议明确募捐备案期限。', '李强', '待定', ''],
        ],
      },
    ]);
  });

  it('says （无） when there are no tasks', async () => {
    const doc = feedbackDocument();
    doc.tasks = [];
    doc.summary = { opinions: 0, adopted: 0, partiallyAdopted: 0, notAdopted: 0, underStudy: 0, pending: 0 };
    const { tables, paragraphs } = await render(doc);
    expect(tables).toEqual([]);
    expect(paragraphs[2]).toContain(
      '贵单位尚未通过西南大学国家治理学院基层立法联系点提出意见建议。',
    );
  });

  it('is A4 portrait, with a repeated shaded header row in each table and 第 X 页 共 Y 页 in the footer', async () => {
    const entries = zipEntries(await renderFeedbackReportDocx(feedbackDocument()));
    const xml = entries.get('word/document.xml') ?? '';
    const pageSize = /<w:pgSz [^>]*>/u.exec(xml)?.[0];
    expect(pageSize).toContain('w:w="11906"');
    expect(pageSize).toContain('w:h="16838"');
    expect(pageSize).not.toContain('landscape');
    expect(xml.match(/<w:tblHeader\/>/gu)).toHaveLength(2);
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/gu)].map((m) => Number(m[1]));
    expect(grid.slice(0, 6).reduce((a, b) => a + b, 0)).toBe(11906 - 2 * 1134);
    const footer = [...entries].find(([name]) => /^word\/footer\d+\.xml$/u.test(name))?.[1] ?? '';
    const text = [...footer.matchAll(/<w:(?:t|instrText)[^>]*>([^<]*)<\/w:(?:t|instrText)>/gu)].map(
      (m) => m[1],
    );
    expect(text.join('').replace(/\s+/gu, ' ')).toBe('第 PAGE 页 共 NUMPAGES 页');
  });
});

describe('summarySentence', () => {
  const s = { opinions: 12, adopted: 2, partiallyAdopted: 3, notAdopted: 4, underStudy: 2, pending: 1 };
  const sentence = (summary: FeedbackSummary, tasks: number) =>
    summarySentence(summary, tasks, '西南大学国家治理学院基层立法联系点', '重庆市人大常委会');

  it('names 研究中 and 尚待反馈 only when there are some', () => {
    expect(sentence(s, 2)).toBe(
      '贵单位通过西南大学国家治理学院基层立法联系点提出意见建议 12 条，涉及征求意见任务 2 件，其中已汇总报送重庆市人大常委会 12 条。' +
        '现将已报送意见的采纳情况反馈如下：采纳 2 条，部分采纳 3 条，未采纳 4 条，研究中 2 条，尚待反馈 1 条。',
    );
    expect(sentence({ ...s, underStudy: 0, pending: 0 }, 1)).toContain('采纳 2 条，部分采纳 3 条，未采纳 4 条。');
  });

  it('says how many were submitted, how many are still with the point and how many were not forwarded', () => {
    const mixed = { opinions: 45, adopted: 5, partiallyAdopted: 3, notAdopted: 10, underStudy: 0, pending: 7 };
    expect(sentence({ ...mixed, withPoint: 18, notForwarded: 2 }, 4)).toBe(
      '贵单位通过西南大学国家治理学院基层立法联系点提出意见建议 45 条，涉及征求意见任务 4 件，' +
        '其中已汇总报送重庆市人大常委会 25 条，尚在联系点汇总、未报送 18 条，经联系点审核不予报送 2 条。' +
        '现将已报送意见的采纳情况反馈如下：采纳 5 条，部分采纳 3 条，未采纳 10 条，尚待反馈 7 条。',
    );
    const none = { opinions: 3, adopted: 0, partiallyAdopted: 0, notAdopted: 0, underStudy: 0, pending: 0 };
    expect(sentence({ ...none, withPoint: 3 }, 1)).toBe(
      '贵单位通过西南大学国家治理学院基层立法联系点提出意见建议 3 条，涉及征求意见任务 1 件，' +
        '其中已汇总报送重庆市人大常委会 0 条，尚在联系点汇总、未报送 3 条。',
    );
  });
});

describe('chineseOrdinal', () => {
  it('counts in Chinese numerals up to 99', () => {
    expect([1, 9, 10, 12, 20, 21, 99].map(chineseOrdinal)).toEqual([
      '一',
      '九',
      '十',
      '十二',
      '二十',
      '二十一',
      '九十九',
    ]);
    expect(chineseOrdinal(100)).toBe('100');
  });
});
