import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BadInputError, Clock, ConflictError, UnauthenticatedError, chunk, newId } from '@app/common';
import { AccountEntity } from './account.entity.js';
import { AccountCache, type CachedAccount } from './account-cache.js';
import type { Actor, RoleGrant } from './actor.js';
import type { AccountModel } from './identity.models.js';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity.options.js';
import { LoginThrottler } from './login-throttler.js';
import { checkPassword, type PasswordContext } from './password-policy.js';
import { PasswordService } from './password.service.js';
import { permissionsOf } from './permission.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { RoleAssignmentEntity } from './role-assignment.entity.js';
import type { TokenClaims } from './token.service.js';
import { ROLE_SCOPE, type Role } from './role.js';

/**
 * How much longer than an access token's lifetime a signed-out session is remembered: a token's expiry is set by the
 * clock of the instance that issued it, which may run a little behind this one's.
 */
export const SIGNED_OUT_MARGIN_SECONDS = 5 * 60;

const NO_SESSIONS: ReadonlySet<string> = new Set();

/** Lower-case letters, digits and . _ -, 3–64 characters, starting with a letter or digit. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

export interface NewAccount {
  username: string;
  password: string;
  displayName: string;
  grants: RoleGrant[];
  /** What else is known of the person (a member record's name and phone): the password may not be built on it. */
  person?: Pick<PasswordContext, 'names' | 'phones'>;
}

/**
 * Refuses a password the policy refuses (password-policy.ts), as BAD_USER_INPUT on `field` with the policy's reason
 * (INVALID_PASSWORD, PASSWORD_TOO_COMMON, PASSWORD_CONTAINS_USERNAME, PASSWORD_CONTAINS_PERSONAL_INFO,
 * PASSWORD_TOO_SIMPLE).
 */
export function assertPasswordAcceptable(field: string, password: string, context: PasswordContext): void {
  const problem = checkPassword(password, context);
  if (problem) throw BadInputError.field(field, problem.message, problem.reason);
}

/** A password change whose current password was verified (AccountService.verifyPasswordChange), not yet stored. */
export interface VerifiedPasswordChange {
  accountId: string;
  /** The account's credential version when verified: the change is stored only if it is still this. */
  credentialVersion: number;
  /** The new password, hashed. */
  passwordHash: string;
}

@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordService,
    private readonly throttler: LoginThrottler,
    private readonly clock: Clock,
    private readonly cache: AccountCache,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /**
   * Checks a username and password. The attempt is reserved with the throttler before the password is verified (so
   * concurrent guesses cannot overtake the count) and settled with its outcome after.
   */
  async authenticate(username: string, password: string, address: string): Promise<AccountEntity> {
    const name = username.trim().toLowerCase();
    const ticket = await this.throttler.reserve(name, address);
    let outcome: 'success' | 'failure' | 'aborted' = 'aborted';
    try {
      const account = await this.db.getRepository(AccountEntity).findOneBy({ username: name });
      const ok = await this.passwords.verify(account?.active ? account.passwordHash : null, password);
      outcome = account && ok ? 'success' : 'failure';
      if (!account || !ok) throw new UnauthenticatedError('用户名或密码错误', 'INVALID_CREDENTIALS');
      return account;
    } finally {
      await this.throttler.settle(ticket, outcome);
    }
  }

  /** The actor of an active account, or null. */
  async loadActor(accountId: string, requestId: string | null): Promise<Actor | null> {
    const account = await this.cachedAccount(accountId);
    return account?.active ? actorOf(account, requestId) : null;
  }

  /**
   * The caller of a request with a verified access token (or a signed file link, which names the same): the account
   * must be active and still at the credential version the token was issued under, and the token's session not signed
   * out. All three come from the account cache, which every change to them empties.
   */
  async loadSession(claims: TokenClaims, requestId: string | null): Promise<Actor> {
    const account = await this.cachedAccount(claims.accountId);
    if (!account?.active)
      throw new UnauthenticatedError('账号不存在或已停用，请联系管理员', 'ACCOUNT_INACTIVE');
    if (account.credentialVersion !== claims.credentialVersion) {
      throw new UnauthenticatedError(
        '登录凭据已失效（密码已修改、账号曾被停用或已在所有设备退出），请重新登录',
        'TOKEN_REVOKED',
      );
    }
    if (claims.sessionId !== null && account.signedOutSessions.has(claims.sessionId)) {
      throw new UnauthenticatedError('本次登录已退出，访问令牌随之失效，请重新登录', 'TOKEN_REVOKED');
    }
    return actorOf(account, requestId, claims);
  }

  /**
   * The caller as loadSession() would find them, when their account is in the cache and valid for the token (active,
   * same credential version, session not signed out), without waiting; undefined otherwise — then loadSession() loads
   * it, or says why not.
   */
  cachedSession(claims: TokenClaims, requestId: string | null): Actor | undefined {
    const account = this.cache.peek(claims.accountId);
    if (!account?.active || account.credentialVersion !== claims.credentialVersion) return undefined;
    if (claims.sessionId !== null && account.signedOutSessions.has(claims.sessionId)) return undefined;
    return actorOf(account, requestId, claims);
  }

  /** The account, its grants and its signed-out sessions as authentication needs them: cached (see AccountCache). */
  private cachedAccount(accountId: string): Promise<CachedAccount | null> {
    return this.cache.get(accountId, async () => {
      const row = await this.db.getRepository(AccountEntity).findOneBy({ id: accountId });
      if (!row) return null;
      const [grants, signedOutSessions] = await Promise.all([
        this.grantsOf(row.id),
        this.signedOutSessionsOf(row.id, row.credentialVersion),
      ]);
      return {
        id: row.id,
        username: row.username,
        displayName: row.displayName,
        active: row.active,
        credentialVersion: row.credentialVersion,
        mustChangePassword: row.mustChangePassword,
        grants,
        permissions: permissionsOf(grants.map((g) => g.role)),
        signedOutSessions,
      };
    });
  }

  /**
   * The account's sessions whose access tokens a sign-out refuses: families of the current credential version (older
   * ones' tokens are refused by their version) revoked within an access token's lifetime (and a margin), since an
   * access token is never issued for a revoked family and so none of an earlier-revoked one is still unexpired.
   */
  private async signedOutSessionsOf(
    accountId: string,
    credentialVersion: number,
  ): Promise<ReadonlySet<string>> {
    const since = new Date(
      this.clock.now().getTime() - (this.options.tokenTtlSeconds + SIGNED_OUT_MARGIN_SECONDS) * 1000,
    );
    const rows = await this.db
      .getRepository(RefreshTokenEntity)
      .createQueryBuilder('r')
      .select('DISTINCT r.family_id', 'familyId')
      .where('r.account_id = :accountId', { accountId })
      .andWhere('r.credential_version = :credentialVersion', { credentialVersion })
      .andWhere('r.revoked_at > :since', { since })
      .getRawMany<{ familyId: string }>();
    return rows.length ? new Set(rows.map((r) => r.familyId)) : NO_SESSIONS;
  }

  /**
   * Activates or deactivates an account inside the caller's transaction (the caller authorises and audits). Either
   * way every token issued before is refused: a reactivated account's old tokens do not come back to life.
   */
  async setActive(em: EntityManager, accountId: string, active: boolean): Promise<void> {
    await em.update(
      AccountEntity,
      { id: accountId },
      { active, updatedAt: this.clock.now(), credentialVersion: () => 'credential_version + 1' },
    );
    this.cache.invalidate(em);
  }

  /** Refuses every access and refresh token issued to the account so far ("sign out everywhere"). */
  async revokeCredentials(em: EntityManager, accountId: string): Promise<void> {
    await em.update(
      AccountEntity,
      { id: accountId },
      { updatedAt: this.clock.now(), credentialVersion: () => 'credential_version + 1' },
    );
    this.cache.invalidate(em);
  }

  /**
   * Replaces an account's role grants inside the caller's transaction (the caller authorises and audits). The account's
   * next request is authorised by the new grants.
   */
  async setGrants(em: EntityManager, accountId: string, grants: RoleGrant[]): Promise<void> {
    for (const grant of grants) assertGrantShape(grant);
    const now = this.clock.now();
    await em.delete(RoleAssignmentEntity, { accountId });
    if (grants.length) {
      await em.insert(
        RoleAssignmentEntity,
        grants.map((g) => em.create(RoleAssignmentEntity, { id: newId(), accountId, ...g, createdAt: now })),
      );
    }
    this.cache.invalidate(em);
  }

  /** The account's grants; `em`: the caller's transaction, when it decides from them. */
  async grantsOf(accountId: string, em: EntityManager = this.db.manager): Promise<RoleGrant[]> {
    const rows = await em.getRepository(RoleAssignmentEntity).find({
      where: { accountId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toGrant);
  }

  async toModel(account: AccountEntity): Promise<AccountModel> {
    return {
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      active: account.active,
      mustChangePassword: account.mustChangePassword,
      roles: await this.grantsOf(account.id),
    };
  }

  /**
   * The first half of a password change, run BEFORE the caller opens its transaction: checks the new password against
   * the policy (password-policy.ts: the account's username and display name, and — after the current password was
   * verified — `person`, what the caller knows of the person, a member record's name and phone), then the current one through the sign-in throttle (the same reservation on the account and the client address, so its
   * failures count with sign-in's and lock both alike: a stolen access token must not become an unthrottled password
   * oracle, attack notes F4), and hashes the new one. The throttle's round trips and both (slow) hashes thus hold no
   * database connection or row lock. A new password equal to the one given as current is refused before anything is
   * verified, so that answer says nothing about whether the current one was right.
   */
  async verifyPasswordChange(
    accountId: string,
    current: string,
    next: string,
    address: string,
    person: Pick<PasswordContext, 'names' | 'phones'> = {},
  ): Promise<VerifiedPasswordChange> {
    // The length first, before anything is read; the rest of the policy needs the account's username and name.
    const length = checkPassword(next);
    if (length?.reason === 'INVALID_PASSWORD')
      throw BadInputError.field('input.newPassword', length.message, length.reason);
    if (next === current)
      throw BadInputError.field('input.newPassword', '新密码不能与当前密码相同', 'PASSWORD_UNCHANGED');
    const account = await this.db.getRepository(AccountEntity).findOneBy({ id: accountId });
    if (!account) throw new UnauthenticatedError('当前密码不正确', 'INVALID_CREDENTIALS');
    // Refused before the current password is verified: the answer is about the new password only, and a refusal costs
    // no throttle reservation and no hash. Only what the caller sees of the account here (its username, its display
    // name in the header): the member record's name and phone are checked once the current password is verified, or
    // PASSWORD_CONTAINS_PERSONAL_INFO would confirm a guess at them for anyone holding a stolen token (review SEC-3).
    const shown = { username: account.username, names: [account.displayName] };
    assertPasswordAcceptable('input.newPassword', next, shown);
    const ticket = await this.throttler.reserve(account.username, address);
    let outcome: 'success' | 'failure' | 'aborted' = 'aborted';
    try {
      outcome = (await this.passwords.verify(account.passwordHash, current)) ? 'success' : 'failure';
    } finally {
      await this.throttler.settle(ticket, outcome);
    }
    if (outcome === 'failure') throw new UnauthenticatedError('当前密码不正确', 'INVALID_CREDENTIALS');
    assertPasswordAcceptable('input.newPassword', next, {
      ...shown,
      names: [...shown.names, ...(person.names ?? [])],
      phones: person.phones,
    });
    return {
      accountId,
      credentialVersion: account.credentialVersion,
      passwordHash: await this.passwords.hash(next),
    };
  }

  /**
   * The second half, inside the caller's transaction (the caller audits it): stores the new password, provided the
   * account's credentials did not change since verifyPasswordChange (a concurrent change, a sign-out everywhere) —
   * else CONFLICT, and nothing is written.
   */
  async changePassword(em: EntityManager, verified: VerifiedPasswordChange): Promise<void> {
    const changed = await em.update(
      AccountEntity,
      { id: verified.accountId, credentialVersion: verified.credentialVersion },
      // A new password refuses every token issued under the old one (a thief's included).
      {
        passwordHash: verified.passwordHash,
        mustChangePassword: false,
        updatedAt: this.clock.now(),
        credentialVersion: () => 'credential_version + 1',
      },
    );
    if (changed.affected !== 1) {
      throw new ConflictError(
        'PASSWORD_CHANGED_MEANWHILE',
        '账号的密码或登录状态刚刚发生了变化，请重新登录后再修改密码',
      );
    }
    this.cache.invalidate(em);
  }

  /**
   * Sets another person's account a temporary password inside the caller's transaction (the caller authorises and
   * audits it: resetAccountPassword). The password must pass the policy like an initial one (BAD_USER_INPUT on
   * `input.password`; the account's username and display name and `person` — its member records' names and phones —
   * count as guessable). The credential version is raised as by changePassword, so every session of the account is
   * signed out at once, and the account is marked to change the password (mustChangePassword, cleared by
   * changePassword). Stored only if the account is still active and at the version `account` was read at, else
   * CONFLICT and nothing is written.
   */
  async resetPassword(
    em: EntityManager,
    account: Pick<AccountEntity, 'id' | 'username' | 'displayName' | 'credentialVersion'>,
    password: string,
    person: Pick<PasswordContext, 'names' | 'phones'> = {},
  ): Promise<void> {
    assertPasswordAcceptable('input.password', password, {
      username: account.username,
      names: [account.displayName, ...(person.names ?? [])],
      phones: person.phones,
    });
    const passwordHash = await this.passwords.hash(password);
    const changed = await em.update(
      AccountEntity,
      { id: account.id, credentialVersion: account.credentialVersion, active: true },
      {
        passwordHash,
        mustChangePassword: true,
        updatedAt: this.clock.now(),
        credentialVersion: () => 'credential_version + 1',
      },
    );
    if (changed.affected !== 1) {
      throw new ConflictError(
        'PASSWORD_CHANGED_MEANWHILE',
        '该账号的密码或登录状态刚刚发生了变化，请刷新后重试',
      );
    }
    this.cache.invalidate(em);
  }

  /**
   * Active accounts holding one of `roles` in the given organisation (for notifications). `lockingRead`: on
   * MySQL/MariaDB, read the latest committed rows (LOCK IN SHARE MODE), not the transaction's snapshot — for a check
   * made after waiting for a lock, when the snapshot may predate the write that was waited for.
   */
  async accountIdsWithRole(
    roles: readonly Role[],
    scope: { legislatureId?: string; contactPointId?: string; liaisonUnitId?: string },
    em: EntityManager = this.db.manager,
    lockingRead = false,
    /** Switched-off accounts too (their grants stay while they are off). */
    includeInactive = false,
  ): Promise<string[]> {
    const qb = em.createQueryBuilder(RoleAssignmentEntity, 'r');
    if (includeInactive) qb.innerJoin(AccountEntity, 'a', 'a.id = r.account_id');
    else qb.innerJoin(AccountEntity, 'a', 'a.id = r.account_id AND a.active = :active', { active: true });
    qb
      .select('DISTINCT r.account_id', 'accountId')
      .where('r.role IN (:...roles)', { roles });
    if (scope.legislatureId)
      qb.andWhere('r.legislature_id = :legislature', { legislature: scope.legislatureId });
    if (scope.contactPointId) qb.andWhere('r.contact_point_id = :point', { point: scope.contactPointId });
    if (scope.liaisonUnitId) qb.andWhere('r.liaison_unit_id = :unit', { unit: scope.liaisonUnitId });
    if (lockingRead && em.connection.options.type !== 'better-sqlite3') qb.setLock('pessimistic_read');
    return (await qb.getRawMany<{ accountId: string }>()).map((r) => r.accountId);
  }

  /**
   * For each contact point, the active accounts holding `role` there (in the order of `contactPointIds`): one query per
   * chunk of points, for a page of points that each ask who their head is (the 组织 page's grant options).
   */
  async activeAccountsWithRoleAtPoints(role: Role, contactPointIds: readonly string[]): Promise<string[][]> {
    const found = new Map<string, string[]>();
    for (const part of chunk([...new Set(contactPointIds)])) {
      const rows = await this.db
        .createQueryBuilder(RoleAssignmentEntity, 'r')
        .innerJoin(AccountEntity, 'a', 'a.id = r.account_id AND a.active = :active', { active: true })
        .select('DISTINCT r.account_id', 'accountId')
        .addSelect('r.contact_point_id', 'contactPointId')
        .where('r.role = :role', { role })
        .andWhere('r.contact_point_id IN (:...part)', { part })
        .getRawMany<{ accountId: string; contactPointId: string }>();
      for (const row of rows)
        found.set(row.contactPointId, [...(found.get(row.contactPointId) ?? []), row.accountId]);
    }
    return contactPointIds.map((id) => found.get(id) ?? []);
  }

  /** One account, or null; `em`: the caller's transaction (organization reads it before deactivating). */
  async findById(id: string, em: EntityManager = this.db.manager): Promise<AccountEntity | null> {
    return em.getRepository(AccountEntity).findOneBy({ id });
  }

  /**
   * Creates an account with its roles inside the caller's transaction. The caller has resolved and authorised each
   * grant's organisation and writes the audit record (the organization lib does); this checks what identity alone
   * knows.
   */
  async create(em: EntityManager, input: NewAccount): Promise<AccountEntity> {
    const username = input.username.trim().toLowerCase();
    if (!USERNAME_PATTERN.test(username)) {
      throw BadInputError.field(
        'input.username',
        '用户名只能包含小写字母、数字和 . _ -，长度 3 到 64 个字符，且以字母或数字开头',
        'INVALID_USERNAME',
      );
    }
    assertPasswordAcceptable('input.password', input.password, {
      username,
      names: [input.displayName, ...(input.person?.names ?? [])],
      phones: input.person?.phones,
    });
    for (const grant of input.grants) assertGrantShape(grant);
    if (await em.existsBy(AccountEntity, { username })) {
      throw new ConflictError('USERNAME_TAKEN', `用户名 ${username} 已被使用，请换一个`, {
        field: 'input.username',
      });
    }
    const now = this.clock.now();
    const account = em.create(AccountEntity, {
      id: newId(),
      username,
      displayName: input.displayName,
      passwordHash: await this.passwords.hash(input.password),
      active: true,
      credentialVersion: 0,
      mustChangePassword: false,
      createdAt: now,
      updatedAt: now,
    });
    await em.insert(AccountEntity, account);
    const roles = input.grants.map((g) =>
      em.create(RoleAssignmentEntity, { id: newId(), accountId: account.id, ...g, createdAt: now }),
    );
    if (roles.length) await em.insert(RoleAssignmentEntity, roles);
    this.cache.invalidate(em);
    return account;
  }
}

function actorOf(account: CachedAccount, requestId: string | null, claims?: TokenClaims): Actor {
  return {
    accountId: account.id,
    username: account.username,
    displayName: account.displayName,
    grants: account.grants,
    permissions: account.permissions,
    requestId,
    mustChangePassword: account.mustChangePassword,
    // The verified token's claims object itself (kept with the token): no allocation on the hot path.
    session: claims,
  };
}

function toGrant(row: RoleAssignmentEntity): RoleGrant {
  return {
    role: row.role,
    legislatureId: row.legislatureId,
    contactPointId: row.contactPointId,
    liaisonUnitId: row.liaisonUnitId,
  };
}

/** A grant names exactly the organisation its role is bound to (and, below a legislature, its parents). */
export function assertGrantShape(grant: RoleGrant): void {
  const scope = ROLE_SCOPE[grant.role];
  const ok =
    scope === 'SYSTEM'
      ? !grant.legislatureId && !grant.contactPointId && !grant.liaisonUnitId
      : scope === 'LEGISLATURE'
        ? !!grant.legislatureId && !grant.contactPointId && !grant.liaisonUnitId
        : scope === 'CONTACT_POINT'
          ? !!grant.legislatureId && !!grant.contactPointId && !grant.liaisonUnitId
          : !!grant.legislatureId && !!grant.contactPointId && !!grant.liaisonUnitId;
  if (!ok) throw new Error(`role grant ${grant.role} has the wrong scope`);
}
