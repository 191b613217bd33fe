/**
 * Folding text for comparison, with a way back to the original offsets. The same wording comes back from word
 * processors, web forms and OCR with full- or half-width punctuation, curly or corner quotes and stray spaces; none of
 * that is a change of wording. Each character is folded on its own (NFKC per code point), so every folded code point
 * knows the original character it came from.
 */

/** Folded code points and, for each one, the UTF-16 span of the original character it came from. */
export interface FoldedText {
  readonly points: Int32Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
}

const PUNCTUATION: Record<string, string> = {
  '“': '"',
  '”': '"',
  '„': '"',
  '「': '"',
  '」': '"',
  '『': '"',
  '』': '"',
  '‘': "'",
  '’': "'",
  '。': '.',
  '—': '-',
  '–': '-',
};

/** Whitespace of any width, invisible format characters and marks (variation selectors, combining accents). */
const IGNORED = /^[\s\p{Cf}\p{M}]$/u;
const MARK = /^\p{M}$/u;
/** What carries wording: letters (Chinese characters included) and digits. */
const CORE = /^[\p{L}\p{N}]$/u;

const folded = new Map<number, readonly number[]>();
const core = new Map<number, boolean>();

function isIdeograph(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf);
}

/** The folded form of one code point: nothing for whitespace, NFKC otherwise, one quote style, lower case. */
function foldCodePoint(cp: number): readonly number[] {
  if (isIdeograph(cp)) return [cp];
  let out = folded.get(cp);
  if (out === undefined) {
    const char = String.fromCodePoint(cp);
    if (IGNORED.test(char)) out = [];
    else {
      const text = Array.from((PUNCTUATION[char] ?? char).normalize('NFKC'), (c) => PUNCTUATION[c] ?? c)
        .join('')
        .toLowerCase();
      out = Array.from(text, (c) => c.codePointAt(0) ?? 0).filter(
        (p) => !IGNORED.test(String.fromCodePoint(p)),
      );
    }
    folded.set(cp, out);
  }
  return out;
}

function isCore(cp: number): boolean {
  if (isIdeograph(cp)) return true;
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
  const points: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const out = foldCodePoint(cp);
    if (out.length === 0 && to.length > 0 && to[to.length - 1] === i && MARK.test(String.fromCodePoint(cp))) {
      // A variation selector or combining mark belongs to the character before it: a passage ending there takes it.
      for (let k = to.length - 1; k >= 0 && to[k] === i; k--) to[k] = i + width;
    }
    for (const p of out) {
      if (coreOnly && !isCore(p)) continue;
      points.push(p);
      from.push(i);
      to.push(i + width);
    }
    i += width;
  }
  return { points: Int32Array.from(points), from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** The folded form of a whole text as a string: two texts with the same key differ only in width, quotes and spaces. */
export function comparisonKey(text: string): string {
  const { points } = foldText(text);
  let key = '';
  // In slices: spreading a whole Civil Code into one call would overflow the argument stack.
  for (let i = 0; i < points.length; i += 4096) key += String.fromCodePoint(...points.subarray(i, i + 4096));
  return key;
}
