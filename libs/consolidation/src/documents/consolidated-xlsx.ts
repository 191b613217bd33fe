/**
 * The consolidated feedback as an .xlsx workbook: 汇总表 (the consolidated table, with the opinion and people counts
 * as numbers), 来源意见 (every source opinion and what became of it — 100,000 rows for a national consultation) and
 * 统计 (the counts). Written with exceljs's streaming writer: the plain Workbook keeps every cell as an object and
 * takes several times as long and as much memory for the source sheet.
 * Every cell shares one style object per column: exceljs then looks the style up once instead of once a cell.
 */
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  type RowCell,
  fittingRowHeight,
  xlsxPageSetup,
  XLSX_TEXT_FORMAT,
  cellText,
  xmlSafe,
} from '@app/common';
import {
  CONSOLIDATED_SHEET_NAMES,
  type ConsolidatedDocument,
  type ConsolidatedRow,
  type ConsolidatedSource,
  type CountLine,
  SOURCE_HEADERS,
  SUGGESTION_HEADERS,
  hasContactPointColumn,
  signOffLines,
} from './consolidated-document.js';
import {
  XLSX_FONT,
  XLSX_HEADER_STYLE,
  XLSX_TITLE_STYLE,
  type XlsxStyle,
  xlsxBorderedStyle,
} from './xlsx-styles.js';

const STYLES = {
  title: XLSX_TITLE_STYLE,
  subtitle: { font: XLSX_FONT, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } },
  header: XLSX_HEADER_STYLE,
  wrapped: xlsxBorderedStyle({ vertical: 'top', wrapText: true }, XLSX_TEXT_FORMAT),
  counted: xlsxBorderedStyle({ horizontal: 'center', vertical: 'top' }, '0'),
  text: { font: XLSX_FONT, numFmt: XLSX_TEXT_FORMAT },
  wrappedText: { font: XLSX_FONT, numFmt: XLSX_TEXT_FORMAT, alignment: { vertical: 'top', wrapText: true } },
  integer: { font: XLSX_FONT, numFmt: '0' },
  date: { font: XLSX_FONT, numFmt: 'yyyy-mm-dd' },
} satisfies Record<string, XlsxStyle>;

type CellValue = string | number | Date | null;

interface Column<T> {
  header: string;
  width: number;
  style: XlsxStyle;
  value: (item: T) => CellValue;
}

const SUGGESTION_COLUMNS: Record<keyof typeof SUGGESTION_HEADERS, Column<ConsolidatedRow>> = {
  number: column(SUGGESTION_HEADERS.number, 6, STYLES.counted, (r) => r.number),
  provision: column(SUGGESTION_HEADERS.provision, 16, STYLES.wrapped, (r) => r.provision),
  originalText: column(SUGGESTION_HEADERS.originalText, 40, STYLES.wrapped, (r) => r.originalText),
  proposedChange: column(SUGGESTION_HEADERS.proposedChange, 50, STYLES.wrapped, (r) => r.proposedChange),
  reason: column(SUGGESTION_HEADERS.reason, 40, STYLES.wrapped, (r) => r.reason),
  proposers: column(SUGGESTION_HEADERS.proposers, 30, STYLES.wrapped, (r) => r.proposers),
  contactPoint: column(SUGGESTION_HEADERS.contactPoint, 20, STYLES.wrapped, (r) => r.contactPoint ?? ''),
  opinionCount: column(SUGGESTION_HEADERS.opinionCount, 10, STYLES.counted, (r) => r.opinionCount),
  peopleCount: column(SUGGESTION_HEADERS.peopleCount, 10, STYLES.counted, (r) => r.peopleCount),
};

/** Made for each workbook: the dates seen are remembered, a few hundred distinct days among 100,000 sources. */
function sourceColumns(): Record<keyof typeof SOURCE_HEADERS, Column<ConsolidatedSource>> {
  const dates = new Map<string, Date | string>();
  return {
    receiptNumber: column(SOURCE_HEADERS.receiptNumber, 18, STYLES.text, (s) => s.receiptNumber),
    suggestionNumber: column(SOURCE_HEADERS.suggestionNumber, 10, STYLES.integer, (s) => s.suggestionNumber),
    provision: column(SOURCE_HEADERS.provision, 24, STYLES.wrappedText, (s) => s.provision),
    channel: column(SOURCE_HEADERS.channel, 12, STYLES.text, (s) => s.channel),
    unit: column(SOURCE_HEADERS.unit, 24, STYLES.wrappedText, (s) => s.unit),
    category: column(SOURCE_HEADERS.category, 14, STYLES.text, (s) => s.category),
    peopleRepresented: column(
      SOURCE_HEADERS.peopleRepresented,
      10,
      STYLES.integer,
      (s) => s.peopleRepresented,
    ),
    gatheredOn: column(SOURCE_HEADERS.gatheredOn, 12, STYLES.date, (s) => dateValue(s.gatheredOn, dates)),
    disposition: column(SOURCE_HEADERS.disposition, 40, STYLES.wrappedText, (s) => s.disposition),
    contactPoint: column(SOURCE_HEADERS.contactPoint, 20, STYLES.text, (s) => s.contactPoint ?? ''),
  };
}

function column<T>(
  header: string,
  width: number,
  style: XlsxStyle,
  value: (item: T) => CellValue,
): Column<T> {
  return { header, width, style, value };
}

/** Lines above the consolidated table's header. */
const TITLE_LINES = 3;

/** Where the streamed workbook's rows come from: pages read as the sheets are written, with their counts up front. */
export interface ConsolidatedXlsxRows {
  /** Rows of 汇总表 and of 来源意见 (the filters' ranges are written before the first row). */
  suggestionCount: number;
  sourceCount: number;
  /** Whether the tables carry the 联系点 column (the legislature's view across points). */
  contactPointColumn: boolean;
  suggestions: AsyncIterable<readonly ConsolidatedRow[]>;
  sources: AsyncIterable<readonly ConsolidatedSource[]>;
  /** Hears the rows written so far (both tables), after each page: progress, and a point to stop at. */
  written?: (rows: number) => Promise<void>;
}

/** The whole workbook in memory (small tables and tests); exports stream it with writeConsolidatedXlsx. */
export async function renderConsolidatedXlsx(doc: ConsolidatedDocument): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    output.on('end', resolve);
    output.on('error', reject);
  });
  const withPoint = doc.sources.some((s) => s.contactPoint !== undefined && s.contactPoint !== '');
  await writeConsolidatedXlsx(
    doc,
    {
      suggestionCount: doc.rows.length,
      sourceCount: doc.sources.length,
      contactPointColumn: hasContactPointColumn(doc),
      suggestions: once(doc.rows),
      sources: once(doc.sources),
    },
    output,
    { sharedStrings: true, sourcePointColumn: withPoint },
  );
  await ended;
  return Buffer.concat(chunks);
}

async function* once<T>(items: readonly T[]): AsyncGenerator<readonly T[]> {
  yield await Promise.resolve(items);
}

/**
 * The workbook written to `output` as its rows are read, a page at a time: exceljs's streaming writer commits each row
 * as it goes. Exports pass sharedStrings false: a shared-strings table holds every distinct text until the end (the
 * whole table's text in memory); inline strings leave each row's text with its row.
 */
export async function writeConsolidatedXlsx(
  doc: ConsolidatedDocument,
  rows: ConsolidatedXlsxRows,
  output: Writable,
  options: { sharedStrings?: boolean; sourcePointColumn?: boolean } = {},
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: options.sharedStrings ?? false,
  });
  workbook.creator = '民意';
  workbook.title = xmlSafe(doc.title);
  workbook.created = new Date();

  let written = 0;
  const counted = async (n: number) => {
    written += n;
    await rows.written?.(written);
  };
  await writeSuggestions(workbook, doc, rows, counted);
  await writeSources(workbook, rows, options.sourcePointColumn ?? rows.contactPointColumn, counted);
  writeStatistics(workbook, doc);
  await workbook.commit();
}

async function writeSuggestions(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  doc: ConsolidatedDocument,
  rows: ConsolidatedXlsxRows,
  counted: (n: number) => Promise<void>,
): Promise<void> {
  const columns = [
    SUGGESTION_COLUMNS.number,
    SUGGESTION_COLUMNS.provision,
    SUGGESTION_COLUMNS.originalText,
    SUGGESTION_COLUMNS.proposedChange,
    SUGGESTION_COLUMNS.reason,
    SUGGESTION_COLUMNS.proposers,
    ...(rows.contactPointColumn ? [SUGGESTION_COLUMNS.contactPoint] : []),
    SUGGESTION_COLUMNS.opinionCount,
    SUGGESTION_COLUMNS.peopleCount,
  ];
  const headerRow = TITLE_LINES + 1;
  const sheet = addSheet(
    workbook,
    CONSOLIDATED_SHEET_NAMES.suggestions,
    columns,
    headerRow,
    rows.suggestionCount,
  );

  const { cover: c } = doc;
  const signOff = signOffLines(
    c,
    (p) =>
      p.approvedBy || p.approvedAt
        ? `${p.approvedBy || '已审核'}${p.approvedAt ? `（${p.approvedAt}）` : ''}`
        : '尚未审核',
    (p) => p.submittedAt || '尚未报送',
  );
  const titles = [
    doc.title,
    `报送机关：${c.legislatureName}　基层立法联系点：${c.contactPoints.join('、')}　法规草案：${c.draftTitle}（${c.draftVersionLabel}）　征集时间：${c.period.from} 至 ${c.period.to}`,
    `共征集意见建议 ${c.counts.opinions} 条，代表 ${c.counts.people} 人；形成汇总意见 ${c.counts.suggestions} 条；不予报送 ${c.counts.notForwarded} 条。审核：${signOff.approval}　报送：${signOff.submission}　生成时间：${c.generatedAt}`,
  ];
  titles.forEach((text, i) => {
    const row = sheet.getRow(i + 1);
    const cell = row.getCell(1);
    cell.value = cellText(text);
    cell.style = i === 0 ? STYLES.title : STYLES.subtitle;
    row.height = i === 0 ? 30 : fittingRowHeight([{ text, width: totalWidth(columns) }]);
    sheet.mergeCells(i + 1, 1, i + 1, columns.length);
    row.commit();
  });
  await writeRows(sheet, headerRow, columns, rows.suggestions, counted);
  sheet.commit();
}

async function writeSources(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  rows: ConsolidatedXlsxRows,
  withPoint: boolean,
  counted: (n: number) => Promise<void>,
): Promise<void> {
  const { contactPoint, ...rest } = sourceColumns();
  const columns = [...Object.values(rest), ...(withPoint ? [contactPoint] : [])];
  const sheet = addSheet(workbook, CONSOLIDATED_SHEET_NAMES.sources, columns, 1, rows.sourceCount);
  await writeRows(sheet, 1, columns, rows.sources, counted);
  sheet.commit();
}

function writeStatistics(workbook: ExcelJS.stream.xlsx.WorkbookWriter, doc: ConsolidatedDocument): void {
  const widths = [30, 12];
  const sheet = workbook.addWorksheet(CONSOLIDATED_SHEET_NAMES.statistics, {
    pageSetup: xlsxPageSetup(widths),
  });
  sheet.columns = widths.map((width) => ({ width }));
  const { counts } = doc.cover;
  let n = 0;
  const line = (label: string, value: CellValue, header = false): void => {
    const row = sheet.getRow(++n);
    const [a, b] = [row.getCell(1), row.getCell(2)];
    a.style = header ? STYLES.header : STYLES.wrappedText;
    a.value = cellValue(label, a.style.numFmt);
    row.height = fittingRowHeight([{ text: label, width: widths[0] }]);
    b.style = header ? STYLES.header : STYLES.integer;
    b.value = cellValue(value, b.style.numFmt);
    row.commit();
  };
  const group = (title: string, lines: CountLine[]): void => {
    n++; // a blank line before each group
    line(title, '意见条数', true);
    for (const l of lines) line(l.label === '' ? '（未填写）' : l.label, l.count);
  };
  line('意见建议（条）', counts.opinions);
  line('代表人数（人）', counts.people);
  line('汇总意见（条）', counts.suggestions);
  line('不予报送（条）', counts.notForwarded);
  group('征集方式', counts.byChannel);
  group('联系单位', counts.byUnit);
  sheet.commit();
}

function addSheet<T>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: ReadonlyArray<Column<T>>,
  headerRow: number,
  dataRows: number,
): ExcelJS.Worksheet {
  // Views, page setup and the filter go in here: the streaming writer writes them out before the first row.
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }],
    pageSetup: xlsxPageSetup(
      columns.map((c) => c.width),
      { from: headerRow },
    ),
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow + dataRows, column: columns.length },
  };
  return sheet;
}

async function writeRows<T>(
  sheet: ExcelJS.Worksheet,
  headerRow: number,
  columns: ReadonlyArray<Column<T>>,
  pages: AsyncIterable<readonly T[]>,
  counted: (n: number) => Promise<void>,
): Promise<void> {
  const header = sheet.getRow(headerRow);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.style = STYLES.header;
  });
  header.height = fittingRowHeight(columns.map((c) => ({ text: c.header, width: c.width })));
  header.commit();
  // Neither Excel on opening nor LibreOffice grows a row to its wrapped text: the height is written for each row.
  const wrapped = columns.map((c) => c.style.alignment?.wrapText === true);
  const texts: RowCell[] = [];
  let rowNumber = headerRow;
  for await (const items of pages) {
    for (const item of items) {
      const row = sheet.getRow(++rowNumber);
      texts.length = 0;
      for (let i = 0; i < columns.length; i++) {
        const c = columns[i];
        const cell = row.getCell(i + 1);
        const value = cellValue(c.value(item), c.style.numFmt);
        cell.value = value;
        cell.style = c.style;
        if (wrapped[i] && typeof value === 'string') texts.push({ text: value, width: c.width });
      }
      row.height = fittingRowHeight(texts);
      row.commit();
    }
    await counted(items.length);
  }
}

function totalWidth(columns: ReadonlyArray<{ width: number }>): number {
  return columns.reduce((sum, c) => sum + c.width, 0);
}

/** What a cell in this number format holds: texts made safe, an empty text or a number that is not one as empty. */
function cellValue(value: CellValue, numFmt: string | undefined): CellValue {
  if (typeof value === 'string') return value === '' ? null : cellText(value, numFmt);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value;
}

/** A YYYY-MM-DD date as an Excel date (so it sorts and filters by year and month); anything else as text. */
function dateValue(text: string, seen: Map<string, Date | string>): Date | string | null {
  if (text === '') return null;
  let value = seen.get(text);
  if (value === undefined) {
    const date = /^\d{4}-\d{2}-\d{2}$/u.test(text) ? new Date(`${text}T00:00:00Z`) : undefined;
    // An impossible date (2024-02-30) stays as typed rather than turning into another day.
    value = date && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? date : text;
    seen.set(text, value);
  }
  return value;
}
