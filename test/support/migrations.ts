import type { DataSource } from 'typeorm';

/** The newest migration run on this database (its class name). */
export async function lastMigration(db: DataSource): Promise<string | undefined> {
  const [last] = await db.query<{ name: string }[]>(
    'SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1',
  );
  return last?.name;
}

/**
 * Reverts migrations, newest first, until `name` is the newest one left (`keep`) or is reverted too (`through`) —
 * however many were added after it, so a spec about one migration keeps working as others come. On SQLite, TypeORM
 * runs a revert inside its transaction, where `PRAGMA foreign_keys = OFF` is ignored, so a down that rebuilds a table
 * (any column change there) would cascade-delete the rows that refer to it (an account's roles and sessions): the
 * pragma is set here, before TypeORM's transaction. `db.runMigrations()` brings them all back.
 */
export async function revertMigrations(
  db: DataSource,
  name: string,
  mode: 'keep' | 'through',
): Promise<void> {
  const sqlite = db.options.type === 'better-sqlite3';
  if (sqlite) await db.query('PRAGMA foreign_keys = OFF');
  try {
    for (;;) {
      const last = await lastMigration(db);
      if (!last) throw new Error(`migration ${name} was never run`);
      if (last === name && mode === 'keep') return;
      await db.undoLastMigration();
      if (last === name) return;
    }
  } finally {
    if (sqlite) await db.query('PRAGMA foreign_keys = ON');
  }
}
