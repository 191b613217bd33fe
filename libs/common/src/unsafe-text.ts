/*
 * What free text may not hold, with no framework imports: the API's validators (validation.ts) and the opinion sheet's
 * reader, which runs in a worker thread that loads no NestJS, apply the same rules.
 */

/**
 * Characters that make stored text lie about itself, refused in every free-text input: lone surrogates (not text at
 * all: exporters write them as garbage or fail), bidirectional overrides, embeddings and isolates (U+202A–U+202E,
 * U+2066–U+2069: "Trojan Source" reordering in a table the legislature reads), zero-width characters (U+200B–U+200D,
 * U+2060, U+FEFF: invisible differences that defeat duplicate grouping and search), tag characters (U+E0000–U+E007F:
 * invisible, so 张三 with a tag after it is a second 张三 that looks the same) and noncharacters (U+FDD0–U+FDEF and the
 * last two code points of every plane: never text). ZWJ emoji sequences are refused with them: an opinion needs none.
 * Private-use characters are kept: rare characters in people's names (生僻字) still come from older systems' 造字 in
 * that range.
 */
const UNSAFE_CHARACTERS =
  /[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF\uFDD0-\uFDEF\uFFFE\uFFFF]|\uDB40[\uDC00-\uDC7F]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The most combining marks one character may carry. Real scripts stack a few (a Tibetan syllable's subjoined letters and
 * vowel signs, a Vietnamese vowel's two accents); dozens ("Zalgo" text) draw over the rows above and below in a table.
 */
export const MAX_COMBINING_MARKS = 8;
const MARK_PILE = new RegExp(`\\p{M}{${MAX_COMBINING_MARKS + 1},}`, 'u');

/** Whether a string is free of UNSAFE_CHARACTERS and of piles of more than MAX_COMBINING_MARKS marks (see there). */
export function isSafeText(value: unknown): boolean {
  return typeof value !== 'string' || !(UNSAFE_CHARACTERS.test(value) || MARK_PILE.test(value));
}

/**
 * No line break of any kind: CR, LF, NEL and the Unicode line and paragraph separators (a vertical tab or form feed is
 * already a control character TextField refuses).
 */
export const SINGLE_LINE = /^[^\n\r\u0085\u2028\u2029]*$/;

/** Line breaks with the spaces around them, to join a cell's lines into one line. */
export const LINE_BREAKS = /\s*[\n\r\u0085\u2028\u2029]+\s*/gu;
