/**
 * 年度考核表 as an .xlsx workbook: 联系单位 and 采集员 (the figures per unit and per collector, the point's totals in a
 * bold row at the bottom, 采纳率 as a percentage) and 说明 (how the figures are counted). A title and a line on the
 * point and the year sit above each table; the header row is frozen and filtered.
 * A plain exceljs Workbook: a point has tens of units and collectors, not the consolidated table's 100,000 rows.
 */
import ExcelJS from 'exceljs';
import { fittingRowHeight, xlsxPageSetup } from '@app/common';
import {
  XLSX_FONT,
  XLSX_GREY_FILL,
  XLSX_HEADER_STYLE,
  XLSX_TITLE_STYLE,
  type XlsxStyle,
  XLSX_TEXT_FORMAT,
  cellText,
  xlsxBorderedStyle,
  xmlSafe,
} from '@app/consolidation';
import {
  EVALUATION_FIGURES,
  EVALUATION_SHEET_NAMES,
  type EvaluationLine,
  type EvaluationWorkbook,
} from './adoption-documents.js';

const BOLD: Partial<ExcelJS.Font> = { ...XLSX_FONT, bold: true };

const STYLES = {
  title: XLSX_TITLE_STYLE,
  subtitle: { font: XLSX_FONT, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } },
  header: XLSX_HEADER_STYLE,
  text: xlsxBorderedStyle({ vertical: 'middle', wrapText: true }, XLSX_TEXT_FORMAT),
  count: xlsxBorderedStyle({ horizontal: 'right', vertical: 'middle' }, '0'),
  rate: xlsxBorderedStyle({ horizontal: 'right', vertical: 'middle' }, '0.0%'),
  note: { font: XLSX_FONT, alignment: { vertical: 'top', wrapText: true } },
  noteHeading: { font: { name: '黑体', size: 12 }, alignment: { vertical: 'middle' } },
} satisfies Record<string, XlsxStyle>;

/** The totals row: the same formats, in bold on grey. */
function totalStyle(style: XlsxStyle): XlsxStyle {
  return { ...style, font: BOLD, fill: XLSX_GREY_FILL };
}

type Figure = keyof typeof EVALUATION_FIGURES;

interface Column {
  header: string;
  width: number;
  style: XlsxStyle;
  value: (line: EvaluationLine) => string | number | undefined;
}

const FIGURE_COLUMNS: Column[] = (Object.keys(EVALUATION_FIGURES) as Figure[]).map((key) => ({
  header: EVALUATION_FIGURES[key],
  width: key === 'adoptionRate' ? 11 : 10, // not 9: exceljs takes 9 for its default width and leaves it out
  style: key === 'adoptionRate' ? STYLES.rate : STYLES.count,
  value: (line) => line[key],
}));

const UNIT_COLUMNS: Column[] = [
  { header: '名称', width: 30, style: STYLES.text, value: (line) => line.name },
  ...FIGURE_COLUMNS,
];

const COLLECTOR_COLUMNS: Column[] = [
  { header: '姓名', width: 14, style: STYLES.text, value: (line) => line.name },
  { header: '所在单位', width: 28, style: STYLES.text, value: (line) => line.unit },
  ...FIGURE_COLUMNS,
];

/** Title, the line under it, then the header. */
const HEADER_ROW = 3;

export async function renderEvaluationXlsx(doc: EvaluationWorkbook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '民意';
  workbook.title = xmlSafe(doc.title);
  workbook.created = new Date();
  const totals: EvaluationLine = { ...doc.totals, name: doc.totals.name.trim() || '合计', unit: '' };
  addTable(workbook, EVALUATION_SHEET_NAMES.units, UNIT_COLUMNS, doc, doc.units, totals);
  addTable(workbook, EVALUATION_SHEET_NAMES.collectors, COLLECTOR_COLUMNS, doc, doc.collectors, totals);
  addNotes(workbook, doc);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addTable(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly Column[],
  doc: EvaluationWorkbook,
  lines: readonly EvaluationLine[],
  totals: EvaluationLine,
): void {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}` }],
    pageSetup: xlsxPageSetup(
      columns.map((c) => c.width),
      { from: HEADER_ROW },
    ),
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));

  const banner = [
    doc.title,
    `联系点：${doc.contactPoint}　年度：${doc.year}年　生成时间：${doc.generatedAt}`,
  ];
  banner.forEach((text, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = cellText(text);
    cell.style = i === 0 ? STYLES.title : STYLES.subtitle;
    sheet.mergeCells(i + 1, 1, i + 1, columns.length);
  });
  sheet.getRow(1).height = 30;
  sheet.getRow(2).height = fittingRowHeight([
    { text: banner[1], width: columns.reduce((sum, c) => sum + c.width, 0) },
  ]);

  const widths = columns.map((c) => c.width);
  writeRow(
    sheet.getRow(HEADER_ROW),
    columns.map((c) => c.header),
    () => STYLES.header,
    widths,
  );
  lines.forEach((line, i) => {
    writeRow(
      sheet.getRow(HEADER_ROW + 1 + i),
      columns.map((c) => c.value(line)),
      (j) => columns[j].style,
      widths,
    );
  });
  const totalRow = HEADER_ROW + 1 + lines.length;
  writeRow(
    sheet.getRow(totalRow),
    columns.map((c) => c.value(totals)),
    (j) => totalStyle(columns[j].style),
    widths,
  );
  // The filter covers the lines but not the totals, which stay at the bottom when the lines are sorted.
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: totalRow - 1, column: columns.length },
  };
}

/** A row of cells, as tall as its wrapped texts need (neither Excel nor LibreOffice grows it when printing). */
function writeRow(
  row: ExcelJS.Row,
  values: ReadonlyArray<string | number | undefined>,
  style: (column: number) => XlsxStyle,
  widths: readonly number[],
): void {
  values.forEach((value, j) => {
    const cell = row.getCell(j + 1);
    cell.style = style(j);
    cell.value = cellValue(value, cell.style.numFmt);
  });
  row.height = fittingRowHeight(
    values.flatMap((value, j) =>
      typeof value === 'string' && style(j).alignment?.wrapText ? [{ text: value, width: widths[j] }] : [],
    ),
  );
}

/** Texts made safe for a cell in this number format, an empty text or a number that is not one as an empty cell. */
function cellValue(value: string | number | undefined, numFmt: string | undefined): string | number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value === undefined || value === '' ? null : cellText(value, numFmt);
}

function addNotes(workbook: ExcelJS.Workbook, doc: EvaluationWorkbook): void {
  const width = 100;
  const sheet = workbook.addWorksheet(EVALUATION_SHEET_NAMES.notes, { pageSetup: xlsxPageSetup([width]) });
  sheet.columns = [{ width }];
  const lines: Array<[string, XlsxStyle]> = [
    [doc.title, STYLES.noteHeading],
    [`联系点：${doc.contactPoint}`, STYLES.note],
    [`年度：${doc.year}年`, STYLES.note],
    [`生成时间：${doc.generatedAt}`, STYLES.note],
    ['', STYLES.note],
    ['统计口径', STYLES.noteHeading],
    ...evaluationNotes(doc.year).map((text): [string, XlsxStyle] => [text, STYLES.note]),
  ];
  lines.forEach(([text, style], i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = text === '' ? null : cellText(text);
    cell.style = style;
    sheet.getRow(i + 1).height = fittingRowHeight([{ text, width }], style.font?.size ?? 11);
  });
}

/** How the figures are counted, one paragraph each. */
export function evaluationNotes(year: number): string[] {
  return [
    `1. 年度：按征求意见任务下发（通知发出）的日期所在年份统计（北京时间），${year}年度即${year}年下发的任务，不论意见何时征集、何时反馈。`,
    '2. 承担任务：联系单位或采集员在上述任务中征集过意见的任务件数；合计为发给本联系点的任务件数。',
    '3. 意见条数：为上述任务征集、未撤回的意见建议条数，联系点不予报送的意见也计入。',
    '4. 报送条目：联系点报送立法机关的汇总意见条数。多条意见并入同一条目只计一次；一条报送条目只要有一条意见来自某联系单位或采集员，即计入该单位或采集员。',
    '5. 采纳、部分采纳、未采纳、研究中：报送条目按立法机关已公布的采纳情况分别计数。一条意见并入的报送条目被采纳（部分采纳），该意见即视为被采纳（部分采纳）。尚未公布或尚未决定的报送条目计入待反馈（报送条目 = 采纳 + 部分采纳 + 未采纳 + 研究中 + 待反馈）。',
    '6. 采纳率 =（采纳 + 部分采纳）÷ 报送条目；没有报送条目时为 0。',
    '7. 合计：按联系点整体统计，同一报送条目只计一次。每条报送条目都计入各表的某一行：执行机构和专家团队直接录入的意见、网上征集（公众）、由专家批注形成的条目（专家团队（批注））各有一行，故各行之和等于合计；只有一条报送条目同时并入几个联系单位或采集员的意见时，它在每一行各计一次，各行之和才会大于合计。',
  ];
}
