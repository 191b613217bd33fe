import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in the caller's transaction when given one — so that a larger operation (seeding a whole structure,
 * issuing a task that freezes a version) commits or fails as one — and in a new transaction otherwise.
 */
export function inTransaction<T>(
  db: DataSource,
  outer: EntityManager | undefined,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  return outer ? work(outer) : db.transaction(work);
}
