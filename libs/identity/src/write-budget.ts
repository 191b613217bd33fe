import type { Redis } from 'ioredis';

/**
 * Per-account budgets on writes (opinions, issue F11): how many units an account may write within each of a few fixed
 * windows. Kept where sign-in attempts are kept — in one process's memory, or with REDIS_URL in Redis shared by every
 * API instance (the same SHARED_REDIS, key prefix and one-Lua-script-per-step design as RedisLoginAttemptStore) — so
 * a flood spread over instances is counted once.
 */
export interface BudgetWindow {
  /** Names the window in refusals (`minute`, `day`). */
  name: string;
  limit: number;
  seconds: number;
}

export type BudgetTake =
  | { granted: true }
  | {
      granted: false;
      /** The window that has no room. */
      window: BudgetWindow;
      /** What is left of it (less than asked). */
      remaining: number;
      /** Until that window starts again. */
      retryAfterSeconds: number;
    };

export interface WriteBudgetStore {
  /**
   * Takes `amount` from every window of `key` in one atomic step, or — when one of them has less room — nothing, and
   * says which. A window starts at the first write after the previous one ran out (fixed windows).
   */
  take(key: string, amount: number, windows: readonly BudgetWindow[], now: number): Promise<BudgetTake>;
  /** Gives back what was taken and not written (a refused or replayed item, a failed transaction). */
  giveBack(key: string, amount: number, windows: readonly BudgetWindow[], now: number): Promise<void>;
}

export const WRITE_BUDGET_STORE = Symbol('WRITE_BUDGET_STORE');

interface Used {
  windowStart: number;
  used: number;
}

export class InMemoryWriteBudgetStore implements WriteBudgetStore {
  private readonly windows = new Map<string, Used>();

  // Synchronous inside: nothing interleaves between the check and the count.
  take(key: string, amount: number, windows: readonly BudgetWindow[], now: number): Promise<BudgetTake> {
    this.sweep(now, windows);
    const current = windows.map((w) => this.current(`${key}\u0000${w.name}`, w, now));
    for (const [i, w] of windows.entries()) {
      const used = current[i];
      if (used.used + amount > w.limit) {
        return Promise.resolve({
          granted: false,
          window: w,
          remaining: Math.max(0, w.limit - used.used),
          retryAfterSeconds: Math.max(1, Math.ceil((used.windowStart + w.seconds * 1000 - now) / 1000)),
        });
      }
    }
    current.forEach((used) => (used.used += amount));
    return Promise.resolve({ granted: true });
  }

  giveBack(key: string, amount: number, windows: readonly BudgetWindow[], now: number): Promise<void> {
    for (const w of windows) {
      const used = this.windows.get(`${key}\u0000${w.name}`);
      // A window started since the take owes nothing back.
      if (used && now - used.windowStart < w.seconds * 1000) used.used = Math.max(0, used.used - amount);
    }
    return Promise.resolve();
  }

  private current(id: string, window: BudgetWindow, now: number): Used {
    let used = this.windows.get(id);
    if (!used || now - used.windowStart >= window.seconds * 1000) {
      used = { windowStart: now, used: 0 };
      this.windows.set(id, used);
    }
    return used;
  }

  /** Keeps memory bounded: forgets windows that are over. */
  private sweep(now: number, windows: readonly BudgetWindow[]): void {
    if (this.windows.size < 10_000) return;
    const longest = Math.max(...windows.map((w) => w.seconds)) * 1000;
    for (const [id, used] of this.windows) if (now - used.windowStart >= longest) this.windows.delete(id);
  }
}

/** The same rules in Redis: one hash per (key, window) with `windowStart` and `used`, expiring with its window. */
export class RedisWriteBudgetStore implements WriteBudgetStore {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  async take(
    key: string,
    amount: number,
    windows: readonly BudgetWindow[],
    now: number,
  ): Promise<BudgetTake> {
    const [granted, index, remaining, waitMs] = (await this.redis.eval(
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
      window: windows[Number(index) - 1],
      remaining: Number(remaining),
      retryAfterSeconds: Math.max(1, Math.ceil(Number(waitMs) / 1000)),
    };
  }

  async giveBack(key: string, amount: number, windows: readonly BudgetWindow[], now: number): Promise<void> {
    await this.redis.eval(
      GIVE_BACK,
      windows.length,
      ...this.keys(key, windows),
      now,
      amount,
      ...windows.map((w) => w.seconds * 1000),
    );
  }

  private keys(key: string, windows: readonly BudgetWindow[]): string[] {
    return windows.map((w) => `${this.keyPrefix}budget:${key}:${w.name}`);
  }
}

/** KEYS: one per window; ARGV: now, amount, then limit and length (ms) of each window. Returns {1} or {0, i, left, ms}. */
const TAKE = `
local now = tonumber(ARGV[1])
local amount = tonumber(ARGV[2])
local starts, used = {}, {}
for i = 1, #KEYS do
  local limit = tonumber(ARGV[1 + 2 * i])
  local length = tonumber(ARGV[2 + 2 * i])
  local h = redis.call('HMGET', KEYS[i], 'windowStart', 'used')
  local start, u = tonumber(h[1]), tonumber(h[2])
  if not start or now - start >= length then start = now; u = 0 end
  if u + amount > limit then return { 0, i, math.max(0, limit - u), start + length - now } end
  starts[i] = start
  used[i] = u
end
for i = 1, #KEYS do
  redis.call('HSET', KEYS[i], 'windowStart', starts[i], 'used', used[i] + amount)
  redis.call('PEXPIRE', KEYS[i], math.max(1, starts[i] + tonumber(ARGV[2 + 2 * i]) - now))
end
return { 1, 0, 0, 0 }
`;

/** KEYS: one per window; ARGV: now, amount, then the length (ms) of each window. */
const GIVE_BACK = `
local now = tonumber(ARGV[1])
local amount = tonumber(ARGV[2])
for i = 1, #KEYS do
  local h = redis.call('HMGET', KEYS[i], 'windowStart', 'used')
  local start, u = tonumber(h[1]), tonumber(h[2])
  if start and now - start < tonumber(ARGV[2 + i]) then
    redis.call('HSET', KEYS[i], 'used', math.max(0, u - amount))
  end
end
return 1
`;
