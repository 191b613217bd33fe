/**
 * The rows of an uploaded workbook's sheets, one at a time, read with exceljs's streaming worksheet reader from the
 * parts ./xlsx-package.ts has already inflated (within their declared sizes) — instead of exceljs's whole-workbook
 * loader, which unzips the file a second time and builds every sheet, row and cell in memory before the first row
 * can be read (at 10,000 opinions, about 40% more time, most of it the garbage collector's).
 *
 * The cells are exceljs's own (the same Cell and Row classes, the same style and shared-string parsers, dates by the
 * same number formats), so ./opinion-values.ts reads them alike. Where the streaming reader would read a sheet
 * differently from the loader, `streamable` says no and the caller loads the workbook whole, as before:
 * - inline strings (t="inlineStr", written by some generators instead of shared strings): the streaming reader keeps
 *   only the last run of a rich inline string and decodes entities twice.
 */
import type ExcelJS from 'exceljs';
import WorksheetReader from 'exceljs/lib/stream/xlsx/worksheet-reader.js';
import SharedStringsXform from 'exceljs/lib/xlsx/xform/strings/shared-strings-xform.js';
import StyleManager from 'exceljs/lib/xlsx/xform/style/styles-xform.js';
import type { XlsxPackage } from './xlsx-package.js';

export interface SheetSource {
  name: string;
  /** hidden, veryHidden, or visible (also when unset). */
  state: string | undefined;
  /** The rows in the order the file has them; rows without any cell may be left out. */
  rows(): Iterable<ExcelJS.Row> | AsyncIterable<ExcelJS.Row>;
}

/** XML handed to the sax parser in pieces of this many characters (the parser batches its events per piece). */
const PIECE = 64 * 1024;

/** Whether every sheet of the package reads the same streamed as loaded whole (see the comment above). */
export function streamable(pkg: XlsxPackage): boolean {
  return pkg.sheets.every((s) => !s.xml.includes('inlineStr', 0, 'latin1'));
}

/** The package's sheets, in the workbook's order, each read when its rows are asked for. */
export async function streamedSheets(pkg: XlsxPackage): Promise<SheetSource[]> {
  const sharedStrings = new SharedStringsXform();
  if (pkg.sharedStrings) await sharedStrings.parseStream(pieces(pkg.sharedStrings));
  const styles = new StyleManager();
  if (pkg.styles) await styles.parseStream(pieces(pkg.styles));
  else styles.init();
  const workbook = {
    sharedStrings: sharedStrings.values,
    styles,
    properties: { model: { date1904: pkg.date1904 } },
  };
  return pkg.sheets.map((sheet, i) => ({
    name: sheet.name,
    state: sheet.state,
    rows: () =>
      new WorksheetReader({
        workbook,
        id: i + 1,
        iterator: pieces(sheet.xml),
        options: { worksheets: 'emit', hyperlinks: 'ignore' },
      }),
  }));
}

/** The sheets of a workbook loaded whole. */
export function loadedSheets(workbook: ExcelJS.Workbook): SheetSource[] {
  return workbook.worksheets.map((sheet) => ({
    name: sheet.name,
    state: sheet.state,
    rows: () => {
      const rows: ExcelJS.Row[] = [];
      sheet.eachRow((row) => rows.push(row));
      return rows;
    },
  }));
}

/**
 * The part as text in pieces. Text, not bytes: exceljs decodes each Buffer it is given on its own, which would break
 * a Chinese character whose bytes fall on both sides of a cut. No cut between the two halves of a surrogate pair.
 */
function* pieces(part: Buffer): Generator<string> {
  const text = part.toString('utf8');
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + PIECE, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield text.slice(start, end);
    start = end;
  }
}
