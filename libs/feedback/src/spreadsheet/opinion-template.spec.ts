/**
 * The template, read back with exceljs: sheets, header, notes, frozen pane, column widths, drop-downs that point
 * into the hidden sheet, the instructions. And, where LibreOffice is installed, proof that another program opens it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type ExcelJS from 'exceljs';
import { CHANNEL_LABELS, CONTRIBUTOR_CATEGORY_LABELS, OPINION_LIMITS } from '../feedback.enums.js';
import { dataValidationsOf } from './exceljs-extras.js';
import {
  GENERAL_OPINION,
  OPINION_COLUMNS,
  SHEET_NAMES,
  provisionEntry,
  templateHeader,
} from './opinion-columns.js';
import { parseOpinionSheet } from './opinion-import.js';
import { TEMPLATE_DATA_ROWS, buildOpinionTemplate } from './opinion-template.js';
import { SAMPLE_PROVISIONS, TASK_TITLE, TEMPLATE_COLUMN, loadWorkbook } from './testing.js';
import { columnLetters, parseRange } from './xlsx-package.js';

async function template(
  provisions = SAMPLE_PROVISIONS,
): Promise<{ buffer: Buffer; workbook: ExcelJS.Workbook }> {
  const buffer = await buildOpinionTemplate({ taskTitle: TASK_TITLE, provisions });
  return { buffer, workbook: await loadWorkbook(buffer) };
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function noteText(note: string | ExcelJS.Comment | undefined): string {
  if (note === undefined || typeof note === 'string') return note ?? '';
  return (note.texts ?? []).map((t) => t.text).join('');
}

/** The values a list validation offers: the range it names, read from the sheet it names. */
function listValues(workbook: ExcelJS.Workbook, formula: string): { sheetName: string; values: string[] } {
  const m = /^'([^']+)'!(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+)$/u.exec(formula);
  if (!m) throw new Error(`not an absolute range on a named sheet: ${formula}`);
  const range = parseRange(m[2]);
  if (!range) throw new Error(`bad range ${m[2]}`);
  const values: string[] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const value = sheet(workbook, m[1]).getCell(r, range.left).value;
    values.push(typeof value === 'string' ? value : JSON.stringify(value));
  }
  return { sheetName: m[1], values };
}

const LONG_LABEL =
  '养犬人应当自取得犬只之日起三十日内，持本人身份证明和犬只免疫证明到所在地公安派出所办理登记';

describe('buildOpinionTemplate', () => {
  it('writes the opinion sheet first, the instructions, and the lists in a hidden sheet', async () => {
    const { workbook } = await template();
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      [SHEET_NAMES.opinions, 'visible'],
      [SHEET_NAMES.instructions, 'visible'],
      [SHEET_NAMES.lists, 'hidden'],
    ]);
  });

  it('writes the header in Chinese, frozen, with widths and a note on every column', async () => {
    const { workbook } = await template();
    const opinions = sheet(workbook, SHEET_NAMES.opinions);
    expect(opinions.getRow(1).values).toEqual([
      undefined,
      '条款',
      '修改意见（必填）',
      '理由',
      '征集方式（必填）',
      '征集日期',
      '地点',
      '代表人数',
      '提出人类别',
      '提出人单位',
      '标签',
    ]);
    expect(opinions.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    OPINION_COLUMNS.forEach((column, i) => {
      expect(opinions.getColumn(i + 1).width).toBe(column.width);
      expect(noteText(opinions.getCell(1, i + 1).note)).toBe(column.note);
    });
    expect(noteText(opinions.getCell(1, TEMPLATE_COLUMN.gatheredOn).note)).toContain('YYYY-MM-DD');
    expect(noteText(opinions.getCell(1, TEMPLATE_COLUMN.peopleRepresented).note)).toContain('默认 1');
    expect(noteText(opinions.getCell(1, TEMPLATE_COLUMN.tags).note)).toContain('顿号或逗号');
    expect(opinions.actualRowCount).toBe(1);
  });

  it('puts drop-downs on every data row, each referencing a range of the hidden sheet', async () => {
    const { workbook } = await template();
    const validations = dataValidationsOf(sheet(workbook, SHEET_NAMES.opinions)).model;
    const lastRow = TEMPLATE_DATA_ROWS + 1;
    const expected: Array<[number, string[]]> = [
      [TEMPLATE_COLUMN.provision, [GENERAL_OPINION, ...SAMPLE_PROVISIONS.map(provisionEntry)]],
      [TEMPLATE_COLUMN.channel, Object.values(CHANNEL_LABELS)],
      [TEMPLATE_COLUMN.contributorCategory, Object.values(CONTRIBUTOR_CATEGORY_LABELS)],
    ];
    for (const [column, values] of expected) {
      const letter = columnLetters(column);
      const first = validations[`${letter}2`];
      expect(first).toMatchObject({ type: 'list', showErrorMessage: true });
      expect(validations[`${letter}${lastRow}`]).toEqual(first);
      expect(validations[`${letter}${lastRow + 1}`]).toBeUndefined();
      const list = listValues(workbook, String(first?.formulae[0]));
      expect(list.sheetName).toBe(SHEET_NAMES.lists);
      expect(list.values).toEqual(values);
    }
    expect(validations[`${columnLetters(TEMPLATE_COLUMN.peopleRepresented)}2`]).toMatchObject({
      type: 'whole',
      formulae: [1, OPINION_LIMITS.peopleRepresented],
    });
    expect(validations[`${columnLetters(TEMPLATE_COLUMN.proposedChange)}2`]).toMatchObject({
      type: 'textLength',
      formulae: [OPINION_LIMITS.proposedChange],
    });
    expect(validations.A1).toBeUndefined();
  });

  it('holds thousands of provisions: the list is far beyond the 255 characters of an inline list', async () => {
    const provisions = Array.from({ length: 5000 }, (_, i) => ({
      address: `art_${i + 1}`,
      citation: `第${i + 1}条第一款第（二）项`,
      label: i % 2 === 0 ? LONG_LABEL : undefined,
    }));
    const { workbook } = await template(provisions);
    const formula = String(dataValidationsOf(sheet(workbook, SHEET_NAMES.opinions)).model.A2?.formulae[0]);
    const { values } = listValues(workbook, formula);
    expect(values).toHaveLength(5001);
    expect(values.join(',').length).toBeGreaterThan(255);
    // Long labels are cut, so that the drop-down stays readable.
    expect(values[1]).toBe(`第1条第一款第（二）项 ${LONG_LABEL.slice(0, 30)}…`);
    expect(values[2]).toBe('第2条第一款第（二）项');
  });

  it('explains in 说明 the limits, the ban on personal data and the row limit', async () => {
    const { workbook } = await template();
    const text = sheet(workbook, SHEET_NAMES.instructions)
      .getSheetValues()
      .flatMap((row) => (Array.isArray(row) ? row.map(String) : []))
      .join('\n');
    expect(text).toContain(TASK_TITLE);
    for (const n of [
      OPINION_LIMITS.proposedChange,
      OPINION_LIMITS.reason,
      OPINION_LIMITS.place,
      OPINION_LIMITS.unit,
      OPINION_LIMITS.peopleRepresented,
      OPINION_LIMITS.tags,
      OPINION_LIMITS.tagLength,
      OPINION_LIMITS.importRows,
    ]) {
      expect(text).toContain(String(n));
    }
    expect(text).toMatch(/请勿在本表中填写提出人的姓名、电话/u);
    expect(text).toContain('个人信息保护法');
    expect(text).toContain(`每次最多读取 ${OPINION_LIMITS.importRows} 行`);
  });

  it('prints on A4 landscape one page wide with the header on every page, not a column a page on Letter', async () => {
    const { workbook } = await template();
    for (const ws of workbook.worksheets) {
      expect([ws.name, ws.pageSetup]).toEqual([
        ws.name,
        expect.objectContaining({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
      ]);
    }
    const opinions = sheet(workbook, '意见');
    expect(opinions.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '1:1' });
    const instructions = sheet(workbook, '说明');
    expect(instructions.getRow(11).height).toBeGreaterThan(15); // 9. 个人信息 runs over two lines
  });

  it('is what the import expects: headers marked 必填 exactly where a cell is required', async () => {
    expect(OPINION_COLUMNS.filter((c) => templateHeader(c).includes('必填')).map((c) => c.header)).toEqual([
      '修改意见',
      '征集方式',
    ]);
    const { buffer } = await template();
    await expect(parseOpinionSheet(buffer, { provisions: SAMPLE_PROVISIONS })).rejects.toMatchObject({
      reason: 'NO_ROWS',
    });
  });
});

function findOffice(): string | undefined {
  for (const name of ['soffice', 'libreoffice']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not installed under this name
    }
  }
  return undefined;
}

const office = findOffice();
// CI installs LibreOffice (.ci/run), so there a missing soffice fails this test instead of skipping it.
const officeRequired = process.env.CI === 'true';

// Proof that a program other than exceljs opens the file; skipped on a developer's machine without LibreOffice.
(office || officeRequired ? describe : describe.skip)('the template in LibreOffice', () => {
  it('converts headless to csv and pdf', async () => {
    if (!office) throw new Error('CI=true but LibreOffice (soffice) is not installed: .ci/run installs it');
    const dir = mkdtempSync(join(tmpdir(), 'minyi-template-'));
    try {
      const { buffer } = await template();
      writeFileSync(join(dir, 'template.xlsx'), buffer);
      const run = (format: string): void => {
        execFileSync(
          office,
          [
            `-env:UserInstallation=file://${dir}/profile`,
            '--headless',
            '--convert-to',
            format,
            '--outdir',
            dir,
            join(dir, 'template.xlsx'),
          ],
          { timeout: 120_000, stdio: 'pipe' },
        );
      };
      // Without a filter naming UTF-8 (76) LibreOffice writes the CSV in ASCII, every Chinese character a '?'.
      run('csv:Text - txt - csv (StarCalc):44,34,76');
      run('pdf');
      expect(readFileSync(join(dir, 'template.csv'), 'utf8')).toContain('修改意见（必填）');
      expect(readdirSync(dir)).toContain('template.pdf');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
