import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { WriteInvalidatedCache } from '@app/database';
import { CacheInvalidationChannel, SHARED_REDIS, type SharedRedis } from '@app/identity';

/** A looked-up value is reused for at most this long (a safety net beside the invalidation). */
export const SUBMIT_LOOKUPS_TTL_MS = 10_000;
/** At most this many values are kept (the oldest goes first). */
export const SUBMIT_LOOKUPS_MAX_ENTRIES = 5_000;

/** The pub/sub channel (under the key prefix) on which instances tell each other to forget their lookups. */
export const SUBMIT_LOOKUPS_INVALIDATION_CHANNEL = 'submit-lookups:invalidate';

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
 * collection closed, an assignment withdrawn, a collector deactivated) empties the cache, by WriteInvalidatedCache's
 * rules, at every instance when several share the database (REDIS_URL). A failed load (not found, refused) is not kept.
 */
@Injectable()
export class SubmitLookups extends WriteInvalidatedCache<unknown> {
  constructor(
    @InjectDataSource() db: DataSource,
    @Optional() @Inject(SHARED_REDIS) redis?: SharedRedis | null,
  ) {
    super(
      db,
      { ttlMs: SUBMIT_LOOKUPS_TTL_MS, maxEntries: SUBMIT_LOOKUPS_MAX_ENTRIES, tables: SUBMIT_LOOKUP_TABLES },
      redis
        ? (heard) => new CacheInvalidationChannel(redis, SUBMIT_LOOKUPS_INVALIDATION_CHANNEL, heard)
        : undefined,
    );
  }

  /** The value under `key`, loaded once by `load` while fresh. */
  override get<T>(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
    return super.get(key, load, now) as Promise<T>;
  }
}
