import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { workerEntry } from '@app/common/worker-entry';

/**
 * SQLite's checkpoints off the event loop (issue 16). A checkpoint copies the WAL's pages into the database file and
 * syncs both; by default SQLite runs one inside the COMMIT that takes the WAL past 1,000 pages — with a submission
 * writing ~22 pages, every ~45 submissions: two fsyncs and up to 4 MB of writes while the whole server (better-sqlite3
 * is synchronous) waits. Here a thread with its own connection runs PASSIVE checkpoints after write groups, at most one
 * at a time and one per WAL_CHECKPOINT.intervalMs; the server's connection checkpoints itself only past
 * WAL_CHECKPOINT.fallbackPages (the thread far behind). If the thread fails, SQLite's default returns.
 *
 * Durability is untouched: every COMMIT still syncs the WAL (synchronous = FULL) before it is answered. A checkpoint
 * syncs the WAL before it copies anything, and the database file once it has copied the whole WAL; only then may a
 * writer start the WAL over. What stays on the event loop: the sync of the WAL's new header when the server's writer
 * starts the WAL over after a complete checkpoint (one fsync per restart, against two fsyncs and the copy before).
 * PASSIVE takes no busy handler and holds no lock the server's reads or writes wait on, but for an instant at its end.
 */
export const WAL_CHECKPOINT = {
  /** At most one checkpoint started per this while writes go on (ms). */
  intervalMs: 100,
  /** The server's own connection checkpoints (inside a COMMIT) only past this many WAL pages (4 KiB each). */
  fallbackPages: 10_000,
  /**
   * The WAL starts over from its beginning only when a write begins after a checkpoint copied all of it; under steady
   * writes a group always came first and the WAL grew to the fallback (40 MB, then one long checkpoint in COMMIT).
   * So once the latest checkpoint found more than this many pages, the next write group waits for the checkpoint
   * under way (the event loop does not: reads go on) and starts the WAL over.
   */
  restartPages: 1000,
  /** The longest a write group waits for a checkpoint (ms); then it goes on and the WAL grows. */
  maxWaitMs: 1000,
  /** SQLite's default, restored when the thread fails. */
  sqliteDefaultPages: 1000,
};

export interface CheckpointWorkerData {
  path: string;
}
export type CheckpointReply =
  { id: number; busy: number; log: number; checkpointed: number } | { id: number; error: string };

export interface CheckpointStats {
  /** Checkpoints the thread completed. */
  runs: number;
  /** The WAL's pages and how many were in the database file after the latest checkpoint. */
  lastLog: number;
  lastCheckpointed: number;
  /** The thread failed: the server's connection checkpoints as SQLite does by default. */
  failed: boolean;
}

/** What the checkpointer needs from the server's better-sqlite3 connection. */
export interface CheckpointedConnection {
  exec(source: string): unknown;
}

export class WalCheckpointer {
  private worker: Worker | null = null;
  private inFlight = false;
  private lastStart = -Infinity;
  private next = 0;
  private closing: Promise<void> | null = null;
  /** Write groups waiting for the checkpoint under way. */
  private waiting: Array<() => void> = [];
  private readonly state: CheckpointStats = { runs: 0, lastLog: 0, lastCheckpointed: 0, failed: false };

  constructor(
    private readonly path: string,
    private readonly connection: CheckpointedConnection,
  ) {
    connection.exec(`PRAGMA wal_autocheckpoint = ${WAL_CHECKPOINT.fallbackPages}`);
  }

  stats(): CheckpointStats {
    return { ...this.state };
  }

  /**
   * Before a write group: when the WAL is past WAL_CHECKPOINT.restartPages and a checkpoint is under way, a promise
   * that resolves once it has ended (at most maxWaitMs), so that the group starts the WAL over; otherwise null.
   */
  beforeGroup(): Promise<void> | null {
    if (!this.inFlight || this.state.lastLog <= WAL_CHECKPOINT.restartPages) return null;
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting = this.waiting.filter((waiter) => waiter !== done);
        resolve();
      }, WAL_CHECKPOINT.maxWaitMs);
      this.waiting.push(done);
    });
  }

  /** After a write group: starts a checkpoint unless one runs or one started within the interval. Never throws. */
  nudge(): void {
    if (this.inFlight || this.state.failed || this.closing) return;
    const now = performance.now();
    if (now - this.lastStart < WAL_CHECKPOINT.intervalMs) return;
    this.lastStart = now;
    this.inFlight = true;
    try {
      this.start().postMessage(++this.next);
    } catch {
      // The thread could not start: SQLite checkpoints in COMMIT, as it does by default.
      this.fail();
    }
  }

  /** Lets a checkpoint under way finish, then closes the thread's connection. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      const worker = this.worker;
      this.worker = null;
      if (!worker) return;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      // Held open until it has closed its connection: otherwise a process with nothing else to do (a CLI command, a
      // script) would end here, before the server's own connection is closed.
      worker.ref();
      worker.postMessage('close');
      await exited;
    })();
    return this.closing;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const entry = workerEntry(import.meta.url, 'wal-checkpoint.worker');
    const data: CheckpointWorkerData = { path: this.path };
    const worker = new Worker(entry.source, {
      eval: entry.eval,
      workerData: data,
      stdout: false,
      stderr: false,
    });
    // Never what keeps a process (a test, a CLI command) alive.
    worker.unref();
    worker.on('message', (reply: CheckpointReply) => {
      this.inFlight = false;
      if ('error' in reply) this.fail();
      else {
        this.state.runs += 1;
        this.state.lastLog = reply.log;
        this.state.lastCheckpointed = reply.checkpointed;
      }
      this.release();
    });
    worker.on('error', () => this.fail());
    worker.on('exit', () => {
      if (this.worker === worker && !this.closing) this.fail();
    });
    this.worker = worker;
    return worker;
  }

  private release(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const done of waiting) done();
  }

  /** The thread cannot checkpoint: SQLite's own checkpoints in COMMIT again, as before this existed. */
  private fail(): void {
    if (this.state.failed) return;
    this.state.failed = true;
    this.inFlight = false;
    this.release();
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
    try {
      this.connection.exec(`PRAGMA wal_autocheckpoint = ${WAL_CHECKPOINT.sqliteDefaultPages}`);
    } catch {
      // The connection is closed: nothing left to checkpoint for.
    }
  }
}
