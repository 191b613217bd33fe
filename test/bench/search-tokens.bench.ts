/**
 * Benchmark of the search tokens: 100,000 generated opinions of about 100 characters (legal wording, punctuation, a
 * few ASCII words and numbers), tokenised for the index; then the same rows in an in-memory SQLite FTS5 table
 * (tokenize='ascii', several detail and content options) to show index sizes and ranked query times. Prints throughput and sizes.
 * Run: npx tsx test/bench/search-tokens.bench.ts
 */
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  indexTokens,
  queryTokens,
  sqliteMatchExpression,
} from '../../libs/feedback/src/search/search-tokens.js';

const OPINIONS = 100_000;
const TARGET_LENGTH = 100;
const SEED = 20150315; // the day the Legislation Law was amended

let state = SEED;
function random(): number {
  // mulberry32: reproducible figures from one run to the next.
  state = (state + 0x6d2b79f5) | 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

const WORDS = (
  '建议 养犬人 犬只 登记 办理 应当 取消 每户 限养 规定 慈善组织 公开 募捐 信息 个人信息 处理者 监督检查 ' +
  '有关部门 人民政府 罚款 责任 公共安全 物业服务 业主 电动自行车 充电 停放 消防 通道 噪声 扰民 社区 居民委员会 ' +
  '老年人 未成年人 保护 学校 周边 交通 安全 第三方机构 评估 听证 征求意见 草案 条款 修改 删除 增加 明确 细化 ' +
  '标准 程序 期限 工作日 补贴 资金 管理 使用 监督 执法 检查 处罚 教育 宣传 培训 数据 平台 网络 线上 线下'
).split(' ');
const PUNCTUATION = ['，', '，', '，', '。', '；', '、', '：', '“', '”', '（', '）', '！', '？'];
const ASCII = ['PM2.5', 'APP', '5G', 'AI', 'WiFi', '12345', '2025年', '第3条', '30%', 'ＧＢ／Ｔ'];

function opinion(): string {
  let text = '';
  while (text.length < TARGET_LENGTH) {
    const r = random();
    text += r < 0.8 ? pick(WORDS) : r < 0.95 ? pick(PUNCTUATION) : pick(ASCII);
  }
  return text;
}

const texts = Array.from({ length: OPINIONS }, opinion);
const chars = texts.reduce((sum, t) => sum + t.length, 0);

// Warm up so that the figures measure optimised code, not the JIT's first passes.
for (let i = 0; i < 5_000; i++) indexTokens(texts[i]);

const started = performance.now();
const stored = texts.map((t) => indexTokens(t));
const indexMs = performance.now() - started;
const tokenChars = stored.reduce((sum, s) => sum + s.length, 0);
const tokenCount = stored.reduce((sum, s) => sum + (s === '' ? 0 : s.split(' ').length), 0);
const textBytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);

const queries = ['养犬', '犬只登记', '慈善 募捐', '电动自行车 充电', '犬', 'pm2.5', '个人信息处理者'];
const queryRuns = 100_000;
const queryStarted = performance.now();
for (let i = 0; i < queryRuns; i++) queryTokens(queries[i % queries.length]);
const queryMicros = ((performance.now() - queryStarted) * 1000) / queryRuns;

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}`);
console.log(
  `${OPINIONS.toLocaleString('en')} opinions, ${chars.toLocaleString('en')} characters (${mb(textBytes)} UTF-8)`,
);
console.log(
  `indexTokens: ${indexMs.toFixed(0)} ms in all, ${((indexMs * 1000) / OPINIONS).toFixed(1)} µs per opinion, ` +
    `${(((chars / indexMs) * 1000) / 1e6).toFixed(2)} M characters/s`,
);
console.log(
  `stored tokens: ${mb(tokenChars)} (${(tokenChars / chars).toFixed(1)} bytes per character of text, ` +
    `${(tokenChars / textBytes).toFixed(1)}× the UTF-8 text), ${(tokenCount / OPINIONS).toFixed(0)} tokens per opinion`,
);
console.log(`queryTokens: ${queryMicros.toFixed(2)} µs per query`);

// ------------------------------------------------------------------------------------------------ SQLite FTS5
interface Statement {
  run(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
}
interface SqliteDatabase {
  exec(sql: string): void;
  prepare(sql: string): Statement;
  transaction(fn: () => void): () => void;
  close(): void;
}
const Database = createRequire(import.meta.url)('better-sqlite3') as new (filename: string) => SqliteDatabase;

const CONFIGURATIONS = [
  'detail=full',
  "detail=full, content='', contentless_delete=1",
  'detail=column',
  'detail=none',
];
for (const options of CONFIGURATIONS) {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE opinion_search USING fts5(search_tokens, tokenize='ascii', ${options})`);
  const insert = db.prepare('INSERT INTO opinion_search (rowid, search_tokens) VALUES (?, ?)');
  const insertStarted = performance.now();
  db.transaction(() => stored.forEach((s, i) => insert.run(i + 1, s)))();
  db.exec("INSERT INTO opinion_search (opinion_search) VALUES ('optimize')");
  const insertMs = performance.now() - insertStarted;
  const pages = db.prepare('PRAGMA page_count').get() as { page_count: number };
  const pageSize = db.prepare('PRAGMA page_size').get() as { page_size: number };
  const [data] = db.prepare('SELECT SUM(LENGTH(block)) AS bytes FROM opinion_search_data').all() as {
    bytes: number;
  }[];
  console.log(
    `\nFTS5 ${options}: insert + optimize ${insertMs.toFixed(0)} ms; database ${mb(pages.page_count * pageSize.page_size)}` +
      ` (inverted index ${mb(data.bytes)}; the rest: the token column if stored, document sizes, b-tree pages)`,
  );
  const search = db.prepare(
    'SELECT rowid FROM opinion_search WHERE opinion_search MATCH ? ORDER BY bm25(opinion_search) LIMIT 20',
  );
  const count = db.prepare('SELECT COUNT(*) AS n FROM opinion_search WHERE opinion_search MATCH ?');
  for (const q of queries) {
    const expression = sqliteMatchExpression(q) ?? '';
    const runs = 20;
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) search.all(expression);
    const ms = (performance.now() - t0) / runs;
    const { n } = count.get(expression) as { n: number };
    console.log(
      `  ${q.padEnd(10, '　')} ${String(n).padStart(6)} hits, top 20 by bm25 in ${ms.toFixed(2)} ms`,
    );
  }
  db.close();
}
