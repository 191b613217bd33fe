/**
 * Shared by the search specs (pure, SQLite FTS5, MariaDB): the sample opinions and what each query must find, so that
 * both engines are held to the same expectations. Not part of the public face (index.ts).
 */

/** InnoDB's built-in stopword list (information_schema.INNODB_FT_DEFAULT_STOPWORD, MariaDB 10.11 and MySQL 8). */
export const INNODB_DEFAULT_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about an are as at be by com de en for from how i in is it la of on or that the this to was what when where ' +
    'who will with und the www'
  ).split(' '),
);

/** Sample opinions, by id. */
export const SAMPLE_OPINIONS: ReadonlyMap<number, string> = new Map([
  [1, '养犬人应当为犬只办理登记'],
  [2, '建议取消每户限养一只犬的规定'],
  [3, '慈善组织应当公开募捐信息'],
  [4, '完全无关的文字'],
  [5, '建议第5条增加：犬只登记证遗失的，养犬人可以在线补办（PM2.5监测点附近禁止遛犬）'],
  [6, '「ＡＩ」辅助立法？Yǎngquǎn管理、COVID-19'],
]);

/** Queries and the ids they must find (any order; ranking is checked separately). */
export const SAMPLE_QUERIES: ReadonlyArray<readonly [query: string, ids: readonly number[]]> = [
  ['养犬', [1, 5]],
  ['登记', [1, 5]],
  ['犬只登记', [5]], // 1 has 犬只 and 登记 but not 只登
  ['犬只 登记', [1, 5]],
  ['犬只登记证', [5]],
  ['慈善', [3]],
  ['犬', [1, 2, 5]],
  ['应当', [1, 3]],
  ['登记 慈善', []],
  ['犬人', [1, 5]], // inside 养犬人
  ['人犬', []],
  ['养犬，登记！', [1, 5]],
  ['ｐｍ２.５', [5]],
  ['pm2', [5]],
  ['第5条', [5]],
  ['ai', [6]],
  ['AI立法', [6]],
  ['yangquan', [6]],
  ['covid 19', [6]],
  ['covid', [6]],
  ['cov', []],
  ['无关', [4]],
];

/** Whether a document with these stored tokens contains every query token (what both engines compute). */
export function matches(storedTokens: string, tokens: readonly string[]): boolean {
  const stored = new Set(storedTokens.split(' '));
  return tokens.every((t) => stored.has(t));
}
