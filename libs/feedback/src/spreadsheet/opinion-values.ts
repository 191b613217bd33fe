/**
 * What one cell of the opinion sheet holds, and how each column reads it. Kept apart from the sheet walk so that the
 * rules (dates, numbers, choices, limits) read as a list and can be tested one by one.
 */
import type ExcelJS from 'exceljs';
// Not all of exceljs: this file runs in the import's worker, which reads sheets with exceljs's streaming parts only.
import Enums from 'exceljs/lib/doc/enums.js';
import { isSafeText, LINE_BREAKS } from '@app/common/unsafe-text';
import {
  CHANNEL_LABELS,
  CONTRIBUTOR_CATEGORY_LABELS,
  ContributorCategory,
  OPINION_LIMITS,
  OpinionChannel,
} from '../opinion-vocabulary.js';

/** Stable codes of per-cell problems. */
export type OpinionCellErrorCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'CONTROL_CHARACTERS'
  | 'UNSAFE_TEXT'
  | 'UNKNOWN_PROVISION'
  | 'UNKNOWN_CHOICE'
  | 'INVALID_NUMBER'
  | 'INVALID_DATE'
  | 'DATE_BEFORE_ISSUE'
  | 'PEOPLE_IMPLAUSIBLE'
  | 'FORMULA'
  | 'MERGED_CELL'
  | 'INVALID_VALUE';

export type CellContent =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; value: Date }
  | { kind: 'formula' }
  /** An error value (#N/A, #REF!…) kept without its formula. */
  | { kind: 'error'; text: string };

export interface CellProblem {
  code: OpinionCellErrorCode;
  message: string;
}

export type Reading<T> = { ok: true; value: T } | { ok: false; problem: CellProblem };

const EMPTY: CellContent = { kind: 'empty' };
const FORMULA: CellContent = { kind: 'formula' };

export function readCell(cell: ExcelJS.Cell | undefined): CellContent {
  if (cell === undefined) return EMPTY;
  const value = cell.value;
  if (value === null || value === undefined) return EMPTY;
  // A formula is refused whatever its cached result: that result may be stale, and it is not what was typed.
  if (cell.type === Enums.ValueType.Formula) return FORMULA;
  if (typeof value === 'string') return value === '' ? EMPTY : { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { kind: 'date', value };
  if ('richText' in value) return { kind: 'text', text: value.richText.map((run) => run.text).join('') };
  if ('error' in value) return { kind: 'error', text: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) return FORMULA;
  if ('hyperlink' in value) {
    const text: unknown = value.text;
    if (typeof text === 'string') return { kind: 'text', text };
    if (isRichText(text)) return { kind: 'text', text: text.richText.map((run) => run.text).join('') };
    return { kind: 'text', text: value.hyperlink };
  }
  return EMPTY;
}

function isRichText(value: unknown): value is ExcelJS.CellRichTextValue {
  return (
    typeof value === 'object' && value !== null && Array.isArray((value as { richText?: unknown }).richText)
  );
}

/** True when the cell holds nothing a person typed (spaces only count as nothing). */
export function isBlank(content: CellContent): boolean {
  return content.kind === 'empty' || (content.kind === 'text' && content.text.trim() === '');
}

// C0 and C1 controls other than tab, line feed and carriage return (a cell may hold line breaks: Alt+Enter).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

/** Length in characters as a person counts them (and as validators and MySQL do): code points, not UTF-16 units. */
export function characterCount(text: string): number {
  let surrogates = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) surrogates++;
  }
  return text.length - surrogates;
}

/** Numbers typed into a text column, as Excel shows them (15 significant digits, no 0.30000000000000004). */
export function numberAsText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value);
  return String(Number(value.toPrecision(15)));
}

export function dateAsText(value: Date): string {
  return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
}

/**
 * Any content as text: what a text column stores. Formulas and error values are problems, not text; so is text the API
 * refuses in every free-text field (`isSafeText`: bidirectional controls, zero-width and tag characters, noncharacters,
 * piles of combining marks — UNSAFE_TEXT). `oneLine` (a place, a unit: what the API takes as one line) joins a cell's
 * lines (Alt+Enter) with a space.
 */
export function readText(
  content: CellContent,
  label: string,
  maxLength: number,
  options: { oneLine?: boolean } = {},
): Reading<string | null> {
  let raw: string;
  switch (content.kind) {
    case 'empty':
      return { ok: true, value: null };
    case 'formula':
      return formulaProblem(label);
    case 'error':
      return errorValueProblem(label, content.text);
    case 'number':
      raw = numberAsText(content.value);
      break;
    case 'date':
      raw = dateAsText(content.value);
      break;
    case 'text':
      raw = content.text;
      break;
  }
  if (CONTROL_RE.test(raw)) {
    return problem(
      'CONTROL_CHARACTERS',
      `${label}含有不可见的控制字符（常见于从其他系统复制的文字），请删除后重新输入或粘贴为纯文本`,
    );
  }
  if (!isSafeText(raw)) {
    return problem(
      'UNSAFE_TEXT',
      `${label}含有不可见字符、文字方向控制字符、无效的字符编码或层层叠加的附加符号，请删除后重新输入或粘贴为纯文本`,
    );
  }
  const lines = raw.replace(/\r\n?/gu, '\n').trim();
  const text = options.oneLine ? lines.replace(LINE_BREAKS, ' ') : lines;
  if (text === '') return { ok: true, value: null };
  const length = text.length <= maxLength ? text.length : characterCount(text);
  if (length > maxLength) {
    return problem('TOO_LONG', `${label}共 ${length} 字，超过了 ${maxLength} 字的上限`);
  }
  return { ok: true, value: text };
}

export function formulaProblem(label: string): Reading<never> {
  return problem('FORMULA', `${label}是公式，系统不计算公式：请复制该单元格后“选择性粘贴为数值”`);
}

function errorValueProblem(label: string, text: string): Reading<never> {
  return problem('INVALID_VALUE', `${label}是错误值 ${text}，请改为实际内容`);
}

export function problem(code: OpinionCellErrorCode, message: string): Reading<never> {
  return { ok: false, problem: { code, message } };
}

/** The key under which a typed choice is looked up: full-width folded, spaces removed, Latin letters upper-cased. */
function choiceKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
}

function choiceIndex<E extends string>(
  labels: Record<E, string>,
  formerLabels: Partial<Record<string, E>> = {},
): ReadonlyMap<string, E> {
  const index = new Map<string, E>();
  for (const [label, name] of Object.entries(formerLabels) as Array<[string, E]>)
    index.set(choiceKey(label), name);
  for (const [name, label] of Object.entries(labels) as Array<[E, string]>) {
    index.set(choiceKey(label), name);
    index.set(choiceKey(name), name);
  }
  return index;
}

/**
 * Labels a channel had before: templates downloaded then still offer them in their drop-down, and sheets filled from
 * them must still import (专家意见 became 专家团队意见 when the experts were named as the team everywhere).
 */
export const FORMER_CHANNEL_LABELS: Readonly<Record<string, OpinionChannel>> = {
  专家意见: OpinionChannel.EXPERT,
};

const CHANNELS = choiceIndex<OpinionChannel>(CHANNEL_LABELS, FORMER_CHANNEL_LABELS);
const CATEGORIES = choiceIndex<ContributorCategory>(CONTRIBUTOR_CATEGORY_LABELS);

function readChoice<E extends string>(
  content: CellContent,
  label: string,
  index: ReadonlyMap<string, E>,
  labels: Record<E, string>,
): Reading<E | null> {
  const text = readText(content, label, Number.MAX_SAFE_INTEGER);
  if (!text.ok) return text;
  if (text.value === null) return { ok: true, value: null };
  const found = index.get(choiceKey(text.value));
  if (found !== undefined) return { ok: true, value: found };
  return problem(
    'UNKNOWN_CHOICE',
    `${label}“${clip(text.value)}”不在可选范围内，请从下拉列表选择：${Object.values<string>(labels).join('、')}`,
  );
}

export function readChannel(content: CellContent, label: string): Reading<OpinionChannel | null> {
  return readChoice(content, label, CHANNELS, CHANNEL_LABELS);
}

export function readCategory(content: CellContent, label: string): Reading<ContributorCategory | null> {
  return readChoice(content, label, CATEGORIES, CONTRIBUTOR_CATEGORY_LABELS);
}

/** 代表人数: empty means 1; a whole number from 1 to the limit, typed as a number or as text (３, 12人). */
export function readPeopleRepresented(content: CellContent, label: string): Reading<number> {
  const max = OPINION_LIMITS.peopleRepresented;
  const invalid = (shown: string): Reading<never> =>
    problem('INVALID_NUMBER', `${label}“${clip(shown)}”不是正整数，请填写 1 到 ${max} 之间的整数`);
  let value: number;
  switch (content.kind) {
    case 'empty':
      return { ok: true, value: 1 };
    case 'formula':
      return formulaProblem(label);
    case 'error':
      return errorValueProblem(label, content.text);
    case 'date':
      return invalid(dateAsText(content.value));
    case 'number':
      if (!Number.isInteger(content.value) || content.value < 1) return invalid(numberAsText(content.value));
      value = content.value;
      break;
    case 'text': {
      const text = content.text.normalize('NFKC').replace(/\s+/gu, '');
      if (text === '') return { ok: true, value: 1 };
      const m = /^(\d+)人?$/u.exec(text);
      if (!m) return invalid(content.text.trim());
      value = Number(m[1]);
      if (value < 1) return invalid(content.text.trim());
      break;
    }
  }
  if (value > max) return problem('INVALID_NUMBER', `${label}为 ${value}，超过了 ${max} 的上限`);
  return { ok: true, value };
}

const DATE_TEXT_RE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u;

/**
 * 征集日期: a real date cell, or text as YYYY-MM-DD, YYYY/M/D or YYYY年M月D日 (full-width digits allowed).
 * A date after `today` (China time) is an error: an opinion cannot have been gathered tomorrow.
 */
export function readGatheredOn(
  content: CellContent,
  label: string,
  today: string,
  earliest?: string,
): Reading<string | null> {
  const invalid = (shown: string): Reading<never> =>
    problem('INVALID_DATE', `${label}“${clip(shown)}”不是有效日期，请按 YYYY-MM-DD 填写，如 2024-03-01`);
  let iso: string;
  switch (content.kind) {
    case 'empty':
      return { ok: true, value: null };
    case 'formula':
      return formulaProblem(label);
    case 'error':
      return errorValueProblem(label, content.text);
    case 'number':
      // A bare number is not a date here: 45352 could be a serial whose date format was lost, or a typo.
      return invalid(numberAsText(content.value));
    case 'date':
      iso = dateAsText(content.value);
      if (iso === '') return invalid(String(content.value));
      break;
    case 'text': {
      const text = content.text.normalize('NFKC').trim();
      if (text === '') return { ok: true, value: null };
      const m = DATE_TEXT_RE.exec(text);
      if (!m) return invalid(content.text.trim());
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
        return invalid(content.text.trim());
      }
      iso = dateAsText(date);
      break;
    }
  }
  if (iso > today) return problem('INVALID_DATE', `${label} ${iso} 晚于今天（${today}），请核对`);
  // As submitOpinion and the activities: not before the task reached the point.
  if (earliest && iso < earliest)
    return problem('DATE_BEFORE_ISSUE', `${label} ${iso} 早于任务下发日期（${earliest}），请核对`);
  return { ok: true, value: iso };
}

const TAG_SEPARATORS = /[、,，;；\n]+/u;

/** 标签: separated by 顿号, commas or semicolons; blanks dropped, repeats kept once. */
export function readTags(content: CellContent, label: string): Reading<string[]> {
  const text = readText(content, label, Number.MAX_SAFE_INTEGER);
  if (!text.ok) return text;
  if (text.value === null) return { ok: true, value: [] };
  const tags: string[] = [];
  for (const part of text.value.split(TAG_SEPARATORS)) {
    const tag = part.trim();
    if (tag !== '' && !tags.includes(tag)) tags.push(tag);
  }
  const long = tags.find((t) => characterCount(t) > OPINION_LIMITS.tagLength);
  if (long !== undefined) {
    return problem('TOO_LONG', `${label}“${clip(long)}”超过了 ${OPINION_LIMITS.tagLength} 字的上限`);
  }
  if (tags.length > OPINION_LIMITS.tags) {
    return problem('TOO_LONG', `${label}共 ${tags.length} 个，最多 ${OPINION_LIMITS.tags} 个`);
  }
  return { ok: true, value: tags };
}

/** A value quoted back in a message, cut short so that a 5,000-character cell does not become the message. */
export function clip(text: string, max = 30): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
