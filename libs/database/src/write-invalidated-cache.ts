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

/** How long a value is reused at most, how many are kept, and which tables' writes make every value stale. */
export interface WriteInvalidatedCacheLimits {
  ttlMs: number;
  maxEntries: number;
  tables: ReadonlySet<string>;
}

/**
 * Values read from the database, reused until any write to the tables they are made of. The rules on which the
 * account cache's security and the submission lookups' correctness rest, kept in one place:
 * - every TypeORM write to one of `tables`, whoever makes it (this is a subscriber of the data source), empties the
 *   cache at once;
 * - a write inside a transaction empties it again when that transaction ends, and nothing is stored in between: a
 *   reader on another connection still reads the old committed row and must not keep it;
 * - a load overtaken by an invalidation (the generation moved on) is not stored; neither is a failed load;
 * - an entry is reloaded once `ttlMs` old whatever happened, and the oldest goes first beyond `maxEntries`.
 * Concurrent readers of one key share one load.
 */
export class WriteInvalidatedCache<V> implements EntitySubscriberInterface {
  private readonly entries = new Map<string, { value: Promise<V>; loadedAt: number }>();
  /** Moves on with every invalidation: a load begun under an older generation is not stored. */
  private generation = 0;
  /** Transactions that wrote to the tables and have not ended yet: nothing is cached until they do. */
  private readonly openWriters = new Set<QueryRunner>();

  constructor(
    db: DataSource,
    private readonly limits: WriteInvalidatedCacheLimits,
  ) {
    // Registered by hand: the data source's options are the database lib's, and this listens to other libs' tables.
    db.subscribers.push(this);
  }

  /** The value under `key`, loaded by `load` when absent or too old; stored only when `keep` accepts it. */
  get(
    key: string,
    load: () => Promise<V>,
    now = Date.now(),
    keep: (value: V) => boolean = () => true,
  ): Promise<V> {
    if (this.bypassed()) {
      this.entries.clear();
      return load();
    }
    const hit = this.entries.get(key);
    if (hit && now - hit.loadedAt < this.limits.ttlMs) return hit.value;
    if (hit) this.entries.delete(key);
    const generation = this.generation;
    const value = load();
    value.then(
      (loaded) => {
        if (generation !== this.generation || this.openWriters.size > 0 || !keep(loaded)) return;
        if (this.entries.size >= this.limits.maxEntries)
          this.entries.delete(this.entries.keys().next().value!);
        this.entries.set(key, { value, loadedAt: now });
      },
      () => undefined,
    );
    return value;
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

  /** When true, nothing is read from or kept in the cache (for example while deaf to other instances' writes). */
  protected bypassed(): boolean {
    return false;
  }

  /** Empties the cache; `local` says the change was made here (a subclass may tell other instances). */
  protected clear(local = true): void {
    void local;
    this.generation += 1;
    this.entries.clear();
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
