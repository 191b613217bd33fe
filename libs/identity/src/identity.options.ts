import type { Redis } from 'ioredis';

export interface IdentityOptions {
  /** HMAC secret for access tokens, at least 32 bytes. */
  tokenSecret: string;
  /** Lifetime of an access token (short: a stolen one is worth little; the refresh token renews it). */
  tokenTtlSeconds: number;
  /** Sliding lifetime of a refresh token: each use gives a new one valid this long again. */
  refreshTtlSeconds: number;
  /** Absolute lifetime of a sign-in (a refresh family), however often it is renewed. */
  sessionMaxSeconds: number;
  issuer: string;
}

export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');

/** Defaults of the named session lifetimes (settings ACCESS/REFRESH/SESSION_*_SECONDS override them). */
export const SESSION_DEFAULTS = {
  accessTtlSeconds: 15 * 60,
  refreshTtlSeconds: 14 * 24 * 3600,
  sessionMaxSeconds: 90 * 24 * 3600,
} as const;

/**
 * Named limits of the refresh-token purge (SessionService.purgeSpent): a session's rows go once nothing can use them —
 * every token of the family expired, and none revoked recently enough for the account cache to still refuse the
 * session's access tokens by it — and `keepSeconds` more have passed.
 */
export const REFRESH_TOKEN_PURGE = {
  /** Rows read and deleted per statement: each batch is one short transaction, whatever the table's size. */
  batchSize: 1000,
  /**
   * How long after its last token expired a session's rows stay: far beyond an access token's lifetime and the clock
   * skew between instances (never less than those: see purgeSpent).
   */
  keepSeconds: 24 * 3600,
} as const;

/** Named limits of sign-in: see LoginThrottler. */
export const LOGIN_LIMITS = {
  /** Failures for one account from one client address before that address must wait for that account. */
  freeFailuresPerAddress: 5,
  /** The first wait; it doubles with each further failure (1, 2, 4… minutes) up to maxDelaySeconds. */
  firstDelaySeconds: 60,
  maxDelaySeconds: 60 * 60,
  /** How long an (account, address) pair's failures are remembered after its last failure. */
  failureMemorySeconds: 24 * 3600,
  /**
   * Failures for one account from all addresses within accountWindowSeconds (far above any real user's) after which
   * the account is under spray: only known addresses, and addresses with fewer than sprayFailuresPerAddress failures
   * on it, may still try it (see LoginThrottler for why).
   */
  failuresPerAccount: 100,
  accountWindowSeconds: 3600,
  /** Under spray: an address with this many failures on the account (within failureMemorySeconds) may not try it. */
  sprayFailuresPerAddress: 1,
  /** Under spray: the account's failures (same window) beyond which only its known addresses may try it. */
  sprayCeilingPerAccount: 200,
  /**
   * How long an address stays known to an account after signing in to it, or after renewing one of its sessions from
   * it (SessionService.refresh): it passes the account's ceilings. At least a session's longest sliding lifetime
   * (REFRESH_TTL_SECONDS is at most 90 days, and the default SESSION_MAX_SECONDS is 90 days), so an owner who stays
   * signed in is never left without a known address.
   */
  knownAddressSeconds: 90 * 24 * 3600,
  /**
   * Failed attempts (any account) from one client address within addressWindowSeconds. Successful sign-ins do not
   * count: a 座谈会 or a university behind one NAT signs in many people correctly from one address.
   */
  failuresPerAddress: 30,
  addressWindowSeconds: 15 * 60,
  /** The wait when the address's attempts still in flight (each a possible failure) would fill its remaining budget. */
  busyRetrySeconds: 1,
} as const;

/**
 * Redis connections shared by several API instances, provided by the composition root when REDIS_URL is set (else
 * null): sign-in attempts are counted there and account-cache invalidations travel over its pub/sub.
 */
export interface SharedRedis {
  /** Commands and PUBLISH. */
  client: Redis;
  /** A connection in subscriber mode (Redis allows no other commands on it). */
  subscriber: Redis;
  /** Every key and channel starts with it, so deployments (and tests) can share a server. */
  keyPrefix: string;
}

export const SHARED_REDIS = Symbol('SHARED_REDIS');
