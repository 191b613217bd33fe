import { Logger } from '@nestjs/common';
import { contextSlot } from '@app/common';
import mysql from 'mysql2/promise';
import type { DataSource, QueryRunner } from 'typeorm';
import { isDatabaseUnavailable } from './connection-failure.js';
import { parseDatabaseUrl, redactDatabaseUrl } from './database-url.js';
import { REPLICA_LAG_DEFAULTS, ReplicaLag, type LagProbe } from './replica-lag.js';

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
 * - **A replica that lags is skipped.** Every REPLICA_LAG_CHECK_MS each replica's lag is measured (replica-lag.ts); one
 *   more than REPLICA_MAX_LAG_MS behind, or that cannot be asked, leaves the rotation until it has caught up. With
 *   no replica in the rotation, reads that would have gone to one go to the primary (counted as `laggedReads`).
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

const requestReads = contextSlot<ReadRoute>('requestReads');

/** Runs `next` (the rest of an HTTP request's handling) with its own read route, on the primary until decided. */
export function trackRequestReads<T>(next: () => T): T {
  return requestReads.run({ decided: false, replica: false, wrote: false }, next);
}

/** Says which kind of GraphQL operation the current request runs (only a query's reads may go to a replica). */
export function markOperation(operation: 'query' | 'mutation' | 'subscription'): void {
  const route = requestReads.get();
  if (route && !route.operation) route.operation = operation;
}

/**
 * Runs `work` with its reads on the primary whatever the request's route: what decides about access (the caller's
 * account and grants) and what is kept in a cache (a replica's lagging row would be kept for the cache's lifetime).
 */
export function readFromPrimary<T>(work: () => Promise<T>): Promise<T> {
  const route = requestReads.get();
  if (!route?.replica) return work();
  return requestReads.run({ ...route, replica: false }, work);
}

/** Whether the current request's reads go to a replica now. */
export function readsGoToReplica(): boolean {
  const route = requestReads.get();
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
  /**
   * Reads sent to a replica, replica reads that fell back to the primary, and reads that would have gone to a replica
   * but went to the primary because every replica was out of the rotation (lagging or not answering its lag check).
   */
  readonly counts = { replicaReads: 0, fallbacks: 0, laggedReads: 0 };
  /** Each replica's lag and whether it is in the read rotation (null until lag checks start). */
  lag: ReplicaLag | null = null;
  private lagTimer: NodeJS.Timeout | undefined;
  private lagConnections: Array<mysql.Connection | undefined> = [];
  private lagCheck: Promise<void> | undefined;
  private roundRobin = 0;

  constructor(
    readonly enabled: boolean,
    readonly readAfterWriteMs: number = READ_REPLICA_DEFAULTS.readAfterWriteMs,
    readonly lagSettings: { maxLagMs: number; checkMs: number } = {
      maxLagMs: REPLICA_LAG_DEFAULTS.maxLagMs,
      checkMs: REPLICA_LAG_DEFAULTS.checkMs,
    },
  ) {}

  /**
   * The replicas reads may go to now (indexes into DATABASE_REPLICA_URLS), in turn: round robin over those in the
   * rotation; an empty list when none is.
   */
  nextReplica(): number | undefined {
    const inRotation = this.lag ? this.lag.inRotation() : undefined;
    if (!inRotation) return undefined;
    if (inRotation.length === 0) return -1;
    this.roundRobin = (this.roundRobin + 1) % inRotation.length;
    return inRotation[this.roundRobin];
  }

  /** Whether some replica is in the rotation (always, before lag checks start or without them). */
  anyInRotation(): boolean {
    return !this.lag || this.lag.inRotation().length > 0;
  }

  /**
   * Starts checking the replicas' lag every REPLICA_LAG_CHECK_MS on connections of its own (a check never waits for
   * the request pools). The first check runs at once; the timer does not keep the process alive.
   */
  startLagChecks(primaryUrl: string, replicaUrls: readonly string[]): void {
    if (!this.enabled || this.lagTimer || replicaUrls.length === 0) return;
    const urls = [primaryUrl, ...replicaUrls];
    this.lag = new ReplicaLag(replicaUrls.length, this.lagSettings.maxLagMs, this.logger, (index) =>
      redactDatabaseUrl(replicaUrls[index]),
    );
    // A server answers a check within the interval (at least 0.5 s, at most maxAnswerMs), or counts as not answering.
    const waitMs = Math.min(Math.max(this.lagSettings.checkMs, 500), REPLICA_LAG_DEFAULTS.maxAnswerMs);
    const ask = async (node: number, sql: string): Promise<string> => {
      try {
        let connection = this.lagConnections[node];
        if (!connection) {
          const target = parseDatabaseUrl(urls[node]);
          if (target.kind !== 'mysql') throw new Error('not MySQL/MariaDB');
          connection = await withTimeout(
            mysql.createConnection({
              host: target.host,
              port: target.port,
              user: target.username,
              password: target.password,
              connectTimeout: waitMs,
            }),
            waitMs,
          );
          connection.on('error', () => undefined);
          this.lagConnections[node] = connection;
        }
        const [rows] = await withTimeout(connection.query(sql), waitMs);
        const position = (rows as Array<{ position?: unknown }>)[0]?.position;
        return typeof position === 'string' ? position : '';
      } catch (error) {
        this.lagConnections[node]?.destroy();
        this.lagConnections[node] = undefined;
        throw error;
      }
    };
    let unsupported = false;
    const probe: LagProbe = {
      primaryPosition: async () => {
        try {
          return await ask(0, 'SELECT @@gtid_binlog_pos AS position');
        } catch (error) {
          if ((error as { code?: string }).code === 'ER_UNKNOWN_SYSTEM_VARIABLE' && !unsupported) {
            // MySQL has no @@gtid_binlog_pos: replicas stay in the rotation unchecked (as before lag checks).
            unsupported = true;
            this.logger.warn(
              '主库不是 MariaDB（没有 @@gtid_binlog_pos），无法检查只读副本的延迟，副本始终参与读取 ' +
                '(replica lag is checked on MariaDB only; replicas stay in the rotation)',
            );
            void this.stopLagChecks();
          }
          throw error;
        }
      },
      replicaPosition: (index) => ask(index + 1, 'SELECT @@gtid_slave_pos AS position'),
    };
    const tick = () => {
      if (this.lagCheck) return; // the previous check is still waiting for an answer
      this.lagCheck = this.lag!.check(probe).finally(() => (this.lagCheck = undefined));
    };
    tick();
    this.lagTimer = setInterval(tick, this.lagSettings.checkMs);
    this.lagTimer.unref();
  }

  /** Stops the lag checks and closes their connections (at shutdown). */
  async stopLagChecks(): Promise<void> {
    clearInterval(this.lagTimer);
    this.lagTimer = undefined;
    await this.lagCheck;
    for (const connection of this.lagConnections.splice(0)) connection?.destroy();
  }

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
    const route = requestReads.get();
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
    const route = requestReads.get();
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
  poolCluster?: { getConnection(pattern: string, callback: (error: Error | null, connection: unknown) => void): void };
  prepareDbConnection(connection: unknown): unknown;
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
      if (!replicas.anyInRotation()) {
        replicas.counts.laggedReads += 1;
        return 'master';
      }
      replicas.counts.replicaReads += 1;
      return 'slave';
    };

  // A replica in the rotation (round robin over those not lagging); none (all down, lagging, or left out after
  // failing): the primary's.
  const obtainSlave = driver.obtainSlaveConnection.bind(driver);
  const obtainReplica = (index: number) =>
    new Promise<unknown>((resolve, reject) =>
      driver.poolCluster!.getConnection(`SLAVE${index}`, (error, connection) =>
        error ? reject(error) : resolve(driver.prepareDbConnection(connection)),
      ),
    );
  driver.obtainSlaveConnection = async () => {
    const replica = replicas.nextReplica();
    if (replica === -1) return driver.obtainMasterConnection();
    try {
      return await (replica === undefined ? obtainSlave() : obtainReplica(replica));
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
  const routable = (sql: unknown, runner: unknown) => {
    if (
      runner !== undefined ||
      typeof sql !== 'string' ||
      !readsGoToReplica() ||
      !READ_ONLY_SQL.test(sql) ||
      LOCKING_SQL.test(sql)
    )
      return false;
    if (replicas.anyInRotation()) return true;
    replicas.counts.laggedReads += 1;
    return false;
  };
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
