import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Clock, UnauthenticatedError } from '@app/common';
import type { Actor } from './actor.js';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity.options.js';
import type { TokenClaims } from './token.service.js';

/** Named limits of signed file links. */
export const FILE_LINK_LIMITS = {
  /** How long a signed link opens its file: long enough to click, short enough that a leaked link soon dies. */
  ttlSeconds: 5 * 60,
} as const;

/** Where signed links may be used: the file routes, GET only — never the GraphQL endpoint. */
export const FILE_LINK_PREFIX = '/files/';

const SIGNATURE = 'sig';
const EXPIRY = 'exp';

/**
 * Short-lived signed links to the file routes, so that a browser can open an export as a plain `<a href>` without the
 * bearer header. A signature binds the path with its query, the one account it was made for, the sign-in it was made
 * in (the account's credential version and the session) and the expiry, with an HMAC-SHA256 key derived from the
 * token secret (a link's key is not a token's key). The link carries no rights of its own: the guard judges its claims
 * exactly as an access token's (AccountService.loadSession), so a deactivated account, a lost role, a password
 * change, a sign-out everywhere or a sign-out of that session refuses the download.
 * The link is `…?year=2022&exp=<unix seconds>&sig=<account id>.<credential version>.<session id>.<mac>`.
 */
@Injectable()
export class FileLinkService {
  private readonly key: Buffer;

  constructor(
    @Inject(IDENTITY_OPTIONS) options: IdentityOptions,
    private readonly clock: Clock,
  ) {
    // v2: the signature also binds the sign-in; a v1 link (made before) is refused as LINK_INVALID.
    this.key = createHmac('sha256', options.tokenSecret).update('minyi file links v2').digest();
  }

  /** The path signed for the caller's sign-in, valid for FILE_LINK_LIMITS.ttlSeconds from now. */
  sign(path: string, caller: Pick<Actor, 'accountId' | 'session'>): { url: string; expiresAt: Date } {
    // Only a request's caller gets links: a link must be refusable with the sign-in it was made in.
    const claims = caller.session;
    if (!claims || claims.accountId !== caller.accountId)
      throw new Error('a file link is signed only for a signed-in caller');
    const exp = Math.floor(this.clock.now().getTime() / 1000) + FILE_LINK_LIMITS.ttlSeconds;
    const owner = `${claims.accountId}.${claims.credentialVersion}.${claims.sessionId ?? ''}`;
    const sig = `${owner}.${this.mac(canonicalPath(path), claims, exp)}`;
    const url = `${path}${path.includes('?') ? '&' : '?'}${EXPIRY}=${exp}&${SIGNATURE}=${encodeURIComponent(sig)}`;
    return { url, expiresAt: new Date(exp * 1000) };
  }

  /** Whether a request URL carries a link signature (and so should be judged by it rather than refused outright). */
  isSigned(method: string, url: string): boolean {
    if (method !== 'GET' || !url.startsWith(FILE_LINK_PREFIX)) return false;
    const query = url.indexOf('?');
    return query >= 0 && new URLSearchParams(url.slice(query + 1)).has(SIGNATURE);
  }

  /**
   * Whose sign-in a signed request URL was made in (to be judged like an access token's claims); UNAUTHENTICATED when
   * expired, altered or not signed by us.
   */
  verify(url: string): TokenClaims {
    const query = url.indexOf('?');
    const params = new URLSearchParams(query >= 0 ? url.slice(query + 1) : '');
    const parts = (params.get(SIGNATURE) ?? '').split('.');
    const expText = params.get(EXPIRY) ?? '';
    const [accountId, versionText, sessionId, mac] = parts.length === 4 ? parts : ['', '', '', ''];
    const claims: TokenClaims = {
      accountId,
      credentialVersion: /^\d{1,9}$/u.test(versionText) ? Number(versionText) : NaN,
      sessionId: sessionId || null,
    };
    const exp = /^\d{1,12}$/u.test(expText) ? Number(expText) : NaN;
    const given = Buffer.from(mac, 'base64url');
    const expected = Buffer.from(this.mac(canonicalPath(url), claims, exp), 'base64url');
    if (
      !accountId ||
      Number.isNaN(claims.credentialVersion) ||
      Number.isNaN(exp) ||
      given.length !== expected.length ||
      !timingSafeEqual(given, expected)
    ) {
      throw new UnauthenticatedError(
        '下载链接无效（链接不完整、被改动，或由更新前的版本签发），请重新导出',
        'LINK_INVALID',
      );
    }
    if (exp * 1000 <= this.clock.now().getTime()) {
      throw new UnauthenticatedError('下载链接已过期，请重新导出', 'LINK_EXPIRED');
    }
    return claims;
  }

  private mac(path: string, claims: TokenClaims, exp: number): string {
    return createHmac('sha256', this.key)
      .update(`${path}\n${claims.accountId}\n${claims.credentialVersion}\n${claims.sessionId ?? ''}\n${exp}`)
      .digest('base64url');
  }
}

/** A URL as signed: its path and its query without the signature and expiry, the query re-encoded one way. */
export function canonicalPath(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  const params = new URLSearchParams(url.slice(query + 1));
  params.delete(SIGNATURE);
  params.delete(EXPIRY);
  const rest = params.toString();
  return rest === '' ? url.slice(0, query) : `${url.slice(0, query)}?${rest}`;
}
