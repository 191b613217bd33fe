import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';

/**
 * SQLite's write queue. TypeORM's better-sqlite3 driver shares one connection: a second `transaction()` started while
 * another is open would become a SAVEPOINT inside it, so one request's rollback could undo another's committed work.
 * On SQLite, transactions therefore queue: each runs alone, in order. (MySQL/MariaDB gives each its own pooled
 * connection.)
 *
 * Two things make the queue fair and bounded (issue 11, measured with `npm run bench:overload`):
 * - **It yields to the event loop.** better-sqlite3 is synchronous, so a transaction (its fsync at COMMIT included)
 *   runs inside one microtask burst. Chained with plain promises, every queued transaction ran in the same burst: the
 *   server accepted a new connection only between bursts (about 5 a second at 190 writers, while the listen queue held
 *   up to 190), so nothing reached the in-flight bound to be shed and cheap reads waited 20 s behind the writers. Now
 *   the queue runs transactions back to back for at most WRITE_QUEUE_SLICE_MS, then lets the event loop accept, read
 *   and answer (reads never enter this queue: they wait at most one slice, not for the queued writes).
 * - **It refuses what it cannot serve in time.** When a request's transaction would wait longer than
 *   `maxWaitMs` (queued transactions × the measured time each takes), it is refused at once with
 *   WriteQueueFullError (503 OVERLOADED to the client, nothing written) instead of joining the queue. Only the first
 *   transaction of a request can be refused (a later one would leave the request half done), and never work outside
 *   a request (startup, migrations, reminders).
 */
export const WRITE_QUEUE_SLICE_MS = 5;

/** The default for OVERLOAD_MAX_WRITE_QUEUE_WAIT_MS: half the 2 s the issue allows an accepted request. */
export const DEFAULT_WRITE_QUEUE_MAX_WAIT_MS = 1000;

/** A transaction refused because the write queue's wait would exceed its bound: nothing was written. */
export class WriteQueueFullError extends Error {
  readonly code = 'WRITE_QUEUE_FULL';
  constructor(
    readonly queued: number,
    readonly estimatedWaitMs: number,
  ) {
    super(`the write queue is full: ${queued} transactions queued, about ${estimatedWaitMs} ms to wait`);
    this.name = 'WriteQueueFullError';
  }
}

/** Per request: may its transactions be refused, and has one already been admitted. */
interface Admission {
  admitted: boolean;
}
const requestAdmission = new AsyncLocalStorage<Admission>();

/** Runs `next` (the rest of an HTTP request's handling) as a request whose first transaction may be refused. */
export function runAsRequest<T>(next: () => T): T {
  return requestAdmission.run({ admitted: false }, next);
}

export interface WriteQueueStats {
  /** Transactions waiting or running. */
  queued: number;
  /** The moving average of the time each transaction holds the queue (ms). */
  slotMs: number;
  refused: number;
}

export interface WriteQueue {
  stats(): WriteQueueStats;
  /** 0: never refuse. */
  maxWaitMs: number;
}

const QUEUES = new WeakMap<DataSource, WriteQueue>();

/** The SQLite write queue of a data source (undefined on MySQL/MariaDB). */
export function writeQueueOf(db: DataSource): WriteQueue | undefined {
  return QUEUES.get(db);
}

export function serializeTransactions(
  db: DataSource,
  maxWaitMs = DEFAULT_WRITE_QUEUE_MAX_WAIT_MS,
): DataSource {
  if (db.options.type !== 'better-sqlite3') return db;
  const manager = db.manager;
  const original = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  const waiting: Array<(followed: boolean) => void> = [];
  let running = false;
  let sliceStart = 0;
  // A first guess until measured: one commit with its fsync on a slow disk.
  let slotMs = 10;
  let refused = 0;
  const queue: WriteQueue = {
    maxWaitMs,
    stats: () => ({ queued: waiting.length + (running ? 1 : 0), slotMs, refused }),
  };
  QUEUES.set(db, queue);

  // The queue's pace: the time from one transaction's start to the next one's while transactions are waiting (so the
  // event loop's turns between slices count too), or a lone transaction's own duration.
  let lastStart = 0;
  const measure = (ms: number) => (slotMs = slotMs * 0.8 + ms * 0.2);

  const startNext = () => {
    const next = waiting.shift();
    if (!next) {
      running = false;
      return;
    }
    // Back to back within a slice; past it, after the event loop has had its turn.
    if (performance.now() - sliceStart < WRITE_QUEUE_SLICE_MS) next(true);
    else
      setImmediate(() => {
        sliceStart = performance.now();
        next(true);
      });
  };

  manager.transaction = (...args: unknown[]) => {
    const admission = requestAdmission.getStore();
    const queued = waiting.length + (running ? 1 : 0);
    if (admission && !admission.admitted && queue.maxWaitMs > 0 && queued * slotMs > queue.maxWaitMs) {
      refused += 1;
      return Promise.reject(new WriteQueueFullError(queued, Math.round(queued * slotMs)));
    }
    if (admission) admission.admitted = true;
    return new Promise<unknown>((resolve, reject) => {
      const run = (followed: boolean) => {
        const began = performance.now();
        if (followed) measure(began - lastStart);
        lastStart = began;
        original(...args)
          .then(resolve, reject)
          .finally(() => {
            if (!waiting.length) measure(performance.now() - began);
            startNext();
          });
      };
      if (running) waiting.push(run);
      else {
        running = true;
        sliceStart = performance.now();
        run(false);
      }
    });
  };
  return db;
}
