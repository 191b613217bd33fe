import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Redis } from 'ioredis';
import { Clock, TooManyRequestsError } from '@app/common';
import { deleteKeys, redisTestsRun, TEST_REDIS_URL, testKeyPrefix } from '../../../test/support/redis.js';
import {
  AddressThrottler,
  COUNTER_STORE_LIMITS,
  describeWait,
  InMemoryRequestCounters,
  RedisRequestCounters,
  type AddressLimit,
  type RequestCounterStore,
  type RequestWindow,
} from './request-counters.js';

class SetClock extends Clock {
  constructor(public t: number) {
    super();
  }
  override now(): Date {
    return new Date(this.t);
  }
}

async function refusal(attempt: Promise<unknown>): Promise<TooManyRequestsError> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof TooManyRequestsError) return error;
    throw error;
  }
  throw new Error('expected TOO_MANY_REQUESTS');
}

const WINDOWS: RequestWindow[] = [
  { limit: 5, seconds: 60 },
  { limit: 8, seconds: 24 * 3600 },
];

// One contract, two stores, as for sign-in attempts: the Redis store (shared by API instances) behaves as the in-memory one.
const redis = (await redisTestsRun()) ? TEST_REDIS_URL : null;
const STORES: Array<[string, 'memory' | 'redis']> = [['in memory', 'memory']];
if (redis) STORES.push(['on Redis', 'redis']);

/** Each test gets a fresh store of the kind under test. */
let newStore: () => RequestCounterStore = () => new InMemoryRequestCounters();

describe.each(STORES)('request counters kept %s', (_name, kind) => {
  let client: Redis | undefined;
  const prefixes: string[] = [];

  beforeAll(() => {
    if (kind === 'memory') {
      newStore = () => new InMemoryRequestCounters();
      return;
    }
    client = new Redis(redis!, { connectTimeout: 2000, maxRetriesPerRequest: 1 });
    newStore = () => {
      const prefix = testKeyPrefix();
      prefixes.push(prefix);
      return new RedisRequestCounters(client!, prefix);
    };
  });
  afterAll(async () => {
    if (!client) return;
    for (const prefix of prefixes) await deleteKeys(client, prefix);
    client.disconnect();
  });

  it('takes amounts from every window at once, refuses what does not fit whole, and says which window, what is left and how long', async () => {
    const store = newStore();
    expect(await store.take('a', 3, WINDOWS, 0)).toEqual({ granted: true });
    // Three more do not fit the minute (2 left): nothing is taken.
    expect(await store.take('a', 3, WINDOWS, 10_000)).toEqual({
      granted: false,
      window: 0,
      remaining: 2,
      retryAfterSeconds: 50,
    });
    expect(await store.take('a', 2, WINDOWS, 10_000)).toEqual({ granted: true });
    // Another account is not touched.
    expect(await store.take('b', 5, WINDOWS, 10_000)).toEqual({ granted: true });
    // A minute later the minute is free, the day is not: 3 of 8 left.
    expect(await store.take('a', 4, WINDOWS, 61_000)).toMatchObject({
      granted: false,
      window: 1,
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
    await store.giveBack('a', 2, WINDOWS, 0, 1000);
    expect(await store.take('a', 2, WINDOWS, 2000)).toEqual({ granted: true });
    expect(await store.take('a', 1, WINDOWS, 3000)).toMatchObject({ granted: false, window: 0 });
    // Given back after the minute ended: the new minute owes nothing, the day takes it back.
    await store.giveBack('a', 5, WINDOWS, 0, 61_000);
    expect(await store.take('a', 5, WINDOWS, 61_000)).toEqual({ granted: true });
    expect(await store.take('a', 1, WINDOWS, 61_000)).toMatchObject({ granted: false, window: 0 });
  });

  it('gives nothing back to a window started after the take (review C-1: 70 writes passed a limit of 60)', async () => {
    const store = newStore();
    const minute = [{ limit: 5, seconds: 60 }];
    expect(await store.take('b', 1, minute, 0)).toEqual({ granted: true });
    expect(await store.take('b', 4, minute, 59_000)).toEqual({ granted: true });
    // The next minute fills up; then the take of second 59 fails late and is given back — not to this minute.
    expect(await store.take('b', 5, minute, 61_000)).toEqual({ granted: true });
    await store.giveBack('b', 4, minute, 59_000, 62_000);
    expect(await store.take('b', 1, minute, 62_000)).toMatchObject({ granted: false, window: 0 });
  });

  const LOOKUPS: AddressLimit = {
    kind: 'test',
    windows: [
      { limit: 3, seconds: 60 },
      { limit: 5, seconds: 86400 },
    ],
    reason: 'TEST_RATE_LIMITED',
    message: (w) => (w === 0 ? '每分钟最多 3 次' : '每天最多 5 次'),
  };

  it('spends anonymous requests per address against every window, refusing without counting, until the window ends', async () => {
    const clock = new SetClock(0);
    const limiter = new AddressThrottler(newStore(), clock);
    for (let i = 0; i < 3; i++) await limiter.spend(LOOKUPS, '192.0.2.1');
    const minute = await refusal(limiter.spend(LOOKUPS, '192.0.2.1'));
    expect(minute).toMatchObject({
      reason: 'TEST_RATE_LIMITED',
      message: '每分钟最多 3 次，请 1 分钟后再试',
    });
    // Another address, and another kind from the same address, have budgets of their own.
    await limiter.spend(LOOKUPS, '192.0.2.2');
    await limiter.spend({ ...LOOKUPS, kind: 'other' }, '192.0.2.1');
    clock.t = 60_000;
    // The refused request did not count: two more pass before the day's five are spent.
    await limiter.spend(LOOKUPS, '192.0.2.1');
    await limiter.spend(LOOKUPS, '192.0.2.1');
    const day = await refusal(limiter.spend(LOOKUPS, '192.0.2.1'));
    expect(day.message).toBe('每天最多 5 次，请 24 小时后再试');
    clock.t = 86_400_000;
    await expect(limiter.spend(LOOKUPS, '192.0.2.1')).resolves.toBeUndefined();
  });

  it('spends one budget for a whole IPv6 /64', async () => {
    const limiter = new AddressThrottler(newStore(), new SetClock(0));
    for (let i = 0; i < 3; i++) await limiter.spend(LOOKUPS, `2001:db8:5:5::${i + 1}`);
    expect((await refusal(limiter.spend(LOOKUPS, '2001:db8:5:5:ffff::1'))).reason).toBe('TEST_RATE_LIMITED');
    await expect(limiter.spend(LOOKUPS, '2001:db8:5:6::1')).resolves.toBeUndefined();
  });

  it('spends one budget for a whole /48 when the limit says so, and the /64 limit beside it stays per /64', async () => {
    const limiter = new AddressThrottler(newStore(), new SetClock(0));
    const site: AddressLimit = { ...LOOKUPS, kind: 'site', prefixBits: 48 };
    // Three /64s of one /56 (and so one /48): each a fresh /64 budget, but one /48 budget.
    for (const net of ['a', 'b', 'c']) {
      await limiter.spend(LOOKUPS, `2001:db8:1:${net}::1`);
      await limiter.spend(site, `2001:db8:1:${net}::1`);
    }
    await expect(limiter.spend(LOOKUPS, '2001:db8:1:d::1')).resolves.toBeUndefined();
    expect((await refusal(limiter.spend(site, '2001:db8:1:d::1'))).reason).toBe('TEST_RATE_LIMITED');
    // Another /48 has its own; IPv4 stays per address.
    await expect(limiter.spend(site, '2001:db8:2::1')).resolves.toBeUndefined();
    await expect(limiter.spend(site, '192.0.2.40')).resolves.toBeUndefined();
  });

  it('names the full window with the longest wait: the day, when the minute is full as well', async () => {
    const clock = new SetClock(0);
    const limiter = new AddressThrottler(newStore(), clock);
    for (let i = 0; i < 3; i++) await limiter.spend(LOOKUPS, '192.0.2.3');
    clock.t = 60_000;
    for (let i = 0; i < 2; i++) await limiter.spend(LOOKUPS, '192.0.2.3');
    // Day full (5), minute not: the day.
    clock.t = 120_000;
    const day = await refusal(limiter.spend(LOOKUPS, '192.0.2.3'));
    expect(day.message).toBe('每天最多 5 次，请 24 小时后再试');
    // Both full in a store with a tighter minute: still the day, not "1 分钟" and then the day.
    const both: AddressLimit = {
      ...LOOKUPS,
      kind: 'both',
      windows: [
        { limit: 2, seconds: 60 },
        { limit: 2, seconds: 86400 },
      ],
    };
    for (let i = 0; i < 2; i++) await limiter.spend(both, '192.0.2.3');
    const refused = await refusal(limiter.spend(both, '192.0.2.3'));
    expect(refused.message).toMatch(/^每天最多 5 次/);
    expect(refused.details.retryAfterSeconds).toBe(86400);
  });

  it('spends atomically: of 50 concurrent requests from one address exactly the limit pass', async () => {
    const limiter = new AddressThrottler(newStore(), new SetClock(0));
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => limiter.spend(LOOKUPS, '192.0.2.9')),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
  });
});

describe('describeWait', () => {
  it('says seconds, minutes, and from an hour on hours (rounded up)', () => {
    expect(describeWait(45)).toBe('45 秒');
    expect(describeWait(61)).toBe('2 分钟');
    expect(describeWait(3599)).toBe('60 分钟');
    expect(describeWait(3600)).toBe('1 小时');
    expect(describeWait(86_340)).toBe('24 小时');
  });
});

describe('InMemoryRequestCounters, bounded', () => {
  const windows = [
    { limit: 10, seconds: 60 },
    { limit: 100, seconds: 86400 },
  ];
  const take = (store: RequestCounterStore, address: string, now: number) =>
    store.take(`receipt:${address}`, 1, windows, now, true);

  it('walks its counters at most once a sweep interval (or when they double), not on every request past the floor', async () => {
    const store = new InMemoryRequestCounters();
    const walks = jest.spyOn(store as unknown as { walk: (now: number) => void }, 'walk');
    // 10,500 addresses, each a live day window (21,000 counters): nothing can be forgotten.
    for (let i = 0; i < 10_500; i++) await take(store, `10.${i >> 8}.${i & 255}.1`, 1000 + i);
    // Past the floor: a walk each time the counters doubled (10k, 20k), no more.
    expect(walks.mock.calls.length).toBeLessThanOrEqual(2);
    const before = walks.mock.calls.length;
    // A minute later one walk; the minute windows are over but the day windows are live, and kept.
    await take(store, '10.0.0.1', 30_000 + 60_000);
    expect(walks.mock.calls.length).toBe(before + 1);
    expect((await take(store, '10.0.0.1', 30_000 + 60_000)).granted).toBe(true);
  });

  it('refuses anonymous requests from new addresses when full of live counters, rather than forget one', async () => {
    const store = new InMemoryRequestCounters({ ...COUNTER_STORE_LIMITS, sweepFloor: 10, maxAnonymous: 40 });
    for (let i = 0; i < 20; i++) expect((await take(store, `10.0.0.${i}`, 0)).granted).toBe(true);
    expect(await take(store, '10.0.1.1', 1000)).toEqual({
      granted: false,
      window: -1,
      remaining: 0,
      retryAfterSeconds: COUNTER_STORE_LIMITS.sweepEverySeconds,
    });
    // The addresses already counted go on being counted (and limited).
    for (let i = 0; i < 9; i++) expect((await take(store, '10.0.0.1', 2000)).granted).toBe(true);
    expect(await take(store, '10.0.0.1', 2000)).toMatchObject({ granted: false, window: 0 });
    // Accounts' counters are not capped: an anonymous flood never stops a signed-in person's writes.
    expect((await store.take('opinion-writes:acc-1', 3, windows, 2000)).granted).toBe(true);
    // Once the day windows end, there is room again.
    expect((await take(store, '10.0.1.1', 86_400_000)).granted).toBe(true);
    const limiter = new AddressThrottler(store, new SetClock(86_400_000));
    for (let i = 0; i < 40; i++) await take(store, `10.0.2.${i}`, 86_400_000);
    await expect(
      limiter.spend(
        { kind: 'receipt', windows, reason: 'RECEIPT_LOOKUP_RATE_LIMITED', message: () => '' },
        '10.0.3.1',
      ),
    ).rejects.toMatchObject({
      reason: 'RECEIPT_LOOKUP_RATE_LIMITED',
      message: '当前查询的人过多，请 1 分钟后再试',
    });
  });
});
