/**
 * 意见采纳情况反馈 as a Word document: a short letter on A4 portrait to the unit (or point) whose opinions they were —
 * "北碚区总工会：", the figures, then per task a table 回执编号 / 条款 / 意见 / 采集员 / 采纳情况 / 说明 — signed by the
 * point with the date. Opinions are cited by receipt number; the collector is the unit's staff, never a contributor.
 */
import { AlignmentType, type Paragraph } from 'docx';
import {
  DOCX_STYLES,
  type DocxBlock,
  type GridColumn,
  bodyParagraph,
  chineseDate,
  docxBuffer,
  docxSection,
  docxTextWidth,
  gridTable,
  headingParagraph,
  renderDocx,
  titleParagraph,
  xmlSafe,
} from '@app/consolidation';
import {
  FEEDBACK_HEADERS,
  type FeedbackReportDocument,
  type FeedbackSummary,
  type FeedbackTask,
  NOTHING_TO_LIST,
  NO_COLLECTOR,
} from './adoption-documents.js';

/** 回执编号 wide enough for 14 digits on one line; the opinion and the reason get the room. */
const COLUMNS: GridColumn[] = [
  { header: FEEDBACK_HEADERS[0], weight: 17, alignment: AlignmentType.CENTER },
  { header: FEEDBACK_HEADERS[1], weight: 12 },
  { header: FEEDBACK_HEADERS[2], weight: 30 },
  { header: FEEDBACK_HEADERS[3], weight: 10, alignment: AlignmentType.CENTER },
  { header: FEEDBACK_HEADERS[4], weight: 10, alignment: AlignmentType.CENTER },
  { header: FEEDBACK_HEADERS[5], weight: 21 },
];

export async function renderFeedbackReportDocx(doc: FeedbackReportDocument): Promise<Buffer> {
  const document = renderDocx({
    title: xmlSafe(doc.title),
    styles: DOCX_STYLES,
    sections: [docxSection('portrait', [...letter(doc), ...doc.tasks.flatMap(taskPart), ...signature(doc)])],
  });
  return docxBuffer(document);
}

function letter(doc: FeedbackReportDocument): Paragraph[] {
  return [
    titleParagraph(doc.title),
    bodyParagraph(`${doc.recipient}：`),
    bodyParagraph(
      `感谢贵单位对立法工作的支持。${summarySentence(doc.summary, doc.tasks.length, doc.contactPoint, doc.legislatureName)}`,
      { firstLineIndent: true, spacing: { after: 240 } },
    ),
  ];
}

/**
 * The figures in sentences: how many opinions went where — submitted to the legislature, still with the point, not
 * forwarded — then what the legislature made of those it received. 研究中 and 尚待反馈 only when there are some.
 */
export function summarySentence(
  s: FeedbackSummary,
  tasks: number,
  contactPoint: string,
  legislature: string,
): string {
  if (s.opinions === 0) return `贵单位尚未通过${contactPoint}提出意见建议。`;
  const withPoint = s.withPoint ?? 0;
  const notForwarded = s.notForwarded ?? 0;
  const submitted = s.opinions - withPoint - notForwarded;
  const where = [
    `已汇总报送${legislature} ${submitted} 条`,
    ...(withPoint > 0 ? [`尚在联系点汇总、未报送 ${withPoint} 条`] : []),
    ...(notForwarded > 0 ? [`经联系点审核不予报送 ${notForwarded} 条`] : []),
  ];
  const outcomes = [
    `采纳 ${s.adopted} 条`,
    `部分采纳 ${s.partiallyAdopted} 条`,
    `未采纳 ${s.notAdopted} 条`,
    ...(s.underStudy > 0 ? [`研究中 ${s.underStudy} 条`] : []),
    ...(s.pending > 0 ? [`尚待反馈 ${s.pending} 条`] : []),
  ];
  return (
    `贵单位通过${contactPoint}提出意见建议 ${s.opinions} 条，涉及征求意见任务 ${tasks} 件，其中${where.join('，')}。` +
    (submitted > 0 ? `现将已报送意见的采纳情况反馈如下：${outcomes.join('，')}。` : '')
  );
}

function taskPart(task: FeedbackTask, index: number): DocxBlock[] {
  const published =
    task.submitted === false
      ? '（联系点尚未报送）'
      : task.publishedAt
        ? `（${chineseDate(task.publishedAt)}反馈）`
        : '';
  const heading = headingParagraph(`${chineseOrdinal(index + 1)}、${task.taskTitle}${published}`);
  if (task.opinions.length === 0) return [heading, bodyParagraph(NOTHING_TO_LIST)];
  const rows = task.opinions.map((o) => [
    o.receiptNumber,
    o.provision,
    o.proposedChange,
    o.collector.trim() === '' ? NO_COLLECTOR : o.collector,
    o.outcome,
    o.reason,
  ]);
  return [heading, gridTable(COLUMNS, rows, docxTextWidth('portrait'))];
}

function signature(doc: FeedbackReportDocument): Paragraph[] {
  const right = { alignment: AlignmentType.RIGHT, spacing: { after: 0 } } as const;
  return [
    bodyParagraph('', { spacing: { after: 240 } }),
    bodyParagraph(doc.contactPoint, right),
    bodyParagraph(chineseDate(doc.generatedAt), right),
  ];
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 21 → 二十一, up to 99; beyond, the number as is. */
export function chineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}
