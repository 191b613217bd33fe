/** Settings of the jobs: from the composition root (apps/api settings). */
export interface JobsOptions {
  /** Whether this process runs jobs (npm start and start:worker) or only starts them (start:api). */
  runWorker: boolean;
  /** BullMQ on this Redis when set (jobs shared by every instance); else an in-process queue. */
  redis: { url: string; keyPrefix: string } | null;
  /** Jobs run at once by this process (grouping is CPU-bound: 1 on 2 cores). */
  concurrency: number;
  /**
   * How long a running job's claim lasts without a sign of life: its worker says it is alive every third of this, and
   * after it another instance may take the job over (BullMQ's lock duration is the same).
   */
  claimMs: number;
  /** How often spent refresh tokens are purged, once per interval across every instance (SessionPurgeJob); 0: never. */
  sessionPurgeIntervalSeconds: number;
}

export const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');

/** Named limits of the jobs (settings JOB_CONCURRENCY, JOB_CLAIM_SECONDS, SESSION_PURGE_INTERVAL_SECONDS). */
export const JOB_LIMITS = {
  concurrency: { default: 1, min: 1, max: 16 },
  claimSeconds: { default: 60, min: 2, max: 3600 },
  /** Progress is written at most this often (and whenever a step changes), so a fast loop is not a write loop. */
  progressWriteMs: 500,
  /** Jobs whose kind and payload are kept in memory to check pushed events' readers (JobService.maySee). */
  seenJobs: 1000,
  /** How often each instance deletes finished jobs past their kind's retention. */
  purgeEveryMs: 3600_000,
  /** Setting SESSION_PURGE_INTERVAL_SECONDS: how often spent refresh tokens are purged (SessionPurgeJob). */
  sessionPurgeIntervalSeconds: { default: 3600, min: 0, max: 86_400 },
} as const;

/** Named limits of a job's result file (an export), stored in the database (job_file_chunk). */
export const JOB_FILE_LIMITS = {
  /** Bytes a chunk row holds: under the 65,535 of a MySQL/MariaDB BLOB. */
  chunkBytes: 60_000,
  /** Chunks written by one INSERT and read by one SELECT (~1 MB, well under max_allowed_packet's 16 MB). */
  chunksPerInsert: 16,
  /** The largest file a job may store: 200 MB (a table of 70,000 suggestions and 70,000 source opinions is ~8 MB as .xlsx). */
  maxBytes: 200 * 1024 * 1024,
} as const;
