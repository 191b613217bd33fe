/**
 * A look inside an uploaded .xlsx before exceljs loads it. exceljs trusts its input: it expands every merged range
 * into cell objects (one merge A1:A1048576 costs a million of them) and inflates every zip entry whatever its
 * declared size, so a small hostile or clumsy file could take the server's memory. Here the zip's directory is
 * read, every entry inflated within its declared size (so the sizes can be trusted), totals checked against caps,
 * and each worksheet's merged ranges collected — exceljs is then told to skip them.
 * It also tells the kinds of wrong file apart (old .xls, .docx, .ods, not a zip at all) for a useful message.
 */
import { inflateRawSync } from 'node:zlib';
import { BadInputError } from '@app/common/errors';

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** As written in the file, e.g. A2:A5. */
  ref: string;
}

export interface PackageSheet {
  name: string;
  /** As the workbook says (visible, hidden, veryHidden); visible when it says nothing. */
  state: string;
  /** Number of <row> elements (rows with content or formatting). */
  rowElements: number;
  merges: CellRange[];
  /** The worksheet part, inflated (within its declared size): read from here, never unzipped again. */
  xml: Buffer;
}

export interface XlsxPackage {
  /** In the workbook's order. */
  sheets: PackageSheet[];
  /** xl/sharedStrings.xml and xl/styles.xml, inflated, where the file has them (the paths exceljs reads). */
  sharedStrings?: Buffer;
  styles?: Buffer;
  /** The workbook counts dates from 1904 (old Mac Excel), which changes what a date serial means. */
  date1904: boolean;
}

export interface PackageLimits {
  /** The upload itself. */
  maxFileBytes: number;
  /** All entries inflated. */
  maxUncompressedBytes: number;
  /** Cells written in all worksheets together. */
  maxCells: number;
  /** <row> elements in any one worksheet; over it the file is refused as TOO_MANY_ROWS. */
  maxRowElements: number;
  /** For the TOO_MANY_ROWS message. */
  maxDataRows: number;
  /** Entries (<si>) of the shared-string table, counted (its declared count is not trusted). */
  maxSharedStrings: number;
  /** Records of the style sheet (formats, fonts, fills, borders, number formats, cell styles) together. */
  maxStyleRecords: number;
  /** Worksheets the workbook declares. */
  maxSheets: number;
  /** Entries of the zip. */
  maxZipEntries: number;
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
const ZIP64_END = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const NOT_XLSX_HINT = '请使用系统下载的模板（Excel 2007 及以上版本的 .xlsx 格式）填写后上传';

function notXlsx(message: string): BadInputError {
  return new BadInputError('NOT_XLSX', message);
}

/**
 * Reads the package or throws BadInputError (NOT_XLSX, FILE_TOO_LARGE, TOO_MANY_ROWS, TOO_MANY_SHARED_STRINGS,
 * TOO_MANY_STYLES, TOO_MANY_SHEETS, TOO_MANY_PARTS).
 */
export function inspectXlsxPackage(buffer: Buffer, limits: PackageLimits): XlsxPackage {
  if (buffer.length === 0) throw notXlsx(`文件是空的。${NOT_XLSX_HINT}`);
  if (buffer.length > limits.maxFileBytes) {
    throw new BadInputError(
      'FILE_TOO_LARGE',
      `文件大小为 ${mb(buffer.length)}，超过了 ${mb(limits.maxFileBytes)} 的上限，请拆分成多个文件后分批导入`,
    );
  }
  if (buffer.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) {
    throw notXlsx(
      '这是旧版 Excel（.xls）文件，或设置了打开密码的文件，无法读取。请在 Excel 或 WPS 中“另存为” .xlsx 格式（并取消打开密码）后再上传',
    );
  }
  if (buffer.length < 22 || buffer.readUInt32LE(0) !== ZIP_LOCAL) {
    throw notXlsx(`文件不是 Excel 工作簿（.xlsx）。${NOT_XLSX_HINT}`);
  }

  const entries = readCentralDirectory(buffer);
  if (entries.length > limits.maxZipEntries) {
    throw new BadInputError(
      'TOO_MANY_PARTS',
      `文件由 ${entries.length} 个部件组成，超过了 ${limits.maxZipEntries} 个的上限，不像是意见征集表。${NOT_XLSX_HINT}`,
    );
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (!byName.has('xl/workbook.xml')) {
    if (byName.has('word/document.xml'))
      throw notXlsx(`这是 Word 文档（.docx），不是 Excel 表格。${NOT_XLSX_HINT}`);
    if (byName.has('content.xml')) {
      throw notXlsx('这是 OpenDocument（.ods）表格，请在 WPS 或 LibreOffice 中“另存为” .xlsx 格式后再上传');
    }
    if (byName.has('xl/workbook.bin'))
      throw notXlsx('这是 Excel 二进制工作簿（.xlsb），请“另存为” .xlsx 格式后再上传');
    throw notXlsx(`文件是压缩包，但不是 Excel 工作簿（.xlsx）。${NOT_XLSX_HINT}`);
  }

  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > limits.maxUncompressedBytes) throw tooLarge(limits);

  // Inflate everything (exceljs will too): an entry that inflates beyond its declared size is refused here.
  const texts = new Map<string, Buffer>();
  for (const entry of entries) {
    const data = inflateEntry(buffer, entry);
    if (
      entry.name === 'xl/workbook.xml' ||
      entry.name === 'xl/_rels/workbook.xml.rels' ||
      entry.name === SHARED_STRINGS ||
      entry.name === STYLES ||
      isWorksheet(entry.name)
    ) {
      texts.set(entry.name, data);
    }
  }

  const workbookXml = texts.get('xl/workbook.xml')?.toString('utf8') ?? '';
  const sheetFiles = sheetFilesByName(
    workbookXml,
    texts.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '',
  );
  if (sheetFiles.length > limits.maxSheets) {
    throw new BadInputError(
      'TOO_MANY_SHEETS',
      `工作簿有 ${sheetFiles.length} 个工作表，超过了 ${limits.maxSheets} 个的上限。请只保留“意见”工作表（可复制到新建的工作簿中）后再上传`,
    );
  }
  // exceljs builds an object for every shared string and every style record however few cells use them: millions of
  // tiny entries in a few megabytes took seconds and hundreds of megabytes. Counted here, before exceljs sees them.
  const sharedStrings = texts.get(SHARED_STRINGS);
  if (
    sharedStrings !== undefined &&
    countSharedStrings(sharedStrings, limits.maxSharedStrings + 1) > limits.maxSharedStrings
  ) {
    throw new BadInputError(
      'TOO_MANY_SHARED_STRINGS',
      `文件中的文字条目超过了 ${limits.maxSharedStrings} 个的上限（一次最多导入 ${limits.maxDataRows} 行意见，用不到这么多）。请把要导入的意见复制到系统下载的模板中（选择性粘贴 → 数值）后再上传`,
    );
  }
  const styles = texts.get(STYLES);
  const styleCount =
    styles === undefined
      ? 0
      : countMatches(
          styles.toString('latin1'),
          /<(?:\w+:)?(?:xf|font|fill|border|numFmt|dxf|cellStyle)[\s/>]/gu,
        );
  if (styleCount > limits.maxStyleRecords) {
    throw new BadInputError(
      'TOO_MANY_STYLES',
      `文件中的单元格格式有 ${styleCount} 项，超过了 ${limits.maxStyleRecords} 项的上限。请把要导入的意见复制到系统下载的模板中（选择性粘贴 → 数值）后再上传`,
    );
  }
  const sheets: PackageSheet[] = [];
  let cells = 0;
  for (const { name, path, state } of sheetFiles) {
    const part = texts.get(path);
    if (part === undefined) continue;
    const xml = part.toString('latin1');
    const rowElements = countMatches(xml, /<(?:\w+:)?row[\s/>]/gu);
    if (rowElements > limits.maxRowElements) {
      throw new BadInputError(
        'TOO_MANY_ROWS',
        `工作表“${name}”有 ${rowElements} 行，远超每次最多导入的 ${limits.maxDataRows} 行。请拆分成多个文件后分批导入；如果其中大多是设置过格式的空行，请删除这些行后再上传`,
      );
    }
    cells += countMatches(xml, /<(?:\w+:)?c[\s/>]/gu);
    if (cells > limits.maxCells) throw tooLarge(limits);
    sheets.push({ name, state, rowElements, merges: mergedRanges(xml), xml: part });
  }
  const workbookPr = /<(?:\w+:)?workbookPr\b[^>]*>/u.exec(workbookXml);
  const date1904 =
    workbookPr !== null && /^(?:1|true)$/u.test(attributes(workbookPr[0]).get('date1904') ?? '');
  return { sheets, sharedStrings, styles, date1904 };
}

const SHARED_STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';

function isWorksheet(name: string): boolean {
  return /^xl\/worksheets\/[^/]+\.xml$/u.test(name);
}

/** Every entry of a zip, inflated (within its declared size). For tests that take an .xlsx apart. */
export function unzip(buffer: Buffer): Map<string, Buffer> {
  return new Map(readCentralDirectory(buffer).map((e) => [e.name, inflateEntry(buffer, e)]));
}

function tooLarge(limits: PackageLimits): BadInputError {
  return new BadInputError(
    'FILE_TOO_LARGE',
    `文件内容过多（解压后超过 ${mb(limits.maxUncompressedBytes)} 或单元格超过 ${limits.maxCells} 个），请拆分成多个文件后分批导入`,
  );
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;
}

function readCentralDirectory(buffer: Buffer): ZipEntry[] {
  const broken = (): BadInputError => notXlsx(`文件已损坏，无法作为 .xlsx 读取。${NOT_XLSX_HINT}`);
  // The end record is within the last 22 + 65535 (comment) bytes.
  let end = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === ZIP_END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw broken();
  let count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    // Zip64: the real figures are in the zip64 end record, found through its locator just before.
    const locator = end - 20;
    if (locator < 0 || buffer.readUInt32LE(locator) !== ZIP64_LOCATOR) throw broken();
    const end64 = safeNumber(buffer.readBigUInt64LE(locator + 8));
    if (end64 + 56 > buffer.length || buffer.readUInt32LE(end64) !== ZIP64_END) throw broken();
    count = safeNumber(buffer.readBigUInt64LE(end64 + 32));
    offset = safeNumber(buffer.readBigUInt64LE(end64 + 48));
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buffer.length || buffer.readUInt32LE(p) !== ZIP_CENTRAL) throw broken();
    const flags = buffer.readUInt16LE(p + 8);
    if (flags & 0x1) throw notXlsx('文件已加密，请取消密码后另存为 .xlsx 再上传');
    const method = buffer.readUInt16LE(p + 10);
    let compressedSize = buffer.readUInt32LE(p + 20);
    let size = buffer.readUInt32LE(p + 24);
    const nameLength = buffer.readUInt16LE(p + 28);
    const extraLength = buffer.readUInt16LE(p + 30);
    const commentLength = buffer.readUInt16LE(p + 32);
    let localOffset = buffer.readUInt32LE(p + 42);
    const name = buffer.toString('utf8', p + 46, p + 46 + nameLength);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // Zip64 extended information (extra field 0x0001) holds, in order, only the fields that overflowed.
      let q = p + 46 + nameLength;
      const extraEnd = q + extraLength;
      while (q + 4 <= extraEnd) {
        const id = buffer.readUInt16LE(q);
        const length = buffer.readUInt16LE(q + 2);
        if (id === 0x0001) {
          let r = q + 4;
          if (size === 0xffffffff) [size, r] = [safeNumber(buffer.readBigUInt64LE(r)), r + 8];
          if (compressedSize === 0xffffffff)
            [compressedSize, r] = [safeNumber(buffer.readBigUInt64LE(r)), r + 8];
          if (localOffset === 0xffffffff) localOffset = safeNumber(buffer.readBigUInt64LE(r));
          break;
        }
        q += 4 + length;
      }
    }
    entries.push({ name, method, compressedSize, size, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw notXlsx('文件已损坏，无法作为 .xlsx 读取');
  return Number(value);
}

function inflateEntry(buffer: Buffer, entry: ZipEntry): Buffer {
  const broken = (): BadInputError => notXlsx(`文件中的“${entry.name}”已损坏，无法作为 .xlsx 读取`);
  const p = entry.localOffset;
  if (p + 30 > buffer.length || buffer.readUInt32LE(p) !== ZIP_LOCAL) throw broken();
  const start = p + 30 + buffer.readUInt16LE(p + 26) + buffer.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  if (end > buffer.length) throw broken();
  const raw = buffer.subarray(start, end);
  if (entry.method === 0) {
    if (raw.length !== entry.size) throw broken();
    return raw;
  }
  if (entry.method !== 8) throw broken();
  if (entry.size === 0) return Buffer.alloc(0);
  try {
    // maxOutputLength makes zlib stop (and throw) at the declared size instead of inflating a bomb.
    return inflateRawSync(raw, { maxOutputLength: entry.size });
  } catch {
    throw broken();
  }
}

/**
 * Entries (<si>) of a shared-string table, counted up to `stopAt` (the refusal needs no more): a native search in the
 * bytes, not a regular expression over a string of tens of megabytes. The element's prefix, if any, is the root's.
 */
function countSharedStrings(xml: Buffer, stopAt: number): number {
  const root = /<(?:(\w+):)?sst\b/u.exec(xml.toString('latin1', 0, Math.min(xml.length, 4096)));
  const tag = Buffer.from(`<${root?.[1] ? `${root[1]}:` : ''}si`, 'latin1');
  let n = 0;
  for (let at = xml.indexOf(tag); at >= 0 && n < stopAt; at = xml.indexOf(tag, at + tag.length)) {
    const next = xml[at + tag.length];
    // <si>, <si/>, <si attr…> — not <sid…> or any other name that begins with si.
    if (next === 0x3e || next === 0x2f || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d)
      n++;
  }
  return n;
}

function countMatches(text: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) {
    out.set(m[1], decodeXml(m[2] ?? m[3] ?? ''));
  }
  return out;
}

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/giu, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? '';
  });
}

/** Sheet name → worksheet part, through the workbook's relationships (the same way Excel and exceljs resolve it). */
function sheetFilesByName(
  workbookXml: string,
  relsXml: string,
): Array<{ name: string; path: string; state: string }> {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/gu)) {
    const a = attributes(m[0]);
    const id = a.get('Id');
    const target = a.get('Target');
    if (!id || !target) continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//u, '')}`);
  }
  const sheets: Array<{ name: string; path: string; state: string }> = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/gu)) {
    const a = attributes(m[0]);
    const name = a.get('name');
    const rid = [...a.entries()].find(([k]) => k.endsWith(':id'))?.[1];
    const path = rid === undefined ? undefined : targets.get(rid);
    if (name !== undefined && path !== undefined)
      sheets.push({ name, path, state: a.get('state') ?? 'visible' });
  }
  return sheets;
}

function mergedRanges(sheetXml: string): CellRange[] {
  const ranges: CellRange[] = [];
  for (const m of sheetXml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*>/gu)) {
    const ref = attributes(m[0]).get('ref');
    const range = ref === undefined ? undefined : parseRange(ref);
    if (range) ranges.push(range);
  }
  return ranges;
}

/** A1 or A1:B2 (with or without $) → 1-based bounds. */
export function parseRange(ref: string): CellRange | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/iu.exec(ref.trim());
  if (!m) return undefined;
  const c1 = columnNumber(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] === undefined ? c1 : columnNumber(m[3]);
  const r2 = m[4] === undefined ? r1 : Number(m[4]);
  return {
    top: Math.min(r1, r2),
    bottom: Math.max(r1, r2),
    left: Math.min(c1, c2),
    right: Math.max(c1, c2),
    ref: ref.trim(),
  };
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
