import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { chunk } from '@app/common';
import { isMySqlFamily } from '@app/database';
import { AnnotationStatus, OpinionStatus } from './feedback.enums.js';
import { AnnotationEntity, OpinionEntity } from './feedback.entities.js';

/**
 * Set-based reads over a point's opinions and annotations for the domains above feedback (the consolidation's workbench,
 * sign-off, export and submission). Consultations reach a million opinions, so each is one SQL statement over the
 * opinion table, which feedback owns; the other domain's own links are handed in as SQL it writes over its own table
 * (HeldSources), so each statement stays a single set-based query, never one call per opinion.
 */

/** Which point's opinions, for which task. */
export interface OpinionPoint {
  taskId: string;
  contactPointId: string;
}

/**
 * Sources another domain holds (the consolidation's links): `exists(id)` is a correlated condition over that domain's
 * own table, true when the opinion or annotation whose id column is `id` is held; `params` are its named parameters.
 */
export interface HeldSources {
  exists: (idColumn: string) => string;
  params: Record<string, unknown>;
}

/** Provisions to keep: a list of addresses, null for 总体意见 (no provision), undefined for all. */
export type ProvisionScope = string[] | null | undefined;

type Db = DataSource | EntityManager;

export interface PointOpinionTally {
  status: OpinionStatus;
  channel: string;
  liaisonUnitId: string | null;
  /** Given by the public through 网上征集 (no unit, no account): its own origin, not the executing body's. */
  fromPublic: boolean;
  provisionAddress: string | null;
  opinions: number;
  people: number;
}

const num = (value: unknown): number => Number(value ?? 0);

/** The opinions counted per task, point, status, provision, channel and unit, kept by triggers (no entity: read only). */
export const OPINION_TALLY = 'opinion_tally';

/**
 * The unit key opinion_tally keeps the public's opinions under (网上征集 through the public link: author_role PUBLIC,
 * no unit), apart from '' (the executing body and its experts); migration 1765400000000 writes the same key.
 */
export const PUBLIC_ORIGIN_KEY = 'PUBLIC';
/** The public's origin wherever opinions are broken down by who gathered them. */
export const PUBLIC_ORIGIN_LABEL = '网上征集（公众）';
/** The author role of an opinion the public submitted (online-collection.service's PUBLIC_AUTHOR_ROLE). */
const PUBLIC_ROLE = 'PUBLIC';

/** An opinion's unit key in opinion_tally: its unit, PUBLIC_ORIGIN_KEY for the public's, '' otherwise. */
export const tallyUnitKey = (o: { liaisonUnitId: string | null; authorRole: string }): string =>
  o.liaisonUnitId ?? (o.authorRole === PUBLIC_ROLE ? PUBLIC_ORIGIN_KEY : '');

function opinionsOf(db: Db, p: OpinionPoint): SelectQueryBuilder<OpinionEntity> {
  return db
    .createQueryBuilder(OpinionEntity, 'o')
    .where('o.task_id = :taskId AND o.contact_point_id = :pointId', {
      taskId: p.taskId,
      pointId: p.contactPointId,
    });
}

/** Active opinions of the point the other domain does not hold, within the provisions. */
function unheldQuery(db: Db, p: OpinionPoint, held: HeldSources, provisions: ProvisionScope) {
  const q = opinionsOf(db, p)
    .andWhere('o.status = :active', { active: OpinionStatus.ACTIVE })
    .andWhere(`NOT EXISTS (${held.exists('o.id')})`, held.params);
  if (provisions === null) return q.andWhere('o.provision_address IS NULL');
  return provisions ? q.andWhere('o.provision_address IN (:...addresses)', { addresses: provisions }) : q;
}

/** Every status but ACTIVE. */
const INACTIVE_STATUSES = Object.values(OpinionStatus).filter((status) => status !== OpinionStatus.ACTIVE);

/**
 * Counts the point's opinions: active ones (within the provisions, when given), or those no longer active the other
 * domain holds.
 */
export async function countPointOpinions(
  db: Db,
  p: OpinionPoint,
  filter: { active: true; provisions?: ProvisionScope } | { active: false; held: HeldSources },
): Promise<number> {
  if (filter.active) {
    const tally = db
      .createQueryBuilder()
      .select('SUM(t.opinions)', 'n')
      .from(OPINION_TALLY, 't')
      .where('t.task_id = :taskId AND t.contact_point_id = :pointId AND t.status = :active', {
        taskId: p.taskId,
        pointId: p.contactPointId,
        active: OpinionStatus.ACTIVE,
      });
    // The tally keeps no NULL in its key: '' stands for 总体意见 (no provision).
    if (filter.provisions === null) tally.andWhere("t.provision_address = ''");
    else if (filter.provisions)
      tally.andWhere('t.provision_address IN (:...addresses)', { addresses: filter.provisions });
    return num((await tally.getRawOne<{ n: unknown }>())?.n);
  }
  return (
    opinionsOf(db, p)
      // IN, not <>: an index seeks the few inactive rows by (task, point, status) where <> scanned every opinion.
      .andWhere('o.status IN (:...inactive)', { inactive: INACTIVE_STATUSES })
      .andWhere(`EXISTS (${filter.held.exists('o.id')})`, filter.held.params)
      .getCount()
  );
}

/** How many active opinions of the point (within the provisions) the other domain does not hold. */
export async function countUnheldOpinions(
  db: Db,
  p: OpinionPoint,
  held: HeldSources,
  provisions: ProvisionScope,
): Promise<number> {
  return unheldQuery(db, p, held, provisions).getCount();
}

/** The receipts of the first `limit` active opinions not held, by receipt number (the sign-off's refusal lists them). */
export async function unheldReceipts(
  db: Db,
  p: OpinionPoint,
  held: HeldSources,
  limit: number,
): Promise<Array<Pick<OpinionEntity, 'id' | 'receiptNumber' | 'provisionCitation'>>> {
  return unheldQuery(db, p, held, undefined)
    .select(['o.id', 'o.receiptNumber', 'o.provisionCitation'])
    .orderBy('o.receipt_number', 'ASC')
    .limit(limit)
    .getMany();
}

/** A page of the active opinions not held, by provision then receipt number (the workbench's 未处理 list). */
export async function unheldOpinionsPage(
  db: Db,
  p: OpinionPoint,
  held: HeldSources,
  provisions: ProvisionScope,
  window: { offset: number; limit: number },
): Promise<OpinionEntity[]> {
  const q = unheldQuery(db, p, held, provisions);
  // 总体意见 only (every row's provision NULL): by receipt number alone, the same order. MariaDB does not take
  // `provision_address IS NULL` as a constant of the index (task, point, provision, receipt), so ordering by the
  // provision too made it read and sort all 33,000 general opinions of a million, whole rows: 5 s a page.
  if (provisions !== null) q.orderBy('o.provision_address', 'ASC');
  return q.addOrderBy('o.receipt_number', 'ASC').offset(window.offset).limit(window.limit).getMany();
}

/**
 * The point's opinions counted by status, channel, unit and provision, as the database keeps them (opinion_tally,
 * maintained by triggers on the opinion table in each write's transaction; see migration 1764600000000): a few hundred
 * rows read, where a GROUP BY over the opinions read a million index entries.
 */
export async function tallyPointOpinions(db: Db, p: OpinionPoint): Promise<PointOpinionTally[]> {
  const rows = await db
    .createQueryBuilder()
    .select('t.status', 'status')
    .addSelect('t.channel', 'channel')
    .addSelect('t.liaison_unit_id', 'liaisonUnitId')
    .addSelect('t.provision_address', 'provisionAddress')
    .addSelect('t.opinions', 'opinions')
    .addSelect('t.people', 'people')
    .from(OPINION_TALLY, 't')
    .where('t.task_id = :taskId AND t.contact_point_id = :pointId AND t.opinions > 0', {
      taskId: p.taskId,
      pointId: p.contactPointId,
    })
    .getRawMany<Record<string, unknown>>();
  // The tally keeps no NULL in its key: '' stands for no unit and for 总体意见 (no provision), PUBLIC_ORIGIN_KEY for the
  // public's opinions (no unit either).
  return rows.map((r) => ({
    status: r.status as OpinionStatus,
    channel: r.channel as string,
    liaisonUnitId: r.liaisonUnitId === PUBLIC_ORIGIN_KEY ? null : (r.liaisonUnitId as string) || null,
    fromPublic: r.liaisonUnitId === PUBLIC_ORIGIN_KEY,
    provisionAddress: (r.provisionAddress as string) || null,
    opinions: num(r.opinions),
    people: num(r.people),
  }));
}

const PUBLIC_CASE = 'CASE WHEN o.liaison_unit_id IS NULL AND o.author_role = :publicRole THEN 1 ELSE 0 END';

/** The point's opinions counted the slow way, by a GROUP BY over them: what opinion_tally must always equal. */
export async function countPointOpinionsNow(db: Db, p: OpinionPoint): Promise<PointOpinionTally[]> {
  const rows = await opinionsOf(db, p)
    .select('o.status', 'status')
    .addSelect('o.channel', 'channel')
    .addSelect('o.liaison_unit_id', 'liaisonUnitId')
    .addSelect('o.provision_address', 'provisionAddress')
    .addSelect(PUBLIC_CASE, 'fromPublic')
    .addSelect('COUNT(*)', 'opinions')
    .addSelect('SUM(o.people_represented)', 'people')
    .groupBy('o.status')
    .addGroupBy('o.channel')
    .addGroupBy('o.liaison_unit_id')
    .addGroupBy('o.provision_address')
    .addGroupBy(PUBLIC_CASE)
    .setParameter('publicRole', PUBLIC_ROLE)
    .getRawMany<Record<string, unknown>>();
  return rows.map((r) => ({
    status: r.status as OpinionStatus,
    channel: r.channel as string,
    liaisonUnitId: (r.liaisonUnitId as string | null) ?? null,
    fromPublic: Number(r.fromPublic) === 1,
    provisionAddress: (r.provisionAddress as string | null) ?? null,
    opinions: num(r.opinions),
    people: num(r.people),
  }));
}

/** Top-level annotations (not replies, not withdrawn) of the point's experts, counted per provision. */
export async function tallyPointAnnotations(db: Db, p: OpinionPoint): Promise<Map<string | null, number>> {
  const rows = await db
    .createQueryBuilder(AnnotationEntity, 'a')
    .select('a.provision_address', 'provisionAddress')
    .addSelect('COUNT(*)', 'n')
    .where(
      'a.task_id = :taskId AND a.contact_point_id = :pointId AND a.parent_id IS NULL AND a.status = :active',
      { taskId: p.taskId, pointId: p.contactPointId, active: AnnotationStatus.ACTIVE },
    )
    .groupBy('a.provision_address')
    .getRawMany<{ provisionAddress: string | null; n: unknown }>();
  return new Map(rows.map((r) => [r.provisionAddress ?? null, num(r.n)]));
}

/**
 * Every opinion of the point except withdrawn ones, with the facts an exported table shows (no personal data is
 * selected). One pass over the point's opinions.
 */
export async function pointSourceRows(db: Db, p: OpinionPoint): Promise<Array<Record<string, unknown>>> {
  return opinionsOf(db, p)
    .select('o.id', 'id')
    .addSelect('o.receipt_number', 'receiptNumber')
    .addSelect('o.provision_citation', 'provisionCitation')
    .addSelect('o.provision_address', 'provisionAddress')
    .addSelect('o.channel', 'channel')
    .addSelect('o.liaison_unit_id', 'liaisonUnitId')
    .addSelect('o.contributor_category', 'contributorCategory')
    .addSelect('o.people_represented', 'peopleRepresented')
    .addSelect('o.gathered_on', 'gatheredOn')
    .addSelect('o.status', 'status')
    .addSelect('o.status_reason', 'statusReason')
    .addSelect('o.author_role', 'authorRole')
    .andWhere('o.status <> :withdrawn', { withdrawn: OpinionStatus.WITHDRAWN })
    .orderBy('o.receipt_number', 'ASC')
    .getRawMany<Record<string, unknown>>();
}

/**
 * Joins, onto another domain's query over its links, the opinion (alias `o`) or annotation (alias `a`) each link names
 * when it is still active: one withdrawn or marked 不予报送 stands for no one. `on` correlates the link's source id
 * (e.g. `o.id = s.source_id AND s.source_type = :opinion`); its parameters go with it.
 */
export function joinActiveOpinion<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  on: string,
  params: Record<string, unknown>,
  kind: 'left' | 'inner',
): SelectQueryBuilder<T> {
  const condition = `${on} AND o.status = :active`;
  const all = { ...params, active: OpinionStatus.ACTIVE };
  return kind === 'left'
    ? qb.leftJoin(OpinionEntity, 'o', condition, all)
    : qb.innerJoin(OpinionEntity, 'o', condition, all);
}

/**
 * Joins the opinion table as `o` without narrowing its status: for a caller that selects `o.status` and keeps the
 * active ones itself. With the status in the join, SQLite can walk every active opinion by the status index and probe
 * each against an IN list (quadratic: 25 s for 5,000 published decisions) instead of going link → opinion by key.
 */
export function joinOpinionAnyStatus<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  on: string,
  params: Record<string, unknown>,
): SelectQueryBuilder<T> {
  return qb.innerJoin(OpinionEntity, 'o', on, params);
}

export function joinActiveAnnotation<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  on: string,
  params: Record<string, unknown>,
  kind: 'left' | 'inner',
): SelectQueryBuilder<T> {
  const condition = `${on} AND a.status = :activeAnnotation`;
  const all = { ...params, activeAnnotation: AnnotationStatus.ACTIVE };
  return kind === 'left'
    ? qb.leftJoin(AnnotationEntity, 'a', condition, all)
    : qb.innerJoin(AnnotationEntity, 'a', condition, all);
}

/**
 * A correlated condition true when a link (of the other domain's table, alias `s`, its source id `s.source_id`) names an
 * active opinion or an active annotation: `LEFT JOIN`s over the opinion and annotation tables, kept here beside them.
 * `opinion`/`annotation`: the parameter names of the link's source types.
 */
export function activeSourceJoins(
  opinionParam: string,
  annotationParam: string,
): { sql: string; params: Record<string, unknown> } {
  return {
    sql: `LEFT JOIN opinion o ON o.id = s.source_id AND s.source_type = :${opinionParam}
          LEFT JOIN annotation a ON a.id = s.source_id AND s.source_type = :${annotationParam}`,
    params: { active: OpinionStatus.ACTIVE, activeAnnotation: AnnotationStatus.ACTIVE },
  };
}

/**
 * The SELECTs behind a submission's frozen origins: per origin (unit, collector, channel), how many opinions of the
 * point. `gathered`: every opinion not withdrawn; `held`: the active opinions each of the other domain's links holds,
 * grouped by that link's group column. The opinions' tally index is read in order, each probing the links' index: the
 * join order is forced (driven from the links instead, each link would fetch its opinion's whole row, 1M random reads
 * on MariaDB) — MySQL/MariaDB: STRAIGHT_JOIN; SQLite: CROSS JOIN (its way of fixing the left table as the outer loop).
 * `columns` is what the caller selects first (its own fixed values, as `?`). Placeholders are `?` on both engines.
 */
export function originTallySelects(
  p: OpinionPoint,
  mySqlFamily: boolean,
  columns: { sql: string; params: unknown[] },
  held: { table: string; group: string; where: string; params: unknown[]; sourceId: string },
): { gathered: { sql: string; params: unknown[] }; held: { sql: string; params: unknown[] } } {
  const join = mySqlFamily ? 'STRAIGHT_JOIN' : 'CROSS JOIN';
  return {
    gathered: {
      sql: `SELECT ${columns.sql}, NULL, o.liaison_unit_id, o.collector_id, o.channel, COUNT(*)
        FROM opinion o
        WHERE o.task_id = ? AND o.contact_point_id = ? AND o.status <> ?
        GROUP BY o.liaison_unit_id, o.collector_id, o.channel`,
      params: [...columns.params, p.taskId, p.contactPointId, OpinionStatus.WITHDRAWN],
    },
    held: {
      sql: `SELECT ${columns.sql}, ${held.group}, o.liaison_unit_id, o.collector_id, o.channel, COUNT(*)
        FROM opinion o ${join} ${held.table}
        WHERE o.task_id = ? AND o.contact_point_id = ? AND o.status = ?
          AND ${held.where} AND ${held.sourceId} = o.id
        GROUP BY ${held.group}, o.liaison_unit_id, o.collector_id, o.channel`,
      params: [...columns.params, p.taskId, p.contactPointId, OpinionStatus.ACTIVE, ...held.params],
    },
  };
}

/**
 * The public's share of what originTallySelects counts (it cannot tell them apart: its covering index holds no author):
 * `gathered` per channel, from opinion_tally's PUBLIC_ORIGIN_KEY lines; `held` per held group and channel, the
 * public's active opinions read through the (task, author, …) index — only the public's, whose author is NULL — and
 * joined to the holding table like there. Each selects the group (NULL for gathered), the channel and the count.
 */
export function publicOriginSelects(
  p: OpinionPoint,
  mySqlFamily: boolean,
  held: { table: string; group: string; where: string; params: unknown[]; sourceId: string },
): { gathered: { sql: string; params: unknown[] }; held: { sql: string; params: unknown[] } } {
  // The (task, author) index seeks the task's public opinions alone; the planner may otherwise take (task, point,
  // status) and read every active opinion of the point from the table to find their author.
  const byAuthor = mySqlFamily
    ? 'FORCE INDEX (idx_opinion_author_newest)'
    : 'INDEXED BY idx_opinion_author_newest';
  return {
    gathered: {
      sql: `SELECT NULL AS grp, t.channel AS channel, SUM(t.opinions) AS n FROM ${OPINION_TALLY} t
        WHERE t.task_id = ? AND t.contact_point_id = ? AND t.status <> ? AND t.liaison_unit_id = ?
        GROUP BY t.channel`,
      params: [p.taskId, p.contactPointId, OpinionStatus.WITHDRAWN, PUBLIC_ORIGIN_KEY],
    },
    held: {
      sql: `SELECT ${held.group} AS grp, o.channel AS channel, COUNT(*) AS n
        FROM opinion o ${byAuthor} CROSS JOIN ${held.table}
        WHERE o.task_id = ? AND o.author_account_id IS NULL AND o.author_role = ? AND o.liaison_unit_id IS NULL
          AND o.contact_point_id = ? AND o.status = ? AND ${held.where} AND ${held.sourceId} = o.id
        GROUP BY ${held.group}, o.channel`,
      params: [p.taskId, PUBLIC_ROLE, p.contactPointId, OpinionStatus.ACTIVE, ...held.params],
    },
  };
}

/** An active opinion as near-duplicate grouping reads it: its proposal and reason, and how many people it speaks for. */
export interface OpinionText {
  id: string;
  receipt: string;
  address: string | null;
  proposal: string;
  reason: string | null;
  people: unknown;
}

/**
 * The point's active opinions, provision by provision, each provision's oldest first (receipt numbers grow with time),
 * for the consolidation's near-duplicate grouping.
 *
 * SQLite reads each provision through the index (task, point, provision, receipt). On MySQL/MariaDB, a million
 * lookups from that secondary index into the table's clustered key are random reads — 100 s with the default 128 MB
 * buffer pool, against 7 s for one sequential pass — so there the rows are streamed in one pass and sorted here.
 */
export async function* activeOpinionsByProvision(
  db: DataSource,
  p: OpinionPoint,
): AsyncGenerator<{ address: string | null; rows: OpinionText[]; index: number; total: number }> {
  const base = () => opinionsOf(db, p).andWhere('o.status = :active', { active: OpinionStatus.ACTIVE });
  const columns = (qb: ReturnType<typeof base>) =>
    qb
      .select('o.id', 'id')
      .addSelect('o.receipt_number', 'receipt')
      .addSelect('o.provision_address', 'address')
      .addSelect('o.proposed_change', 'proposal')
      .addSelect('o.reason', 'reason')
      .addSelect('o.people_represented', 'people');
  if (isMySqlFamily(db)) {
    const buckets = new Map<string | null, OpinionText[]>();
    const stream = await columns(base()).stream();
    for await (const row of stream as AsyncIterable<OpinionText>) {
      const bucket = buckets.get(row.address);
      if (bucket) bucket.push(row);
      else buckets.set(row.address, [row]);
    }
    const total = buckets.size;
    let index = 0;
    for (const [address, rows] of buckets) {
      buckets.delete(address);
      rows.sort((a, b) => (a.receipt < b.receipt ? -1 : a.receipt > b.receipt ? 1 : 0));
      yield { address, rows, index: index++, total };
    }
    return;
  }
  const provisions = await base()
    .select('o.provision_address', 'address')
    .groupBy('o.provision_address')
    .getRawMany<{ address: string | null }>();
  for (const [index, { address }] of provisions.entries()) {
    // better-sqlite3 reads synchronously: a provision of 60,000 opinions in one statement held the event loop for
    // 0.7 s (issue 17), so it is read in pages by receipt number, letting the loop run between them.
    const rows: OpinionText[] = [];
    for (;;) {
      const qb = columns(base()).andWhere(
        address === null ? 'o.provision_address IS NULL' : 'o.provision_address = :address',
        { address },
      );
      if (rows.length) qb.andWhere('o.receipt_number > :after', { after: rows[rows.length - 1].receipt });
      const page = await qb
        .orderBy('o.receipt_number', 'ASC')
        .limit(GROUPING_READ_PAGE_ROWS)
        .getRawMany<OpinionText>();
      for (const row of page) rows.push(row);
      if (page.length < GROUPING_READ_PAGE_ROWS) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
    yield { address, rows, index, total: provisions.length };
  }
}

/** Opinions a page of grouping's reading on SQLite holds (~25 ms of a blocked event loop, measured in Jest). */
export const GROUPING_READ_PAGE_ROWS = 2_000;

/** An opinion as a consolidated suggestion takes it in. */
export type OpinionSource = Pick<
  OpinionEntity,
  'id' | 'provisionAddress' | 'proposedChange' | 'reason' | 'status'
>;

/** An annotation as a consolidated suggestion takes it in (a reply, parentId set, or a withdrawn one is no source). */
export type AnnotationSource = Pick<
  AnnotationEntity,
  'id' | 'provisionAddress' | 'note' | 'proposedWording' | 'legalBasis' | 'parentId' | 'status'
>;

/** Those of these opinions that are the point's, whatever their status (one statement per chunk of ids). */
export async function pointOpinionsByIds(
  db: Db,
  p: OpinionPoint,
  ids: readonly string[],
): Promise<OpinionSource[]> {
  const found: OpinionSource[] = [];
  for (const part of chunk(ids)) {
    found.push(
      ...(await opinionsOf(db, p)
        .select(['o.id', 'o.provisionAddress', 'o.proposedChange', 'o.reason', 'o.status'])
        .andWhere('o.id IN (:...part)', { part })
        .getMany()),
    );
  }
  return found;
}

/** Those of these annotations that are the point's, whatever their status or level. */
export async function pointAnnotationsByIds(
  db: Db,
  p: OpinionPoint,
  ids: readonly string[],
): Promise<AnnotationSource[]> {
  const found: AnnotationSource[] = [];
  for (const part of chunk(ids)) {
    found.push(
      ...(await db
        .createQueryBuilder(AnnotationEntity, 'a')
        .where('a.task_id = :taskId AND a.contact_point_id = :pointId AND a.id IN (:...part)', {
          taskId: p.taskId,
          pointId: p.contactPointId,
          part,
        })
        .getMany()),
    );
  }
  return found;
}

/** Every active opinion of the point the other domain does not hold, by receipt number (a first draft takes them). */
export async function unheldOpinionSources(
  db: Db,
  p: OpinionPoint,
  held: HeldSources,
): Promise<
  Array<Pick<OpinionEntity, 'id' | 'provisionAddress' | 'proposedChange' | 'reason' | 'receiptNumber'>>
> {
  return unheldQuery(db, p, held, undefined)
    .select(['o.id', 'o.provisionAddress', 'o.proposedChange', 'o.reason', 'o.receiptNumber'])
    .orderBy('o.receipt_number', 'ASC')
    .getMany();
}

/** Every active top-level annotation of the point's experts the other domain does not hold, oldest first. */
export async function unheldAnnotationSources(
  db: Db,
  p: OpinionPoint,
  held: HeldSources,
): Promise<AnnotationSource[]> {
  return unheldAnnotations(db, p, held).orderBy('a.created_at', 'ASC').getMany();
}

/** How many annotations unheldAnnotationSources would answer (what a first draft takes, counted before it runs). */
export function countUnheldAnnotations(db: Db, p: OpinionPoint, held: HeldSources): Promise<number> {
  return unheldAnnotations(db, p, held).getCount();
}

function unheldAnnotations(db: Db, p: OpinionPoint, held: HeldSources) {
  return db
    .createQueryBuilder(AnnotationEntity, 'a')
    .where(
      'a.task_id = :taskId AND a.contact_point_id = :pointId AND a.parent_id IS NULL AND a.status = :activeAnnotation',
      { taskId: p.taskId, pointId: p.contactPointId, activeAnnotation: AnnotationStatus.ACTIVE },
    )
    .andWhere(`NOT EXISTS (${held.exists('a.id')})`, held.params);
}
