import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatReceiptNumber, isValidReceiptNumber, newReceiptNumber } from './receipt-number.js';

describe('receipt numbers', () => {
  it('start with the date in China and carry a valid check digit', () => {
    const receipt = newReceiptNumber(new Date('2026-11-26T20:00:00Z'), () => 42);
    expect(receipt).toMatch(/^2611270000042\d$/);
    expect(isValidReceiptNumber(receipt)).toBe(true);
    expect(formatReceiptNumber(receipt)).toMatch(/^\d{4} \d{4} \d{4} \d{2}$/);
    expect(isValidReceiptNumber(formatReceiptNumber(receipt))).toBe(true);
  });

  it('catch any single mistyped digit and any swap of neighbouring different digits', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 99999 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 9 }),
        (at, n, position, delta) => {
          const receipt = newReceiptNumber(at, () => n);
          const changed =
            receipt.slice(0, position) +
            String((Number(receipt[position]) + delta) % 10) +
            receipt.slice(position + 1);
          expect(isValidReceiptNumber(changed)).toBe(false);
          if (
            position < 11 &&
            receipt[position] !== receipt[position + 1] &&
            Math.abs(Number(receipt[position]) - Number(receipt[position + 1])) !== 9
          ) {
            const swapped =
              receipt.slice(0, position) +
              receipt[position + 1] +
              receipt[position] +
              receipt.slice(position + 2);
            expect(isValidReceiptNumber(swapped)).toBe(false);
          }
        },
      ),
    );
  });
});
