import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  InsertEvent,
  QueryRunner,
  RemoveEvent,
  TransactionCommitEvent,
  TransactionRollbackEvent,
  UpdateEvent,
} from 'typeorm';
import { AccountCacheInvalidation } from './account-cache-invalidation.js';
import type { RoleGrant } from './actor.js';
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
  grants: RoleGrant[];
}

/** The tables whose rows a cached account is made of: any write to them empties the cache. */
const ACCOUNT_TABLES = new Set(['account', 'role_assignment']);

/**
 * Accounts and their grants for authenticating requests, so a signed-in request does not reload them each time
 * (issue 16: that was ~15% of a signed-in request's CPU).
 *
 * Security rests on the invalidation: every write to `account` or `role_assignment` (roles, deactivation, password
 * change, sign-out everywhere — through AccountService or any TypeORM write, seen by this subscriber) empties the
 * cache at once, and a write inside a transaction empties it again when that transaction ends, while in between
 * nothing is stored: a reader on another connection would still read the old committed row and must not keep it. A
 * load that began before an invalidation is not stored either (the generation moved on). So a change takes effect on
 * the very next request after its commit.
 *
 * With several API instances (REDIS_URL), each invalidation is also published on Redis and every other instance
 * empties its cache on receipt (AccountCacheInvalidation); an instance that cannot hear those messages caches nothing.
 */
@Injectable()
export class AccountCache implements EntitySubscriberInterface {
  private readonly entries = new Map<string, { account: CachedAccount; loadedAt: number }>();
  /** Moves on with every invalidation: a load begun under an older generation is not stored. */
  private generation = 0;
  /** Transactions that wrote account data and have not ended yet: nothing is cached until they do. */
  private readonly openWriters = new Set<QueryRunner>();

  /** Other instances' invalidations, when several share the database (REDIS_URL). */
  private readonly shared?: AccountCacheInvalidation;

  constructor(
    @InjectDataSource() db: DataSource,
    @Optional() @Inject(SHARED_REDIS) redis?: SharedRedis | null,
  ) {
    // Registered by hand: the data source's options are the database lib's, and this listens to every entity's writes.
    db.subscribers.push(this);
    if (redis) this.shared = new AccountCacheInvalidation(redis, () => this.clear(false));
  }

  /** The cached account, or the loader's (stored when nothing invalidated it meanwhile). */
  async get(
    accountId: string,
    load: () => Promise<CachedAccount | null>,
    now = Date.now(),
  ): Promise<CachedAccount | null> {
    if (this.shared && !this.shared.listening) {
      // Deaf to other instances' writes: a cached copy could be stale, so read the database every time.
      this.entries.clear();
      return load();
    }
    const hit = this.entries.get(accountId);
    if (hit && now - hit.loadedAt < ACCOUNT_CACHE_TTL_MS) return hit.account;
    if (hit) this.entries.delete(accountId);
    const generation = this.generation;
    const account = await load();
    if (account && generation === this.generation && this.openWriters.size === 0) {
      if (this.entries.size >= ACCOUNT_CACHE_MAX_ENTRIES) {
        this.entries.delete(this.entries.keys().next().value!);
      }
      this.entries.set(accountId, { account, loadedAt: now });
    }
    return account;
  }

  /**
   * Forgets every cached account now and, when `em` is inside a transaction, again when it commits or rolls back
   * (caching nothing until then).
   */
  invalidate(em?: EntityManager | QueryRunner): void {
    const runner = em && 'queryRunner' in em ? em.queryRunner : (em as QueryRunner | undefined);
    if (runner?.isTransactionActive) this.openWriters.add(runner);
    this.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Empties the cache; a local change (not one heard from another instance) is also told to the others. */
  private clear(local = true): void {
    this.generation += 1;
    this.entries.clear();
    if (local) this.shared?.publish();
  }

  private ended(runner: QueryRunner): void {
    // A released or rolled-back savepoint leaves the outer transaction open: wait for its end.
    if (runner.isTransactionActive) return;
    if (this.openWriters.delete(runner)) this.clear();
  }

  // ── every TypeORM write to the account tables, whoever makes it ──────────────────────────────────────────────────
  afterInsert(event: InsertEvent<unknown>): void {
    if (ACCOUNT_TABLES.has(event.metadata.tableName)) this.invalidate(event.queryRunner);
  }

  afterUpdate(event: UpdateEvent<unknown>): void {
    if (ACCOUNT_TABLES.has(event.metadata.tableName)) this.invalidate(event.queryRunner);
  }

  afterRemove(event: RemoveEvent<unknown>): void {
    if (ACCOUNT_TABLES.has(event.metadata.tableName)) this.invalidate(event.queryRunner);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    this.ended(event.queryRunner);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    this.ended(event.queryRunner);
  }
}
