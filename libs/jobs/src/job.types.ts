import type { Actor } from '@app/identity';

/** Where a job stands. */
export enum JobState {
  QUEUED = 'queued',
  RUNNING = 'running',
  SUCCEEDED = 'succeeded',
  FAILED = 'failed',
}

/** What a job's kind is told when it runs. */
export interface JobContext<P> {
  jobId: string;
  payload: P;
  /** The account that started the job, loaded afresh (a deactivated account's jobs fail). */
  actor: Actor;
  /** 1 on the first run; more when an instance died or shut down mid-way and another took the job over. */
  attempt: number;
  /**
   * Says how far the job is (0–100) and what it is doing. Throws JobInterruptedError when this instance has lost the
   * job (shutting down, or another instance took it over): the kind's steps must stop there and leave no half-state.
   */
  progress(percent: number, step?: string): Promise<void>;
}

/** What a finished job produced: its data (JSON) and a sentence for a person. */
export interface JobOutcome {
  result: unknown;
  summary: string;
}

/**
 * One kind of job, registered by the domain that owns the work. Its steps must be safe to run again from the start
 * (a retry after an instance died repeats them): compute apart, then replace the result in one transaction.
 */
export interface JobHandler<P = unknown> {
  readonly kind: string;
  /** Started by the server itself (no account): runs as systemActor, which holds no permissions. */
  readonly system?: boolean;
  /** How long a finished job's row (and what its kind keeps beside it) stays; unset: kept. */
  readonly retentionMs?: number;
  /** Drops what the kind keeps beside these finished jobs before their rows are deleted (JobService.purge). */
  purge?(jobIds: string[]): Promise<void>;
  /** Whether the caller may see this job: the same check as for the object it works on. */
  maySee(actor: Actor, subjectId: string, payload: P): Promise<boolean>;
  run(context: JobContext<P>): Promise<JobOutcome>;
}

/** The job's claim was lost (shutdown, or taken over by another instance): stop without writing a result. */
export class JobInterruptedError extends Error {
  constructor(jobId: string) {
    super(`job ${jobId} interrupted`);
    this.name = 'JobInterruptedError';
  }
}
