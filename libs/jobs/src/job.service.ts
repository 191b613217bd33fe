import { hostname } from 'node:os';
import { Readable } from 'node:stream';
import { createHash, randomBytes } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, In, type DataSource } from 'typeorm';
import { Clock, DomainError, newId, NotFoundError } from '@app/common';
import { isUniqueViolation } from '@app/database';
import { AccountService, LiveEvents, type Actor } from '@app/identity';
import { BullMqJobQueue } from './bullmq-job-queue.js';
import { JobFileChunkEntity } from './job-file.entity.js';
import { JobEntity } from './job.entity.js';
import { InProcessJobQueue, type JobQueue } from './job-queue.js';
import { JobInterruptedError, JobState, type JobHandler } from './job.types.js';
import { JOB_FILE_LIMITS, JOB_LIMITS, JOBS_OPTIONS, type JobsOptions } from './jobs.options.js';

/** A job's stored result file, as its result JSON records it (`{ file: … }`). */
export interface StoredJobFile {
  filename: string;
  contentType: string;
  size: number;
  chunks: number;
}

export interface StartJob<P> {
  kind: string;
  subjectType: string;
  subjectId: string;
  payload: P;
  /**
   * For work that must run once ever per key (a reminder scan's interval slot): the job's id is derived from it, so a
   * second start with the key — at another instance, or after the first finished — returns the first job.
   */
  onceKey?: string;
  /** Narrows the one-active-job rule within a subject (an export's format: a .docx and an .xlsx may run side by side). */
  scope?: string;
}

/** Who starts a system job (the reminder scan): no account; its kind's handler is marked `system`. */
export const SYSTEM_STARTER = '系统（定时任务）';

/** The one actor a system job runs as: no grants, no permissions (it acts through its domain's services only). */
export const systemActor = (jobId: string): Actor => ({
  accountId: 'system',
  username: 'system',
  displayName: SYSTEM_STARTER,
  grants: [],
  permissions: new Set(),
  requestId: `job:${jobId}`,
});

/** A job id derived from a once-key: a UUID-shaped digest (version nibble 5, as a name-based UUID). */
export function onceJobId(kind: string, key: string): string {
  const hex = createHash('sha256').update(`${kind}\n${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const truncate = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;

/**
 * Starts jobs, runs them, and answers where they stand. The job's row is its record (any instance reads it); the
 * queue only carries its id. A worker claims a row before running it (queued, or running with a claim nobody renewed
 * within `claimMs`), renews the claim while it runs, and writes the outcome only while it still holds it: so a job runs
 * to its end once, even when BullMQ or a restart hands it out twice.
 */
@Injectable()
export class JobService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly handlers = new Map<string, JobHandler<never>>();
  private readonly queue: JobQueue;
  /** This process's name in the job rows it claims. */
  readonly workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private stopping = false;
  /** Jobs' kinds and payloads, for maySee. */
  private readonly seen = new Map<string, { kind: string; subjectId: string; payload: unknown }>();
  private purgeTimer: NodeJS.Timeout | undefined;
  private readonly logger = new Logger('Jobs');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(JOBS_OPTIONS) private readonly options: JobsOptions,
    private readonly accounts: AccountService,
    private readonly clock: Clock,
    private readonly live: LiveEvents,
  ) {
    this.queue = options.redis
      ? new BullMqJobQueue(options.redis.url, options.redis.keyPrefix, options.concurrency, options.claimMs)
      : new InProcessJobQueue(options.concurrency);
  }

  /** Called by the domain that owns a kind, in its module's constructor or onModuleInit. */
  register<P>(handler: JobHandler<P>): void {
    if (this.handlers.has(handler.kind)) throw new Error(`job kind ${handler.kind} registered twice`);
    this.handlers.set(handler.kind, handler);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.runWorker) return;
    await this.queue.startWorker((id) => this.run(id));
    await this.recover();
    // Finished jobs of kinds with a retention go after it (every instance may delete: the same rows, idempotent).
    this.purgeTimer = setInterval(() => {
      this.purge().catch((error: Error) =>
        this.logger.warn(`过期任务清理失败 (job purge failed): ${error.message}`),
      );
    }, JOB_LIMITS.purgeEveryMs);
    this.purgeTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.purgeTimer) clearInterval(this.purgeTimer);
    await this.queue.close();
  }

  /**
   * Deletes the finished jobs that have outlived their kind's retention (`JobHandler.retentionMs`), after letting the
   * kind drop what it keeps beside them (an export's file). Returns how many rows went.
   */
  async purge(now = this.clock.now()): Promise<number> {
    const repo = this.db.getRepository(JobEntity);
    let purged = 0;
    for (const handler of this.handlers.values()) {
      if (!handler.retentionMs) continue;
      const before = new Date(now.getTime() - handler.retentionMs);
      for (;;) {
        const rows = await repo
          .createQueryBuilder('j')
          .select('j.id', 'id')
          .where('j.kind = :kind', { kind: handler.kind })
          .andWhere('j.state IN (:...ended)', { ended: [JobState.SUCCEEDED, JobState.FAILED] })
          .andWhere('j.finished_at < :before', { before })
          .limit(500)
          .getRawMany<{ id: string }>();
        if (rows.length === 0) break;
        const ids = rows.map((r) => r.id);
        await handler.purge?.(ids);
        await this.db.getRepository(JobFileChunkEntity).delete({ jobId: In(ids) });
        await repo.delete(ids);
        purged += ids.length;
        if (rows.length < 500) break;
      }
    }
    return purged;
  }

  /**
   * Enqueues again the jobs a stopped process left queued (or running, its claim expired): without Redis they lived
   * only in that process's queue; with BullMQ, adding the same id again is a no-op while BullMQ still holds it.
   */
  async recover(): Promise<number> {
    const rows = await this.db
      .getRepository(JobEntity)
      .createQueryBuilder('j')
      .select('j.id', 'id')
      .where('j.state IN (:...states)', { states: [JobState.QUEUED, JobState.RUNNING] })
      .orderBy('j.created_at', 'ASC')
      .getRawMany<{ id: string }>();
    for (const { id } of rows) await this.queue.enqueue(id);
    return rows.length;
  }

  /**
   * Starts a job on a subject, or returns the one already queued or running for it (the unique active key), so two
   * clicks or two instances start one job.
   */
  async start<P>(actor: Actor | null, job: StartJob<P>): Promise<JobEntity> {
    const handler = this.handlers.get(job.kind);
    if (!handler) throw new Error(`job kind ${job.kind} not registered`);
    if (!actor && !handler.system) throw new Error(`job kind ${job.kind} needs an account to start it`);
    const repo = this.db.getRepository(JobEntity);
    const activeKey = `${job.kind}:${job.subjectId}${job.scope ? `:${job.scope}` : ''}`;
    const onceId = job.onceKey === undefined ? null : onceJobId(job.kind, job.onceKey);
    for (let tries = 0; tries < 3; tries++) {
      const existing = onceId ? await repo.findOneBy({ id: onceId }) : await repo.findOneBy({ activeKey });
      if (existing) return existing;
      const row: JobEntity = {
        id: onceId ?? newId(),
        kind: job.kind,
        state: JobState.QUEUED,
        progress: 0,
        step: '排队等待',
        subjectType: job.subjectType,
        subjectId: job.subjectId,
        payload: JSON.stringify(job.payload),
        // A once-job's id is its key (it must stay taken after the job ends); others hold the active key while they run.
        activeKey: onceId ? null : activeKey,
        result: null,
        summary: null,
        errorCode: null,
        errorMessage: null,
        attempts: 0,
        worker: null,
        heartbeatAt: null,
        startedById: actor?.accountId ?? null,
        startedByName: actor ? truncate(actor.displayName || actor.username, 100) : SYSTEM_STARTER,
        createdAt: this.clock.now(),
        startedAt: null,
        finishedAt: null,
      };
      try {
        await repo.insert(row);
      } catch (error) {
        // Started at this moment by another request or instance (or a once-key's slot taken): return that one.
        if (isUniqueViolation(error)) continue;
        throw error;
      }
      this.announce(row);
      await this.queue.enqueue(row.id);
      return row;
    }
    throw new Error(`job ${activeKey} could not be started`);
  }

  /** A job the caller may see (the same check as for its subject); anyone else is told it does not exist. */
  async find(actor: Actor, id: string): Promise<JobEntity> {
    const job = await this.db.getRepository(JobEntity).findOneBy({ id });
    const handler = job && this.handlers.get(job.kind);
    if (!job || !handler || !(await handler.maySee(actor, job.subjectId, JSON.parse(job.payload) as never)))
      throw new NotFoundError('后台任务', id, 'JOB_NOT_FOUND');
    return job;
  }

  /**
   * Whether the caller may see a job, without reading its row each time: a pushed event is checked for every page
   * listening, and a job's kind and payload never change, so they are kept (the last JOB_LIMITS.seenJobs jobs).
   */
  async maySee(actor: Actor, id: string): Promise<boolean> {
    let known = this.seen.get(id);
    if (!known) {
      const job = await this.db
        .getRepository(JobEntity)
        .findOne({ where: { id }, select: { id: true, kind: true, subjectId: true, payload: true } });
      if (!job) return false;
      known = { kind: job.kind, subjectId: job.subjectId, payload: JSON.parse(job.payload) as unknown };
      if (this.seen.size >= JOB_LIMITS.seenJobs) this.seen.delete(this.seen.keys().next().value!);
      this.seen.set(id, known);
    }
    const handler = this.handlers.get(known.kind);
    return !!handler && (await handler.maySee(actor, known.subjectId, known.payload as never));
  }

  /**
   * Stores a job's result file in the database (chunks of JOB_FILE_LIMITS.chunkBytes, written a batch at a time as the
   * content is produced), replacing what an earlier attempt of the job stored. Refuses a file over
   * JOB_FILE_LIMITS.maxBytes. `onBytes` hears the running size (for progress). Returns what the job's result records.
   */
  async storeFile(
    jobId: string,
    file: { filename: string; contentType: string; content: AsyncIterable<Buffer | Uint8Array | string> },
    onBytes?: (bytes: number) => Promise<void>,
    maxBytes: number = JOB_FILE_LIMITS.maxBytes,
  ): Promise<StoredJobFile> {
    const repo = this.db.getRepository(JobFileChunkEntity);
    await repo.delete({ jobId });
    const { chunkBytes, chunksPerInsert } = JOB_FILE_LIMITS;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let seq = 0;
    let size = 0;
    const rows: JobFileChunkEntity[] = [];
    const flush = async (all: boolean) => {
      while (pendingBytes >= chunkBytes || (all && pendingBytes > 0)) {
        const joined = Buffer.concat(pending);
        const data = joined.subarray(0, chunkBytes);
        pending = joined.length > chunkBytes ? [joined.subarray(chunkBytes)] : [];
        pendingBytes = joined.length - data.length;
        rows.push({ jobId, seq: seq++, data: Buffer.from(data) });
        if (rows.length >= chunksPerInsert) await repo.insert(rows.splice(0));
      }
      if (all && rows.length > 0) await repo.insert(rows.splice(0));
    };
    for await (const part of file.content) {
      const buffer = typeof part === 'string' ? Buffer.from(part) : Buffer.from(part);
      size += buffer.length;
      if (size > maxBytes)
        throw new DomainError(
          'BAD_USER_INPUT',
          'JOB_FILE_TOO_LARGE',
          `生成的文件超过 ${maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MB` : `${maxBytes} 字节`} 的上限，请分联系点或分批导出`,
        );
      pending.push(buffer);
      pendingBytes += buffer.length;
      if (pendingBytes >= chunkBytes) {
        await flush(false);
        await onBytes?.(size);
      }
    }
    await flush(true);
    return { filename: file.filename, contentType: file.contentType, size, chunks: seq };
  }

  /** A stored result file's bytes, read a batch of chunks at a time as the client reads them. */
  openFile(jobId: string, chunks: number): Readable {
    const repo = this.db.getRepository(JobFileChunkEntity);
    const batch = JOB_FILE_LIMITS.chunksPerInsert;
    return Readable.from(
      (async function* () {
        for (let from = 0; from < chunks; from += batch) {
          const rows = await repo
            .createQueryBuilder('c')
            .where('c.job_id = :jobId AND c.seq >= :from AND c.seq < :to', {
              jobId,
              from,
              to: Math.min(from + batch, chunks),
            })
            .orderBy('c.seq', 'ASC')
            .getMany();
          if (rows.length !== Math.min(batch, chunks - from))
            throw new Error(`job ${jobId}: file chunks missing from ${from}`);
          for (const row of rows) yield row.data;
        }
      })(),
    );
  }

  /** How long a finished job of this kind stays (its file with it), or null when kept. */
  retentionOf(kind: string): number | null {
    return this.handlers.get(kind)?.retentionMs ?? null;
  }

  /** The latest job of a kind on a subject (for a page that comes back while one runs), or null. */
  async latest(kind: string, subjectId: string): Promise<JobEntity | null> {
    return this.db
      .getRepository(JobEntity)
      .findOne({ where: { kind, subjectId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /**
   * Tells the pages listening (at every instance) where a job now stands, after the row says so: a page that asks
   * `job(id)` on hearing it reads the same. Who may hear it is each stream's check (the kind's maySee).
   */
  private announce(
    job: Pick<
      JobEntity,
      'id' | 'kind' | 'subjectId' | 'state' | 'progress' | 'step' | 'summary' | 'errorCode' | 'errorMessage'
    >,
  ): void {
    this.live.publish({
      type: 'job',
      job: {
        id: job.id,
        kind: job.kind,
        subjectId: job.subjectId,
        state: job.state.toUpperCase(), // as the schema names it (JobState's keys)
        progress: job.progress,
        step: job.step,
        summary: job.summary,
        error: job.errorCode ? { code: job.errorCode, message: job.errorMessage ?? '' } : null,
      },
    });
  }

  /** Runs one job if this process can claim it. */
  async run(id: string): Promise<'done' | 'busy'> {
    if (this.stopping) return 'busy';
    const repo = this.db.getRepository(JobEntity);
    const now = this.clock.now();
    const claimed = await repo
      .createQueryBuilder()
      .update(JobEntity)
      .set({
        state: JobState.RUNNING,
        worker: this.workerId,
        heartbeatAt: now,
        attempts: () => 'attempts + 1',
        startedAt: () => 'COALESCE(started_at, :now)',
      })
      .where('id = :id', { id, now })
      .andWhere(
        new Brackets((qb) =>
          qb
            .where('state = :queued', { queued: JobState.QUEUED })
            .orWhere('(state = :running AND (heartbeat_at IS NULL OR heartbeat_at < :expired))', {
              running: JobState.RUNNING,
              expired: new Date(now.getTime() - this.options.claimMs),
            }),
        ),
      )
      .execute();
    if (!claimed.affected) {
      const job = await repo.findOneBy({ id });
      return job?.state === JobState.RUNNING ? 'busy' : 'done';
    }
    const job = await repo.findOneByOrFail({ id });
    this.announce(job);
    const mine = { id, worker: this.workerId, state: JobState.RUNNING };
    const handler = this.handlers.get(job.kind);
    const heartbeat = setInterval(
      () => {
        repo.update(mine, { heartbeatAt: this.clock.now() }).catch((error: Error) => {
          this.logger.warn(`任务 ${id} 心跳未写入 (job heartbeat failed): ${error.message}`);
        });
      },
      Math.max(500, Math.floor(this.options.claimMs / 3)),
    );
    try {
      if (!handler)
        throw new DomainError('INTERNAL_SERVER_ERROR', 'JOB_KIND_UNKNOWN', '此实例不认识该任务类型');
      const actor = job.startedById
        ? await this.accounts.loadActor(job.startedById, `job:${id}`)
        : handler.system
          ? systemActor(id)
          : null;
      if (!actor)
        throw new DomainError('FORBIDDEN', 'ACCOUNT_INACTIVE', '发起任务的账号已停用或不存在，任务未执行');
      let written = { percent: -1, step: job.step, at: 0 };
      const outcome = await handler.run({
        jobId: id,
        payload: JSON.parse(job.payload) as never,
        actor,
        attempt: job.attempts,
        progress: async (percent, step) => {
          if (this.stopping) throw new JobInterruptedError(id);
          const value = Math.max(0, Math.min(99, Math.floor(percent)));
          const at = Date.now();
          const changed = step !== undefined && step !== written.step;
          if (!changed && (value === written.percent || at - written.at < JOB_LIMITS.progressWriteMs)) return;
          written = { percent: value, step: step ?? written.step, at };
          const update = await repo.update(mine, {
            progress: value,
            step: step === undefined ? undefined : truncate(step, 200),
            heartbeatAt: this.clock.now(),
          });
          if (!update.affected) throw new JobInterruptedError(id);
          this.announce({ ...job, progress: value, step: written.step });
        },
      });
      const done = await repo.update(mine, {
        state: JobState.SUCCEEDED,
        progress: 100,
        step: '已完成',
        result: JSON.stringify(outcome.result ?? null),
        summary: truncate(outcome.summary, 500),
        activeKey: null,
        finishedAt: this.clock.now(),
      });
      if (!done.affected) this.logger.warn(`任务 ${id} 已被其他实例接手，本次结果未写入 (job taken over)`);
      else
        this.announce({
          ...job,
          state: JobState.SUCCEEDED,
          progress: 100,
          step: '已完成',
          summary: truncate(outcome.summary, 500),
        });
      return 'done';
    } catch (error) {
      if (error instanceof JobInterruptedError) {
        // Stopping: hand the job back at once rather than after its claim expires.
        await repo.update(mine, {
          state: JobState.QUEUED,
          worker: null,
          heartbeatAt: null,
          step: '等待其他实例接手',
        });
        this.announce({ ...job, state: JobState.QUEUED, step: '等待其他实例接手' });
        return 'busy';
      }
      const domain = error instanceof DomainError;
      if (!domain) this.logger.error(`任务 ${id}（${job.kind}）失败 (job failed): ${(error as Error).stack}`);
      const failure = {
        state: JobState.FAILED,
        errorCode: domain ? error.reason : 'JOB_FAILED',
        errorMessage: truncate(
          domain ? error.message : '任务执行出错，请稍后重试；如仍失败请联系管理员',
          500,
        ),
      };
      const failed = await repo.update(mine, { ...failure, activeKey: null, finishedAt: this.clock.now() });
      if (failed.affected) this.announce({ ...job, ...failure });
      return 'done';
    } finally {
      clearInterval(heartbeat);
    }
  }
}
