import DataLoader from 'dataloader';
import type { FastifyRequest } from 'fastify';

/**
 * A per-request loader's definition: a name unique in the process and the type of what it loads, written once beside
 * the rows' owner (e.g. consultation's TASKS_BY_ID), so every resolver that needs those rows shares one loader and one
 * batch, and a value read from it has the type its definition states (no cast at the call site).
 */
export interface LoaderKey<V> {
  readonly name: string;
  /** Never set: carries the value type. */
  readonly value?: V;
}

const definedLoaders = new Set<string>();

/** Defines a loader; a second definition with the same name throws when its module loads (one loader per kind of row). */
export function defineLoader<V>(name: string): LoaderKey<V> {
  if (definedLoaders.has(name))
    throw new Error(`loader "${name}" is defined twice: one loader per kind of row`);
  definedLoaders.add(name);
  return { name };
}

/**
 * Per-request DataLoaders, created with the GraphQL context so that nothing is cached across requests. A loader whose
 * batch depends on arguments (a page window) is kept per `args` (e.g. `first=20:after=`).
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  get<V>(
    key: LoaderKey<V>,
    batch: (keys: readonly string[]) => Promise<NoInfer<V>[]>,
    args?: string,
  ): DataLoader<string, V> {
    const name = args === undefined ? key.name : `${key.name}:${args}`;
    let loader = this.loaders.get(name) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch);
      this.loaders.set(name, loader);
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
