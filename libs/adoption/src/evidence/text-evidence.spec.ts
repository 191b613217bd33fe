import { describe, expect, it } from '@jest/globals';
import type { Passage, TextEvidence } from './evidence.types.js';
import { textEvidence } from './text-evidence.js';

// 第十二条 of a dog-management draft, as consulted and as a later version might read.
const CONSULTED = [
  '第十二条 饲养犬只的个人应当具有完全民事行为能力，在本市有固定居住场所。',
  '个人在城市化地区内饲养犬只的，每户限养一只犬。',
  '禁止个人饲养烈性犬只。',
].join('\n');
const later = (second: string, third = '禁止个人饲养烈性犬只。'): string =>
  ['第十二条 饲养犬只的个人应当具有完全民事行为能力，在本市有固定居住场所。', second, third]
    .filter((l) => l !== '')
    .join('\n');
const TWO_DOGS = '建议将“每户限养一只犬”修改为“每户限养两只犬，但烈性犬除外”。';

function evidence(
  laterText: string | null,
  proposedChange: string,
  consultedText: string | null = CONSULTED,
) {
  return textEvidence({ consultedText, laterText, proposedChange, provisionLabel: '第十二条' });
}

function expectSlices(e: TextEvidence, laterText: string | null): void {
  for (const p of [...e.matchedPassages, ...e.remainingPassages]) {
    expect(laterText?.slice(p.start, p.end)).toBe(p.text);
  }
}

const texts = (passages: Passage[]): string[] => passages.map((p) => p.text);

describe('textEvidence on a dog-management draft', () => {
  it('sees a replacement adopted word for word', () => {
    const text = later('个人在城市化地区内饲养犬只的，每户限养两只犬，但烈性犬除外。');
    const e = evidence(text, TWO_DOGS);
    expect(e.provisionChanged).toBe(true);
    expect(e.provisionDeleted).toBe(false);
    expect(e.suggestedOutcome).toBe('ADOPTED');
    expect(e.after).toBe(1);
    expect(e.before).toBeLessThan(0.3);
    expect(e.score).toBeCloseTo(e.after - e.before, 10);
    const start = text.indexOf('每户限养两只犬');
    expect(e.matchedPassages).toContainEqual({
      text: '每户限养两只犬，但烈性犬除外',
      start,
      end: start + '每户限养两只犬，但烈性犬除外'.length,
    });
    expect(e.remainingPassages).toEqual([]);
    expect(e.summary).toBe(
      `第十二条已修改：新文本包含建议的表述“每户限养两只犬，但烈性犬除外”（相似度 1.00，原文 ${e.before.toFixed(2)}）`,
    );
    expectSlices(e, text);
  });

  it('sees a replacement adopted in other words as partly adopted, below the verbatim one', () => {
    const verbatim = evidence(
      later('个人在城市化地区内饲养犬只的，每户限养两只犬，但烈性犬除外。'),
      TWO_DOGS,
    );
    const twoOnly = evidence(later('个人在城市化地区内饲养犬只的，每户限养两只犬。'), TWO_DOGS);
    const reworded = evidence(later('个人在城市化地区内饲养犬只的，每户限养犬只不得超过两只。'), TWO_DOGS);
    expect(twoOnly.suggestedOutcome).toBe('PARTIALLY_ADOPTED');
    expect(reworded.suggestedOutcome).toBe('PARTIALLY_ADOPTED');
    expect(verbatim.score).toBeGreaterThan(twoOnly.score);
    expect(twoOnly.score).toBeGreaterThan(reworded.score);
    expect(reworded.score).toBeGreaterThan(0);
    // The same consulted text: the same `before` for all three.
    expect(twoOnly.before).toBe(verbatim.before);
    expect(texts(twoOnly.matchedPassages)).toContain('每户限养两只犬');
    expect(twoOnly.summary).toContain('部分采用建议的表述，如“每户限养两只犬”');
  });

  it('sees a deletion adopted: the passage is gone although its words (个人, 饲养, 犬只) stand elsewhere', () => {
    const text = later('个人在城市化地区内饲养犬只的，每户限养一只犬。', '');
    for (const proposal of ['建议删除“禁止个人饲养烈性犬只”。', '建议删除第三款', '第三款建议予以删除']) {
      const e = evidence(text, proposal);
      expect(e.proposal.removed).toHaveLength(1);
      expect(e.suggestedOutcome).toBe('ADOPTED');
      expect(e.before).toBe(0);
      expect(e.after).toBe(1);
      expect(e.matchedPassages).toEqual([]);
      expect(e.remainingPassages).toEqual([]);
      expect(e.summary).toBe('第十二条已修改：建议删除的表述已不在新文本中（相似度 1.00，原文 0.00）');
    }
  });

  it('sees a deletion not made, and points at the passage still there', () => {
    const text = later('个人在城市化地区内饲养犬只的，每户限养两只犬。');
    const e = evidence(text, '建议删除“禁止个人饲养烈性犬只”。');
    expect(e.provisionChanged).toBe(true);
    expect(e.suggestedOutcome).toBe('NOT_ADOPTED');
    expect(e.score).toBe(0);
    const start = text.indexOf('禁止');
    expect(e.remainingPassages).toEqual([{ text: '禁止个人饲养烈性犬只', start, end: start + 10 }]);
    expect(e.summary).toContain('“禁止个人饲养烈性犬只”仍在新文本中');
  });

  it('sees an added sentence adopted', () => {
    const added = '养犬人应当及时清除犬只粪便。';
    const text = `${CONSULTED}\n${added}`;
    const e = evidence(text, `建议在本条增加一款：“${added}”`);
    expect(e.proposal.wanted).toEqual([added]);
    expect(e.suggestedOutcome).toBe('ADOPTED');
    expect(e.after).toBe(1);
    const start = text.indexOf(added);
    expect(e.matchedPassages).toContainEqual({ text: '养犬人应当及时清除犬只粪便', start, end: start + 13 });
    expectSlices(e, text);
  });

  it('reads an unquoted addition from the prose, and is less sure of it', () => {
    const text = `${CONSULTED}\n养犬人应当及时清除犬只粪便。`;
    const e = evidence(text, '建议增加犬只粪便清理的规定。');
    expect(e.proposal).toMatchObject({ wanted: ['犬只粪便清理'], explicit: false });
    expect(e.suggestedOutcome).toBe('PARTIALLY_ADOPTED');
    expect(texts(e.matchedPassages)).toEqual(['犬只粪便']);
    expectSlices(e, text);
  });

  it('gives NOT_ADOPTED for an unchanged provision that does not say what was asked', () => {
    const e = evidence(CONSULTED, TWO_DOGS);
    expect(e.provisionChanged).toBe(false);
    expect(e.suggestedOutcome).toBe('NOT_ADOPTED');
    expect(e.score).toBe(0);
    expect(e.before).toBe(e.after);
    expect(texts(e.remainingPassages)).toEqual(['每户限养一只犬']);
    expect(e.summary).toMatch(/^第十二条未修改，新文本不含建议的表述/);
  });

  it('gives null for an unchanged provision that already says it', () => {
    const e = evidence(CONSULTED, '建议增加“禁止个人饲养烈性犬只”的规定');
    expect(e.provisionChanged).toBe(false);
    expect(e.after).toBe(1);
    expect(e.suggestedOutcome).toBeNull();
  });

  it('does not count full-width/half-width punctuation and spaces as a change', () => {
    const reformatted = CONSULTED.replace('，', ', ').replace('。', '.').replace('第十二条 ', '第十二条　');
    expect(reformatted).not.toBe(CONSULTED);
    const e = evidence(reformatted, TWO_DOGS);
    expect(e.provisionChanged).toBe(false);
    expect(e.score).toBe(0);
    expect(e.suggestedOutcome).toBe('NOT_ADOPTED');
    expectSlices(e, reformatted);
  });

  it('finds the wording across width differences and maps passages back to the original offsets', () => {
    const text = later('个人在城市化地区内饲养犬只的，每户限养两只犬, 但烈性犬除外.');
    const e = evidence(text, TWO_DOGS);
    expect(e.suggestedOutcome).toBe('ADOPTED');
    expect(e.after).toBe(1);
    const start = text.indexOf('每户');
    expect(e.matchedPassages).toContainEqual({
      text: '每户限养两只犬, 但烈性犬除外',
      start,
      end: start + 15,
    });
  });

  it('keeps a variation selector with the character it belongs to', () => {
    const text = later('个人在城市化地区内饲养犬只的，每户限养两只犬\u{E0100}。');
    const e = evidence(text, '建议将“一只”改为“两只犬”');
    expect(e.matchedPassages).toEqual([
      { text: '两只犬\u{E0100}', start: text.indexOf('两只犬'), end: text.indexOf('两只犬') + 5 },
    ]);
  });

  it('gives NOT_ADOPTED when the provision changed in another direction', () => {
    const text = later('个人在城市化地区内饲养犬只的，每户限养一只犬，并应当办理养犬登记。');
    const e = evidence(text, TWO_DOGS);
    expect(e.provisionChanged).toBe(true);
    expect(e.score).toBeLessThanOrEqual(0.05);
    expect(e.suggestedOutcome).toBe('NOT_ADOPTED');
    expect(texts(e.remainingPassages)).toEqual(['每户限养一只犬']);
  });

  it('gives null when the change went partly the same way but it is unclear', () => {
    // An exception (…除外) appears, but the limit stays at one dog: not enough to say either way.
    const text = later('个人在城市化地区内饲养犬只的，每户限养一只犬，特殊情况除外。');
    const e = evidence(text, TWO_DOGS);
    expect(e.provisionChanged).toBe(true);
    expect(e.score).toBeGreaterThan(0.05);
    expect(e.score).toBeLessThan(0.2);
    expect(e.suggestedOutcome).toBeNull();
    expect(e.summary).toContain('需人工判断');
  });

  it('does not say no to prose it had to guess at', () => {
    const text = later('个人在城市化地区内饲养犬只的，每户限养一只犬，并应当办理养犬登记。');
    const e = evidence(text, '我认为数量限制太严，应当放宽');
    expect(e.proposal.explicit).toBe(false);
    expect(e.suggestedOutcome).toBeNull();
  });

  it('gives null for a general opinion, whatever the later text', () => {
    for (const laterText of [null, CONSULTED]) {
      const e = evidence(laterText, '建议加强文明养犬宣传教育', null);
      expect(e.provisionChanged).toBe(false);
      expect(e.provisionDeleted).toBe(false);
      expect(e.score).toBe(0);
      expect(e.suggestedOutcome).toBeNull();
      expect(e.summary).toBe('总体意见或条款不明，文本无法说明是否采纳');
    }
  });

  it('adopts a proposal to delete the provision when the provision is gone, and only then', () => {
    const gone = evidence(null, '建议删除本条。');
    expect(gone).toMatchObject({
      provisionDeleted: true,
      provisionChanged: true,
      suggestedOutcome: 'ADOPTED',
    });
    expect(gone.after).toBe(1);
    expect(evidence(CONSULTED, '建议删除本条。').suggestedOutcome).toBe('NOT_ADOPTED');
    // Kept but reworded: maybe in answer, maybe not.
    expect(evidence(later('每户限养两只犬。'), '建议删除本条。').suggestedOutcome).toBeNull();
  });

  it('does not read a deleted or lost provision as an answer to another proposal', () => {
    const e = evidence(null, TWO_DOGS);
    expect(e.provisionDeleted).toBe(true);
    expect(e.suggestedOutcome).toBeNull();
    expect(e.matchedPassages).toEqual([]);
    expect(e.summary).toBe('第十二条在新文本中已删除或未找到，文本无法说明是否采纳');
  });

  it('gives null when nothing can be read from the proposal', () => {
    const e = evidence(later('每户限养两只犬。'), '建议删除第五项');
    expect(e.proposal).toMatchObject({ wanted: [], removed: [], deleteProvision: false });
    expect(e.suggestedOutcome).toBeNull();
  });

  it('names the provision 该条款 when no label is given', () => {
    const e = textEvidence({ consultedText: CONSULTED, laterText: CONSULTED, proposedChange: TWO_DOGS });
    expect(e.summary).toMatch(/^该条款未修改/);
  });
});
