import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { normalizeOpinionText, normalizeOpinionTextSlowly } from './normalize.js';

describe('normalizeOpinionText', () => {
  it('maps full-width letters and digits to half-width and lower-cases Latin', () => {
    expect(normalizeOpinionText('ＡＰＰ应当在１５日内Ｄｅｌｅｔｅ')).toBe('app应当在15日内delete');
    expect(normalizeOpinionText('APP应当在15日内Delete')).toBe('app应当在15日内delete');
  });

  it('drops Chinese and ASCII punctuation and symbols', () => {
    expect(normalizeOpinionText('建议将第十二条中的“三个月”修改为“六个月”。理由：幼犬（未满六个月）……')).toBe(
      '建议将第十二条中的三个月修改为六个月理由幼犬未满六个月',
    );
    expect(normalizeOpinionText('。，、；：“”‘’（）《》【】…—！？〔〕「」『』·')).toBe('');
    expect(normalizeOpinionText('a,b.c;d:e"f\'g(h)i[j]k!l?m-n_o/p\\q@r#s$t%u^v&w*x+y=z<>|~`')).toBe(
      'abcdefghijklmnopqrstuvwxyz',
    );
    expect(normalizeOpinionText('罚款＋５０％，￥２００元👍')).toBe('罚款50200元');
  });

  it('drops whitespace of every kind, incl. the full-width space, and invisible characters', () => {
    expect(normalizeOpinionText(' 建 议\u3000删除\t本条\r\n\u00a0\u200b\ufeff')).toBe('建议删除本条');
  });

  it('keeps Chinese numerals and digits apart (三个月 is not 3个月) and keeps letters of other scripts', () => {
    expect(normalizeOpinionText('三个月')).not.toBe(normalizeOpinionText('3个月'));
    expect(normalizeOpinionText('①②')).toBe('12');
    expect(normalizeOpinionText('ΣΑΣ café')).toBe('σασcafé');
  });

  it('gives the same text for a campaign copy that only changed layout, punctuation or width', () => {
    const original =
      '建议将第十二条中的“犬只出生满三个月的”修改为“犬只出生满六个月的”。理由：幼犬免疫系统尚未发育完全。';
    const copy =
      ' 建议将第十二条中的"犬只出生满三个月的"修改为"犬只出生满六个月的". 理由: 幼犬免疫系统尚未发育完全!!\n';
    expect(normalizeOpinionText(copy)).toBe(normalizeOpinionText(original));
  });

  it('equals the definition (NFKC, drop, lower-case) on any text, whichever way it is computed', () => {
    const pieces = fc.constantFrom(
      '建议',
      '养犬人',
      '，',
      '。',
      '“',
      'Ａ',
      '１',
      'a',
      'Z',
      ' ',
      '\u3000',
      'e\u0301',
      '\u0301',
      '한',
      '\u1100\u1161',
      '㎏',
      'Σ',
      'ß',
      'İ',
      '𠀀',
      '\ud800',
      '\uf900',
      'ﬁ',
      '½',
    );
    const texts = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.array(pieces, { maxLength: 20 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(texts, (text) => {
        expect(normalizeOpinionText(text)).toBe(normalizeOpinionTextSlowly(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const once = normalizeOpinionText(text);
        expect(normalizeOpinionText(once)).toBe(once);
      }),
    );
  });
});
