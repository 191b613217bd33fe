/**
 * The import of a filled-in opinion sheet: the real template is filled here with exceljs, the way a collector's
 * Excel would leave it (dates, rich text, merges, formulas, reordered columns), and parsed back.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { BadInputError } from '@app/common';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { ContributorCategory, OpinionChannel } from '../feedback.enums.js';
import { parseOpinionSheet, type OpinionSheetContext, type OpinionSheetResult } from './opinion-import.js';
import {
  OPINION_SHEET_PART,
  SAMPLE_PROVISIONS,
  TEMPLATE_COLUMN,
  filledTemplate,
  openTemplate,
  rewritePart,
  setRow,
  toBuffer,
  unzipEntries,
  zip,
  type RowCells,
} from './testing.js';

const TODAY = '2024-06-30';
const CONTEXT: OpinionSheetContext = { provisions: SAMPLE_PROVISIONS, today: TODAY };
const MINIMAL: RowCells = { proposedChange: '建议将“应当”改为“可以”', channel: '座谈会' };

async function parseRows(rows: Array<RowCells | undefined>, context: Partial<OpinionSheetContext> = {}) {
  return parseOpinionSheet(await filledTemplate(rows), { ...CONTEXT, ...context });
}

function problems(result: OpinionSheetResult): Array<[number, string, string]> {
  return result.errors.map((e) => [e.row, e.column, e.code]);
}

async function fileError(buffer: Buffer, context: Partial<OpinionSheetContext> = {}): Promise<BadInputError> {
  try {
    await parseOpinionSheet(buffer, { ...CONTEXT, ...context });
  } catch (error) {
    if (error instanceof BadInputError) return error;
    throw error;
  }
  throw new Error('expected a BadInputError');
}

/** Every non-empty row is accounted for, once: either read or with errors. */
function expectAccounted(result: OpinionSheetResult): void {
  const errorRows = new Set(result.errors.map((e) => e.row));
  for (const { row } of result.rows) expect(errorRows.has(row)).toBe(false);
  expect(result.rows.length + errorRows.size).toBe(result.totalRows);
  for (const e of result.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/u);
}

describe('parseOpinionSheet: valid rows', () => {
  it('reads a fully filled row exactly, under its Excel row number, and skips blank rows', async () => {
    const result = await parseRows([
      {
        provision: '第十七条第一款第（二）项',
        proposedChange: '建议将“每年”修改为“每两年”。\n理由见后。',
        reason: '基层登记点少，每年年检负担重',
        channel: '院坝会',
        gatheredOn: new Date(Date.UTC(2024, 2, 1)),
        place: '北碚区天生街道',
        peopleRepresented: 12,
        contributorCategory: '居民群众',
        contributorUnit: '天生街道丽园社区',
        tags: '养犬、年检',
      },
      undefined,
      { provision: '  ', proposedChange: '\u3000 ', tags: ' ' },
      { ...MINIMAL, provision: '总体意见' },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.totalRows).toBe(2);
    expect(result.sheetName).toBe('意见');
    expect(result.rows).toEqual([
      {
        row: 2,
        value: {
          provisionAddress: 'chp_2__art_17__para_1__item_2',
          proposedChange: '建议将“每年”修改为“每两年”。\n理由见后。',
          reason: '基层登记点少，每年年检负担重',
          channel: OpinionChannel.COURTYARD_MEETING,
          gatheredOn: '2024-03-01',
          place: '北碚区天生街道',
          peopleRepresented: 12,
          contributorCategory: ContributorCategory.RESIDENT,
          contributorUnit: '天生街道丽园社区',
          tags: ['养犬', '年检'],
        },
      },
      {
        row: 5,
        value: {
          provisionAddress: null,
          proposedChange: '建议将“应当”改为“可以”',
          reason: null,
          channel: OpinionChannel.FORUM,
          gatheredOn: null,
          place: null,
          peopleRepresented: 1,
          contributorCategory: null,
          contributorUnit: null,
          tags: [],
        },
      },
    ]);
  });

  it('takes an empty 条款 as a general opinion', async () => {
    const result = await parseRows([MINIMAL]);
    expect(result.rows[0].value.provisionAddress).toBeNull();
  });

  it('accepts a provision by citation, by drop-down entry, or by address, tolerating width, spaces and case', async () => {
    const cells = [
      '第十七条第一款第(二)项',
      '第十七条第一款第（二）项',
      ' 第十七条 犬只登记 ',
      '第十七条　犬只登记',
      '第 十七 条',
      'chp_2__art_17_1',
      'CHP_2__ART_17_1',
      'ｃｈｐ＿２＿＿ａｒｔ＿１７＿１',
      '第一条 立法目的',
      '第十七条之一',
    ];
    const result = await parseRows(cells.map((provision) => ({ ...MINIMAL, provision })));
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.value.provisionAddress)).toEqual([
      'chp_2__art_17__para_1__item_2',
      'chp_2__art_17__para_1__item_2',
      'chp_2__art_17',
      'chp_2__art_17',
      'chp_2__art_17',
      'chp_2__art_17_1',
      'chp_2__art_17_1',
      'chp_2__art_17_1',
      'chp_1__art_1',
      'chp_2__art_17_1',
    ]);
  });

  it('accepts the choices by label or by the enum’s English name', async () => {
    const result = await parseRows([
      { ...MINIMAL, channel: 'forum', contributorCategory: 'LAWYER' },
      { ...MINIMAL, channel: ' 网上征集 ', contributorCategory: 'peoples_deputy' },
      { ...MINIMAL, channel: 'COURTYARD_MEETING', contributorCategory: '专家学者' },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.value.channel, r.value.contributorCategory])).toEqual([
      [OpinionChannel.FORUM, ContributorCategory.LAWYER],
      [OpinionChannel.ONLINE, ContributorCategory.PEOPLES_DEPUTY],
      [OpinionChannel.COURTYARD_MEETING, ContributorCategory.SCHOLAR],
    ]);
  });

  it('accepts a channel by the label it had before (专家意见, now 专家团队意见): templates downloaded then still import', async () => {
    const result = await parseRows([
      { ...MINIMAL, channel: '专家意见' },
      { ...MINIMAL, channel: '专家团队意见' },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.value.channel)).toEqual([OpinionChannel.EXPERT, OpinionChannel.EXPERT]);
  });

  it('reads dates from date cells and from text in the usual Chinese forms, up to today', async () => {
    const dates: ExcelJS.CellValue[] = [
      new Date(Date.UTC(2024, 0, 5)),
      new Date(Date.UTC(2024, 0, 5, 15, 30)),
      '2024-01-05',
      '2024/1/5',
      '2024年1月5日',
      '2024 年 1 月 5 日',
      '２０２４－０１－０５',
      '2024.1.5',
      TODAY,
    ];
    const result = await parseRows(dates.map((gatheredOn) => ({ ...MINIMAL, gatheredOn })));
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.value.gatheredOn)).toEqual([
      ...Array<string>(8).fill('2024-01-05'),
      TODAY,
    ]);
  });

  it('reads 代表人数 as a number or as text, 1 when empty', async () => {
    const values: ExcelJS.CellValue[] = [null, 30, '12', '12人', '１２', ' 7 ', 100000];
    // The overall maximum is for a questionnaire's or an online round's count (a 座谈会 stands for at most 1,000).
    const result = await parseRows(
      values.map((peopleRepresented) => ({
        ...MINIMAL,
        peopleRepresented,
        ...(peopleRepresented === 100000 ? { channel: '问卷' } : {}),
      })),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.value.peopleRepresented)).toEqual([1, 30, 12, 12, 12, 7, 100000]);
  });

  it('refuses a head-count not believable for the channel, and a 征集日期 before the task reached the point', async () => {
    const result = await parseRows(
      [
        { ...MINIMAL, channel: '走访', peopleRepresented: 1001 },
        { ...MINIMAL, channel: '走访', peopleRepresented: 1000 },
        { ...MINIMAL, gatheredOn: '2024-02-29' },
        { ...MINIMAL, gatheredOn: '2024-03-01' },
      ],
      { earliest: '2024-03-01' },
    );
    expect(problems(result)).toEqual([
      [2, '代表人数', 'PEOPLE_IMPLAUSIBLE'],
      [4, '征集日期', 'DATE_BEFORE_ISSUE'],
    ]);
    expect(result.errors[0].message).toContain(
      '征集方式为“走访”的一条意见最多代表 1000 人（填写的是 1001 人）',
    );
    expect(result.errors[1].message).toBe('征集日期 2024-02-29 早于任务下发日期（2024-03-01），请核对');
    expect(result.rows.map((r) => r.row)).toEqual([3, 5]);
  });

  it('reads rich text and hyperlinks as plain text, numbers and booleans in text columns as text', async () => {
    const result = await parseRows([
      {
        ...MINIMAL,
        proposedChange: {
          richText: [
            { text: '建议' },
            { text: '删除', font: { bold: true, color: { argb: 'FFFF0000' } } },
            { text: '本款' },
          ],
        },
        reason: { text: '见意见书', hyperlink: 'https://example.org/yijian' },
        place: 101,
        contributorUnit: 3.14,
        tags: 2024,
      },
      { ...MINIMAL, proposedChange: 0.1 + 0.2, reason: true },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.rows[0].value).toMatchObject({
      proposedChange: '建议删除本款',
      reason: '见意见书',
      place: '101',
      contributorUnit: '3.14',
      tags: ['2024'],
    });
    expect(result.rows[1].value).toMatchObject({ proposedChange: '0.3', reason: 'TRUE' });
  });

  it('trims cells, keeps line breaks inside them, splits and de-duplicates tags', async () => {
    const result = await parseRows([
      {
        ...MINIMAL,
        proposedChange: '  第一行\r\n第二行\r第三行\u3000',
        tags: '养犬、文明养犬,犬只登记，养犬；社区; ',
      },
    ]);
    expect(result.rows[0].value.proposedChange).toBe('第一行\n第二行\n第三行');
    expect(result.rows[0].value.tags).toEqual(['养犬', '文明养犬', '犬只登记', '社区']);
  });

  it('counts characters, not UTF-16 units: 5,000 rare characters fit', async () => {
    const result = await parseRows([
      { ...MINIMAL, proposedChange: '𠀀'.repeat(5000), place: '𠀀'.repeat(100) },
    ]);
    expect(result.errors).toEqual([]);
  });

  it('finds the columns by header text in any order, below a title line, with notes and spaces', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('第一批');
    sheet.getCell('A1').value = '养犬条例意见汇总（北碚区）';
    sheet.getRow(2).values = [
      '序号',
      ' 征集方式（必填） ',
      '修改意见 (必填)',
      '条　款',
      '姓名',
      '征集日期（YYYY-MM-DD）',
      '代表人数（正整数，默认 1）',
      '标签*',
    ];
    sheet.getRow(3).values = [
      1,
      '走访',
      '建议增加夜间遛犬时段的规定',
      '第十二条',
      '（不应填写）',
      '2024-05-04',
      3,
      '遛犬',
    ];
    sheet.getRow(4).values = [2];
    sheet.getRow(5).values = [3, '问卷', '建议删除', '第二条'];
    const result = await parseOpinionSheet(await toBuffer(workbook), CONTEXT);
    expect(result.errors).toEqual([]);
    expect(result.sheetName).toBe('第一批');
    expect(result.rows).toEqual([
      {
        row: 3,
        value: expect.objectContaining({
          provisionAddress: 'chp_2__art_12',
          proposedChange: '建议增加夜间遛犬时段的规定',
          channel: OpinionChannel.VISIT,
          gatheredOn: '2024-05-04',
          peopleRepresented: 3,
          tags: ['遛犬'],
          reason: null,
          contributorUnit: null,
        }),
      },
      {
        row: 5,
        value: expect.objectContaining({
          provisionAddress: 'chp_1__art_2',
          channel: OpinionChannel.QUESTIONNAIRE,
        }),
      },
    ]);
  });

  it('accepts older header words (建议修改为, 条文)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['条文', '建议修改为', '征集方式']);
    sheet.addRow(['第四十条', '建议提高罚款上限', '来信']);
    const result = await parseOpinionSheet(await toBuffer(workbook), CONTEXT);
    expect(result.rows[0].value).toMatchObject({
      provisionAddress: 'chp_4__art_40',
      channel: OpinionChannel.LETTER,
    });
  });

  it('tells apart provisions that share a citation through the drop-down entry carrying the address', async () => {
    const provisions = [
      { address: 'chp_1__art_3', citation: '第三条' },
      { address: 'chp_2__art_3', citation: '第三条' },
    ];
    const { workbook, sheet } = await openTemplate({ provisions });
    setRow(sheet, 2, { ...MINIMAL, provision: '第三条（chp_2__art_3）' });
    setRow(sheet, 3, { ...MINIMAL, provision: '第三条' });
    const result = await parseOpinionSheet(await toBuffer(workbook), { provisions, today: TODAY });
    expect(result.rows.map((r) => r.value.provisionAddress)).toEqual(['chp_2__art_3']);
    expect(problems(result)).toEqual([[3, '条款', 'UNKNOWN_PROVISION']]);
    expect(result.errors[0].message).toContain('多个条文');
  });
});

describe('parseOpinionSheet: problems of a cell', () => {
  it('REQUIRED: 修改意见 and 征集方式 must be filled (spaces do not count)', async () => {
    const result = await parseRows([
      { channel: '座谈会', place: '北碚' },
      { proposedChange: '建议删除' },
      { proposedChange: '   ', channel: '座谈会' },
    ]);
    expect(problems(result)).toEqual([
      [2, '修改意见', 'REQUIRED'],
      [3, '征集方式', 'REQUIRED'],
      [4, '修改意见', 'REQUIRED'],
    ]);
    expect(result.rows).toEqual([]);
    expectAccounted(result);
  });

  it('TOO_LONG: text over its limit, too many tags, a tag too long — the limit itself passes', async () => {
    const result = await parseRows([
      { ...MINIMAL, proposedChange: '意'.repeat(5000), reason: '由'.repeat(5000), place: '地'.repeat(100) },
      { ...MINIMAL, proposedChange: '意'.repeat(5001) },
      { ...MINIMAL, reason: '由'.repeat(5001) },
      { ...MINIMAL, place: '地'.repeat(101), contributorUnit: '单'.repeat(101) },
      { ...MINIMAL, tags: Array.from({ length: 11 }, (_, i) => `标签${i}`).join('、') },
      { ...MINIMAL, tags: `养犬、${'长'.repeat(21)}` },
      { ...MINIMAL, tags: Array.from({ length: 10 }, (_, i) => `标签${i}`).join('、') },
    ]);
    expect(problems(result)).toEqual([
      [3, '修改意见', 'TOO_LONG'],
      [4, '理由', 'TOO_LONG'],
      [5, '地点', 'TOO_LONG'],
      [5, '提出人单位', 'TOO_LONG'],
      [6, '标签', 'TOO_LONG'],
      [7, '标签', 'TOO_LONG'],
    ]);
    expect(result.rows.map((r) => r.row)).toEqual([2, 8]);
    expect(result.errors[0].message).toContain('5001');
    expectAccounted(result);
  });

  it('CONTROL_CHARACTERS: an invisible control character from a pasted text', async () => {
    // exceljs drops raw control characters when writing; the file format's escape is what Excel itself writes.
    const result = await parseRows([
      { ...MINIMAL, proposedChange: '建议_x0001_删除' },
      { ...MINIMAL, place: '天生_x001B_街道' },
      { ...MINIMAL, reason: '制表\t符与换行\n可以' },
    ]);
    expect(problems(result)).toEqual([
      [2, '修改意见', 'CONTROL_CHARACTERS'],
      [3, '地点', 'CONTROL_CHARACTERS'],
    ]);
    expect(result.rows[0].value.reason).toBe('制表\t符与换行\n可以');
  });

  it('UNSAFE_TEXT: what submitOpinion refuses in free text is refused in a sheet too; a place or unit is one line', async () => {
    // The review found the sheet a way round the API's rules: a reversed text, a hidden tag, a pile of accents.
    const result = await parseRows([
      { ...MINIMAL, proposedChange: '建议\u202E改修' },
      { ...MINIMAL, reason: `理由${'\u0301'.repeat(40)}` },
      { ...MINIMAL, contributorUnit: '张三\u{E0041}' },
      { ...MINIMAL, place: '施家梁镇\n=1+1', contributorUnit: '北碚区\r\n总工会' },
    ]);
    expect(problems(result)).toEqual([
      [2, '修改意见', 'UNSAFE_TEXT'],
      [3, '理由', 'UNSAFE_TEXT'],
      [4, '提出人单位', 'UNSAFE_TEXT'],
    ]);
    expect(result.rows.map((r) => r.row)).toEqual([5]);
    expect(result.rows[0].value).toMatchObject({ place: '施家梁镇 =1+1', contributorUnit: '北碚区 总工会' });
    expectAccounted(result);
  });

  it('UNKNOWN_PROVISION: a provision not in the draft', async () => {
    const result = await parseRows([
      { ...MINIMAL, provision: '第九十九条' },
      { ...MINIMAL, provision: '第十七条第一款第（九）项' },
      { ...MINIMAL, provision: 12 },
    ]);
    expect(problems(result)).toEqual([
      [2, '条款', 'UNKNOWN_PROVISION'],
      [3, '条款', 'UNKNOWN_PROVISION'],
      [4, '条款', 'UNKNOWN_PROVISION'],
    ]);
    expect(result.errors[0].message).toContain('第九十九条');
  });

  it('UNKNOWN_CHOICE: a 征集方式 or 提出人类别 outside the lists', async () => {
    const result = await parseRows([
      { ...MINIMAL, channel: '开会' },
      { ...MINIMAL, contributorCategory: '村民' },
    ]);
    expect(problems(result)).toEqual([
      [2, '征集方式', 'UNKNOWN_CHOICE'],
      [3, '提出人类别', 'UNKNOWN_CHOICE'],
    ]);
    expect(result.errors[0].message).toContain('座谈会');
  });

  it('INVALID_NUMBER: 代表人数 not a positive whole number, or over the limit', async () => {
    const values: ExcelJS.CellValue[] = [0, -3, 2.5, '三人', '1e3', 100001, '100001'];
    const result = await parseRows(values.map((peopleRepresented) => ({ ...MINIMAL, peopleRepresented })));
    expect(problems(result)).toEqual(values.map((_, i) => [i + 2, '代表人数', 'INVALID_NUMBER']));
    expect(result.errors[5].message).toContain('100000');
  });

  it('INVALID_DATE: not a date, not a real day, a bare number, or later than today', async () => {
    const values: ExcelJS.CellValue[] = [
      '2024-02-30',
      '2024-13-01',
      '昨天',
      '24-3-1',
      '2024-07-01',
      new Date(Date.UTC(2024, 6, 1)),
    ];
    const result = await parseRows(values.map((gatheredOn) => ({ ...MINIMAL, gatheredOn })));
    expect(problems(result)).toEqual(values.map((_, i) => [i + 2, '征集日期', 'INVALID_DATE']));
    expect(result.errors[4].message).toContain('晚于今天');
  });

  it('INVALID_DATE: a bare number is not a date — unless the cell is formatted as one (the template’s column is)', async () => {
    const { workbook, sheet } = await openTemplate();
    setRow(sheet, 2, { ...MINIMAL, gatheredOn: 45352 });
    setRow(sheet, 3, { ...MINIMAL, gatheredOn: 45352 });
    sheet.getCell(3, TEMPLATE_COLUMN.gatheredOn).numFmt = 'General';
    const result = await parseOpinionSheet(await toBuffer(workbook), CONTEXT);
    expect(result.rows.map((r) => [r.row, r.value.gatheredOn])).toEqual([[2, '2024-03-01']]);
    expect(problems(result)).toEqual([[3, '征集日期', 'INVALID_DATE']]);
  });

  it('FORMULA: a formula is not evaluated, whatever its cached result', async () => {
    const { workbook, sheet } = await openTemplate();
    setRow(sheet, 2, { ...MINIMAL, peopleRepresented: { formula: '1+1', result: 2 } });
    setRow(sheet, 3, { channel: '走访' });
    setRow(sheet, 4, { channel: '走访' });
    // A shared formula (filled down): the second cell only points to the first one's formula.
    sheet.fillFormula('B3:B4', 'CONCAT("建议","删除")', () => '建议删除');
    const result = await parseOpinionSheet(await toBuffer(workbook), CONTEXT);
    expect(problems(result)).toEqual([
      [2, '代表人数', 'FORMULA'],
      [3, '修改意见', 'FORMULA'],
      [4, '修改意见', 'FORMULA'],
    ]);
    expect(result.errors[0].message).toContain('粘贴为数值');
  });

  it('INVALID_VALUE: an error value such as #N/A left by a formula pasted as values', async () => {
    const result = await parseRows([{ ...MINIMAL, contributorUnit: { error: '#N/A' } }]);
    expect(problems(result)).toEqual([[2, '提出人单位', 'INVALID_VALUE']]);
  });

  it('MERGED_CELL: reported on every row a merged range covers, once per range', async () => {
    const { workbook, sheet } = await openTemplate();
    for (let r = 2; r <= 7; r++) setRow(sheet, r, { ...MINIMAL, proposedChange: `意见${r}` });
    // The common case: one 条款 merged down over the opinions about it.
    sheet.getCell(2, TEMPLATE_COLUMN.provision).value = '第十二条';
    sheet.mergeCells(2, TEMPLATE_COLUMN.provision, 4, TEMPLATE_COLUMN.provision);
    // Across: 理由 and 征集方式 of one row.
    sheet.mergeCells(6, TEMPLATE_COLUMN.reason, 6, TEMPLATE_COLUMN.channel);
    // Beyond the known columns: not the import's business.
    sheet.mergeCells(2, 12, 5, 12);
    const result = await parseOpinionSheet(await toBuffer(workbook), CONTEXT);
    expect(problems(result)).toEqual([
      [2, '条款', 'MERGED_CELL'],
      [3, '条款', 'MERGED_CELL'],
      [4, '条款', 'MERGED_CELL'],
      [6, '理由', 'MERGED_CELL'],
    ]);
    expect(result.errors[0].message).toContain('A2:A4');
    expect(result.rows.map((r) => r.row)).toEqual([5, 7]);
    expectAccounted(result);
  });

  it('MERGED_CELL: a merge over a whole column reaches the last row with content, and costs nothing', async () => {
    const filled = await filledTemplate([MINIMAL, MINIMAL, undefined, MINIMAL]);
    const planted = rewritePart(filled, OPINION_SHEET_PART, (xml) =>
      xml.replace(
        '</sheetData>',
        '</sheetData><mergeCells count="1"><mergeCell ref="C2:C1048576"/></mergeCells>',
      ),
    );
    const started = performance.now();
    const result = await parseOpinionSheet(planted, CONTEXT);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(problems(result)).toEqual([
      [2, '理由', 'MERGED_CELL'],
      [3, '理由', 'MERGED_CELL'],
      [4, '理由', 'MERGED_CELL'],
      [5, '理由', 'MERGED_CELL'],
    ]);
    expect(result.totalRows).toBe(4);
  });

  it('lists every problem of a row, one entry per cell, in column order', async () => {
    const result = await parseRows([
      {
        provision: '第一百条',
        proposedChange: '',
        channel: '开会',
        gatheredOn: '明天',
        peopleRepresented: -1,
        contributorCategory: '路人',
        place: '地'.repeat(101),
      },
    ]);
    expect(problems(result)).toEqual([
      [2, '条款', 'UNKNOWN_PROVISION'],
      [2, '修改意见', 'REQUIRED'],
      [2, '征集方式', 'UNKNOWN_CHOICE'],
      [2, '征集日期', 'INVALID_DATE'],
      [2, '地点', 'TOO_LONG'],
      [2, '代表人数', 'INVALID_NUMBER'],
      [2, '提出人类别', 'UNKNOWN_CHOICE'],
    ]);
    expect(result.totalRows).toBe(1);
  });

  it('uses the real date when no `today` is given: a date far in the future is refused', async () => {
    const filled = await filledTemplate([
      { ...MINIMAL, gatheredOn: '2999-01-01' },
      { ...MINIMAL, gatheredOn: '2020-01-01' },
    ]);
    const result = await parseOpinionSheet(filled, { provisions: SAMPLE_PROVISIONS });
    expect(problems(result)).toEqual([[2, '征集日期', 'INVALID_DATE']]);
    expect(result.rows.map((r) => r.row)).toEqual([3]);
  });
});

describe('parseOpinionSheet: whole-file problems', () => {
  it('NOT_XLSX: random bytes, a text file, an empty file', async () => {
    for (const bytes of [
      randomBytes(4096),
      Buffer.from('条款,修改意见,征集方式\n第一条,建议删除,座谈会\n'),
      Buffer.alloc(0),
    ]) {
      const error = await fileError(bytes);
      expect(error.reason).toBe('NOT_XLSX');
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/xlsx/u);
    }
  });

  it('NOT_XLSX: a Word document renamed .xlsx, with a message that says so', async () => {
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('第一条 建议删除')] }] }),
    );
    const error = await fileError(docx);
    expect(error.reason).toBe('NOT_XLSX');
    expect(error.message).toContain('Word');
  });

  it('NOT_XLSX: an old .xls (or password-protected) compound file', async () => {
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      randomBytes(2048),
    ]);
    const error = await fileError(xls);
    expect(error.reason).toBe('NOT_XLSX');
    expect(error.message).toContain('.xls');
  });

  it('NOT_XLSX: a zip without a workbook, a truncated .xlsx, an entry larger than it claims', async () => {
    const template = await filledTemplate([MINIMAL]);
    const lying = zip(unzipEntries(template), (name, actual) => (name === OPINION_SHEET_PART ? 100 : actual));
    for (const bytes of [
      zip(new Map([['readme.txt', Buffer.from('hello')]])),
      template.subarray(0, Math.floor(template.length / 2)),
      lying,
    ]) {
      expect((await fileError(bytes)).reason).toBe('NOT_XLSX');
    }
  });

  it('FILE_TOO_LARGE: an entry declaring hundreds of megabytes is refused before it is inflated', async () => {
    const template = await filledTemplate([MINIMAL]);
    const bomb = zip(unzipEntries(template), (name, actual) =>
      name === OPINION_SHEET_PART ? 300 * 1024 * 1024 : actual,
    );
    expect((await fileError(bomb)).reason).toBe('FILE_TOO_LARGE');
    expect((await fileError(Buffer.concat([template, Buffer.alloc(21 * 1024 * 1024)]))).reason).toBe(
      'FILE_TOO_LARGE',
    );
  });

  it('MISSING_COLUMNS: lists the required columns that are missing', async () => {
    const { workbook, sheet } = await openTemplate();
    sheet.getCell(1, TEMPLATE_COLUMN.proposedChange).value = '意见内容';
    sheet.getCell(1, TEMPLATE_COLUMN.channel).value = null;
    setRow(sheet, 2, MINIMAL);
    const error = await fileError(await toBuffer(workbook));
    expect(error.reason).toBe('MISSING_COLUMNS');
    expect(error.message).toContain('修改意见、征集方式');
    expect(error.details.fields).toEqual([
      { field: '修改意见', message: '缺少列“修改意见”' },
      { field: '征集方式', message: '缺少列“征集方式”' },
    ]);
  });

  it('MISSING_COLUMNS: a sheet of something else entirely', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('通讯录').addRows([
      ['姓名', '电话'],
      ['张三', '13800138000'],
    ]);
    const error = await fileError(await toBuffer(workbook));
    expect(error.reason).toBe('MISSING_COLUMNS');
    expect(error.details.fields?.map((f) => f.field)).toEqual(['条款', '修改意见', '征集方式']);
  });

  it('DUPLICATE_COLUMNS: the same column twice cannot be read without dropping one', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('意见').addRows([
      ['条款', '修改意见', '征集方式', '修改意见（补充）'],
      ['第一条', '建议删除', '座谈会', '另一条意见'],
    ]);
    const error = await fileError(await toBuffer(workbook));
    expect(error.reason).toBe('DUPLICATE_COLUMNS');
    expect(error.message).toContain('修改意见');
  });

  it('TOO_MANY_ROWS: more non-empty rows than maxRows; blank rows do not count', async () => {
    const rows = [MINIMAL, undefined, MINIMAL, MINIMAL];
    expect((await parseRows(rows, { maxRows: 3 })).totalRows).toBe(3);
    const error = await fileError(await filledTemplate([...rows, MINIMAL]), { maxRows: 3 });
    expect(error.reason).toBe('TOO_MANY_ROWS');
    expect(error.message).toContain('4 行');
  });

  it('TOO_MANY_ROWS: tens of thousands of rows are refused before exceljs loads them', async () => {
    const filled = await filledTemplate([MINIMAL]);
    const rows = Array.from(
      { length: 60_000 },
      (_, i) => `<row r="${i + 3}"><c r="B${i + 3}" t="inlineStr"><is><t>意见</t></is></c></row>`,
    );
    const planted = rewritePart(filled, OPINION_SHEET_PART, (xml) =>
      xml.replace('</sheetData>', `${rows.join('')}</sheetData>`),
    );
    const started = performance.now();
    expect((await fileError(planted)).reason).toBe('TOO_MANY_ROWS');
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('NO_ROWS: an empty workbook, or the template with nothing filled in', async () => {
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Sheet1');
    expect((await fileError(await toBuffer(empty))).reason).toBe('NO_ROWS');
    const blank = await fileError(await filledTemplate([undefined, { provision: ' ' }]));
    expect(blank.reason).toBe('NO_ROWS');
    expect(blank.message).toContain('意见');
  });
});

// The sheets are read with exceljs's streaming worksheet reader (./sheet-rows.ts); the whole-workbook loader reads
// the files the stream would read differently. Either way, the same rows come out.
describe('parseOpinionSheet: streamed or loaded, read alike', () => {
  it('reads thousands of rows of Chinese text exactly, across the pieces the XML is parsed in', async () => {
    // ~1,500 rows of 3-byte characters: the shared strings and the sheet span many 64 Ki-character pieces.
    const texts = Array.from(
      { length: 1500 },
      (_, i) => `建议第${i}号：养犬人应当为犬只办理登记，登记手续应当简化😀。`,
    );
    const result = await parseRows(texts.map((proposedChange) => ({ ...MINIMAL, proposedChange })));
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.value.proposedChange)).toEqual(texts);
    expect(result.rows.at(-1)?.row).toBe(1501);
  });

  it('gives what the whole-workbook loader gives, for every kind of cell and problem', async () => {
    const { workbook, sheet } = await openTemplate();
    const rows: RowCells[] = [
      {
        provision: '第十七条第一款第（二）项',
        proposedChange: {
          richText: [{ text: '建议' }, { text: '删除', font: { bold: true } }, { text: '本款' }],
        },
        reason: { text: '见意见书', hyperlink: 'https://example.org/yijian' },
        channel: '座谈会',
        gatheredOn: new Date(Date.UTC(2024, 0, 5, 15, 30)),
        place: 101,
        peopleRepresented: 12,
        contributorCategory: '群众',
        contributorUnit: 3.14,
        tags: '养犬；登记',
      },
      { ...MINIMAL, proposedChange: 0.1 + 0.2, reason: true, gatheredOn: '2024年1月5日' },
      { ...MINIMAL, peopleRepresented: { formula: '1+1', result: 2 }, contributorUnit: { error: '#N/A' } },
      {
        ...MINIMAL,
        provision: '第九十九条',
        channel: '飞鸽传书',
        gatheredOn: '2099-01-01',
        peopleRepresented: -1,
      },
      { proposedChange: '  ', reason: '只有理由' },
      { ...MINIMAL, place: '\u0007地点' },
    ];
    rows.forEach((cells, i) => setRow(sheet, i + 2, cells));
    setRow(sheet, 9, { channel: '走访' });
    setRow(sheet, 10, { channel: '走访' });
    sheet.fillFormula('B9:B10', 'CONCAT("建议","删除")', () => '建议删除');
    sheet.mergeCells('C11:C12');
    setRow(sheet, 11, MINIMAL);
    setRow(sheet, 12, MINIMAL);
    const buffer = await toBuffer(workbook);
    const streamed = await parseOpinionSheet(buffer, { ...CONTEXT, reader: 'stream' });
    const loaded = await parseOpinionSheet(buffer, { ...CONTEXT, reader: 'loader' });
    expect(streamed.errors.length).toBeGreaterThan(5);
    expect(streamed.rows.length).toBeGreaterThan(1);
    expect(streamed).toEqual(loaded);
  });

  it('reads inline strings, rich ones too, as the loader always has', async () => {
    const filled = await filledTemplate([MINIMAL, MINIMAL]);
    const column = String.fromCharCode(64 + TEMPLATE_COLUMN.proposedChange);
    const planted = rewritePart(filled, OPINION_SHEET_PART, (xml) =>
      xml.replace(
        new RegExp(`<c r="${column}3"[^>]*>.*?</c>`, 'u'),
        `<c r="${column}3" t="inlineStr"><is><r><t>建议将“应当”</t></r><r><t>改为“可以”</t></r></is></c>`,
      ),
    );
    expect(planted.equals(filled)).toBe(false);
    const result = await parseOpinionSheet(planted, CONTEXT);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.value.proposedChange)).toEqual([
      MINIMAL.proposedChange,
      '建议将“应当”改为“可以”',
    ]);
  });

  it('reads rows written out of order, under their own numbers: the header row last', async () => {
    const rows: Array<RowCells | undefined> = Array.from({ length: 11 }, () => undefined);
    rows[0] = MINIMAL;
    rows[10] = { ...MINIMAL, proposedChange: '第十二行的意见' };
    const filled = await filledTemplate(rows);
    const planted = rewritePart(filled, OPINION_SHEET_PART, (xml) =>
      xml.replace(/(<row r="1"[^>]*>.*?<\/row>)(.*)(<\/sheetData>)/su, '$2$1$3'),
    );
    expect(planted.equals(filled)).toBe(false);
    const result = await parseOpinionSheet(planted, CONTEXT);
    expect(result.rows.map((r) => [r.row, r.value.proposedChange])).toEqual([
      [2, MINIMAL.proposedChange],
      [12, '第十二行的意见'],
    ]);
  });

  it('reads date cells of a workbook that counts from 1904', async () => {
    const { workbook, sheet } = await openTemplate();
    workbook.properties.date1904 = true;
    setRow(sheet, 2, { ...MINIMAL, gatheredOn: new Date(Date.UTC(2024, 0, 5)) });
    const buffer = await toBuffer(workbook);
    expect(unzipEntries(buffer).get('xl/workbook.xml')?.toString('utf8')).toContain('date1904="1"');
    const result = await parseOpinionSheet(buffer, CONTEXT);
    expect(result.errors).toEqual([]);
    expect(result.rows[0].value.gatheredOn).toBe('2024-01-05');
  });
});

describe('parseOpinionSheet: which sheet', () => {
  const sheetOf = (
    workbook: ExcelJS.Workbook,
    name: string,
    text: string,
    state?: 'hidden' | 'veryHidden',
  ) => {
    const sheet = workbook.addWorksheet(name, state ? { state } : {});
    sheet.addRow(['条款', '修改意见', '征集方式']);
    sheet.addRow(['', text, '座谈会']);
  };

  it('reads the sheet named 意见 first, then visible sheets before hidden ones, whatever their order', async () => {
    const named = new ExcelJS.Workbook();
    sheetOf(named, '其他', '其他表');
    sheetOf(named, '意见', '意见表');
    const visible = new ExcelJS.Workbook();
    sheetOf(visible, '隐藏', '隐藏表', 'hidden');
    sheetOf(visible, '很隐藏', '很隐藏表', 'veryHidden');
    sheetOf(visible, '可见', '可见表');
    for (const [workbook, sheetName] of [
      [named, '意见'],
      [visible, '可见'],
    ] as const) {
      const result = await parseOpinionSheet(await toBuffer(workbook), CONTEXT);
      expect(result.sheetName).toBe(sheetName);
      expect(result.rows.map((r) => r.value.proposedChange)).toEqual([`${sheetName}表`]);
    }
    const hiddenOnly = new ExcelJS.Workbook();
    sheetOf(hiddenOnly, '隐藏', '隐藏表', 'hidden');
    expect((await parseOpinionSheet(await toBuffer(hiddenOnly), CONTEXT)).sheetName).toBe('隐藏');
  });
});
