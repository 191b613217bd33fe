/**
 * The one pool that reads uploaded files (a draft's Word file or long text, an opinion sheet's .xlsx) off the event
 * loop: each upload in its own worker thread with a memory cap and a time limit, a few at a time, and a short line
 * behind them — beyond it the upload is refused at once as busy rather than queued without end (a handful of hostile
 * sheets would otherwise hold every user's upload for minutes). One pool for every kind of upload: they share the same
 * few cores and the same memory, so their limits are counted together.
 */
import { Worker } from 'node:worker_threads';
import { BadInputError, DomainError, TooManyRequestsError, type ErrorClass } from './errors.js';
import { Slots } from './slots.js';

export const UPLOAD_WORKER_LIMITS = {
  /** A worker still reading after this long is stopped and the upload refused. */
  timeoutMs: 30_000,
  /** The worker's heap: over it the worker dies (the server does not) and the upload is refused. */
  maxOldGenerationSizeMb: 512,
  /** Uploads read at once (the machine has few cores); more wait their turn. */
  concurrency: 2,
  /** Uploads waiting for a turn; more are refused at once (UPLOAD_BUSY). */
  maxWaiting: 2,
  /** Told to a refused upload: when to try again. */
  busyRetryAfterSeconds: 10,
  /**
   * Uploads one account may have in the pool at once, running or waiting: one account's sheets built to be slow could
   * otherwise hold every turn (a draft's upload by the legislature included) for as long as it kept sending them.
   */
  perOwner: 1,
} as const;

export interface UploadWorkerLimits {
  timeoutMs: number;
  maxOldGenerationSizeMb: number;
}

/** What each kind of upload says when its worker runs out of time or memory (stable reason, Chinese message). */
export interface UploadWorkerRefusals {
  timeout: { reason: string; message: (seconds: number) => string };
  outOfMemory: { reason: string; message: string };
}

/** The worker's one answer: its result, or the DomainError it threw (rebuilt on this side). */
export type UploadWorkerReply<T> =
  | { ok: true; result: T }
  | {
      ok: false;
      error: { code: ErrorClass; reason: string; message: string; details: Record<string, unknown> };
    };

const uploadSlots = new Slots(UPLOAD_WORKER_LIMITS.concurrency);
/** Uploads in the pool (running or waiting) per owner (an account id). */
const inPool = new Map<string, number>();

/** Runs in the worker: the reply for a result or a DomainError; anything else is thrown (the worker's 'error'). */
export async function uploadWorkerReply<T>(work: () => Promise<T>): Promise<UploadWorkerReply<T>> {
  try {
    return { ok: true, result: await work() };
  } catch (error) {
    if (error instanceof DomainError) {
      return {
        ok: false,
        error: { code: error.code, reason: error.reason, message: error.message, details: error.details },
      };
    }
    throw error;
  }
}

/**
 * Runs `entry` (see workerEntry) in a worker given `workerData`, in the pool: waits for a slot (or refuses as busy
 * when the line is full), then resolves with the worker's result or rejects with its DomainError, the kind's
 * timeout or out-of-memory refusal.
 */
export async function runUploadWorker<T>(
  entry: { source: URL | string; eval: boolean },
  workerData: unknown,
  refusals: UploadWorkerRefusals,
  limits: UploadWorkerLimits = UPLOAD_WORKER_LIMITS,
  owner?: string,
): Promise<T> {
  if (owner !== undefined && (inPool.get(owner) ?? 0) >= UPLOAD_WORKER_LIMITS.perOwner) {
    throw new TooManyRequestsError(
      '您上传的上一个文件还在处理中，请等它处理完再上传',
      UPLOAD_WORKER_LIMITS.busyRetryAfterSeconds,
      'UPLOAD_IN_PROGRESS',
    );
  }
  if (uploadSlots.waiting >= UPLOAD_WORKER_LIMITS.maxWaiting) {
    throw new TooManyRequestsError(
      `服务器正在处理其他上传的文件（同时最多处理 ${UPLOAD_WORKER_LIMITS.concurrency} 个、排队 ${UPLOAD_WORKER_LIMITS.maxWaiting} 个），请约 ${UPLOAD_WORKER_LIMITS.busyRetryAfterSeconds} 秒后再上传`,
      UPLOAD_WORKER_LIMITS.busyRetryAfterSeconds,
      'UPLOAD_BUSY',
    );
  }
  if (owner !== undefined) inPool.set(owner, (inPool.get(owner) ?? 0) + 1);
  let release: (() => void) | undefined;
  try {
    release = await uploadSlots.take();
    return await new Promise<T>((resolve, reject) => {
      const worker = new Worker(entry.source, {
        eval: entry.eval,
        workerData,
        resourceLimits: { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb },
        stdout: false,
        stderr: false,
      });
      let settled = false;
      const finish = (error: Error | null, result?: T): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        // The turn is given back once the worker has really stopped (its memory freed), not when it was told to.
        void worker.terminate().finally(() => (error ? reject(error) : resolve(result as T)));
      };
      const timer = setTimeout(
        () =>
          finish(
            new BadInputError(refusals.timeout.reason, refusals.timeout.message(limits.timeoutMs / 1000)),
          ),
        limits.timeoutMs,
      );
      worker.once('message', (reply: UploadWorkerReply<T>) => {
        if (reply.ok) finish(null, reply.result);
        else {
          const { code, reason, message, details } = reply.error;
          finish(new DomainError(code, reason, message, details));
        }
      });
      // A worker's error and its answer come by different ports, in no set order: an error raised as the worker ends
      // (after it answered) may be heard first. So the error is kept, and the worker's end decides — by then every
      // message it posted has been delivered (Node drains the port before 'exit'), and an answer wins.
      let failure: Error | null = null;
      worker.once('error', (error: Error & { code?: string }) => {
        failure =
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new BadInputError(refusals.outOfMemory.reason, refusals.outOfMemory.message)
            : error;
      });
      worker.once('exit', (exitCode) =>
        finish(failure ?? new Error(`the upload worker stopped (exit code ${exitCode}) without an answer`)),
      );
    });
  } finally {
    release?.();
    if (owner !== undefined) {
      const left = (inPool.get(owner) ?? 1) - 1;
      if (left > 0) inPool.set(owner, left);
      else inPool.delete(owner);
    }
  }
}
