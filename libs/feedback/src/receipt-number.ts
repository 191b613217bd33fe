import { randomInt } from 'node:crypto';

/**
 * 回执编号: 14 digits a person can read out on the phone — the date (yyMMdd, China time), seven random digits (ten
 * million a day: a national consultation drew 114,574 comments in one round), and a Luhn check digit that catches a
 * misheard or swapped digit. Shown in groups of four: 2611 2648 3107 25.
 */
export function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function newReceiptNumber(at: Date, random: () => number = () => randomInt(0, 10_000_000)): string {
  const china = new Date(at.getTime() + 8 * 3600_000).toISOString();
  const body = `${china.slice(2, 4)}${china.slice(5, 7)}${china.slice(8, 10)}${String(random()).padStart(7, '0')}`;
  return `${body}${luhnDigit(body)}`;
}

/** Accepts what a person types or says: spaces and dashes are ignored; the check digit must agree. */
export function isValidReceiptNumber(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  return /^\d{14}$/.test(digits) && luhnDigit(digits.slice(0, 13)) === Number(digits[13]);
}

export const formatReceiptNumber = (digits: string): string => digits.replace(/(\d{4})(?=\d)/g, '$1 ');

/** Why a typed receipt number is refused (null: it is one). Spaces and dashes are ignored, as isValidReceiptNumber. */
export function receiptNumberProblem(value: string): string | null {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{14}$/.test(digits)) return '回执号应为 14 位数字（可带空格或短横线），请核对后重新输入';
  if (luhnDigit(digits.slice(0, 13)) !== Number(digits[13]))
    return '回执号校验不通过，可能有数字输错或前后颠倒，请核对后重新输入';
  return null;
}

/** The 14 digits of a typed receipt number (spaces and dashes dropped); check it first with receiptNumberProblem. */
export const receiptDigits = (value: string): string => value.replace(/[\s-]/g, '');
