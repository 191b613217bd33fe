import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger } from '@nestjs/common';
import type { DataSource, QueryRunner } from 'typeorm';
import { isDatabaseUnavailable } from './connection-failure.js';

/**
 * Read replicas (issue 17): with DATABASE_REPLICA_URLS, the reads of GraphQL *queries* (the ledger, the workbench's
 * counts, searches, lists) may be served by a MySQL/MariaDB replica; everything else uses the primary:
 *
 * - **Only reads of a query operation, and only once the caller is known.** Each HTTP request carries a ReadRoute
 *   (AsyncLocalStorage); it starts on the primary. The GraphQL layer marks the operation (query or mutation) and the
 *   auth guard, after it has loaded the caller's account from the primary, decides: a query by a signed-in caller who
 *   has not written within REPLICA_READ_AFTER_WRITE_MS reads from a replica. Mutations, anonymous requests, file
 *   downloads, jobs, startup and migrations never do.
 * - **Writes and transactions always use the primary.** Only TypeORM's SELECT builders without a query runner of
 *   their own (find, findOne, getMany, getCount… — TypeORM asks `defaultReplicationModeForReads()`) and raw SELECTs
 *   through `dataSource.query` / `manager.query` are routed; a transaction's reads stay in its transaction.
 * - **Read-your-own-writes.** A committed transaction marks the request's caller as a writer for
 *   REPLICA_READ_AFTER_WRITE_MS: their reads go to the primary for that long (kept in this process, and in Redis when
 *   REDIS_URL is set, so that another instance honours it too). Once a request has committed a write, its own later
 *   reads also go to the primary.
 * - **A replica that fails is skipped.** Obtaining a replica connection that fails, or a replica statement failing
 *   because the server cannot be reached, is retried on the primary (the request does not fail); the replica is left
 *   out for REPLICA_RETRY_MS before it is tried again.
 */
export const READ_REPLICA_DEFAULTS = {
  /** REPLICA_READ_AFTER_WRITE_MS: how long after a write a caller's reads stay on the primary. */
  readAfterWriteMs: 5000,
  /** The bounds of that setting. */
  minReadAfterWriteMs: 0,
  maxReadAfterWriteMs: 300_000,
  /** A replica that failed to connect is left out of the pool this long before it is tried again. */
  retryMs: 10_000,
  /** The longest a read waits for Redis to say whether its caller wrote recently (then: the primary). */
  redisWaitMs: 500,
} as const;

/** The Redis connection the read-after-write marks are shared through (a subset of ioredis's client). */
export interface ReadAfterWriteStore {
  set(key: string, value: string, mode: 'PX', ms: number): Promise<unknown>;
  exists(key: string): Promise<number>;
}

/** Per request: where its reads go. */
interface ReadRoute {
  operation?: 'query' | 'mutation' | 'subscription';
  account?: string;
  decided: boolean;
  replica: boolean;
  wrote: boolean;
}

const requestReads = new AsyncLocalStorage<ReadRoute>();

/** Runs `next` (the rest of an HTTP request's handling) with its own read route, on the primary until decided. */
export function trackRequestReads<T>(next: () => T): T {
  return requestReads.run({ decided: false, replica: false, wrote: false }, next);
}

/** Says which kind of GraphQL operation the current request runs (only a query's reads may go to a replica). */
export function markOperation(operation: 'query' | 'mutation' | 'subscription'): void {
  const route = requestReads.getStore();
  if (route && !route.operation) route.operation = operation;
}

/**
 * Runs `work` with its reads on the primary whatever the request's route: what decides about access (the caller's
 * account and grants) and what is kept in a cache (a replica's lagging row would be kept for the cache's lifetime).
 */
export function readFromPrimary<T>(work: () => Promise<T>): Promise<T> {
  const route = requestReads.getStore();
  if (!route?.replica) return work();
  return requestReads.run({ ...route, replica: false }, work);
}

/** Whether the current request's reads go to a replica now. */
export function readsGoToReplica(): boolean {
  const route = requestReads.getStore();
  return Boolean(route?.replica && !route.wrote);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * The application's replica routing: whether replicas are configured, the read-after-write marks, and the counts of
 * what was routed (for tests and logs). One per data source (the DatabaseModule provides it).
 */
export class ReadReplicas {
  private readonly logger = new Logger('ReadReplicas');
  /** Account id → until when (ms since the epoch) its reads stay on the primary. */
  private readonly recentWriters = new Map<string, number>();
  private shared: { store: ReadAfterWriteStore; keyPrefix: string } | null = null;
  private lastFallbackLog = 0;
  /** Reads sent to a replica, and replica reads that fell back to the primary. */
  readonly counts = { replicaReads: 0, fallbacks: 0 };

  constructor(
    readonly enabled: boolean,
    readonly readAfterWriteMs: number = READ_REPLICA_DEFAULTS.readAfterWriteMs,
  ) {}

  /** Shares the read-after-write marks through Redis (REDIS_URL), so that every instance honours them. */
  share(store: ReadAfterWriteStore, keyPrefix: string): void {
    this.shared = { store, keyPrefix };
  }

  private key(accountId: string): string {
    return `${this.shared!.keyPrefix}read-after-write:${accountId}`;
  }

  /**
   * Called by the auth guard once the caller is known (their account read from the primary): a query by a caller who
   * has not written recently reads from a replica from here on.
   */
  async decide(accountId: string): Promise<void> {
    const route = requestReads.getStore();
    if (!route) return;
    route.account ??= accountId;
    if (!this.enabled || route.operation !== 'query' || route.decided) return;
    route.decided = true;
    route.replica = !(await this.wroteRecently(accountId));
  }

  /** Whether the account committed a write within the window (here, or — with Redis — at any instance). */
  async wroteRecently(accountId: string): Promise<boolean> {
    const until = this.recentWriters.get(accountId);
    if (until !== undefined) {
      if (until > Date.now()) return true;
      this.recentWriters.delete(accountId);
    }
    if (!this.shared || this.readAfterWriteMs <= 0) return false;
    try {
      return (
        (await withTimeout(
          this.shared.store.exists(this.key(accountId)),
          READ_REPLICA_DEFAULTS.redisWaitMs,
        )) > 0
      );
    } catch (error) {
      // Not knowing is treated as "wrote": the primary always has the caller's writes.
      this.logger.warn(
        `无法从 Redis 读取写后读标记，本次读主库 (read-after-write mark unreadable, reading the primary): ${(error as Error).message}`,
      );
      return true;
    }
  }

  /** A transaction committed in the current request: its caller reads from the primary for the window. */
  async noteCommit(): Promise<void> {
    const route = requestReads.getStore();
    if (!route) return;
    route.wrote = true;
    if (route.account) await this.noteWrite(route.account);
  }

  /** Marks the account as a recent writer (here at once; in Redis before the caller is answered). */
  async noteWrite(accountId: string): Promise<void> {
    if (!this.enabled || this.readAfterWriteMs <= 0) return;
    this.recentWriters.set(accountId, Date.now() + this.readAfterWriteMs);
    if (this.recentWriters.size > 10_000) {
      const now = Date.now();
      for (const [id, until] of this.recentWriters) if (until <= now) this.recentWriters.delete(id);
    }
    if (!this.shared) return;
    try {
      await withTimeout(
        this.shared.store.set(this.key(accountId), '1', 'PX', this.readAfterWriteMs),
        READ_REPLICA_DEFAULTS.redisWaitMs,
      );
    } catch (error) {
      this.logger.warn(
        `写后读标记未能写入 Redis，其他实例可能在 ${this.readAfterWriteMs} ms 内读到副本的旧数据 ` +
          `(read-after-write mark not shared): ${(error as Error).message}`,
      );
    }
  }

  /** A replica read fell back to the primary: counted, and logged at most once every 10 s. */
  fellBack(error: unknown): void {
    this.counts.fallbacks += 1;
    if (Date.now() - this.lastFallbackLog < 10_000) return;
    this.lastFallbackLog = Date.now();
    this.logger.warn(
      `只读副本不可用，读取改由主库完成 (a read replica is unavailable; reading the primary): ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }
}

/** Statements a replica may serve: a SELECT (or WITH … SELECT) that takes no locks. */
const READ_ONLY_SQL = /^\s*(\(\s*)*(SELECT|WITH)\b/i;
const LOCKING_SQL = /\bFOR\s+UPDATE\b|\bLOCK\s+IN\s+SHARE\s+MODE\b|\bFOR\s+SHARE\b/i;

interface MysqlDriverInternals {
  isReplicated?: boolean;
  obtainMasterConnection(): Promise<unknown>;
  obtainSlaveConnection(): Promise<unknown>;
  createQueryRunner(mode: 'master' | 'slave'): QueryRunner;
}

interface RunnerInternals {
  mode: 'master' | 'slave';
  databaseConnection?: { release(): void; destroy?(): void };
  databaseConnectionPromise?: Promise<unknown>;
  isTransactionActive: boolean;
  query(...args: unknown[]): Promise<unknown>;
  commitTransaction(): Promise<void>;
}

/**
 * Installs the routing on a data source built with TypeORM's `replication` options (a no-op otherwise): see the
 * comment at the top of this file.
 */
export function routeReads(db: DataSource, replicas: ReadReplicas): DataSource {
  const driver = db.driver as unknown as MysqlDriverInternals;
  if (!replicas.enabled || !driver.isReplicated) return db;

  // SELECT builders without a query runner ask this; TypeORM's own answer would be "slave" for every read.
  (db as unknown as { defaultReplicationModeForReads(): 'master' | 'slave' }).defaultReplicationModeForReads =
    () => {
      if (!readsGoToReplica()) return 'master';
      replicas.counts.replicaReads += 1;
      return 'slave';
    };

  // No replica connection (all down, or left out after failing): the primary's.
  const obtainSlave = driver.obtainSlaveConnection.bind(driver);
  driver.obtainSlaveConnection = async () => {
    try {
      return await obtainSlave();
    } catch (error) {
      replicas.fellBack(error);
      return driver.obtainMasterConnection();
    }
  };

  // A replica statement that fails because the server went away is run again on the primary; every commit on the
  // primary marks the request's caller as a recent writer.
  const createRunner = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode: 'master' | 'slave') => {
    const runner = createRunner(mode) as unknown as RunnerInternals;
    if (mode === 'slave') {
      const query = runner.query.bind(runner);
      runner.query = async (...args: unknown[]) => {
        try {
          return await query(...args);
        } catch (error) {
          if (runner.mode !== 'slave' || runner.isTransactionActive || !isDatabaseUnavailable(error))
            throw error;
          replicas.fellBack(error);
          const lost = runner.databaseConnection;
          runner.databaseConnection = undefined;
          runner.databaseConnectionPromise = undefined;
          runner.mode = 'master';
          if (lost) (lost.destroy ?? lost.release).call(lost);
          return query(...args);
        }
      };
    } else {
      const commit = runner.commitTransaction.bind(runner);
      runner.commitTransaction = async () => {
        await commit();
        await replicas.noteCommit();
      };
    }
    return runner as unknown as QueryRunner;
  };

  // Raw SELECTs (searches, some workbench lists) when the caller passes no query runner of their own.
  const onReplica = async (sql: string, parameters?: unknown[]) => {
    replicas.counts.replicaReads += 1;
    const runner = db.createQueryRunner('slave');
    try {
      return (await runner.query(sql, parameters)) as unknown;
    } finally {
      await runner.release();
    }
  };
  const routable = (sql: unknown, runner: unknown) =>
    runner === undefined &&
    typeof sql === 'string' &&
    readsGoToReplica() &&
    READ_ONLY_SQL.test(sql) &&
    !LOCKING_SQL.test(sql);
  const dbQuery = db.query.bind(db) as (
    sql: string,
    parameters?: unknown[],
    runner?: QueryRunner,
  ) => Promise<unknown>;
  (db as unknown as { query: typeof dbQuery }).query = (sql, parameters, runner) =>
    routable(sql, runner) ? onReplica(sql, parameters) : dbQuery(sql, parameters, runner);
  const manager = db.manager;
  const managerQuery = manager.query.bind(manager) as (
    sql: string,
    parameters?: unknown[],
  ) => Promise<unknown>;
  (manager as unknown as { query: typeof managerQuery }).query = (sql, parameters) =>
    routable(sql, manager.queryRunner) ? onReplica(sql, parameters) : managerQuery(sql, parameters);
  return db;
}
