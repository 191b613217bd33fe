import { describe, expect, it } from '@jest/globals';
import { BadInputError } from '@app/common/errors';
import { createAnchor, createProvisionAnchor, locateQuote } from './text-anchor.js';

// 重庆市养犬管理条例（草案）-style provisions.
const TEXT =
  '养犬人应当在取得犬只之日起十五日内，到居住地的区县公安机关办理养犬登记。养犬登记有效期为一年，期满需要继续饲养的，应当在届满前三十日内办理延续手续。';
const QUOTE = '到居住地的区县公安机关办理养犬登记';

function anchorOf(text: string, quote: string, nth = 0): ReturnType<typeof createAnchor> {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`quote not in text: ${quote}`);
  return createAnchor(text, at, at + quote.length);
}

/** No lone surrogate (String.prototype.isWellFormed is newer than the ES2023 library the project compiles with). */
function wellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

function invalid(text: string, start: number, end: number): BadInputError {
  try {
    createAnchor(text, start, end);
  } catch (e) {
    if (e instanceof BadInputError) return e;
    throw e;
  }
  throw new Error('expected a BadInputError');
}

describe('createAnchor', () => {
  it('records the quote, the context around it and the offsets', () => {
    const start = TEXT.indexOf(QUOTE);
    const anchor = createAnchor(TEXT, start, start + QUOTE.length, { contextLength: 8 });
    expect(anchor).toEqual({
      quote: QUOTE,
      prefix: '取得犬只之日起十五日内，'.slice(-8),
      suffix: '。养犬登记有效期',
      start,
      end: start + QUOTE.length,
    });
  });

  it('keeps 32 characters of context by default, clipped at the edges of the provision', () => {
    const anchor = createAnchor(TEXT, 0, 3);
    expect(anchor.prefix).toBe('');
    expect(anchor.suffix).toBe(TEXT.slice(3, 35));
    const last = createAnchor(TEXT, TEXT.length - 5, TEXT.length);
    expect(last.suffix).toBe('');
    expect(last.prefix).toHaveLength(32);
  });

  it('carries the provision address with createProvisionAnchor', () => {
    const anchor = createProvisionAnchor({ address: 'art_12__para_1', text: TEXT }, 0, 3);
    expect(anchor.address).toBe('art_12__para_1');
    expect(anchor.quote).toBe('养犬人');
  });

  it.each([
    ['a negative start', -1, 3],
    ['an end past the text', 0, TEXT.length + 1],
    ['an empty selection', 5, 5],
    ['a reversed selection', 6, 2],
    ['a fractional offset', 1.5, 4],
    ['NaN', Number.NaN, 4],
  ])('refuses %s with INVALID_SELECTION and a message in Chinese', (_what, start, end) => {
    const error = invalid(TEXT, start, end);
    expect(error.reason).toBe('INVALID_SELECTION');
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/所选文字的位置无效/);
  });

  it('refuses a selection of whitespace only, and trims whitespace around a real one', () => {
    const text = '第一条　总　则　　本条例适用于本市。';
    expect(invalid(text, 7, 9).message).toBe('所选内容只有空白，请选择条文中的文字');
    const anchor = createAnchor(text, 7, 17);
    expect(anchor.quote).toBe('本条例适用于本市');
    expect([anchor.start, anchor.end]).toEqual([9, 17]);
  });

  it('never splits a surrogate pair: a selection through 𠮷 is widened to the whole character', () => {
    const text = '吉野家与𠮷野家是两个字号，𠮷字须完整保留。';
    const at = text.indexOf('𠮷');
    expect(text.codePointAt(at)).toBe(0x20bb7);
    // Starting between the two halves of 𠮷 (at + 1) and ending between the halves of the second one.
    const second = text.indexOf('𠮷', at + 2);
    const anchor = createAnchor(text, at + 1, second + 1);
    expect(anchor.start).toBe(at);
    expect(anchor.end).toBe(second + 2);
    expect(anchor.quote.startsWith('𠮷')).toBe(true);
    expect(anchor.quote.endsWith('𠮷')).toBe(true);
    expect(wellFormed(anchor.quote)).toBe(true);
  });

  it('clips context by characters, so a context edge never falls inside 𠮷', () => {
    const text = '𠮷𠮷𠮷甲乙丙𠮷𠮷𠮷';
    const anchor = createAnchor(text, 6, 9, { contextLength: 2 });
    expect(anchor.quote).toBe('甲乙丙');
    expect(anchor.prefix).toBe('𠮷𠮷');
    expect(anchor.suffix).toBe('𠮷𠮷');
    expect(wellFormed(anchor.prefix) && wellFormed(anchor.suffix)).toBe(true);
  });

  it('keeps a variation selector with the character it belongs to', () => {
    const text = '申请人葛\u{E0100}某应当提交材料。';
    const at = text.indexOf('葛');
    const anchor = createAnchor(text, at, at + 1);
    expect(anchor.quote).toBe('葛\u{E0100}');
    expect(anchor.end).toBe(at + 3);
  });

  it('refuses a context length outside 1..256 as a programming error', () => {
    expect(() => createAnchor(TEXT, 0, 3, { contextLength: 0 })).toThrow(RangeError);
  });
});

describe('locateQuote', () => {
  it('finds an unchanged quote at the same offsets, exactly', () => {
    const anchor = anchorOf(TEXT, QUOTE);
    expect(locateQuote(TEXT, anchor)).toEqual({
      start: anchor.start,
      end: anchor.end,
      text: QUOTE,
      score: 1,
      context: 1,
      method: 'EXACT',
    });
  });

  it('follows the quote when text is inserted before it', () => {
    const anchor = anchorOf(TEXT, QUOTE);
    const inserted = '（含通过赠与、继承等方式取得）';
    const changed = TEXT.replace('之日起', `${inserted}之日起`);
    const found = locateQuote(changed, anchor);
    expect(found).toMatchObject({ start: anchor.start + inserted.length, method: 'EXACT', score: 1 });
    expect(changed.slice(found?.start, found?.end)).toBe(QUOTE);
  });

  it('lets the context decide between two occurrences of the quote', () => {
    const text = '饲养烈性犬的，应当向区县公安机关申请。饲养大型犬的，应当向区县公安机关备案。';
    const second = anchorOf(text, '应当向区县公安机关', 1);
    const found = locateQuote(text, second);
    expect(found?.start).toBe(second.start);
    // Still the second one after the sentence before it grew: the context, not the offset, decides.
    const grown = text.replace('饲养烈性犬的，', '饲养烈性犬或者其他具有攻击性的犬只的，');
    const moved = locateQuote(grown, second);
    expect(moved?.start).toBe(grown.lastIndexOf('应当向区县公安机关'));
  });

  it('falls back to the nearest old offset when the contexts agree equally', () => {
    const text = '甲乙丙甲乙丙甲乙丙';
    const middle = createAnchor(text, 3, 6, { contextLength: 1 });
    expect(locateQuote(text, middle, { contextLength: 1 })?.start).toBe(3);
  });

  it('matches across full- and half-width punctuation, digits and spaces, mapping back to the new text', () => {
    const text = '违反本条例第十二条第二款规定的，由公安机关处200元以上500元以下罚款（情节轻微的除外）。';
    const quote = '处200元以上500元以下罚款（情节轻微的除外）';
    const anchor = anchorOf(text, quote);
    const reformatted =
      '违反本条例第十二条第二款规定的, 由公安机关处２００元以上５００元以下罚款 (情节轻微的除外)。';
    const found = locateQuote(reformatted, anchor);
    expect(found?.method).toBe('NORMALIZED');
    expect(found?.score).toBe(1);
    expect(reformatted.slice(found?.start, found?.end)).toBe(
      '处２００元以上５００元以下罚款 (情节轻微的除外)',
    );
  });

  it('ignores line breaks and ideographic spaces inside the quote', () => {
    const text = '第一章　总　则';
    const anchor = createAnchor(text, 4, 7);
    expect(anchor.quote).toBe('总　则');
    const found = locateQuote('第一章 总则', anchor);
    expect(found).toMatchObject({ start: 4, end: 6, text: '总则', method: 'NORMALIZED' });
  });

  it('finds a quote with one character edited, as a fuzzy match scoring under 1', () => {
    const anchor = anchorOf(TEXT, QUOTE);
    const edited = TEXT.replace('区县公安机关', '区县公安部门');
    const found = locateQuote(edited, anchor);
    expect(found?.method).toBe('FUZZY');
    expect(found?.score).toBeGreaterThanOrEqual(0.8);
    expect(found?.score).toBeLessThan(1);
    expect(found?.text).toBe('到居住地的区县公安部门办理养犬登记');
    expect(found?.start).toBe(anchor.start);
  });

  it('prefers the quote edited in its own place to the same words in another sentence', () => {
    const text = '犬只伤人的，养犬人应当在二十四小时内送医；犬只走失的，养犬人应当在二十四小时内报告。';
    const quote = '养犬人应当在二十四小时内报告';
    const anchor = anchorOf(text, quote);
    const edited = text.replace('应当在二十四小时内报告', '应当在十二小时内报告');
    const found = locateQuote(edited, anchor);
    expect(found?.method).toBe('FUZZY');
    expect(found?.text).toBe('养犬人应当在十二小时内报告');
  });

  it('returns null when the quote was rewritten beyond the threshold', () => {
    const anchor = anchorOf(TEXT, QUOTE);
    const rewritten = TEXT.replace(QUOTE, '向所在街道办事处申报并领取犬牌');
    expect(locateQuote(rewritten, anchor)).toBeNull();
  });

  it('does not match short quotes approximately', () => {
    const text = '应当在七日内报告。';
    const anchor = createAnchor(text, 3, 6);
    expect(anchor.quote).toBe('七日内');
    expect(locateQuote('应当在十日内报告。', anchor)).toBeNull();
  });

  it('returns offsets on character boundaries around 𠮷', () => {
    const text = '𠮷野家股份有限公司应当履行食品安全主体责任。';
    const anchor = createAnchor(text, 0, text.indexOf('应当'));
    expect(anchor.quote).toBe('𠮷野家股份有限公司');
    const changed = `本市${text}`;
    expect(locateQuote(changed, anchor)).toMatchObject({
      start: 2,
      end: 2 + anchor.quote.length,
      method: 'EXACT',
    });
    // 𠮷 replaced by 吉: one edit in ten characters, and the match still covers whole characters.
    const edited = `本市${text.replace('𠮷', '吉')}`;
    const found = locateQuote(edited, anchor);
    expect(found).toMatchObject({ start: 2, text: '吉野家股份有限公司', method: 'FUZZY' });
  });
});
