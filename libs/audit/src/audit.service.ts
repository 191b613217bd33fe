import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Clock } from '@app/common';
import { bulkInsert, isMySqlFamily } from '@app/database';
import { AuditRecordEntity } from './audit-record.entity.js';

export interface AuditActor {
  accountId: string | null;
  username: string;
  requestId?: string | null;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
}

/** Audit text columns are TEXT (64 KiB on MySQL): a larger snapshot is cut, and says so. */
export const AUDIT_SNAPSHOT_LIMIT = 60_000;

const SECRET_KEY = /password|hash|secret|token/i;

/**
 * JSON of an object for the audit trail: secrets removed, size bounded. A flat object (every value a primitive, null or
 * a Date: an entity's row, as most records are) is written once, its secret-named keys left out of a copy first. Any
 * other object: the plain JSON first; when its text names no secret anywhere, no key does and it is already the answer;
 * only otherwise is it written again with the replacer that drops those keys (a replacer function runs for every key:
 * it was the larger part of auditing 100,000 published decisions). A submitted opinion's row has a key `contentHash`,
 * so it always took that second pass (issue 16: auditSnapshot was 2.5% of `submitOpinion`'s server profile).
 */
export function auditSnapshot(value: object | null | undefined): string | null {
  if (value == null) return null;
  let json = flatSnapshot(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    if (SECRET_KEY.test(json))
      json = JSON.stringify(value, (key, v: unknown) => (key && SECRET_KEY.test(key) ? undefined : v));
  }
  return json.length > AUDIT_SNAPSHOT_LIMIT
    ? JSON.stringify({ truncated: true, head: json.slice(0, AUDIT_SNAPSHOT_LIMIT - 100) })
    : json;
}

/**
 * The JSON of a plain object whose values are all primitives, null, undefined or Dates, without its secret-named keys
 * (what the replacer would write); undefined for any other object.
 */
function flatSnapshot(value: object): string | undefined {
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return undefined;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let secrets = 0;
  for (const key of keys) {
    const v = record[key];
    if (v !== null && typeof v === 'object' && !(v instanceof Date)) return undefined;
    if (typeof v === 'function') return undefined;
    if (SECRET_KEY.test(key)) secrets += 1;
  }
  if (!secrets) return JSON.stringify(record);
  // No prototype: an own key "__proto__" is kept as the replacer would keep it, not taken for the prototype.
  const kept = Object.create(null) as Record<string, unknown>;
  for (const key of keys) if (!SECRET_KEY.test(key)) kept[key] = record[key];
  return JSON.stringify(kept);
}

/**
 * A field of the records written by `recordSelected`: a constant, or an SQL expression over the selected row giving a
 * text or NULL (with its `?` parameters) — written as a JSON string or null.
 */
export type SelectedField =
  { key: string; value: string | null } | { key: string; sql: string; params?: unknown[] };

/**
 * Records of many rows of one table changed by one set-based statement, written by a single `INSERT … SELECT` over those
 * rows: what `recordMany` writes for them, one record per row, without carrying each row to the application and back.
 */
export interface SelectedEntries {
  action: string;
  entityType: string;
  /** FROM and WHERE naming the changed rows (with an alias), and its `?` parameters. */
  from: string;
  params: unknown[];
  /** The expression of a row's id. */
  entityId: string;
  /** The same `before` for every row (e.g. nothing published yet). */
  before: object | null;
  /**
   * The `after` object, key by key in this order. Only for bounded texts: the JSON is built by the database, and is
   * not cut at AUDIT_SNAPSHOT_LIMIT like the one `auditSnapshot` writes.
   */
  after: readonly SelectedField[];
}

/** An audit record is written with the change it records, never on its own connection. */
function assertInTransaction(em: EntityManager): void {
  if (!em.queryRunner?.isTransactionActive) {
    throw new Error('审计记录必须与数据变更在同一事务中写入');
  }
}

/** The row of one entry. */
function rowOf(actor: AuditActor, entry: AuditEntry, occurredAt: Date) {
  return {
    occurredAt,
    actorAccountId: actor.accountId,
    actorUsername: actor.username,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: auditSnapshot(entry.before),
    after: auditSnapshot(entry.after),
    requestId: actor.requestId ?? null,
  };
}

@Injectable()
export class AuditService {
  constructor(
    private readonly clock: Clock,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** Records an event that changes no data (a download, a refusal) in a transaction of its own. */
  async recordEvent(actor: AuditActor, entry: AuditEntry): Promise<void> {
    await this.db.transaction((em) => this.record(em, actor, entry));
  }

  /** Writes the record with the caller's EntityManager, so it commits or rolls back with the change itself. */
  async record(em: EntityManager, actor: AuditActor, entry: AuditEntry): Promise<void> {
    assertInTransaction(em);
    // As em.insert writes it, without TypeORM's query building (most of an insert's CPU; no subscriber watches this
    // table).
    await bulkInsert(em, AuditRecordEntity, [rowOf(actor, entry, this.clock.now()) as AuditRecordEntity]);
  }

  /**
   * Many records of one change (a publication of 100,000 decisions writes one per decision) as multi-row statements,
   * with the caller's EntityManager like `record`: the same rows, committed or rolled back with the change.
   */
  async recordMany(em: EntityManager, actor: AuditActor, entries: readonly AuditEntry[]): Promise<void> {
    assertInTransaction(em);
    const occurredAt = this.clock.now();
    await bulkInsert(
      em,
      AuditRecordEntity,
      entries.map((entry) => rowOf(actor, entry, occurredAt) as AuditRecordEntity),
    );
  }

  /**
   * One record per row named by `entries.from`, as `recordMany` would write them (the same columns, the same JSON text:
   * keys in order, no spaces, a key naming a secret left out), in one `INSERT … SELECT` with the caller's EntityManager.
   * Publishing 100,000 decisions: the records are written where the decisions are, not built and sent by the application.
   */
  async recordSelected(em: EntityManager, actor: AuditActor, entries: SelectedEntries): Promise<void> {
    assertInTransaction(em);
    const mysql = isMySqlFamily(em.connection);
    const pieces: Array<{ sql: string; params: unknown[] }> = [];
    const text = (value: string) => pieces.push({ sql: '?', params: [value] });
    let first = true;
    for (const field of entries.after) {
      if (SECRET_KEY.test(field.key)) continue;
      text(`${first ? '{' : ','}${JSON.stringify(field.key)}:`);
      first = false;
      if ('sql' in field) {
        pieces.push({
          sql: `COALESCE(${mysql ? 'JSON_QUOTE' : 'json_quote'}(${field.sql}), 'null')`,
          params: field.params ?? [],
        });
      } else {
        text(JSON.stringify(field.value));
      }
    }
    text(first ? '{}' : '}');
    const after = mysql
      ? `CONCAT(${pieces.map((p) => p.sql).join(', ')})`
      : `(${pieces.map((p) => p.sql).join(' || ')})`;
    const metadata = em.connection.getMetadata(AuditRecordEntity);
    const occurredAt: unknown = em.connection.driver.preparePersistentValue(
      this.clock.now(),
      metadata.findColumnWithPropertyName('occurredAt')!,
    );
    const column = (property: keyof AuditRecordEntity) =>
      em.connection.driver.escape(metadata.findColumnWithPropertyName(property)!.databaseName);
    await em.query(
      `INSERT INTO ${em.connection.driver.escape(metadata.tableName)}
         (${(['occurredAt', 'actorAccountId', 'actorUsername', 'action', 'entityType', 'entityId', 'before', 'after', 'requestId'] as const).map(column).join(', ')})
       SELECT ?, ?, ?, ?, ?, ${entries.entityId}, ?, ${after}, ? FROM ${entries.from}`,
      [
        occurredAt,
        actor.accountId,
        actor.username,
        entries.action,
        entries.entityType,
        auditSnapshot(entries.before),
        ...pieces.flatMap((p) => p.params),
        actor.requestId ?? null,
        ...entries.params,
      ],
    );
  }

  /**
   * The trail of one object, oldest first, limited to the given actions (a domain shows its own history from it, e.g.
   * a consolidation's sign-off steps). Bounded: an object's steps, not a table scan.
   */
  async trailOf(
    entityType: string,
    entityId: string,
    actions: readonly string[],
    limit = 200,
  ): Promise<AuditRecordEntity[]> {
    if (!actions.length) return [];
    return this.db.getRepository(AuditRecordEntity).find({
      where: { entityType, entityId, action: In([...actions]) },
      order: { id: 'ASC' },
      take: limit,
    });
  }
}
