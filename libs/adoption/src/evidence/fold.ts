/**
 * Folding text for comparison, with a way back to the original offsets. The folding itself (width, quote style, case,
 * spaces, marks; each folded code point keeps the UTF-16 span of its original character) is the annotations' one from
 * `@app/feedback`. What evidence adds: a `coreOnly` fold for the measures, and a comparison key in which 。 and `.`, and
 * dashes, read the same.
 */
import { foldText as foldForMatching, type FoldedText } from '@app/feedback/anchoring';

export type { FoldedText };

/** Beyond the shared fold: 。 reads as `.`, em and en dashes as `-`. */
const PUNCTUATION: ReadonlyMap<number, number> = new Map([
  [0x3002, 0x2e],
  [0x2014, 0x2d],
  [0x2013, 0x2d],
]);

/** What carries wording: letters (Chinese characters included) and digits. */
const CORE = /^[\p{L}\p{N}]$/u;
const core = new Map<number, boolean>();

function isCore(cp: number): boolean {
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) return true;
  let yes = core.get(cp);
  if (yes === undefined) {
    yes = CORE.test(String.fromCodePoint(cp));
    core.set(cp, yes);
  }
  return yes;
}

/**
 * Folds a text. With `coreOnly`, punctuation and symbols are dropped as well, leaving the letters and digits that carry
 * the wording: the measures compare those, so 两只犬，但 and 两只犬；但 read the same.
 */
export function foldText(text: string, coreOnly = false): FoldedText {
  const all = foldForMatching(text);
  if (!coreOnly) return { ...all, points: all.points.map((p) => PUNCTUATION.get(p) ?? p) };
  const keep: number[] = [];
  all.points.forEach((p, k) => {
    if (isCore(p)) keep.push(k);
  });
  return {
    points: Int32Array.from(keep, (k) => all.points[k]),
    from: Int32Array.from(keep, (k) => all.from[k]),
    to: Int32Array.from(keep, (k) => all.to[k]),
  };
}

/** The folded form of a whole text as a string: two texts with the same key differ only in width, quotes and spaces. */
export function comparisonKey(text: string): string {
  const { points } = foldText(text);
  let key = '';
  // In slices: spreading a whole Civil Code into one call would overflow the argument stack.
  for (let i = 0; i < points.length; i += 4096) key += String.fromCodePoint(...points.subarray(i, i + 4096));
  return key;
}
