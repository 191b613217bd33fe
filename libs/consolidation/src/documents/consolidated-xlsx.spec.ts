/**
 * The .xlsx read back with exceljs: sheets, the title lines, header, values (numbers as numbers, receipt numbers as
 * text), what a spreadsheet program would take for a formula, control characters, frozen panes, filters, widths.
 */
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { MAX_CELL_CHARACTERS } from '@app/common';
import { type ConsolidatedDocument, type ConsolidatedSource } from './consolidated-document.js';
import { renderConsolidatedXlsx } from './consolidated-xlsx.js';
import { unzip } from '../../../../test/support/office-files.js';
import { crossPointDocument, sampleDocument } from './testing.js';

const SUGGESTION_HEADER = [
  '序号',
  '条款',
  '原文',
  '修改意见',
  '理由',
  '提出单位或个人',
  '意见条数',
  '代表人数',
];
const SOURCE_HEADER = [
  '回执编号',
  '汇总序号',
  '条款',
  '征集方式',
  '联系单位',
  '提出人类别',
  '代表人数',
  '征集日期',
  '处理情况',
];
const HEADER_ROW = 4;

async function render(doc: ConsolidatedDocument): Promise<{ buffer: Buffer; workbook: ExcelJS.Workbook }> {
  const buffer = await renderConsolidatedXlsx(doc);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return { buffer, workbook };
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** A row's values from column 1, exceljs's leading hole dropped; empty cells as null. */
function values(ws: ExcelJS.Worksheet, row: number, columns = ws.columnCount): ExcelJS.CellValue[] {
  return Array.from({ length: columns }, (_, i) => ws.getRow(row).getCell(i + 1).value ?? null);
}

describe('renderConsolidatedXlsx', () => {
  it('is an Excel package with the sheets 汇总表, 来源意见, 统计', async () => {
    const { buffer, workbook } = await render(sampleDocument());
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    expect([...unzip(buffer).keys()]).toEqual(
      expect.arrayContaining(['xl/workbook.xml', '[Content_Types].xml']),
    );
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['汇总表', '来源意见', '统计']);
  });

  it('汇总表: title lines, then the header, then each row, numbers as numbers', async () => {
    const { workbook } = await render(sampleDocument());
    const ws = sheet(workbook, '汇总表');
    expect(ws.getCell('A1').value).toBe('《重庆市养犬管理条例（草案）》意见建议汇总表');
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.getCell('H1').master.address).toBe('A1');
    expect(ws.getCell('A2').value).toBe(
      '报送机关：重庆市人大常委会　基层立法联系点：西南大学国家治理学院基层立法联系点　法规草案：重庆市养犬管理条例（草案）（一审稿）　征集时间：2024-05-06 至 2024-05-20',
    );
    expect(ws.getCell('A3').value).toBe(
      '共征集意见建议 25 条，代表 79 人；形成汇总意见 4 条；不予报送 1 条。审核：点长（2024-05-20 10:30）　报送：2024-05-20 16:05　生成时间：2024-05-20 16:00',
    );
    expect(values(ws, HEADER_ROW)).toEqual(SUGGESTION_HEADER);
    expect(ws.rowCount).toBe(HEADER_ROW + 4);
    expect(values(ws, HEADER_ROW + 1)).toEqual([
      1,
      '第八条第一款第（二）项',
      '（二）烈性犬、大型犬的认定标准和管理办法；',
      '建议明确由市公安机关会同农业农村部门制定并公布烈性犬、大型犬的品种目录和体高标准。',
      '认定标准不明确，基层执法中难以判断，容易引发争议。',
      '重庆缙云律师事务所（2条，代表2人）',
      2,
      2,
    ]);
    // Line breaks kept within the cell.
    expect(values(ws, HEADER_ROW + 2)[4]).toBe(
      '1. 期限过长，不利于及时掌握犬只情况；\n2. 与周边省市的规定保持一致；\n3. 方便群众办理。',
    );
    // The general opinion last, its 原文 empty.
    expect(values(ws, HEADER_ROW + 4)).toEqual([
      4,
      '总体意见',
      null,
      '建议增加关于流浪犬收容、救助和领养的专门条款。',
      '流浪犬问题群众反映强烈，草案未作规定。',
      '居民群众等 12 人；人大代表 2 人',
      14,
      14,
    ]);
  });

  it('keeps what could be read as a formula text, without an apostrophe to show, and drops control characters', async () => {
    const { workbook } = await render(sampleDocument());
    const suggestions = sheet(workbook, '汇总表');
    const row = values(suggestions, HEADER_ROW + 3);
    expect(row[3]).toBe('-删除“不得超过一点五米”中的“一点五米”，改为“二米”。');
    expect(row[4]).toBe('=犬链过短不便于大型犬活动 & 牵引 <实际情况>');
    const sources = sheet(workbook, '来源意见');
    expect(sources.getCell('E5').value).toBe('@天生街道');
    // Text cells in the Text format: what someone types into them later stays text too.
    for (const cell of [
      suggestions.getRow(HEADER_ROW + 3).getCell(4),
      suggestions.getRow(HEADER_ROW + 3).getCell(5),
    ]) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt).toBe('@');
    }
    expect(sources.getCell('E5').numFmt).toBe('@');
    // Nothing became a formula anywhere.
    for (const ws of workbook.worksheets) {
      ws.eachRow((r) => r.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
    }
  });

  it('freezes the header, filters it, wraps the texts and sizes the columns', async () => {
    const { workbook } = await render(sampleDocument());
    const ws = sheet(workbook, '汇总表');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(ws.autoFilter).toBe(`A${HEADER_ROW}:H${HEADER_ROW + 4}`);
    expect(ws.getCell(`D${HEADER_ROW + 1}`).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getCell(`A${HEADER_ROW}`).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(ws.getColumn(4).width).toBeGreaterThan(ws.getColumn(1).width ?? Infinity);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 });

    const sources = sheet(workbook, '来源意见');
    expect(sources.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sources.autoFilter).toBe('A1:I6');
  });

  it('prints in full: rows as tall as their wrapped texts, every sheet on A4 one page wide, the header repeated', async () => {
    const doc = sampleDocument();
    doc.rows[0].proposedChange =
      '建议明确由市公安机关会同农业农村部门制定并公布烈性犬、大型犬的品种目录。'.repeat(5);
    doc.sources[0].disposition = '不予报送：与本条例调整范围无关，已转交有关部门研究处理。'.repeat(3);
    const { workbook } = await render(doc);
    const table = sheet(workbook, '汇总表');
    // 185 characters in a column 50 wide: 8 lines, not the one line a row gets without a height.
    expect(table.getRow(HEADER_ROW + 1).height).toBeGreaterThanOrEqual(8 * 15);
    const shortRow = table.getRow(HEADER_ROW + 4); // 总体意见, a short proposal
    expect(shortRow.height).toBeGreaterThanOrEqual(15);
    expect(shortRow.height).toBeLessThan(table.getRow(HEADER_ROW + 1).height);
    expect(sheet(workbook, '来源意见').getRow(2).height).toBeGreaterThan(3 * 15);
    for (const ws of workbook.worksheets) {
      expect([ws.name, ws.pageSetup]).toEqual([
        ws.name,
        expect.objectContaining({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
      ]);
    }
    expect(table.pageSetup.printTitlesRow).toBe(`${HEADER_ROW}:${HEADER_ROW}`);
    expect(sheet(workbook, '来源意见').pageSetup.printTitlesRow).toBe('1:1');
  });

  it('来源意见: every source, receipt numbers as text with their leading zeros', async () => {
    const { workbook } = await render(sampleDocument());
    const ws = sheet(workbook, '来源意见');
    expect(values(ws, 1)).toEqual(SOURCE_HEADER);
    expect(ws.rowCount).toBe(1 + 5);
    expect(values(ws, 2)).toEqual([
      '00012024050601',
      2,
      '第九条',
      '座谈会',
      '北碚区总工会',
      '职工代表',
      18,
      new Date('2024-05-08T00:00:00Z'),
      '纳入第2条汇总意见',
    ]);
    for (let r = 2; r <= 6; r++) {
      expect(ws.getCell(r, 1).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(r, 1).numFmt).toBe('@');
    }
    expect(ws.getCell('H2').numFmt).toBe('yyyy-mm-dd');
    // Not forwarded: no 汇总序号; no date: an empty cell.
    expect(values(ws, 5)).toEqual([
      '00012024050604',
      null,
      '第三十条',
      '走访',
      '@天生街道',
      '居民群众',
      1,
      null,
      '不予报送：超出本法规调整范围',
    ]);
  });

  it('统计: the counts, by channel and by unit', async () => {
    const { workbook } = await render(sampleDocument());
    const ws = sheet(workbook, '统计');
    const rows = Array.from({ length: ws.rowCount }, (_, i) => values(ws, i + 1, 2));
    expect(rows).toEqual([
      ['意见建议（条）', 25],
      ['代表人数（人）', 79],
      ['汇总意见（条）', 4],
      ['不予报送（条）', 1],
      [null, null],
      ['征集方式', '意见条数'],
      ['座谈会', 9],
      ['院坝会', 6],
      ['网上', 10],
      [null, null],
      ['联系单位', '意见条数'],
      ['北碚区总工会', 9],
      ['施家梁镇', 6],
      ['（未填写）', 10],
    ]);
  });

  it('adds 联系点 columns in the cross-point view', async () => {
    const { workbook } = await render(crossPointDocument());
    const ws = sheet(workbook, '汇总表');
    expect(values(ws, HEADER_ROW)).toEqual([
      '序号',
      '条款',
      '原文',
      '修改意见',
      '理由',
      '提出单位或个人',
      '联系点',
      '意见条数',
      '代表人数',
    ]);
    expect(values(ws, HEADER_ROW + 2).slice(6)).toEqual(['重庆缙云律师事务所基层立法联系点', 8, 23]);
    // Each point's own approval and submission, not 尚未审核 for points that approved and submitted.
    expect(ws.getCell('A3').value).toContain(
      '审核：西南大学国家治理学院基层立法联系点：点长（2024-05-20 10:30）；重庆缙云律师事务所基层立法联系点：副点长（2024-05-21 09:00）　' +
        '报送：西南大学国家治理学院基层立法联系点：2024-05-20 16:05；重庆缙云律师事务所基层立法联系点：2024-05-21 11:20',
    );
    const sources = sheet(workbook, '来源意见');
    expect(values(sources, 1)).toEqual([...SOURCE_HEADER, '联系点']);
    expect(values(sources, 2)[9]).toBe('西南大学国家治理学院基层立法联系点');
  });

  it('makes a merged title line tall enough for a long list of contact points', async () => {
    const one = await render(sampleDocument());
    const many = sampleDocument();
    many.cover.contactPoints = Array.from({ length: 30 }, (_, i) => `第${i + 1}基层立法联系点`);
    const tall = await render(many);
    const height = (workbook: ExcelJS.Workbook): number => sheet(workbook, '汇总表').getRow(2).height;
    expect(height(one.workbook)).toBeGreaterThanOrEqual(15);
    expect(height(tall.workbook)).toBeGreaterThanOrEqual(3 * 15);
  });

  it('keeps the header and filter when nothing was consolidated', async () => {
    const doc = sampleDocument();
    doc.rows = [];
    doc.sources = [];
    const { workbook } = await render(doc);
    const ws = sheet(workbook, '汇总表');
    expect(values(ws, HEADER_ROW)).toEqual(SUGGESTION_HEADER);
    expect(ws.rowCount).toBe(HEADER_ROW);
    expect(values(sheet(workbook, '来源意见'), 1)).toEqual(SOURCE_HEADER);
  });

  it('cuts a text longer than a cell can hold, keeping the cell within Excel’s limit', async () => {
    const doc = sampleDocument();
    doc.rows[0].reason = '理'.repeat(40000);
    const { workbook } = await render(doc);
    const reason = sheet(workbook, '汇总表').getCell(HEADER_ROW + 1, 5).text;
    expect(reason.length).toBe(MAX_CELL_CHARACTERS);
    expect(reason.startsWith('理理理')).toBe(true);
    expect(reason).toMatch(/已截断）$/u);
  });

  it('writes thousands of sources in order, none lost', async () => {
    const doc = sampleDocument();
    const template = doc.sources[0];
    doc.sources = Array.from({ length: 10000 }, (_, i): ConsolidatedSource => ({
      ...template,
      receiptNumber: String(i).padStart(14, '0'),
      peopleRepresented: i,
    }));
    const { workbook } = await render(doc);
    const ws = sheet(workbook, '来源意见');
    expect(ws.rowCount).toBe(10001);
    for (const i of [0, 1, 4999, 9999]) {
      expect(ws.getCell(i + 2, 1).value).toBe(String(i).padStart(14, '0'));
      expect(ws.getCell(i + 2, 7).value).toBe(i);
    }
    // 10,000 rows written and read back: past Jest's default 5 s when three suites ran beside it (load ~6).
  }, 30_000);
});
