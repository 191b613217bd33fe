import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { serializeTransactions, walCheckpointerOf } from './serialize-transactions.js';
import { WAL_CHECKPOINT, type WalCheckpointer } from './wal-checkpoint.js';

/** SQLite's checkpoints run in a thread of their own, on a real file, while the write queue's groups commit. */
describe('WAL checkpoints off the event loop', () => {
  let folder: string;
  let db: DataSource;
  let checkpointer: WalCheckpointer;

  const pragma = async (name: string) =>
    Object.values((await db.query<Array<Record<string, number>>>(`PRAGMA ${name}`))[0])[0];
  /** `groups` write groups of 10 transactions, each 300 KB of text, with pauses for the checkpoints. */
  const write = async (groups: number) => {
    for (let g = 0; g < groups; g++) {
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          db.manager.transaction((manager) =>
            manager.query('INSERT INTO note (text) VALUES (?)', [`${g}-${i}`.padEnd(100_000, '意')]),
          ),
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, WAL_CHECKPOINT.intervalMs + 10));
    }
  };

  /** The thread starts at the first group (under Jest through tsx's loader, which takes a while on a busy machine). */
  const started = async () => {
    await write(1);
    for (const end = Date.now() + 20_000; checkpointer.stats().runs === 0;) {
      if (Date.now() > end) throw new Error('no checkpoint within 20 s');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'minyi-ckpt-'));
    db = await new DataSource({
      type: 'better-sqlite3',
      database: join(folder, 'db.sqlite'),
      enableWAL: true,
    }).initialize();
    await db.query('CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
    serializeTransactions(db, 0, { checkpointInThread: true });
    checkpointer = walCheckpointerOf(db)!;
  });

  afterEach(async () => {
    await db.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps the WAL small under steady writes, though the server connection would not checkpoint before 10,000 pages', async () => {
    expect(await pragma('wal_autocheckpoint')).toBe(WAL_CHECKPOINT.fallbackPages);
    await started();
    // 10 writers without a pause until 45 MB (500 rows of 90 KB in UTF-8) went through the WAL — more than the
    // fallback's 40 MB. Without the groups waiting for a checkpoint now and then, no checkpoint ever found the WAL
    // all copied before the next group began, so it never started over and grew to the fallback.
    let rows = 0;
    await Promise.all(
      Array.from({ length: 10 }, async (_, w) => {
        while (rows < 500) {
          rows += 1;
          await db.manager.transaction((manager) =>
            manager.query('INSERT INTO note (text) VALUES (?)', [`${w}-${rows}`.padEnd(30_000, '意')]),
          );
        }
      }),
    );
    const stats = checkpointer.stats();
    expect(stats.failed).toBe(false);
    expect(stats.runs).toBeGreaterThan(5);
    // The WAL started over from its beginning after checkpoints: far smaller than what was written through it.
    expect(statSync(join(folder, 'db.sqlite-wal')).size).toBeLessThan(20 * 1024 * 1024);
    expect((await db.query('SELECT COUNT(*) AS n FROM note'))[0].n).toBe(510);
  }, 60_000);

  it('hands checkpoints back to SQLite when its thread dies', async () => {
    await started();
    await (checkpointer as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(checkpointer.stats().failed).toBe(true);
    expect(await pragma('wal_autocheckpoint')).toBe(WAL_CHECKPOINT.sqliteDefaultPages);
    await write(2);
    expect((await db.query('SELECT COUNT(*) AS n FROM note'))[0].n).toBe(30);
  }, 30_000);
});
