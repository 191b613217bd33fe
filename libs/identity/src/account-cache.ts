import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { WriteInvalidatedCache } from '@app/database';
import { ACCOUNT_INVALIDATION_CHANNEL, CacheInvalidationChannel } from './account-cache-invalidation.js';
import type { RoleGrant } from './actor.js';
import type { Permission } from './permission.js';
import { SHARED_REDIS, type SharedRedis } from './identity.options.js';

/** At most this many accounts are kept (the oldest entry goes first). */
export const ACCOUNT_CACHE_MAX_ENTRIES = 10_000;
/** An entry is reloaded once it is this old, whatever happened (a safety net beside the invalidation). */
export const ACCOUNT_CACHE_TTL_MS = 30_000;

/** What every request needs of its caller's account: the row's security fields and the grants. */
export interface CachedAccount {
  id: string;
  username: string;
  displayName: string;
  active: boolean;
  credentialVersion: number;
  /** Its password was set by someone else and not changed since (AccountEntity.mustChangePassword). */
  mustChangePassword: boolean;
  grants: RoleGrant[];
  /** What the grants allow, computed once per load rather than on every request. */
  permissions: ReadonlySet<Permission>;
  /**
   * Sessions (refresh-token families) of this credential version signed out recently enough that one of their access
   * tokens may still be unexpired: such a token is refused. A sign-out forgets this account's entry (invalidateKey).
   */
  signedOutSessions: ReadonlySet<string>;
}

/** The tables whose rows a cached account is made of: any write to them empties the cache. */
const ACCOUNT_TABLES: ReadonlySet<string> = new Set(['account', 'role_assignment']);

/**
 * Accounts and their grants for authenticating requests, so a signed-in request does not reload them each time
 * (issue 16: that was ~15% of a signed-in request's CPU).
 *
 * Security rests on the invalidation (WriteInvalidatedCache's rules): every write to `account` or `role_assignment`
 * (roles, deactivation, password change, sign-out everywhere — through AccountService or any TypeORM write) empties
 * the cache at once and again when its transaction ends, storing nothing in between, and a load overtaken by an
 * invalidation is not stored. A single-session sign-out (SessionService, explicitly) does the same to its account's
 * entry only (invalidateKey): it changes nothing else. So a change takes effect on the very next request after its
 * commit.
 *
 * With several API instances (REDIS_URL), each invalidation is also published on Redis and every other instance
 * empties its cache (or forgets the one account) on receipt (CacheInvalidationChannel); an instance that cannot hear those messages caches nothing.
 */
@Injectable()
export class AccountCache extends WriteInvalidatedCache<CachedAccount | null> {
  constructor(
    @InjectDataSource() db: DataSource,
    @Optional() @Inject(SHARED_REDIS) redis?: SharedRedis | null,
  ) {
    super(
      db,
      { ttlMs: ACCOUNT_CACHE_TTL_MS, maxEntries: ACCOUNT_CACHE_MAX_ENTRIES, tables: ACCOUNT_TABLES },
      redis ? (heard) => new CacheInvalidationChannel(redis, ACCOUNT_INVALIDATION_CHANNEL, heard) : undefined,
    );
  }

  /** The cached account, or the loader's (an account that exists is stored when nothing invalidated it meanwhile). */
  override get(
    accountId: string,
    load: () => Promise<CachedAccount | null>,
    now = Date.now(),
  ): Promise<CachedAccount | null> {
    return super.get(accountId, load, now, (account) => account !== null);
  }
}
