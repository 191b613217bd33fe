import { fdatasync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, type EntityManager } from 'typeorm';
import { CommitOutcomeUnknownError } from './connection-failure.js';
import { serializeTransactions } from './serialize-transactions.js';
import type { WalFileSystem } from './wal-flush.js';

/**
 * The write queue's groups commit with NORMAL and are answered only after their WAL is flushed on the thread pool
 * (wal-flush.ts), on a real SQLite file; the disk's flush is the test's to hold back or fail.
 */
describe('a write group is answered only once its WAL is on disk', () => {
  let folder: string;
  let db: DataSource;
  /** Every fdatasync asked for: the file it names and how to finish it (held until the test says so). */
  let calls: Array<{ path: string; finish: (error: NodeJS.ErrnoException | null) => void }>;
  let inFlight: number;
  let maxInFlight: number;
  let hold: boolean;

  const disk: WalFileSystem = {
    fdatasync(fd, callback) {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const call = {
        path: readlinkSync(`/proc/self/fd/${fd}`),
        finish: (error: NodeJS.ErrnoException | null) => {
          inFlight -= 1;
          if (error) callback(error);
          else fdatasync(fd, callback);
        },
      };
      calls.push(call);
      if (!hold) call.finish(null);
    },
  };
  const release = (error: NodeJS.ErrnoException | null = null) => {
    for (const call of calls.splice(0)) call.finish(error);
  };
  const pending = () => calls.length;

  const synchronous = async (manager: EntityManager) =>
    (await manager.query<Array<{ synchronous: number }>>('PRAGMA synchronous'))[0].synchronous;
  const insert = (text: string) =>
    db.manager.transaction(async (manager) => {
      await manager.query('INSERT INTO note (text) VALUES (?)', [text]);
      return synchronous(manager);
    });
  const count = async () => (await db.query<Array<{ n: number }>>('SELECT COUNT(*) AS n FROM note'))[0].n;
  const until = async (check: () => boolean, ms = 5000) => {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'minyi-wal-'));
    calls = [];
    inFlight = 0;
    maxInFlight = 0;
    hold = true;
    db = await new DataSource({
      type: 'better-sqlite3',
      database: join(folder, 'db.sqlite'),
      enableWAL: true,
      prepareDatabase: (connection: { pragma(source: string): unknown }) => {
        connection.pragma('synchronous = FULL');
      },
    }).initialize();
    await db.query('CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
    serializeTransactions(db, 0, { flushOffLoop: true, walFileSystem: disk });
  });

  afterEach(async () => {
    hold = false;
    release();
    await db.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  it('commits with NORMAL, flushes the WAL file, and answers only after the flush; FULL outside the queue', async () => {
    let answered = false;
    const done = insert('一').then((pragma) => {
      answered = true;
      return pragma;
    });
    await until(() => pending() === 1);
    // Committed (another read sees it) but not yet on disk: no answer.
    expect(await count()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false);
    expect(calls[0].path).toBe(join(folder, 'db.sqlite-wal'));
    release();
    // NORMAL inside the group (SQLite's COMMIT does not fsync), FULL again at once after it.
    expect(await done).toBe(1);
    expect(await synchronous(db.manager)).toBe(2);
  });

  it('flushes one at a time, one flush for the groups committed while another ran, in order', async () => {
    const first = insert('一');
    await until(() => pending() === 1);
    // Three more groups commit while the first flush is held (groups start ≥ 25 ms apart).
    const later = [insert('二'), insert('三')];
    await new Promise((resolve) => setTimeout(resolve, 40));
    later.push(insert('四'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await count()).toBe(4);
    expect(pending()).toBe(1);
    let laterAnswered = 0;
    for (const each of later) void each.then(() => (laterAnswered += 1));
    release();
    await first;
    // The next flush began after the first ended and covers every later commit.
    await until(() => pending() === 1);
    expect(laterAnswered).toBe(0);
    release();
    await Promise.all(later);
    expect(maxInFlight).toBe(1);
  });

  it('a failed flush fails the groups waiting on it as of unknown outcome, and later groups commit with FULL', async () => {
    const lost = insert('一');
    await until(() => pending() === 1);
    release(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
    const error = await lost.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommitOutcomeUnknownError);
    expect((error as CommitOutcomeUnknownError).code).toBe('COMMIT_OUTCOME_UNKNOWN');
    // From now on SQLite's own COMMIT flushes (FULL inside the group), and nothing waits on the thread pool.
    expect(await insert('二')).toBe(2);
    expect(pending()).toBe(0);
    expect(await count()).toBe(2);
  });

  it('a member that throws is rolled back alone and the others are answered after the flush', async () => {
    hold = false;
    const [ok, failed] = await Promise.allSettled([
      insert('一'),
      db.manager.transaction(async (manager) => {
        await manager.query('INSERT INTO note (text) VALUES (?)', ['二']);
        throw new Error('拒绝');
      }),
    ]);
    expect(ok.status).toBe('fulfilled');
    expect(failed.status).toBe('rejected');
    expect(await count()).toBe(1);
  });
});
