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
import type { ProvisionKind } from './provision.js';

/** A draft regulation (法规草案) of one legislature; its text lives in versions. */
@Entity('draft')
export class DraftEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Organization's legislature: an id, not a relation (another lib's table); the foreign key stays in the database. */
  @Index()
  @Column({ type: 'varchar', length: 36 })
  @ForeignKey('legislature', { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  legislatureId!: string;

  /** 《重庆市养犬管理条例（草案）》 */
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** What it regulates, in a few words (养犬管理). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  subject!: string | null;

  @Column({ type: 'datetime' })
  createdAt!: Date;

  @Column({ type: 'datetime' })
  updatedAt!: Date;
}

/**
 * One version of a draft's text (征求意见稿, 一审稿 …). Frozen once a consultation task uses it: from then on it can be
 * superseded by a new version, never edited, so that every opinion keeps pointing at the text it was written on.
 */
@Entity('draft_version')
@Index(['draftId', 'sequence'], { unique: true })
export class DraftVersionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  draftId!: string;

  @ManyToOne(() => DraftEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'draft_id' })
  draft?: Relation<DraftEntity>;

  /** 1, 2, 3 … in the order the versions arrived. */
  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ type: 'varchar', length: 32 })
  stage!: string;

  /** A label of the legislature's own, e.g. 2022年5月征求意见稿. */
  @Column({ type: 'varchar', length: 100 })
  label!: string;

  /** The title line of the text as parsed. */
  @Column({ type: 'varchar', length: 200 })
  textTitle!: string;

  @Column({ type: 'text', nullable: true })
  preamble!: string | null;

  @Column({ type: 'integer' })
  articleCount!: number;

  /** JSON array of the parser's warnings (ParseWarning[]). */
  @Column({ type: 'text' })
  warnings!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  sourceFilename!: string | null;

  /** utf-8, gb18030 or docx: how the file was read. */
  @Column({ type: 'varchar', length: 16 })
  sourceEncoding!: string;

  @Column({ type: 'varchar', length: 64 })
  sourceSha256!: string;

  @Column({ type: 'boolean' })
  frozen!: boolean;

  @Column({ type: 'varchar', length: 36, nullable: true })
  supersededById!: string | null;

  @Column({ type: 'datetime' })
  createdAt!: Date;
}

/** One node of a version's provision tree, in document order (`position`), addressed by its stable address. */
@Entity('provision')
@Index(['versionId', 'address'], { unique: true })
@Index(['versionId', 'position'])
export class ProvisionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  versionId!: string;

  @ManyToOne(() => DraftVersionEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'version_id' })
  version?: Relation<DraftVersionEntity>;

  @Column({ type: 'varchar', length: 36, nullable: true })
  parentId!: string | null;

  /** 0-based index in a depth-first walk: the order of the text. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'integer' })
  depth!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: ProvisionKind;

  @Column({ type: 'varchar', length: 50 })
  label!: string;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'integer' })
  insertion!: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  heading!: string | null;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 200 })
  address!: string;

  @Column({ type: 'varchar', length: 100 })
  citation!: string;
}

export const DRAFT_ENTITIES = [DraftEntity, DraftVersionEntity, ProvisionEntity];
