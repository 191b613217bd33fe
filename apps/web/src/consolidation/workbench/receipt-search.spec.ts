import { describe, expect, it } from '@jest/globals';
import { receiptNumberIn } from './receipt-search';

describe('the workbench search box: 回执号 or text', () => {
  it('takes exactly 14 digits, spaces and dashes allowed, as a 回执号', () => {
    expect(receiptNumberIn('20221103123456')).toBe('20221103123456');
    expect(receiptNumberIn('2022 1103 1234 56')).toBe('2022 1103 1234 56');
    expect(receiptNumberIn('2022-1103-123456')).toBe('2022-1103-123456');
    expect(receiptNumberIn(' 20221103123456 ')).toBe('20221103123456');
  });

  it('searches anything else in the text, a year or an article number included', () => {
    for (const typed of [
      '2022',
      '12',
      '2022-11',
      '2022110312345',
      '202211031234567',
      '第12条',
      '养犬',
      '',
      ' - ',
    ])
      expect([typed, receiptNumberIn(typed)]).toEqual([typed, undefined]);
  });
});
