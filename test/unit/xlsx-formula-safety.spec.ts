/**
 * Every .xlsx the product writes, as a class: with every text that comes from a person (titles, names, opinions,
 * provisions, units, labels) made to start like a formula, no cell of the rendered workbook is a formula, and no cell
 * whose text starts with = + - @ or a tab sits outside the Text number format — where a spreadsheet program would
 * turn it into a live formula as soon as someone edits the cell (OWASP's CSV/formula injection; attack F5: the task
 * title in the opinion template's 说明!A1). A new writer belongs in WORKBOOKS.
 */
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { renderEvaluationXlsx } from '../../libs/adoption/src/documents/evaluation-xlsx.js';
import { evaluationWorkbook } from '../../libs/adoption/src/documents/testing.js';
import { renderConsolidatedXlsx } from '../../libs/consolidation/src/documents/consolidated-xlsx.js';
import { crossPointDocument, sampleDocument } from '../../libs/consolidation/src/documents/testing.js';
import { buildOpinionTemplate } from '../../libs/feedback/src/spreadsheet/opinion-template.js';
import { SAMPLE_PROVISIONS, TASK_TITLE, unzipEntries } from '../../libs/feedback/src/spreadsheet/testing.js';

const STARTS = ['=HYPERLINK("http://example.com/x","点此")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1'];

/** The same data with every string made to start like a formula (cycling through the usual starts). */
function hostile<T>(value: T): T {
  let n = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return `${STARTS[n++ % STARTS.length]}${v}`;
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return walk(value) as T;
}

const WORKBOOKS: Array<[string, () => Promise<Buffer>]> = [
  [
    'opinion template (意见征集表模板)',
    () => buildOpinionTemplate(hostile({ taskTitle: TASK_TITLE, provisions: SAMPLE_PROVISIONS })),
  ],
  ['consolidated table (意见建议汇总表)', () => renderConsolidatedXlsx(hostile(sampleDocument()))],
  ['consolidated table across points', () => renderConsolidatedXlsx(hostile(crossPointDocument()))],
  ['evaluation (考核表)', () => renderEvaluationXlsx(hostile(evaluationWorkbook()))],
];

function textOf(value: ExcelJS.CellValue): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'richText' in value)
    return value.richText.map((r) => r.text).join('');
  return undefined;
}

describe('no .xlsx the product writes turns a person’s text into a formula', () => {
  it.each(WORKBOOKS)(
    '%s',
    async (_name, render) => {
      const file = await render();
      // No formula element anywhere in the sheets (the template's drop-downs are data validations, not cells).
      for (const [part, xml] of unzipEntries(file)) {
        if (part.startsWith('xl/worksheets/'))
          expect(/<(?:\w+:)?f[\s>]/u.test(xml.toString('utf8'))).toBe(false);
      }
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file as unknown as ArrayBuffer);
      const unsafe: string[] = [];
      let hostileCells = 0;
      workbook.eachSheet((sheet) => {
        sheet.eachRow({ includeEmpty: false }, (row) => {
          row.eachCell({ includeEmpty: false }, (cell) => {
            expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
            const text = textOf(cell.value);
            if (text === undefined) return;
            if (STARTS.some((s) => text.includes(s))) hostileCells++;
            if (/^[=+\-@\t]/u.test(text) && cell.numFmt !== '@')
              unsafe.push(`${sheet.name}!${cell.address}: ${text}`);
          });
        });
      });
      // The hostile texts did reach the workbook (else the test proves nothing), and none is a formula in waiting.
      expect(hostileCells).toBeGreaterThan(0);
      expect(unsafe).toEqual([]);
    },
    60_000,
  );
});
