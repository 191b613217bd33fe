import { describe, expect, it } from '@jest/globals';
import type { DataSource, QueryRunner } from 'typeorm';
import {
  ACCOUNT_CACHE_MAX_ENTRIES,
  ACCOUNT_CACHE_TTL_MS,
  AccountCache,
  type CachedAccount,
} from './account-cache.js';

const account = (id: string, credentialVersion = 0): CachedAccount => ({
  id,
  username: id,
  displayName: id,
  active: true,
  credentialVersion,
  grants: [],
});
const newCache = () => new AccountCache({ subscribers: [] } as unknown as DataSource);
const runner = (active: boolean) => ({ isTransactionActive: active }) as QueryRunner;
const metadata = { tableName: 'account' } as never;

describe('AccountCache', () => {
  it(`keeps an account at most ${ACCOUNT_CACHE_TTL_MS / 1000} s`, async () => {
    const cache = newCache();
    let loads = 0;
    const load = () => Promise.resolve(account('a', loads++));
    await cache.get('a', load, 0);
    expect((await cache.get('a', load, ACCOUNT_CACHE_TTL_MS - 1))?.credentialVersion).toBe(0);
    expect((await cache.get('a', load, ACCOUNT_CACHE_TTL_MS))?.credentialVersion).toBe(1);
  });

  it(`holds at most ${ACCOUNT_CACHE_MAX_ENTRIES} accounts, dropping the oldest`, async () => {
    const cache = newCache();
    for (let i = 0; i <= ACCOUNT_CACHE_MAX_ENTRIES; i++)
      await cache.get(`a${i}`, () => Promise.resolve(account(`a${i}`)));
    expect(cache.size).toBe(ACCOUNT_CACHE_MAX_ENTRIES);
    let reloaded = false;
    await cache.get('a0', () => ((reloaded = true), Promise.resolve(account('a0'))));
    expect(reloaded).toBe(true);
  });

  it('does not store a load that an invalidation overtook', async () => {
    const cache = newCache();
    let release!: () => void;
    const slow = cache.get('a', () => new Promise((resolve) => (release = () => resolve(account('a', 0)))));
    cache.invalidate();
    release();
    await slow;
    expect(cache.size).toBe(0);
  });

  it('stores nothing while a transaction that wrote an account is open, and forgets again at its end', async () => {
    const cache = newCache();
    const tx = runner(true);
    await cache.get('a', () => Promise.resolve(account('a', 0)));
    cache.afterUpdate({ metadata, queryRunner: tx } as never);
    expect(cache.size).toBe(0);
    // A reader elsewhere still reads the old committed row: it must not be kept.
    await cache.get('a', () => Promise.resolve(account('a', 0)));
    expect(cache.size).toBe(0);
    // A savepoint's end is not the transaction's.
    cache.afterTransactionCommit({ queryRunner: tx } as never);
    await cache.get('a', () => Promise.resolve(account('a', 0)));
    expect(cache.size).toBe(0);
    (tx as { isTransactionActive: boolean }).isTransactionActive = false;
    cache.afterTransactionCommit({ queryRunner: tx } as never);
    await cache.get('a', () => Promise.resolve(account('a', 1)));
    expect((await cache.get('a', () => Promise.resolve(account('a', 2))))?.credentialVersion).toBe(1);
  });

  it('ignores writes to other tables', async () => {
    const cache = newCache();
    await cache.get('a', () => Promise.resolve(account('a')));
    cache.afterInsert({ metadata: { tableName: 'opinion' }, queryRunner: runner(false) } as never);
    expect(cache.size).toBe(1);
    cache.afterRemove({ metadata: { tableName: 'role_assignment' }, queryRunner: runner(false) } as never);
    expect(cache.size).toBe(0);
  });
});
