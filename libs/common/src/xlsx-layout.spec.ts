import { describe, expect, it } from '@jest/globals';
import { XLSX_LAYOUT, characterUnits, fittingRowHeight, wrappedLineCount, xlsxPageSetup } from './xlsx-layout.js';

describe('characterUnits', () => {
  it('counts a Chinese character or full-width punctuation as two units and Latin as one', () => {
    expect(['养', '，', '（', '“', 'A', '1', ' '].map((c) => characterUnits(c.charCodeAt(0)))).toEqual([
      2, 2, 2, 2, 1, 1, 1,
    ]);
  });

  it('counts a character outside the BMP (a CJK extension ideograph) once, as two units', () => {
    const text = '𠀀'; // U+20000, a surrogate pair
    expect([...text].length).toBe(1);
    expect(wrappedLineCount(text.repeat(5), 11)).toBe(1); // 10 units in 10 usable
    expect(wrappedLineCount(text.repeat(6), 11)).toBe(2);
  });
});

describe('wrappedLineCount', () => {
  it('wraps 50 Chinese characters (100 units) in a column 50 wide to three lines (49 usable)', () => {
    expect(wrappedLineCount('养'.repeat(50), 50)).toBe(3);
    expect(wrappedLineCount('养'.repeat(24), 50)).toBe(1);
  });

  it('counts each line of a multi-line text, an empty line as one', () => {
    expect(wrappedLineCount('一\n\n二', 20)).toBe(3);
    expect(wrappedLineCount('a\r\nb', 20)).toBe(2);
    expect(wrappedLineCount('', 20)).toBe(1);
  });

  it('counts Latin text at one unit a character', () => {
    expect(wrappedLineCount('x'.repeat(99), 50)).toBe(3);
    expect(wrappedLineCount('x'.repeat(98), 50)).toBe(2);
  });
});

describe('fittingRowHeight', () => {
  it('is one line for short texts and the tallest cell for long ones', () => {
    expect(fittingRowHeight([{ text: '第九条', width: 16 }])).toBe(XLSX_LAYOUT.lineHeight + XLSX_LAYOUT.padding);
    const proposal = '建议将“三十日”修改为“十五日”。'.repeat(4); // 64 characters, 128 units: 3 lines of 49
    const height = fittingRowHeight([
      { text: '第九条', width: 16 },
      { text: proposal, width: 50 },
      { text: '理由', width: 40 },
    ]);
    expect(height).toBe(3 * 15 + 4);
  });

  it('never exceeds Excel’s 409 points', () => {
    expect(fittingRowHeight([{ text: '长'.repeat(5000), width: 50 }])).toBe(409);
  });

  it('grows with the font size', () => {
    expect(fittingRowHeight([{ text: '字'.repeat(20), width: 30 }], 16)).toBeGreaterThan(
      fittingRowHeight([{ text: '字'.repeat(20), width: 30 }], 11),
    );
  });
});

describe('xlsxPageSetup', () => {
  it('prints on A4, one page wide, landscape when wide, the header row repeated', () => {
    expect(xlsxPageSetup([6, 16, 40, 50, 40, 30], { from: 4 })).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '4:4',
    });
    const narrow = xlsxPageSetup([30, 12]);
    expect(narrow.orientation).toBe('portrait');
    expect(narrow).not.toHaveProperty('printTitlesRow');
  });
});
