import { performance } from 'node:perf_hooks';
import { contextSlot } from '@app/common';
import type { DataSource } from 'typeorm';
import { WalCheckpointer, type CheckpointedConnection } from './wal-checkpoint.js';

/**
 * SQLite's write queue. TypeORM's better-sqlite3 driver shares one connection: a second `transaction()` started while
 * another is open would become a SAVEPOINT inside it, so one request's rollback could undo another's committed work.
 * On SQLite, transactions therefore queue: each runs alone, in order. (MySQL/MariaDB gives each its own pooled
 * connection.)
 *
 * Three things make the queue fast, fair and bounded (issue 11, measured with `npm run bench:overload`):
 * - **Group commit.** Each transaction used to COMMIT on its own, with its own fsync (synchronous = FULL): at 190
 *   writers the disk's flushes set the pace and each one blocked the event loop. Now the transactions queued when a
 *   group starts (and those that join while it runs) run inside ONE `BEGIN … COMMIT`, each in its own SAVEPOINT
 *   (TypeORM's nested transaction): one that throws is rolled back to its savepoint and gets its own error while the
 *   others go on; one fsync serves the whole group. No caller is answered before the COMMIT that made its write
 *   durable; when that COMMIT (or the group's transaction) fails, every member fails and none is acknowledged — so
 *   a receipt still means "on disk", and a retry with the same idempotency key is still safe. A group is bounded by
 *   WRITE_GROUP_MAX_TRANSACTIONS and by WRITE_QUEUE_SLICE_MS of running time (a member that awaits something slow
 *   holds its group's other members; none is answered later than the slice allows after that).
 * - **It yields to the event loop.** better-sqlite3 is synchronous, so a group (its fsync included) runs inside one
 *   microtask burst; between groups the event loop accepts, reads and answers (reads never enter this queue: they wait
 *   at most one group, not for the queued writes). Chained with plain promises, every queued transaction once ran in
 *   the same burst: about 5 connections a second were accepted at 190 writers and cheap reads waited 20 s.
 * - **It refuses what it cannot serve in time.** When a request's transaction would wait longer than
 *   `maxWaitMs` (queued transactions × the measured time each takes), it is refused at once with
 *   WriteQueueFullError (503 OVERLOADED to the client, nothing written) instead of joining the queue. Only the first
 *   transaction of a request can be refused (a later one would leave the request half done), and never work outside
 *   a request (startup, migrations, reminders).
 */
/**
 * A group's running time: more members join it only within this. With 5 ms, groups of ~17 submissions at most 40
 * times a second capped SQLite at ~700 submissions/s on an idle machine while the CPU had room; with 10 ms, one sitting
 * (load 1.4–2.3): bench:submit 695 -> 950–1,067/s, p99 121–145 -> 89–92 ms; bench:overload (190 writers, 10 readers)
 * writes 605 -> 883/s accepted, p99 306 -> 164 ms, the readers' p99 127 -> 142 ms (p50 13 -> 93 ms: they wait behind
 * longer groups). 20 ms gave no more (936/s): the CPU is then the limit.
 */
export const WRITE_QUEUE_SLICE_MS = 10;

/**
 * A group starts at least this long after the previous one started (the first write after a pause runs at once). Each
 * group's COMMIT is a synchronous fsync that holds the event loop, and Node accepts one new connection per event-loop
 * turn: spacing the groups leaves turns without an fsync between them (more connections accepted, larger groups per
 * fsync). Measured with `npm run bench:overload` at 200 clients on SQLite, one sitting: 32 against 19 accepted writes
 * a second and first answers p50 3.4 s against 5.8 s (a second pair: about even, 10.4 s against 12.1 s p99).
 */
export const WRITE_GROUP_MIN_INTERVAL_MS = 25;

/** At most this many transactions share one COMMIT (a bound on what one failed COMMIT takes down with it). */
export const WRITE_GROUP_MAX_TRANSACTIONS = 64;

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
const requestAdmission = contextSlot<Admission>('requestAdmission');

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
  /** Group commits so far. */
  groups: number;
}

export interface WriteQueue {
  stats(): WriteQueueStats;
  /** 0: never refuse. */
  maxWaitMs: number;
  /** A group's running time: more members join it only within this (WRITE_QUEUE_SLICE_MS). */
  sliceMs: number;
}

const QUEUES = new WeakMap<DataSource, WriteQueue>();
const CHECKPOINTERS = new WeakMap<DataSource, WalCheckpointer>();

/** The thread checkpointing a SQLite file's WAL (undefined: SQLite checkpoints in COMMIT, its default). */
export function walCheckpointerOf(db: DataSource): WalCheckpointer | undefined {
  return CHECKPOINTERS.get(db);
}
/** The process's SQLite write queue (the app has one data source; in tests, the latest app's). */
let processQueue: WriteQueue | undefined;

/**
 * How long a write arriving now would expect to wait in the SQLite write queue (ms; 0 on MySQL/MariaDB or when
 * refusals are off): lets load shedding refuse a mutation before doing any of its work, rather than at its first
 * transaction after the reads, parsing and checks that precede it (CPU that a refused request wastes).
 */
export function expectedWriteQueueWaitMs(): number {
  if (!processQueue || processQueue.maxWaitMs <= 0) return 0;
  const { queued, slotMs } = processQueue.stats();
  return queued * slotMs;
}

/** The SQLite write queue of a data source (undefined on MySQL/MariaDB). */
export function writeQueueOf(db: DataSource): WriteQueue | undefined {
  return QUEUES.get(db);
}

/** One queued transaction: its `transaction()` arguments and its caller's promise. */
interface Member {
  args: unknown[];
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** The parts of TypeORM's SQLite query runner the group reads and repairs (transactionDepth is protected there). */
interface GroupRunner {
  startTransaction(): Promise<void>;
  commitTransaction(): Promise<void>;
  query(sql: string): Promise<unknown>;
  isTransactionActive: boolean;
  transactionDepth: number;
}

export interface SerializeOptions {
  /**
   * Checkpoint the WAL in a thread of its own (wal-checkpoint.ts) rather than in the COMMIT that takes it past 1,000
   * pages, on the event loop (SQLITE_CHECKPOINT).
   */
  checkpointInThread?: boolean;
}

export function serializeTransactions(
  db: DataSource,
  maxWaitMs = DEFAULT_WRITE_QUEUE_MAX_WAIT_MS,
  options: SerializeOptions = {},
): DataSource {
  if (db.options.type !== 'better-sqlite3') return db;
  const path = db.options.database;
  const checkpointer =
    options.checkpointInThread && typeof path === 'string' && path !== '' && path !== ':memory:'
      ? new WalCheckpointer(
          path,
          (db.driver as unknown as { databaseConnection: CheckpointedConnection }).databaseConnection,
        )
      : undefined;
  if (checkpointer) {
    CHECKPOINTERS.set(db, checkpointer);
    const destroy = db.destroy.bind(db);
    // The thread's connection closes first: the server's, closing last, checkpoints what is left and removes the WAL.
    db.destroy = async () => {
      await checkpointer.close();
      return destroy();
    };
  }
  const manager = db.manager;
  const original = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  const waiting: Member[] = [];
  let running = false;
  // A first guess until measured: one commit with its fsync on a slow disk.
  let slotMs = 10;
  let refused = 0;
  let groups = 0;
  const queue: WriteQueue = {
    maxWaitMs,
    sliceMs: WRITE_QUEUE_SLICE_MS,
    stats: () => ({ queued: waiting.length + (running ? 1 : 0), slotMs, refused, groups }),
  };
  QUEUES.set(db, queue);
  processQueue = queue;

  // The queue's pace per transaction: from one group's start to the next one's while transactions are waiting (so the
  // event loop's turns between groups count too), or a lone group's own duration, divided by the group's size.
  let lastStart = 0;
  let lastSize = 0;
  let followed = false;
  const measure = (ms: number) => (slotMs = slotMs * 0.8 + ms * 0.2);

  const runGroup = async () => {
    // A large WAL starts over only if this group waits for the checkpoint under way (wal-checkpoint.ts). The wait is
    // neither part of the group's slice nor of the queue's measured pace (it would make refusals start early).
    const checkpointed = checkpointer?.beforeGroup();
    const waitStarted = performance.now();
    if (checkpointed) await checkpointed;
    const began = performance.now();
    const waited = began - waitStarted;
    if (followed) measure(Math.max(0, began - lastStart - waited) / lastSize);
    groups += 1;
    // Read at run time, not at setup: the data source's createQueryRunner is wrapped after this (connection-failure.ts)
    // so that a failed COMMIT is reported as of unknown outcome.
    const runner = db.createQueryRunner() as unknown as GroupRunner;
    const sqlite = (db.driver as unknown as { databaseConnection: { inTransaction: boolean } })
      .databaseConnection;
    const members: Array<{ member: Member; ok: boolean; value: unknown }> = [];
    let groupError: unknown;
    try {
      await runner.startTransaction();
      // Take what is queued — more may join while a member awaits — up to the bounds.
      while (
        waiting.length &&
        members.length < WRITE_GROUP_MAX_TRANSACTIONS &&
        (!members.length || performance.now() - began < queue.sliceMs)
      ) {
        const member = waiting.shift()!;
        try {
          // Inside the group's transaction TypeORM's transaction() is a SAVEPOINT: RELEASEd when the work succeeds,
          // rolled back to when it throws (only this member's writes are undone).
          members.push({ member, ok: true, value: await original(...member.args) });
        } catch (error) {
          members.push({ member, ok: false, value: error });
          // ROLLBACK TO keeps the savepoint on SQLite's stack: pop it, so that a group does not nest 64 deep.
          if (sqlite.inTransaction && runner.transactionDepth === 1)
            await runner.query('RELEASE SAVEPOINT typeorm_1');
        }
        // Some errors (a full disk, an I/O error) make SQLite roll back the whole transaction; a failed ROLLBACK TO
        // leaves TypeORM's depth off. Either way the group's earlier work is gone or in doubt: none of it is
        // acknowledged, and no later member may run outside the group.
        if (!sqlite.inTransaction || runner.transactionDepth !== 1) {
          const last = members[members.length - 1];
          throw last.ok ? new Error('the write group transaction ended before its COMMIT') : last.value;
        }
      }
      // The one COMMIT (and fsync) of the group: only now is any member's write durable.
      await runner.commitTransaction();
    } catch (error) {
      groupError = error;
      // A failed BEGIN still fails one waiting transaction, so that the queue moves on.
      if (!members.length && waiting.length)
        members.push({ member: waiting.shift()!, ok: true, value: undefined });
      try {
        if (sqlite.inTransaction) await runner.query('ROLLBACK');
      } catch {
        // Nothing more to undo: the error reported is the one that failed the group.
      }
      runner.isTransactionActive = false;
      runner.transactionDepth = 0;
    }
    for (const { member, ok, value } of members) {
      if (ok && groupError === undefined) member.resolve(value);
      else member.reject(ok ? groupError : value);
    }
    if (groupError === undefined) checkpointer?.nudge();
    lastStart = began;
    lastSize = Math.max(1, members.length);
    followed = waiting.length > 0;
    if (!followed) measure((performance.now() - began) / lastSize);
    // The next group after the event loop has had its turns (accepting connections, reading, answering), and no
    // sooner than WRITE_GROUP_MIN_INTERVAL_MS after this one began. A timer, not setImmediate: with an immediate pending, libuv polls with a zero timeout and Node accepted one connection per
    // turn here (measured: 1 a turn against 7–18 with a timer between busy turns).
    if (waiting.length)
      setTimeout(
        () => void runGroup(),
        Math.max(0, WRITE_GROUP_MIN_INTERVAL_MS - (performance.now() - began)),
      );
    else running = false;
  };

  manager.transaction = (...args: unknown[]) => {
    const admission = requestAdmission.get();
    const queued = waiting.length + (running ? 1 : 0);
    if (admission && !admission.admitted && queue.maxWaitMs > 0 && queued * slotMs > queue.maxWaitMs) {
      refused += 1;
      return Promise.reject(new WriteQueueFullError(queued, Math.round(queued * slotMs)));
    }
    if (admission) admission.admitted = true;
    return new Promise<unknown>((resolve, reject) => {
      waiting.push({ args, resolve, reject });
      if (!running) {
        running = true;
        // Not at once: a request's handling up to its transaction runs in microtasks (better-sqlite3 answers
        // synchronously), so a group started here would hold only this one. Started after the event loop's current
        // phase, it takes every transaction that the requests read in this turn have queued.
        const wait = WRITE_GROUP_MIN_INTERVAL_MS - (performance.now() - lastStart);
        if (wait > 0) setTimeout(() => void runGroup(), wait);
        else setImmediate(() => void runGroup());
      }
    });
  };
  return db;
}
