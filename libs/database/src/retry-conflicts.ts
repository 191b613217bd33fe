import type { DataSource } from 'typeorm';

/**
 * A transaction that lost a conflict runs again from its start, up to `attempts` times in all, after a short random
 * pause that doubles each time (so that two that collided do not collide again in step).
 */
export const CONFLICT_RETRY = { attempts: 4, firstPauseMs: 10 } as const;

/**
 * True when the database rolled the whole transaction back because it conflicted with another one: InnoDB's deadlock
 * victim, and on a Galera cluster a transaction that lost certification at COMMIT (or was aborted by a replicated write
 * it conflicted with), which MariaDB reports with the same error (1213 ER_LOCK_DEADLOCK). Nothing of it was stored.
 * A lock wait timeout (1205) is not one: only the statement is undone there, and waiting again may wait as long.
 */
export function isTransactionConflict(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const { code, errno } = current as { code?: unknown; errno?: unknown };
    if (code === 'ER_LOCK_DEADLOCK' || errno === 1213) return true;
    const inner = current as { driverError?: unknown; cause?: unknown };
    current = inner.driverError ?? inner.cause;
  }
  return false;
}

const RETRIES = new WeakMap<object, { retried: number }>();

/** How many transactions of this data source ran again after a conflict (0 when not wrapped). */
export function conflictRetries(db: object): number {
  return RETRIES.get(db)?.retried ?? 0;
}

/**
 * MySQL/MariaDB: `db.transaction(work)` runs `work` again when the transaction is rolled back by a conflict (above).
 * Safe because the whole transaction was undone: the work reads again what it decides on, in its new transaction, so
 * a retry is the same as a later request. Only the outermost transaction is retried (one given to `inTransaction` as
 * the caller's runs inside it, and the conflict ends the outer one). An effect outside the database made inside the work
 * would be made again: the services keep theirs in the database (notifications are rows, jobs are rows) or on the
 * transaction's commit and rollback events (the write-invalidated caches). SQLite has no such conflicts (one writer at
 * a time).
 */
export function retryConflicts<T extends DataSource>(db: T): T {
  if (db.options.type !== 'mysql' && db.options.type !== 'mariadb') return db;
  const manager = db.manager;
  const original = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  const stats = { retried: 0 };
  RETRIES.set(db, stats);
  manager.transaction = async (...args: unknown[]) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await original(...args);
      } catch (error) {
        if (attempt >= CONFLICT_RETRY.attempts || !isTransactionConflict(error)) throw error;
        stats.retried += 1;
        const pause = CONFLICT_RETRY.firstPauseMs * 2 ** (attempt - 1) * (0.5 + Math.random());
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  };
  return db;
}
