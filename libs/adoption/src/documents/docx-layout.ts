/**
 * The page and table layout the adoption documents share with the consolidated table (consolidation's
 * consolidated-docx.ts): A4, 2 cm side margins, fonts of Chinese official documents (黑体 headings, 仿宋_GB2312 body
 * text, 宋体 五号 in tables, Times New Roman for Latin text and digits), bordered fixed-width tables with a shaded header
 * row repeated on every page, and 第 X 页 共 Y 页 in the footer.
 *
 * TODO: share with consolidation documents — these are local equivalents of consolidated-docx.ts's private helpers
 * (fonts, SIZE, A4, MARGIN, the table borders, pageFooter, cell, columnWidths, chineseDate/chineseDateTime) and
 * text-safety.ts's linesOf; once @app/consolidation exports them, import them from there and drop this file.
 */
import {
  AlignmentType,
  BorderStyle,
  type Document,
  Footer,
  type IFontAttributesProperties,
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
import { xmlSafe } from '@app/consolidation';

/** Fonts for every script of a run: Latin text and digits in Times New Roman, Chinese in the named font. */
function fonts(eastAsia: string, latin = 'Times New Roman'): IFontAttributesProperties {
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia };
}

export const FONT = {
  title: fonts('黑体', '黑体'),
  heading: fonts('黑体'),
  body: fonts('仿宋_GB2312'),
  table: fonts('宋体'),
} as const;

/** Half-points: 小二 18 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt, 小五 9 pt. */
export const SIZE = { title: 36, heading: 28, body: 28, subtitle: 24, table: 21, footer: 18 } as const;

/** A4 in twips, given portrait (docx swaps them for landscape), and the margins. */
const A4 = { width: 11906, height: 16838 } as const;
const MARGIN = { top: 1247, bottom: 1247, left: 1134, right: 1134, header: 567, footer: 567 } as const;

export type Orientation = 'portrait' | 'landscape';

/** Width of the text area, in twips. */
export function textWidth(orientation: Orientation): number {
  return (orientation === 'landscape' ? A4.height : A4.width) - MARGIN.left - MARGIN.right;
}

type DocumentOptions = ConstructorParameters<typeof Document>[0];
type Section = DocumentOptions['sections'][number];

/** One section on A4 paper with the page-number footer. */
export function section(orientation: Orientation, children: Section['children']): Section {
  return {
    properties: {
      page: {
        size: {
          width: A4.width,
          height: A4.height,
          orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: MARGIN,
      },
    },
    footers: { default: pageFooter() },
    children,
  };
}

/** Document defaults: 宋体 五号, Chinese as the East Asian language — what table text takes without run properties. */
export const DEFAULT_STYLES: DocumentOptions['styles'] = {
  default: {
    document: {
      run: { font: FONT.table, size: SIZE.table, language: { value: 'en-US', eastAsia: 'zh-CN' } },
    },
  },
};

function pageFooter(): Footer {
  // PageNumber's values are strings: docx tells them apart from text by value.
  const children = ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'];
  const run = new TextRun({ children, font: FONT.table, size: SIZE.footer });
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run] })] });
}

/** The lines of a multi-line text, XML-safe, for one paragraph each. */
export function linesOf(text: string): string[] {
  return xmlSafe(text).split('\n');
}

export type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

/** The document's title: centred, 黑体 小二. */
export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 240, after: 240 },
    children: [new TextRun({ text: xmlSafe(text), font: FONT.title, size: SIZE.title })],
  });
}

/** A heading within the text: 黑体 四号. */
export function headingParagraph(text: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { before: 240, after: 120 },
    children: [new TextRun({ text: xmlSafe(text), font: FONT.heading, size: SIZE.heading })],
  });
}

/** A line of body text in 仿宋_GB2312, optionally with a 黑体 label before it. */
export function bodyParagraph(
  text: string,
  options: {
    label?: string;
    size?: number;
    alignment?: Alignment;
    firstLineIndent?: boolean;
    after?: number;
  } = {},
): Paragraph {
  const { label, size = SIZE.body, alignment, firstLineIndent = false, after = 80 } = options;
  return new Paragraph({
    ...(alignment ? { alignment } : {}),
    spacing: { after },
    // Two characters: twice the size in points, in twips.
    ...(firstLineIndent ? { indent: { firstLine: size * 20 } } : {}),
    children: [
      ...(label === undefined ? [] : [new TextRun({ text: `${label}：`, font: FONT.heading, size })]),
      new TextRun({ text: xmlSafe(text), font: FONT.body, size }),
    ],
  });
}

/** Twips per column, in proportion to the weights and summing exactly to the total. */
export function columnWidths(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};
const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } as const;

/** A cell's content: a text (a paragraph per line, in the document's default font) or paragraphs made by the caller. */
export type CellContent = string | Paragraph[];

export interface GridColumn {
  header: string;
  weight: number;
  alignment?: Alignment;
}

/**
 * A bordered table of fixed column widths filling the text width, its shaded header row repeated on every page.
 * Only the header row carries tblHeader: mammoth (and some readers) take any tblHeader, even w:val="off", as a header.
 */
export function gridTable(
  columns: readonly GridColumn[],
  rows: ReadonlyArray<readonly CellContent[]>,
  width: number,
): Table {
  const widths = columnWidths(
    columns.map((c) => c.weight),
    width,
  );
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => tableCell([headerParagraph(c.header)], widths[i], { header: true })),
  });
  const body = rows.map(
    (cells) =>
      new TableRow({
        children: columns.map((c, i) =>
          tableCell(cellParagraphs(cells[i] ?? '', c.alignment), widths[i], {}),
        ),
      }),
  );
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [header, ...body],
  });
}

function headerParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: xmlSafe(text), font: FONT.heading })],
  });
}

function cellParagraphs(content: CellContent, alignment: Alignment | undefined): Paragraph[] {
  if (typeof content !== 'string') return content.length > 0 ? content : [new Paragraph({})];
  // Runs without properties of their own take the document's default (宋体 五号) and keep a big table small.
  return linesOf(content).map(
    (line) => new Paragraph({ ...(alignment ? { alignment } : {}), children: [new TextRun(line)] }),
  );
}

function tableCell(children: Paragraph[], width: number, options: { header?: boolean }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: options.header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    ...(options.header ? { shading: HEADER_SHADING } : {}),
    children,
  });
}

/** 2024-05-06 (a time after it is dropped) → 2024年5月6日; anything else as given. */
export function chineseDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(date.trim());
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date;
}

/** 2024-05-20 10:30 → 2024年5月20日 10:30; anything else as given. */
export function chineseDateTime(dateTime: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}))?/u.exec(dateTime.trim());
  if (!m) return dateTime;
  return m[2] ? `${chineseDate(m[1])} ${m[2]}` : chineseDate(m[1]);
}
