/**
 * Chinese full-text search tokens that every engine we support indexes the same way: SQLite FTS5 and InnoDB FULLTEXT
 * (MySQL/MariaDB) with default settings. The application segments the text; the database only sees space-separated
 * ASCII tokens, so no engine-specific parser (MySQL's ngram, which MariaDB lacks; FTS5's trigram, which misses
 * 2-character words) and no server setting (innodb_ft_min_token_size = 3) decides what can be found.
 *
 * Scheme (version {@link SEARCH_TOKENS_SCHEME_VERSION}; change it, and re-index, whenever the output changes):
 * - The text is normalised: NFKC (full-width → half-width, ① → 1, ㍻ → 平成), lower case, diacritics removed from Latin
 *   letters (pinyin yǎng → yang), default-ignorable characters (zero-width spaces, variation selectors) dropped so they
 *   cannot split a word. Everything that is not a letter, digit or combining mark separates (punctuation, spaces,
 *   symbols, emoji).
 * - A run of non-ASCII letters (Han, kana, Hangul, Cyrillic…) yields one unigram token per character (`y` + code point)
 *   and one bigram token per pair of neighbours (`x` + both code points): 养犬人 → 养, 犬, 人, 养犬, 犬人. Bigrams make
 *   two-character words findable inside longer ones without a dictionary; unigrams make one-character queries (税, 犬)
 *   work and keep isolated characters searchable.
 * - A run of ASCII letters and digits is a word, matched as a whole word (like any Western full-text engine): a word
 *   of 3+ characters is `z` + the word, cut at {@link ASCII_WORD_MAX} characters; shorter words are encoded like the
 *   characters above (a → unigram, ai → bigram: never shorter than 4 characters, never clashing with Han bigrams
 *   because ASCII never belongs to a non-ASCII run).
 * - A code point is written as 4 lower-case hex digits (BMP) or `g` + 5 hex digits (supplementary planes, e.g. CJK
 *   extension B): 养犬 → x517b72ac, 𠀀 → yg20000. The prefix and the `g` marker make every token decodable, so two
 *   different inputs never share a token ({@link decodeToken}).
 *
 * Every token matches /^[xyz][a-z0-9]{3,}$/ and is 4 to 33 characters long: above InnoDB's minimum token size (3) and
 * MyISAM's (4), below its maximum (84), and never one of InnoDB's default stopwords (none begins with x, y or z).
 *
 * Matching: a query requires all its tokens (AND). A query term of 3+ characters requires all its bigrams, not the
 * exact phrase (tokens are deduplicated, so positions mean nothing): 犬只登记 also matches 犬只……只登记. That superset is
 * deliberate and rare in practice; a caller that needs the exact phrase can check the candidates' text, and
 * {@link highlightRanges} shows where the pieces are. Term frequency is lost too: engines rank by the rarity of the
 * query's tokens (and FTS5's bm25 also by shortness).
 */

/** Bump when the tokens of some text change, so that stored token columns get rebuilt. */
export const SEARCH_TOKENS_SCHEME_VERSION = 1;

/**
 * Cap on {@link indexTokens}'s output, in characters (= bytes: tokens are ASCII): it fits a MySQL/MariaDB TEXT column
 * (65,535 bytes): some 6,000 characters of ordinary Chinese text (10.6 token bytes per character in the benchmark,
 * repeated pairs counted once), 4,000 if no pair repeats. What lies beyond is not searchable.
 */
export const INDEX_TOKENS_MAX_LENGTH = 65_535;

/** Cap on the tokens of one query: a longer query only narrows less (the first tokens are kept). */
export const QUERY_TOKENS_MAX = 64;

/** ASCII words are cut to this length in the index and in queries alike (a 32-character prefix still discriminates). */
export const ASCII_WORD_MAX = 32;

const UNIGRAM = 'y';
const BIGRAM = 'x';
const WORD = 'z';
const SUPPLEMENTARY = 'g';
const TOKEN_PATTERN = /^[xyz][a-z0-9]{3,}$/;

/** A highlighted stretch of the original text: UTF-16 offsets, `end` exclusive (as String.prototype.slice takes them). */
export interface SearchHighlight {
  start: number;
  end: number;
}

// ------------------------------------------------------------------------------------------------ character classes
const SEPARATOR = 0;
const ASCII = 1;
const WIDE = 2;
type CharClass = typeof SEPARATOR | typeof ASCII | typeof WIDE;

// Lazily filled per code point: bit 0 = known, bit 1 = combining mark, bits 2-3 = class (of the normalised character).
// 1.1 MB, but lookups are the hot path of indexing and far cheaper than a Unicode regex per character.
const KNOWN = 1;
const MARK = 2;
const properties = new Uint8Array(0x110000);

function propertiesOf(cp: number): number {
  let p = properties[cp];
  if (p === 0) {
    const ch = String.fromCodePoint(cp);
    let cls: CharClass;
    if (cp < 0x80) cls = (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39) ? ASCII : SEPARATOR;
    else cls = /[\p{L}\p{N}\p{M}]/u.test(ch) ? WIDE : SEPARATOR;
    p = KNOWN | (/\p{M}/u.test(ch) ? MARK : 0) | (cls << 2);
    properties[cp] = p;
  }
  return p;
}

const isMark = (cp: number): boolean => (propertiesOf(cp) & MARK) !== 0;
const classOf = (cp: number): CharClass => ((propertiesOf(cp) >> 2) & 3) as CharClass;

const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/** Normalises one cluster (a character and the combining marks that follow it) into code points. */
function normalizeCluster(cluster: string): number[] {
  let s = cluster.normalize('NFKC').toLowerCase();
  // Fold diacritics of Latin letters only: pinyin tone marks and French accents go, Japanese dakuten and Cyrillic
  // й stay distinct.
  const decomposed = s.normalize('NFKD');
  if (decomposed !== s || /\p{M}/u.test(s))
    s = decomposed.replace(LATIN_MARKS, '$1').normalize('NFKC').toLowerCase();
  s = s.replace(IGNORABLE, '');
  return Array.from(s, (c) => c.codePointAt(0) ?? 0);
}

// Single code points are by far the common case: cache their normalisation. Bounded so that hostile input spanning
// the whole of Unicode cannot grow it without limit.
const singleCache = new Map<number, readonly number[]>();
const SINGLE_CACHE_MAX = 50_000;

function normalizeCodePoint(cp: number): readonly number[] {
  let out = singleCache.get(cp);
  if (out === undefined) {
    out = normalizeCluster(String.fromCodePoint(cp));
    if (singleCache.size < SINGLE_CACHE_MAX) singleCache.set(cp, out);
  }
  return out;
}

const isCjkUnified = (cp: number): boolean =>
  (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf);

// ------------------------------------------------------------------------------------------------ segmentation
/** A run of normalised code points of one class, with the source offsets of each (for highlighting). */
interface Run {
  kind: typeof ASCII | typeof WIDE;
  cps: number[];
  starts: number[];
  ends: number[];
}

/**
 * Calls `onRun` for each run of letters/digits of the normalised text, in order, until it returns false (so that a
 * capped output does not scan the rest of a huge text).
 */
function forEachRun(text: string, onRun: (run: Run) => boolean): void {
  let run: Run | null = null;
  let more = true;
  const flush = (): void => {
    if (run !== null) more = onRun(run);
    run = null;
  };
  const push = (cp: number, start: number, end: number): void => {
    if (!more) return;
    const cls =
      cp < 0x80
        ? (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)
          ? ASCII
          : SEPARATOR
        : classOf(cp);
    if (cls === SEPARATOR) return flush();
    if (run !== null && run.kind !== cls) flush();
    run ??= { kind: cls, cps: [], starts: [], ends: [] };
    run.cps.push(cp);
    run.starts.push(start);
    run.ends.push(end);
  };

  const length = text.length;
  let i = 0;
  while (i < length && more) {
    const cp = text.codePointAt(i) ?? 0;
    let end = i + (cp > 0xffff ? 2 : 1);
    // Fast paths for the bulk of the text: ASCII and common Han are their own normal form (no mark follows them in
    // practice; if one does, the general path below handles the cluster).
    const next = end < length ? text.charCodeAt(end) : 0;
    if (next < 0x300) {
      if (cp < 0x80) {
        push(cp >= 0x41 && cp <= 0x5a ? cp + 0x20 : cp, i, end);
        i = end;
        continue;
      }
      if (isCjkUnified(cp)) {
        push(cp, i, end);
        i = end;
        continue;
      }
    }
    while (end < length) {
      const mark = text.codePointAt(end) ?? 0;
      if (!isMark(mark)) break;
      end += mark > 0xffff ? 2 : 1;
    }
    const single = end - i === (cp > 0xffff ? 2 : 1);
    const out = single ? normalizeCodePoint(cp) : normalizeCluster(text.slice(i, end));
    for (const c of out) push(c, i, end);
    i = end;
  }
  if (more) flush();
}

// ------------------------------------------------------------------------------------------------ tokens
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

function encodeCodePoint(cp: number): string {
  if (cp <= 0xffff) return HEX[cp >> 8] + HEX[cp & 0xff];
  return SUPPLEMENTARY + cp.toString(16).padStart(5, '0');
}

const unigram = (cp: number): string => UNIGRAM + encodeCodePoint(cp);
const bigram = (a: number, b: number): string => BIGRAM + encodeCodePoint(a) + encodeCodePoint(b);

function asciiWordToken(cps: readonly number[]): string {
  if (cps.length === 1) return unigram(cps[0]);
  if (cps.length === 2) return bigram(cps[0], cps[1]);
  return WORD + String.fromCharCode(...cps.slice(0, ASCII_WORD_MAX));
}

/**
 * The tokens to store in the indexed column for `text`: space-separated, deduplicated (first occurrence first), at
 * most `maxLength` characters (never cutting a token). Empty when the text has no letter or digit.
 */
export function indexTokens(text: string, maxLength: number = INDEX_TOKENS_MAX_LENGTH): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  let length = -1;
  let full = false;
  const add = (token: string): void => {
    if (full || seen.has(token)) return;
    if (length + 1 + token.length > maxLength) {
      full = true;
      return;
    }
    seen.add(token);
    parts.push(token);
    length += 1 + token.length;
  };
  forEachRun(text, ({ kind, cps }) => {
    if (kind === ASCII) add(asciiWordToken(cps));
    else
      for (let k = 0; k < cps.length; k++) {
        add(unigram(cps[k]));
        if (k + 1 < cps.length) add(bigram(cps[k], cps[k + 1]));
      }
    return !full;
  });
  return parts.join(' ');
}

/**
 * The tokens a document must all contain to match `query` (deduplicated, at most {@link QUERY_TOKENS_MAX}). Empty for
 * a query without any letter or digit: callers refuse it rather than search for everything.
 */
export function queryTokens(query: string): string[] {
  const tokens = new Set<string>();
  const add = (token: string): void => {
    if (tokens.size < QUERY_TOKENS_MAX) tokens.add(token);
  };
  // Bigrams of a multi-character run, the unigram of a single character, the token of an ASCII word.
  forEachRun(query, ({ kind, cps }) => {
    if (kind === ASCII) add(asciiWordToken(cps));
    else if (cps.length === 1) add(unigram(cps[0]));
    else for (let k = 0; k + 1 < cps.length; k++) add(bigram(cps[k], cps[k + 1]));
    return tokens.size < QUERY_TOKENS_MAX;
  });
  return [...tokens];
}

function checkedTokens(query: string): string[] | null {
  const tokens = queryTokens(query);
  // Tokens come from our own alphabet, so no quoting is needed; checking it anyway keeps a future change of the
  // scheme from ever passing user text through to the engine's query syntax.
  for (const token of tokens)
    if (!TOKEN_PATTERN.test(token)) throw new Error(`unexpected search token ${token}`);
  return tokens.length === 0 ? null : tokens;
}

/**
 * An FTS5 MATCH expression requiring every token of `query` (`"x517b72ac" AND "x767b8bb0"`), or null when the query
 * has no token. Pass it as a bound parameter: `… WHERE opinion_search MATCH ? ORDER BY bm25(opinion_search)`.
 */
export function sqliteMatchExpression(query: string): string | null {
  const tokens = checkedTokens(query);
  return tokens === null ? null : tokens.map((t) => `"${t}"`).join(' AND ');
}

/**
 * A MySQL/MariaDB boolean-mode expression requiring every token of `query` (`+x517b72ac +x767b8bb0`), or null when
 * the query has no token. Pass it as a bound parameter: `MATCH(search_tokens) AGAINST(? IN BOOLEAN MODE)`.
 */
export function mysqlBooleanExpression(query: string): string | null {
  const tokens = checkedTokens(query);
  return tokens === null ? null : tokens.map((t) => `+${t}`).join(' ');
}

/**
 * The stretches of `text` where a token of `query` occurs, merged and in order: exactly what made the text match
 * (every bigram of a long term, so a superset match shows where its pieces are). Offsets refer to the original text.
 */
export function highlightRanges(text: string, query: string): SearchHighlight[] {
  const wanted = new Set(queryTokens(query));
  if (wanted.size === 0) return [];
  const found: SearchHighlight[] = [];
  const mark = (token: string, start: number, end: number): void => {
    if (wanted.has(token)) found.push({ start, end });
  };
  forEachRun(text, ({ kind, cps, starts, ends }) => {
    if (kind === ASCII) mark(asciiWordToken(cps), starts[0], ends[ends.length - 1]);
    else
      for (let k = 0; k < cps.length; k++) {
        mark(unigram(cps[k]), starts[k], ends[k]);
        if (k + 1 < cps.length) mark(bigram(cps[k], cps[k + 1]), starts[k], ends[k + 1]);
      }
    return true;
  });
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: SearchHighlight[] = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * The normalised text a token stands for (养犬 for x517b72ac, pm25 for zpm25), or null when it is not one of ours:
 * for debugging stored columns, and proof that tokens are unambiguous.
 */
export function decodeToken(token: string): string | null {
  if (!TOKEN_PATTERN.test(token)) return null;
  const body = token.slice(1);
  if (token[0] === WORD) return body.length >= 3 && /^[a-z0-9]+$/.test(body) ? body : null;
  const cps: number[] = [];
  let i = 0;
  while (i < body.length) {
    const width = body[i] === SUPPLEMENTARY ? 5 : 4;
    const start = width === 5 ? i + 1 : i;
    const hex = body.slice(start, start + width);
    if (hex.length !== width || !/^[0-9a-f]+$/.test(hex)) return null;
    const cp = parseInt(hex, 16);
    // Reject non-canonical spellings (a BMP code point written with the marker) so that decoding is one-to-one.
    if ((width === 5) !== cp > 0xffff) return null;
    cps.push(cp);
    i = start + width;
  }
  if (cps.length !== (token[0] === UNIGRAM ? 1 : 2)) return null;
  return String.fromCodePoint(...cps);
}
