import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { Clock, TooManyRequestsError } from '@app/common';
import { clientKey } from './client-key.js';

/**
 * Requests counted per key in fixed windows — one mechanism for every such limit: an anonymous client's public lookups
 * (AddressThrottler, keyed by client address) and an account's opinion writes (OpinionWriteBudget, keyed by account).
 * Kept where sign-in attempts are kept: in one process's memory, or with REDIS_URL in Redis shared by every API
 * instance, so a flood spread over instances is counted once.
 */

/** At most `limit` units in `seconds`; the window starts at its first use (as the sign-in counters do). */
export interface RequestWindow {
  limit: number;
  seconds: number;
}

/**
 * Granted, or refused naming a window that has no room (its index in the list; of several, the one with the longest
 * wait: waiting less would only meet the next refusal) and the wait until it ends, with what could still be taken now
 * (`remaining`, the least room of all windows); or refused because the in-memory store holds as many anonymous
 * counters as it may (`window` -1: see COUNTER_STORE_LIMITS), which fails closed rather than forget live ones.
 */
export type CounterTake =
  { granted: true } | { granted: false; window: number; remaining: number; retryAfterSeconds: number };

export interface RequestCounterStore {
  /**
   * Takes `amount` from every window of `key` in one atomic step (concurrent takes cannot all pass a check none has
   * yet counted), or — when any window lacks room for it — nothing. `amount` 0 only checks: refused when a window is
   * full, nothing counted. `anonymous`: the key is a client address anyone can mint (see COUNTER_STORE_LIMITS).
   */
  take(
    key: string,
    amount: number,
    windows: readonly RequestWindow[],
    now: number,
    anonymous?: boolean,
  ): Promise<CounterTake>;
  /**
   * Gives back what was taken at `takenAt` and not used (a refused or replayed item, a failed transaction): to each
   * window only if it is still the one the take counted in — a window started since owes nothing back, or a take at the
   * end of one window given back in the next would let that one pass its limit.
   */
  giveBack(
    key: string,
    amount: number,
    windows: readonly RequestWindow[],
    takenAt: number,
    now: number,
  ): Promise<void>;
}

export const REQUEST_COUNTER_STORE = Symbol('REQUEST_COUNTER_STORE');

/** Bounds of the in-memory stores (one API process; Redis expires its keys by itself). */
export const COUNTER_STORE_LIMITS = {
  /** Below this many entries nothing is swept. */
  sweepFloor: 10_000,
  /** Above the floor, a sweep runs at most this often, or sooner once the entries have doubled since the last one. */
  sweepEverySeconds: 60,
  /**
   * Anonymous counters held at most: when full (after a sweep), requests from new addresses are refused until windows
   * end. Accounts' counters are not capped (there are only so many accounts), so a flood of anonymous clients (IPv6
   * /64s are cheap) can never stop signed-in people's writes.
   */
  maxAnonymous: 200_000,
} as const;

/**
 * When an in-memory store walks its entries to forget the dead ones: never below the floor; above it at most every
 * sweepEverySeconds, or sooner once the entries have doubled since the last walk — amortised, so a store of 20,000
 * live entries is not walked on every request.
 */
export class SweepSchedule {
  private lastAt = Number.NEGATIVE_INFINITY;
  private sizeAfter = 0;

  constructor(private readonly limits: { sweepFloor: number; sweepEverySeconds: number }) {}

  /** Whether to walk now (`force`: whenever above the floor). */
  due(size: number, now: number, force = false): boolean {
    if (size < this.limits.sweepFloor) return false;
    return force || now - this.lastAt >= this.limits.sweepEverySeconds * 1000 || size >= 2 * this.sizeAfter;
  }

  /** A walk ended, leaving `size` entries. */
  walked(size: number, now: number): void {
    this.lastAt = now;
    this.sizeAfter = size;
  }
}

interface Counter {
  windowStart: number;
  /** The window's length (ms). */
  windowMs: number;
  used: number;
  anonymous: boolean;
}

export class InMemoryRequestCounters implements RequestCounterStore {
  /** Per `key\0seconds`. */
  private readonly counters = new Map<string, Counter>();
  private anonymousCount = 0;
  private readonly schedule: SweepSchedule;

  constructor(
    private readonly limits: { [K in keyof typeof COUNTER_STORE_LIMITS]: number } = COUNTER_STORE_LIMITS,
  ) {
    this.schedule = new SweepSchedule(limits);
  }

  // Synchronous inside: checking every window and counting in all of them cannot interleave.
  take(
    key: string,
    amount: number,
    windows: readonly RequestWindow[],
    now: number,
    anonymous = false,
  ): Promise<CounterTake> {
    this.sweep(now);
    const ids = windows.map((w) => counterId(key, w));
    if (anonymous) {
      const fresh = ids.filter((id) => !this.counters.has(id)).length;
      if (fresh > 0 && this.anonymousCount + fresh > this.limits.maxAnonymous) {
        // Full of live counters: refuse (fail closed) rather than forget any, until a sweep finds windows ended.
        this.sweep(now, true);
        if (this.anonymousCount + fresh > this.limits.maxAnonymous)
          return Promise.resolve({
            granted: false,
            window: -1,
            remaining: 0,
            retryAfterSeconds: this.limits.sweepEverySeconds,
          });
      }
    }
    const counters = windows.map((w, i) => this.current(ids[i], w, now, anonymous));
    const result = decide(
      counters.map((c, i) => ({
        used: c.used,
        limit: windows[i].limit,
        waitMs: c.windowStart + c.windowMs - now,
      })),
      amount,
    );
    if (result.granted) for (const c of counters) c.used += amount;
    return Promise.resolve(result);
  }

  giveBack(
    key: string,
    amount: number,
    windows: readonly RequestWindow[],
    takenAt: number,
    now: number,
  ): Promise<void> {
    for (const w of windows) {
      const counter = this.counters.get(counterId(key, w));
      if (counter && counter.windowStart <= takenAt && now - counter.windowStart < counter.windowMs)
        counter.used = Math.max(0, counter.used - amount);
    }
    return Promise.resolve();
  }

  private current(id: string, window: RequestWindow, now: number, anonymous: boolean): Counter {
    let counter = this.counters.get(id);
    if (!counter) {
      counter = { windowStart: now, windowMs: window.seconds * 1000, used: 0, anonymous };
      this.counters.set(id, counter);
      if (anonymous) this.anonymousCount += 1;
    } else if (now - counter.windowStart >= counter.windowMs) {
      counter.windowStart = now;
      counter.used = 0;
    }
    return counter;
  }

  /** Forgets counters whose window is over (or never used): see SweepSchedule. */
  private sweep(now: number, force = false): void {
    if (!this.schedule.due(this.counters.size, now, force)) return;
    this.walk(now);
    this.schedule.walked(this.counters.size, now);
  }

  /** One walk over the counters (a method of its own, so a test can count the walks). */
  private walk(now: number): void {
    for (const [id, c] of this.counters) {
      if (c.used === 0 || now - c.windowStart >= c.windowMs) {
        this.counters.delete(id);
        if (c.anonymous) this.anonymousCount -= 1;
      }
    }
  }
}

/**
 * The rule both stores apply, given each window's use, limit and time left: refused when any window lacks room for
 * `amount` (at least 1: a check of 0 is refused by a full window).
 */
export function decide(
  windows: ReadonlyArray<{ used: number; limit: number; waitMs: number }>,
  amount: number,
): CounterTake {
  const need = Math.max(1, amount);
  let full = -1;
  let waitMs = 0;
  windows.forEach((w, i) => {
    if (w.used + need > w.limit && (full < 0 || w.waitMs > waitMs)) {
      full = i;
      waitMs = w.waitMs;
    }
  });
  if (full < 0) return { granted: true };
  return {
    granted: false,
    window: full,
    remaining: Math.max(0, Math.min(...windows.map((w) => w.limit - w.used))),
    retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
  };
}

const counterId = (key: string, window: RequestWindow) => `${key}\u0000${window.seconds}`;

/**
 * The same rules in Redis: one hash per (key, window length) — `counter:{<key>}:<seconds>` under the instance's prefix,
 * with `windowStart` and `used` — expiring when its window ends; each take and give-back one Lua script. The key in
 * braces is a Redis Cluster hash tag: a script's keys (one key's windows) live in one slot, as a script's must.
 */
export class RedisRequestCounters implements RequestCounterStore {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  async take(
    key: string,
    amount: number,
    windows: readonly RequestWindow[],
    now: number,
  ): Promise<CounterTake> {
    const [granted, window, remaining, waitMs] = (await this.redis.eval(
      TAKE,
      windows.length,
      ...this.keys(key, windows),
      now,
      amount,
      ...windows.flatMap((w) => [w.limit, w.seconds * 1000]),
    )) as [number, number, number, number];
    if (granted === 1) return { granted: true };
    return {
      granted: false,
      window: Number(window),
      remaining: Number(remaining),
      retryAfterSeconds: Math.max(1, Math.ceil(Number(waitMs) / 1000)),
    };
  }

  async giveBack(
    key: string,
    amount: number,
    windows: readonly RequestWindow[],
    takenAt: number,
    now: number,
  ): Promise<void> {
    await this.redis.eval(
      GIVE_BACK,
      windows.length,
      ...this.keys(key, windows),
      now,
      amount,
      takenAt,
      ...windows.map((w) => w.seconds * 1000),
    );
  }

  private keys(key: string, windows: readonly RequestWindow[]): string[] {
    return windows.map((w) => `${this.keyPrefix}counter:{${key}}:${w.seconds}`);
  }
}

/**
 * KEYS: one per window; ARGV: now, amount, then limit and length (ms) of each window. Returns {1} or
 * {0, window index (from 0), remaining, wait ms} — `decide`'s rule.
 */
const TAKE = `
local now = tonumber(ARGV[1])
local amount = tonumber(ARGV[2])
local need = math.max(1, amount)
local starts, used = {}, {}
local full, longest, remaining = -1, 0, nil
for i = 1, #KEYS do
  local limit = tonumber(ARGV[1 + 2 * i])
  local length = tonumber(ARGV[2 + 2 * i])
  local h = redis.call('HMGET', KEYS[i], 'windowStart', 'used')
  local start, u = tonumber(h[1]), tonumber(h[2])
  if not start or now - start >= length then start = now; u = 0 end
  local wait = start + length - now
  if u + need > limit and (full < 0 or wait > longest) then full = i - 1; longest = wait end
  if remaining == nil or limit - u < remaining then remaining = limit - u end
  starts[i] = start
  used[i] = u
end
if full >= 0 then return { 0, full, math.max(0, remaining), longest } end
if amount == 0 then return { 1, 0, 0, 0 } end
for i = 1, #KEYS do
  redis.call('HSET', KEYS[i], 'windowStart', starts[i], 'used', used[i] + amount)
  redis.call('PEXPIRE', KEYS[i], math.max(1, starts[i] + tonumber(ARGV[2 + 2 * i]) - now))
end
return { 1, 0, 0, 0 }
`;

/** KEYS: one per window; ARGV: now, amount, the take's time, then the length (ms) of each window. */
const GIVE_BACK = `
local now = tonumber(ARGV[1])
local amount = tonumber(ARGV[2])
local takenAt = tonumber(ARGV[3])
for i = 1, #KEYS do
  local h = redis.call('HMGET', KEYS[i], 'windowStart', 'used')
  local start, u = tonumber(h[1]), tonumber(h[2])
  if start and start <= takenAt and now - start < tonumber(ARGV[3 + i]) then
    redis.call('HSET', KEYS[i], 'used', math.max(0, u - amount))
  end
end
return 1
`;

/** "45 秒", "3 分钟" or, from an hour on, "24 小时" (never "1439 分钟"): the wait as a person reads it, rounded up. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} 秒`;
  if (seconds < 3600) return `${Math.ceil(seconds / 60)} 分钟`;
  return `${Math.ceil(seconds / 3600)} 小时`;
}

/**
 * A named limit on anonymous requests per client address (e.g. the public 回执查询): the windows, and what a refused
 * person reads.
 */
export interface AddressLimit {
  /** Names the counters (`receipt`), so limits never share a budget. */
  kind: string;
  /**
   * How many leading bits of an IPv6 address one budget covers (clientKey): IPV6_CLIENT_PREFIX_BITS (a /64, one line)
   * when not given; IPV6_SITE_PREFIX_BITS for a looser second limit over a whole site's /48. IPv4 is per address.
   */
  prefixBits?: number;
  windows: readonly RequestWindow[];
  /** The refusal's stable reason, e.g. RECEIPT_LOOKUP_RATE_LIMITED. */
  reason: string;
  /** What the person reads when the window at this index is full (the wait is added). */
  message: (window: number) => string;
}

/**
 * Spends anonymous requests against an AddressLimit, one per request from a client address (IPv4 as is, IPv6 by /64,
 * or the limit's prefixBits: clientKey): TOO_MANY_REQUESTS, naming the limit and the wait, when spent. A refused request does not count, so a
 * client that waits gets through.
 */
@Injectable()
export class AddressThrottler {
  constructor(
    @Inject(REQUEST_COUNTER_STORE) private readonly store: RequestCounterStore,
    private readonly clock: Clock,
  ) {}

  async spend(limit: AddressLimit, address: string): Promise<void> {
    await this.take(limit, address, 1);
  }

  /** Refuses as spend would when a window is full, but counts nothing (the caller spends later, if at all). */
  async check(limit: AddressLimit, address: string): Promise<void> {
    await this.take(limit, address, 0);
  }

  private async take(limit: AddressLimit, address: string, amount: number): Promise<void> {
    const result = await this.store.take(
      `${limit.kind}:${clientKey(address, limit.prefixBits)}`,
      amount,
      limit.windows,
      this.clock.now().getTime(),
      true,
    );
    if (result.granted) return;
    const why = result.window < 0 ? '当前查询的人过多' : limit.message(result.window);
    throw new TooManyRequestsError(
      `${why}，请 ${describeWait(result.retryAfterSeconds)}后再试`,
      result.retryAfterSeconds,
      limit.reason,
    );
  }
}
