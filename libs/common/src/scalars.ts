import { GraphQLISODateTime } from '@nestjs/graphql';
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { BadInputError } from './errors.js';

// The two time scalars of the schema. `DateTime` is an instant (ISO 8601 with its offset), in outputs and inputs alike;
// `Date` is a calendar date with no time of day (设立日期, 活动日期, 征集日期…), read as a date in China. Both refuse a
// bad value with BAD_USER_INPUT and a stable reason (INVALID_DATE_TIME, INVALID_DATE) and a Chinese message, before
// any resolver runs.

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A bare local time is ambiguous (whose 17:00?), so an input instant must carry Z or ±hh:mm.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function isCalendarDate(y: number, m: number, d: number): boolean {
  const check = new Date(Date.UTC(y, m - 1, d));
  return check.getUTCFullYear() === y && check.getUTCMonth() === m - 1 && check.getUTCDate() === d;
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** An input instant: ISO 8601 date and time with its offset, a real calendar date. */
export function parseDateTimeInput(value: unknown): Date {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (match && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    const parsed = new Date(value as string);
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  throw new BadInputError(
    'INVALID_DATE_TIME',
    `“${shown(value)}”不是有效的日期时间：请用 ISO 8601 格式并写明时区，如 2026-12-15T23:59:59+08:00（北京时间）或 2026-12-15T15:59:59Z`,
  );
}

/**
 * The years a `Date` input may fall in: the years the adoption ledger answers for. Every date of the product — a point's
 * 设立日期, a notice's date, an activity, an opinion's 征集日期, a collector's term — lies in them; 1900-01-01 or
 * 9999-12-31 is a typo or a probe, refused before any resolver runs (DATE_OUT_OF_RANGE).
 */
export const DATE_INPUT_YEARS = { first: 2000, last: 2100 } as const;

/** An input date: YYYY-MM-DD, a real calendar date in DATE_INPUT_YEARS; kept as that text. */
export function parseDateInput(value: unknown): string {
  const match = typeof value === 'string' ? DATE_ONLY.exec(value) : null;
  if (match && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    const year = Number(match[1]);
    if (year < DATE_INPUT_YEARS.first || year > DATE_INPUT_YEARS.last) {
      throw new BadInputError(
        'DATE_OUT_OF_RANGE',
        `日期 ${value as string} 超出范围：年份须在 ${DATE_INPUT_YEARS.first} 至 ${DATE_INPUT_YEARS.last} 年之间，请核对`,
      );
    }
    return value as string;
  }
  throw new BadInputError(
    'INVALID_DATE',
    `“${shown(value)}”不是有效日期：请用 YYYY-MM-DD 格式，如 2024-03-01`,
  );
}

function literal(ast: ValueNode): unknown {
  return ast.kind === Kind.STRING ? ast.value : ast.kind === Kind.NULL ? null : `(${ast.kind})`;
}

// Nest's built-in DateTime scalar describes itself in English and reads any string as a Date (an Invalid Date for
// nonsense). It is one shared object, so this sets its description and its input parsing once for the whole schema.
GraphQLISODateTime.description =
  '日期时间，ISO 8601 格式：输出为 UTC 时间，如 2022-03-15T08:30:00.000Z；输入须写明时区，如 2022-03-15T16:30:00+08:00 或 2022-03-15T08:30:00Z，格式不对时报 BAD_USER_INPUT（reason: INVALID_DATE_TIME）';
GraphQLISODateTime.parseValue = parseDateTimeInput;
GraphQLISODateTime.parseLiteral = (ast: ValueNode) => parseDateTimeInput(literal(ast));

/** A DATE column as YYYY-MM-DD: SQLite gives the text, mysql2 a Date at local midnight. */
function serializeDate(value: unknown): string {
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  if (typeof value === 'string' && DATE_ONLY.test(value.slice(0, 10))) return value.slice(0, 10);
  throw new TypeError(`Date cannot represent ${shown(value)}`);
}

/** `Date`: a calendar date without a time of day. Use as `@Field(() => DateScalar)` on a `string` property. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: `日期（不含时刻），YYYY-MM-DD 格式，如 2024-03-01，按北京时间的日历理解；格式不对或日期不存在（如 2024-02-30）时报 BAD_USER_INPUT（reason: INVALID_DATE），年份不在 ${DATE_INPUT_YEARS.first} 至 ${DATE_INPUT_YEARS.last} 年之间时报 BAD_USER_INPUT（reason: DATE_OUT_OF_RANGE）`,
  serialize: serializeDate,
  parseValue: parseDateInput,
  parseLiteral: (ast) => parseDateInput(literal(ast)),
});
