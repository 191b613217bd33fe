/**
 * Reads a filled-in opinion sheet (the template of ./opinion-template.ts, or any sheet with the same headers in any
 * order) into opinions. Whole-file problems throw BadInputError; problems of a row are collected per cell, so that a
 * collector sees every mistake at once. Every non-empty row ends up either in `rows` or with at least one error:
 * nothing is dropped silently. Pure: a buffer in, plain data out.
 */
// Framework-free entries, not '@app/common': this file runs in the upload worker, whose start must stay light.
import { chinaDate } from '@app/common/china-date';
import { BadInputError } from '@app/common/errors';
import type ExcelJS from 'exceljs';
import {
  ContributorCategory,
  OPINION_LIMITS,
  OpinionChannel,
  implausiblePeople,
} from '../opinion-vocabulary.js';
import {
  GENERAL_OPINION,
  OPINION_COLUMNS,
  SHEET_NAMES,
  columnForHeader,
  provisionEntries,
  provisionKey,
  type OpinionColumn,
  type OpinionColumnKey,
} from './opinion-columns.js';
import {
  clip,
  isBlank,
  readCategory,
  readCell,
  readChannel,
  readGatheredOn,
  readPeopleRepresented,
  readTags,
  readText,
  problem,
  type CellContent,
  type OpinionCellErrorCode,
  type Reading,
} from './opinion-values.js';
import { loadedSheets, streamable, streamedSheets, type SheetSource } from './sheet-rows.js';
import { inspectXlsxPackage, type CellRange, type PackageLimits, type XlsxPackage } from './xlsx-package.js';

export type { OpinionCellErrorCode } from './opinion-values.js';

/** Reasons of the BadInputError thrown for a whole file. */
export type OpinionFileErrorReason =
  | 'NOT_XLSX'
  | 'FILE_TOO_LARGE'
  | 'TOO_MANY_PARTS'
  | 'TOO_MANY_SHEETS'
  | 'TOO_MANY_SHARED_STRINGS'
  | 'TOO_MANY_STYLES'
  | 'MISSING_COLUMNS'
  | 'DUPLICATE_COLUMNS'
  | 'TOO_MANY_ROWS'
  | 'NO_ROWS'
  // Refused by the upload pool (readOpinionSheet): the worker ran out of time or memory, or the pool was full.
  | 'IMPORT_PROCESSING_TIMEOUT'
  | 'IMPORT_TOO_LARGE_TO_READ'
  | 'UPLOAD_BUSY';

export interface OpinionSheetContext {
  /** The provisions of the draft version the opinions are about. */
  provisions: ReadonlyArray<{ address: string; citation: string; label?: string }>;
  /** Most non-empty data rows read; default OPINION_LIMITS.importRows. */
  maxRows?: number;
  /** Today in China (YYYY-MM-DD); a later 征集日期 is refused. Default: the real date. */
  today?: string;
  /** The day the task reached the point (YYYY-MM-DD); an earlier 征集日期 is refused (DATE_BEFORE_ISSUE). */
  earliest?: string;
  /**
   * How the sheets are read: streamed where that reads alike (default), or always with exceljs's whole-workbook
   * loader — for the specs that compare the two and the parse benchmark (test/bench/parse-opinion-sheet.bench.ts).
   */
  reader?: 'stream' | 'loader';
}

export interface ParsedOpinionRow {
  /** null: a general opinion (总体意见). */
  provisionAddress: string | null;
  proposedChange: string;
  reason: string | null;
  channel: OpinionChannel;
  /** YYYY-MM-DD. */
  gatheredOn: string | null;
  place: string | null;
  peopleRepresented: number;
  contributorCategory: ContributorCategory | null;
  contributorUnit: string | null;
  tags: string[];
}

export interface OpinionSheetError {
  /** The row number as Excel shows it. */
  row: number;
  /** The column's Chinese header (canonical, e.g. 修改意见). */
  column: string;
  code: OpinionCellErrorCode;
  message: string;
}

export interface OpinionSheetResult {
  rows: Array<{ row: number; value: ParsedOpinionRow }>;
  errors: OpinionSheetError[];
  /** Non-empty data rows: those in `rows` plus those with errors. */
  totalRows: number;
  /** The worksheet that was read. */
  sheetName: string;
}

/**
 * What an uploaded sheet may hold, checked before exceljs builds anything (./xlsx-package.ts). A full sheet of 10,000
 * opinions is about 110,000 cells and as many shared strings (fewer: repeated words are stored once), a few to a few
 * tens of megabytes of XML, a few dozen style records and three sheets; the limits leave a wide margin above that and
 * stop far short of what would take a worker's memory (exceljs holds a few hundred bytes per cell or string). Counts
 * that grow with the rows read are given per row and never fall below the fixed floor.
 */
export const OPINION_SHEET_LIMITS = {
  /** Larger uploads are refused before anything is unpacked. */
  maxFileBytes: 20 * 1024 * 1024,
  /** All zip entries inflated. */
  maxUncompressedBytes: 100 * 1024 * 1024,
  /** Cells in all worksheets: at least this many, or 50 a row read. */
  minCells: 500_000,
  cellsPerRow: 50,
  /** <row> elements of one worksheet (rows may exist for formatting alone): at least this many, or 5 a row read. */
  minRowElements: 50_000,
  rowElementsPerRow: 5,
  /** Shared strings: at least this many, or 20 a row read (10 columns, and the template's list of provisions). */
  minSharedStrings: 200_000,
  sharedStringsPerRow: 20,
  /** Style records together (Excel itself stops at about 64,000 cell formats). */
  maxStyleRecords: 65_000,
  /** Worksheets (the template has three). */
  maxSheets: 100,
  /** Zip entries (an .xlsx of a few sheets has a few dozen). */
  maxZipEntries: 1_000,
} as const;

/** Larger uploads are refused before anything is unpacked. */
export const MAX_OPINION_SHEET_BYTES = OPINION_SHEET_LIMITS.maxFileBytes;
/** The header is looked for in the first rows only (a title line above it is common). */
export const HEADER_SEARCH_ROWS = 10;

// Parts of a worksheet the import does not need. Merges especially: exceljs would expand each merged range into
// cell objects; they are read from the package instead (./xlsx-package.ts).
const IGNORED_NODES = ['mergeCells', 'dataValidations', 'conditionalFormatting', 'hyperlinks', 'extLst'];

const REQUIRED_COLUMNS = OPINION_COLUMNS.filter((c) => c.requiredColumn);

export async function parseOpinionSheet(
  buffer: Buffer,
  context: OpinionSheetContext,
): Promise<OpinionSheetResult> {
  const maxRows = context.maxRows ?? OPINION_LIMITS.importRows;
  const today = context.today ?? chinaDate(new Date());
  const pkg = inspectXlsxPackage(buffer, packageLimits(maxRows));
  // What each row holds, and which rows hold anything, so that the row limit is checked before any row is validated.
  const streamed = context.reader === 'loader' ? undefined : await readStreamed(pkg);
  const { layout, contents, lastContentRow } = streamed ?? (await readLoaded(buffer));
  const merges = (pkg.sheets.find((s) => s.name === layout.sheetName)?.merges ?? []).filter((m) =>
    touchesData(m, layout),
  );

  // A merged range reaches only as far as rows with content of their own: merging a whole column adds no rows.
  const mergesByRow = new Map<number, CellRange[]>();
  for (const merge of merges) {
    const last = Math.min(merge.bottom, lastContentRow);
    for (let r = Math.max(merge.top, layout.headerRow + 1); r <= last; r++) {
      const list = mergesByRow.get(r);
      if (list) list.push(merge);
      else mergesByRow.set(r, [merge]);
    }
  }
  const rowNumbers = [...new Set([...contents.keys(), ...mergesByRow.keys()])].sort((a, b) => a - b);

  if (rowNumbers.length > maxRows) {
    throw new BadInputError(
      'TOO_MANY_ROWS',
      `工作表“${layout.sheetName}”有 ${rowNumbers.length} 行意见，超过了每次最多导入的 ${maxRows} 行，请拆分成多个文件后分批导入`,
    );
  }
  if (rowNumbers.length === 0) {
    throw new BadInputError('NO_ROWS', `工作表“${layout.sheetName}”的表头下方没有填写任何意见`);
  }

  const reader = new RowReader(layout, provisionIndex(context.provisions), today, context.earliest);
  const result: OpinionSheetResult = {
    rows: [],
    errors: [],
    totalRows: rowNumbers.length,
    sheetName: layout.sheetName,
  };
  for (const rowNumber of rowNumbers) {
    const errors: OpinionSheetError[] = [];
    const value = reader.read(rowNumber, contents.get(rowNumber), mergesByRow.get(rowNumber) ?? [], errors);
    if (errors.length > 0 || value === null) result.errors.push(...errors);
    else result.rows.push({ row: rowNumber, value });
  }
  return result;
}

/**
 * The sheets read as they stream (./sheet-rows.ts), or undefined where only the whole-workbook loader reads them as
 * the import always has: inline strings, rows out of order, or XML the streaming reader cannot parse (the loader then
 * says whether the file is readable at all).
 */
async function readStreamed(pkg: XlsxPackage): Promise<SheetContents | undefined> {
  if (!streamable(pkg)) return undefined;
  try {
    return await readSheets(await streamedSheets(pkg));
  } catch (error) {
    if (error instanceof BadInputError) throw error;
    return undefined;
  }
}

async function readLoaded(buffer: Buffer): Promise<SheetContents> {
  // Loaded only here: most sheets stream, and all of exceljs costs the import's worker about 0.3 s of its start.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as ArrayBuffer; in Node it reads a Buffer (which is what it is given here).
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES });
  } catch {
    throw new BadInputError(
      'NOT_XLSX',
      '无法读取该 .xlsx 文件（文件可能已损坏），请用 Excel 或 WPS 打开后重新保存为 .xlsx 再上传',
    );
  }
  const read = await readSheets(loadedSheets(workbook));
  // A loaded sheet gives its rows in order, which is all readSheets can decline.
  if (read === undefined) throw new Error('rows of a loaded worksheet out of order');
  return read;
}

/** Caps on what exceljs is given to build in memory (OPINION_SHEET_LIMITS) for a sheet of at most `maxRows` rows. */
function packageLimits(maxRows: number): PackageLimits {
  const L = OPINION_SHEET_LIMITS;
  return {
    maxFileBytes: L.maxFileBytes,
    maxUncompressedBytes: L.maxUncompressedBytes,
    maxCells: Math.max(L.minCells, maxRows * L.cellsPerRow),
    maxRowElements: Math.max(L.minRowElements, maxRows * L.rowElementsPerRow),
    maxDataRows: maxRows,
    maxSharedStrings: Math.max(L.minSharedStrings, maxRows * L.sharedStringsPerRow),
    maxStyleRecords: L.maxStyleRecords,
    maxSheets: L.maxSheets,
    maxZipEntries: L.maxZipEntries,
  };
}

// ---- Finding the sheet and its header -------------------------------------------------------------------------

interface LocatedColumn {
  column: OpinionColumn;
  /** 1-based column number in the sheet. */
  index: number;
}

interface Layout {
  sheetName: string;
  headerRow: number;
  columns: LocatedColumn[];
}

interface SheetContents {
  layout: Layout;
  /** What each non-blank data row holds in the located columns, by row number. */
  contents: Map<number, CellContent[]>;
  /** The last of those rows (the header row when there is none). */
  lastContentRow: number;
}

interface HeaderCandidate extends Layout {
  duplicates: OpinionColumn[];
}

/**
 * The sheet to read: the first whose header row (within the first rows) names every required column — the sheet
 * named 意见 first, then visible sheets, then hidden ones, so that the template's hidden list sheet never wins — and
 * the content of its data rows, in one pass over each sheet's rows: the header is chosen once the rows below
 * HEADER_SEARCH_ROWS begin. Undefined when a sheet's rows come out of order (a hand-made file streamed), which one
 * pass cannot read.
 */
async function readSheets(sheets: SheetSource[]): Promise<SheetContents | undefined> {
  const ranked = [...sheets].sort((a, b) => sheetRank(a) - sheetRank(b));
  let best: HeaderCandidate | undefined;
  let anyContent = false;

  // The first row of `top` that qualifies as the header (or undefined, noting the best one seen).
  const headerIn = (sheet: SheetSource, top: ExcelJS.Row[]): Layout | undefined => {
    for (const row of top) {
      const candidate = headerAt(sheet.name, row);
      if (candidate === undefined) continue;
      if (REQUIRED_COLUMNS.every((c) => candidate.columns.some((l) => l.column === c))) {
        if (candidate.duplicates.length > 0) {
          const names = candidate.duplicates.map((c) => `“${c.header}”`).join('、');
          throw new BadInputError(
            'DUPLICATE_COLUMNS',
            `工作表“${sheet.name}”第 ${candidate.headerRow} 行的表头中，${names}出现了不止一次，系统无法判断读取哪一列，请删除多余的列`,
            candidate.duplicates.map((c) => ({ field: c.header, message: `列“${c.header}”重复` })),
          );
        }
        return candidate;
      }
      if (best === undefined || candidate.columns.length > best.columns.length) best = candidate;
    }
    return undefined;
  };

  for (const sheet of ranked) {
    const top: ExcelJS.Row[] = [];
    let decided = false;
    let read: SheetContents | undefined;
    const take = (row: ExcelJS.Row): void => {
      if (read === undefined || row.number <= read.layout.headerRow) return;
      const cells = read.layout.columns.map((c) => readCell(row.findCell(c.index)));
      if (cells.every(isBlank)) return;
      read.contents.set(row.number, cells);
      read.lastContentRow = row.number;
    };
    const decide = (): void => {
      decided = true;
      const layout = headerIn(sheet, top);
      if (layout === undefined) return;
      read = { layout, contents: new Map(), lastContentRow: layout.headerRow };
      top.forEach(take);
    };
    let previous = 0;
    for await (const row of sheet.rows()) {
      if (!(row.number > previous)) return undefined;
      previous = row.number;
      if (row.hasValues) anyContent = true;
      if (row.number <= HEADER_SEARCH_ROWS) {
        top.push(row);
        continue;
      }
      if (!decided) decide();
      // A sheet without the header is still read to its end: a row of the first ones may come last.
      if (read !== undefined) take(row);
    }
    if (!decided) decide();
    if (read !== undefined) return read;
  }
  if (!anyContent)
    throw new BadInputError('NO_ROWS', '文件中没有任何内容，请在模板的“意见”工作表中填写意见后再上传');
  const found = best;
  const missing = REQUIRED_COLUMNS.filter((c) => !found?.columns.some((l) => l.column === c));
  const where = found
    ? `工作表“${found.sheetName}”第 ${found.headerRow} 行的表头`
    : `任何工作表的前 ${HEADER_SEARCH_ROWS} 行`;
  throw new BadInputError(
    'MISSING_COLUMNS',
    `${where}缺少必需的列：${missing.map((c) => c.header).join('、')}。请使用系统下载的模板，不要修改表头文字`,
    missing.map((c) => ({ field: c.header, message: `缺少列“${c.header}”` })),
  );
}

function sheetRank(sheet: SheetSource): number {
  if (sheet.name === SHEET_NAMES.opinions) return 0;
  return sheet.state === 'hidden' || sheet.state === 'veryHidden' ? 2 : 1;
}

function headerAt(sheetName: string, row: ExcelJS.Row): HeaderCandidate | undefined {
  const columns: LocatedColumn[] = [];
  const duplicates: OpinionColumn[] = [];
  row.eachCell((cell, index) => {
    const content = readCell(cell);
    if (content.kind !== 'text') return;
    const column = columnForHeader(content.text);
    if (column === undefined) return;
    if (columns.some((l) => l.column === column)) {
      if (!duplicates.includes(column)) duplicates.push(column);
    } else {
      columns.push({ column, index });
    }
  });
  if (columns.length === 0) return undefined;
  columns.sort((a, b) => a.index - b.index);
  return { sheetName, headerRow: row.number, columns, duplicates };
}

function touchesData(merge: CellRange, layout: Layout): boolean {
  return (
    merge.bottom > layout.headerRow &&
    layout.columns.some((l) => l.index >= merge.left && l.index <= merge.right)
  );
}

// ---- Provisions ---------------------------------------------------------------------------------------------

/** null in the index: a general opinion; AMBIGUOUS: a bare citation shared by several provisions. */
const AMBIGUOUS = Symbol('ambiguous');
type ProvisionIndex = ReadonlyMap<string, string | null | typeof AMBIGUOUS>;

function provisionIndex(provisions: OpinionSheetContext['provisions']): ProvisionIndex {
  const index = new Map<string, string | null | typeof AMBIGUOUS>([[provisionKey(GENERAL_OPINION), null]]);
  const entries = provisionEntries(provisions);
  // Exact forms first (the drop-down entry, the address); a bare citation only where it names one provision.
  for (const { address, entry } of entries) {
    index.set(provisionKey(entry), address);
    index.set(provisionKey(address), address);
  }
  const byCitation = new Map<string, Set<string>>();
  for (const p of provisions) {
    const key = provisionKey(p.citation);
    const set = byCitation.get(key) ?? new Set<string>();
    set.add(p.address);
    byCitation.set(key, set);
  }
  for (const [key, addresses] of byCitation) {
    if (!index.has(key)) index.set(key, addresses.size === 1 ? [...addresses][0] : AMBIGUOUS);
  }
  return index;
}

// ---- Rows ---------------------------------------------------------------------------------------------------

const HEADERS = Object.fromEntries(OPINION_COLUMNS.map((c) => [c.key, c.header])) as Record<
  OpinionColumnKey,
  string
>;

class RowReader {
  private readonly position: Partial<Record<OpinionColumnKey, number>> = {};

  constructor(
    private readonly layout: Layout,
    private readonly provisions: ProvisionIndex,
    private readonly today: string,
    private readonly earliest: string | undefined,
  ) {
    layout.columns.forEach((l, i) => (this.position[l.column.key] = i));
  }

  /**
   * The opinion of one row, or null with its problems pushed to `errors`. A row without `cells` is blank but for
   * the merged ranges over it: those are its only problems (a missing 修改意见 there would be noise).
   */
  read(
    rowNumber: number,
    cells: CellContent[] | undefined,
    merges: CellRange[],
    errors: OpinionSheetError[],
  ): ParsedOpinionRow | null {
    const merged = new Set<number>();
    for (const merge of merges) {
      const inside = this.layout.columns.filter((l) => l.index >= merge.left && l.index <= merge.right);
      inside.forEach((l) => merged.add(l.index));
      const first = inside[0];
      errors.push({
        row: rowNumber,
        column: first.column.header,
        code: 'MERGED_CELL',
        message: `${first.column.header}位于合并单元格 ${merge.ref} 中，请取消合并，并在每一行填写完整内容`,
      });
    }

    if (cells === undefined) return null;

    // Cells inside a merge were reported above; reading them as well would only repeat the problem.
    const take = <T>(
      key: OpinionColumnKey,
      read: (content: CellContent, label: string) => Reading<T>,
    ): T | undefined => {
      const i = this.position[key];
      const located = i === undefined ? undefined : this.layout.columns[i];
      const label = HEADERS[key];
      if (located !== undefined && merged.has(located.index)) return undefined;
      const reading = read(i === undefined ? { kind: 'empty' } : cells[i], label);
      if (reading.ok) return reading.value;
      errors.push({
        row: rowNumber,
        column: label,
        code: reading.problem.code,
        message: reading.problem.message,
      });
      return undefined;
    };

    const provision = take('provision', (c, label) => this.readProvision(c, label));
    const proposedChange = take('proposedChange', (c, label) =>
      required(readText(c, label, OPINION_LIMITS.proposedChange), label),
    );
    const reason = take('reason', (c, label) => readText(c, label, OPINION_LIMITS.reason));
    const channel = take('channel', (c, label) => required(readChannel(c, label), label));
    const gatheredOn = take('gatheredOn', (c, label) => readGatheredOn(c, label, this.today, this.earliest));
    const place = take('place', (c, label) => readText(c, label, OPINION_LIMITS.place, { oneLine: true }));
    const peopleRepresented = take('peopleRepresented', readPeopleRepresented);
    const contributorCategory = take('contributorCategory', readCategory);
    const contributorUnit = take('contributorUnit', (c, label) =>
      readText(c, label, OPINION_LIMITS.unit, { oneLine: true }),
    );
    const tags = take('tags', readTags);
    const implausible =
      channel && peopleRepresented !== undefined ? implausiblePeople(channel, peopleRepresented) : null;
    if (implausible) {
      errors.push({
        row: rowNumber,
        column: HEADERS.peopleRepresented,
        code: 'PEOPLE_IMPLAUSIBLE',
        message: `${HEADERS.peopleRepresented}：${implausible}`,
      });
    }

    if (
      errors.length > 0 ||
      provision === undefined ||
      proposedChange === undefined ||
      reason === undefined ||
      channel === undefined ||
      gatheredOn === undefined ||
      place === undefined ||
      peopleRepresented === undefined ||
      contributorCategory === undefined ||
      contributorUnit === undefined ||
      tags === undefined
    ) {
      // Only a merged cell can leave a value unread without an error of its own, and it has one.
      return null;
    }
    return {
      provisionAddress: provision,
      proposedChange,
      reason,
      channel,
      gatheredOn,
      place,
      peopleRepresented,
      contributorCategory,
      contributorUnit,
      tags,
    };
  }

  private readProvision(content: CellContent, label: string): Reading<string | null> {
    // No length limit of its own: a long text is simply not a provision (UNKNOWN_PROVISION says so).
    const text = readText(content, label, Number.MAX_SAFE_INTEGER);
    if (!text.ok) return text;
    if (text.value === null) return { ok: true, value: null };
    const found = this.provisions.get(provisionKey(text.value));
    if (found === AMBIGUOUS) {
      return problem(
        'UNKNOWN_PROVISION',
        `${label}“${clip(text.value)}”对应草案中的多个条文，请从下拉列表中选择带有区分说明的一项`,
      );
    }
    if (found !== undefined) return { ok: true, value: found };
    return problem(
      'UNKNOWN_PROVISION',
      `${label}“${clip(text.value)}”不是本草案中的条款，请从下拉列表选择；针对草案整体的意见请选“${GENERAL_OPINION}”`,
    );
  }
}

function required<T>(reading: Reading<T | null>, label: string): Reading<T> {
  if (!reading.ok) return reading;
  if (reading.value === null) return problem('REQUIRED', `${label}为必填项，不能为空`);
  return { ok: true, value: reading.value };
}
