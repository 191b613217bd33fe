import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions, MixedList, EntitySchema, Logger as TypeOrmLogger } from 'typeorm';
import { parseDatabaseUrl } from './database-url.js';
import { MIGRATIONS } from './migrations/index.js';
import { READ_REPLICA_DEFAULTS } from './read-replicas.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;

export interface DataSourceSettings {
  url: string;
  entities: EntityList;
  /** Log every SQL statement (debugging). */
  logging?: boolean;
  /** MySQL/MariaDB: the longest one statement may take (DEFAULT_QUERY_TIMEOUT_MS when absent). */
  queryTimeoutMs?: number;
  /** SQLite: FULL (default) fsyncs the WAL at every commit; NORMAL only at checkpoints (see the README). */
  sqliteSynchronous?: SqliteSynchronous;
  /** MySQL/MariaDB read replicas (DATABASE_REPLICA_URLS): TypeORM's replication, the primary being `url`. */
  replicaUrls?: readonly string[];
}

export const SQLITE_SYNCHRONOUS = ['FULL', 'NORMAL'] as const;
export type SqliteSynchronous = (typeof SQLITE_SYNCHRONOUS)[number];
/**
 * Where SQLite's checkpoints run (SQLITE_CHECKPOINT): `thread` (the default: a thread with its own connection, after
 * write groups — wal-checkpoint.ts) or `commit` (SQLite's default: inside the COMMIT that takes the WAL past 1,000
 * pages, holding the event loop).
 */
export const SQLITE_CHECKPOINT = ['thread', 'commit'] as const;
export type SqliteCheckpoint = (typeof SQLITE_CHECKPOINT)[number];

/** Read replicas need MySQL/MariaDB: with SQLite (one file, one process) there is nothing to replicate to. */
export const REPLICA_ON_SQLITE =
  'DATABASE_REPLICA_URLS 只能与 MySQL/MariaDB 的 DATABASE_URL 一起使用，且每个副本地址都应以 mysql:// 或 mariadb:// 开头' +
  '（SQLite 没有只读副本）。 DATABASE_REPLICA_URLS needs a MySQL/MariaDB DATABASE_URL and mysql:// or mariadb:// ' +
  'replica URLs (SQLite has no read replicas).';

/**
 * Bounded waits on MySQL/MariaDB, so that a database that hangs (frozen, a lost network path) fails requests instead of
 * holding them forever: opening a connection, and each statement (the connection is then dropped and replaced).
 * Streamed reads (grouping a million opinions) are not statements in this sense and are not cut.
 */
export const DATABASE_TIMEOUTS = { connectMs: 5000 } as const;
export const DEFAULT_QUERY_TIMEOUT_MS = 30_000;

/**
 * MySQL/MariaDB connections per instance. A transaction holds one for all its round trips and its COMMIT's redo-log
 * fsync; with 10, 50 concurrent submissions queued for a connection and InnoDB's group commit had at most 10
 * transactions to share each fsync. `npm run bench:submit` on MariaDB, 50 clients, back-to-back pairs on the shared
 * 2-core machine (issue 16): 10 → 40 connections gave 228 → 405 submissions/s (p99 636 → 329 ms, 2.39 → 1.89 ms of
 * server CPU each) at load 7–8, and 338 → 635/s (p99 347 → 141 ms, 2.01 → 1.54 ms) at load 5. Mind the server's
 * max_connections (151 by default) across instances.
 */
export const DATABASE_POOL_CONNECTIONS = 40;

/**
 * TypeORM options for the configured database. Never `synchronize`: the schema comes from migrations only, run on
 * start and by `npm run cli -- migrate`.
 */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  const target = parseDatabaseUrl(settings.url);
  if (target.kind === 'sqlite' && settings.replicaUrls?.length) throw new Error(REPLICA_ON_SQLITE);
  const common = {
    entities: settings.entities,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each' as const,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: settings.logging ?? false,
    // TypeORM prints slow statements (with their parameters) to the console whatever `logging` says: not in our logs.
    ...(settings.logging ? {} : { logger: QUIET_LOGGER }),
  };
  if (target.kind === 'sqlite') {
    if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: target.path,
      enableWAL: target.path !== ':memory:',
      timeout: 5000,
      // Prepared statements kept on the (one) connection. TypeORM's default is 100, evicted first-in first-out however
      // often used: 100 other statement texts (an IN list of each length is one) and a submission's INSERT is compiled
      // again — 127 µs for the opinion's, with its ten indexes and tally trigger, against ~25 µs to run it (issue 16).
      statementCacheSize: 1000,
      // A receipt promises the opinion is stored: with WAL's default (NORMAL) a commit is not fsynced until the next
      // checkpoint, so a power cut could lose acknowledged writes. FULL fsyncs the WAL at every commit.
      // NORMAL may be chosen (SQLITE_SYNCHRONOUS) where losing the last commits on power loss is acceptable.
      prepareDatabase: (db: { pragma(source: string): unknown }) => {
        db.pragma(`synchronous = ${settings.sqliteSynchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
        // Statement journals (what undoes one statement inside a transaction) in memory, not in a temporary file: an
        // opinion's INSERT touches ~12 B-trees and its tally trigger, so inside a write group its journal passed
        // SQLite's 64 KiB spill threshold and was written to a temp file page by page — 77 page writes per submission
        // instead of the WAL's 22; a submission's three INSERTs took 266 µs, 83 µs with this (issue 16). Temp files
        // never serve crash recovery (the WAL does): durability is unchanged. Temporary sort and index B-trees stay in
        // memory too (a large unindexed ORDER BY uses RAM, not /tmp).
        db.pragma('temp_store = MEMORY');
      },
    };
  }
  const credentials = {
    host: target.host,
    port: target.port,
    username: target.username,
    password: target.password,
    database: target.database,
  };
  const replicas = (settings.replicaUrls ?? []).map((url) => {
    const replica = parseDatabaseUrl(url);
    if (replica.kind !== 'mysql') throw new Error(REPLICA_ON_SQLITE);
    return {
      host: replica.host,
      port: replica.port,
      username: replica.username,
      password: replica.password,
      database: replica.database,
    };
  });
  return {
    ...common,
    type: target.flavour,
    ...(replicas.length
      ? {
          // The primary serves everything unless read-replicas.ts routes a read to a replica (TypeORM's own default
          // would send every SELECT builder to one). A replica that fails to connect is left out for retryMs.
          replication: {
            master: credentials,
            slaves: replicas,
            defaultMode: 'master' as const,
            canRetry: true,
            removeNodeErrorCount: 1,
            restoreNodeTimeout: READ_REPLICA_DEFAULTS.retryMs,
            selector: 'RR' as const,
          },
        }
      : credentials),
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    connectTimeout: DATABASE_TIMEOUTS.connectMs,
    enableQueryTimeout: true,
    maxQueryExecutionTime: settings.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
    // mysql2's `trace` (on by default) captures a JavaScript stack trace (`Error.captureStackTrace`) before every
    // query, to graft onto the error should the query fail: 7.5% of a submission's server CPU on MariaDB in the
    // profile of `npm run bench:submit` (about 130 µs of ~1.8 ms, five queries each), for a stack that only says
    // which TypeORM call sent the statement — our errors name the operation and the request already.
    extra: { connectionLimit: DATABASE_POOL_CONNECTIONS, trace: false },
  };
}

/** A TypeORM logger that prints nothing (tests still count statements by wrapping its logQuery). */
const QUIET_LOGGER: TypeOrmLogger = {
  logQuery: () => undefined,
  logQueryError: () => undefined,
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};
