import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify } from 'jose';
import { Clock, UnauthenticatedError } from '@app/common';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity.options.js';

/** The one algorithm accepted: a token signed any other way (or `none`) is refused. */
export const TOKEN_ALGORITHM = 'HS256';
export const TOKEN_AUDIENCE = 'minyi-api';

export interface IssuedToken {
  accessToken: string;
  expiresAt: Date;
}

/** At most this many verified tokens are remembered (the oldest goes first). */
export const VERIFIED_TOKEN_CACHE_MAX_ENTRIES = 10_000;

/**
 * A token without a session (`sid`) was issued by the release before sessions were named; during a rolling deploy its
 * instances still issue them, and a single sign-out cannot end them. Such a token is accepted only when issued before
 * this instance started plus this long (a rollout takes less): later, every instance names the session, so one issued
 * then is refused (TOKEN_INVALID) — and those issued before expire within their lifetime. Measured from this
 * instance's start rather than a fixed date: it holds whenever the release is deployed, and an instance restarted later
 * accepts only what none of the instances issues any more (forging one takes the secret, which can sign any `sid`).
 */
export const SESSIONLESS_TOKEN_GRACE_SECONDS = 60 * 60;

/**
 * What a verified access token says: whose it is, the account's credential version it was issued under, and the
 * sign-in (session: the refresh-token family) it belongs to, so that signing out of that one session refuses it too.
 */
export interface TokenClaims {
  readonly accountId: string;
  readonly credentialVersion: number;
  /** The refresh-token family; null only in a token of the release before (see SESSIONLESS_TOKEN_GRACE_SECONDS). */
  readonly sessionId: string | null;
}

@Injectable()
export class TokenService {
  private readonly key: Uint8Array;
  /**
   * Tokens whose signature, issuer and audience were checked, with their expiry (ms): the check is ~18% of a signed-in
   * request's CPU and its result for one token string never changes, only its expiry. Revocation does not depend on
   * this: the credential version is checked against the account on every request. So with several API instances it
   * needs no invalidation across them either (the account cache does: see CacheInvalidationChannel).
   */
  private readonly verified = new Map<string, { claims: TokenClaims; expiresAtMs: number }>();
  /** A token without a session is refused when issued after this (ms; SESSIONLESS_TOKEN_GRACE_SECONDS). */
  private readonly sessionlessUntilMs: number;

  constructor(
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly clock: Clock,
  ) {
    this.key = new TextEncoder().encode(options.tokenSecret);
    this.sessionlessUntilMs = clock.now().getTime() + SESSIONLESS_TOKEN_GRACE_SECONDS * 1000;
  }

  /** An access token for one session (`sessionId`: its refresh-token family) of the account. */
  async issue(accountId: string, credentialVersion: number, sessionId: string): Promise<IssuedToken> {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    const expiresAt = now + this.options.tokenTtlSeconds;
    const accessToken = await new SignJWT({ ver: credentialVersion, sid: sessionId })
      .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT' })
      .setSubject(accountId)
      .setIssuer(this.options.issuer)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(expiresAt)
      .sign(this.key);
    return { accessToken, expiresAt: new Date(expiresAt * 1000) };
  }

  /** Whose the token is and under which credential version; UNAUTHENTICATED for anything forged, expired or foreign. */
  async verify(token: string): Promise<TokenClaims> {
    const now = this.clock.now().getTime();
    const known = this.verifiedBefore(token, now);
    if (known) return known;
    const checked = await this.verifySignature(token);
    if (checked.expiresAtMs > now) {
      if (this.verified.size >= VERIFIED_TOKEN_CACHE_MAX_ENTRIES) {
        this.verified.delete(this.verified.keys().next().value!);
      }
      this.verified.set(token, checked);
    }
    return checked.claims;
  }

  /**
   * The claims of a token already verified and not yet expired, without waiting (the authentication's fast path), or
   * undefined: then verify() checks it.
   */
  verifiedBefore(token: string, now = this.clock.now().getTime()): TokenClaims | undefined {
    const known = this.verified.get(token);
    if (!known) return undefined;
    if (now < known.expiresAtMs) return known.claims;
    this.verified.delete(token);
    return undefined;
  }

  private async verifySignature(token: string): Promise<{ claims: TokenClaims; expiresAtMs: number }> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [TOKEN_ALGORITHM],
        issuer: this.options.issuer,
        audience: TOKEN_AUDIENCE,
        currentDate: this.clock.now(),
      });
      // A token without a credential version predates revocation: it cannot be checked, so it is not accepted.
      if (!payload.sub || typeof payload.ver !== 'number') throw new Error('no subject or version');
      // A token without a session was issued by the release before (SESSIONLESS_TOKEN_GRACE_SECONDS): accepted only
      // during the rollout; it is still refused by a sign-out everywhere, a password change or a deactivation, only
      // not by a single sign-out.
      if (payload.sid === undefined) {
        if (typeof payload.iat !== 'number' || payload.iat * 1000 > this.sessionlessUntilMs)
          throw new Error('no session');
      } else if (typeof payload.sid !== 'string' || !payload.sid) throw new Error('bad session');
      return {
        // Frozen: the object is kept with the token and handed to every later request's Actor.session.
        claims: Object.freeze({
          accountId: payload.sub,
          credentialVersion: payload.ver,
          sessionId: typeof payload.sid === 'string' ? payload.sid : null,
        }),
        // A token without an expiry (never issued here) is checked each time rather than remembered for ever.
        expiresAtMs: typeof payload.exp === 'number' ? payload.exp * 1000 : 0,
      };
    } catch (error) {
      const expired = error instanceof Error && 'code' in error && error.code === 'ERR_JWT_EXPIRED';
      throw new UnauthenticatedError(
        expired ? '登录已过期，请重新登录' : '访问令牌无效，请重新登录',
        expired ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID',
      );
    }
  }
}
