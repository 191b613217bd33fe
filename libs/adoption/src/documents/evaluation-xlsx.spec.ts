/**
 * 年度考核表 read back with exceljs: sheets, the title lines, header, values (counts and the rate as numbers, the rate
 * formatted as a percentage), the bold totals row, frozen panes, filters, widths, and the 说明 sheet.
 */
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { EvaluationWorkbook } from './adoption-documents.js';
import { renderEvaluationXlsx } from './evaluation-xlsx.js';
import {
  EVALUATION_FIGURE_HEADINGS as FIGURES,
  EVALUATION_TITLE as TITLE,
  SWU,
  evaluationWorkbook,
} from './testing.js';

async function render(doc: EvaluationWorkbook): Promise<ExcelJS.Workbook> {
  const buffer = await renderEvaluationXlsx(doc);
  expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** A row's values from column 1; empty cells as null. */
function values(ws: ExcelJS.Worksheet, row: number, columns: number): ExcelJS.CellValue[] {
  return Array.from({ length: columns }, (_, i) => ws.getRow(row).getCell(i + 1).value ?? null);
}

describe('renderEvaluationXlsx', () => {
  it('has the sheets 联系单位, 采集员, 说明', async () => {
    const workbook = await render(evaluationWorkbook());
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['联系单位', '采集员', '说明']);
    expect(workbook.title).toBe(TITLE);
  });

  it('lists the units: title, the point and year, header, one row each, the totals in bold', async () => {
    const ws = sheet(await render(evaluationWorkbook()), '联系单位');
    expect(ws.getCell('A1').value).toBe(TITLE);
    expect(ws.getCell('A2').value).toBe(`联系点：${SWU}　年度：2022年　生成时间：2023-01-05 10:00`);
    expect(values(ws, 3, 10)).toEqual(['名称', ...FIGURES]);
    expect(values(ws, 4, 10)).toEqual(['北碚区总工会', 6, 41, 16, 2, 5, 8, 1, 0, 7 / 16]);
    expect(values(ws, 5, 10)).toEqual(['施家梁镇', 4, 27, 9, 1, 2, 6, 0, 0, 3 / 9]);
    // A name a spreadsheet program would take for a formula is kept as text: a text cell in the Text format, so it
    // stays text when edited, and no apostrophe shows.
    expect(values(ws, 6, 10)).toEqual(['=重庆缙云律师事务所', 3, 12, 8, 0, 0, 8, 0, 0, 0]);
    expect(ws.getCell('A6').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('A6').numFmt).toBe('@');
    expect(values(ws, 7, 10)).toEqual(['合计', 9, 163, 58, 6, 17, 30, 5, 0, 23 / 58]);
    expect(ws.rowCount).toBe(7);
    for (let c = 1; c <= 10; c++) {
      expect(ws.getRow(7).getCell(c).font?.bold).toBe(true);
      expect(ws.getRow(6).getCell(c).font?.bold).toBeFalsy();
    }
  });

  it('formats the rate as a percentage with one decimal and the counts as integers', async () => {
    const ws = sheet(await render(evaluationWorkbook()), '联系单位');
    for (const row of [4, 5, 6, 7]) {
      const rate = ws.getRow(row).getCell(10);
      expect(typeof rate.value).toBe('number');
      expect(rate.numFmt).toBe('0.0%');
      expect(ws.getRow(row).getCell(2).numFmt).toBe('0');
    }
    expect(ws.getCell('J4').value).toBeCloseTo(0.4375, 10);
  });

  it('lists the collectors with their unit, a blank unit as an empty cell', async () => {
    const ws = sheet(await render(evaluationWorkbook()), '采集员');
    expect(ws.getCell('A1').value).toBe(TITLE);
    expect(values(ws, 3, 11)).toEqual(['姓名', '所在单位', ...FIGURES]);
    expect(values(ws, 4, 11)).toEqual(['张晓梅', '北碚区总工会', 5, 22, 9, 1, 3, 5, 0, 0, 4 / 9]);
    expect(values(ws, 5, 11)).toEqual(['李强', '施家梁镇', 2, 7, 3, 0, 0, 3, 0, 0, 0]);
    expect(values(ws, 6, 11)).toEqual(['王芳', null, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(values(ws, 7, 11)).toEqual(['合计', null, 9, 163, 58, 6, 17, 30, 5, 0, 23 / 58]);
    expect(ws.getRow(7).getCell(11).numFmt).toBe('0.0%');
    expect(ws.getRow(7).getCell(11).font?.bold).toBe(true);
  });

  it('freezes the header, filters the lines (not the totals) and sets widths', async () => {
    const workbook = await render(evaluationWorkbook());
    const units = sheet(workbook, '联系单位');
    const collectors = sheet(workbook, '采集员');
    for (const ws of [units, collectors]) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, topLeftCell: 'A4' });
    }
    expect(units.autoFilter).toBe('A3:J6');
    expect(collectors.autoFilter).toBe('A3:K6');
    expect(units.columns.map((c) => c.width)).toEqual([30, 10, 10, 10, 10, 10, 10, 10, 10, 11]);
    expect(collectors.columns.map((c) => c.width)).toEqual([14, 28, 10, 10, 10, 10, 10, 10, 10, 10, 11]);
  });

  it('puts the totals right under the header when there are no lines, and names them 合计 when unnamed', async () => {
    const doc = evaluationWorkbook();
    doc.units = [];
    doc.totals.name = '';
    const ws = sheet(await render(doc), '联系单位');
    expect(values(ws, 3, 10)).toEqual(['名称', ...FIGURES]);
    expect(values(ws, 4, 10)).toEqual(['合计', 9, 163, 58, 6, 17, 30, 5, 0, 23 / 58]);
    expect(ws.autoFilter).toBe('A3:J3');
  });

  it('leaves a rate that is not a number empty', async () => {
    const doc = evaluationWorkbook();
    doc.collectors[2].adoptionRate = Number.NaN;
    const ws = sheet(await render(doc), '采集员');
    expect(ws.getCell('K6').value).toBeNull();
  });

  it('prints every sheet on A4 one page wide, the header repeated, the notes’ rows as tall as their text', async () => {
    const workbook = await render(evaluationWorkbook());
    for (const ws of workbook.worksheets) {
      expect([ws.name, ws.pageSetup]).toEqual([
        ws.name,
        expect.objectContaining({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
      ]);
    }
    expect(sheet(workbook, '联系单位').pageSetup.printTitlesRow).toBe('3:3');
    const notes = sheet(workbook, '说明');
    const tallest = Math.max(
      ...Array.from({ length: notes.rowCount }, (_, i) => notes.getRow(i + 1).height ?? 0),
    );
    expect(tallest).toBeGreaterThan(15);
  });

  it('explains in 说明 how the figures are counted', async () => {
    const ws = sheet(await render(evaluationWorkbook()), '说明');
    const lines = Array.from({ length: ws.rowCount }, (_, i) => ws.getCell(i + 1, 1).value ?? null);
    expect(lines.slice(0, 6)).toEqual([
      TITLE,
      `联系点：${SWU}`,
      '年度：2022年',
      '生成时间：2023-01-05 10:00',
      null,
      '统计口径',
    ]);
    const text = lines.map((line) => (typeof line === 'string' ? line : '')).join('\n');
    expect(text).toContain('2022年度即2022年下发的任务');
    expect(text).toContain('一条意见并入的报送条目被采纳（部分采纳），该意见即视为被采纳（部分采纳）');
    expect(text).toContain('报送条目 = 采纳 + 部分采纳 + 未采纳 + 研究中 + 待反馈');
    expect(text).toContain('采纳率 =（采纳 + 部分采纳）÷ 报送条目');
    expect(text).toContain('专家团队（批注）');
    expect(text).toContain('故各行之和等于合计');
  });
});
