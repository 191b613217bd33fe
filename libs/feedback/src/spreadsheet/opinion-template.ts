/**
 * The .xlsx template a collector fills in with the opinions gathered on paper: sheet 意见 (one opinion a row, header
 * frozen, a note on every header, drop-downs), sheet 说明 (how to fill it in, the limits, no personal data), and a
 * hidden sheet 选项 holding the drop-down lists — referenced by range, because an inline list may not exceed 255
 * characters and a draft may have thousands of provisions.
 */
import ExcelJS from 'exceljs';
import { XLSX_TEXT_FORMAT, cellText, fittingRowHeight, xlsxPageSetup, xmlSafe } from '@app/common';
import { CHANNEL_LABELS, CONTRIBUTOR_CATEGORY_LABELS, OPINION_LIMITS } from '../opinion-vocabulary.js';
import { dataValidationsOf } from './exceljs-extras.js';
import {
  GENERAL_OPINION,
  OPINION_COLUMNS,
  SHEET_NAMES,
  provisionEntries,
  templateHeader,
  type OpinionColumnKey,
} from './opinion-columns.js';
import { columnLetters } from './xlsx-package.js';

export interface TemplateProvision {
  /** Stable address, e.g. chp_2__art_17__para_1__item_2. */
  address: string;
  /** How it is cited, e.g. 第十七条第一款第（二）项. */
  citation: string;
  /** A short hint shown after the citation in the drop-down (an article's title, the start of its text). */
  label?: string;
}

export interface OpinionTemplateInput {
  taskTitle: string;
  provisions: readonly TemplateProvision[];
}

/** Validations cover as many data rows as an import reads. */
export const TEMPLATE_DATA_ROWS = OPINION_LIMITS.importRows;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF999999' } };

/** Number formats by column: text columns as text, so that 1-2 or 001 stay as typed instead of becoming a date. */
const NUMBER_FORMATS: Record<OpinionColumnKey, string> = {
  provision: '@',
  proposedChange: '@',
  reason: '@',
  channel: '@',
  gatheredOn: 'yyyy-mm-dd',
  place: '@',
  peopleRepresented: '0',
  contributorCategory: '@',
  contributorUnit: '@',
  tags: '@',
};

export async function buildOpinionTemplate(input: OpinionTemplateInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '民意';
  workbook.title = xmlSafe(`${input.taskTitle} 意见录入模板`);
  workbook.created = new Date();

  const opinions = workbook.addWorksheet(SHEET_NAMES.opinions, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    properties: { defaultRowHeight: 18 },
    // Ten columns across A4 landscape, the header on every page: a filled-in template is printed for the records.
    pageSetup: xlsxPageSetup(
      OPINION_COLUMNS.map((c) => c.width),
      { from: 1 },
    ),
  });
  const instructions = workbook.addWorksheet(SHEET_NAMES.instructions, {
    pageSetup: xlsxPageSetup([INSTRUCTIONS_WIDTH]),
  });
  const lists = workbook.addWorksheet(SHEET_NAMES.lists, {
    state: 'hidden',
    pageSetup: xlsxPageSetup([50, 20, 20], { from: 1 }),
  });

  const entries = dropdownEntries(input.provisions);
  const listRanges = writeLists(lists, entries);
  writeOpinionSheet(opinions, listRanges);
  writeInstructions(instructions, input.taskTitle, entries.length - 1);

  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data);
}

/** 总体意见 first, then each provision's drop-down entry. */
function dropdownEntries(provisions: readonly TemplateProvision[]): string[] {
  return [GENERAL_OPINION, ...provisionEntries(provisions).map((p) => p.entry)];
}

type ListRanges = Partial<Record<OpinionColumnKey, string>>;

function writeLists(sheet: ExcelJS.Worksheet, provisionEntries: string[]): ListRanges {
  const columns: Array<{ key: OpinionColumnKey; header: string; values: string[] }> = [
    { key: 'provision', header: '条款', values: provisionEntries },
    { key: 'channel', header: '征集方式', values: Object.values(CHANNEL_LABELS) },
    { key: 'contributorCategory', header: '提出人类别', values: Object.values(CONTRIBUTOR_CATEGORY_LABELS) },
  ];
  const ranges: ListRanges = {};
  columns.forEach((column, i) => {
    const letter = columnLetters(i + 1);
    sheet.getColumn(i + 1).width = column.key === 'provision' ? 50 : 20;
    sheet.getColumn(i + 1).numFmt = XLSX_TEXT_FORMAT;
    sheet.getCell(`${letter}1`).value = column.header;
    // The provisions' entries carry the draft's words (an article's title or first words): text, never a formula.
    column.values.forEach((value, j) => {
      const cell = sheet.getCell(`${letter}${j + 2}`);
      cell.numFmt = XLSX_TEXT_FORMAT;
      cell.value = cellText(value, XLSX_TEXT_FORMAT);
    });
    ranges[column.key] = `'${SHEET_NAMES.lists}'!$${letter}$2:$${letter}$${column.values.length + 1}`;
  });
  return ranges;
}

function writeOpinionSheet(sheet: ExcelJS.Worksheet, lists: ListRanges): void {
  const header = sheet.getRow(1);
  header.height = Math.max(
    32,
    fittingRowHeight(OPINION_COLUMNS.map((c) => ({ text: templateHeader(c), width: c.width }))),
  );
  const lastRow = TEMPLATE_DATA_ROWS + 1;
  const validations = dataValidationsOf(sheet);

  OPINION_COLUMNS.forEach((column, i) => {
    const letter = columnLetters(i + 1);
    const sheetColumn = sheet.getColumn(i + 1);
    sheetColumn.width = column.width;
    sheetColumn.numFmt = NUMBER_FORMATS[column.key];
    sheetColumn.alignment = { vertical: 'top', wrapText: true };

    const cell = header.getCell(i + 1);
    cell.value = templateHeader(column);
    cell.note = column.note;
    cell.font = { bold: true };
    cell.fill = column.requiredCell ? REQUIRED_FILL : HEADER_FILL;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    cell.numFmt = 'General';

    const range = `${letter}2:${letter}${lastRow}`;
    const list = lists[column.key];
    if (list !== undefined) {
      validations.add(range, {
        type: 'list',
        allowBlank: !column.requiredCell,
        formulae: [list],
        showErrorMessage: true,
        // 条款 also accepts a provision's address typed by hand, so a stray entry only warns there.
        errorStyle: column.key === 'provision' ? 'warning' : 'stop',
        errorTitle: column.header,
        error: `请从下拉列表中选择${column.header}`,
      });
    } else if (column.key === 'peopleRepresented') {
      validations.add(range, {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [1, OPINION_LIMITS.peopleRepresented],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: column.header,
        error: `请填写 1 到 ${OPINION_LIMITS.peopleRepresented} 之间的整数`,
      });
    } else {
      const maxLength = TEXT_LIMITS[column.key];
      if (maxLength !== undefined) {
        validations.add(range, {
          type: 'textLength',
          operator: 'lessThanOrEqual',
          allowBlank: true,
          formulae: [maxLength],
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: column.header,
          error: `${column.header}最多 ${maxLength} 字`,
        });
      }
    }
  });
  sheet.autoFilter = { from: 'A1', to: `${columnLetters(OPINION_COLUMNS.length)}1` };
}

const TEXT_LIMITS: Partial<Record<OpinionColumnKey, number>> = {
  proposedChange: OPINION_LIMITS.proposedChange,
  reason: OPINION_LIMITS.reason,
  place: OPINION_LIMITS.place,
  contributorUnit: OPINION_LIMITS.unit,
};

const INSTRUCTIONS_WIDTH = 110;

function writeInstructions(sheet: ExcelJS.Worksheet, taskTitle: string, provisionCount: number): void {
  sheet.getColumn(1).width = INSTRUCTIONS_WIDTH;
  sheet.getColumn(1).alignment = { vertical: 'top', wrapText: true };
  // Text format: the first line carries the task's title, which its author may have begun with = or @ (F5).
  sheet.getColumn(1).numFmt = XLSX_TEXT_FORMAT;
  const channels = Object.values(CHANNEL_LABELS).join('、');
  const categories = Object.values(CONTRIBUTOR_CATEGORY_LABELS).join('、');
  const L = OPINION_LIMITS;
  const lines: string[] = [
    `${taskTitle}：意见录入说明`,
    '',
    `1. 在“${SHEET_NAMES.opinions}”工作表中每行填写一条意见，从第 2 行开始。第 1 行为表头，请勿修改表头文字；列的顺序可以调整，多余的列不会被读取。`,
    `2. 条款：从下拉列表选择（本模板共 ${provisionCount} 个条款）；针对草案整体的意见选“${GENERAL_OPINION}”，留空也视为${GENERAL_OPINION}。`,
    `3. 修改意见：必填，最多 ${L.proposedChange} 字。理由：选填，最多 ${L.reason} 字。单元格内换行请按 Alt+Enter。`,
    `4. 征集方式：必填，从下拉列表选择：${channels}。`,
    '5. 征集日期：选填，格式 YYYY-MM-DD（如 2024-03-01），也可写 2024/3/1 或 2024年3月1日；不能晚于今天。',
    `6. 地点：选填，最多 ${L.place} 字。代表人数：选填，正整数，默认 1，最多 ${L.peopleRepresented}。`,
    `7. 提出人类别：选填，从下拉列表选择：${categories}。提出人单位：选填，最多 ${L.unit} 字。`,
    `8. 标签：选填，用顿号或逗号分隔（如“养犬、文明养犬”），最多 ${L.tags} 个，每个不超过 ${L.tagLength} 字。`,
    '9. 个人信息：请勿在本表中填写提出人的姓名、电话、身份证号、住址等个人信息（《个人信息保护法》要求最少收集）。报送立法机关的只有提出人类别和单位。确需联系提出人的，请在系统中单独登记并取得本人同意。',
    `10. 每次最多读取 ${L.importRows} 行意见（空行不计）；超过时请拆分成多个文件分批导入。`,
    '11. 请勿合并单元格，请勿使用公式；从其他表格复制时，请使用“选择性粘贴 → 数值”。',
    '12. 上传后系统会逐行检查，有问题的会列出行号、列名和原因，请改正后重新上传。空行会被跳过。',
  ];
  lines.forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.numFmt = XLSX_TEXT_FORMAT;
    cell.value = line === '' ? null : cellText(line, XLSX_TEXT_FORMAT);
    if (i === 0) cell.font = { bold: true, size: 14 };
    sheet.getRow(i + 1).height = fittingRowHeight(
      [{ text: line, width: INSTRUCTIONS_WIDTH }],
      i === 0 ? 14 : 11,
    );
  });
}
