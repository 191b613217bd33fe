/**
 * The search tokens in a real InnoDB FULLTEXT index (MySQL/MariaDB, default server settings): the sample queries find
 * exactly the expected opinions, stopwords cannot swallow a token, rows appear once committed, and hostile input never
 * breaks the boolean-mode expression. Runs only when SEARCH_PROBE_MYSQL_URL is set, e.g.
 * SEARCH_PROBE_MYSQL_URL=mysql://root@127.0.0.1:3306/minyi_search_probe — never the `test` database, whose tables other
 * suites drop. The database is created if missing; the table is per process and dropped at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import mysql, { type Connection, type RowDataPacket } from 'mysql2/promise';
import { indexTokens, mysqlBooleanExpression, queryTokens } from './search-tokens.js';
import { INNODB_DEFAULT_STOPWORDS, SAMPLE_OPINIONS, SAMPLE_QUERIES, matches } from './testing.js';

const url = process.env.SEARCH_PROBE_MYSQL_URL;
const describeWithMysql = url === undefined || url === '' ? describe.skip : describe;
// CI sets the URL (.ci/run): there, a missing one fails instead of silently skipping the probe.
if ((url === undefined || url === '') && process.env.CI === 'true')
  describe('InnoDB FULLTEXT (SEARCH_PROBE_MYSQL_URL)', () => {
    it('runs under CI', () => {
      throw new Error('CI=true but SEARCH_PROBE_MYSQL_URL is not set: .ci/run sets it');
    });
  });
const TABLE = `opinion_search_probe_${process.pid}`;

interface Hit {
  id: number;
  score: number;
}

describeWithMysql('InnoDB FULLTEXT (SEARCH_PROBE_MYSQL_URL)', () => {
  let db: Connection;
  let other: Connection;

  const search = async (query: string, on: Connection = db): Promise<Hit[]> => {
    const expression = mysqlBooleanExpression(query);
    if (expression === null) return [];
    const [rows] = await on.query<RowDataPacket[]>(
      `SELECT id, MATCH(search_tokens) AGAINST(? IN BOOLEAN MODE) AS score FROM ${TABLE}
       WHERE MATCH(search_tokens) AGAINST(? IN BOOLEAN MODE) ORDER BY score DESC, id`,
      [expression, expression],
    );
    return rows.map((r) => ({ id: Number(r.id), score: Number(r.score) }));
  };
  const ids = async (query: string, on?: Connection): Promise<number[]> =>
    (await search(query, on)).map((h) => h.id).sort((a, b) => a - b);

  beforeAll(async () => {
    const target = new URL(url ?? '');
    const database = decodeURIComponent(target.pathname.slice(1));
    if (!/^\w+$/.test(database) || database === 'test') {
      throw new Error(`SEARCH_PROBE_MYSQL_URL must name a database of its own, not "${database}"`);
    }
    const server = new URL(target);
    server.pathname = '';
    const admin = await mysql.createConnection(server.toString());
    await admin.query(`CREATE DATABASE IF NOT EXISTS ${database} CHARACTER SET utf8mb4`);
    await admin.end();

    db = await mysql.createConnection(target.toString());
    other = await mysql.createConnection(target.toString());
    await db.query(`DROP TABLE IF EXISTS ${TABLE}`);
    await db.query(
      `CREATE TABLE ${TABLE} (
         id INT PRIMARY KEY,
         body TEXT NOT NULL,
         search_tokens TEXT NOT NULL,
         FULLTEXT KEY ft_search_tokens (search_tokens)
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4`,
    );
    for (const [id, body] of SAMPLE_OPINIONS) {
      await db.query(`INSERT INTO ${TABLE} (id, body, search_tokens) VALUES (?, ?, ?)`, [
        id,
        body,
        indexTokens(body),
      ]);
    }
  });

  afterAll(async () => {
    await db?.query(`DROP TABLE IF EXISTS ${TABLE}`);
    await db?.end();
    await other?.end();
  });

  it('runs with the settings the scheme relies on (default stopwords, minimum token size of at most 4)', async () => {
    const [variables] = await db.query<RowDataPacket[]>(
      "SHOW VARIABLES WHERE Variable_name IN ('innodb_ft_min_token_size', 'innodb_ft_max_token_size')",
    );
    const setting = new Map(variables.map((v) => [String(v.Variable_name), Number(v.Value)]));
    expect(setting.get('innodb_ft_min_token_size')).toBeLessThanOrEqual(4);
    expect(setting.get('innodb_ft_max_token_size')).toBeGreaterThanOrEqual(33);
  });

  it('has no stopword our tokens could ever be (none begins with x, y or z)', async () => {
    const [rows] = await db.query<RowDataPacket[]>(
      'SELECT value FROM information_schema.INNODB_FT_DEFAULT_STOPWORD',
    );
    const stopwords = rows.map((r) => String(r.value));
    expect(new Set(stopwords)).toEqual(INNODB_DEFAULT_STOPWORDS);
    expect(stopwords.filter((w) => /^[xyz]/.test(w))).toEqual([]);
  });

  it.each(SAMPLE_QUERIES)('%s finds exactly %j', async (query, expected) => {
    expect(await ids(query)).toEqual([...expected].sort((a, b) => a - b));
  });

  it('ranks matches with a positive relevance', async () => {
    const hits = await search('犬');
    expect(hits.map((h) => h.id).sort()).toEqual([1, 2, 5]);
    for (const hit of hits) expect(hit.score).toBeGreaterThan(0);
  });

  it('sees a row once its transaction commits, not before (even in the same transaction)', async () => {
    await db.beginTransaction();
    try {
      await db.query(`INSERT INTO ${TABLE} (id, body, search_tokens) VALUES (?, ?, ?)`, [
        100,
        '新增：导盲犬不受限养规定限制',
        indexTokens('新增：导盲犬不受限养规定限制'),
      ]);
      expect(await ids('导盲犬')).toEqual([]);
      expect(await ids('导盲犬', other)).toEqual([]);
      await db.commit();
    } catch (error) {
      await db.rollback();
      throw error;
    }
    expect(await ids('导盲犬')).toEqual([100]);
    expect(await ids('导盲犬', other)).toEqual([100]);
    expect(await ids('犬')).toEqual([1, 2, 5, 100]);
  });

  it('sees updates and deletions once committed', async () => {
    await db.query(`UPDATE ${TABLE} SET search_tokens = ? WHERE id = 100`, [indexTokens('慈善信托的登记')]);
    expect(await ids('导盲犬')).toEqual([]);
    expect(await ids('慈善')).toEqual([3, 100]);
    await db.query(`DELETE FROM ${TABLE} WHERE id = 100`);
    expect(await ids('慈善')).toEqual([3]);
  });

  it('never errs on hostile input, and finds exactly the rows holding every query token', async () => {
    const rows = [...SAMPLE_OPINIONS].map(([id, text]) => ({ id, tokens: indexTokens(text) }));
    const fragments = [...SAMPLE_OPINIONS.values()].flatMap((t) => Array.from(t));
    const hostile = fc.array(
      fc.oneof(
        fc.constantFrom('"', "'", '*', '+', '-', '(', ')', '<', '>', '~', '@', '\\', ';', '%', '_', '\u0000'),
        fc.constantFrom('AND', 'OR', 'NOT', 'NEAR', '@3', ' ', '\u3000', 'x517b72ac', 'zpm2', 'the', 'with'),
        fc.constantFrom(...fragments),
        fc.string({ unit: 'binary', maxLength: 4 }),
      ),
      { maxLength: 12 },
    );
    await fc.assert(
      fc.asyncProperty(hostile, async (parts) => {
        const query = parts.join('');
        const tokens = queryTokens(query);
        const expected =
          tokens.length === 0 ? [] : rows.filter((r) => matches(r.tokens, tokens)).map((r) => r.id);
        expect(await ids(query)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
