/**
 * Folding text for matching, with a way back to the original offsets.
 *
 * Drafts travel between word processors, web forms and OCR: the same words come back with full-width or half-width
 * punctuation (，/, （/( ：/:), full-width letters and digits, curly or corner quotes, ideographic or no spaces. A quote
 * must still be found. Folding works character by character (a code point), so that every folded code point knows the
 * original character it came from and a match in folded text maps back to whole original characters.
 */

/** A text folded for matching: code points, and for each one the original character it came from. */
export interface FoldedText {
  /** Folded code points. Comparing code points (not UTF-16 units) keeps fuzzy matches off surrogate halves. */
  readonly points: Int32Array;
  /** For each folded code point, the UTF-16 offset where its original character starts. */
  readonly from: Int32Array;
  /** For each folded code point, the UTF-16 offset where its original character ends (with any variation selector or
   *  combining mark that followed it and was folded away). */
  readonly to: Int32Array;
}

const QUOTES: Record<string, string> = {
  '“': '"',
  '”': '"',
  '„': '"',
  '「': '"',
  '」': '"',
  '『': '"',
  '』': '"',
  '‘': "'",
  '’': "'",
};

/** Whitespace of any width, and invisible format characters (zero-width space, BOM) that editors leave behind. */
const IGNORED = /^[\s\p{Cf}]$/u;
/** Marks that belong to the character before them (variation selectors such as the IVS of 葛󠄀, combining accents). */
const EXTENDING = /^\p{M}$/u;

const memo = new Map<number, readonly number[]>();

/**
 * The folded form of one code point: nothing for whitespace and format characters, NFKC otherwise (full-width forms
 * become half-width, ㈠ becomes (一)), curly and corner quotes become straight ones, Latin letters lower case.
 * NFKC per character rather than per text: compositions across characters do not occur in Chinese legal text, and
 * per-character folding is what lets offsets map back.
 */
export function foldCodePoint(cp: number): readonly number[] {
  // CJK unified ideographs (basic block and extension A) are their own folded form: the bulk of any draft.
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) return [cp];
  let folded = memo.get(cp);
  if (folded === undefined) {
    const char = String.fromCodePoint(cp);
    if (IGNORED.test(char) || EXTENDING.test(char)) folded = [];
    else {
      const text = (QUOTES[char] ?? char)
        .normalize('NFKC')
        .replace(/[“”„「」『』‘’]/g, (c) => QUOTES[c] ?? c)
        .toLowerCase()
        .replace(/[\s\p{Cf}\p{M}]/gu, '');
      folded = Array.from(text, (c) => c.codePointAt(0) ?? 0);
    }
    memo.set(cp, folded);
  }
  return folded;
}

export function foldText(text: string): FoldedText {
  const points: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    if (
      folded.length === 0 &&
      points.length > 0 &&
      to[to.length - 1] === i &&
      EXTENDING.test(String.fromCodePoint(cp))
    ) {
      // A mark folded away still belongs to the character before it: a match ending there must take it along.
      for (let k = to.length - 1; k >= 0 && to[k] === i; k--) to[k] = i + width;
    }
    for (const p of folded) {
      points.push(p);
      from.push(i);
      to.push(i + width);
    }
    i += width;
  }
  return { points: Int32Array.from(points), from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** The folded code points of a short string (quote, prefix, suffix), without offsets. */
export function foldPoints(text: string): Int32Array {
  const points: number[] = [];
  for (const char of text) for (const p of foldCodePoint(char.codePointAt(0) ?? 0)) points.push(p);
  return Int32Array.from(points);
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** True when the character at `offset` is a mark that belongs to the character before it. */
export function isExtendingAt(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const cp = text.codePointAt(offset) ?? 0;
  return EXTENDING.test(String.fromCodePoint(cp));
}
