import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ConsolidationStatus, SourceType } from './consolidation.enums.js';

/**
 * 汇总: a contact point's consolidation of one task — its duplicate groups, its consolidated suggestions (汇总条目) and the
 * sign-off (审核) and submission (报送) that close it. Opinions stay where the feedback domain keeps them; this domain
 * only points at them.
 */
@Entity('consolidation')
@Index(['taskId', 'contactPointId'], { unique: true })
export class ConsolidationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  taskId!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  contactPointId!: string;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  status!: ConsolidationStatus;

  /** When the duplicate groups were last computed (null: never). */
  @Column({ type: 'datetime', nullable: true })
  groupedAt!: Date | null;

  /**
   * Which generation of duplicate groups readers see: a grouping writes its groups under a new generation in bounded
   * transactions and switches to it in one small one (DuplicateGroupService.regroup). Only ever grows.
   */
  @Column({ type: 'integer', default: 0 })
  groupGeneration!: number;

  /** The last generation a grouping was started under (each attempt takes the next; a retried job too). */
  @Column({ type: 'integer', default: 0 })
  groupGenerations!: number;

  @Column({ type: 'varchar', length: 36, nullable: true })
  preparedById!: string | null;

  @Column({ type: 'datetime', nullable: true })
  preparedAt!: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  approvedById!: string | null;

  /** The approver's role as a label (点长 / 副点长（受点长委托）): what the cover page shows instead of a name. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  approvedAs!: string | null;

  @Column({ type: 'datetime', nullable: true })
  approvedAt!: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  submittedById!: string | null;

  @Index()
  @Column({ type: 'datetime', nullable: true })
  submittedAt!: Date | null;

  /** At submission: the opinions gathered (not withdrawn) and the suggestions submitted — what the ledger counts. */
  @Column({ type: 'integer', nullable: true })
  submittedOpinions!: number | null;

  @Column({ type: 'integer', nullable: true })
  submittedSuggestions!: number | null;

  /** Why the head sent it back (退回修改), while it is being reworked. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  returnReason!: string | null;

  @Column({ type: 'datetime' })
  createdAt!: Date;

  @Column({ type: 'datetime' })
  updatedAt!: Date;
}

/** Opinions on one provision whose texts are identical or nearly so (a mass campaign): counted, grouped, kept. */
@Entity('duplicate_group')
@Index(['consolidationId', 'generation', 'sortKey'])
export class DuplicateGroupEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  consolidationId!: string;

  /** The grouping that wrote it: seen only while it is the consolidation's groupGeneration. */
  @Column({ type: 'integer', default: 0 })
  generation!: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  provisionAddress!: string | null;

  /** The provision's place in the draft (general opinions last). */
  @Column({ type: 'integer' })
  sortKey!: number;

  @Column({ type: 'varchar', length: 36 })
  representativeOpinionId!: string;

  @Column({ type: 'integer' })
  opinionCount!: number;

  /** Distinct texts after normalising (whitespace, punctuation, width). */
  @Column({ type: 'integer' })
  variantCount!: number;

  @Column({ type: 'integer' })
  peopleCount!: number;
}

/**
 * The members of a duplicate group, in chunks of up to DUPLICATE_GROUP_CHUNK opinion ids (JSON): a million-opinion
 * campaign is stored as tens of thousands of rows rather than a million, which is what keeps regrouping under a
 * minute on MySQL/MariaDB. Only groups of two or more are stored.
 */
@Entity('duplicate_group_member')
@Index(['groupId', 'position'], { unique: true })
@Index(['consolidationId', 'generation'])
export class DuplicateGroupMembersEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  groupId!: string;

  @Column({ type: 'varchar', length: 36 })
  consolidationId!: string;

  /** Its group's generation (DuplicateGroupEntity.generation): old generations are deleted by it, in batches. */
  @Column({ type: 'integer', default: 0 })
  generation!: number;

  /** The chunk's place in the group (0, 1, …): members in receipt order. */
  @Column({ type: 'integer' })
  position!: number;

  /** JSON array of opinion ids (36 + 3 characters each: a chunk stays under the 64 KiB of a MySQL TEXT). */
  @Column({ type: 'text' })
  opinionIds!: string;
}

/** Opinion ids per chunk of a duplicate group's members. */
export const DUPLICATE_GROUP_CHUNK = 1000;

/** 汇总条目: one row of the consolidated table, made from opinions, annotations or duplicate groups. */
@Entity('consolidated_suggestion')
// The list's keyset order (the draft's order, then creation): a page is read in order from the index.
@Index('idx_suggestion_order', ['consolidationId', 'sortKey', 'createdAt', 'id'])
// One provision's (or 总体意见's) suggestions in the list's order, and counted per provision from the index alone.
@Index('idx_suggestion_provision', ['consolidationId', 'provisionAddress', 'sortKey', 'createdAt', 'id'])
export class ConsolidatedSuggestionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  consolidationId!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  taskId!: string;

  @Column({ type: 'varchar', length: 36 })
  contactPointId!: string;

  /** 序号, given at approval in the draft's order. */
  @Column({ type: 'integer', nullable: true })
  number!: number | null;

  @Column({ type: 'integer' })
  sortKey!: number;

  /** Null: a general opinion (总体意见). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  provisionAddress!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  provisionCitation!: string | null;

  /** 原文 */
  @Column({ type: 'text', nullable: true })
  originalText!: string | null;

  /** 修改意见 */
  @Column({ type: 'text' })
  proposedChange!: string;

  /** 理由 */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** Optimistic lock: every save names the version it started from. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 36 })
  createdById!: string;

  @Column({ type: 'varchar', length: 36 })
  updatedById!: string;

  @Column({ type: 'datetime' })
  createdAt!: Date;

  @Column({ type: 'datetime' })
  updatedAt!: Date;
}

/** A link from a suggestion to an opinion or annotation behind it. An opinion raising two points may feed two. */
@Entity('suggestion_source')
@Index(['suggestionId', 'sourceType', 'sourceId'], { unique: true })
// Which suggestions an opinion is in, answered from the index alone (the origins frozen at submission join on it).
@Index(['consolidationId', 'sourceType', 'sourceId', 'suggestionId'])
export class SuggestionSourceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  suggestionId!: string;

  @Column({ type: 'varchar', length: 36 })
  consolidationId!: string;

  @Column({ type: 'varchar', length: 16 })
  sourceType!: SourceType;

  @Column({ type: 'varchar', length: 36 })
  sourceId!: string;
}

/** The point head's delegation of sign-off to a deputy head (副点长), until revoked. */
@Entity('approval_delegation')
@Index(['contactPointId', 'accountId'])
export class ApprovalDelegationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  contactPointId!: string;

  @Column({ type: 'varchar', length: 36 })
  accountId!: string;

  @Column({ type: 'varchar', length: 36 })
  grantedById!: string;

  @Column({ type: 'datetime' })
  grantedAt!: Date;

  @Column({ type: 'datetime', nullable: true })
  revokedAt!: Date | null;
}

/**
 * Where a submitted table's opinions came from, frozen at submission like its counts: opinions counted by unit,
 * collector and channel — once for the point's whole task (`suggestionId` null: every active opinion, forwarded or
 * not) and once per suggestion (the active opinions linked to it). The ledger's breakdowns read these rows instead of
 * joining every link to its opinion, and later edits to an opinion do not rewrite what was sent.
 */
@Entity('submitted_origin')
@Index(['contactPointId', 'taskId', 'suggestionId'])
// Whether a suggestion has an opinion from a unit, collector or channel (the ledger's drill-down), from the index alone.
@Index(['suggestionId', 'liaisonUnitId', 'collectorId', 'channel'])
export class SubmittedOriginEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  consolidationId!: string;

  @Column({ type: 'varchar', length: 36 })
  taskId!: string;

  @Column({ type: 'varchar', length: 36 })
  contactPointId!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  suggestionId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  liaisonUnitId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  collectorId!: string | null;

  @Column({ type: 'varchar', length: 32 })
  channel!: string;

  @Column({ type: 'integer' })
  opinions!: number;
}

export const CONSOLIDATION_ENTITIES = [
  ConsolidationEntity,
  DuplicateGroupEntity,
  DuplicateGroupMembersEntity,
  ConsolidatedSuggestionEntity,
  SuggestionSourceEntity,
  ApprovalDelegationEntity,
  SubmittedOriginEntity,
];
