/**
 * The search tokens in a real SQLite FTS5 table (better-sqlite3, in memory): the sample queries find exactly the
 * expected opinions, ranked by bm25, with the table settings we recommend and the alternatives; hostile input never
 * breaks the MATCH expression, and the engine agrees with the pure model (every query token present).
 *
 * Recommended table: `CREATE VIRTUAL TABLE opinion_search USING fts5(search_tokens, tokenize='ascii', content='',
 * contentless_delete=1)`, rowid = the opinion's id. 'ascii' splits on ASCII non-alphanumerics (our tokens are [a-z0-9]
 * separated by spaces) and needs no Unicode tables, so the SQLite version cannot change what it sees; unicode61 works
 * too. Contentless (the opinion row keeps the text; tokens are recomputed from it) with the default detail=full is the
 * smallest and fastest to rank in the benchmark (test/bench/search-tokens.bench.ts); contentless_delete=1 (SQLite ≥
 * 3.43) lets rows be updated and deleted. With detail=none or column, bm25 needs the stored content: slower when it is
 * stored, always 0 when it is not.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { indexTokens, queryTokens, sqliteMatchExpression } from './search-tokens.js';
import { SAMPLE_OPINIONS, SAMPLE_QUERIES, matches } from './testing.js';

// better-sqlite3 ships no types and @types/better-sqlite3 is not installed: type the little used here.
interface Statement {
  run(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}
interface SqliteDatabase {
  exec(sql: string): void;
  prepare(sql: string): Statement;
  close(): void;
}
const Database = createRequire(import.meta.url)('better-sqlite3') as new (filename: string) => SqliteDatabase;

interface Hit {
  id: number;
  score: number;
}

const RECOMMENDED = "tokenize='ascii', content='', contentless_delete=1";
const CONFIGURATIONS = [
  RECOMMENDED,
  "tokenize='ascii', detail=full",
  "tokenize='ascii', detail=none",
  "tokenize='unicode61 remove_diacritics 0', detail=column",
  "tokenize='unicode61', content='', contentless_delete=1",
];

describe.each(CONFIGURATIONS)('SQLite FTS5 (%s)', (options) => {
  let db: SqliteDatabase;
  const search = (query: string): Hit[] => {
    const expression = sqliteMatchExpression(query);
    if (expression === null) return [];
    return db
      .prepare(
        `SELECT rowid AS id, bm25(opinion_search) AS score FROM opinion_search
         WHERE opinion_search MATCH ? ORDER BY bm25(opinion_search), rowid`,
      )
      .all(expression) as Hit[];
  };

  beforeAll(() => {
    db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE opinion_search USING fts5(search_tokens, ${options})`);
    const insert = db.prepare('INSERT INTO opinion_search (rowid, search_tokens) VALUES (?, ?)');
    for (const [id, text] of SAMPLE_OPINIONS) insert.run(id, indexTokens(text));
  });
  afterAll(() => db.close());

  it.each(SAMPLE_QUERIES)('%s finds exactly %j', (query, ids) => {
    expect(
      search(query)
        .map((h) => h.id)
        .sort((a, b) => a - b),
    ).toEqual([...ids].sort((a, b) => a - b));
  });

  it('ranks with bm25: with every token present once, the shorter opinion first', () => {
    const hits = search('登记');
    expect(hits.map((h) => h.id)).toEqual([1, 5]);
    expect(hits[0].score).toBeLessThan(hits[1].score); // bm25() is negative: lower is better
  });

  it('sees updates and deletions', () => {
    db.prepare('UPDATE opinion_search SET search_tokens = ? WHERE rowid = 4').run(
      indexTokens('慈善信托的登记'),
    );
    expect(search('慈善').map((h) => h.id)).toEqual([4, 3]);
    expect(search('无关')).toEqual([]);
    db.prepare('DELETE FROM opinion_search WHERE rowid = 4').run();
    expect(search('慈善').map((h) => h.id)).toEqual([3]);
    db.prepare('INSERT INTO opinion_search (rowid, search_tokens) VALUES (4, ?)').run(
      indexTokens(SAMPLE_OPINIONS.get(4) ?? ''),
    );
    expect(search('无关').map((h) => h.id)).toEqual([4]);
  });
});

describe('SQLite FTS5 and hostile input', () => {
  let db: SqliteDatabase;
  const rows = [...SAMPLE_OPINIONS].map(([id, text]) => ({ id, tokens: indexTokens(text) }));

  beforeAll(() => {
    db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE opinion_search USING fts5(search_tokens, ${RECOMMENDED})`);
    const insert = db.prepare('INSERT INTO opinion_search (rowid, search_tokens) VALUES (?, ?)');
    for (const { id, tokens } of rows) insert.run(id, tokens);
  });
  afterAll(() => db.close());

  it('would fail if user input reached MATCH unencoded (why the expression is built, not passed through)', () => {
    const match = db.prepare('SELECT rowid FROM opinion_search WHERE opinion_search MATCH ?');
    for (const raw of ['养犬"', 'NEAR(', '登记 AND', '-慈善', '*']) expect(() => match.all(raw)).toThrow();
  });

  it('never errs, and finds exactly the rows holding every query token', () => {
    const match = db.prepare(
      'SELECT rowid AS id FROM opinion_search WHERE opinion_search MATCH ? ORDER BY rowid',
    );
    const fragments = [...SAMPLE_OPINIONS.values()].flatMap((t) => Array.from(t));
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
          '\u0000',
        ),
        fc.constantFrom(
          'NEAR',
          'NEAR/3',
          'AND',
          'OR',
          'NOT',
          'search_tokens:',
          ' ',
          '\u3000',
          'x517b72ac',
          'zpm2',
        ),
        fc.constantFrom(...fragments),
        fc.string({ unit: 'binary', maxLength: 4 }),
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(hostile, (parts) => {
        const query = parts.join('');
        const expression = sqliteMatchExpression(query);
        if (expression === null) return;
        const found = (match.all(expression) as Hit[]).map((h) => h.id);
        const tokens = queryTokens(query);
        expect(found).toEqual(rows.filter((r) => matches(r.tokens, tokens)).map((r) => r.id));
      }),
      { numRuns: 1000 },
    );
  });
});
