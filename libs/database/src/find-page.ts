import type { FindManyOptions, ObjectLiteral, Repository } from 'typeorm';
import type { PageWindow } from '@app/common';

/** One page and the total. TypeORM reads `take: 0` as "no limit", so an empty page only counts. */
export async function findPage<T extends ObjectLiteral>(
  repo: Repository<T>,
  options: FindManyOptions<T>,
  window: PageWindow,
): Promise<[T[], number]> {
  if (window.limit === 0) return [[], await repo.count({ where: options.where })];
  return repo.findAndCount({ ...options, skip: window.offset, take: window.limit });
}
