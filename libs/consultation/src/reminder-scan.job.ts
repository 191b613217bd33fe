import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '@app/common';
import { JobService, PeriodicJob, type JobContext, type JobOutcome, type SlotPayload } from '@app/jobs';
import { formatChinaTime } from './deadline.js';
import { CONSULTATION_OPTIONS, ReminderService, type ConsultationOptions } from './reminder.service.js';

export const REMINDER_SCAN_JOB = 'consultation.reminderScan';

/** Finished scans are kept this long (one row per interval: 2,016 a week at 300 s), then purged. */
export const REMINDER_SCAN_RETENTION_MS = 7 * 24 * 3600_000;

/**
 * The reminder scan as a job, once per REMINDER_INTERVAL_SECONDS slot across every instance (issue 17; PeriodicJob
 * says how). The scan itself is idempotent (each reminder has a unique event key), so a retry after an instance died
 * repeats no reminder.
 */
@Injectable()
export class ReminderScanJob extends PeriodicJob {
  readonly kind = REMINDER_SCAN_JOB;
  readonly retentionMs = REMINDER_SCAN_RETENTION_MS;
  protected readonly subjectType = 'ReminderScan';
  protected readonly logger = new Logger('Reminders');

  constructor(
    @Inject(CONSULTATION_OPTIONS) private readonly options: ConsultationOptions,
    jobs: JobService,
    private readonly reminders: ReminderService,
    clock: Clock,
  ) {
    super(jobs, clock);
  }

  protected intervalSeconds(): number {
    return this.options.reminderIntervalSeconds;
  }

  async run(context: JobContext<SlotPayload>): Promise<JobOutcome> {
    // At the moment it runs (a scan retried late reminds of what is due then), not at the slot's start.
    const now = this.clock.now();
    const considered = await this.reminders.runOnce(now, (percent, step) => context.progress(percent, step));
    return {
      result: { considered, at: now.toISOString() },
      summary: `提醒扫描完成（${formatChinaTime(now)}）：核对 ${considered} 项临近或已过的截止时间，已提醒过的不再重复`,
    };
  }
}
