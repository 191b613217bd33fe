import { closeSync, fdatasync, fsyncSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { CommitOutcomeUnknownError } from './connection-failure.js';

/**
 * The SQLite write queue's commits made durable off the event loop (issue 16).
 *
 * With `synchronous = FULL`, SQLite fsyncs the WAL inside COMMIT: better-sqlite3 is synchronous, so the event loop
 * stood still for the disk's flush at every write group (~0.37 ms of each submission at 1,300/s). A write group now
 * commits with `synchronous = NORMAL` (its WAL frames are written, not yet flushed) and this flushes the WAL with
 * `fdatasync` on libuv's thread pool; the group's members are answered only when that flush has succeeded. So a
 * receipt still means "on disk", and while the disk works the event loop reads, answers and runs the next group.
 *
 * What holds, and what changes:
 * - **Nothing is answered before it is on disk.** Flushes run one at a time, in commit order, and one flush covers
 *   every frame written before it began; a group's answers wait for a flush that began after its COMMIT. Any answered
 *   write that read another group's data (an idempotent replay, a suggestion citing an opinion) was committed later
 *   in the same WAL, so its own flush made the data it read durable too.
 * - **A failed flush fails every group not yet flushed** (`CommitOutcomeUnknownError`: stored or not is unknown, a retry
 *   with the same idempotency key is safe) and the queue goes back to SQLite's own FULL commits for good: after an
 *   fsync error the kernel may have dropped the pages, and a later flush that succeeds proves nothing about them.
 * - **Reads may see a commit a few milliseconds before it is durable** (FULL never allowed that): on a power cut in
 *   that window, a row someone saw disappears together with the submission that was never answered, whose sender
 *   retries with its idempotency key. A process crash loses nothing (the frames are in the OS's cache).
 * - **Only the write queue's groups** commit this way: the pragma is NORMAL from the group's BEGIN to its COMMIT and
 *   FULL again right after, synchronously, so writes outside the queue (migrations, the seed) commit with FULL as before.
 * - A checkpoint still syncs the WAL before copying it and the database after (SQLite does that in NORMAL too).
 */
export interface WalFlusher {
  /** True while groups commit with NORMAL and are flushed here; false after a failed flush (SQLite's FULL again). */
  readonly active: boolean;
  /** Before a group's BEGIN: its COMMIT will not fsync (a no-op once inactive). */
  beforeGroup(): void;
  /** Right after the group's transaction ended (committed or not): FULL again for anything outside the queue. */
  afterGroup(): void;
  /** Resolves when every frame written so far is on disk; rejects with CommitOutcomeUnknownError if the flush failed. */
  flushed(): Promise<void>;
  /** Waits for the flushes under way and closes the WAL's file. */
  close(): Promise<void>;
}

/** What the flusher needs from better-sqlite3's connection. */
export interface SqliteConnection {
  exec(source: string): unknown;
  inTransaction: boolean;
}

/** The system calls, replaceable in tests (a slow or failing disk). */
export interface WalFileSystem {
  fdatasync(fd: number, callback: (error: NodeJS.ErrnoException | null) => void): void;
}
const NODE_FS: WalFileSystem = { fdatasync };

export function walFlusher(
  connection: SqliteConnection,
  databasePath: string,
  fs: WalFileSystem = NODE_FS,
): WalFlusher {
  const walPath = `${databasePath}-wal`;
  // exec, not a prepared statement run again: SQLite applies a pragma's setting when it compiles the statement.
  let active = true;
  let failure: CommitOutcomeUnknownError | undefined;
  let fd: number | undefined;
  let inode: number | undefined;
  /** Callers waiting for the next flush (their COMMIT came after the one under way began). */
  let waiting: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  let inFlight: Promise<void> | undefined;

  /** The WAL's descriptor, opened again when SQLite made a new file (it deletes it when its last connection closes). */
  const walFd = (): number => {
    const stat = statSync(walPath);
    if (fd !== undefined && stat.ino === inode) return fd;
    if (fd !== undefined) closeSync(fd);
    fd = openSync(walPath, 'r');
    inode = stat.ino;
    // A new file's name must survive a power cut too (SQLite syncs the folder at a journal's first sync, which FULL
    // made and NORMAL no longer does).
    const folder = openSync(dirname(walPath), 'r');
    try {
      fsyncSync(folder);
    } finally {
      closeSync(folder);
    }
    return fd;
  };

  const fail = (error: unknown) => {
    failure = new CommitOutcomeUnknownError(error);
    active = false;
    const all = waiting;
    waiting = [];
    for (const waiter of all) waiter.reject(failure);
  };

  const start = () => {
    const batch = waiting;
    waiting = [];
    inFlight = new Promise<void>((done) => {
      const finish = (error: unknown) => {
        inFlight = undefined;
        if (error) {
          waiting.unshift(...batch);
          fail(error);
        } else {
          for (const waiter of batch) waiter.resolve();
          if (waiting.length) start();
        }
        done();
      };
      try {
        fs.fdatasync(walFd(), finish);
      } catch (error) {
        finish(error);
      }
    });
  };

  return {
    get active() {
      return active;
    },
    beforeGroup() {
      if (active) connection.exec('PRAGMA synchronous = NORMAL');
    },
    afterGroup() {
      if (!connection.inTransaction) connection.exec('PRAGMA synchronous = FULL');
    },
    flushed() {
      if (failure) return Promise.reject(failure);
      return new Promise<void>((resolve, reject) => {
        waiting.push({ resolve, reject });
        if (!inFlight) start();
      });
    },
    async close() {
      while (inFlight) await inFlight;
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
      active = false;
    },
  };
}
