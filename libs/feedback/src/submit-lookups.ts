import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntitySubscriberInterface,
  InsertEvent,
  QueryRunner,
  RemoveEvent,
  TransactionCommitEvent,
  TransactionRollbackEvent,
  UpdateEvent,
} from 'typeorm';

/** A looked-up value is reused for at most this long (a safety net beside the invalidation). */
export const SUBMIT_LOOKUPS_TTL_MS = 10_000;
/** At most this many values are kept (the oldest goes first). */
export const SUBMIT_LOOKUPS_MAX_ENTRIES = 5_000;

/**
 * The tables a submission's lookups read: the task, the point's task (state, extension), the caller's standing (its
 * grants, its collector and expert rows, the unit, the assignments). Any write to one of them empties the cache.
 */
export const SUBMIT_LOOKUP_TABLES: ReadonlySet<string> = new Set([
  'consultation_task',
  'point_task',
  'assignment',
  'information_collector',
  'expert',
  'liaison_unit',
  'contact_point',
  'account',
  'role_assignment',
]);

/**
 * What every submission looks up before it writes — the task, the caller's standings towards it, the point's task —
 * kept for a few seconds: 50 collectors submitting to one task read the same rows over and over (issue 16).
 *
 * Nothing a submission guarantees rests on a stale value: every TypeORM write to the tables above (a deadline moved,
 * collection closed, an assignment withdrawn, a collector deactivated) empties the cache at once and, when written in
 * a transaction, again at its end, storing nothing in between; a load overtaken by an invalidation is not stored.
 */
@Injectable()
export class SubmitLookups implements EntitySubscriberInterface {
  private readonly entries = new Map<string, { value: Promise<unknown>; loadedAt: number }>();
  private generation = 0;
  private readonly openWriters = new Set<QueryRunner>();

  constructor(@InjectDataSource() db: DataSource) {
    // Registered by hand: it listens to the writes of other domains' entities, by table name.
    db.subscribers.push(this);
  }

  /** The value under `key`, loaded once by `load` while fresh. A failed load (not found, refused) is not kept. */
  get<T>(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && now - hit.loadedAt < SUBMIT_LOOKUPS_TTL_MS) return hit.value as Promise<T>;
    if (hit) this.entries.delete(key);
    const generation = this.generation;
    const value = load();
    value.then(
      () => {
        if (generation !== this.generation || this.openWriters.size > 0) return;
        if (this.entries.size >= SUBMIT_LOOKUPS_MAX_ENTRIES)
          this.entries.delete(this.entries.keys().next().value!);
        this.entries.set(key, { value, loadedAt: now });
      },
      () => undefined,
    );
    return value;
  }

  get size(): number {
    return this.entries.size;
  }

  private written(runner: QueryRunner | undefined, table: string): void {
    if (!SUBMIT_LOOKUP_TABLES.has(table)) return;
    if (runner?.isTransactionActive) this.openWriters.add(runner);
    this.clear();
  }

  private clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  private ended(runner: QueryRunner): void {
    // A released or rolled-back savepoint leaves the outer transaction open: wait for its end.
    if (runner.isTransactionActive) return;
    if (this.openWriters.delete(runner)) this.clear();
  }

  afterInsert(event: InsertEvent<unknown>): void {
    this.written(event.queryRunner, event.metadata.tableName);
  }

  afterUpdate(event: UpdateEvent<unknown>): void {
    this.written(event.queryRunner, event.metadata.tableName);
  }

  afterRemove(event: RemoveEvent<unknown>): void {
    this.written(event.queryRunner, event.metadata.tableName);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    this.ended(event.queryRunner);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    this.ended(event.queryRunner);
  }
}
