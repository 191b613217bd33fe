/**
 * Clustering near-duplicates off the event loop (issue 17): a provision of 60,000 opinions held the loop for seconds
 * (143 s at high load), so in an all-in-one instance HTTP requests stalled, BullMQ could not renew the job's lock and
 * database connects timed out. A grouping now clusters its large provisions in one worker thread of its own, reused
 * provision after provision, and small ones in place (a thread costs more than they do). Same core, same results.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Logger } from '@nestjs/common';
import { DomainError } from '@app/common';
import { Slots } from '@app/common/slots';
import { workerEntry } from '@app/common/worker-entry';
import { clusterNearDuplicates, type GroupClustering } from './near-duplicates/index.js';

/** Named limits of the clustering thread. */
export const CLUSTER_WORKER_LIMITS = {
  /**
   * Provisions with at most this many opinions are clustered in place: ~15 ms on a loaded 2-core machine (≈30 µs an
   * opinion), less than starting the thread, and short enough for the event loop.
   */
  inlineMaxOpinions: 500,
  /**
   * The thread's old-generation heap (its texts and maps; the typed arrays lie outside it). The bench's worst case
   * (BENCH_SINGLE_GROUP=1: 200,000 opinions on one provision) clusters in ~170 MB of RSS; past this limit the grouping
   * fails with GROUPING_TOO_LARGE instead of taking the whole process down.
   */
  maxOldGenerationSizeMb: 1024,
  /**
   * While the thread clusters, the grouping reports its progress this often: a stopped or taken-over job learns it
   * within this time and terminates the thread.
   */
  checkEveryMs: 1_000,
  /** Texts sent to the thread in one message; the event loop runs between messages. */
  sendOpinions: 10_000,
  /**
   * Provisions clustered in threads at once, over all the process's groupings (a core each, and up to the heap limit
   * each): one fewer than the cores, at least one. Others wait their turn (still reporting progress, still stoppable).
   */
  concurrency: Math.max(1, availableParallelism() - 1),
} as const;

const clusteringSlots = new Slots(CLUSTER_WORKER_LIMITS.concurrency);

/**
 * A part of one provision's texts, as one string and each text's length (one copy to the thread, not one per text);
 * the thread clusters the provision at its last part.
 */
export interface ClusterRequest {
  id: number;
  joined: string;
  lengths: Int32Array;
  last: boolean;
}

export interface ClusterReply extends GroupClustering {
  id: number;
}

const logger = new Logger('NearDuplicateWorker');

const failed = (): DomainError =>
  new DomainError(
    'INTERNAL_SERVER_ERROR',
    'GROUPING_WORKER_FAILED',
    '比对重复意见的后台线程意外停止，本次分组未完成，原有分组结果不变；请稍后重试，如仍失败请联系管理员',
  );

const tooLarge = (limitMb: number): DomainError =>
  new DomainError(
    'INTERNAL_SERVER_ERROR',
    'GROUPING_TOO_LARGE',
    `某一条文下的意见过多，比对时超出了 ${limitMb} MB 的内存上限，本次分组未完成，原有分组结果不变；请联系管理员`,
    { limitMb },
  );

/**
 * One grouping's clustering: `cluster()` a provision at a time, then `close()`. The thread starts at the first large
 * provision and serves the rest of the grouping; an aborted signal (the job was stopped or taken over) terminates it
 * at once, and a thread that dies fails the grouping with a stable reason.
 */
export class NearDuplicateWorker {
  private worker: Worker | null = null;
  private pending: {
    id: number;
    resolve: (r: GroupClustering) => void;
    reject: (e: unknown) => void;
  } | null = null;
  private next = 0;
  /** Provisions clustered in the thread (for tests and figures). */
  offThread = 0;

  constructor(
    private readonly limits: {
      inlineMaxOpinions: number;
      maxOldGenerationSizeMb: number;
    } = CLUSTER_WORKER_LIMITS,
  ) {}

  async cluster(texts: readonly string[], signal?: AbortSignal): Promise<GroupClustering> {
    signal?.throwIfAborted();
    // Once the thread runs, small provisions go there too: the first in-place call also builds the normaliser's table.
    if (texts.length <= this.limits.inlineMaxOpinions && !this.worker) return clusterNearDuplicates(texts);
    if (this.pending) throw new Error('NearDuplicateWorker clusters one provision at a time');
    const worker = this.start();
    const id = this.next++;
    const answer = new Promise<GroupClustering>((resolve, reject) => {
      this.pending = { id, resolve, reject };
    });
    // Rejected only through `pending`, which the failure handlers settle; the caller awaits it below.
    answer.catch(() => undefined);
    const onAbort = () => this.fail(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let release: (() => void) | undefined;
    try {
      release = await clusteringSlots.take(signal);
      if (!this.awaits(id)) return await answer; // failed or stopped while waiting
      worker.ref(); // awaited: keeps the process alive until it answers
      // Sent in parts, the event loop running between them: joining 60,000 texts at once took ~90 ms in Jest.
      for (let from = 0; from < texts.length || from === 0; from += CLUSTER_WORKER_LIMITS.sendOpinions) {
        if (from) await new Promise((resolve) => setImmediate(resolve));
        if (!this.awaits(id)) break; // failed or stopped meanwhile
        const part = texts.slice(from, from + CLUSTER_WORKER_LIMITS.sendOpinions);
        const lengths = new Int32Array(part.length);
        for (let i = 0; i < part.length; i++) lengths[i] = part[i].length;
        const last = from + part.length >= texts.length;
        const request: ClusterRequest = { id, joined: part.join(''), lengths, last };
        this.worker?.postMessage(request, [lengths.buffer]);
      }
      const result = await answer;
      this.offThread++;
      return result;
    } finally {
      release?.();
      signal?.removeEventListener('abort', onAbort);
      // Idle between provisions: it must not keep a stopping process alive.
      this.worker?.unref();
    }
  }

  private awaits(id: number): boolean {
    return this.pending?.id === id;
  }

  /** Ends the thread (if one started). Safe to call more than once. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const entry = workerEntry(import.meta.url, 'near-duplicate.worker');
    const limitMb = this.limits.maxOldGenerationSizeMb;
    const worker = new Worker(entry.source, {
      eval: entry.eval,
      resourceLimits: { maxOldGenerationSizeMb: limitMb },
      stdout: false,
      stderr: false,
    });
    worker.on('message', (reply: ClusterReply) => {
      const pending = this.pending;
      if (!pending || pending.id !== reply.id) return;
      this.pending = null;
      pending.resolve({ clusterOf: reply.clusterOf, variantOf: reply.variantOf });
    });
    // A thread already replaced or ended (its exit arrives turns after its error) fails nothing: not the next one's work.
    worker.on('error', (error: Error & { code?: string }) => {
      if (this.worker !== worker) return;
      this.fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooLarge(limitMb) : failed(), error);
    });
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.fail(failed());
    });
    this.worker = worker;
    return worker;
  }

  /** Rejects the provision being clustered (if any) and ends the thread: it is not reused after a failure. */
  private fail(reason: unknown, cause?: Error): void {
    const pending = this.pending;
    this.pending = null;
    if (cause) {
      if (reason instanceof Error) reason.cause = cause;
      logger.error(`比对线程失败 (clustering thread failed): ${cause.stack ?? cause.message}`);
    }
    void this.close();
    pending?.reject(reason);
  }
}
