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
  publish(): void;
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
 *   nothing is cached while the peers cannot be heard.
 * Concurrent readers of one key share one load.
 */
export class WriteInvalidatedCache<V> implements EntitySubscriberInterface {
  private readonly entries = new Map<string, { value: Promise<V>; loaded: V; loadedAt: number }>();
  /** Moves on with every invalidation: a load begun under an older generation is not stored. */
  private generation = 0;
  /** Transactions that wrote to the tables and have not ended yet: nothing is cached until they do. */
  private readonly openWriters = new Set<QueryRunner>();
  /** The other instances, when there are (REDIS_URL). */
  protected readonly shared?: CachePeers;

  constructor(
    db: DataSource,
    private readonly limits: WriteInvalidatedCacheLimits,
    peers?: (onRemoteInvalidation: () => void) => CachePeers,
  ) {
    // Registered by hand: the data source's options are the database lib's, and this listens to other libs' tables.
    db.subscribers.push(this);
    this.shared = peers?.(() => this.clear(false));
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
    // From the primary even in a query served by a replica: a lagging row would be kept for ttlMs.
    const value = readFromPrimary(load);
    value.then(
      (loaded) => {
        if (generation !== this.generation || this.openWriters.size > 0 || !keep(loaded)) return;
        if (this.entries.size >= this.limits.maxEntries)
          this.entries.delete(this.entries.keys().next().value!);
        this.entries.set(key, { value, loaded, loadedAt: now });
      },
      () => undefined,
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
