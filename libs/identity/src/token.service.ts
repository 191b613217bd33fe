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

/** What a verified access token says: whose it is and the account's credential version it was issued under. */
export interface TokenClaims {
  accountId: string;
  credentialVersion: number;
}

@Injectable()
export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly clock: Clock,
  ) {
    this.key = new TextEncoder().encode(options.tokenSecret);
  }

  async issue(accountId: string, credentialVersion: number): Promise<IssuedToken> {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    const expiresAt = now + this.options.tokenTtlSeconds;
    const accessToken = await new SignJWT({ ver: credentialVersion })
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
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [TOKEN_ALGORITHM],
        issuer: this.options.issuer,
        audience: TOKEN_AUDIENCE,
        currentDate: this.clock.now(),
      });
      // A token without a credential version predates revocation: it cannot be checked, so it is not accepted.
      if (!payload.sub || typeof payload.ver !== 'number') throw new Error('no subject or version');
      return { accountId: payload.sub, credentialVersion: payload.ver };
    } catch (error) {
      const expired = error instanceof Error && 'code' in error && error.code === 'ERR_JWT_EXPIRED';
      throw new UnauthenticatedError(
        expired ? '登录已过期，请重新登录' : '访问令牌无效，请重新登录',
        expired ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID',
      );
    }
  }
}
