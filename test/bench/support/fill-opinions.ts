/**
 * Filling a benchmark server's database directly: the synthetic 1,260-article draft, and synthetic opinions written
 * in batches (a million API calls would measure the API, not what the benchmark is about).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import mysql from 'mysql2/promise';
import { gql, type BenchServer } from '../bench-server.js';
import { generateOpinions, syntheticDraft } from './synthetic-opinions.js';
import { FAR_DEADLINE } from '../../support/dates.js';

/** The little of better-sqlite3 used here (the package ships no types; TypeORM uses it untyped too). */
interface SqliteDatabase {
  pragma(statement: string): unknown;
  prepare(sql: string): {
    run(...values: unknown[]): unknown;
    all(...values: unknown[]): unknown[];
    reader: boolean;
  };
  transaction<A extends unknown[]>(work: (...args: A) => void): (...args: A) => void;
  close(): void;
}
const Database = createRequire(import.meta.url)('better-sqlite3') as new (path: string) => SqliteDatabase;

const CHANNELS = ['FORUM', 'COURTYARD_MEETING', 'VISIT', 'QUESTIONNAIRE', 'ONLINE'];
const COLUMNS = [
  'id',
  'receipt_number',
  'task_id',
  'contact_point_id',
  'draft_version_id',
  'provision_address',
  'provision_citation',
  'original_text',
  'proposed_change',
  'reason',
  'channel',
  'people_represented',
  'tags',
  'status',
  'author_account_id',
  'author_role',
  'liaison_unit_id',
  'content_hash',
  'revision',
  'created_at',
  'updated_at',
];

export function draftText(): string {
  return ['民法典压测（草案）', ...syntheticDraft().map((a) => `${a.label}　${a.text}`)].join('\n');
}

/** Batched inserts into the server's database from the benchmark process (SQLite file or MySQL/MariaDB). */
export interface BulkWriter {
  insert(table: string, columns: readonly string[], rows: Iterable<unknown[]>): Promise<number>;
  /** Any statement, `?` placeholders. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function bulkWriter(url: string): Promise<BulkWriter> {
  if (url.startsWith('sqlite:')) {
    const db = new Database(url.slice('sqlite:'.length));
    db.pragma('busy_timeout = 10000');
    return {
      insert(table, columns, rows) {
        const statement = db.prepare(
          `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        );
        const write = db.transaction((items: unknown[][]) => items.forEach((r) => statement.run(...r)));
        let batch: unknown[][] = [];
        let count = 0;
        for (const row of rows) {
          batch.push(row);
          if (batch.length === 20_000) {
            write(batch);
            count += batch.length;
            batch = [];
          }
        }
        write(batch);
        return Promise.resolve(count + batch.length);
      },
      query<T>(sql: string, params: unknown[] = []) {
        const statement = db.prepare(sql);
        return Promise.resolve(
          (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as T[],
        );
      },
      close: () => Promise.resolve(void db.close()),
    };
  }
  const u = new URL(url);
  const connection = await mysql.createConnection({
    host: u.hostname,
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username) || 'root',
    password: decodeURIComponent(u.password),
    database: u.pathname.slice(1),
    charset: 'utf8mb4',
  });
  return {
    async insert(table, columns, rows) {
      let batch: unknown[][] = [];
      let count = 0;
      const flush = async () => {
        if (batch.length)
          await connection.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ?`, [batch]);
        count += batch.length;
        batch = [];
      };
      await connection.beginTransaction();
      for (const row of rows) {
        batch.push(row);
        if (batch.length === 2_000) await flush();
      }
      await flush();
      await connection.commit();
      return count;
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const [rows] = await connection.query(sql, params);
      return (Array.isArray(rows) ? rows : []) as T[];
    },
    close: () => connection.end(),
  };
}

/**
 * With BENCH_KEEP_DATA (bench-server.ts): what the kept task already holds from an earlier run — its opinions, whether
 * they were grouped, their search index rows and the suggestions drafted from them — so a benchmark skips those steps.
 */
export async function keptState(
  server: BenchServer,
): Promise<{ opinions: number; grouped: boolean; indexed: number; suggestions: number }> {
  const db = await bulkWriter(server.databaseUrl);
  const count = async (sql: string) =>
    Number((await db.query<{ n: unknown }>(sql, [server.taskId, server.pointId]))[0]?.n ?? 0);
  try {
    const [row] = await db.query<{ groupedAt: unknown }>(
      'SELECT grouped_at AS groupedAt FROM consolidation WHERE task_id = ? AND contact_point_id = ?',
      [server.taskId, server.pointId],
    );
    return {
      opinions: await count('SELECT COUNT(*) AS n FROM opinion WHERE task_id = ? AND contact_point_id = ?'),
      grouped: row?.groupedAt != null,
      indexed: await count(
        "SELECT COUNT(*) AS n FROM search_document WHERE task_id = ? AND contact_point_id = ? AND kind = 'opinion'",
      ),
      suggestions: await count(
        'SELECT COUNT(*) AS n FROM consolidated_suggestion WHERE consolidation_id IN (SELECT id FROM consolidation WHERE task_id = ? AND contact_point_id = ?)',
      ),
    };
  } finally {
    await db.close();
  }
}

/** Writes `count` synthetic opinions of one task into the server's database; ids are `${prefix}-000000000001`…. */
export async function fill(
  server: BenchServer,
  taskId: string,
  count: number,
  seed: number,
  prefix: string,
): Promise<void> {
  const me = await gql<{ me: { id: string } }>('{ me { id } }', {}, server.tokens.collector);
  const labels = new Map(syntheticDraft().map((a) => [a.address, a.label]));
  const now = new Date().toISOString().slice(0, 19).replace('T', ' ');
  let i = 0;
  const rows = function* () {
    for (const o of generateOpinions(count, seed)) {
      i++;
      yield [
        `${prefix}-${String(i).padStart(12, '0')}`.slice(0, 36),
        `${prefix.charCodeAt(0) % 10}${String(i).padStart(13, '0')}`,
        taskId,
        server.pointId,
        server.draftVersionId,
        o.provisionAddress,
        o.provisionAddress ? (labels.get(o.provisionAddress) ?? null) : null,
        o.originalText,
        o.proposedChange,
        o.reason,
        CHANNELS[i % CHANNELS.length],
        1 + (i % 7 === 0 ? 20 : 0),
        '[]',
        'ACTIVE',
        me.me.id,
        'COLLECTOR',
        server.unitId,
        'bench'.padEnd(64, '0'),
        1,
        now,
        now,
      ];
    }
  };
  const writer = await bulkWriter(server.databaseUrl);
  try {
    await writer.insert('opinion', COLUMNS, rows());
  } finally {
    await writer.close();
  }
}

/**
 * What an executing body does with a mass consultation's first draft, done directly in the database: per provision,
 * each suggestion standing for at least `keep` opinions (a campaign) stays a row of its own, and all the others are
 * merged into one suggestion for the provision (their sources moved to it, nothing dropped). Returns the rows left.
 */
export async function mergeSmallSuggestions(
  writer: BulkWriter,
  consolidationId: string,
  keep: number,
): Promise<number> {
  const rows = await writer.query<{ id: string; sortKey: number; sources: number }>(
    `SELECT cs.id AS id, cs.sort_key AS sortKey, COUNT(s.id) AS sources FROM consolidated_suggestion cs
     JOIN suggestion_source s ON s.suggestion_id = cs.id WHERE cs.consolidation_id = ? GROUP BY cs.id, cs.sort_key`,
    [consolidationId],
  );
  const keepers = new Map<number, string>();
  const moved = new Map<string, string[]>();
  for (const row of rows) {
    if (Number(row.sources) >= keep) continue;
    const keeper = keepers.get(Number(row.sortKey));
    if (!keeper) keepers.set(Number(row.sortKey), row.id);
    else moved.set(keeper, [...(moved.get(keeper) ?? []), row.id]);
  }
  let removed = 0;
  for (const [keeper, ids] of moved) {
    for (let at = 0; at < ids.length; at += 500) {
      const part = ids.slice(at, at + 500);
      const marks = part.map(() => '?').join(', ');
      await writer.query(`UPDATE suggestion_source SET suggestion_id = ? WHERE suggestion_id IN (${marks})`, [
        keeper,
        ...part,
      ]);
      await writer.query(`DELETE FROM consolidated_suggestion WHERE id IN (${marks})`, part);
    }
    await writer.query(`UPDATE consolidated_suggestion SET proposed_change = ? WHERE id = ?`, [
      `本条其他意见汇总（共 ${ids.length + 1} 组）：建议进一步明确本条的适用范围和法律责任。`,
      keeper,
    ]);
    removed += ids.length;
  }
  return rows.length - removed;
}

export async function newTask(server: BenchServer, title: string): Promise<string> {
  const task = await gql<{ createConsultationTask: { id: string } }>(
    'mutation($i: CreateConsultationTaskInput!) { createConsultationTask(input: $i) { id } }',
    {
      i: {
        draftVersionId: server.draftVersionId,
        title,
        noticeText: '压测',
        deadline: FAR_DEADLINE,
        contactPointIds: [server.pointId],
      },
    },
    server.tokens.legislature,
  );
  const taskId = task.createConsultationTask.id;
  await gql(`mutation { issueConsultationTask(id: "${taskId}") { id } }`, {}, server.tokens.legislature);
  return taskId;
}

/** Resets the process's peak-memory mark, so that the next read is the peak of what follows. */
export const resetPeak = (pid: number) => writeFileSync(`/proc/${pid}/clear_refs`, '5');
