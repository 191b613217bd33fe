import {
  And,
  Equal,
  FindOperator,
  LessThan,
  MoreThan,
  type FindManyOptions,
  type FindOptionsOrder,
  type FindOptionsWhere,
  type ObjectLiteral,
  type Repository,
} from 'typeorm';
import {
  keysetRequest,
  toKeysetConnection,
  type Connection,
  type ConnectionArgs,
  type KeyValue,
  type PageWindow,
} from '@app/common';

/** One page and the total. TypeORM reads `take: 0` as "no limit", so an empty page only counts. */
export async function findPage<T extends ObjectLiteral>(
  repo: Repository<T>,
  options: FindManyOptions<T>,
  window: PageWindow,
): Promise<[T[], number]> {
  if (window.limit === 0) return [[], await repo.count({ where: options.where })];
  return repo.findAndCount({ ...options, skip: window.offset, take: window.limit });
}

/** One column of a keyset order: a non-null column; the last one must be unique (the id) so that the order is total. */
export interface KeysetKey<T> {
  property: keyof T & string;
  direction: 'ASC' | 'DESC';
}

/**
 * A page by keyset (see keysetRequest in @app/common): rows strictly after the cursor's sort key in the given order,
 * whatever was inserted since the previous page, and the total of the whole list. `where` is an OR of conditions, as
 * TypeORM's find takes it; each is narrowed by "after the cursor" (combined with any condition on the same column).
 */
export async function findKeysetPage<T extends ObjectLiteral>(
  repo: Repository<T>,
  where: FindOptionsWhere<T>[],
  keys: KeysetKey<T>[],
  args: ConnectionArgs,
): Promise<Connection<T>> {
  const request = keysetRequest(args, keys.length);
  const keyOf = (row: T) => keys.map((k) => row[k.property] as KeyValue);
  const total = await repo.count({ where });
  if (request.limit === 0) return toKeysetConnection([], total, request, keyOf);
  const after = request.after;
  const pageWhere = after ? where.flatMap((w) => afterKey(w, keys, after)) : where;
  const order = Object.fromEntries(keys.map((k) => [k.property, k.direction])) as FindOptionsOrder<T>;
  const rows = await repo.find({ where: pageWhere, order, take: request.limit + 1 });
  return toKeysetConnection(rows, total, request, keyOf);
}

/** (k1, k2, k3) after (v1, v2, v3) = k1 ≻ v1 OR (k1 = v1 AND k2 ≻ v2) OR (k1 = v1 AND k2 = v2 AND k3 ≻ v3). */
function afterKey<T>(
  where: FindOptionsWhere<T>,
  keys: KeysetKey<T>[],
  values: KeyValue[],
): FindOptionsWhere<T>[] {
  return keys.map((key, i) => {
    const condition: Record<string, unknown> = { ...where };
    const narrow = (property: string, op: FindOperator<KeyValue>) => {
      const existing = (where as Record<string, unknown>)[property];
      condition[property] =
        existing === undefined
          ? op
          : And(
              existing instanceof FindOperator
                ? (existing as FindOperator<KeyValue>)
                : Equal(existing as KeyValue),
              op,
            );
    };
    for (let j = 0; j < i; j++) narrow(keys[j].property, Equal(values[j]));
    narrow(key.property, key.direction === 'ASC' ? MoreThan(values[i]) : LessThan(values[i]));
    return condition as FindOptionsWhere<T>;
  });
}
