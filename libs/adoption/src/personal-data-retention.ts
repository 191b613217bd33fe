import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '@app/common';
import { SourceType } from '@app/consolidation';
import { PointTaskState } from '@app/consultation';
import {
  ContributorErasureReason,
  FEEDBACK_OPTIONS,
  OpinionService,
  OpinionStatus,
  type FeedbackOptions,
} from '@app/feedback';
import { isSystemAdmin, type Actor } from '@app/identity';
import { JobService, type JobContext, type JobHandler, type JobOutcome } from '@app/jobs';

export const PERSONAL_DATA_ERASURE_JOB = 'feedback.personalDataErasure';

/** How many contributors one batch erases (one SELECT, one UPDATE, one audit INSERT, one transaction). */
export const PERSONAL_DATA_ERASURE_BATCH = 200;
/** At most this many batches per run; what is left waits for the next interval's run. */
export const PERSONAL_DATA_ERASURE_MAX_BATCHES = 50;
/** Finished runs are kept a week, then purged (one row per interval). */
export const PERSONAL_DATA_ERASURE_RETENTION_MS = 7 * 24 * 3600_000;

const DAY_MS = 24 * 3600_000;

interface ErasurePayload {
  intervalSeconds: number;
  slot: number;
}

/**
 * Erases contributors' personal data once its purpose is achieved (个人信息保护法 art. 19, 47), set-based in bounded
 * batches. Due, for a contributor still held:
 * - its opinion was withdrawn (erased at once since withdrawal does it; this catches rows from before that), or
 * - the person was told the outcome (a feedback delivery is recorded: 已告知), or
 * - an outcome of a suggestion the opinion went into was published at least `personalDataRetentionDays` ago, or
 * - the point archived the task at least `personalDataRetentionDays` ago (opinions that never get an outcome).
 * Lives here, not in feedback: publication and delivery are adoption's facts; the erasure itself is feedback's
 * (OpinionService.eraseContributors), so the row, its audit record and its reason are written in one place.
 */
@Injectable()
export class PersonalDataRetention {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(FEEDBACK_OPTIONS) private readonly options: FeedbackOptions,
    private readonly opinions: OpinionService,
  ) {}

  /** The next batch of contributors due at `now`, with why (at most PERSONAL_DATA_ERASURE_BATCH). */
  async due(
    now: Date,
    em: EntityManager = this.db.manager,
  ): Promise<Array<{ opinionId: string; reason: ContributorErasureReason }>> {
    const cutoff = new Date(now.getTime() - this.options.personalDataRetentionDays * DAY_MS);
    const delivered = 'EXISTS (SELECT 1 FROM feedback_delivery fd WHERE fd.opinion_id = o.id)';
    // From the point's consolidation (its unique task-and-point index) to the links of this opinion (an index on
    // consolidation, type, source) and their decisions (unique on suggestion): each step an index lookup.
    const published = `EXISTS (SELECT 1 FROM consolidation k
        INNER JOIN suggestion_source s ON s.consolidation_id = k.id AND s.source_type = :opinionSource AND s.source_id = o.id
        INNER JOIN adoption_decision d ON d.suggestion_id = s.suggestion_id
        WHERE k.task_id = o.task_id AND k.contact_point_id = o.contact_point_id
          AND d.published_at IS NOT NULL AND d.published_at <= :cutoff)`;
    const archived = `EXISTS (SELECT 1 FROM point_task pt WHERE pt.task_id = o.task_id
        AND pt.contact_point_id = o.contact_point_id AND pt.state = :archivedState AND pt.updated_at <= :cutoff)`;
    const rows = await this.opinions
      .heldContributors(em)
      .addSelect(
        `CASE WHEN o.status = :withdrawn THEN :reasonWithdrawn WHEN ${delivered} THEN :reasonTold ELSE :reasonExpired END`,
        'reason',
      )
      .andWhere(`(o.status = :withdrawn OR ${delivered} OR ${published} OR ${archived})`)
      .setParameters({
        withdrawn: OpinionStatus.WITHDRAWN,
        reasonWithdrawn: ContributorErasureReason.WITHDRAWN,
        reasonTold: ContributorErasureReason.PURPOSE_ACHIEVED,
        reasonExpired: ContributorErasureReason.RETENTION_EXPIRED,
        opinionSource: SourceType.OPINION,
        archivedState: PointTaskState.ARCHIVED,
        cutoff,
      })
      .limit(PERSONAL_DATA_ERASURE_BATCH)
      .getRawMany<{ opinionId: string; reason: ContributorErasureReason }>();
    return rows;
  }

  /**
   * Erases what is due at `now`, batch by batch (each its own transaction: a run cut short keeps what it erased),
   * at most PERSONAL_DATA_ERASURE_MAX_BATCHES. `between`: called after each batch (a job's progress; may throw to stop).
   */
  async eraseDue(
    actor: Actor,
    now: Date,
    between: (erased: number) => Promise<void> = () => Promise.resolve(),
  ): Promise<{ erased: number; more: boolean }> {
    let erased = 0;
    for (let batch = 0; batch < PERSONAL_DATA_ERASURE_MAX_BATCHES; batch++) {
      // Read and erased in one transaction, on the primary (never a lagging replica's view of what is still held).
      const done = await this.db.transaction(async (em) => {
        const due = await this.due(now, em);
        const byReason = new Map<ContributorErasureReason, string[]>();
        for (const d of due) byReason.set(d.reason, [...(byReason.get(d.reason) ?? []), d.opinionId]);
        let n = 0;
        for (const [reason, ids] of byReason)
          n += await this.opinions.eraseContributors(em, actor, ids, reason, now);
        return { found: due.length, n };
      });
      if (!done.found) return { erased, more: false };
      erased += done.n;
      await between(erased);
    }
    return { erased, more: (await this.due(now)).length > 0 };
  }
}

/**
 * The retention job: once per interval slot across every instance, like the reminder scan (a once-key derived from the
 * slot: the first instance's start wins, the others get that job back). Safe to run again: erased rows are not due.
 */
@Injectable()
export class PersonalDataErasureJob
  implements JobHandler<ErasurePayload>, OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown
{
  readonly kind = PERSONAL_DATA_ERASURE_JOB;
  readonly system = true;
  readonly retentionMs = PERSONAL_DATA_ERASURE_RETENTION_MS;
  private readonly logger = new Logger('PersonalData');
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    @Inject(FEEDBACK_OPTIONS) private readonly options: FeedbackOptions,
    private readonly jobs: JobService,
    private readonly retention: PersonalDataRetention,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  onApplicationBootstrap(): void {
    if (this.options.personalDataErasureIntervalSeconds > 0) this.schedule();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.stopped) return;
    const length = this.options.personalDataErasureIntervalSeconds * 1000;
    const now = this.clock.now().getTime();
    const wait = (Math.floor(now / length) + 1) * length - now + 20;
    this.timer = setTimeout(() => {
      this.startSlot().catch((error: Error) =>
        this.logger.error(
          `个人信息到期删除任务未能启动 (personal data erasure not started): ${error.message}`,
        ),
      );
      this.schedule();
    }, wait);
    this.timer.unref();
  }

  /** Starts this slot's run, or returns the one another instance started for it. */
  async startSlot(at = this.clock.now()) {
    const intervalSeconds = Math.max(1, this.options.personalDataErasureIntervalSeconds);
    const slot = Math.floor(at.getTime() / (intervalSeconds * 1000));
    return this.jobs.start<ErasurePayload>(null, {
      kind: this.kind,
      subjectType: 'PersonalDataErasure',
      subjectId: `${intervalSeconds}s:${slot}`,
      payload: { intervalSeconds, slot },
      onceKey: `${intervalSeconds}:${slot}`,
    });
  }

  /** Concerns every point: only system administrators see it (it names no one). */
  maySee(actor: Actor): Promise<boolean> {
    return Promise.resolve(isSystemAdmin(actor));
  }

  async run(context: JobContext<ErasurePayload>): Promise<JobOutcome> {
    const now = this.clock.now();
    const { erased, more } = await this.retention.eraseDue(context.actor, now, (n) =>
      context.progress(50, `已删除 ${n} 位提出人的个人信息`),
    );
    return {
      result: { erased, more, at: now.toISOString() },
      summary: `个人信息到期删除完成：删除 ${erased} 位提出人的姓名、电话等个人信息${more ? '（尚有到期的，下次继续）' : ''}`,
    };
  }
}
