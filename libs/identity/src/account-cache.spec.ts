import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import type { DataSource, QueryRunner } from 'typeorm';
import {
  ACCOUNT_CACHE_MAX_ENTRIES,
  ACCOUNT_CACHE_TTL_MS,
  AccountCache,
  type CachedAccount,
} from './account-cache.js';
import { deleteKeys, redisTestsRun, TEST_REDIS_URL, testKeyPrefix } from '../../../test/support/redis.js';
import type { SharedRedis } from './identity.options.js';

const account = (id: string, credentialVersion = 0): CachedAccount => ({
  id,
  username: id,
  displayName: id,
  mustChangePassword: false,
  active: true,
  credentialVersion,
  grants: [],
  permissions: new Set(),
  signedOutSessions: new Set(),
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

  it('answers a peek (the sign-in fast path) only with what get() would reuse: stored, fresh, not invalidated', async () => {
    const cache = newCache();
    expect(cache.peek('a', 0)).toBeUndefined();
    let release!: () => void;
    const loading = cache.get(
      'a',
      () => new Promise((resolve) => (release = () => resolve(account('a', 3)))),
      0,
    );
    expect(cache.peek('a', 0)).toBeUndefined(); // still loading
    release();
    await loading;
    expect(cache.peek('a', ACCOUNT_CACHE_TTL_MS - 1)?.credentialVersion).toBe(3);
    expect(cache.peek('a', ACCOUNT_CACHE_TTL_MS)).toBeUndefined();
    cache.afterUpdate({ metadata, queryRunner: runner(false) } as never);
    expect(cache.peek('a', 0)).toBeUndefined();
    await cache.get('a', () => Promise.resolve(null), 0);
    expect(cache.peek('a', 0)).toBeUndefined(); // a missing account is not kept
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

  it("forgets one account's entry with invalidateKey (a sign-out), keeping the others", async () => {
    const cache = newCache();
    await cache.get('a', () => Promise.resolve(account('a', 0)));
    await cache.get('b', () => Promise.resolve(account('b', 0)));
    cache.invalidateKey('a');
    expect([cache.peek('a'), cache.peek('b')?.id]).toEqual([undefined, 'b']);
    // A load of that key overtaken by the invalidation is not stored; one of another key is.
    let release!: () => void;
    const slow = cache.get('a', () => new Promise((resolve) => (release = () => resolve(account('a', 0)))));
    const other = cache.get('c', () => new Promise((resolve) => setTimeout(() => resolve(account('c')), 5)));
    cache.invalidateKey('a');
    release();
    await Promise.all([slow, other]);
    expect([cache.peek('a'), cache.peek('c')?.id]).toEqual([undefined, 'c']);
  });

  it('caches nothing under a key while the transaction that invalidated it is open, and forgets it again at its end', async () => {
    const cache = newCache();
    const tx = runner(true);
    await cache.get('b', () => Promise.resolve(account('b', 0)));
    cache.invalidateKey('a', tx);
    // A reader elsewhere still reads the old committed rows: not kept; other accounts are cached as usual.
    await cache.get('a', () => Promise.resolve(account('a', 0)));
    await cache.get('c', () => Promise.resolve(account('c', 0)));
    expect([cache.peek('a'), cache.peek('b')?.id, cache.peek('c')?.id]).toEqual([undefined, 'b', 'c']);
    cache.afterTransactionCommit({ queryRunner: tx } as never); // a savepoint's end
    await cache.get('a', () => Promise.resolve(account('a', 0)));
    expect(cache.peek('a')).toBeUndefined();
    (tx as { isTransactionActive: boolean }).isTransactionActive = false;
    cache.afterTransactionRollback({ queryRunner: tx } as never);
    await cache.get('a', () => Promise.resolve(account('a', 1)));
    expect([cache.peek('a')?.credentialVersion, cache.size]).toEqual([1, 3]);
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

const redisRuns = await redisTestsRun();

/** Two instances' caches over one Redis, as two API processes would have them. */
(redisRuns ? describe : describe.skip)('AccountCache across instances (Redis pub/sub)', () => {
  const prefix = testKeyPrefix();
  const connections: Redis[] = [];
  const shared = (): SharedRedis => {
    const client = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
    const subscriber = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
    connections.push(client, subscriber);
    return { client, subscriber, keyPrefix: prefix };
  };
  let a: AccountCache;
  let b: AccountCache;
  let bRedis: SharedRedis;
  const newShared = (redis: SharedRedis) =>
    new AccountCache({ subscribers: [] } as unknown as DataSource, redis);
  /** Until `check` holds (a message takes a moment to arrive), at most 2 s. */
  const eventually = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
    expect(check()).toBe(true);
  };

  beforeAll(async () => {
    a = newShared(shared());
    bRedis = shared();
    b = newShared(bRedis);
    await Promise.all(
      connections.map((c) =>
        c.status === 'ready' ? Promise.resolve() : new Promise((r) => c.once('ready', r)),
      ),
    );
  });
  afterAll(async () => {
    await deleteKeys(connections[0], prefix);
    for (const c of connections) c.disconnect();
  });

  it("empties the other instance's cache when one instance's write invalidates its own", async () => {
    await eventually(
      () => b.size === 0 && (b as unknown as { shared: { listening: boolean } }).shared.listening,
    );
    await b.get('x', () => Promise.resolve(account('x', 0)));
    await a.get('x', () => Promise.resolve(account('x', 0)));
    expect(b.size).toBe(1);
    a.afterUpdate({ metadata, queryRunner: runner(false) } as never);
    await eventually(() => b.size === 0);
    expect((await b.get('x', () => Promise.resolve(account('x', 1))))?.credentialVersion).toBe(1);
  });

  it('forgets only the one account at the other instance when an invalidateKey is published', async () => {
    await eventually(() => (b as unknown as { shared: { listening: boolean } }).shared.listening);
    await b.get('k1', () => Promise.resolve(account('k1', 0)));
    await b.get('k2', () => Promise.resolve(account('k2', 0)));
    a.invalidateKey('k1');
    await eventually(() => b.peek('k1') === undefined);
    expect(b.peek('k2')?.id).toBe('k2');
  });

  it('caches nothing while it cannot hear the others, and again once it listens', async () => {
    const listening = () => (b as unknown as { shared: { listening: boolean } }).shared.listening;
    bRedis.subscriber.disconnect();
    await eventually(() => !listening());
    expect(b.size).toBe(0);
    let loads = 0;
    const load = () => Promise.resolve(account('y', loads++));
    await b.get('y', load);
    await b.get('y', load);
    expect([loads, b.size]).toEqual([2, 0]); // deaf: both read the database, nothing kept
    expect(b.peek('y')).toBeUndefined();
    await bRedis.subscriber.connect();
    await eventually(listening);
    await b.get('y', load);
    expect(b.size).toBe(1);
    a.invalidate();
    await eventually(() => b.size === 0);
  });
});
