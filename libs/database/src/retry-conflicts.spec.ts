import type { DataSource } from 'typeorm';
import { CONFLICT_RETRY, conflictRetries, isTransactionConflict, retryConflicts } from './retry-conflicts.js';

/** What TypeORM throws for a deadlock victim or a Galera certification failure: the driver's error inside. */
const conflict = () =>
  Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), {
    driverError: Object.assign(new Error('deadlock'), { code: 'ER_LOCK_DEADLOCK', errno: 1213 }),
  });

/** A data source of the given type whose transaction() runs `attempt` (counting the calls). */
function source(type: string, attempt: (call: number) => Promise<string>) {
  let calls = 0;
  const db = {
    options: { type },
    manager: { transaction: () => attempt(++calls) },
  } as unknown as DataSource;
  return { db: retryConflicts(db), calls: () => calls };
}

describe('retryConflicts', () => {
  it('runs a transaction that lost a conflict again, and answers with the run that committed', async () => {
    const { db, calls } = source('mariadb', (call) =>
      call < 3 ? Promise.reject(conflict()) : Promise.resolve('stored'),
    );
    await expect(db.manager.transaction(() => Promise.resolve())).resolves.toBe('stored');
    expect(calls()).toBe(3);
    expect(conflictRetries(db)).toBe(2);
  });

  it(`gives up after ${CONFLICT_RETRY.attempts} runs with the conflict itself`, async () => {
    const { db, calls } = source('mysql', () => Promise.reject(conflict()));
    await expect(db.manager.transaction(() => Promise.resolve())).rejects.toThrow('Deadlock found');
    expect(calls()).toBe(CONFLICT_RETRY.attempts);
  });

  it('never runs again after another error (a refused write, a lock wait timeout)', async () => {
    const timeout = Object.assign(new Error('Lock wait timeout exceeded'), {
      code: 'ER_LOCK_WAIT_TIMEOUT',
      errno: 1205,
    });
    const { db, calls } = source('mariadb', () => Promise.reject(timeout));
    await expect(db.manager.transaction(() => Promise.resolve())).rejects.toBe(timeout);
    expect(calls()).toBe(1);
    expect(isTransactionConflict(timeout)).toBe(false);
  });

  it('leaves SQLite alone (one writer at a time: no conflicts to retry)', async () => {
    const { db, calls } = source('better-sqlite3', () => Promise.reject(conflict()));
    await expect(db.manager.transaction(() => Promise.resolve())).rejects.toThrow('Deadlock found');
    expect(calls()).toBe(1);
  });
});
