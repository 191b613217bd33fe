import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AdoptionOutcome, DeliveryMethod } from './adoption.enums.js';

/**
 * 采纳决定: the legislature's outcome for one consolidated suggestion it received. The working fields are drafted and
 * changed freely; publishing copies them to the published fields, which are all that contact points, units and
 * collectors ever see. A change after publishing is published (and announced) again.
 */
@Entity('adoption_decision')
@Index(['taskId', 'contactPointId'])
// The ledger counts published outcomes per point and task from this index alone.
@Index(['contactPointId', 'taskId', 'publishedOutcome'])
export class AdoptionDecisionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 36 })
  suggestionId!: string;

  @Column({ type: 'varchar', length: 36 })
  taskId!: string;

  @Column({ type: 'varchar', length: 36 })
  contactPointId!: string;

  @Column({ type: 'varchar', length: 36 })
  legislatureId!: string;

  @Column({ type: 'varchar', length: 24 })
  outcome!: AdoptionOutcome;

  @Column({ type: 'varchar', length: 1000 })
  reason!: string;

  /** The later (or final) version and provision that reflect the suggestion, where relevant. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  reflectedVersionId!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reflectedProvisionAddress!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  reflectedCitation!: string | null;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 36 })
  decidedById!: string;

  @Column({ type: 'datetime' })
  createdAt!: Date;

  @Column({ type: 'datetime' })
  updatedAt!: Date;

  @Column({ type: 'varchar', length: 24, nullable: true })
  publishedOutcome!: AdoptionOutcome | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  publishedReason!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  publishedCitation!: string | null;

  @Column({ type: 'datetime', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  publishedById!: string | null;

  /** How many times it was published (1 the first time; more after changes). */
  @Column({ type: 'integer' })
  publications!: number;
}

/**
 * 文本佐证: what a later version of the draft says about a suggestion — computed, offered to the legislature as a
 * proposal to confirm, never published by itself. Scores are stored in thousandths (integers on every engine).
 */
@Entity('adoption_evidence')
@Index(['suggestionId', 'laterVersionId'], { unique: true })
export class AdoptionEvidenceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  suggestionId!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  taskId!: string;

  @Column({ type: 'varchar', length: 36 })
  laterVersionId!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  laterCitation!: string | null;

  @Column({ type: 'boolean' })
  provisionChanged!: boolean;

  @Column({ type: 'boolean' })
  provisionDeleted!: boolean;

  @Column({ type: 'integer' })
  beforeMilli!: number;

  @Column({ type: 'integer' })
  afterMilli!: number;

  @Column({ type: 'varchar', length: 24, nullable: true })
  suggestedOutcome!: AdoptionOutcome | null;

  /** JSON array of { text, start, end } in the later text. */
  @Column({ type: 'text' })
  matchedPassages!: string;

  @Column({ type: 'varchar', length: 500 })
  summary!: string;

  @Column({ type: 'datetime' })
  computedAt!: Date;
}

/** 反馈记录: that a contributor who asked to be told the outcome was told — by whom, how and when. */
@Entity('feedback_delivery')
export class FeedbackDeliveryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  opinionId!: string;

  @Column({ type: 'varchar', length: 36 })
  contactPointId!: string;

  @Column({ type: 'varchar', length: 16 })
  method!: DeliveryMethod;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ type: 'varchar', length: 36 })
  deliveredById!: string;

  @Column({ type: 'datetime' })
  deliveredAt!: Date;
}

/**
 * The ledger's breakdowns kept counted: per point, task and origin (a unit, collector or channel, by `dimension`), how
 * many submitted suggestions have each published outcome (null: none published yet). Derived from submitted_origin
 * and the published decisions, and recounted for a task whenever either changes (submission, publication), so that
 * reading a breakdown costs a few rows per task, not a pass over a million links.
 */
@Entity('ledger_tally')
@Index(['contactPointId', 'taskId', 'dimension'])
@Index(['taskId'])
export class LedgerTallyEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  contactPointId!: string;

  @Column({ type: 'varchar', length: 36 })
  taskId!: string;

  @Column({ type: 'varchar', length: 16 })
  dimension!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  originKey!: string | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  outcome!: AdoptionOutcome | null;

  @Column({ type: 'integer' })
  suggestions!: number;
}

export const ADOPTION_ENTITIES = [
  AdoptionDecisionEntity,
  AdoptionEvidenceEntity,
  FeedbackDeliveryEntity,
  LedgerTallyEntity,
];
