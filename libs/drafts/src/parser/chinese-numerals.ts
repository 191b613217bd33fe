/**
 * Chinese numerals as legal texts write them (第一千二百六十条, 第一百零一条, （十一）), to and from integers.
 * Arabic digits, half- or full-width, are accepted too (第12条, 第１２条).
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that can make up a number in a label; used to build the parser's regular expressions. */
export const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万0-9０-９';

const DIGIT_NAMES = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Full-width digits (０-９, used in some government documents) to ASCII. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Parses 一千二百六十 → 1260, 十 → 10, 一百零一 → 101, 12 → 12, 二〇二〇 → 2020 (digit by digit, as years are
 * written). Returns null when the text is not a number, so that callers can decide what an odd label means.
 */
export function parseChineseNumber(input: string): number | null {
  const text = toAsciiDigits(input.trim());
  if (text.length === 0) return null;
  if (/^[0-9]+$/.test(text)) return Number.parseInt(text, 10);
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(text)) return null;

  // No unit at all (二〇二〇, 一二): positional digits.
  if (!/[十百千万]/.test(text)) {
    let value = 0;
    for (const c of text) value = value * 10 + (DIGITS[c] ?? 0);
    return value;
  }

  let total = 0; // completed 万 groups
  let section = 0; // value below 万
  let digit: number | null = null; // a digit waiting for its unit
  let lastUnit = Number.POSITIVE_INFINITY;
  for (const c of text) {
    const d = DIGITS[c];
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return null; // 二三百: two digits in a row
      digit = d;
      continue;
    }
    if (c === '万') {
      section += digit ?? 0;
      if (section === 0) return null;
      total = (total + section) * 10000;
      section = 0;
      digit = null;
      lastUnit = Number.POSITIVE_INFINITY;
      continue;
    }
    const unit = UNITS[c];
    if (unit === undefined || unit >= lastUnit) return null; // 十百, 百百: units must fall
    // 十 alone means 一十 (第十条); 零十 is not a number.
    if (digit === 0) return null;
    section += (digit ?? 1) * unit;
    digit = null;
    lastUnit = unit;
  }
  section += digit ?? 0;
  return total + section;
}

/**
 * Writes an integer as legal texts do: 10 → 十, 15 → 十五, 101 → 一百零一, 110 → 一百一十, 1260 → 一千二百六十.
 * Supports 0..99,999,999; other values (negative, fractional) are written in Arabic digits rather than wrongly.
 */
export function toChineseNumber(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= 100_000_000) return String(value);
  if (value === 0) return DIGIT_NAMES[0];
  const high = Math.floor(value / 10000);
  const low = value % 10000;
  if (high === 0) return belowTenThousand(low, true);
  const head = `${belowTenThousand(high, true)}万`;
  if (low === 0) return head;
  return head + (low < 1000 ? '零' : '') + belowTenThousand(low, false);
}

/** 1..9999. `leading` drops the 一 of 一十 (十五, not 一十五) only when the number starts there. */
function belowTenThousand(value: number, leading: boolean): string {
  const parts: string[] = [];
  const places: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let pendingZero = false;
  let started = false;
  for (const [place, unit] of places) {
    const d = Math.floor(value / place) % 10;
    if (d === 0) {
      if (started) pendingZero = true;
      continue;
    }
    if (pendingZero) parts.push('零');
    pendingZero = false;
    const omitOne = d === 1 && place === 10 && !started && leading;
    parts.push((omitOne ? '' : DIGIT_NAMES[d]) + unit);
    started = true;
  }
  return parts.join('');
}
