/**
 * The consolidated feedback as a Word document for the legislature: A4 landscape, a cover (what was consulted, by
 * whom, when, approval and submission, the counts), then the table 序号 / 条款 / 原文 / 修改意见 / 理由 / 提出单位或个人
 * (and 联系点 in the cross-point view) with its header repeated on every page, and 第 X 页 共 Y 页 in the footer.
 * Fonts follow Chinese official documents: 黑体 headings, 仿宋_GB2312 cover text, 宋体 in the table.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  type IFontAttributesProperties,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import {
  type ConsolidatedDocument,
  type ConsolidatedRow,
  type CountLine,
  NO_SUGGESTIONS,
  SUGGESTION_HEADERS,
  hasContactPointColumn,
} from './consolidated-document.js';
import { linesOf, xmlSafe } from './text-safety.js';

/** Fonts for every script of a run: Latin text and digits in Times New Roman, Chinese in the named font. */
function fonts(eastAsia: string, latin = 'Times New Roman'): IFontAttributesProperties {
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia };
}

const TITLE_FONT = fonts('黑体', '黑体');
const HEADING_FONT = fonts('黑体');
const COVER_FONT = fonts('仿宋_GB2312');
const TABLE_FONT = fonts('宋体');

/** Half-points: 小二 18 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt, 小五 9 pt. */
const SIZE = { title: 36, heading: 28, cover: 28, table: 21, footer: 18 } as const;

/** A4 in twips, given portrait: docx swaps them for landscape. */
const A4 = { width: 11906, height: 16838 } as const;
const MARGIN = { top: 1247, bottom: 1247, left: 1134, right: 1134, header: 567, footer: 567 } as const;
/** Width of the text area on a landscape page. */
const TEXT_WIDTH = A4.height - MARGIN.left - MARGIN.right;

const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const TABLE_BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
} as const;
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 } as const;

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

export async function renderConsolidatedDocx(doc: ConsolidatedDocument): Promise<Buffer> {
  const page = {
    size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
    margin: MARGIN,
  };
  const footers = { default: pageFooter() };
  const document = new Document({
    creator: '民意',
    title: xmlSafe(doc.title),
    description: xmlSafe(doc.cover.taskTitle),
    styles: {
      default: {
        document: {
          run: { font: TABLE_FONT, size: SIZE.table, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        },
      },
    },
    sections: [
      { properties: { page }, footers, children: cover(doc) },
      { properties: { page }, footers, children: suggestions(doc) },
    ],
  });
  return Packer.toBuffer(document);
}

function pageFooter(): Footer {
  // PageNumber's values are strings too: docx tells them apart from text by value.
  const run = (children: string[]): TextRun => new TextRun({ children, font: TABLE_FONT, size: SIZE.footer });
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [run(['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'])],
      }),
    ],
  });
}

function cover(doc: ConsolidatedDocument): Array<Paragraph | Table> {
  const { cover: c } = doc;
  const counts = c.counts;
  const lines: Array<[string, string]> = [
    ['报送机关', c.legislatureName],
    ['基层立法联系点', c.contactPoints.join('、')],
    ['征求意见任务', c.taskTitle],
    ['法规草案', `${c.draftTitle}（${c.draftVersionLabel}）`],
    ['征集时间', `${chineseDate(c.period.from)} 至 ${chineseDate(c.period.to)}`],
    ['审核', approval(c.approvedBy, c.approvedAt)],
    ['报送', c.submittedAt ? `${chineseDateTime(c.submittedAt)}报送` : '尚未报送'],
    ['生成时间', chineseDateTime(c.generatedAt)],
  ];
  const summary =
    `本次共征集意见建议 ${counts.opinions} 条，代表 ${counts.people} 人；` +
    `经归类合并，形成汇总意见 ${counts.suggestions} 条；不予报送 ${counts.notForwarded} 条。`;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 480, after: 480 },
      children: [new TextRun({ text: xmlSafe(doc.title), font: TITLE_FONT, size: SIZE.title })],
    }),
    ...lines.map(
      ([label, value]) =>
        new Paragraph({
          spacing: { after: 80 },
          children: [
            new TextRun({ text: `${label}：`, font: HEADING_FONT, size: SIZE.cover }),
            new TextRun({ text: xmlSafe(value), font: COVER_FONT, size: SIZE.cover }),
          ],
        }),
    ),
    new Paragraph({
      spacing: { before: 240, after: 240 },
      indent: { firstLine: SIZE.cover * 20 }, // two characters: 2 × the size in points, in twips
      children: [new TextRun({ text: summary, font: COVER_FONT, size: SIZE.cover })],
    }),
    ...countTable('按征集方式统计', '征集方式', counts.byChannel),
    ...countTable('按联系单位统计', '联系单位', counts.byUnit),
  ];
}

function approval(by: string | null | undefined, at: string | null | undefined): string {
  if (!by && !at) return '尚未审核';
  const when = at ? `${chineseDateTime(at)}` : '';
  return [by ? `${by}审核同意` : '已审核', when].filter((s) => s !== '').join('，');
}

/** 2024-05-06 → 2024年5月6日; anything else as given. */
function chineseDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date.trim());
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date;
}

/** 2024-05-20 10:30 → 2024年5月20日 10:30; anything else as given. */
function chineseDateTime(dateTime: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}))?/u.exec(dateTime.trim());
  if (!m) return dateTime;
  return m[2] ? `${chineseDate(m[1])} ${m[2]}` : chineseDate(m[1]);
}

function countTable(heading: string, label: string, lines: CountLine[]): Array<Paragraph | Table> {
  const title = new Paragraph({
    spacing: { before: 240, after: 120 },
    children: [new TextRun({ text: heading, font: HEADING_FONT, size: SIZE.cover })],
  });
  if (lines.length === 0) return [title, textParagraph('（无）')];
  const widths = [Math.round(TEXT_WIDTH * 0.3), Math.round(TEXT_WIDTH * 0.12)];
  const row = (cells: string[], header: boolean): TableRow =>
    new TableRow({
      // Only a header row says so: mammoth (and some readers) take any tblHeader, even w:val="off", as a header.
      ...(header ? { tableHeader: true } : {}),
      cantSplit: true,
      children: cells.map((text, i) =>
        cell(text, widths[i], { header, alignment: i === 1 ? AlignmentType.RIGHT : AlignmentType.LEFT }),
      ),
    });
  return [
    title,
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: widths[0] + widths[1], type: WidthType.DXA },
      columnWidths: widths,
      borders: TABLE_BORDERS,
      margins: CELL_MARGINS,
      rows: [
        row([label, '意见条数'], true),
        ...lines.map((line) =>
          row([line.label === '' ? '（未填写）' : line.label, String(line.count)], false),
        ),
      ],
    }),
  ];
}

function suggestions(doc: ConsolidatedDocument): Array<Paragraph | Table> {
  const heading = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    children: [new TextRun({ text: '意见建议汇总表', font: TITLE_FONT, size: SIZE.heading })],
  });
  if (doc.rows.length === 0) return [heading, textParagraph(NO_SUGGESTIONS, AlignmentType.CENTER)];

  const columns: SuggestionColumn[] = [
    'number',
    'provision',
    'originalText',
    'proposedChange',
    'reason',
    'proposers',
    ...(hasContactPointColumn(doc) ? (['contactPoint'] as const) : []),
  ];
  const widths = columnWidths(columns);
  const centred = (column: SuggestionColumn): boolean => column === 'number';
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, i) =>
      cell(SUGGESTION_HEADERS[column], widths[i], { header: true, alignment: AlignmentType.CENTER }),
    ),
  });
  const rows = doc.rows.map(
    (row) =>
      new TableRow({
        children: columns.map((column, i) =>
          cell(
            column === 'number' ? String(row.number) : (row[column] ?? ''),
            widths[i],
            centred(column) ? { alignment: AlignmentType.CENTER } : {},
          ),
        ),
      }),
  );
  return [
    heading,
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      borders: TABLE_BORDERS,
      margins: CELL_MARGINS,
      rows: [header, ...rows],
    }),
  ];
}

/** Twips per column, summing exactly to the text width. */
function columnWidths(columns: readonly SuggestionColumn[]): number[] {
  const total = columns.reduce((sum, c) => sum + COLUMN_WEIGHTS[c], 0);
  const widths = columns.map((c) => Math.floor((TEXT_WIDTH * COLUMN_WEIGHTS[c]) / total));
  widths[widths.length - 1] += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

function cell(text: string, width: number, options: { header?: boolean; alignment?: Alignment }): TableCell {
  const { header = false, alignment = AlignmentType.LEFT } = options;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    ...(header ? { shading: HEADER_SHADING } : {}),
    // Body text takes the document's default font and size (宋体 五号): a run without properties of its own keeps
    // a 2,000-row table small and quick to write.
    children: linesOf(text).map(
      (line) =>
        new Paragraph({
          ...(alignment === AlignmentType.LEFT ? {} : { alignment }),
          children: [header ? new TextRun({ text: line, font: HEADING_FONT }) : new TextRun(line)],
        }),
    ),
  });
}

function textParagraph(text: string, alignment: Alignment = AlignmentType.LEFT): Paragraph {
  return new Paragraph({
    alignment,
    children: [new TextRun({ text, font: COVER_FONT, size: SIZE.cover })],
  });
}
