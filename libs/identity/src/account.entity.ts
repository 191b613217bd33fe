import { Column, Entity, Index, OneToMany, PrimaryColumn, type Relation } from 'typeorm';
import { RoleAssignmentEntity } from './role-assignment.entity.js';

@Entity('account')
export class AccountEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Lower-case ASCII, unique on every engine (MySQL's collation is case-insensitive, SQLite's is not). */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ type: 'varchar', length: 100 })
  displayName!: string;

  /** Argon2id PHC string; never leaves the identity lib. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'boolean' })
  active!: boolean;

  /**
   * Stamped into every token issued; raised by a password change, deactivation, reactivation and "sign out everywhere",
   * so every token issued before is refused at once (checked on the same row load that authenticates each request).
   */
  @Column({ type: 'integer', default: 0 })
  credentialVersion!: number;

  /**
   * Someone else set the password (resetAccountPassword): the person is asked to change it at once. Raised by a reset,
   * cleared by changePassword; sign-in still works (the web app opens 修改密码 and lets them do nothing else).
   */
  @Column({ type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @Column({ type: 'datetime' })
  createdAt!: Date;

  @Column({ type: 'datetime' })
  updatedAt!: Date;

  @OneToMany(() => RoleAssignmentEntity, (r) => r.account)
  roles?: Relation<RoleAssignmentEntity[]>;
}
