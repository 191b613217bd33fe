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
import { readFromPrimary } from './read-replicas.js';

/** How long a value is reused at most, how many are kept, and which tables' writes make every value stale. */
export interface WriteInvalidatedCacheLimits {
  ttlMs: number;
  maxEntries: number;
  tables: ReadonlySet<string>;
}

/**
 * The other instances of the API, when several share the database: told of each local invalidation, and telling this
 * one of theirs. While not `listening`, this instance may have missed their writes, so it caches nothing.
 */
export interface CachePeers {
  readonly listening: boolean;
  /** Tells the others to forget every value, or only the one under `key`. */
  publish(key?: string): void;
}

/**
 * Values read from the database, reused until any write to the tables they are made of. The rules on which the
 * account cache's security and the submission lookups' correctness rest, kept in one place:
 * - every TypeORM write to one of `tables`, whoever makes it (this is a subscriber of the data source), empties the
 *   cache at once;
 * - a write inside a transaction empties it again when that transaction ends, and nothing is stored in between: a
 *   reader on another connection still reads the old committed row and must not keep it;
 * - a load overtaken by an invalidation (the generation moved on) is not stored; neither is a failed load;
 * - an entry is reloaded once `ttlMs` old whatever happened, and the oldest goes first beyond `maxEntries`;
 * - with peers (several instances), each local invalidation is published, each heard one empties this cache, and
 *   nothing is cached while the peers cannot be heard;
 * - invalidateKey() applies the same rules to one key only, for a change that only that key's value is made of (a
 *   session's sign-out changes one account's entry): the key's entry is forgotten, a load of it overtaken by the
 *   invalidation is not stored, nothing is stored under it while the writing transaction is open, and it is forgotten
 *   again when that transaction ends — here and, through the peers, at every other instance.
 * Concurrent readers of one key share one load.
 */
export class WriteInvalidatedCache<V> implements EntitySubscriberInterface {
  private readonly entries = new Map<string, { value: Promise<V>; loaded: V; loadedAt: number }>();
  /** Moves on with every invalidation: a load begun under an older generation is not stored. */
  private generation = 0;
  /** Transactions that wrote to the tables and have not ended yet: nothing is cached until they do. */
  private readonly openWriters = new Set<QueryRunner>();
  /** Transactions that changed the values of some keys (invalidateKey) and have not ended: those keys are not cached. */
  private readonly openKeyWriters = new Map<QueryRunner, Set<string>>();
  /** Loads under way, by key: invalidateKey() marks them overtaken, so that they are not stored. */
  private readonly loading = new Map<string, Set<{ overtaken: boolean }>>();
  /** The other instances, when there are (REDIS_URL). */
  protected readonly shared?: CachePeers;

  constructor(
    db: DataSource,
    private readonly limits: WriteInvalidatedCacheLimits,
    peers?: (onRemoteInvalidation: (key?: string) => void) => CachePeers,
  ) {
    // Registered by hand: the data source's options are the database lib's, and this listens to other libs' tables.
    db.subscribers.push(this);
    this.shared = peers?.((key) => (key === undefined ? this.clear(false) : this.forget(key, false)));
  }

  /** The value under `key`, loaded by `load` when absent or too old; stored only when `keep` accepts it. */
  get(
    key: string,
    load: () => Promise<V>,
    now = Date.now(),
    keep: (value: V) => boolean = () => true,
  ): Promise<V> {
    if (this.shared && !this.shared.listening) {
      // Deaf to other instances' writes: a cached copy could be stale, so read the database every time.
      this.entries.clear();
      return readFromPrimary(load);
    }
    const hit = this.entries.get(key);
    if (hit && now - hit.loadedAt < this.limits.ttlMs) return hit.value;
    if (hit) this.entries.delete(key);
    const generation = this.generation;
    const load$ = { overtaken: false };
    let loads = this.loading.get(key);
    if (!loads) this.loading.set(key, (loads = new Set()));
    loads.add(load$);
    const done = () => {
      loads.delete(load$);
      if (!loads.size && this.loading.get(key) === loads) this.loading.delete(key);
    };
    // From the primary even in a query served by a replica: a lagging row would be kept for ttlMs.
    const value = readFromPrimary(load);
    value.then(
      (loaded) => {
        done();
        if (generation !== this.generation || this.openWriters.size > 0 || !keep(loaded)) return;
        if (load$.overtaken || this.keyHeld(key)) return;
        if (this.entries.size >= this.limits.maxEntries)
          this.entries.delete(this.entries.keys().next().value!);
        this.entries.set(key, { value, loaded, loadedAt: now });
      },
      () => done(),
    );
    return value;
  }

  /**
   * The stored value under `key` without waiting, by the same rules as get() (present, fresh, peers heard), or
   * undefined: a hot path answers from it synchronously and calls get() only on a miss.
   */
  peek(key: string, now = Date.now()): V | undefined {
    if (this.shared && !this.shared.listening) return undefined;
    const hit = this.entries.get(key);
    return hit && now - hit.loadedAt < this.limits.ttlMs ? hit.loaded : undefined;
  }

  /**
   * Forgets every value now and, when `em` is inside a transaction, again when it commits or rolls back (caching
   * nothing until then).
   */
  invalidate(em?: EntityManager | QueryRunner): void {
    const runner = em && 'queryRunner' in em ? em.queryRunner : (em as QueryRunner | undefined);
    if (runner?.isTransactionActive) this.openWriters.add(runner);
    this.clear();
  }

  /**
   * Forgets the value under `key` now and, when `em` is inside a transaction, again when it commits or rolls back
   * (caching nothing under `key` until then); the other instances are told to forget theirs. For a write that changes
   * what only this key's value is made of, and that is not to one of `tables` (whose writes empty the whole cache).
   */
  invalidateKey(key: string, em?: EntityManager | QueryRunner): void {
    const runner = em && 'queryRunner' in em ? em.queryRunner : (em as QueryRunner | undefined);
    if (runner?.isTransactionActive) {
      let keys = this.openKeyWriters.get(runner);
      if (!keys) this.openKeyWriters.set(runner, (keys = new Set()));
      keys.add(key);
    }
    this.forget(key);
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

  /** Forgets one key's value and any load of it under way; a local change is also told to the others. */
  private forget(key: string, local = true): void {
    this.entries.delete(key);
    for (const load of this.loading.get(key) ?? []) load.overtaken = true;
    if (local) this.shared?.publish(key);
  }

  /** Whether a transaction that changed `key`'s value is still open. */
  private keyHeld(key: string): boolean {
    for (const keys of this.openKeyWriters.values()) if (keys.has(key)) return true;
    return false;
  }

  private ended(runner: QueryRunner): void {
    // A released or rolled-back savepoint leaves the outer transaction open: wait for its end.
    if (runner.isTransactionActive) return;
    if (this.openWriters.delete(runner)) this.clear();
    const keys = this.openKeyWriters.get(runner);
    if (keys) {
      this.openKeyWriters.delete(runner);
      for (const key of keys) this.forget(key);
    }
  }

  private written(event: { queryRunner?: QueryRunner; metadata: { tableName: string } }): void {
    if (this.limits.tables.has(event.metadata.tableName)) this.invalidate(event.queryRunner);
  }

  afterInsert(event: InsertEvent<unknown>): void {
    this.written(event);
  }

  afterUpdate(event: UpdateEvent<unknown>): void {
    this.written(event);
  }

  afterRemove(event: RemoveEvent<unknown>): void {
    this.written(event);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    this.ended(event.queryRunner);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    this.ended(event.queryRunner);
  }
}
