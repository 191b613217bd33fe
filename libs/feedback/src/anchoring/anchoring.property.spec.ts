import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { BadInputError } from '@app/common/errors';
import type { TextAnchor } from './anchoring.types.js';
import { foldText } from './fold.js';
import { reanchor } from './reanchor.js';
import { createAnchor, locateQuote } from './text-anchor.js';

// Legal-ish characters, full- and half-width punctuation and digits, both kinds of space, and 𠮷 (a surrogate pair).
const POOL = [
  ...'本条例所称养犬人应当在取得犬只之日起十五日内到居住地的区县公安机关办理登记有效期为一年期满需要继续饲养',
  ...'，。；：（）“”、',
  ...',;:()',
  ...'0123',
  ...'０１２３',
  ' ',
  '　',
  '𠮷',
];
// Inserted text never shares a character with the texts above, so it cannot create another occurrence.
const INSERT_POOL = [...'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'];

const text = (maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...POOL), { minLength: 1, maxLength }).map((chars) => chars.join(''));
const inserted = fc
  .array(fc.constantFrom(...INSERT_POOL), { minLength: 1, maxLength: 20 })
  .map((c) => c.join(''));

/** A text and an anchor on a random selection of it (selections of whitespace only are left out). */
const anchored = (
  maxLength: number,
  contextLength = 32,
): fc.Arbitrary<{ text: string; anchor: TextAnchor }> =>
  text(maxLength)
    .chain((t) =>
      fc.tuple(fc.constant(t), fc.integer({ min: 0, max: t.length }), fc.integer({ min: 0, max: t.length })),
    )
    .filter(([, a, b]) => a !== b)
    .map(([t, a, b]) => ({ text: t, anchor: tryAnchor(t, Math.min(a, b), Math.max(a, b), contextLength) }))
    .filter((x): x is { text: string; anchor: TextAnchor } => x.anchor !== null);

function tryAnchor(t: string, start: number, end: number, contextLength: number): TextAnchor | null {
  try {
    return createAnchor(t, start, end, { contextLength });
  } catch (e) {
    if (e instanceof BadInputError) return null;
    throw e;
  }
}

/** Occurrences of the folded quote in the folded text. */
function foldedOccurrences(t: string, quote: string): number {
  const hay = foldText(t).points.join(',') + ',';
  const needle = foldText(quote).points.join(',') + ',';
  let n = 0;
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    if (at === 0 || hay[at - 1] === ',') n++;
  }
  return n;
}

const isLowSurrogate = (t: string, i: number): boolean => /[\uDC00-\uDFFF]/.test(t[i] ?? '');

describe('anchoring properties', () => {
  it('never splits a surrogate pair and keeps the quote equal to the text at its offsets', () => {
    fc.assert(
      fc.property(anchored(80), ({ text: t, anchor }) => {
        expect(t.slice(anchor.start, anchor.end)).toBe(anchor.quote);
        expect(isLowSurrogate(t, anchor.start)).toBe(false);
        expect(isLowSurrogate(t, anchor.end)).toBe(false);
        expect(t.slice(0, anchor.start).endsWith(anchor.prefix)).toBe(true);
        expect(t.slice(anchor.end).startsWith(anchor.suffix)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('locates an anchor in the text it was made in at the same offsets', () => {
    fc.assert(
      fc.property(anchored(120), ({ text: t, anchor }) => {
        expect(locateQuote(t, anchor)).toMatchObject({
          start: anchor.start,
          end: anchor.end,
          method: 'EXACT',
          score: 1,
          context: 1,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('finds a distinctive quote at the shifted offsets after text is inserted anywhere outside it', () => {
    fc.assert(
      fc.property(anchored(120), inserted, fc.nat(), ({ text: t, anchor }, extra, where) => {
        fc.pre(foldText(anchor.quote).points.length >= 8 && foldedOccurrences(t, anchor.quote) === 1);
        // A point before the quote or after it, never inside it nor inside a surrogate pair.
        const points = [...Array(t.length + 1).keys()].filter(
          (i) => (i <= anchor.start || i >= anchor.end) && !isLowSurrogate(t, i),
        );
        const at = points[where % points.length];
        const changed = t.slice(0, at) + extra + t.slice(at);
        const shift = at <= anchor.start ? extra.length : 0;
        expect(locateQuote(changed, anchor)).toMatchObject({
          start: anchor.start + shift,
          end: anchor.end + shift,
          text: anchor.quote,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('finds any quote at the shifted offsets after text is inserted beyond its context', () => {
    fc.assert(
      fc.property(anchored(120, 4), inserted, fc.boolean(), ({ text: t, anchor }, extra, before) => {
        fc.pre(foldedOccurrences(t, anchor.quote) === 1);
        const at = before ? anchor.start - anchor.prefix.length : anchor.end + anchor.suffix.length;
        // A context clipped by the edge of the text takes the edge as part of it: insert beyond, not at the edge.
        fc.pre(at > 0 && at < t.length);
        const changed = t.slice(0, at) + extra + t.slice(at);
        const shift = before ? extra.length : 0;
        expect(locateQuote(changed, anchor)).toMatchObject({
          start: anchor.start + shift,
          end: anchor.end + shift,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('re-places an annotation whose provision moved only where its words are, or leaves it orphaned', () => {
    fc.assert(
      fc.property(
        anchored(60),
        fc.array(text(60), { minLength: 1, maxLength: 5 }),
        ({ text: t, anchor }, others) => {
          const old = { address: 'art_1__para_1', ...anchor };
          const version = [
            ...others.map((o, i) => ({ address: `art_${i + 2}__para_1`, text: o })),
            { address: 'art_99__para_1', text: t },
          ];
          const result = reanchor(old, version);
          if (result.status !== 'ORPHANED') {
            expect(result).toMatchObject({ status: 'MOVED', address: 'art_99__para_1', start: anchor.start });
          }
          // Unchanged, in place: always found where it was.
          const same = reanchor(old, [{ address: 'art_1__para_1', text: t }, ...version]);
          expect(same).toMatchObject({
            status: 'ANCHORED',
            start: anchor.start,
            end: anchor.end,
            detail: 'UNCHANGED',
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
