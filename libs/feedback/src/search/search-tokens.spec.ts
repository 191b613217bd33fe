/**
 * The search tokens without a database: their shape (what every engine indexes), normalisation, the guarantee that a
 * text is found by any piece of itself, the safety of the query expressions, decoding and highlighting.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  ASCII_WORD_MAX,
  INDEX_TOKENS_MAX_LENGTH,
  QUERY_TOKENS_MAX,
  decodeToken,
  highlightRanges,
  indexTokens,
  mysqlBooleanExpression,
  queryTokens,
  sqliteMatchExpression,
} from './search-tokens.js';
import { INNODB_DEFAULT_STOPWORDS, SAMPLE_OPINIONS, SAMPLE_QUERIES, matches } from './testing.js';

const TOKEN = /^[xyz][a-z0-9]{3,}$/;

/** A piece of generated text: the unit the substring property cuts at (an ASCII word is never cut inside). */
interface Piece {
  kind: 'wide' | 'ascii' | 'separator' | 'ignorable';
  text: string;
}
const pieceText = (p: Piece): string => p.text;
const piece = (kind: Piece['kind'], texts: fc.Arbitrary<string>): fc.Arbitrary<Piece> =>
  texts.map((text) => ({ kind, text }));
const asciiLetter = fc.constantFrom(...'abcxyzABCXYZ0159ＡＢｚ０９éǎÜ', 'e\u0301');
const textWithPieces: fc.Arbitrary<Piece[]> = fc.array(
  fc.oneof(
    {
      weight: 6,
      arbitrary: piece(
        'wide',
        fc.constantFrom(...'养犬人登记只证慈善组织的一二〇', '𠀀', '𪚥', '豈', 'が', 'й', 'ж'),
      ),
    },
    {
      weight: 3,
      arbitrary: piece(
        'ascii',
        fc.array(asciiLetter, { minLength: 1, maxLength: 5 }).map((cs) => cs.join('')),
      ),
    },
    {
      weight: 2,
      arbitrary: piece(
        'separator',
        fc.constantFrom(' ', '\u3000', '，', '。', '、', '“', '”', '.', '-', '"', '*', '(', '😀', '\n'),
      ),
    },
    { weight: 1, arbitrary: piece('ignorable', fc.constantFrom('\u200b', '\u200d', '\ufe00', '\u00ad')) },
  ),
  { maxLength: 40 },
);
const tokensOf = (text: string): string[] => (text === '' ? [] : text.split(' '));

describe('indexTokens', () => {
  it('writes overlapping bigrams and unigrams of a Chinese run, in order, as decodable ASCII', () => {
    const tokens = tokensOf(indexTokens('养犬人'));
    expect(tokens).toEqual(['y517b', 'x517b72ac', 'y72ac', 'x72ac4eba', 'y4eba']);
    expect(tokens.map(decodeToken)).toEqual(['养', '养犬', '犬', '犬人', '人']);
  });

  it('keeps each token once', () => {
    expect(tokensOf(indexTokens('犬犬犬，犬犬'))).toEqual(['y72ac', 'x72ac72ac']);
  });

  it('writes ASCII words whole, lower-cased; short ones encoded to reach 4 characters', () => {
    expect(tokensOf(indexTokens('PM2.5 AI 5G 第5条'))).toEqual([
      'zpm2',
      'y0035',
      'x00610069', // ai
      'x00350067', // 5g
      'y7b2c',
      'y6761',
    ]);
  });

  it('cuts very long ASCII words at the same length in the index and in queries', () => {
    const long = 'a'.repeat(ASCII_WORD_MAX + 10);
    expect(indexTokens(long)).toBe(`z${'a'.repeat(ASCII_WORD_MAX)}`);
    expect(queryTokens(long)).toEqual([indexTokens(long)]);
  });

  it('encodes characters outside the BMP (CJK extension B) with a marker', () => {
    expect(tokensOf(indexTokens('𠀀𪚥'))).toEqual(['yg20000', 'xg20000g2a6a5', 'yg2a6a5']);
  });

  it('is empty for text without letters or digits', () => {
    expect(indexTokens('')).toBe('');
    expect(indexTokens(' ，。！？……“”《》（）【】—— ~!@#$%^&*()_+ 😀')).toBe('');
  });

  it('never exceeds the cap and never cuts a token', () => {
    const text = Array.from({ length: 20_000 }, (_, i) =>
      String.fromCodePoint(0x4e00 + ((i * 7919) % 20_000)),
    ).join('');
    const full = indexTokens(text, Number.MAX_SAFE_INTEGER);
    const capped = indexTokens(text);
    expect(full.length).toBeGreaterThan(INDEX_TOKENS_MAX_LENGTH);
    expect(capped.length).toBeLessThanOrEqual(INDEX_TOKENS_MAX_LENGTH);
    expect(full.startsWith(`${capped} `)).toBe(true);
    expect(indexTokens('养犬人', 11)).toBe('y517b');
    expect(indexTokens('养犬人', 4)).toBe('');
  });
});

describe('normalisation', () => {
  it.each([
    ['full-width letters and digits', 'ＰＭ２．５超标', 'pm2.5超标'],
    ['upper case', 'COVID-19', 'covid-19'],
    ['pinyin tone marks', 'Yǎngquǎn', 'yangquan'],
    ['decomposed accents', 'cafe\u0301', 'café'],
    ['zero-width space inside a word', '养\u200b犬', '养犬'],
    ['variation selector', '犬\ufe00只', '犬只'],
    ['compatibility ideograph', '\uf900', '豈'],
    ['circled and Roman numerals', '①Ⅷ', '1viii'],
    ['square era name', '㍻', '平成'],
    ['punctuation of either width', '养犬，登记！', '养犬, 登记!'],
  ])('treats %s alike', (_, a, b) => {
    expect(indexTokens(a)).toBe(indexTokens(b));
  });

  it('keeps distinctions that matter outside Latin script', () => {
    expect(indexTokens('が')).not.toBe(indexTokens('か'));
    expect(indexTokens('й')).not.toBe(indexTokens('и'));
  });
});

describe('queryTokens', () => {
  it('takes the bigrams of each term', () => {
    expect(queryTokens('养犬 登记').map(decodeToken)).toEqual(['养犬', '登记']);
    expect(queryTokens('犬只登记').map(decodeToken)).toEqual(['犬只', '只登', '登记']);
  });

  it('takes the unigram of a one-character term', () => {
    expect(queryTokens('犬').map(decodeToken)).toEqual(['犬']);
    expect(queryTokens('税 pm2.5').map(decodeToken)).toEqual(['税', 'pm2', '5']);
  });

  it('is empty for a query without letters or digits', () => {
    for (const q of ['', '   ', '\u3000\t\n', '，。！', '"*+-()', '😀']) expect(queryTokens(q)).toEqual([]);
  });

  it(`keeps at most ${QUERY_TOKENS_MAX} tokens, deduplicated`, () => {
    const long = Array.from({ length: 200 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    expect(queryTokens(long)).toHaveLength(QUERY_TOKENS_MAX);
    expect(queryTokens('登记 登记 登记')).toHaveLength(1);
  });

  it.each(SAMPLE_QUERIES)('%s finds exactly the sample opinions %j', (query, ids) => {
    const found = [...SAMPLE_OPINIONS].flatMap(([id, text]) =>
      matches(indexTokens(text), queryTokens(query)) ? [id] : [],
    );
    expect(found).toEqual([...ids].sort((a, b) => a - b));
  });

  it('matches a term of 3+ characters by its bigrams, a superset of the phrase (documented)', () => {
    expect(matches(indexTokens('犬只应当登记，只登一次'), queryTokens('犬只登记'))).toBe(true);
  });
});

describe('query expressions', () => {
  it('quotes each token for FTS5 and requires them all', () => {
    expect(sqliteMatchExpression('养犬 登记')).toBe('"x517b72ac" AND "x767b8bb0"');
    expect(sqliteMatchExpression('，')).toBeNull();
  });

  it('requires every token in MySQL boolean mode', () => {
    expect(mysqlBooleanExpression('养犬 登记')).toBe('+x517b72ac +x767b8bb0');
    expect(mysqlBooleanExpression('  ')).toBeNull();
  });

  it('turns operators in user input into plain words or nothing', () => {
    const hostile = '"养犬" OR NOT 登记* -慈善 +(a NEAR b) AND {col}: ^x @1 ~y <z> \' ; DROP TABLE t; --';
    expect(sqliteMatchExpression(hostile)).toMatch(/^"[xyz][a-z0-9]+"( AND "[xyz][a-z0-9]+")*$/);
    expect(mysqlBooleanExpression(hostile)).toMatch(/^\+[xyz][a-z0-9]+( \+[xyz][a-z0-9]+)*$/);
  });
});

describe('decodeToken', () => {
  it.each([
    ['x517b72ac', '养犬'],
    ['y0035', '5'],
    ['zpm2', 'pm2'],
    ['yg20000', '𠀀'],
    ['x00610069', 'ai'],
  ])('decodes %s', (token, text) => expect(decodeToken(token)).toBe(text));

  it.each(['', 'abc', 'x517b', 'x517b72a', 'y0035ff', 'yg0035', 'yzzzz', 'zab', 'X517B72AC', 'y-035'])(
    'rejects %j',
    (token) => expect(decodeToken(token)).toBeNull(),
  );
});

describe('highlightRanges', () => {
  it('marks where the query tokens occur, merged, in original offsets', () => {
    const text = '养犬人应当为犬只办理登记';
    const ranges = highlightRanges(text, '犬只登记');
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['犬只', '登记']);
    expect(highlightRanges(text, '办理登记').map((r) => text.slice(r.start, r.end))).toEqual(['办理登记']);
  });

  it('maps normalised characters back to what the user wrote', () => {
    const text = 'ＰＭ２．５超标，pm2 与 Café';
    expect(highlightRanges(text, 'pm2 cafe').map((r) => text.slice(r.start, r.end))).toEqual([
      'ＰＭ２',
      'pm2',
      'Café',
    ]);
  });

  it('marks nothing for an empty query', () => {
    expect(highlightRanges('养犬', '，')).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------------ properties
describe('properties', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    textWithPieces.map((pieces) => pieces.map(pieceText).join('')),
  );

  it('every token is ASCII [a-z0-9], 4 to 33 characters, decodable, never an InnoDB stopword', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const index = indexTokens(text);
        const tokens = [...tokensOf(index), ...queryTokens(text)];
        for (const token of tokens) {
          expect(token).toMatch(TOKEN);
          expect(token.length).toBeLessThanOrEqual(1 + ASCII_WORD_MAX);
          expect(INNODB_DEFAULT_STOPWORDS.has(token)).toBe(false);
          // Decoding and re-encoding gives the token back: a token stands for exactly one input.
          const decoded = decodeToken(token);
          expect(decoded).not.toBeNull();
          expect(encode(token[0], decoded ?? '')).toBe(token);
        }
        expect(new Set(tokensOf(index)).size).toBe(tokensOf(index).length);
        expect(index).toMatch(/^(\S+( \S+)*)?$/);
      }),
      { numRuns: 500 },
    );
  });

  it('a text matches a query made of any stretch of itself that does not cut an ASCII word', () => {
    fc.assert(
      fc.property(
        textWithPieces.filter((p) => p.length > 0),
        fc.nat(),
        fc.nat(),
        (pieces, a, b) => {
          let start = Math.min(a % pieces.length, b % pieces.length);
          let end = Math.max(a % pieces.length, b % pieces.length) + 1;
          // Widen the stretch until both ends fall between words (ignorable characters join what surrounds them).
          while (start > 0 && insideWord(pieces, start)) start--;
          while (end < pieces.length && insideWord(pieces, end)) end++;
          const text = pieces.map(pieceText).join('');
          const query = pieces.slice(start, end).map(pieceText).join('');
          const tokens = queryTokens(query);
          expect(matches(indexTokens(text), tokens)).toBe(true);
          const hasContent = pieces.slice(start, end).some((p) => p.kind === 'ascii' || p.kind === 'wide');
          expect(tokens.length > 0).toBe(hasContent);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('expressions built from any input contain only quoted tokens and operators of our own', () => {
    const hostile = fc.array(
      fc.oneof(
        fc.constantFrom(
          '"',
          "'",
          '*',
          '+',
          '-',
          '(',
          ')',
          ':',
          '^',
          '{',
          '}',
          '~',
          '<',
          '>',
          '@',
          '\\',
          ';',
          '养犬',
        ),
        fc.constantFrom('NEAR', 'NEAR/3', 'AND', 'OR', 'NOT', 'and', ' ', '\u3000', '，', 'x517b72ac', '犬'),
        fc.string({ unit: 'binary', maxLength: 5 }),
      ),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(hostile, (parts) => {
        const query = parts.join('');
        const sqlite = sqliteMatchExpression(query);
        const mysql = mysqlBooleanExpression(query);
        expect(sqlite === null).toBe(mysql === null);
        expect(sqlite === null).toBe(queryTokens(query).length === 0);
        if (sqlite !== null) expect(sqlite).toMatch(/^"[xyz][a-z0-9]+"( AND "[xyz][a-z0-9]+")*$/);
        if (mysql !== null) expect(mysql).toMatch(/^\+[xyz][a-z0-9]+( \+[xyz][a-z0-9]+)*$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('highlights lie inside the text, in order, without overlap', () => {
    fc.assert(
      fc.property(anyText, anyText, (text, query) => {
        let last = -1;
        for (const { start, end } of highlightRanges(text, `${query} ${text.slice(0, 3)}`)) {
          expect(start).toBeGreaterThan(last);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          last = end;
        }
      }),
    );
  });
});

/** The scheme written out independently of the implementation: prefix, then each code point or the word itself. */
function encode(prefix: string, decoded: string): string {
  if (prefix === 'z') return `z${decoded}`;
  const hex = (cp: number): string =>
    cp > 0xffff ? `g${cp.toString(16).padStart(5, '0')}` : cp.toString(16).padStart(4, '0');
  return prefix + Array.from(decoded, (c) => hex(c.codePointAt(0) ?? 0)).join('');
}

/** Whether a cut before `pieces[at]` falls inside an ASCII word (its neighbours, skipping ignorables, are ASCII). */
function insideWord(pieces: readonly Piece[], at: number): boolean {
  let left = at - 1;
  while (left >= 0 && pieces[left].kind === 'ignorable') left--;
  let right = at;
  while (right < pieces.length && pieces[right].kind === 'ignorable') right++;
  return (
    left >= 0 && right < pieces.length && pieces[left].kind === 'ascii' && pieces[right].kind === 'ascii'
  );
}
