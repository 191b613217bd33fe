import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One append-only line of the audit trail: who did what to which object, with the object before and after. */
@Entity('audit_record')
@Index(['entityType', 'entityId'])
export class AuditRecordEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index()
  @Column({ type: 'datetime' })
  occurredAt!: Date;

  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  actorAccountId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  actorUsername!: string;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 64 })
  entityType!: string;

  @Column({ type: 'varchar', length: 36 })
  entityId!: string;

  /** JSON of the object before the change (null on creation). */
  @Column({ type: 'text', nullable: true })
  before!: string | null;

  /** JSON of the object after the change. */
  @Column({ type: 'text', nullable: true })
  after!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;
}
