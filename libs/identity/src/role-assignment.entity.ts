import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AccountEntity } from './account.entity.js';
import { Role } from './role.js';

/**
 * A role bound to an organisation. The scope is denormalised — a COLLECTOR of a unit also carries the unit's contact
 * point and that point's legislature — so that access checks need no query. Units never move between points.
 */
@Entity('role_assignment')
export class RoleAssignmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  accountId!: string;

  @ManyToOne(() => AccountEntity, (a) => a.roles, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  @Column({ type: 'varchar', length: 32 })
  role!: Role;

  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  legislatureId!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  contactPointId!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  liaisonUnitId!: string | null;

  @Column({ type: 'datetime' })
  createdAt!: Date;
}
