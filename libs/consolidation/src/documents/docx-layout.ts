/**
 * The page and table layout of the Word documents — the consolidated table here and the adoption documents
 * (@app/adoption): A4 with 2 cm side margins, fonts of Chinese official documents (黑体 headings, 仿宋_GB2312 body text,
 * 宋体 五号 in tables, Times New Roman for Latin text and digits), bordered fixed-width tables with a shaded header row
 * repeated on every page, and 第 X 页 共 Y 页 in the footer.
 */
import {
  AlignmentType,
  Footer,
  type ISpacingProperties,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import { characterUnits, linesOf, xmlSafe } from '@app/common';
import { DOCX_FONT, DOCX_SIZE } from './docx-fonts.js';
import { type DocxBlock, type DocxSpec, type StreamedTable } from './docx-stream.js';
import {
  DOCX_CELL_MARGINS,
  type DocxAlignment,
  type DocxCellContent,
  type DocxRowOptions,
  TABLE_END_XML,
  rowXml,
  tableStartXml,
} from './docx-table-xml.js';

export { DOCX_FONT, DOCX_SIZE };
export { DOCX_CELL_MARGINS, type DocxAlignment, type DocxCellContent };

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
 * Whether a short row is kept from breaking across pages: one of at most a quarter of a page. A longer row may split
 * (the header row repeats on the next page): kept whole, each one that does not fit in what is left of a page moved
 * to the next and left the rest empty — the walk's page 3 held 4 rows. And a row taller than a page that may not
 * split is cut off by Word.
 */
export function docxRowKeptWhole(
  cells: ReadonlyArray<{ text: string; width: number }>,
  orientation: DocxOrientation,
): boolean {
  return docxRowHeight(cells) <= docxTextHeight(orientation) * 0.25;
}

type Section = DocxSpec['sections'][number];

/** One section on A4 paper with the page-number footer. */
export function docxSection(orientation: DocxOrientation, children: DocxBlock[]): Section {
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
export const DOCX_STYLES: DocxSpec['styles'] = {
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

/** A row of a table: its cells and how it is laid out (docx-table-xml.ts). */
export interface DocxRow {
  cells: readonly DocxCellContent[];
  options?: DocxRowOptions;
}

/** A bordered table of fixed column widths (in twips), as wide as they are together, its rows written as they come. */
export function docxTable(
  widths: readonly number[],
  rows: Iterable<DocxRow> | AsyncIterable<DocxRow>,
): StreamedTable {
  return {
    streamedTable: true,
    async *xml() {
      yield tableStartXml(widths);
      for await (const row of rows) yield rowXml(row.cells, widths, row.options);
      yield TABLE_END_XML;
    },
  };
}

export interface GridColumn {
  header: string;
  weight: number;
  alignment?: DocxAlignment;
}

/** The plain text of a cell, to judge how tall its row is. */
function cellText(content: DocxCellContent): string {
  if (typeof content === 'string') return content;
  return content.map((p) => p.runs.map((r) => r.text).join('')).join('\n');
}

/**
 * A bordered table of fixed column widths filling the given width, its shaded, centred header row repeated on every
 * page. The rows may come as they are read (an async iterable of pages of a database query): only the first few are
 * held, to tell a short table — kept on one page — from a long one.
 */
export function gridTable(
  columns: readonly GridColumn[],
  rows: Iterable<readonly DocxCellContent[]> | AsyncIterable<readonly DocxCellContent[]>,
  width: number,
): StreamedTable {
  const widths = columnWidths(
    columns.map((c) => c.weight),
    width,
  );
  const orientation: DocxOrientation = width > docxTextWidth('portrait') ? 'landscape' : 'portrait';
  const alignments = columns.map((c) => c.alignment);
  const measured = (cells: readonly DocxCellContent[]) =>
    columns.map((_, i) => ({ text: cellText(cells[i] ?? ''), width: widths[i] }));
  async function* laidOut(): AsyncGenerator<DocxRow> {
    // A short table — few rows, a third of a page at most — is kept on one page: moved whole rather than split.
    const first: Array<readonly DocxCellContent[]> = [];
    const source: AsyncIterator<readonly DocxCellContent[]> | Iterator<readonly DocxCellContent[]> =
      Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
    let next = await source.next();
    while (!next.done && first.length <= DOCX_SHORT_TABLE_ROWS) {
      first.push(next.value);
      next = await source.next();
    }
    const short =
      next.done === true &&
      first.length <= DOCX_SHORT_TABLE_ROWS &&
      first.reduce((sum, cells) => sum + docxRowHeight(measured(cells)), 0) <=
        docxTextHeight(orientation) / 3;
    yield {
      cells: columns.map((c) => c.header),
      options: { header: true, cantSplit: true, keepNext: short, alignments: columns.map(() => 'center') },
    };
    // A short row is kept whole, a long one may split (docxRowKeptWhole); in a short table each row but the last
    // holds on to the next.
    const body = (cells: readonly DocxCellContent[], keepNext: boolean): DocxRow => ({
      cells,
      options: { cantSplit: docxRowKeptWhole(measured(cells), orientation), keepNext, alignments },
    });
    for (const [r, cells] of first.entries()) yield body(cells, short && r < first.length - 1);
    while (!next.done) {
      yield body(next.value, false);
      next = await source.next();
    }
  }
  return docxTable(widths, laidOut());
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
