/**
 * The cell styles the workbooks share — the consolidated table here and the yearly evaluation (@app/adoption): 宋体 11
 * for the text, thin grey borders, a 黑体 title, and a 黑体 header row on grey.
 */
import type ExcelJS from 'exceljs';

export type XlsxStyle = Partial<ExcelJS.Style>;

export const XLSX_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11 };

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
export const XLSX_THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: THIN,
  left: THIN,
  bottom: THIN,
  right: THIN,
};

export const XLSX_GREY_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9D9D9' },
};

/** A sheet's title, merged across the table above it. */
export const XLSX_TITLE_STYLE: XlsxStyle = {
  font: { name: '黑体', size: 16 },
  alignment: { horizontal: 'center', vertical: 'middle' },
};

/** A table's header row: centred and wrapped, bordered, on grey. */
export const XLSX_HEADER_STYLE: XlsxStyle = {
  font: { name: '黑体', size: 11 },
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  fill: XLSX_GREY_FILL,
  border: XLSX_THIN_BORDER,
};

/** A bordered table cell in 宋体 11, aligned and formatted as told (numFmt '@' text, '0' an integer). */
export function xlsxBorderedStyle(alignment: Partial<ExcelJS.Alignment>, numFmt: string): XlsxStyle {
  return { font: XLSX_FONT, alignment, border: XLSX_THIN_BORDER, numFmt };
}
