import DataLoader from 'dataloader';
import type { FastifyRequest } from 'fastify';

/**
 * Per-request DataLoaders, created with the GraphQL context so that nothing is cached across requests.
 * A loader is found by a key that includes its arguments (e.g. `collectors:first=20:after=`).
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  get<V>(key: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch);
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

export interface GqlContext {
  req: FastifyRequest;
  loaders: LoaderRegistry;
}

/** Parameter limits differ per engine (SQLite 32766, MySQL 65535): chunk every IN (…) list well below both. */
export const IN_LIST_CHUNK = 500;

export function chunk<T>(items: readonly T[], size = IN_LIST_CHUNK): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
