/**
 * The consolidated feedback as a Word document for the legislature: A4 landscape, a cover (what was consulted, by
 * whom, when, approval and submission, the counts), then the table 序号 / 条款 / 原文 / 修改意见 / 理由 / 提出单位或个人
 * (and 联系点 in the cross-point view) with its header repeated on every page, and 第 X 页 共 Y 页 in the footer.
 * Fonts follow Chinese official documents: 黑体 headings, 仿宋_GB2312 cover text, 宋体 in the table.
 */
import type { Readable } from 'node:stream';
import { AlignmentType, type Paragraph } from 'docx';
import {
  type ConsolidatedDocument,
  type ConsolidatedRow,
  type CountLine,
  NO_SUGGESTIONS,
  SUGGESTION_HEADERS,
  hasContactPointColumn,
  signOffLines,
} from './consolidated-document.js';
import {
  DOCX_SHORT_TABLE_ROWS,
  DOCX_SIZE,
  DOCX_STYLES,
  type DocxAlignment,
  type DocxRow,
  bodyParagraph,
  chineseDate,
  chineseDateTime,
  docxSection,
  docxTable,
  docxTextWidth,
  gridTable,
  headingParagraph,
  titleParagraph,
} from './docx-layout.js';
import { type DocxBlock, docxBuffer, renderDocx } from './docx-stream.js';
import { xmlSafe } from '@app/common';

/**
 * The table's rows as the service reads them, a page at a time, for a document too large to hold: how many there are
 * (the cover says so first) and whether they name their contact point (the cross-point view).
 */
export interface ConsolidatedRowSource {
  count: number;
  contactPointColumn: boolean;
  pages: AsyncIterable<readonly ConsolidatedRow[]> | Iterable<readonly ConsolidatedRow[]>;
}

type SuggestionColumn = keyof Pick<
  ConsolidatedRow,
  'number' | 'provision' | 'originalText' | 'proposedChange' | 'reason' | 'proposers' | 'contactPoint'
>;

/** Relative widths: the texts get the room, 序号 and 条款 just enough. */
const COLUMN_WEIGHTS: Record<SuggestionColumn, number> = {
  number: 5,
  provision: 11,
  originalText: 21,
  proposedChange: 26,
  reason: 22,
  proposers: 15,
  contactPoint: 10,
};

/** The document as a stream of .docx bytes; its table's rows are read from `rows` as the stream is read. */
export function streamConsolidatedDocx(
  doc: ConsolidatedDocument,
  rows: ConsolidatedRowSource = {
    count: doc.rows.length,
    contactPointColumn: hasContactPointColumn(doc),
    pages: [doc.rows],
  },
): Readable {
  return renderDocx({
    title: xmlSafe(doc.title),
    description: xmlSafe(doc.cover.taskTitle),
    styles: DOCX_STYLES,
    sections: [docxSection('landscape', cover(doc)), docxSection('landscape', suggestions(rows))],
  });
}

export async function renderConsolidatedDocx(doc: ConsolidatedDocument): Promise<Buffer> {
  return docxBuffer(streamConsolidatedDocx(doc));
}

function cover(doc: ConsolidatedDocument): DocxBlock[] {
  const { cover: c } = doc;
  const counts = c.counts;
  const signOff = signOffLines(
    c,
    (p) => approval(p.approvedBy, p.approvedAt),
    (p) => (p.submittedAt ? `${chineseDateTime(p.submittedAt)}报送` : '尚未报送'),
  );
  const lines: Array<[string, string]> = [
    ['报送机关', c.legislatureName],
    ['基层立法联系点', c.contactPoints.join('、')],
    ['征求意见任务', c.taskTitle],
    ['法规草案', `${c.draftTitle}（${c.draftVersionLabel}）`],
    ['征集时间', `${chineseDate(c.period.from)} 至 ${chineseDate(c.period.to)}`],
    ['审核', signOff.approval],
    ['报送', signOff.submission],
    ['生成时间', chineseDateTime(c.generatedAt)],
  ];
  const summary =
    `本次共征集意见建议 ${counts.opinions} 条，代表 ${counts.people} 人；` +
    `经归类合并，形成汇总意见 ${counts.suggestions} 条；不予报送 ${counts.notForwarded} 条。`;
  return [
    titleParagraph(doc.title, { spacing: { before: 480, after: 480 } }),
    ...lines.map(([label, value]) => bodyParagraph(value, { label })),
    bodyParagraph(summary, { firstLineIndent: true, spacing: { before: 240, after: 240 } }),
    ...countTable('按征集方式统计', '征集方式', counts.byChannel),
    ...countTable('按联系单位统计', '联系单位', counts.byUnit),
  ];
}

function approval(by: string | null | undefined, at: string | null | undefined): string {
  if (!by && !at) return '尚未审核';
  const when = at ? `${chineseDateTime(at)}` : '';
  return [by ? `${by}审核同意` : '已审核', when].filter((s) => s !== '').join('，');
}

/** A line of text without spacing of its own, as where a table has nothing to list. */
function textParagraph(text: string, alignment: DocxAlignment = AlignmentType.LEFT): Paragraph {
  return bodyParagraph(text, { alignment, spacing: {} });
}

/** A small table of counts: label and count, the count right-aligned; no row is split across pages. */
function countTable(heading: string, label: string, lines: CountLine[]): DocxBlock[] {
  // The heading stays with its table, and a short table stays on one page (keepNext on every row but the last).
  const title = headingParagraph(heading);
  if (lines.length === 0) return [title, textParagraph('（无）')];
  const textWidth = docxTextWidth('landscape');
  const widths = [Math.round(textWidth * 0.3), Math.round(textWidth * 0.12)];
  const alignments = [undefined, AlignmentType.RIGHT] as const;
  const short = lines.length < DOCX_SHORT_TABLE_ROWS;
  const row = (cells: string[], header: boolean, keepNext: boolean): DocxRow => ({
    cells,
    options: { header, cantSplit: true, keepNext, alignments },
  });
  return [
    title,
    docxTable(widths, [
      row([label, '意见条数'], true, true),
      ...lines.map((line, i) =>
        row(
          [line.label === '' ? '（未填写）' : line.label, String(line.count)],
          false,
          short && i < lines.length - 1,
        ),
      ),
    ]),
  ];
}

const SUGGESTION_COLUMNS = [
  'number',
  'provision',
  'originalText',
  'proposedChange',
  'reason',
  'proposers',
] as const satisfies readonly SuggestionColumn[];

function suggestions(rows: ConsolidatedRowSource): DocxBlock[] {
  const heading = titleParagraph('意见建议汇总表', { size: DOCX_SIZE.heading, spacing: { after: 240 } });
  if (rows.count === 0) return [heading, textParagraph(NO_SUGGESTIONS, AlignmentType.CENTER)];

  const columns: SuggestionColumn[] = [
    ...SUGGESTION_COLUMNS,
    ...(rows.contactPointColumn ? (['contactPoint'] as const) : []),
  ];
  async function* cells() {
    for await (const page of rows.pages)
      for (const row of page)
        yield columns.map((column) => (column === 'number' ? String(row.number) : (row[column] ?? '')));
  }
  return [
    heading,
    gridTable(
      columns.map((column) => ({
        header: SUGGESTION_HEADERS[column],
        weight: COLUMN_WEIGHTS[column],
        ...(column === 'number' ? { alignment: AlignmentType.CENTER } : {}),
      })),
      cells(),
      docxTextWidth('landscape'),
    ),
  ];
}
