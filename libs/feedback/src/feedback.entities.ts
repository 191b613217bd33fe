import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type {
  AnnotationStatus,
  ContributorCategory,
  ContributorErasureReason,
  OpinionChannel,
  OpinionStatus,
} from './feedback.enums.js';

/**
 * Opinions (意见建议) and what surrounds them. Personal data of the person who gave an opinion lives apart, encrypted,
 * in `contributor` (see personal-data.ts); an opinion carries only the contributor's category and unit.
 */

/** 征集活动: a forum, courtyard meeting, visit, questionnaire round, deputy reception or online round. */
@Entity('collection_activity')
export class CollectionActivityEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  taskId!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  contactPointId!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  liaisonUnitId!: string | null;

  @Column({ type: 'varchar', length: 32 })
  channel!: OpinionChannel;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'date' })
  heldOn!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  place!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  organizer!: string | null;

  /** JSON array of collector ids present. */
  @Column({ type: 'text' })
  collectorIds!: string;

  @Column({ type: 'integer' })
  participants!: number;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'varchar', length: 36 })
  createdById!: string;

  @Column({ type: 'datetime' })
  createdAt!: Date;

  /**
   * 网上征集 by the public (channel ONLINE, opened by the executing body): the token in the public link and QR code,
   * 32 URL-safe characters (192 random bits). Null for every other activity.
   */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 43, nullable: true })
  publicToken!: string | null;

  /** When the public link stops taking opinions: at the latest the point's deadline. Null: not a public round. */
  @Column({ type: 'datetime', nullable: true })
  closesAt!: Date | null;

  /** Closed early by the executing body. */
  @Column({ type: 'datetime', nullable: true })
  closedAt!: Date | null;
}

@Entity('opinion')
@Index(['authorAccountId', 'idempotencyKey'], { unique: true })
// By provision in receipt order: the workbench's lists and the consolidation's reading, provision by provision.
@Index(['taskId', 'contactPointId', 'provisionAddress', 'receiptNumber'])
// Covering the counts (workbench, ledger) and the origins frozen at submission: a million opinions are counted from
// the index, never from the table. It ends with the id, which SQLite's indexes do not hold by themselves.
@Index('idx_opinion_tally', [
  'taskId',
  'contactPointId',
  'status',
  'provisionAddress',
  'channel',
  'liaisonUnitId',
  'collectorId',
  'peopleRepresented',
  'id',
])
// Newest first (created_at DESC, id) for each part of the read scope: a page is read in order from the index. The
// migration writes the DESC, which TypeORM's decorator cannot say.
@Index('idx_opinion_newest', ['taskId', 'contactPointId', 'createdAt', 'id'])
@Index('idx_opinion_author_newest', ['taskId', 'authorAccountId', 'createdAt', 'id'])
@Index('idx_opinion_unit_newest', ['taskId', 'liaisonUnitId', 'createdAt', 'id'])
export class OpinionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** 回执编号: fourteen digits a person can read out on the phone; the last is a check digit. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 16 })
  receiptNumber!: string;

  @Column({ type: 'varchar', length: 36 })
  taskId!: string;

  @Column({ type: 'varchar', length: 36 })
  contactPointId!: string;

  @Column({ type: 'varchar', length: 36 })
  draftVersionId!: string;

  /** Null: a general opinion (总体意见). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  provisionAddress!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  provisionCitation!: string | null;

  /** 原文: the provision's text when the opinion was given (filled from the provision). */
  @Column({ type: 'text', nullable: true })
  originalText!: string | null;

  /** 修改意见 / 建议修改为 */
  @Column({ type: 'text' })
  proposedChange!: string;

  /** 理由 */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'varchar', length: 32 })
  channel!: OpinionChannel;

  @Column({ type: 'varchar', length: 36, nullable: true })
  activityId!: string | null;

  @Column({ type: 'integer' })
  peopleRepresented!: number;

  /** JSON array of short tags. */
  @Column({ type: 'text' })
  tags!: string;

  @Column({ type: 'date', nullable: true })
  gatheredOn!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  place!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  contributorCategory!: ContributorCategory | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  contributorUnit!: string | null;

  // No index of its own: every query names the task, and idx_opinion_tally holds (task, point, status) (1764960000000).
  @Column({ type: 'varchar', length: 16 })
  status!: OpinionStatus;

  /** 不予报送的理由 */
  @Column({ type: 'varchar', length: 500, nullable: true })
  statusReason!: string | null;

  // No index of its own: the unique (authorAccountId, idempotencyKey) index begins with it (migration 1764840000000).
  /** Null: submitted by a member of the public through an online collection's link (authorRole PUBLIC). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  authorAccountId!: string | null;

  /** The role the author gave it in: COLLECTOR, EXPERT, UNIT_ADMIN, the executing body's, or PUBLIC (no account). */
  @Column({ type: 'varchar', length: 32 })
  authorRole!: string;

  // No index of its own: idx_opinion_unit_newest begins with (task, unit) (migration 1764960000000).
  @Column({ type: 'varchar', length: 36, nullable: true })
  liaisonUnitId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  collectorId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  expertId!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  idempotencyKey!: string | null;

  /** SHA-256 of the submitted content: the same idempotency key with other content is a conflict. */
  @Column({ type: 'varchar', length: 64 })
  contentHash!: string;

  @Column({ type: 'integer' })
  revision!: number;

  /** Milliseconds kept (DATETIME(3) on MySQL/MariaDB): the opinions list pages newest first by this instant. */
  @Column({ type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'datetime' })
  updatedAt!: Date;
}

/** Every earlier state of an opinion: edits, withdrawal, marking out of scope. Never deleted. */
@Entity('opinion_revision')
@Index(['opinionId', 'revision'], { unique: true })
export class OpinionRevisionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  opinionId!: string;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'varchar', length: 32 })
  action!: string;

  /** JSON of the opinion as it was before this change. */
  @Column({ type: 'text' })
  snapshot!: string;

  @Column({ type: 'varchar', length: 36 })
  changedById!: string;

  @Column({ type: 'datetime' })
  changedAt!: Date;
}

/**
 * The person behind an opinion, when they chose to give their name. Stored apart from the opinion and encrypted at
 * rest (AES-256-GCM); readable only by the collector who recorded it and the point's executing body, each read audited.
 */
@Entity('contributor')
export class ContributorEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 36 })
  opinionId!: string;

  @Column({ type: 'varchar', length: 36 })
  contactPointId!: string;

  /** Encrypted JSON { name, phone, address, note }; empty once erased (erasedAt). */
  @Column({ type: 'text' })
  sealed!: string;

  /** What the person agreed to (告知同意), in words shown to them. */
  @Column({ type: 'varchar', length: 500 })
  consentText!: string;

  @Column({ type: 'varchar', length: 16 })
  consentMethod!: string;

  @Column({ type: 'datetime' })
  consentAt!: Date;

  /** Under 14 (个人信息保护法 art. 31): a guardian's consent is required and recorded. */
  @Column({ type: 'boolean' })
  minor!: boolean;

  @Column({ type: 'boolean' })
  guardianConsent!: boolean;

  /** Agreed to be told the outcome (反馈). */
  @Column({ type: 'boolean' })
  notifyOutcome!: boolean;

  @Column({ type: 'varchar', length: 36 })
  recordedById!: string;

  @Column({ type: 'datetime' })
  createdAt!: Date;

  /**
   * When the personal data was erased (个人信息保护法 art. 47: withdrawn, asked for, purpose achieved, retention over):
   * `sealed` is emptied in the same statement; the consent record and these three facts stay. Null: still held.
   */
  @Column({ type: 'datetime', nullable: true })
  erasedAt!: Date | null;

  /** Who erased it: an account id, or `system` (the retention job). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  erasedById!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  erasureReason!: ContributorErasureReason | null;
}

/** 批注: an expert's note on a passage of a provision, anchored in layers (address, quote with context, offsets). */
@Entity('annotation')
@Index(['taskId', 'contactPointId'])
export class AnnotationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  taskId!: string;

  @Column({ type: 'varchar', length: 36 })
  contactPointId!: string;

  /** The version the annotation is listed on (moved on to each newer version it is re-anchored onto, even if orphaned). */
  @Column({ type: 'varchar', length: 36 })
  draftVersionId!: string;

  /**
   * The version the anchor (address, quote, context, offsets) was taken from: where it was written, re-selected or last
   * placed. Same as draftVersionId except for an orphan, whose words are still those of the older version; the next
   * re-anchoring compares from here. Null for a reply (no anchor).
   */
  @Column({ type: 'varchar', length: 36, nullable: true })
  anchorVersionId!: string | null;

  /** Null for a reply in a thread. */
  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  parentId!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  provisionAddress!: string | null;

  @Column({ type: 'text', nullable: true })
  quote!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  prefix!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  suffix!: string | null;

  @Column({ type: 'integer', nullable: true })
  startOffset!: number | null;

  @Column({ type: 'integer', nullable: true })
  endOffset!: number | null;

  /** ANCHORED, MOVED or ORPHANED (after a new version), null for replies. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  anchorStatus!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  anchorNote!: string | null;

  @Column({ type: 'text' })
  note!: string;

  @Column({ type: 'text', nullable: true })
  proposedWording!: string | null;

  @Column({ type: 'text', nullable: true })
  legalBasis!: string | null;

  @Column({ type: 'varchar', length: 36 })
  authorAccountId!: string;

  /** ACTIVE, or WITHDRAWN by its author before consolidation (kept with its history, out of lists and the table). */
  @Column({ type: 'varchar', length: 16, default: 'ACTIVE' })
  status!: AnnotationStatus;

  /** Why it was withdrawn, when the author said. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  statusReason!: string | null;

  /** Edits and withdrawal so far; an edit naming an older revision is refused (optimistic locking). */
  @Column({ type: 'integer', default: 0 })
  revision!: number;

  @Column({ type: 'datetime' })
  createdAt!: Date;

  @Column({ type: 'datetime' })
  updatedAt!: Date;
}

/** Every earlier state of an annotation: edits (a new selection or new text) and withdrawal. Never deleted. */
@Entity('annotation_revision')
@Index(['annotationId', 'revision'], { unique: true })
export class AnnotationRevisionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  annotationId!: string;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'varchar', length: 32 })
  action!: string;

  /** JSON of the annotation as it was before this change. */
  @Column({ type: 'text' })
  snapshot!: string;

  @Column({ type: 'varchar', length: 36 })
  changedById!: string;

  @Column({ type: 'datetime' })
  changedAt!: Date;
}

export const FEEDBACK_ENTITIES = [
  CollectionActivityEntity,
  OpinionEntity,
  OpinionRevisionEntity,
  ContributorEntity,
  AnnotationEntity,
  AnnotationRevisionEntity,
];
