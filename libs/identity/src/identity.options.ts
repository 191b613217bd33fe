export interface IdentityOptions {
  /** HMAC secret for access tokens, at least 32 bytes. */
  tokenSecret: string;
  tokenTtlSeconds: number;
  issuer: string;
}

export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');

/** Named limits of sign-in: see LoginThrottler. */
export const LOGIN_LIMITS = {
  /** Failed attempts for one username within the window before it is locked for the rest of the window. */
  failuresPerUsername: 5,
  /** Attempts (failed or not) from one client address within the window. */
  attemptsPerAddress: 30,
  windowSeconds: 15 * 60,
} as const;
