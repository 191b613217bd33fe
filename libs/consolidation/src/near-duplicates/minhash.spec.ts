import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  bandKey,
  candidateProbability,
  jaccard,
  minHashSignature,
  mix32,
  shingleKeys,
  similarEnough,
} from './minhash.js';

/** The shingle keys of a text as a plain array. */
function shingles(text: string, n: number): number[] {
  const out = new Int32Array(text.length + 1);
  return [...out.subarray(0, shingleKeys(text, n, out, 0))];
}

/** Jaccard of two key lists, the slow obvious way. */
function setJaccard(a: readonly number[], b: readonly number[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  const common = [...sa].filter((x) => sb.has(x)).length;
  return common / (sa.size + sb.size - common);
}

/** Two sorted key runs side by side in one array, as the clustering stores them. */
function runs(a: readonly number[], b: readonly number[]): [Int32Array, number, number, number, number] {
  const sa = [...new Set(a)].sort((x, y) => x - y);
  const sb = [...new Set(b)].sort((x, y) => x - y);
  return [Int32Array.from([...sa, ...sb]), 0, sa.length, sa.length, sa.length + sb.length];
}

describe('shingleKeys', () => {
  it('gives the distinct bigrams of a text, sorted, as their two code units', () => {
    const keys = shingles('养犬养犬人', 2);
    const bigram = (s: string): number => (s.charCodeAt(0) << 16) | s.charCodeAt(1);
    expect(keys).toEqual([bigram('养犬'), bigram('犬人'), bigram('犬养')].sort((x, y) => x - y));
  });

  it('gives nothing for a text shorter than the shingle and one key for a text of its length', () => {
    expect(shingles('', 2)).toEqual([]);
    expect(shingles('好', 2)).toEqual([]);
    expect(shingles('同意', 3)).toEqual([]);
    expect(shingles('同意', 2)).toHaveLength(1);
    expect(shingles('不同意', 3)).toHaveLength(1);
  });

  it('gives as many keys as distinct n-grams, for n = 1 … 4', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('建', '议', '删', '除', '本', '条', 'a'), maxLength: 60 }),
        fc.integer({ min: 1, max: 4 }),
        (text, n) => {
          const grams = new Set<string>();
          for (let i = 0; i + n <= text.length; i++) grams.add(text.slice(i, i + n));
          const keys = shingles(text, n);
          expect(keys).toHaveLength(grams.size);
          expect(keys).toEqual([...keys].sort((x, y) => x - y));
        },
      ),
    );
  });
});

describe('jaccard and similarEnough', () => {
  it('computes |A ∩ B| / |A ∪ B| on sorted runs', () => {
    expect(jaccard(...runs([1, 2, 3, 4], [3, 4, 5, 6]))).toBeCloseTo(2 / 6);
    expect(jaccard(...runs([1, 2, 3], [1, 2, 3]))).toBe(1);
    expect(jaccard(...runs([1, 2], [3, 4]))).toBe(0);
    expect(jaccard(...runs([], [3, 4]))).toBe(0);
  });

  it('decides J ≥ threshold exactly as jaccard does, early exits included', () => {
    const keys = fc.array(fc.integer({ min: -40, max: 40 }), { maxLength: 40 });
    fc.assert(
      fc.property(keys, keys, fc.double({ min: 0.05, max: 1, noNaN: true }), (a, b, threshold) => {
        const r = runs(a, b);
        const j = jaccard(...r);
        if (a.length > 0 && b.length > 0) expect(j).toBeCloseTo(setJaccard(a, b), 12);
        expect(similarEnough(...r, threshold)).toBe(j >= threshold);
      }),
      { numRuns: 3000 },
    );
    // On the boundary: 3 common of 5 in all is 0.6.
    expect(similarEnough(...runs([1, 2, 3, 4], [1, 2, 3, 5]), 0.6)).toBe(true);
    expect(similarEnough(...runs([1, 2, 3, 4], [1, 2, 3, 5]), 0.6000001)).toBe(false);
  });
});

describe('minHashSignature (one permutation hashing, optimal densification)', () => {
  function signature(keys: readonly number[], hashes: number): Int32Array {
    const sorted = Int32Array.from([...new Set(keys)].sort((x, y) => x - y));
    const out = new Int32Array(hashes);
    minHashSignature(sorted, 0, sorted.length, hashes, out, 0);
    return out;
  }

  it('is the same for the same set and fills every position', () => {
    const a = signature([5, 9, 1, 12, 7], 64);
    expect(signature([12, 7, 5, 9, 1, 1], 64)).toEqual(a);
    expect([...a].every((v) => v >= 0)).toBe(true);
    expect([...signature([], 8)]).toEqual(new Array(8).fill(-1));
  });

  it('agrees position by position with probability close to the Jaccard similarity', () => {
    // Pairs of sets with J = 1/3, 1/2, 0.7 and 0.9, and of sizes from 5 (mostly densified) to 200.
    let state = 42;
    const next = (): number => (state = mix32(state + 1));
    for (const [common, own] of [
      [50, 50],
      [100, 50],
      [140, 30],
      [180, 10],
      [5, 5],
      [7, 1],
    ]) {
      const expected = common / (common + 2 * own);
      let agree = 0;
      let total = 0;
      for (let pair = 0; pair < 200; pair++) {
        const shared = Array.from({ length: common }, next);
        const a = signature([...shared, ...Array.from({ length: own }, next)], 64);
        const b = signature([...shared, ...Array.from({ length: own }, next)], 64);
        for (let k = 0; k < 64; k++) if (a[k] === b[k]) agree++;
        total += 64;
      }
      // 12,800 positions: the standard error of the estimate is under 0.005.
      expect(Math.abs(agree / total - expected)).toBeLessThan(0.025);
    }
  });

  it('gives equal band keys for equal bands and different ones (almost always) otherwise', () => {
    const a = signature([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 20);
    const b = Int32Array.from(a);
    b[7] ^= 1; // in band 1 of 4 rows (positions 4–7)
    expect(bandKey(a, 0, 0, 4)).toBe(bandKey(b, 0, 0, 4));
    expect(bandKey(a, 0, 1, 4)).not.toBe(bandKey(b, 0, 1, 4));
    expect(bandKey(a, 0, 0, 4)).not.toBe(bandKey(a, 0, 1, 4));
  });
});

describe('candidateProbability', () => {
  it('is 1 − (1 − s^r)^b', () => {
    expect(candidateProbability(0.5, 20, 2)).toBeCloseTo(1 - Math.pow(0.75, 20));
    expect(candidateProbability(1, 7, 5)).toBe(1);
    expect(candidateProbability(0, 7, 5)).toBe(0);
  });
});
