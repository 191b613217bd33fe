/**
 * The normal form under which two opinions count as the same text (the same variant): what a copy-and-paste campaign
 * changes without changing what it says — layout, punctuation, full- or half-width forms, Latin case.
 */

/**
 * Whitespace of every kind (incl. the full-width space U+3000), punctuation (\p{P}: 。，、；：“”‘’（）《》【】…— and their
 * ASCII forms), symbols (\p{S}: ＋ ％ ￥ emoji …), and invisible characters (controls, zero-width spaces, BOM).
 */
const DROPPED = /[\s\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}]+/gu;

/**
 * NFKC (full-width Ａ１ → A1, ① → 1, compatibility ideographs → unified ones), then drops whitespace, punctuation,
 * symbols and invisible characters, then lower-cases. Chinese characters and digits stay as they are: 三个月 and
 * 3个月 remain different texts.
 *
 * Same result as {@link normalizeOpinionTextSlowly}, faster: most opinions are made of characters that NFKC maps one
 * to one whatever their neighbours (Chinese characters, ASCII, CJK and full-width punctuation), which a table maps in
 * one pass; a text with any other character (a combining mark, a Hangul jamo, a surrogate pair, ㎏ …) takes the slow
 * way.
 */
export function normalizeOpinionText(text: string): string {
  const table = characterTable();
  const length = text.length;
  if (buffer.length < length) buffer = new Uint16Array(Math.max(length, 2 * buffer.length));
  let out = 0;
  for (let i = 0; i < length; i++) {
    const mapped = table[text.charCodeAt(i)];
    if (mapped === DROP) continue;
    if (mapped === SLOW) return normalizeOpinionTextSlowly(text);
    buffer[out++] = mapped;
  }
  return decode(buffer, out);
}

/** The definition: NFKC, drop what {@link DROPPED} matches, lower-case. */
export function normalizeOpinionTextSlowly(text: string): string {
  return text.normalize('NFKC').replace(DROPPED, '').toLowerCase();
}

const DROP = 0x10000;
const SLOW = 0x10001;
let table: Int32Array | undefined;
let buffer = new Uint16Array(1024);

/**
 * For each UTF-16 code unit: the code unit it normalises to, DROP, or SLOW when normalising it alone could differ from
 * normalising it in context (it is or may take a combining mark, it is a surrogate or a Hangul jamo, it maps to
 * several characters, its lower case depends on its position: Σ).
 */
function characterTable(): Int32Array {
  if (table !== undefined) return table;
  table = new Int32Array(0x10000);
  const contextual = /[\p{M}\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\ud7b0-\ud7ff\u03a3]/u;
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if ((c >= 0xd800 && c <= 0xdfff) || contextual.test(ch) || contextual.test(ch.normalize('NFKD'))) {
      table[c] = SLOW;
      continue;
    }
    const normal = normalizeOpinionTextSlowly(ch);
    table[c] = normal.length === 0 ? DROP : normal.length === 1 ? normal.charCodeAt(0) : SLOW;
  }
  return table;
}

/** UTF-16 code units to a string; the fast path never writes a lone surrogate, which this would replace. */
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });
function decode(codes: Uint16Array, length: number): string {
  return utf16.decode(codes.subarray(0, length));
}
