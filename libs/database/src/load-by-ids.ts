import { In, type DataSource, type EntityTarget, type FindOptionsWhere } from 'typeorm';
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
