import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { In } from 'typeorm';
import { chunk, toConnection, type Connection, type PageWindow } from '@app/common';

export interface ChildPageQuery {
  /** Column holding the parent's id, e.g. `liaison_unit_id`. */
  parentColumn: string;
  /** ORDER BY inside each parent, e.g. `name, id`. Columns of the child table only. */
  orderBy: string;
  /** Extra condition, e.g. `active = :active`; parameters in `params`. */
  where?: string;
  params?: Record<string, unknown>;
}

/**
 * Pages of children for many parents at once — the batch function of a DataLoader. Three statements whatever the
 * number of parents or the page size: the ids of each parent's page (ROW_NUMBER() per parent, on SQLite ≥ 3.25 and
 * MySQL 8 / MariaDB 10.2 alike), the rows for those ids, and the count per parent. Parent ids are chunked.
 */
export async function loadChildPages<E extends ObjectLiteral & { id: string }>(
  db: DataSource,
  entity: EntityTarget<E>,
  parentIds: readonly string[],
  query: ChildPageQuery,
  window: PageWindow,
): Promise<Connection<E>[]> {
  const metadata = db.getMetadata(entity);
  const table = metadata.tableName;
  const parentProperty = metadata.findColumnWithDatabaseName(query.parentColumn)?.propertyName;
  if (!parentProperty) throw new Error(`${table} has no column ${query.parentColumn}`);
  const escape = (name: string) => db.driver.escape(name);
  const counts = new Map<string, number>();
  const idsByParent = new Map<string, string[]>();

  for (const ids of chunk(parentIds)) {
    const where = `${escape(query.parentColumn)} IN (:...ids)${query.where ? ` AND (${query.where})` : ''}`;
    const params = { ...query.params, ids };
    const countRows = await db
      .createQueryBuilder()
      .select(escape(query.parentColumn), 'parent')
      .addSelect('COUNT(*)', 'n')
      .from(table, 't')
      .where(where, params)
      .groupBy(escape(query.parentColumn))
      .getRawMany<{ parent: string; n: string | number }>();
    for (const row of countRows) counts.set(row.parent, Number(row.n));
    if (window.limit === 0) continue;

    const ranked = db
      .createQueryBuilder()
      .select('t.id', 'id')
      .addSelect(`t.${escape(query.parentColumn)}`, 'parent')
      .addSelect(
        `ROW_NUMBER() OVER (PARTITION BY t.${escape(query.parentColumn)} ORDER BY ${query.orderBy})`,
        'rn',
      )
      .from(table, 't')
      .where(where, params);
    const [sql, values] = ranked.getQueryAndParameters();
    const pageRows = await db.query<Array<{ id: string; parent: string }>>(
      `SELECT r.id AS id, r.parent AS parent FROM (${sql}) r WHERE r.rn > ? AND r.rn <= ? ORDER BY r.parent, r.rn`,
      [...(values as unknown[]), window.offset, window.offset + window.limit],
    );
    for (const row of pageRows) idsByParent.set(row.parent, [...(idsByParent.get(row.parent) ?? []), row.id]);
  }

  const allIds = [...idsByParent.values()].flat();
  const byId = new Map<string, E>();
  for (const ids of chunk(allIds)) {
    const rows = await db.getRepository(entity).findBy({ id: In(ids) } as never);
    for (const row of rows) byId.set(row.id, row);
  }
  return parentIds.map((parentId) => {
    const items = (idsByParent.get(parentId) ?? []).flatMap((id) => byId.get(id) ?? []);
    return toConnection(items, counts.get(parentId) ?? 0, window);
  });
}
