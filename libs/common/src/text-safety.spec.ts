import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MAX_CELL_CHARACTERS, XLSX_TEXT_FORMAT, cellText, linesOf, xmlSafe } from './text-safety.js';

/** XML 1.0's Char production, less the C1 controls and \r (line breaks become \n). */
const XML_CHARS = /^[\t\n\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

/** Texts rich in what goes wrong: controls, lone surrogates, non-characters, line breaks, formula starts. */
const awkward = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '\u0000',
        '\u0007',
        '\u001f',
        '\u0085',
        '\ud800',
        '\udfff',
        '\ufffe',
        '\uffff',
        '\r',
        '\r\n',
      ),
      fc.constantFrom('\t', '\n', '=', '+', '-', '@', '＝', ' ', '😀', '犬'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('xmlSafe', () => {
  it('drops control characters, lone surrogates and non-characters; keeps tab, line feed and emoji', () => {
    expect(xmlSafe('养\u0000犬\u0007登\u000b记\u001f\u007f\u0085')).toBe('养犬登记');
    expect(xmlSafe('a\ud800b\udc00c\ufffe\uffffd')).toBe('abcd');
    expect(xmlSafe('一\t二\n三😀')).toBe('一\t二\n三😀');
  });

  it('turns CRLF and a lone CR into a line feed', () => {
    expect(xmlSafe('一\r\n二\r三')).toBe('一\n二\n三');
    expect(linesOf('一\r\n二\n\n三')).toEqual(['一', '二', '', '三']);
  });

  it('leaves only characters XML can hold, and changes nothing that was already fine', () => {
    fc.assert(
      fc.property(awkward, (text) => {
        const safe = xmlSafe(text);
        expect(safe).toMatch(XML_CHARS);
        expect(xmlSafe(safe)).toBe(safe);
      }),
    );
  });
});

describe('cellText', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+86 023 6825 0000', "'+86 023 6825 0000"],
    ['-删除本项', "'-删除本项"],
    ['@天生街道', "'@天生街道"],
    ['\t=1+1', "'\t=1+1"],
    ['\u0000=1+1', "'=1+1"],
  ])('marks %j as text', (input, expected) => {
    expect(cellText(input)).toBe(expected);
  });

  it.each(['建议删除“=”号', '＝全角等号', ' =1', '第（二）项', ''])('leaves %j as it is', (input) => {
    expect(cellText(input)).toBe(input);
  });

  it.each(['=SUM(A1:A9)', '-删除本项', '@天生街道', '+86 023 6825 0000'])(
    'writes %j as it is in a cell of the Text format, which keeps it text',
    (input) => {
      expect(cellText(input, XLSX_TEXT_FORMAT)).toBe(input);
      expect(cellText(input, '0')).toBe(`'${input}`);
    },
  );

  it('still drops control characters and cuts at the limit in the Text format', () => {
    expect(cellText('\u0000=1+1', XLSX_TEXT_FORMAT)).toBe('=1+1');
    expect(cellText('犬'.repeat(MAX_CELL_CHARACTERS + 10), XLSX_TEXT_FORMAT)).toHaveLength(
      MAX_CELL_CHARACTERS,
    );
  });

  it('cuts a text at Excel’s limit without splitting a surrogate pair', () => {
    const cut = cellText('犬'.repeat(MAX_CELL_CHARACTERS + 10));
    expect(cut).toHaveLength(MAX_CELL_CHARACTERS);
    expect(cut.endsWith('（超出单元格长度上限，已截断）')).toBe(true);
    for (let shift = 0; shift < 3; shift++) {
      const emoji = cellText('a'.repeat(shift) + '😀'.repeat(MAX_CELL_CHARACTERS));
      expect(emoji.length).toBeLessThanOrEqual(MAX_CELL_CHARACTERS);
      expect(emoji).toMatch(XML_CHARS);
    }
  });

  it('never starts with a formula character, never exceeds the limit, holds only XML characters', () => {
    fc.assert(
      fc.property(awkward, (text) => {
        const cell = cellText(text);
        expect(cell).not.toMatch(/^[=+\-@\t\r]/u);
        expect(cell.length).toBeLessThanOrEqual(MAX_CELL_CHARACTERS);
        expect(cell).toMatch(XML_CHARS);
      }),
    );
  });
});
