/**
 * Helpers for the specs and the benchmark: sample provisions, the real template opened for filling in, and a small
 * zip writer to take an .xlsx apart and put it back together (to plant what exceljs would not write: a merge over
 * a whole column, a lying size, thousands of empty rows). Not exported from the lib's public face.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { OPINION_COLUMNS, SHEET_NAMES, type OpinionColumnKey } from './opinion-columns.js';
import { buildOpinionTemplate, type TemplateProvision } from './opinion-template.js';
import { unzip } from './xlsx-package.js';

/** A flat regulation with chapters, paragraphs, items and an inserted article, as the drafts parser addresses them. */
export const SAMPLE_PROVISIONS: TemplateProvision[] = [
  { address: 'chp_1__art_1', citation: '第一条', label: '立法目的' },
  { address: 'chp_1__art_2', citation: '第二条' },
  { address: 'chp_2__art_12', citation: '第十二条' },
  { address: 'chp_2__art_12__para_2', citation: '第十二条第二款' },
  { address: 'chp_2__art_17', citation: '第十七条', label: '犬只登记' },
  { address: 'chp_2__art_17__para_1', citation: '第十七条第一款' },
  { address: 'chp_2__art_17__para_1__item_2', citation: '第十七条第一款第（二）项' },
  { address: 'chp_2__art_17_1', citation: '第十七条之一' },
  { address: 'chp_3__art_25', citation: '第二十五条' },
  { address: 'chp_3__art_25__para_1__item_3', citation: '第二十五条第一款第（三）项' },
  { address: 'chp_4__art_40', citation: '第四十条' },
  { address: 'chp_5__art_58', citation: '第五十八条' },
];

export const TASK_TITLE = '重庆市养犬管理条例（草案）';

/** Column number of each column in the template (1-based). */
export const TEMPLATE_COLUMN: Record<OpinionColumnKey, number> = Object.fromEntries(
  OPINION_COLUMNS.map((c, i) => [c.key, i + 1]),
) as Record<OpinionColumnKey, number>;

export type RowCells = Partial<Record<OpinionColumnKey, ExcelJS.CellValue>>;

/**
 * The real template, opened in exceljs for filling in. Its data validations (expanded by exceljs into one entry per
 * cell, 60,000 of them) are dropped unless asked for: they make each load and save take a second.
 */
export async function openTemplate(
  options: { provisions?: TemplateProvision[]; keepValidations?: boolean } = {},
): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const template = await buildOpinionTemplate({
    taskTitle: TASK_TITLE,
    provisions: options.provisions ?? SAMPLE_PROVISIONS,
  });
  const workbook = await loadWorkbook(template, options.keepValidations ? [] : ['dataValidations']);
  const sheet = workbook.getWorksheet(SHEET_NAMES.opinions);
  if (!sheet) throw new Error('template without its opinion sheet');
  return { workbook, sheet };
}

export async function loadWorkbook(buffer: Buffer, ignoreNodes: string[] = []): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer, { ignoreNodes });
  return workbook;
}

export function setRow(sheet: ExcelJS.Worksheet, rowNumber: number, cells: RowCells): void {
  const row = sheet.getRow(rowNumber);
  for (const [key, value] of Object.entries(cells) as Array<[OpinionColumnKey, ExcelJS.CellValue]>) {
    row.getCell(TEMPLATE_COLUMN[key]).value = value;
  }
}

export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The template filled with the given rows from row 2 on (undefined leaves a blank row). */
export async function filledTemplate(rows: Array<RowCells | undefined>): Promise<Buffer> {
  const { workbook, sheet } = await openTemplate();
  rows.forEach((cells, i) => {
    if (cells) setRow(sheet, i + 2, cells);
  });
  return toBuffer(workbook);
}

/** A zip of the given entries (deflated); `declaredSize` may lie about an entry's size, as a hostile file would. */
export function zip(
  entries: Map<string, Buffer>,
  declaredSize?: (name: string, actual: number) => number,
): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data);
    const size = declaredSize ? declaredSize(name, data.length) : data.length;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.size, 8);
  end.writeUInt16LE(entries.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The .xlsx with one part's XML rewritten. */
export function rewritePart(xlsx: Buffer, part: string, edit: (xml: string) => string): Buffer {
  const entries = unzip(xlsx);
  const xml = entries.get(part);
  if (!xml) throw new Error(`no part ${part}`);
  entries.set(part, Buffer.from(edit(xml.toString('utf8')), 'utf8'));
  return zip(entries);
}

export { unzip as unzipEntries } from './xlsx-package.js';

/** Where the template's opinion sheet lives in the package (exceljs writes sheets in order). */
export const OPINION_SHEET_PART = 'xl/worksheets/sheet1.xml';

/**
 * The .xlsx with `count` tiny junk entries added to its shared-string table — the bomb of the attack session's F1 (2.5
 * million 4-letter strings in 6 MB stalled the server for seconds) — and, when `declared` is given, the table's own
 * count and uniqueCount set to it (a lying header: the import counts the entries themselves).
 */
export function withJunkSharedStrings(xlsx: Buffer, count: number, declared?: number): Buffer {
  return rewritePart(xlsx, 'xl/sharedStrings.xml', (xml) => {
    const junk: string[] = new Array<string>(count);
    for (let i = 0; i < count; i++) junk[i] = `<si><t>${i.toString(36)}</t></si>`;
    const grown = xml.replace('</sst>', `${junk.join('')}</sst>`);
    return declared === undefined
      ? grown
      : grown.replace(/\b(count|uniqueCount)="\d+"/gu, `$1="${declared}"`);
  });
}
