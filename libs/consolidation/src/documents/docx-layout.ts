/**
 * The page and table layout of the Word documents — the consolidated table here and the adoption documents
 * (@app/adoption): A4 with 2 cm side margins, fonts of Chinese official documents (黑体 headings, 仿宋_GB2312 body text,
 * 宋体 五号 in tables, Times New Roman for Latin text and digits), bordered fixed-width tables with a shaded header row
 * repeated on every page, and 第 X 页 共 Y 页 in the footer.
 */
import {
  AlignmentType,
  BorderStyle,
  type Document,
  Footer,
  type IFontAttributesProperties,
  type ISpacingProperties,
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
import { characterUnits } from '@app/common';
import { linesOf, xmlSafe } from './text-safety.js';

/** Fonts for every script of a run: Latin text and digits in Times New Roman, Chinese in the named font. */
function fonts(eastAsia: string, latin = 'Times New Roman'): IFontAttributesProperties {
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia };
}

export const DOCX_FONT = {
  title: fonts('黑体', '黑体'),
  heading: fonts('黑体'),
  body: fonts('仿宋_GB2312'),
  table: fonts('宋体'),
} as const;

/** Half-points: 小二 18 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt, 小五 9 pt. */
export const DOCX_SIZE = { title: 36, heading: 28, body: 28, subtitle: 24, table: 21, footer: 18 } as const;

/** A4 in twips, given portrait (docx swaps them for landscape), and the margins. */
const A4 = { width: 11906, height: 16838 } as const;
const MARGIN = { top: 1247, bottom: 1247, left: 1134, right: 1134, header: 567, footer: 567 } as const;

export type DocxOrientation = 'portrait' | 'landscape';

/** Width of the text area, in twips. */
export function docxTextWidth(orientation: DocxOrientation): number {
  return (orientation === 'landscape' ? A4.height : A4.width) - MARGIN.left - MARGIN.right;
}

/** Height of the text area, in twips. */
export function docxTextHeight(orientation: DocxOrientation): number {
  return (orientation === 'landscape' ? A4.width : A4.height) - MARGIN.top - MARGIN.bottom;
}

/** A table of at most this many rows (and a third of a page) is kept on one page, with its heading. */
export const DOCX_SHORT_TABLE_ROWS = 20;

/**
 * Twips a table row of these texts takes (宋体 五号: a Chinese character 210 twips wide, two units of 105; a line about
 * 15.75 pt with the table's single spacing). Generous: it decides which rows may be kept whole on a page.
 */
export function docxRowHeight(cells: ReadonlyArray<{ text: string; width: number }>): number {
  const unit = DOCX_SIZE.table * 5; // half-points → twips of half an em
  const line = Math.round(DOCX_SIZE.table * 10 * 1.5);
  let lines = 1;
  for (const { text, width } of cells) {
    const usable = Math.max(1, Math.floor((width - DOCX_CELL_MARGINS.left - DOCX_CELL_MARGINS.right) / unit));
    let count = 0;
    for (const part of linesOf(text)) {
      let units = 0;
      for (let i = 0; i < part.length; i++) units += characterUnits(part.charCodeAt(i));
      count += Math.max(1, Math.ceil(units / usable));
    }
    lines = Math.max(lines, count);
  }
  return lines * line + DOCX_CELL_MARGINS.top + DOCX_CELL_MARGINS.bottom;
}

/**
 * Whether a row may be kept from breaking across pages: only when it fits on a page below the repeated header (a
 * row taller than a page that may not split is cut off by Word).
 */
export function docxRowFitsOnPage(
  cells: ReadonlyArray<{ text: string; width: number }>,
  orientation: DocxOrientation,
): boolean {
  // Room for the repeated header row and a little slack for the estimate.
  return docxRowHeight(cells) <= docxTextHeight(orientation) * 0.8;
}

type DocumentOptions = ConstructorParameters<typeof Document>[0];
type Section = DocumentOptions['sections'][number];

/** One section on A4 paper with the page-number footer. */
export function docxSection(orientation: DocxOrientation, children: Section['children']): Section {
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
    footers: { default: docxPageFooter() },
    children,
  };
}

/** Document defaults: 宋体 五号, Chinese as the East Asian language — what table text takes without run properties. */
export const DOCX_STYLES: DocumentOptions['styles'] = {
  default: {
    document: {
      run: { font: DOCX_FONT.table, size: DOCX_SIZE.table, language: { value: 'en-US', eastAsia: 'zh-CN' } },
    },
  },
};

/** 第 X 页 共 Y 页, centred. */
export function docxPageFooter(): Footer {
  // PageNumber's values are strings: docx tells them apart from text by value.
  const children = ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'];
  const run = new TextRun({ children, font: DOCX_FONT.table, size: DOCX_SIZE.footer });
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run] })] });
}

export type DocxAlignment = (typeof AlignmentType)[keyof typeof AlignmentType];

/** The document's title: centred, 黑体 (小二 unless told), with space above and below. */
export function titleParagraph(
  text: string,
  options: { size?: number; spacing?: ISpacingProperties } = {},
): Paragraph {
  const { size = DOCX_SIZE.title, spacing = { before: 240, after: 240 } } = options;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing,
    children: [new TextRun({ text: xmlSafe(text), font: DOCX_FONT.title, size })],
  });
}

/** A heading within the text: 黑体 四号, kept with what follows unless told otherwise. */
export function headingParagraph(text: string, options: { keepNext?: boolean } = {}): Paragraph {
  const { keepNext = true } = options;
  return new Paragraph({
    ...(keepNext ? { keepNext } : {}),
    spacing: { before: 240, after: 120 },
    children: [new TextRun({ text: xmlSafe(text), font: DOCX_FONT.heading, size: DOCX_SIZE.heading })],
  });
}

/**
 * A paragraph of body text in 仿宋_GB2312, optionally with a 黑体 label before it. The spacing is 4 pt after unless
 * told; an empty spacing ({}) leaves the paragraph without any.
 */
export function bodyParagraph(
  text: string,
  options: {
    label?: string;
    size?: number;
    alignment?: DocxAlignment;
    firstLineIndent?: boolean;
    spacing?: ISpacingProperties;
  } = {},
): Paragraph {
  const {
    label,
    size = DOCX_SIZE.body,
    alignment,
    firstLineIndent = false,
    spacing = { after: 80 },
  } = options;
  return new Paragraph({
    ...(alignment ? { alignment } : {}),
    ...(Object.keys(spacing).length > 0 ? { spacing } : {}),
    // Two characters: twice the size in points, in twips.
    ...(firstLineIndent ? { indent: { firstLine: size * 20 } } : {}),
    children: [
      ...(label === undefined ? [] : [new TextRun({ text: `${label}：`, font: DOCX_FONT.heading, size })]),
      new TextRun({ text: xmlSafe(text), font: DOCX_FONT.body, size }),
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
export const DOCX_TABLE_BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
} as const;
export const DOCX_CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 } as const;
export const DOCX_HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } as const;

/** A cell's content: a text (a paragraph per line, in the document's default font) or paragraphs made by the caller. */
export type DocxCellContent = string | Paragraph[];

/**
 * A table cell of a fixed width. A text becomes a paragraph per line: in a header cell (shaded, centred vertically) in
 * 黑体; elsewhere in runs without properties of their own, which take the document's default (宋体 五号) and keep a
 * 2,000-row table small and quick to write.
 */
export function docxCell(
  content: DocxCellContent,
  width: number,
  options: { header?: boolean; alignment?: DocxAlignment; keepNext?: boolean } = {},
): TableCell {
  const { header = false, alignment, keepNext = false } = options;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    ...(header ? { shading: DOCX_HEADER_SHADING } : {}),
    children: cellParagraphs(content, header, alignment, keepNext),
  });
}

/** keepNext on a row's paragraphs keeps the row on the page of the next one: how Word holds a short table together. */
function cellParagraphs(
  content: DocxCellContent,
  header: boolean,
  alignment: DocxAlignment | undefined,
  keepNext: boolean,
): Paragraph[] {
  if (typeof content !== 'string') return content.length > 0 ? content : [new Paragraph({})];
  return linesOf(content).map(
    (line) =>
      new Paragraph({
        ...(alignment ? { alignment } : {}),
        ...(keepNext ? { keepNext } : {}),
        children: [header ? new TextRun({ text: line, font: DOCX_FONT.heading }) : new TextRun(line)],
      }),
  );
}

/** A bordered table of fixed column widths (in twips), as wide as they are together. */
export function docxTable(widths: readonly number[], rows: TableRow[]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    borders: DOCX_TABLE_BORDERS,
    margins: DOCX_CELL_MARGINS,
    rows,
  });
}

export interface GridColumn {
  header: string;
  weight: number;
  alignment?: DocxAlignment;
}

/**
 * A bordered table of fixed column widths filling the given width, its shaded, centred header row repeated on every
 * page. Only the header row carries tblHeader: mammoth (and some readers) take any tblHeader, even w:val="off", as a
 * header.
 */
export function gridTable(
  columns: readonly GridColumn[],
  rows: ReadonlyArray<readonly DocxCellContent[]>,
  width: number,
  options: {
    /** The plain text of each cell given as paragraphs, to judge whether its row fits on a page. */
    texts?: ReadonlyArray<readonly string[]>;
  } = {},
): Table {
  const widths = columnWidths(
    columns.map((c) => c.weight),
    width,
  );
  const orientation: DocxOrientation = width > docxTextWidth('portrait') ? 'landscape' : 'portrait';
  const measured = rows.map((cells, r) =>
    columns.map((_, i) => {
      const cell = cells[i] ?? '';
      return { text: typeof cell === 'string' ? cell : (options.texts?.[r]?.[i] ?? ''), width: widths[i] };
    }),
  );
  // A short table — few rows, a third of a page at most — is kept on one page: moved whole rather than split.
  const short =
    rows.length <= DOCX_SHORT_TABLE_ROWS &&
    measured.reduce((sum, cells) => sum + docxRowHeight(cells), 0) <= docxTextHeight(orientation) / 3;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) =>
      docxCell(c.header, widths[i], { header: true, alignment: AlignmentType.CENTER, keepNext: short }),
    ),
  });
  const body = rows.map((cells, r) => {
    // A row is kept whole where it fits on a page; in a short table each row but the last holds on to the next.
    const keepNext = short && r < rows.length - 1;
    return new TableRow({
      ...(docxRowFitsOnPage(measured[r], orientation) ? { cantSplit: true } : {}),
      children: columns.map((c, i) =>
        docxCell(cells[i] ?? '', widths[i], { alignment: c.alignment, keepNext }),
      ),
    });
  });
  return docxTable(widths, [header, ...body]);
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
