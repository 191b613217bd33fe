import { FindOperator, In, type FindOptionsWhere } from 'typeorm';

/**
 * A caller's read scope is an OR of conditions; a list's filters may only narrow it. Spreading the filters over each
 * condition (`{ ...scope, ...filters }`) lets a filter on a column the scope also constrains REPLACE the scope (a unit
 * admin asking for another unit's opinions got them). This intersects instead: on a column both name, only values
 * allowed by both remain, and a condition that allows nothing is dropped. An empty result means "nothing": callers
 * must answer an empty list, never query with `where: []` (which TypeORM reads as "no condition").
 */
export function narrowScope<T>(
  scopes: readonly FindOptionsWhere<T>[],
  filters: FindOptionsWhere<T>,
): FindOptionsWhere<T>[] {
  const narrowed: FindOptionsWhere<T>[] = [];
  for (const scope of scopes) {
    const merged: Record<string, unknown> = { ...scope };
    let empty = false;
    for (const [column, filter] of Object.entries(filters as Record<string, unknown>)) {
      if (filter === undefined) continue;
      if (merged[column] === undefined) {
        merged[column] = filter;
        continue;
      }
      const both = intersect(merged[column], filter);
      if (both === NOTHING) {
        empty = true;
        break;
      }
      merged[column] = both;
    }
    if (!empty) narrowed.push(merged as FindOptionsWhere<T>);
  }
  return narrowed;
}

const NOTHING = Symbol('nothing');

/** The values an equality or `In` condition allows; other operators cannot be intersected safely, so they throw. */
function allowedValues(condition: unknown): readonly unknown[] {
  if (condition instanceof FindOperator) {
    if (condition.type === 'in') return condition.value as unknown[];
    if (condition.type === 'equal') return [condition.value];
    throw new Error(`narrowScope: a "${condition.type}" condition cannot be intersected with a filter`);
  }
  if (condition === null || (typeof condition === 'object' && !(condition instanceof Date))) {
    throw new Error('narrowScope: only plain values and In(…) can be intersected');
  }
  return [condition];
}

function intersect(scope: unknown, filter: unknown): unknown {
  const allowed = new Set(allowedValues(scope));
  const both = [...new Set(allowedValues(filter))].filter((v) => allowed.has(v));
  if (both.length === 0) return NOTHING;
  return both.length === 1 ? both[0] : In(both);
}
