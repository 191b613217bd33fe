import {
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import type { Clock } from '@app/common';
import { isSystemAdmin, type Actor } from '@app/identity';
import type { JobService } from './job.service.js';
import type { JobContext, JobHandler, JobOutcome } from './job.types.js';

/** A periodic job's interval slot: its length and its number since the epoch (slot × length = its start). */
export interface SlotPayload {
  intervalSeconds: number;
  slot: number;
}

/** The interval slot an instant falls in (a plain function, tested through the two-instance specs). */
export const intervalSlot = (at: Date, intervalSeconds: number): number =>
  Math.floor(at.getTime() / (intervalSeconds * 1000));

/**
 * Periodic work as a job, once per interval slot across every instance (issue 17). Each instance's timer fires at each
 * slot's start and starts the slot's job with a once-key: the job's id is derived from the kind and the slot, so the
 * first instance's insert wins and the others get that job back — with BullMQ or without Redis alike (two instances on
 * one database without Redis also run it once: only the inserting instance queues it). The work itself must be
 * idempotent: a retry after an instance died runs it again. A subclass names its kind, interval and work; only system
 * administrators see its runs (they concern every point).
 */
export abstract class PeriodicJob
  implements JobHandler<SlotPayload>, OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown
{
  abstract readonly kind: string;
  readonly system = true;
  /** Finished runs are kept this long (one row per interval), then purged. */
  abstract readonly retentionMs: number;
  /** The job's subject type, shown with its runs (ReminderScan, SessionPurge). */
  protected abstract readonly subjectType: string;
  protected abstract readonly logger: Logger;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  protected constructor(
    protected readonly jobs: JobService,
    protected readonly clock: Clock,
  ) {}

  /** Seconds between runs; 0: not on a timer (runs only when started by hand, as tests do). */
  protected abstract intervalSeconds(): number;

  abstract run(context: JobContext<SlotPayload>): Promise<JobOutcome>;

  onModuleInit(): void {
    this.jobs.register(this);
  }

  onApplicationBootstrap(): void {
    if (this.intervalSeconds() > 0) this.schedule();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** Sets the timer to the next slot's start (a few ms after, so every instance's clock has crossed it). */
  private schedule(): void {
    if (this.stopped) return;
    const length = this.intervalSeconds() * 1000;
    const now = this.clock.now().getTime();
    const wait = (Math.floor(now / length) + 1) * length - now + 20;
    this.timer = setTimeout(() => {
      this.startSlot().catch((error: Error) =>
        this.logger.error(`定时任务未能启动 (${this.kind} not started): ${error.message}`),
      );
      this.schedule();
    }, wait);
    this.timer.unref();
  }

  /** Starts this slot's run, or returns the one another instance started for it. */
  async startSlot(at = this.clock.now()) {
    const intervalSeconds = this.intervalSeconds();
    const slot = intervalSlot(at, intervalSeconds);
    return this.jobs.start<SlotPayload>(null, {
      kind: this.kind,
      subjectType: this.subjectType,
      subjectId: `${intervalSeconds}s:${slot}`,
      payload: { intervalSeconds, slot },
      onceKey: `${intervalSeconds}:${slot}`,
    });
  }

  maySee(actor: Actor): Promise<boolean> {
    return Promise.resolve(isSystemAdmin(actor));
  }
}
