import {
  In,
  type DataSource,
  type EntityTarget,
  type FindOptionsOrder,
  type FindOptionsWhere,
  type ObjectLiteral,
} from 'typeorm';
import { chunk } from '@app/common';

/**
 * Rows by id, in the order of `ids` (undefined where none): the batch function of a DataLoader. Ids are chunked to
 * stay under every engine's parameter limit.
 */
export async function loadByIds<E extends { id: string }>(
  db: DataSource,
  entity: EntityTarget<E>,
  ids: readonly string[],
): Promise<(E | undefined)[]> {
  const rows: E[] = [];
  for (const part of chunk([...new Set(ids)])) {
    rows.push(...(await db.getRepository(entity).findBy({ id: In(part) } as FindOptionsWhere<E>)));
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id));
}

/**
 * Every child of each parent (a draft's versions, an opinion's revisions, an annotation's replies), in `order` within
 * each parent and in the order of `parentIds`: the batch function of a DataLoader for an unpaged list. Parent ids are
 * chunked, and rows are grouped in one pass (the lists are not filtered once per parent). Paged children:
 * loadChildPages.
 */
export async function loadChildren<E extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<E>,
  parentProperty: keyof E & string,
  parentIds: readonly string[],
  options: { where?: FindOptionsWhere<E>; order: FindOptionsOrder<E> },
): Promise<E[][]> {
  const byParent = new Map<string, E[]>();
  for (const part of chunk([...new Set(parentIds)])) {
    const rows = await db.getRepository(entity).find({
      where: { ...options.where, [parentProperty]: In(part) } as FindOptionsWhere<E>,
      order: options.order,
    });
    for (const row of rows) {
      const parent = row[parentProperty] as string;
      const list = byParent.get(parent);
      if (list) list.push(row);
      else byParent.set(parent, [row]);
    }
  }
  return parentIds.map((id) => byParent.get(id) ?? []);
}
