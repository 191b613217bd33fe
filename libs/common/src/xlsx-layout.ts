/**
 * How an .xlsx prints: row heights that fit wrapped text, and one page setup for every sheet. Excel fits a row to its
 * wrapped text only when it recalculates on opening, and LibreOffice never grows a row an .xlsx left unset: without
 * heights written, every row prints as one line and long proposals are cut off.
 * Pure and without exceljs at runtime, shared by every lib that writes a workbook.
 */
import type ExcelJS from 'exceljs';

export const XLSX_LAYOUT = {
  /** Points per line of 11-point text (宋体 11 sets at about 14.25 pt; a little air keeps descenders in). */
  lineHeight: 15,
  /** Points above and below the lines of a cell. */
  padding: 4,
  /** Excel's largest row height, in points: a text longer than this many lines is cut in print whatever we do. */
  maxRowHeight: 409,
  /** Width units a cell loses to its margins and borders. */
  cellMargin: 1,
} as const;

/**
 * Width units a character takes in a column whose width counts the digit 0 of the default font: a Chinese character,
 * full-width punctuation or a full-width form about 2, anything else about 1.
 */
export function characterUnits(code: number): number {
  return (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2014 && code <= 0x201d) || // —‘’“”: full width in Chinese fonts
    code === 0x2026 || // …
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK radicals … Yi, including CJK punctuation and ideographs
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xd800 && code <= 0xdbff) || // the first half of a surrogate pair: CJK extensions, emoji
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // full-width forms (，：（）)
    (code >= 0xffe0 && code <= 0xffe6)
    ? 2
    : code >= 0xdc00 && code <= 0xdfff
      ? 0 // the second half of a pair was counted with the first
      : 1;
}

/** Lines a text takes in a wrapped cell of the given column width: each of its lines wrapped, at least 1. */
export function wrappedLineCount(text: string, columnWidth: number): number {
  const usable = Math.max(1, columnWidth - XLSX_LAYOUT.cellMargin);
  let lines = 0;
  let units = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code === 10) {
      lines += Math.max(1, Math.ceil(units / usable));
      units = 0;
    } else if (code !== 13) {
      units += characterUnits(code);
    }
  }
  return lines;
}

export interface RowCell {
  text: string;
  /** The column's width in Excel's units (characters of the digit 0). */
  width: number;
}

/**
 * The height in points of a row whose wrapped cells hold these texts: the tallest cell's lines, 15 points a line plus
 * a little air, capped at Excel's 409. An estimate — Excel breaks Latin text at spaces, so it leans generous.
 */
export function fittingRowHeight(cells: readonly RowCell[], fontSize = 11): number {
  let lines = 1;
  for (const cell of cells) {
    if (cell.text !== '') lines = Math.max(lines, wrappedLineCount(cell.text, cell.width * (11 / fontSize)));
  }
  const lineHeight = (XLSX_LAYOUT.lineHeight * fontSize) / 11;
  return Math.min(XLSX_LAYOUT.maxRowHeight, Math.round(lines * lineHeight + XLSX_LAYOUT.padding));
}

/** Widths (in Excel's units) above which a sheet prints across A4 landscape rather than portrait. */
const PORTRAIT_WIDTH = 95;

/**
 * Every sheet's page setup: A4, fitted to one page wide and as many pages tall as needed, landscape when the columns
 * are wider than a portrait page, the header row(s) repeated on every page when there is one.
 */
export function xlsxPageSetup(
  columnWidths: readonly number[],
  printTitlesRow?: { from: number; to?: number },
): Partial<ExcelJS.PageSetup> {
  const width = columnWidths.reduce((sum, w) => sum + w, 0);
  return {
    paperSize: 9, // A4
    orientation: width > PORTRAIT_WIDTH ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(printTitlesRow
      ? { printTitlesRow: `${printTitlesRow.from}:${printTitlesRow.to ?? printTitlesRow.from}` }
      : {}),
  };
}
