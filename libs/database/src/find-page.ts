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
 * whatever was inserted since the previous page. `where` is an OR of conditions, as TypeORM's find takes it; each is
 * narrowed by "after the cursor" (combined with any condition on the same column).
 *
 * Each part of that OR (each condition × each branch of "after the cursor") is read by its own query, in order, with
 * the page's limit, and the parts are merged here into one page: an OR in one query keeps the database from reading
 * an index in the list's order, so it sorted every matching row first (a second a page at a million opinions). The
 * page is exact: a row of the page has at most `limit` rows before it in the merged order, so at most that many
 * before it in its own part. Rows in several parts (an author's own opinion in their point) are kept once. The merge
 * compares the keys in JavaScript: string keys must sort there as in the database (the ASCII ids do).
 *
 * The total (a count over the whole list) is a function (TotalCount in @app/common), counted only when the query
 * selects totalCount: a page turn seldom needs it again. `count`, when given, answers it instead of a COUNT over
 * `where` (a tally the database keeps for exactly that list).
 */
export async function findKeysetPage<T extends ObjectLiteral>(
  repo: Repository<T>,
  where: FindOptionsWhere<T>[],
  keys: KeysetKey<T>[],
  args: ConnectionArgs,
  count?: () => Promise<number>,
): Promise<Connection<T>> {
  const request = keysetRequest(args, keys.length);
  const keyOf = (row: T) => keys.map((k) => row[k.property] as KeyValue);
  const total = lazyCount(count ?? (() => repo.count({ where })));
  if (request.limit === 0) return toKeysetConnection([], total, request, keyOf);
  const after = request.after;
  const parts = after ? where.flatMap((w) => afterKey(w, keys, after)) : where;
  const order = Object.fromEntries(keys.map((k) => [k.property, k.direction])) as FindOptionsOrder<T>;
  const take = request.limit + 1;
  if (parts.length === 1)
    return toKeysetConnection(await repo.find({ where: parts, order, take }), total, request, keyOf);
  const pages = await Promise.all(parts.map((part) => repo.find({ where: part, order, take })));
  const byKey = new Map<string, T>();
  for (const row of pages.flat()) byKey.set(JSON.stringify(keyOf(row)), row);
  const rows = [...byKey.values()].sort((a, b) => compareKeys(keyOf(a), keyOf(b), keys)).slice(0, take);
  return toKeysetConnection(rows, total, request, keyOf);
}

/** The count, run once and only if asked for. */
function lazyCount(counted: () => Promise<number>): () => Promise<number> {
  let count: Promise<number> | undefined;
  return () => (count ??= counted());
}

const comparable = (v: KeyValue): string | number => (v instanceof Date ? v.getTime() : v);

function compareKeys<T>(a: KeyValue[], b: KeyValue[], keys: KeysetKey<T>[]): number {
  for (let i = 0; i < keys.length; i++) {
    const x = comparable(a[i]);
    const y = comparable(b[i]);
    if (x === y) continue;
    const ascending = x < y ? -1 : 1;
    return keys[i].direction === 'ASC' ? ascending : -ascending;
  }
  return 0;
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

/**
 * Every row of `where` in the keyset order, a page of `pageSize` rows at a time: for exports that write as they read,
 * never holding the whole list. Each page continues after the last row of the one before (as findKeysetPage does),
 * so it is read from the order's index however far into the list it is.
 */
export async function* keysetPages<T extends ObjectLiteral>(
  repo: Repository<T>,
  where: FindOptionsWhere<T>,
  keys: KeysetKey<T>[],
  pageSize: number,
): AsyncGenerator<T[]> {
  const keyOf = (row: T) => keys.map((k) => row[k.property] as KeyValue);
  const order = Object.fromEntries(keys.map((k) => [k.property, k.direction])) as FindOptionsOrder<T>;
  let after: KeyValue[] | null = null;
  for (;;) {
    const parts: FindOptionsWhere<T>[] = after ? afterKey(where, keys, after) : [where];
    const pages = await Promise.all(parts.map((part) => repo.find({ where: part, order, take: pageSize })));
    const rows = pages
      .flat()
      .sort((a, b) => compareKeys(keyOf(a), keyOf(b), keys))
      .slice(0, pageSize);
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    after = keyOf(rows[rows.length - 1]);
  }
}
