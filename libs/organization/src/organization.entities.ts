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
import {
  CollectorCategory,
  ContactPointKind,
  ContactPointLevel,
  ExecutivePosition,
  LegislatureLevel,
  LiaisonUnitType,
} from './organization.enums.js';

/**
 * The organisation's tables. Members are deactivated, never deleted (动态调整): the `active` flag and, for collectors,
 * the active period keep the history that later opinions and ledgers point to. Every member row carries its contact
 * point so that object-level checks need no join.
 */

abstract class Timestamped {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ type: 'datetime' })
  createdAt!: Date;

  @Column({ type: 'datetime' })
  updatedAt!: Date;
}

@Entity('legislature')
export class LegislatureEntity extends Timestamped {
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 100 })
  region!: string;

  @Column({ type: 'varchar', length: 32 })
  level!: LegislatureLevel;

  /** The office that runs consultations, e.g. 法制工作委员会. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  commission!: string | null;
}

@Entity('contact_point')
export class ContactPointEntity extends Timestamped {
  @Index()
  @Column({ type: 'varchar', length: 36 })
  legislatureId!: string;

  @ManyToOne(() => LegislatureEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'legislature_id' })
  legislature?: Relation<LegislatureEntity>;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 100 })
  hostInstitution!: string;

  @Column({ type: 'varchar', length: 32 })
  level!: ContactPointLevel;

  @Column({ type: 'varchar', length: 32 })
  kind!: ContactPointKind;

  @Column({ type: 'date' })
  designatedOn!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address!: string | null;
}

abstract class PointMember extends Timestamped {
  @Index()
  @Column({ type: 'varchar', length: 36 })
  contactPointId!: string;

  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  /**
   * Identity's account, held by id (another lib's table, not a relation); the foreign key stays in the database and
   * empties the id when the account row goes.
   */
  @Column({ type: 'varchar', length: 36, nullable: true })
  @ForeignKey('account', { onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  accountId!: string | null;
}

@Entity('executive_member')
export class ExecutiveMemberEntity extends PointMember {
  @ManyToOne(() => ContactPointEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'contact_point_id' })
  contactPoint?: Relation<ContactPointEntity>;

  @Column({ type: 'varchar', length: 32 })
  position!: ExecutivePosition;

  /** The person's own post, e.g. 国家治理学院副院长. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  jobTitle!: string | null;
}

@Entity('expert')
export class ExpertEntity extends PointMember {
  @ManyToOne(() => ContactPointEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'contact_point_id' })
  contactPoint?: Relation<ContactPointEntity>;

  @Column({ type: 'varchar', length: 100 })
  discipline!: string;

  @Column({ type: 'varchar', length: 100 })
  affiliation!: string;

  /** Professional title, e.g. 教授. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  title!: string | null;
}

@Entity('liaison_unit')
export class LiaisonUnitEntity extends Timestamped {
  @Index()
  @Column({ type: 'varchar', length: 36 })
  contactPointId!: string;

  @ManyToOne(() => ContactPointEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'contact_point_id' })
  contactPoint?: Relation<ContactPointEntity>;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  type!: LiaisonUnitType;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  contactPerson!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  contactPhone!: string | null;
}

@Entity('information_collector')
export class InformationCollectorEntity extends PointMember {
  @ManyToOne(() => ContactPointEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'contact_point_id' })
  contactPoint?: Relation<ContactPointEntity>;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  liaisonUnitId!: string;

  @ManyToOne(() => LiaisonUnitEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'liaison_unit_id' })
  liaisonUnit?: Relation<LiaisonUnitEntity>;

  @Column({ type: 'varchar', length: 32 })
  category!: CollectorCategory;

  @Column({ type: 'date' })
  activeFrom!: string;

  @Column({ type: 'date', nullable: true })
  activeUntil!: string | null;
}

export const ORGANIZATION_ENTITIES = [
  LegislatureEntity,
  ContactPointEntity,
  ExecutiveMemberEntity,
  ExpertEntity,
  LiaisonUnitEntity,
  InformationCollectorEntity,
];
