/**
 * 年度考核表 as .docx read back with mammoth (the title, the point and year, a table per 联系单位 and 采集员 with the
 * totals last, the notes) and as the package's XML (A4 landscape, header rows repeated, rows that do not split).
 */
import { describe, expect, it } from '@jest/globals';
import { readDocx, zipText } from '../../../../test/support/office-files.js';
import { renderEvaluationDocx } from './evaluation-docx.js';
import { evaluationNotes } from './evaluation-xlsx.js';
import {
  EVALUATION_FIGURE_HEADINGS as FIGURES,
  EVALUATION_TITLE as TITLE,
  SWU,
  evaluationWorkbook,
} from './testing.js';

describe('renderEvaluationDocx', () => {
  it('has the same content as the .xlsx: title, the point and year, units, collectors, totals and the notes', async () => {
    const buffer = await renderEvaluationDocx(evaluationWorkbook());
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    const { paragraphs, tables } = await readDocx(buffer);
    expect(paragraphs).toEqual([
      TITLE,
      `联系点：${SWU}　年度：2022年　生成时间：2023-01-05 10:00`,
      '一、联系单位',
      '二、采集员',
      '三、统计口径',
      ...evaluationNotes(2022),
    ]);
    expect(tables).toHaveLength(2);
    expect(tables[0].head).toEqual([['名称', ...FIGURES]]);
    expect(tables[0].body).toEqual([
      ['北碚区总工会', '6', '41', '16', '2', '5', '8', '1', '0', '43.8%'],
      ['施家梁镇', '4', '27', '9', '1', '2', '6', '0', '0', '33.3%'],
      // Text in a Word table is not a formula: the name stays as written.
      ['=重庆缙云律师事务所', '3', '12', '8', '0', '0', '8', '0', '0', '0.0%'],
      ['合计', '9', '163', '58', '6', '17', '30', '5', '0', '39.7%'],
    ]);
    expect(tables[1].head).toEqual([['姓名', '所在单位', ...FIGURES]]);
    expect(tables[1].body).toEqual([
      ['张晓梅', '北碚区总工会', '5', '22', '9', '1', '3', '5', '0', '0', '44.4%'],
      ['李强', '施家梁镇', '2', '7', '3', '0', '0', '3', '0', '0', '0.0%'],
      ['王芳', '', '1', '0', '0', '0', '0', '0', '0', '0', '0.0%'],
      ['合计', '', '9', '163', '58', '6', '17', '30', '5', '0', '39.7%'],
    ]);
  });

  it('is laid out on A4 landscape with header rows repeated and rows kept whole', async () => {
    const xml = zipText(await renderEvaluationDocx(evaluationWorkbook()), 'word/document.xml');
    const pageSize = /<w:pgSz [^>]*>/u.exec(xml)?.[0] ?? '';
    expect(pageSize).toContain('w:orient="landscape"');
    expect(pageSize).toMatch(/w:w="16838"/u);
    expect(pageSize).toMatch(/w:h="11906"/u);
    expect(xml.match(/<w:tblHeader\/>/gu)).toHaveLength(2);
    // Every row of both tables (2 headers, 4 + 4 body rows) may not break across a page.
    expect(xml.match(/<w:cantSplit\/>/gu)).toHaveLength(10);
    expect(xml).toContain('<w:b/>'); // the totals in bold
  });

  it('says （无） where a point has no units or collectors in the year', async () => {
    const { paragraphs, tables } = await readDocx(
      await renderEvaluationDocx({ ...evaluationWorkbook(), units: [], collectors: [] }),
    );
    expect(tables).toHaveLength(0);
    expect(paragraphs.slice(2, 7)).toEqual([
      '一、联系单位',
      '（无）',
      '二、采集员',
      '（无）',
      '三、统计口径',
    ]);
  });
});
