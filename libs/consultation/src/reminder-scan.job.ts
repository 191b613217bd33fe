import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { Clock } from '@app/common';
import { isSystemAdmin, type Actor } from '@app/identity';
import { JobService, type JobContext, type JobHandler, type JobOutcome } from '@app/jobs';
import { formatChinaTime } from './deadline.js';
import { CONSULTATION_OPTIONS, ReminderService, type ConsultationOptions } from './reminder.service.js';

export const REMINDER_SCAN_JOB = 'consultation.reminderScan';

/** Finished scans are kept this long (one row per interval: 2,016 a week at 300 s), then purged. */
export const REMINDER_SCAN_RETENTION_MS = 7 * 24 * 3600_000;

/** A scan's interval slot: its length and its number since the epoch (slot × length = its start). */
export interface ReminderScanPayload {
  intervalSeconds: number;
  slot: number;
}

/** The interval slot an instant falls in (a plain function, tested through the two-instance spec). */
export const reminderSlot = (at: Date, intervalSeconds: number): number =>
  Math.floor(at.getTime() / (intervalSeconds * 1000));

/**
 * The reminder scan as a job, once per interval slot across every instance (issue 17). Each instance's timer fires at
 * each slot's start and starts the slot's job with a once-key: the job's id is derived from the slot, so the first
 * instance's insert wins and the others get that job back — with BullMQ or without Redis alike (two instances on one
 * database without Redis also run it once: only the inserting instance queues it). The scan itself is idempotent (each
 * reminder has a unique event key), so a retry after an instance died repeats no reminder.
 */
@Injectable()
export class ReminderScanJob
  implements JobHandler<ReminderScanPayload>, OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown
{
  readonly kind = REMINDER_SCAN_JOB;
  readonly system = true;
  readonly retentionMs = REMINDER_SCAN_RETENTION_MS;
  private readonly logger = new Logger('Reminders');
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    @Inject(CONSULTATION_OPTIONS) private readonly options: ConsultationOptions,
    private readonly jobs: JobService,
    private readonly reminders: ReminderService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  onApplicationBootstrap(): void {
    if (this.options.reminderIntervalSeconds > 0) this.schedule();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** Sets the timer to the next slot's start (a few ms after, so every instance's clock has crossed it). */
  private schedule(): void {
    if (this.stopped) return;
    const length = this.options.reminderIntervalSeconds * 1000;
    const now = this.clock.now().getTime();
    const wait = (Math.floor(now / length) + 1) * length - now + 20;
    this.timer = setTimeout(() => {
      this.startSlot().catch((error: Error) =>
        this.logger.error(`提醒扫描任务未能启动 (reminder scan not started): ${error.message}`),
      );
      this.schedule();
    }, wait);
    this.timer.unref();
  }

  /** Starts this slot's scan, or returns the one another instance started for it. */
  async startSlot(at = this.clock.now()) {
    const intervalSeconds = this.options.reminderIntervalSeconds;
    const slot = reminderSlot(at, intervalSeconds);
    return this.jobs.start<ReminderScanPayload>(null, {
      kind: this.kind,
      subjectType: 'ReminderScan',
      subjectId: `${intervalSeconds}s:${slot}`,
      payload: { intervalSeconds, slot },
      onceKey: `${intervalSeconds}:${slot}`,
    });
  }

  /** A scan concerns every point: only system administrators see it. */
  maySee(actor: Actor): Promise<boolean> {
    return Promise.resolve(isSystemAdmin(actor));
  }

  async run(context: JobContext<ReminderScanPayload>): Promise<JobOutcome> {
    // At the moment it runs (a scan retried late reminds of what is due then), not at the slot's start.
    const now = this.clock.now();
    const considered = await this.reminders.runOnce(now, (percent, step) => context.progress(percent, step));
    return {
      result: { considered, at: now.toISOString() },
      summary: `提醒扫描完成（${formatChinaTime(now)}）：核对 ${considered} 项临近或已过的截止时间，已提醒过的不再重复`,
    };
  }
}
