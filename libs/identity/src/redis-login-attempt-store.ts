import type { Redis } from 'ioredis';
import { LOGIN_LIMITS } from './identity.options.js';
import type { AttemptTicket, LoginAttemptStore, Reservation, ThrottleReason } from './login-throttler.js';

/**
 * Sign-in attempts counted in Redis, shared by every API instance (issue 17): five wrong passwords at one instance lock
 * the account at all of them. The same rules as InMemoryLoginAttemptStore (the contract test runs both), each reserve
 * and settle one Lua script, so the check and the count are one atomic step across instances too. `now` is the
 * caller's clock (instances' clocks are assumed in sync, as the tokens' expiry already assumes).
 *
 * Keys (under the instance's prefix): `login:pair:<account>\0<address>`, `login:account:<account>`,
 * `login:address:<address>`, hashes with the in-memory store's fields. Each expires once it can no longer matter
 * (pairs: the longest wait plus the failure memory, or while the address is known to the account; counters: their
 * window), so a dead instance's in-flight counts and a spray of usernames fade by themselves.
 */
export class RedisLoginAttemptStore implements LoginAttemptStore {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  async reserve(account: string, address: string, now: number): Promise<Reservation> {
    const [granted, reason, waitMs] = (await this.redis.eval(
      RESERVE,
      3,
      ...this.keys(account, address),
      now,
      ...LIMIT_ARGS,
    )) as [number, string, number];
    if (granted === 1) return { granted: true, ticket: { account, address } };
    return {
      granted: false,
      reason: reason as ThrottleReason,
      retryAfterSeconds: Math.max(1, Math.ceil(Number(waitMs) / 1000)),
    };
  }

  async settle(
    ticket: AttemptTicket,
    outcome: 'success' | 'failure' | 'aborted',
    now: number,
  ): Promise<void> {
    await this.redis.eval(
      SETTLE,
      3,
      ...this.keys(ticket.account, ticket.address),
      now,
      outcome,
      ...LIMIT_ARGS,
    );
  }

  async markKnown(account: string, address: string, now: number): Promise<void> {
    await this.redis.eval(
      MARK_KNOWN,
      1,
      this.keys(account, address)[0],
      now,
      LOGIN_LIMITS.knownAddressSeconds * 1000,
    );
  }

  private keys(account: string, address: string): [string, string, string] {
    return [
      `${this.keyPrefix}login:pair:${account}\u0000${address}`,
      `${this.keyPrefix}login:account:${account}`,
      `${this.keyPrefix}login:address:${address}`,
    ];
  }
}

const LIMIT_ARGS = [
  LOGIN_LIMITS.freeFailuresPerAddress,
  LOGIN_LIMITS.firstDelaySeconds * 1000,
  LOGIN_LIMITS.maxDelaySeconds * 1000,
  LOGIN_LIMITS.failureMemorySeconds * 1000,
  LOGIN_LIMITS.failuresPerAccount,
  LOGIN_LIMITS.accountWindowSeconds * 1000,
  LOGIN_LIMITS.failuresPerAddress,
  LOGIN_LIMITS.addressWindowSeconds * 1000,
  LOGIN_LIMITS.busyRetrySeconds * 1000,
  LOGIN_LIMITS.sprayFailuresPerAddress,
  LOGIN_LIMITS.sprayCeilingPerAccount,
  LOGIN_LIMITS.knownAddressSeconds * 1000,
];

/** Shared by both scripts: the limits (ARGV from `first`), delayAfterFailures, and reading/writing the hashes. */
const COMMON = (first: number) => `
local free = tonumber(ARGV[${first}])
local firstDelay = tonumber(ARGV[${first + 1}])
local maxDelay = tonumber(ARGV[${first + 2}])
local memory = tonumber(ARGV[${first + 3}])
local perAccount = tonumber(ARGV[${first + 4}])
local accountWindow = tonumber(ARGV[${first + 5}])
local perAddress = tonumber(ARGV[${first + 6}])
local addressWindow = tonumber(ARGV[${first + 7}])
local busyRetry = tonumber(ARGV[${first + 8}])
local sprayPerAddress = tonumber(ARGV[${first + 9}])
local sprayCeiling = tonumber(ARGV[${first + 10}])
local knownFor = tonumber(ARGV[${first + 11}])
local function delay(failures)
  if failures < free then return 0 end
  return math.min(maxDelay, firstDelay * 2 ^ math.min(failures - free, 30))
end
local function num(v, default) if v then return tonumber(v) end return default end
local function savePair(p)
  redis.call('HSET', KEYS[1], 'failures', p.failures, 'inFlight', p.inFlight, 'blockedUntil', p.blockedUntil,
    'lastFailureAt', p.lastFailureAt, 'succeededAt', p.succeededAt)
  -- A known address is remembered as long as it stays known.
  redis.call('PEXPIRE', KEYS[1], math.max(maxDelay + memory, p.succeededAt + knownFor - now))
end
local function saveCounter(key, c, window)
  redis.call('HSET', key, 'windowStart', c.windowStart, 'count', c.count, 'inFlight', c.inFlight)
  redis.call('PEXPIRE', key, window)
end
`;

/** ARGV: now, then the limits. Returns {1} or {0, reason, waitMs}. */
const RESERVE = `
local now = tonumber(ARGV[1])
${COMMON(2)}
local function forgotten(p) return now >= p.blockedUntil and now - p.lastFailureAt >= memory end
local function counter(key, window)
  local h = redis.call('HMGET', key, 'windowStart', 'count', 'inFlight')
  local c = { windowStart = num(h[1], now), count = num(h[2], 0), inFlight = num(h[3], 0) }
  -- A new window forgets reservations too: one whose instance died before settling it would count for ever.
  if h[1] and now - c.windowStart >= window then c.windowStart = now; c.count = 0; c.inFlight = 0 end
  return c
end

local h = redis.call('HMGET', KEYS[1], 'failures', 'inFlight', 'blockedUntil', 'lastFailureAt', 'succeededAt')
local pair = { failures = num(h[1], 0), inFlight = num(h[2], 0), blockedUntil = num(h[3], 0), lastFailureAt = num(h[4], now), succeededAt = num(h[5], 0) }
if h[1] and pair.inFlight == 0 and forgotten(pair) then
  pair = { failures = 0, inFlight = 0, blockedUntil = 0, lastFailureAt = now, succeededAt = pair.succeededAt }
end
savePair(pair)
if now < pair.blockedUntil then return { 0, 'LOGIN_LOCKED', pair.blockedUntil - now } end
local budget = math.max(1, free - pair.failures)
if pair.inFlight >= budget then return { 0, 'LOGIN_LOCKED', delay(pair.failures + pair.inFlight) } end

local acc = counter(KEYS[2], accountWindow)
saveCounter(KEYS[2], acc, accountWindow)
-- accountCeilingRefuses(): under spray, only known addresses and those without failures on the account may try.
local onAccount = acc.count + acc.inFlight
local known = pair.succeededAt > 0 and now - pair.succeededAt < knownFor
if not known and onAccount >= perAccount
  and (onAccount >= sprayCeiling or pair.failures + pair.inFlight >= sprayPerAddress) then
  -- Only this address's own attempt still in flight stands in the way: it may try again once that one is settled.
  if onAccount < sprayCeiling and pair.failures < sprayPerAddress then return { 0, 'LOGIN_ADDRESS_BUSY', busyRetry } end
  local why = 'LOGIN_ACCOUNT_THROTTLED'
  if onAccount >= sprayCeiling then why = 'LOGIN_ACCOUNT_CEILING' end
  return { 0, why, acc.windowStart + accountWindow - now }
end
local addr = counter(KEYS[3], addressWindow)
saveCounter(KEYS[3], addr, addressWindow)
if addr.count >= perAddress then
  return { 0, 'LOGIN_RATE_LIMITED', addr.windowStart + addressWindow - now }
end
if addr.count + addr.inFlight >= perAddress then return { 0, 'LOGIN_ADDRESS_BUSY', busyRetry } end
pair.inFlight = pair.inFlight + 1
acc.inFlight = acc.inFlight + 1
addr.inFlight = addr.inFlight + 1
savePair(pair)
saveCounter(KEYS[2], acc, accountWindow)
saveCounter(KEYS[3], addr, addressWindow)
return { 1, '', 0 }
`;

/** ARGV: now, outcome, then the limits. */
const SETTLE = `
local now = tonumber(ARGV[1])
local outcome = ARGV[2]
${COMMON(3)}
local h = redis.call('HMGET', KEYS[1], 'failures', 'inFlight', 'blockedUntil', 'lastFailureAt', 'succeededAt')
local a = redis.call('HMGET', KEYS[2], 'windowStart', 'count', 'inFlight')
local d3 = redis.call('HMGET', KEYS[3], 'windowStart', 'count', 'inFlight')
local pair = nil
local acc = nil
local addr = nil
if h[1] then
  pair = { failures = num(h[1], 0), inFlight = math.max(0, num(h[2], 0) - 1), blockedUntil = num(h[3], 0), lastFailureAt = num(h[4], now), succeededAt = num(h[5], 0) }
end
if a[1] then acc = { windowStart = num(a[1], now), count = num(a[2], 0), inFlight = math.max(0, num(a[3], 0) - 1) } end
if d3[1] then addr = { windowStart = num(d3[1], now), count = num(d3[2], 0), inFlight = math.max(0, num(d3[3], 0) - 1) } end
if outcome == 'success' and pair then
  pair.failures = 0
  pair.blockedUntil = 0
  pair.succeededAt = now
elseif outcome == 'failure' then
  if pair then
    pair.failures = pair.failures + 1
    pair.lastFailureAt = now
    local d = delay(pair.failures)
    if d > 0 then pair.blockedUntil = now + d end
  end
  if acc then acc.count = acc.count + 1 end
  if addr then addr.count = addr.count + 1 end
end
if pair then savePair(pair) end
if acc then saveCounter(KEYS[2], acc, accountWindow) end
if addr then saveCounter(KEYS[3], addr, addressWindow) end
return 1
`;

/**
 * KEYS: the pair; ARGV: now, knownFor (ms). Sets succeededAt (creating the pair without failures if there is none) and
 * keeps the pair while it is known: knownFor from now is the longest any pair is kept (see savePair).
 */
const MARK_KNOWN = `
local now = tonumber(ARGV[1])
if redis.call('EXISTS', KEYS[1]) == 0 then
  redis.call('HSET', KEYS[1], 'failures', 0, 'inFlight', 0, 'blockedUntil', 0, 'lastFailureAt', now)
end
redis.call('HSET', KEYS[1], 'succeededAt', now)
local ttl = redis.call('PTTL', KEYS[1])
local knownFor = tonumber(ARGV[2])
if ttl < knownFor then redis.call('PEXPIRE', KEYS[1], knownFor) end
return 1
`;

/**
 * KEYS: one counter per window; ARGV: now, count (1, or 0: check only), then each window's limit and length (ms). Checks every window, then counts
 * in all of them, or in none when one is full. Returns {1, 0, 0} or {0, index of the full window with the longest wait
 * (from 0), waitMs}.
 */
