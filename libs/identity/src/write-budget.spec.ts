import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { deleteKeys, redisTestsRun, TEST_REDIS_URL, testKeyPrefix } from '../../../test/support/redis.js';
import {
  InMemoryWriteBudgetStore,
  RedisWriteBudgetStore,
  type BudgetWindow,
  type WriteBudgetStore,
} from './write-budget.js';

const WINDOWS: BudgetWindow[] = [
  { name: 'minute', limit: 5, seconds: 60 },
  { name: 'day', limit: 8, seconds: 24 * 3600 },
];

// One contract, two stores, as for sign-in attempts: the Redis store (shared by API instances) behaves as the in-memory one.
const redis = (await redisTestsRun()) ? TEST_REDIS_URL : null;
const STORES: Array<[string, 'memory' | 'redis']> = [['in memory', 'memory']];
if (redis) STORES.push(['on Redis', 'redis']);

describe.each(STORES)('write budgets kept %s', (_name, kind) => {
  let client: Redis | undefined;
  const prefixes: string[] = [];
  let newStore: () => WriteBudgetStore = () => new InMemoryWriteBudgetStore();
  beforeAll(() => {
    if (kind === 'memory') return;
    client = new Redis(redis!, { connectTimeout: 2000, maxRetriesPerRequest: 1 });
    newStore = () => {
      const prefix = testKeyPrefix();
      prefixes.push(prefix);
      return new RedisWriteBudgetStore(client!, prefix);
    };
  });
  afterAll(async () => {
    if (!client) return;
    for (const prefix of prefixes) await deleteKeys(client, prefix);
    client.disconnect();
  });

  it('takes amounts from every window at once, refuses what does not fit whole, and says which window and how long', async () => {
    const store = newStore();
    expect(await store.take('a', 3, WINDOWS, 0)).toEqual({ granted: true });
    // Three more do not fit the minute (2 left): nothing is taken.
    expect(await store.take('a', 3, WINDOWS, 10_000)).toEqual({
      granted: false,
      window: WINDOWS[0],
      remaining: 2,
      retryAfterSeconds: 50,
    });
    expect(await store.take('a', 2, WINDOWS, 10_000)).toEqual({ granted: true });
    // Another account is not touched.
    expect(await store.take('b', 5, WINDOWS, 10_000)).toEqual({ granted: true });
    // A minute later the minute is free, the day is not: 3 of 8 left.
    expect(await store.take('a', 4, WINDOWS, 61_000)).toMatchObject({
      granted: false,
      window: WINDOWS[1],
      remaining: 3,
      retryAfterSeconds: 24 * 3600 - 61,
    });
    expect(await store.take('a', 3, WINDOWS, 61_000)).toEqual({ granted: true });
    expect(await store.take('a', 1, WINDOWS, 62_000)).toMatchObject({ granted: false, remaining: 0 });
    // The next day starts afresh.
    expect(await store.take('a', 5, WINDOWS, 24 * 3600_000)).toEqual({ granted: true });
  });

  it('gives back what was not written, within the window it was taken in', async () => {
    const store = newStore();
    expect(await store.take('a', 5, WINDOWS, 0)).toEqual({ granted: true });
    await store.giveBack('a', 2, WINDOWS, 1000);
    expect(await store.take('a', 2, WINDOWS, 2000)).toEqual({ granted: true });
    expect(await store.take('a', 1, WINDOWS, 3000)).toMatchObject({ granted: false, window: WINDOWS[0] });
    // Given back after the minute ended: the new minute owes nothing, the day takes it back.
    await store.giveBack('a', 5, WINDOWS, 61_000);
    expect(await store.take('a', 5, WINDOWS, 61_000)).toEqual({ granted: true });
    expect(await store.take('a', 1, WINDOWS, 61_000)).toMatchObject({ granted: false, window: WINDOWS[0] });
  });
});
