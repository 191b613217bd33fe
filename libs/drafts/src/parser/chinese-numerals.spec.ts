import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseChineseNumber, toChineseNumber } from './chinese-numerals.js';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['一百零一', 101],
    ['一百一十', 110],
    ['一百二十', 120],
    ['四百五十二', 452],
    ['一千零五', 1005],
    ['一千零五十', 1050],
    ['一千二百六十', 1260],
    ['九千九百九十九', 9999],
    ['一万零一十', 10010],
    ['十万', 100000],
    ['两百', 200],
    ['二〇二〇', 2020],
    ['12', 12],
    ['１２', 12],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['', '条', '十百', '百百', '二三百', '零十', 'abc', '一a'])('refuses %j', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });

  it.each([
    [10, '十'],
    [15, '十五'],
    [20, '二十'],
    [101, '一百零一'],
    [110, '一百一十'],
    [1005, '一千零五'],
    [1260, '一千二百六十'],
    [10010, '一万零一十'],
    [100000, '十万'],
  ])('writes %d as %s', (value, text) => {
    expect(toChineseNumber(value)).toBe(text);
  });

  it('round-trips every number from 1 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => parseChineseNumber(toChineseNumber(n)) === n),
      { numRuns: 2000 },
    );
    // Exhaustively too: the range is small and every label of a real law falls in it.
    for (let n = 1; n <= 9999; n++) expect(parseChineseNumber(toChineseNumber(n))).toBe(n);
  });

  it('round-trips large numbers with 万', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        (n) => parseChineseNumber(toChineseNumber(n)) === n,
      ),
    );
  });

  it('writes out-of-range values in Arabic digits instead of wrongly', () => {
    expect(toChineseNumber(-3)).toBe('-3');
    expect(toChineseNumber(1.5)).toBe('1.5');
  });
});
