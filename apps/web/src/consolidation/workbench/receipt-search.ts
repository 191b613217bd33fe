/** A 回执号 has 14 digits (8 of the date, 5 random, 1 check digit); people write it with spaces or dashes. */
const RECEIPT_DIGITS = 14;

/**
 * What the workbench's search box holds, if it is a 回执号: exactly 14 digits once spaces and dashes are left out.
 * Anything else — a year such as "2022", an article number, words — is searched in the opinions' text.
 */
export function receiptNumberIn(typed: string): string | undefined {
  const trimmed = typed.trim();
  if (!/^[\d\s-]+$/.test(trimmed)) return undefined;
  return trimmed.replace(/[\s-]/g, '').length === RECEIPT_DIGITS ? trimmed : undefined;
}
