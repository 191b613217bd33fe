import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '@app/common';
import { SessionService } from '@app/identity';
import { JobService } from './job.service.js';
import type { JobContext, JobOutcome } from './job.types.js';
import { JOBS_OPTIONS, type JobsOptions } from './jobs.options.js';
import { PeriodicJob, type SlotPayload } from './periodic-job.js';

export const SESSION_PURGE_JOB = 'identity.sessionPurge';

/** Finished purges are kept this long (one row per interval: 168 a week at an hour), then purged themselves. */
export const SESSION_PURGE_RETENTION_MS = 7 * 24 * 3600_000;

/**
 * Deletes spent refresh tokens (SessionService.purgeSpent: sessions nothing can use any more), once per
 * SESSION_PURGE_INTERVAL_SECONDS slot across every instance. Without it refresh_token grew by a row per sign-in and per
 * refresh, forever. Here rather than in identity because identity sits below the jobs (the dependency map); the
 * purge itself, and what it may delete, is identity's. Idempotent: a retry deletes what is still there to delete.
 */
@Injectable()
export class SessionPurgeJob extends PeriodicJob {
  readonly kind = SESSION_PURGE_JOB;
  readonly retentionMs = SESSION_PURGE_RETENTION_MS;
  protected readonly subjectType = 'SessionPurge';
  protected readonly logger = new Logger('Sessions');

  constructor(
    @Inject(JOBS_OPTIONS) private readonly options: JobsOptions,
    jobs: JobService,
    private readonly sessions: SessionService,
    clock: Clock,
  ) {
    super(jobs, clock);
  }

  protected intervalSeconds(): number {
    return this.options.sessionPurgeIntervalSeconds;
  }

  async run(context: JobContext<SlotPayload>): Promise<JobOutcome> {
    const purged = await this.sessions.purgeSpent(this.clock.now(), {
      // Progress between batches: also where a run that lost its claim (shutdown, taken over) stops.
      onBatch: (sofar) => context.progress(50, `已清理 ${sofar} 个过期的刷新令牌`),
    });
    return {
      result: { purged },
      summary: `已清理 ${purged} 个不再可用的登录刷新令牌（已过期或早已退出的登录）`,
    };
  }
}
