import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Passage } from './evidence.types.js';
import { textEvidence } from './text-evidence.js';

// Draft-like characters, full- and half-width punctuation and digits, both kinds of space, line breaks, 𠮷 (a
// surrogate pair), a variation selector and the words proposals are made of.
const WORDS = [...'个人在城市化地区内饲养犬只的每户限养一两条禁止烈性除外应当登记办理'];
const POOL = [
  ...WORDS,
  ...'，。；：（）、',
  ...',;:().',
  ...'0123',
  ...'０１２３',
  ' ',
  '　',
  '\n',
  '𠮷',
  '\u{E0100}',
];
// Characters that never occur in the texts above: new wording made of them cannot be there by chance.
const FRESH = [...'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'];

const from = (pool: string[], minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...pool), { minLength, maxLength }).map((c) => c.join(''));
const text = from(POOL, 0, 80);
const words = from(WORDS, 1, 12);

const proposal: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(words, words).map(([a, b]) => `建议将“${a}”修改为“${b}”。`),
  words.map((a) => `建议删除“${a}”`),
  words.map((b) => `建议在本条增加“${b}”的规定`),
  fc.constantFrom('建议删除第二项', '建议删除第一款', '建议删除本条', '建议删除。'),
  fc.tuple(from([...WORDS, '“', '”', '删除', '修改为', '增加', '建议'], 0, 20)).map(([p]) => p),
  text,
);

function expectWellFormed(passages: Passage[], laterText: string | null): void {
  let last = -1;
  for (const p of passages) {
    expect(laterText).not.toBeNull();
    expect(laterText?.slice(p.start, p.end)).toBe(p.text);
    expect(p.start).toBeLessThan(p.end);
    expect(p.start).toBeGreaterThan(last);
    last = p.end;
  }
}

/** The same text typed differently: half- or full-width punctuation and digits, other quotes, spaces added. */
const WIDTH: Record<string, string> = {
  '，': ',',
  ',': '，',
  '；': ';',
  ';': '；',
  '：': ':',
  ':': '：',
  '（': '(',
  '(': '（',
  '）': ')',
  ')': '）',
  '0': '０',
  '０': '0',
  '1': '１',
  '。': '.',
};
const retyped = (t: string): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.boolean(), fc.constantFrom('', '', ' ', '　')), {
      minLength: Array.from(t).length,
      maxLength: Array.from(t).length,
    })
    .map((choices) =>
      Array.from(t)
        .map((c, i) => (choices[i][0] ? (WIDTH[c] ?? c) : c) + choices[i][1])
        .join(''),
    );

describe('textEvidence properties', () => {
  it('keeps scores within bounds and passages on the later text, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.option(text, { nil: null }),
        fc.option(text, { nil: null }),
        proposal,
        (consultedText, laterText, p) => {
          const e = textEvidence({ consultedText, laterText, proposedChange: p });
          for (const v of [e.before, e.after]) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1);
          }
          expect(e.score).toBe(e.after - e.before);
          expect(e.provisionDeleted).toBe(consultedText !== null && laterText === null);
          if (e.provisionDeleted) expect(e.provisionChanged).toBe(true);
          if (consultedText === null) {
            expect(e.suggestedOutcome).toBeNull();
            expect(e.provisionChanged).toBe(false);
            expect(e.score).toBe(0);
          }
          expectWellFormed(e.matchedPassages, laterText);
          expectWellFormed(e.remainingPassages, laterText);
          expect(e.summary).not.toBe('');
          expect(e.summary).not.toContain('\n');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never sees a change, nor an adoption, between a text and itself retyped', () => {
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), retyped(t))),
        proposal,
        ([consultedText, laterText], p) => {
          for (const later of [consultedText, laterText]) {
            const e = textEvidence({ consultedText, laterText: later, proposedChange: p });
            expect(e.provisionChanged).toBe(false);
            expect(e.score).toBe(0);
            expect(e.before).toBe(e.after);
            expect(['NOT_ADOPTED', null]).toContain(e.suggestedOutcome);
            expectWellFormed(e.matchedPassages, later);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sees a replacement made word for word as adopted, and finds the new words where they stand', () => {
    fc.assert(
      fc.property(text, words, text, from(FRESH, 1, 12), (pre, a, post, b) => {
        const consultedText = `${pre}${a}${post}`;
        const laterText = `${pre}${b}${post}`;
        const e = textEvidence({ consultedText, laterText, proposedChange: `建议将“${a}”修改为“${b}”` });
        expect(e.provisionChanged).toBe(true);
        expect(e.before).toBe(0);
        expect(e.after).toBe(1);
        expect(e.suggestedOutcome).toBe('ADOPTED');
        // A variation selector right after the new words belongs to their last character.
        const marks = /^\p{M}*/u.exec(post)?.[0] ?? '';
        const end = pre.length + b.length + marks.length;
        expect(e.matchedPassages).toEqual([{ text: b + marks, start: pre.length, end }]);
      }),
      { numRuns: 300 },
    );
  });

  it('sees a quoted passage deleted as adopted', () => {
    // The deleted words are FRESH: with draft words, the two ends meeting could form one of its bigrams again.
    fc.assert(
      fc.property(text, from(FRESH, 1, 12), text, (pre, a, post) => {
        const consultedText = `${pre}${a}${post}`;
        const laterText = `${pre}${post}`;
        const e = textEvidence({ consultedText, laterText, proposedChange: `建议删除“${a}”` });
        expect(e.after).toBe(1);
        expect(e.before).toBe(0);
        expect(e.suggestedOutcome).toBe('ADOPTED');
      }),
      { numRuns: 300 },
    );
  });
});
