import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Redis } from 'ioredis';
import { Clock, TooManyRequestsError } from '@app/common';
import { deleteKeys, redisTestsRun, TEST_REDIS_URL, testKeyPrefix } from '../../../test/support/redis.js';
import { LOGIN_LIMITS } from './identity.options.js';
import {
  InMemoryLoginAttemptStore,
  LoginThrottler,
  delayAfterFailures,
  type LoginAttemptStore,
} from './login-throttler.js';
import { RedisLoginAttemptStore } from './redis-login-attempt-store.js';

class SetClock extends Clock {
  constructor(public t: number) {
    super();
  }
  override now(): Date {
    return new Date(this.t);
  }
}

/** Each test gets a fresh store of the kind under test. */
let newStore: () => LoginAttemptStore = () => new InMemoryLoginAttemptStore();

const setup = () => {
  const clock = new SetClock(0);
  return { clock, throttler: new LoginThrottler(newStore(), clock) };
};

async function refusal(attempt: Promise<unknown>): Promise<TooManyRequestsError> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof TooManyRequestsError) return error;
    throw error;
  }
  throw new Error('expected TOO_MANY_REQUESTS');
}

async function fail(throttler: LoginThrottler, account: string, address: string): Promise<void> {
  await throttler.settle(await throttler.reserve(account, address), 'failure');
}

// One contract, two stores: the Redis store (shared by API instances) must behave exactly as the in-memory one.
const redis = (await redisTestsRun()) ? TEST_REDIS_URL : null;
const STORES: Array<[string, 'memory' | 'redis']> = [['in memory', 'memory']];
if (redis) STORES.push(['on Redis', 'redis']);

describe.each(STORES)('LoginThrottler, attempts counted %s', (_name, kind) => {
  let client: Redis | undefined;
  const prefixes: string[] = [];
  beforeAll(() => {
    if (kind === 'memory') {
      newStore = () => new InMemoryLoginAttemptStore();
      return;
    }
    client = new Redis(redis!, { connectTimeout: 2000, maxRetriesPerRequest: 1 });
    newStore = () => {
      const prefix = testKeyPrefix();
      prefixes.push(prefix);
      return new RedisLoginAttemptStore(client!, prefix);
    };
  });
  afterAll(async () => {
    if (!client) return;
    for (const prefix of prefixes) await deleteKeys(client, prefix);
    client.disconnect();
  });

  it('makes one address wait after its free failures, 1, 2, 4 minutes, while other addresses go on', async () => {
    const { clock, throttler } = setup();
    for (let i = 0; i < LOGIN_LIMITS.freeFailuresPerAddress; i++)
      await fail(throttler, 'head', '192.0.2.210');
    const first = await refusal(throttler.reserve('head', '192.0.2.210'));
    expect(first.reason).toBe('LOGIN_LOCKED');
    expect(first.details.retryAfterSeconds).toBe(60);
    expect(first.message).toBe('从当前网络登录该账号失败次数过多，请 1 分钟后再试');
    // Another address, and another account from the same address, are untouched.
    await expect(throttler.reserve('head', '192.0.2.211')).resolves.toBeDefined();
    await expect(throttler.reserve('liaison', '192.0.2.210')).resolves.toBeDefined();

    clock.t = 60_000;
    await fail(throttler, 'head', '192.0.2.210');
    expect((await refusal(throttler.reserve('head', '192.0.2.210'))).details.retryAfterSeconds).toBe(120);
    clock.t += 120_000;
    await fail(throttler, 'head', '192.0.2.210');
    expect((await refusal(throttler.reserve('head', '192.0.2.210'))).message).toContain('请 4 分钟后再试');
    expect([5, 6, 7, 50].map(delayAfterFailures)).toEqual([60, 120, 240, LOGIN_LIMITS.maxDelaySeconds]);
  });

  it('reserves before verifying: of 100 concurrent attempts at most the free failures go through', async () => {
    const { throttler } = setup();
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, () => throttler.reserve('head', '192.0.2.210')),
    );
    const granted = results.filter((r) => r.status === 'fulfilled');
    expect(granted).toHaveLength(LOGIN_LIMITS.freeFailuresPerAddress);
  });

  it("forgets an address's failures after a success from it", async () => {
    const { throttler } = setup();
    for (let i = 0; i < LOGIN_LIMITS.freeFailuresPerAddress - 1; i++)
      await fail(throttler, 'head', '192.0.2.210');
    await throttler.settle(await throttler.reserve('head', '192.0.2.210'), 'success');
    for (let i = 0; i < LOGIN_LIMITS.freeFailuresPerAddress - 1; i++)
      await fail(throttler, 'head', '192.0.2.210');
    await expect(throttler.reserve('head', '192.0.2.210')).resolves.toBeDefined();
  });

  /**
   * The spray of attack notes F9: failures on `account` from addresses each left one short of its pair's wait, and
   * beyond failuresPerAccount one from each of further addresses (all that the ceiling lets through then).
   */
  async function spray(
    throttler: LoginThrottler,
    account: string,
    failures: number,
    tag = 1,
  ): Promise<string[]> {
    const perAddress = LOGIN_LIMITS.freeFailuresPerAddress - 1;
    const addresses: string[] = [];
    // Real addresses (each its own /64): what is not an address shares one key (clientKey).
    for (let i = 0; i < failures; i++) {
      const address =
        i < LOGIN_LIMITS.failuresPerAccount
          ? `2001:db8:5${tag}:${Math.floor(i / perAddress).toString(16)}::1`
          : `2001:db8:f${tag}:${i.toString(16)}::1`;
      if (!addresses.includes(address)) addresses.push(address);
      await fail(throttler, account, address);
    }
    return addresses;
  }

  it('under a spray, refuses the addresses that failed but lets the owner sign in from a new address', async () => {
    const { clock, throttler } = setup();
    const sprayers = await spray(throttler, 'head', LOGIN_LIMITS.failuresPerAccount);
    for (const address of [sprayers[0], sprayers.at(-1)!]) {
      const stopped = await refusal(throttler.reserve('head', address));
      expect(stopped.reason).toBe('LOGIN_ACCOUNT_THROTTLED');
      expect(stopped.details.retryAfterSeconds).toBe(LOGIN_LIMITS.accountWindowSeconds);
      expect(stopped.message).toBe(
        '该账号近一小时登录失败次数异常多，当前网络近 24 小时内有登录该账号失败的记录，已暂停从当前网络登录该账号。请在以前登录过的网络（如办公室）登录，或 1 小时后再试；如异常登录仍在继续，当前网络最长需等待 24 小时',
      );
    }
    // The owner, from a network the spray has not used: one attempt, and the right password gets in.
    await throttler.settle(await throttler.reserve('head', '198.51.100.20'), 'success');
    // A new sprayer address gets one guess, then it is refused as the others are.
    await fail(throttler, 'head', '203.0.113.1');
    expect((await refusal(throttler.reserve('head', '203.0.113.1'))).reason).toBe('LOGIN_ACCOUNT_THROTTLED');
    // Other accounts are untouched, from the sprayers' addresses too.
    await expect(throttler.reserve('liaison', sprayers[0])).resolves.toBeDefined();
    // When the hour ends, the account is no longer under spray.
    clock.t = LOGIN_LIMITS.accountWindowSeconds * 1000;
    await expect(throttler.reserve('head', sprayers[0])).resolves.toBeDefined();
  });

  it('under a spray, lets a new address try one attempt at a time: of 20 concurrent guesses one goes through', async () => {
    const { throttler } = setup();
    await spray(throttler, 'head', LOGIN_LIMITS.failuresPerAccount);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => throttler.reserve('head', '203.0.113.2')),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(
      LOGIN_LIMITS.sprayFailuresPerAddress,
    );
    // The others are told to retry in a moment (it may be the owner pressing 登录 twice), not to wait for the hour.
    const busy = await refusal(throttler.reserve('head', '203.0.113.2'));
    expect(busy.reason).toBe('LOGIN_ADDRESS_BUSY');
    expect(busy.details.retryAfterSeconds).toBe(LOGIN_LIMITS.busyRetrySeconds);
    const first = results.find((r) => r.status === 'fulfilled')!;
    await throttler.settle(first.value, 'success');
    await expect(throttler.reserve('head', '203.0.113.2')).resolves.toBeDefined();
  });

  it(`from ${LOGIN_LIMITS.sprayCeilingPerAccount} failures an hour lets only addresses that signed in to the account try it`, async () => {
    const { clock, throttler } = setup();
    clock.t = 1000;
    await throttler.settle(await throttler.reserve('head', '198.51.100.50'), 'success');
    // Two days later (past the failure memory), a spray: 100 from a few addresses, then one guess from each of 100 more.
    clock.t = 2 * LOGIN_LIMITS.failureMemorySeconds * 1000;
    await spray(throttler, 'head', LOGIN_LIMITS.sprayCeilingPerAccount);
    const ceiling = await refusal(throttler.reserve('head', '198.51.100.51'));
    expect(ceiling.reason).toBe('LOGIN_ACCOUNT_THROTTLED');
    // Not the message of a network that failed: this one never tried, and only known networks may now.
    expect(ceiling.message).toMatch(
      /^该账号近一小时登录失败次数异常多，暂时只能从以前登录过的网络登录该账号（在新网络上输错一次密码，该网络 24 小时内不能再登录该账号）。请在以前登录过的网络（如办公室）登录，或 \d+ (分钟|小时)后再试$/,
    );
    // The owner's known address still gets in, and stays known.
    await throttler.settle(await throttler.reserve('head', '198.51.100.50'), 'success');
    // A known address still waits after its own free failures (someone sharing the owner's NAT).
    for (let i = 0; i < LOGIN_LIMITS.freeFailuresPerAddress; i++)
      await fail(throttler, 'head', '198.51.100.50');
    expect((await refusal(throttler.reserve('head', '198.51.100.50'))).reason).toBe('LOGIN_LOCKED');
    // Known for knownAddressSeconds after its last sign-in only.
    clock.t += LOGIN_LIMITS.knownAddressSeconds * 1000;
    await spray(throttler, 'head', LOGIN_LIMITS.sprayCeilingPerAccount, 2);
    expect((await refusal(throttler.reserve('head', '198.51.100.50'))).reason).toBe(
      'LOGIN_ACCOUNT_THROTTLED',
    );
  });

  it('keeps an address known while a session is renewed from it: signed in at day 0, renewed at days 25 and 50, it gets in under a 200/h spray at day 60', async () => {
    const day = 24 * 3600 * 1000;
    const { clock, throttler } = setup();
    clock.t = 1000;
    // A phone on IPv6: each day another temporary address of its /64.
    await throttler.settle(await throttler.reserve('head', '2001:db8:7:7::a'), 'success');
    clock.t = 25 * day;
    await throttler.markKnown('head', '2001:db8:7:7::b');
    clock.t = 50 * day;
    await throttler.markKnown('head', '2001:db8:7:7::c');
    clock.t = 60 * day;
    await spray(throttler, 'head', LOGIN_LIMITS.sprayCeilingPerAccount);
    expect((await refusal(throttler.reserve('head', '2001:db8:9:9::1'))).reason).toBe(
      'LOGIN_ACCOUNT_THROTTLED',
    );
    await throttler.settle(await throttler.reserve('head', '2001:db8:7:7::d'), 'success');
    // Renewing from an address does not forget its failures (a session is no password: the pair's waits stay).
    const other = setup().throttler;
    for (let i = 0; i < LOGIN_LIMITS.freeFailuresPerAddress; i++) await fail(other, 'head', '192.0.2.77');
    await other.markKnown('head', '192.0.2.77');
    expect((await refusal(other.reserve('head', '192.0.2.77'))).reason).toBe('LOGIN_LOCKED');
  });

  it('counts a client by its address key: one IPv6 /64 is one address, and ::ffff:a.b.c.d is a.b.c.d', async () => {
    const { throttler } = setup();
    for (let i = 0; i < LOGIN_LIMITS.freeFailuresPerAddress; i++)
      await fail(throttler, 'head', `2001:db8:1:2::${i + 1}`);
    expect((await refusal(throttler.reserve('head', '2001:db8:1:2:abcd::1'))).reason).toBe('LOGIN_LOCKED');
    await expect(throttler.reserve('head', '2001:db8:1:3::1')).resolves.toBeDefined();
    for (let i = 0; i < LOGIN_LIMITS.freeFailuresPerAddress; i++) await fail(throttler, 'head', '192.0.2.5');
    expect((await refusal(throttler.reserve('head', '::ffff:192.0.2.5'))).reason).toBe('LOGIN_LOCKED');
  });

  it(`lets ${LOGIN_LIMITS.failuresPerAddress + 10} successful sign-ins from one address through: a room behind one NAT`, async () => {
    const { throttler } = setup();
    for (let i = 0; i < LOGIN_LIMITS.failuresPerAddress + 10; i++) {
      await throttler.settle(await throttler.reserve(`collector${i}`, '192.0.2.1'), 'success');
    }
    // A few mistakes in the room do not stop it either.
    for (let i = 0; i < 3; i++) await fail(throttler, `collector${i}`, '192.0.2.1');
    await expect(throttler.reserve('collector40', '192.0.2.1')).resolves.toBeDefined();
  });

  it(`stops an address after ${LOGIN_LIMITS.failuresPerAddress} failures across usernames, naming the limit, until its window ends`, async () => {
    const { clock, throttler } = setup();
    for (let i = 0; i < LOGIN_LIMITS.failuresPerAddress; i++) await fail(throttler, `user${i}`, '192.0.2.1');
    const stopped = await refusal(throttler.reserve('another', '192.0.2.1'));
    expect(stopped.reason).toBe('LOGIN_RATE_LIMITED');
    expect(stopped.message).toBe('当前网络 15 分钟内登录失败已达 30 次，请 15 分钟后再试');
    expect(stopped.details.retryAfterSeconds).toBe(LOGIN_LIMITS.addressWindowSeconds);
    await expect(throttler.reserve('another', '192.0.2.2')).resolves.toBeDefined();
    clock.t = LOGIN_LIMITS.addressWindowSeconds * 1000;
    await expect(throttler.reserve('another', '192.0.2.1')).resolves.toBeDefined();
  });

  it("does not forget an address's failures after a success from it (one valid account must not reset a spray)", async () => {
    const { throttler } = setup();
    for (let i = 0; i < LOGIN_LIMITS.failuresPerAddress - 1; i++)
      await fail(throttler, `user${i}`, '192.0.2.1');
    await throttler.settle(await throttler.reserve('collector', '192.0.2.1'), 'success');
    await fail(throttler, 'user-last', '192.0.2.1');
    expect((await refusal(throttler.reserve('collector', '192.0.2.1'))).reason).toBe('LOGIN_RATE_LIMITED');
  });

  it('forgets reservations never settled (an instance died mid-sign-in) when the address window ends', async () => {
    const { clock, throttler } = setup();
    for (let i = 0; i < LOGIN_LIMITS.failuresPerAddress; i++)
      await throttler.reserve(`user${i}`, '192.0.2.1');
    expect((await refusal(throttler.reserve('another', '192.0.2.1'))).reason).toBe('LOGIN_ADDRESS_BUSY');
    clock.t = LOGIN_LIMITS.addressWindowSeconds * 1000;
    await expect(throttler.reserve('another', '192.0.2.1')).resolves.toBeDefined();
  });

  it('counts attempts in flight from one address as possible failures: of 100 concurrent guesses at most the limit go through', async () => {
    const { throttler } = setup();
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) => throttler.reserve(`user${i}`, '192.0.2.1')),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(LOGIN_LIMITS.failuresPerAddress);
    const busy = await refusal(throttler.reserve('another', '192.0.2.1'));
    expect(busy.reason).toBe('LOGIN_ADDRESS_BUSY');
    expect(busy.message).toBe('当前网络同时进行的登录过多，请 1 秒后再试');
    // Once those attempts succeed, the address's budget is whole again.
    for (const r of results) if (r.status === 'fulfilled') await throttler.settle(r.value, 'success');
    await expect(throttler.reserve('another', '192.0.2.1')).resolves.toBeDefined();
  });
});

describe('InMemoryLoginAttemptStore, bounded', () => {
  it('walks its maps at most once a sweep interval (or when they double), not on every attempt past the floor', async () => {
    const store = new InMemoryLoginAttemptStore();
    const walks = jest.spyOn(store as unknown as { walk: (now: number) => void }, 'walk');
    // 7,000 attempts still in flight, each on its own account from its own address (21,000 entries): all live.
    for (let i = 0; i < 7000; i++) await store.reserve(`user${i}`, `10.${i >> 8}.${i & 255}.1`, 1000 + i);
    // Past the floor: a walk each time the maps doubled (10k, 20k), no more.
    expect(walks.mock.calls.length).toBeLessThanOrEqual(2);
    const before = walks.mock.calls.length;
    // A minute later, one walk.
    await store.reserve('user0', '10.0.0.1', 30_000 + 60_000);
    expect(walks.mock.calls.length).toBe(before + 1);
  });
});
