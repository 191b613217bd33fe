import { describe, expect, it } from '@jest/globals';
import { defineLoader, LoaderRegistry } from './request-context.js';

describe('per-request loaders', () => {
  it('refuses a second loader with the same name (one loader per kind of row)', () => {
    defineLoader<string>('test.rowsById');
    expect(() => defineLoader<number>('test.rowsById')).toThrow('loader "test.rowsById" is defined twice');
  });

  it('shares one loader per key, and one per key and arguments, batching the ids of each', async () => {
    const key = defineLoader<string>('test.names');
    const registry = new LoaderRegistry();
    const batches: string[][] = [];
    const batch = (ids: readonly string[]) => {
      batches.push([...ids]);
      return Promise.resolve(ids.map((id) => `name-${id}`));
    };
    const [a, b] = await Promise.all([
      registry.get(key, batch).load('1'),
      registry.get(key, batch).load('2'),
    ]);
    expect([a, b]).toEqual(['name-1', 'name-2']);
    expect(batches).toEqual([['1', '2']]);
    expect(registry.get(key, batch, 'first=5')).not.toBe(registry.get(key, batch));
    expect(registry.get(key, batch, 'first=5')).toBe(registry.get(key, batch, 'first=5'));
  });
});
