/**
 * What a submission's statements cost SQLite, the database alone (issue 16): the schema the migrations build, and for
 * each opinion what submitOpinion writes in its transaction — the opinion row (its indexes and the tally trigger), its
 * search document (with the FTS rows its trigger writes) and its audit record — ten opinions a transaction, each in a
 * savepoint, as the write queue groups them. Timed per part (the opinion alone, then with the search document, then
 * with the audit row), on the schema as migrated and on the schema before migration 1764960000000 (the single-column
 * status and liaison_unit_id indexes put back), alternated BENCH_ROUNDS times on fresh files; the best of each is
 * printed (µs per opinion), with the ratio. `synchronous = OFF`: the disk's flush is another cost (bench:submit shows
 * it); this is the CPU the statements take.
 *
 *   npm run bench:opinion-statements          # BENCH_OPINIONS (5,000 per turn), BENCH_ROUNDS (3)
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../libs/database/src/migrations/index.js';
import { indexTokens } from '../../libs/feedback/src/search/search-tokens.js';

const OPINIONS = Number(process.env.BENCH_OPINIONS ?? 5000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const GROUP = 10;

type Part = 'opinion' | 'opinion + search' | 'opinion + search + audit';
const PARTS: Part[] = ['opinion', 'opinion + search', 'opinion + search + audit'];
type Schema = 'as migrated' | 'before 1764960000000';
const SCHEMAS: Schema[] = ['before 1764960000000', 'as migrated'];

/** The little of better-sqlite3 used here (TypeORM's driver holds it). */
interface Sqlite {
  prepare(sql: string): { run(...values: unknown[]): unknown };
  exec(sql: string): void;
  pragma(sql: string): unknown;
}

const TEXT =
  '建议将第十三条第二款中的“携带小型出租汽车的”修改为“携犬乘坐小型出租汽车的”。原文表述有误，本款规范的是携犬乘坐出租汽车的行为，驾驶员有权拒绝。';

async function turn(schema: Schema, part: Part): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), 'minyi-statements-bench-'));
  const db = await new DataSource({
    type: 'better-sqlite3',
    database: join(folder, 'db.sqlite'),
    enableWAL: true,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
  }).initialize();
  try {
    await db.runMigrations();
    if (schema === 'before 1764960000000') {
      await db.query('CREATE INDEX bench_opinion_status ON opinion (status)');
      await db.query('CREATE INDEX bench_opinion_unit ON opinion (liaison_unit_id)');
    }
    const sqlite = (db.driver as unknown as { databaseConnection: Sqlite }).databaseConnection;
    sqlite.pragma('synchronous = OFF');
    const opinion = sqlite.prepare(
      `INSERT INTO opinion (id, receipt_number, task_id, contact_point_id, draft_version_id, provision_address,
        provision_citation, original_text, proposed_change, reason, channel, activity_id, people_represented, tags,
        gathered_on, place, contributor_category, contributor_unit, status, status_reason, author_account_id, author_role,
        liaison_unit_id, collector_id, expert_id, idempotency_key, content_hash, revision, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, '[]', NULL, NULL, NULL, NULL, 'ACTIVE', NULL, ?, 'COLLECTOR',
        ?, ?, NULL, ?, ?, 0, ?, ?)`,
    );
    const search = sqlite.prepare(
      'INSERT INTO search_document (owner_id, kind, task_id, contact_point_id, tokens) VALUES (?, ?, ?, ?, ?) ON CONFLICT(owner_id) DO UPDATE SET tokens = excluded.tokens',
    );
    const audit = sqlite.prepare(
      `INSERT INTO audit_record (occurred_at, actor_account_id, actor_username, action, entity_type, entity_id, before, after, request_id)
       VALUES (?, ?, 'collector', 'opinion.submit', 'Opinion', ?, NULL, ?, ?)`,
    );
    // A round of one task at a few points, 60 provisions, a few units, collectors and authors (as bench:submit's).
    const task = randomUUID();
    const version = randomUUID();
    const points = Array.from({ length: 3 }, randomUUID);
    const units = Array.from({ length: 9 }, randomUUID);
    const authors = Array.from({ length: 50 }, randomUUID);
    const channels = ['FORUM', 'COURTYARD_MEETING', 'VISIT', 'QUESTIONNAIRE', 'ONLINE'];
    const tokens = indexTokens(TEXT);
    let n = 0;
    const one = () => {
      n += 1;
      const id = randomUUID();
      const now = new Date(Date.UTC(2026, 11, 5, 2, 0, 0, n)).toISOString().replace('T', ' ').slice(0, 23);
      const author = authors[n % authors.length];
      const point = points[n % points.length];
      opinion.run(
        id,
        String(20261205000000 + n).slice(0, 14),
        task,
        point,
        version,
        `art_${(n % 60) + 1}`,
        `第${(n % 60) + 1}条`,
        '原文',
        TEXT,
        '理由',
        channels[n % channels.length],
        1 + (n % 7),
        author,
        units[n % units.length],
        author,
        `key-${n}`,
        'f'.repeat(64),
        now,
        now.slice(0, 19),
      );
      if (part !== 'opinion') search.run(id, 'opinion', task, point, tokens);
      if (part === 'opinion + search + audit')
        audit.run(
          now.slice(0, 19),
          author,
          id,
          JSON.stringify({ id, proposedChange: TEXT, taskId: task }),
          randomUUID(),
        );
    };
    const group = () => {
      sqlite.exec('BEGIN');
      for (let i = 0; i < GROUP; i++) {
        sqlite.exec('SAVEPOINT s');
        one();
        sqlite.exec('RELEASE s');
      }
      sqlite.exec('COMMIT');
    };
    for (let i = 0; i < 50; i++) group(); // warm the caches and the B-trees' first pages
    const started = performance.now();
    for (let i = 0; i < OPINIONS / GROUP; i++) group();
    return ((performance.now() - started) * 1000) / OPINIONS;
  } finally {
    await db.destroy();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const best = new Map<string, number>();
  const loads: number[] = [];
  for (let round = 0; round < ROUNDS; round++)
    for (const part of PARTS)
      for (const schema of SCHEMAS) {
        const us = await turn(schema, part);
        const key = `${schema}|${part}`;
        best.set(key, Math.min(best.get(key) ?? Infinity, us));
        loads.push(loadavg()[0]);
      }
  console.log(
    `SQLite, ${OPINIONS.toLocaleString('en')} opinions a turn in transactions of ${GROUP}, best of ${ROUNDS} (load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}), µs per opinion:`,
  );
  console.log(`  ${'statements'.padEnd(28)}${SCHEMAS.map((s) => s.padStart(22)).join('')}   ratio`);
  for (const part of PARTS) {
    const [before, after] = SCHEMAS.map((s) => best.get(`${s}|${part}`)!);
    console.log(
      `  ${part.padEnd(28)}${before.toFixed(1).padStart(22)}${after.toFixed(1).padStart(22)}   ${(after / before).toFixed(2)}`,
    );
  }
}

void main();
