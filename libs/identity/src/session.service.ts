import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { Clock, UnauthenticatedError, newId } from '@app/common';
import { AccountEntity } from './account.entity.js';
import type { AccountModel } from './identity.models.js';
import { AccountCache } from './account-cache.js';
import { AccountService, SIGNED_OUT_MARGIN_SECONDS } from './account.service.js';
import { IDENTITY_OPTIONS, REFRESH_TOKEN_PURGE, type IdentityOptions } from './identity.options.js';
import { LoginThrottler } from './login-throttler.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { TokenService } from './token.service.js';

export interface IssuedSession {
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Sessions: a short access token (a JWT checked on every request) and a revocable refresh token (random, stored
 * hashed, rotated on every use). A rotated token presented again means a copy exists: the whole family is revoked.
 * A family is one session: its access tokens carry its id (`sid`), and a revoked family's access tokens are refused
 * from the next request on (the account cache knows the account's recently revoked families; see AccountService).
 */
@Injectable()
export class SessionService {
  private readonly logger = new Logger(SessionService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly tokens: TokenService,
    private readonly accounts: AccountService,
    private readonly clock: Clock,
    private readonly cache: AccountCache,
    private readonly throttler: LoginThrottler,
  ) {}

  /** Starts a new family for a freshly authenticated account. */
  async start(account: AccountEntity): Promise<IssuedSession> {
    const now = this.clock.now();
    const familyId = newId();
    // In a transaction, not autocommit: on SQLite a write outside the write queue could run inside another group's
    // open transaction and be rolled back with it after this answered (serialize-transactions.ts).
    const refresh = await this.db.transaction((em) =>
      this.insertRefresh(em.getRepository(RefreshTokenEntity), {
        accountId: account.id,
        familyId,
        credentialVersion: account.credentialVersion,
        familyStartedAt: now,
      }),
    );
    return { ...(await this.tokens.issue(account.id, account.credentialVersion, familyId)), ...refresh };
  }

  /**
   * Exchanges a refresh token for a new access token and a new refresh token; the presented one is spent. `address`:
   * the client's, which the renewal marks as known to the account (LoginThrottler.markKnown): an owner who stays signed
   * in for weeks signs in with a password from those networks even while the account is under a spray. The answer
   * carries the account as it stands now (its roles may have changed since the sign-in).
   */
  async refresh(presented: string, address: string): Promise<IssuedSession & { account: AccountModel }> {
    const row = await this.find(presented);
    const now = this.clock.now();
    if (row.rotatedAt) {
      await this.revokeFamily(row.accountId, row.familyId);
      throw new UnauthenticatedError(
        '刷新令牌已被使用过，为安全起见本次登录已在所有使用它的设备上失效，请重新登录',
        'REFRESH_TOKEN_REUSED',
      );
    }
    const familyEnds = row.familyStartedAt.getTime() + this.options.sessionMaxSeconds * 1000;
    if (row.expiresAt.getTime() <= now.getTime() || familyEnds <= now.getTime()) {
      throw new UnauthenticatedError('登录已过期，请重新登录', 'REFRESH_TOKEN_EXPIRED');
    }
    const account = await this.accounts.findById(row.accountId);
    if (!account?.active || account.credentialVersion !== row.credentialVersion) {
      await this.revokeFamily(row.accountId, row.familyId);
      throw new UnauthenticatedError(
        '登录凭据已失效（密码已修改、账号曾被停用或已在所有设备退出），请重新登录',
        'TOKEN_REVOKED',
      );
    }
    // Read before the new token is committed: once it is, nothing may fail on the way to the client (it would lose the
    // new token with the old one spent, and its retry would count as a reuse).
    const model = await this.accounts.toModel(account);
    const next = await this.db.transaction(async (em) => {
      const repo = em.getRepository(RefreshTokenEntity);
      await this.lockAccount(em, row.accountId);
      // The token as it is now: a sign-out or another use of it that committed while this waited is seen here.
      const current = await this.lockedToken(em, row.id);
      if (!current || current.revokedAt) return 'revoked' as const;
      if (current.rotatedAt) return 'reused' as const;
      // Spent only if nobody spent it first: of two concurrent uses, exactly one wins.
      const spent = await repo.update(
        { id: row.id, rotatedAt: IsNull(), revokedAt: IsNull() },
        { rotatedAt: now },
      );
      if (spent.affected !== 1) return 'reused' as const;
      return this.insertRefresh(repo, {
        accountId: row.accountId,
        familyId: row.familyId,
        credentialVersion: row.credentialVersion,
        familyStartedAt: row.familyStartedAt,
      });
    });
    if (next === 'revoked') {
      // Signed out (or revoked) since the token was read: not a replay, and nothing more to revoke.
      throw new UnauthenticatedError('本次登录已退出或已被撤销，请重新登录', 'REFRESH_TOKEN_REVOKED');
    }
    if (next === 'reused') {
      await this.revokeFamily(row.accountId, row.familyId);
      throw new UnauthenticatedError('刷新令牌已被使用过，请重新登录', 'REFRESH_TOKEN_REUSED');
    }
    // The sliding lifetime never outruns the family's absolute one.
    if (next.refreshExpiresAt.getTime() > familyEnds) next.refreshExpiresAt = new Date(familyEnds);
    // The new token is committed: a store that cannot be reached must not lose it for the client (it would be spent).
    await this.throttler.markKnown(account.username, address).catch((error: unknown) => {
      this.logger.warn(`无法记录续期登录的网络地址：${String(error)}`);
    });
    return {
      ...(await this.tokens.issue(account.id, account.credentialVersion, row.familyId)),
      ...next,
      account: model,
    };
  }

  /**
   * Signs out: revokes the refresh token's family, whose access tokens are then refused at once (at every instance:
   * see revokeSession); with `everywhere`, raises the account's credential version so that every access and refresh
   * token it holds is refused at once.
   */
  async logout(presented: string, everywhere: boolean): Promise<void> {
    const row = await this.find(presented);
    if (!everywhere) return this.revokeFamily(row.accountId, row.familyId);
    await this.db.transaction(async (em) => {
      // The new credential version refuses every token of the account, this session's included. Its UPDATE of the
      // account row takes the lock that lockAccount() takes first, as a refresh and a single sign-out do.
      await this.accounts.revokeCredentials(em, row.accountId);
      await em
        .getRepository(RefreshTokenEntity)
        .update({ accountId: row.accountId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    });
  }

  /**
   * Deletes the refresh tokens of sessions nothing can use any more, in batches of `batchSize`; returns how many went.
   * A session (a family) goes whole, once every one of its tokens expired `keep` ago — a refresh then answers 登录已过期
   * anyway, and a replayed rotated token can revoke nothing living — and none was revoked within `keep`: the account
   * cache refuses a signed-out session's access tokens by its revoked rows for an access token's lifetime and a margin
   * (AccountService.signedOutSessionsOf), and `keep` is never shorter than that. A live session's old rotated tokens
   * stay: presenting one again must still revoke the session (reuse detection). Walks the expired tokens oldest first
   * by (expires_at, id), so kept rows are passed once, not read again by every batch.
   */
  async purgeSpent(
    now = this.clock.now(),
    {
      batchSize = REFRESH_TOKEN_PURGE.batchSize,
      onBatch,
    }: { batchSize?: number; onBatch?: (purged: number) => Promise<void> } = {},
  ): Promise<number> {
    const keepSeconds = Math.max(
      REFRESH_TOKEN_PURGE.keepSeconds,
      this.options.tokenTtlSeconds + SIGNED_OUT_MARGIN_SECONDS,
    );
    const before = new Date(now.getTime() - keepSeconds * 1000);
    const repo = this.db.getRepository(RefreshTokenEntity);
    let purged = 0;
    let after: { expiresAt: Date; id: string } | null = null;
    for (;;) {
      const qb = repo
        .createQueryBuilder('r')
        .select(['r.id', 'r.familyId', 'r.expiresAt'])
        .where('r.expires_at < :before', { before });
      if (after)
        qb.andWhere('(r.expires_at > :afterAt OR (r.expires_at = :afterAt AND r.id > :afterId))', {
          afterAt: after.expiresAt,
          afterId: after.id,
        });
      const rows = await qb
        .orderBy('r.expires_at', 'ASC')
        .addOrderBy('r.id', 'ASC')
        .limit(batchSize)
        .getMany();
      if (rows.length === 0) break;
      const last = rows[rows.length - 1];
      after = { expiresAt: last.expiresAt, id: last.id };
      const families = [...new Set(rows.map((r) => r.familyId))];
      // Sessions still alive (a token not yet expired `keep` ago) or revoked too recently: kept whole.
      const kept = new Set(
        (
          await repo
            .createQueryBuilder('r')
            .select('DISTINCT r.family_id', 'familyId')
            .where('r.family_id IN (:...families)', { families })
            .andWhere('(r.expires_at >= :before OR r.revoked_at >= :before)', { before })
            .getRawMany<{ familyId: string }>()
        ).map((r) => r.familyId),
      );
      const ids = rows.filter((r) => !kept.has(r.familyId)).map((r) => r.id);
      if (ids.length > 0) {
        // In a transaction (SQLite's write queue, as every write here); the conditions again, against a revocation
        // that committed since the read.
        const result = await this.db.transaction((em) =>
          em
            .getRepository(RefreshTokenEntity)
            .createQueryBuilder()
            .delete()
            .where({ id: In(ids) })
            .andWhere('expires_at < :before', { before })
            .andWhere('(revoked_at IS NULL OR revoked_at < :before)', { before })
            .execute(),
        );
        purged += result.affected ?? ids.length;
      }
      await onBatch?.(purged);
      if (rows.length < batchSize) break;
    }
    return purged;
  }

  private async find(presented: string): Promise<RefreshTokenEntity> {
    const row = await this.db.getRepository(RefreshTokenEntity).findOneBy({ tokenHash: hashOf(presented) });
    if (!row) throw new UnauthenticatedError('刷新令牌无效，请重新登录', 'REFRESH_TOKEN_INVALID');
    if (row.revokedAt)
      throw new UnauthenticatedError('本次登录已退出或已被撤销，请重新登录', 'REFRESH_TOKEN_REVOKED');
    return row;
  }

  /**
   * Revokes a session: its refresh tokens, and — through the account cache, whose entries carry the account's recently
   * revoked sessions — its access tokens. In a transaction of its own: on SQLite, so that the write goes through the
   * write queue and is durable before the caller is answered (an autocommit UPDATE could land inside another group's
   * open transaction and be rolled back with it); on MySQL/MariaDB, so that a deadlock with a concurrent refresh or
   * sign-out is retried (retry-conflicts.ts) rather than reported.
   */
  private async revokeFamily(accountId: string, familyId: string): Promise<void> {
    await this.db.transaction((em) => this.revokeSession(em, accountId, familyId));
  }

  /**
   * Revokes the family inside `em`'s transaction and forgets the account's cached entry, here and (over Redis) at every
   * other instance, now and again when the transaction ends (nothing of that account is cached in between: see
   * WriteInvalidatedCache). Only that account's entry: a session's revocation changes no other account.
   * refresh_token is not one of the cache's tables, because each sign-in and each refresh writes to it and only a
   * revocation matters to authentication.
   */
  private async revokeSession(em: EntityManager, accountId: string, familyId: string): Promise<void> {
    await this.lockAccount(em, accountId);
    await em
      .getRepository(RefreshTokenEntity)
      .update({ familyId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    this.cache.invalidateKey(accountId, em);
  }

  /**
   * MySQL/MariaDB: locks the account's row for the rest of the transaction, the first lock that a refresh, a sign-out
   * and a sign-out everywhere (its UPDATE of the account) take, so that those of one account run one after the other.
   * Without it a refresh and a sign-out of one session deadlocked: the refresh held the spent token's row and its new
   * row's INSERT waited behind the sign-out's lock on the family_id index, which was waiting for that spent row.
   * SQLite's write queue runs one transaction at a time.
   */
  private async lockAccount(em: EntityManager, accountId: string): Promise<void> {
    if (em.connection.options.type === 'better-sqlite3') return;
    await em
      .getRepository(AccountEntity)
      .createQueryBuilder('a')
      .select('a.id')
      .where('a.id = :accountId', { accountId })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** The refresh token's row as committed now (a locking read on MySQL/MariaDB, not the transaction's snapshot). */
  private lockedToken(
    em: EntityManager,
    id: string,
  ): Promise<Pick<RefreshTokenEntity, 'id' | 'rotatedAt' | 'revokedAt'> | null> {
    const qb = em
      .getRepository(RefreshTokenEntity)
      .createQueryBuilder('r')
      .select(['r.id', 'r.rotatedAt', 'r.revokedAt'])
      .where('r.id = :id', { id });
    if (em.connection.options.type !== 'better-sqlite3') qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  private async insertRefresh(
    repo: Repository<RefreshTokenEntity>,
    family: Pick<RefreshTokenEntity, 'accountId' | 'familyId' | 'credentialVersion' | 'familyStartedAt'>,
  ): Promise<{ refreshToken: string; refreshExpiresAt: Date }> {
    const now = this.clock.now();
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(now.getTime() + this.options.refreshTtlSeconds * 1000);
    await repo.insert({
      id: newId(),
      ...family,
      tokenHash: hashOf(refreshToken),
      createdAt: now,
      expiresAt: refreshExpiresAt,
      rotatedAt: null,
      revokedAt: null,
    });
    return { refreshToken, refreshExpiresAt };
  }
}
