import {
  Column,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { DraftStage } from '@app/drafts';
import { AssigneeType, NotificationKind, PointTaskState, TaskStatus } from './consultation.enums.js';

/**
 * 征求意见任务: what the legislature sends — a frozen draft version, a notice, a deadline, focus questions.
 * Rows of other libs (the legislature, the draft version, the contact point) are held by id, not by relation: their
 * tables are theirs. The foreign keys stay (@ForeignKey names the table), so the database still refuses an orphan.
 */
@Entity('consultation_task')
export class ConsultationTaskEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  @ForeignKey('legislature', { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  legislatureId!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  @ForeignKey('draft_version', { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  draftVersionId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** 征求意见通知 */
  @Column({ type: 'text' })
  noticeText!: string;

  @Column({ type: 'varchar', length: 32 })
  reviewStage!: DraftStage;

  /** JSON array of strings: 重点问题提纲. */
  @Column({ type: 'text' })
  focusQuestions!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: TaskStatus;

  /** The date on the notice (China Standard Time). */
  @Column({ type: 'date', nullable: true })
  issueDate!: string | null;

  @Column({ type: 'datetime', nullable: true })
  issuedAt!: Date | null;

  /** The legislature's deadline, an instant (UTC in the database). */
  @Column({ type: 'datetime' })
  deadline!: Date;

  @Column({ type: 'varchar', length: 36 })
  createdById!: string;

  @Column({ type: 'datetime' })
  createdAt!: Date;

  @Column({ type: 'datetime' })
  updatedAt!: Date;
}

/** The task at one addressed contact point: its own state machine and, if the legislature extended it, deadline. */
@Entity('point_task')
@Index(['taskId', 'contactPointId'], { unique: true })
export class PointTaskEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  taskId!: string;

  @ManyToOne(() => ConsultationTaskEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'task_id' })
  task?: Relation<ConsultationTaskEntity>;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  @ForeignKey('contact_point', { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  contactPointId!: string;

  @Column({ type: 'varchar', length: 32 })
  state!: PointTaskState;

  /** Set when the legislature records an extension for this point; otherwise the task's deadline applies. */
  @Column({ type: 'datetime', nullable: true })
  extendedDeadline!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  receivedAt!: Date | null;

  @Column({ type: 'datetime' })
  updatedAt!: Date;
}

/** 分发: part of the work at a point, given to an expert, a unit or a collector, with an internal due date. */
@Entity('assignment')
@Index(['assigneeType', 'assigneeId'])
export class AssignmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  pointTaskId!: string;

  @ManyToOne(() => PointTaskEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'point_task_id' })
  pointTask?: Relation<PointTaskEntity>;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  taskId!: string;

  @Column({ type: 'varchar', length: 36 })
  contactPointId!: string;

  @Column({ type: 'varchar', length: 16 })
  assigneeType!: AssigneeType;

  @Column({ type: 'varchar', length: 36 })
  assigneeId!: string;

  /** JSON array of provision addresses; empty = the whole draft. */
  @Column({ type: 'text' })
  provisionAddresses!: string;

  @Column({ type: 'datetime' })
  dueAt!: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ type: 'varchar', length: 36 })
  createdById!: string;

  @Column({ type: 'datetime' })
  createdAt!: Date;

  /** When an assignee (the expert, the collector, or anyone of the unit) first read the task; null: not yet. */
  @Column({ type: 'datetime', nullable: true })
  openedAt!: Date | null;
}

/** An inbox line for one account. `dedupeKey` makes reminders idempotent: the scheduler may run any number of times. */
@Entity('notification')
@Index(['accountId', 'readAt'])
export class NotificationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  accountId!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: NotificationKind;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  dedupeKey!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  taskId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  assignmentId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 1000 })
  body!: string;

  @Index()
  @Column({ type: 'datetime' })
  createdAt!: Date;

  @Column({ type: 'datetime', nullable: true })
  readAt!: Date | null;
}

export const CONSULTATION_ENTITIES = [
  ConsultationTaskEntity,
  PointTaskEntity,
  AssignmentEntity,
  NotificationEntity,
];
