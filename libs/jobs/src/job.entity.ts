import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One piece of long work (grouping duplicates, …) and where it stands. The database is the job's record, so any
 * instance answers `job(id)`; the queue (in-process, or BullMQ on Redis) only says which instance runs it next.
 */
@Entity('job')
@Index(['subjectType', 'subjectId', 'createdAt'])
export class JobEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** What the job does: a kind registered by the domain that owns it (`consolidation.groupDuplicates`). */
  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  /** queued, running, succeeded or failed (JobState). */
  @Index()
  @Column({ type: 'varchar', length: 16 })
  state!: string;

  /** 0–100. */
  @Column({ type: 'integer' })
  progress!: number;

  /** The step under way, for a person (zh-CN). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  step!: string | null;

  /** The object the job works on: whoever may see it may see the job. */
  @Column({ type: 'varchar', length: 64 })
  subjectType!: string;

  @Column({ type: 'varchar', length: 36 })
  subjectId!: string;

  /** The kind's input (JSON). */
  @Column({ type: 'text' })
  payload!: string;

  /**
   * Set while the job is queued or running, cleared when it ends: a unique key, so one subject has at most one such
   * job of a kind however many instances are asked at once (NULLs do not collide on SQLite or MySQL/MariaDB).
   */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  activeKey!: string | null;

  /** What it produced (JSON), once succeeded. */
  @Column({ type: 'text', nullable: true })
  result!: string | null;

  /** What it produced, in a sentence for a person (zh-CN). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  summary!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  errorCode!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  errorMessage!: string | null;

  /** How many times a worker has claimed it (a retry after an instance died adds one). */
  @Column({ type: 'integer' })
  attempts!: number;

  /** The worker running it (host:pid:random), and when it last said it is alive. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  worker!: string | null;

  @Column({ type: 'datetime', nullable: true })
  heartbeatAt!: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  startedById!: string | null;

  @Column({ type: 'varchar', length: 100 })
  startedByName!: string;

  @Column({ type: 'datetime' })
  createdAt!: Date;

  @Column({ type: 'datetime', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  finishedAt!: Date | null;
}
