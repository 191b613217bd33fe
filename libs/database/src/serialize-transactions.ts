import type { DataSource } from 'typeorm';

/**
 * TypeORM's better-sqlite3 driver shares one connection: a second `transaction()` started while another is open
 * would become a SAVEPOINT inside it, so one request's rollback could undo another's committed work. On SQLite,
 * transactions therefore queue: each runs alone, in order. (MySQL/MariaDB gives each its own pooled connection.)
 */
export function serializeTransactions(db: DataSource): DataSource {
  if (db.options.type !== 'better-sqlite3') return db;
  const manager = db.manager;
  const original = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  manager.transaction = (...args: unknown[]) => {
    const run = tail.then(() => original(...args));
    tail = run.catch(() => undefined);
    return run;
  };
  return db;
}
