import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { approximateOccurrences, editDistance, exactOccurrences, lcsSimilarity } from './quote-search.js';

const points = (s: string): Int32Array => Int32Array.from(Array.from(s, (c) => c.codePointAt(0) ?? 0));
const word = (max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...'人民政府应当依法'), { minLength: 1, maxLength: max }).map((c) => c.join(''));

describe('quote search', () => {
  it('finds overlapping exact occurrences', () => {
    expect(exactOccurrences(points('啊啊啊啊'), points('啊啊'), 10)).toEqual([0, 1, 2]);
    expect(exactOccurrences(points('啊啊啊啊'), points('啊啊'), 2)).toEqual([0, 1]);
  });

  it('scores context agreement by longest common subsequence', () => {
    expect(lcsSimilarity(points('依法登记'), points('依法登记'))).toBe(1);
    expect(lcsSimilarity(points('依法登记'), points('依法办理登记'))).toBe(0.8);
    expect(lcsSimilarity(points(''), points(''))).toBe(1);
    expect(lcsSimilarity(points('甲'), points(''))).toBe(0);
  });

  it('finds a substring with one character edited, with its true start and end', () => {
    const text = points('养犬人应当到居住地的区县公安部门办理养犬登记。');
    expect(approximateOccurrences(text, points('区县公安机关办理'), 1)).toEqual([]);
    expect(approximateOccurrences(text, points('区县公安机关办理'), 2)).toEqual([
      { start: 10, end: 18, distance: 2 },
    ]);
    expect(approximateOccurrences(text, points('区县公安部关办理'), 1)).toEqual([
      { start: 10, end: 18, distance: 1 },
    ]);
  });

  it('filters by pieces without losing a match the full dynamic programming would find', () => {
    fc.assert(
      fc.property(word(40), word(12), fc.integer({ min: 1, max: 3 }), (t, p, k) => {
        const text = points(t);
        const pattern = points(p);
        fc.pre(k < pattern.length);
        const hits = approximateOccurrences(text, pattern, k);
        for (const h of hits) {
          expect(h.distance).toBe(editDistance(pattern, text.subarray(h.start, h.end)));
          expect(h.distance).toBeGreaterThan(0);
          expect(h.distance).toBeLessThanOrEqual(k);
        }
        // Every substring within 1..k edits ending at e has a hit at least as good near it: the one kept for the best
        // substring ending at e, or one that overlaps that substring (which starts at most m + k before e).
        const reach = pattern.length + k;
        for (let s = 0; s < text.length; s++) {
          for (let e = s + 1; e <= text.length; e++) {
            const d = editDistance(pattern, text.subarray(s, e));
            if (d === 0 || d > k) continue;
            expect(hits.some((h) => h.start < e && h.end > e - reach && h.distance <= d)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
