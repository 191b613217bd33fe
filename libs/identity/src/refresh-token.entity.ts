import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AccountEntity } from './account.entity.js';

/**
 * One refresh token, stored only as its SHA-256 (the token itself is 256 random bits, so a fast hash suffices). Tokens
 * of one sign-in form a family: each use rotates the token (the used one is stamped `rotatedAt`), and presenting a
 * rotated token again revokes the whole family, since either the thief or the owner holds a copy.
 */
@Entity('refresh_token')
// An account's recently revoked sessions (AccountService.signedOutSessionsOf) and its unrevoked tokens (sign out
// everywhere): migration 1764980000000; it also serves the foreign key on account_id (migration 1765000000000 dropped
// the single-column index). The purge's walk through the expired tokens, oldest first (SessionService.purgeSpent).
@Index(['accountId', 'revokedAt'])
@Index(['expiresAt', 'id'])
export class RefreshTokenEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  accountId!: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  familyId!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  /** The account's credential version when the family began: a later change refuses the family. */
  @Column({ type: 'integer' })
  credentialVersion!: number;

  /** When the family's first token was issued: the family's absolute lifetime counts from here. */
  @Column({ type: 'datetime' })
  familyStartedAt!: Date;

  @Column({ type: 'datetime' })
  createdAt!: Date;

  @Column({ type: 'datetime' })
  expiresAt!: Date;

  @Column({ type: 'datetime', nullable: true })
  rotatedAt!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  revokedAt!: Date | null;
}
