import { Inject, Injectable } from '@nestjs/common';
import { Clock, TooManyRequestsError } from '@app/common';
import { clientKey } from './client-key.js';
import { LOGIN_LIMITS } from './identity.options.js';
import { COUNTER_STORE_LIMITS, describeWait, SweepSchedule } from './request-counters.js';

/** Why an attempt is refused before the password is looked at. */
export type ThrottleReason =
  | 'LOGIN_LOCKED'
  | 'LOGIN_ACCOUNT_THROTTLED'
  | 'LOGIN_ACCOUNT_CEILING'
  | 'LOGIN_RATE_LIMITED'
  | 'LOGIN_ADDRESS_BUSY';

/**
 * The stable reason a refusal carries: the account ceiling (only known networks may try) is LOGIN_ACCOUNT_THROTTLED
 * to callers as well, with its own message.
 */
const PUBLIC_REASON: Record<ThrottleReason, string> = {
  LOGIN_LOCKED: 'LOGIN_LOCKED',
  LOGIN_ACCOUNT_THROTTLED: 'LOGIN_ACCOUNT_THROTTLED',
  LOGIN_ACCOUNT_CEILING: 'LOGIN_ACCOUNT_THROTTLED',
  LOGIN_RATE_LIMITED: 'LOGIN_RATE_LIMITED',
  LOGIN_ADDRESS_BUSY: 'LOGIN_ADDRESS_BUSY',
};

export type Reservation =
  | { granted: true; ticket: AttemptTicket }
  | { granted: false; reason: ThrottleReason; retryAfterSeconds: number };

export interface AttemptTicket {
  account: string;
  address: string;
}

/**
 * Where sign-in attempts are counted. Reserving is one atomic step (check and count together), taken BEFORE the
 * password is verified, so concurrent attempts cannot all pass a check that none has yet counted. In memory for one
 * API process; a cluster swaps in a shared store (Redis: a Lua script or MULTI per reservation) behind this interface.
 */
export interface LoginAttemptStore {
  reserve(account: string, address: string, now: number): Promise<Reservation>;
  /**
   * Settles a reservation: a failure counts against the pair, the account and the address; a success forgets the pair
   * only (never the account's or the address's failures: one valid account must not reset a spray's count).
   */
  settle(ticket: AttemptTicket, outcome: 'success' | 'failure' | 'aborted', now: number): Promise<void>;
  /**
   * Marks the address known to the account as a successful sign-in does (its failures stay as they are): called on
   * each refresh of a session, so an owner who stays signed in for weeks keeps the networks they use known.
   */
  markKnown(account: string, address: string, now: number): Promise<void>;
}

/** Bounds of the in-memory store (one API process; Redis expires its keys by itself): when it walks its maps. */
export const MEMORY_STORE_LIMITS = {
  sweepFloor: COUNTER_STORE_LIMITS.sweepFloor,
  sweepEverySeconds: COUNTER_STORE_LIMITS.sweepEverySeconds,
} as const;

/**
 * Whether the per-account ceiling refuses an attempt from one address (both stores apply this rule; see LoginThrottler
 * for the reasoning). `onAccount`: the account's failures in its window plus its attempts in flight; `fromAddress`:
 * this address's remembered failures on the account plus its attempts in flight; `known`: the address signed in to
 * the account within knownAddressSeconds.
 */
export function accountCeilingRefuses(onAccount: number, fromAddress: number, known: boolean): boolean {
  if (known || onAccount < LOGIN_LIMITS.failuresPerAccount) return false;
  return (
    onAccount >= LOGIN_LIMITS.sprayCeilingPerAccount || fromAddress >= LOGIN_LIMITS.sprayFailuresPerAddress
  );
}

export const LOGIN_ATTEMPT_STORE = Symbol('LOGIN_ATTEMPT_STORE');

/** The wait after the n-th failure from one address (n ≥ the free failures): 1, 2, 4… minutes, capped. */
export function delayAfterFailures(failures: number): number {
  if (failures < LOGIN_LIMITS.freeFailuresPerAddress) return 0;
  const doublings = Math.min(failures - LOGIN_LIMITS.freeFailuresPerAddress, 30);
  return Math.min(LOGIN_LIMITS.maxDelaySeconds, LOGIN_LIMITS.firstDelaySeconds * 2 ** doublings);
}

interface Pair {
  failures: number;
  inFlight: number;
  blockedUntil: number;
  lastFailureAt: number;
  /** The last successful sign-in from the address to the account (0: none): a known address. */
  succeededAt: number;
}
interface Counter {
  windowStart: number;
  /** The window's length (ms). */
  windowMs: number;
  count: number;
  inFlight: number;
}

export class InMemoryLoginAttemptStore implements LoginAttemptStore {
  private readonly pairs = new Map<string, Pair>();
  private readonly accounts = new Map<string, Counter>();
  private readonly addresses = new Map<string, Counter>();
  private readonly schedule: SweepSchedule;

  constructor(limits: { [K in keyof typeof MEMORY_STORE_LIMITS]: number } = MEMORY_STORE_LIMITS) {
    this.schedule = new SweepSchedule(limits);
  }

  // Synchronous inside: nothing can interleave between the checks and the counting.
  reserve(account: string, address: string, now: number): Promise<Reservation> {
    this.sweep(now);
    const pair = this.pair(account, address, now);
    if (now < pair.blockedUntil) return refuse('LOGIN_LOCKED', pair.blockedUntil - now);
    // Below the free failures, as many attempts as failures remain; after a wait, one at a time.
    const budget = Math.max(1, LOGIN_LIMITS.freeFailuresPerAddress - pair.failures);
    if (pair.inFlight >= budget)
      return refuse('LOGIN_LOCKED', delayAfterFailures(pair.failures + pair.inFlight) * 1000);

    const perAccount = this.counter(this.accounts, account, now, LOGIN_LIMITS.accountWindowSeconds);
    const onAccount = perAccount.count + perAccount.inFlight;
    if (accountCeilingRefuses(onAccount, pair.failures + pair.inFlight, known(pair, now))) {
      // Only this address's own attempt still in flight stands in the way: it may try again once that one is settled.
      if (!accountCeilingRefuses(onAccount, pair.failures, known(pair, now)))
        return refuse('LOGIN_ADDRESS_BUSY', LOGIN_LIMITS.busyRetrySeconds * 1000);
      return refuse(
        onAccount >= LOGIN_LIMITS.sprayCeilingPerAccount
          ? 'LOGIN_ACCOUNT_CEILING'
          : 'LOGIN_ACCOUNT_THROTTLED',
        perAccount.windowStart + LOGIN_LIMITS.accountWindowSeconds * 1000 - now,
      );
    }
    // Failures only, so a room of colleagues behind one NAT all signing in correctly never fills it; attempts still in
    // flight count as possible failures, so a burst of guesses cannot all pass before the first one fails.
    const perAddress = this.counter(this.addresses, address, now, LOGIN_LIMITS.addressWindowSeconds);
    if (perAddress.count >= LOGIN_LIMITS.failuresPerAddress) {
      return refuse(
        'LOGIN_RATE_LIMITED',
        perAddress.windowStart + LOGIN_LIMITS.addressWindowSeconds * 1000 - now,
      );
    }
    if (perAddress.count + perAddress.inFlight >= LOGIN_LIMITS.failuresPerAddress) {
      return refuse('LOGIN_ADDRESS_BUSY', LOGIN_LIMITS.busyRetrySeconds * 1000);
    }
    pair.inFlight += 1;
    perAccount.inFlight += 1;
    perAddress.inFlight += 1;
    return Promise.resolve({ granted: true, ticket: { account, address } });
  }

  settle(ticket: AttemptTicket, outcome: 'success' | 'failure' | 'aborted', now: number): Promise<void> {
    const key = pairKey(ticket.account, ticket.address);
    const pair = this.pairs.get(key);
    const perAccount = this.accounts.get(ticket.account);
    const perAddress = this.addresses.get(ticket.address);
    if (pair) pair.inFlight = Math.max(0, pair.inFlight - 1);
    if (perAccount) perAccount.inFlight = Math.max(0, perAccount.inFlight - 1);
    if (perAddress) perAddress.inFlight = Math.max(0, perAddress.inFlight - 1);
    if (outcome === 'success' && pair) {
      pair.failures = 0;
      pair.blockedUntil = 0;
      pair.succeededAt = now;
    } else if (outcome === 'failure') {
      if (pair) {
        pair.failures += 1;
        pair.lastFailureAt = now;
        const delay = delayAfterFailures(pair.failures);
        if (delay > 0) pair.blockedUntil = now + delay * 1000;
      }
      if (perAccount) perAccount.count += 1;
      if (perAddress) perAddress.count += 1;
    }
    return Promise.resolve();
  }

  markKnown(account: string, address: string, now: number): Promise<void> {
    this.sweep(now);
    const key = pairKey(account, address);
    const pair = this.pairs.get(key);
    if (pair) pair.succeededAt = now;
    else
      this.pairs.set(key, {
        failures: 0,
        inFlight: 0,
        blockedUntil: 0,
        lastFailureAt: now,
        succeededAt: now,
      });
    return Promise.resolve();
  }

  private pair(account: string, address: string, now: number): Pair {
    const key = pairKey(account, address);
    let pair = this.pairs.get(key);
    if (!pair || (pair.inFlight === 0 && this.forgotten(pair, now))) {
      // Forgotten failures do not make a known address unknown.
      pair = {
        failures: 0,
        inFlight: 0,
        blockedUntil: 0,
        lastFailureAt: now,
        succeededAt: pair?.succeededAt ?? 0,
      };
      this.pairs.set(key, pair);
    }
    return pair;
  }

  private forgotten(pair: Pair, now: number): boolean {
    return now >= pair.blockedUntil && now - pair.lastFailureAt >= LOGIN_LIMITS.failureMemorySeconds * 1000;
  }

  private counter(map: Map<string, Counter>, key: string, now: number, windowSeconds: number): Counter {
    let counter = map.get(key);
    if (!counter) {
      counter = { windowStart: now, windowMs: windowSeconds * 1000, count: 0, inFlight: 0 };
      map.set(key, counter);
    } else if (now - counter.windowStart >= windowSeconds * 1000) {
      // A new window forgets reservations too (as the Redis store does, where an instance may die holding one).
      counter.windowStart = now;
      counter.count = 0;
      counter.inFlight = 0;
    }
    return counter;
  }

  /**
   * Keeps memory bounded under a spray of distinct usernames or addresses: forgets entries that say nothing any more
   * (windows ended, failures forgotten, no longer known, nothing in flight). Amortised (SweepSchedule).
   */
  private sweep(now: number): void {
    const size = () => this.pairs.size + this.accounts.size + this.addresses.size;
    if (!this.schedule.due(size(), now)) return;
    this.walk(now);
    this.schedule.walked(size(), now);
  }

  /** One walk over the maps (a method of its own, so a test can count the walks). */
  private walk(now: number): void {
    for (const [key, pair] of this.pairs) {
      if (pair.inFlight === 0 && (pair.failures === 0 || this.forgotten(pair, now)) && !known(pair, now))
        this.pairs.delete(key);
    }
    for (const map of [this.accounts, this.addresses]) {
      for (const [key, c] of map) {
        if (c.inFlight === 0 && (c.count === 0 || now - c.windowStart >= c.windowMs)) map.delete(key);
      }
    }
  }
}

const known = (pair: Pair, now: number) =>
  pair.succeededAt > 0 && now - pair.succeededAt < LOGIN_LIMITS.knownAddressSeconds * 1000;

const pairKey = (account: string, address: string) => `${account}\u0000${address}`;

function refuse(reason: ThrottleReason, waitMs: number): Promise<Reservation> {
  return Promise.resolve({
    granted: false,
    reason,
    retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
  });
}

const MESSAGES: Record<ThrottleReason, (wait: string) => string> = {
  LOGIN_LOCKED: (wait) => `从当前网络登录该账号失败次数过多，请 ${wait}后再试`,
  // Under spray, this network failed on the account (within the failure memory): the wait named is the account's hour,
  // but while the spray goes on the network stays barred for up to 24 hours after its failure (attack notes F9).
  LOGIN_ACCOUNT_THROTTLED: (wait) =>
    `该账号近一小时登录失败次数异常多，当前网络近 ${LOGIN_LIMITS.failureMemorySeconds / 3600} 小时内有登录该账号失败的记录，已暂停从当前网络登录该账号。` +
    `请在以前登录过的网络（如办公室）登录，或 ${wait}后再试；如异常登录仍在继续，当前网络最长需等待 ${LOGIN_LIMITS.failureMemorySeconds / 3600} 小时`,
  LOGIN_ACCOUNT_CEILING: (wait) =>
    '该账号近一小时登录失败次数异常多，暂时只能从以前登录过的网络登录该账号（在新网络上输错一次密码，该网络 ' +
    `${LOGIN_LIMITS.failureMemorySeconds / 3600} 小时内不能再登录该账号）。请在以前登录过的网络（如办公室）登录，或 ${wait}后再试`,
  // The limit is named, so whoever runs a training room knows what was hit.
  LOGIN_RATE_LIMITED: (wait) =>
    `当前网络 ${LOGIN_LIMITS.addressWindowSeconds / 60} 分钟内登录失败已达 ${LOGIN_LIMITS.failuresPerAddress} 次，请 ${wait}后再试`,
  LOGIN_ADDRESS_BUSY: (wait) => `当前网络同时进行的登录过多，请 ${wait}后再试`,
};

/**
 * Sign-in throttling (and the current-password check of changePassword, which goes through the same reservations, so
 * its failures count with sign-in's): per (account, client address) with growing waits, so a stranger's guesses lock
 * out only the stranger; a per-account ceiling over all addresses against distributed guessing; and a per-address
 * ceiling on failures (not on successful sign-ins) against spraying many usernames.
 *
 * The per-account ceiling must stop a distributed guess without handing anyone a way to lock the owner out (attack
 * notes F9: it once refused every address for an hour after 100 failures, the right password from a new address
 * included, so 20 addresses × 5 guesses kept a point head out on deadline day). It is therefore a ceiling on who may
 * still try, not on the account:
 * - Below failuresPerAccount (100) failures in the hour, only the pair and address limits apply.
 * - From there the account is under spray: an address with a failure on it (within the failure memory, 24 h) is refused
 *   (LOGIN_ACCOUNT_THROTTLED) until the hour ends; an address without one gets one attempt (sprayFailuresPerAddress)
 *   — the owner typing the right password from a new network gets in, a guesser gets one guess per address per day.
 * - From sprayCeilingPerAccount (200) failures in the hour, only known addresses may try: those that signed in to the
 *   account within knownAddressSeconds (30 days). They pass both account ceilings (the pair's waits still apply).
 * Distributed guessing is thus held to at most 200 verified guesses an hour per account (plus those from the owner's
 * known addresses, each limited by its pair's 5 + 1, 2, 4… minute waits), as before within a factor of two. Locking
 * the owner out now takes, every hour, 100 failures and then 100 more from addresses never used against the account
 * that day (≥ 2,400 distinct addresses a day), and even then the owner signs in from any network they signed in from
 * in the last 30 days. What is left: an owner on a network both new to them and already used by the spray (a shared
 * NAT, a carrier's CGNAT) is refused until the hour ends; a known address is known by its IP only (no device cookie:
 * the API has none), so someone sharing the owner's NAT passes the account ceilings, though not the pair's waits.
 */
@Injectable()
export class LoginThrottler {
  constructor(
    @Inject(LOGIN_ATTEMPT_STORE) private readonly store: LoginAttemptStore,
    private readonly clock: Clock,
  ) {}

  /** Reserves one attempt, or throws TOO_MANY_REQUESTS saying how long to wait. */
  async reserve(account: string, address: string): Promise<AttemptTicket> {
    const result = await this.store.reserve(account, clientKey(address), this.now());
    if (result.granted) return result.ticket;
    throw new TooManyRequestsError(
      MESSAGES[result.reason](describeWait(result.retryAfterSeconds)),
      result.retryAfterSeconds,
      PUBLIC_REASON[result.reason],
    );
  }

  settle(ticket: AttemptTicket, outcome: 'success' | 'failure' | 'aborted'): Promise<void> {
    return this.store.settle(ticket, outcome, this.now());
  }

  /** A session of the account was renewed from the address: it stays known (see LoginAttemptStore.markKnown). */
  markKnown(account: string, address: string): Promise<void> {
    return this.store.markKnown(account, clientKey(address), this.now());
  }

  private now(): number {
    return this.clock.now().getTime();
  }
}
