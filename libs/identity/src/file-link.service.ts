import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Clock, UnauthenticatedError } from '@app/common';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity.options.js';

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
 * bearer header. A signature binds the path with its query, the one account it was made for and the expiry, with an
 * HMAC-SHA256 key derived from the token secret (a link's key is not a token's key). The link carries no rights of its
 * own: the guard loads the account as for a token, so a deactivated account or a lost role refuses the download.
 * The link is `…?year=2022&exp=<unix seconds>&sig=<account id>.<mac>`.
 */
@Injectable()
export class FileLinkService {
  private readonly key: Buffer;

  constructor(
    @Inject(IDENTITY_OPTIONS) options: IdentityOptions,
    private readonly clock: Clock,
  ) {
    this.key = createHmac('sha256', options.tokenSecret).update('minyi file links v1').digest();
  }

  /** The path signed for the account, valid for FILE_LINK_LIMITS.ttlSeconds from now. */
  sign(path: string, accountId: string): { url: string; expiresAt: Date } {
    const exp = Math.floor(this.clock.now().getTime() / 1000) + FILE_LINK_LIMITS.ttlSeconds;
    const sig = `${accountId}.${this.mac(canonicalPath(path), accountId, exp)}`;
    const url = `${path}${path.includes('?') ? '&' : '?'}${EXPIRY}=${exp}&${SIGNATURE}=${encodeURIComponent(sig)}`;
    return { url, expiresAt: new Date(exp * 1000) };
  }

  /** Whether a request URL carries a link signature (and so should be judged by it rather than refused outright). */
  isSigned(method: string, url: string): boolean {
    if (method !== 'GET' || !url.startsWith(FILE_LINK_PREFIX)) return false;
    const query = url.indexOf('?');
    return query >= 0 && new URLSearchParams(url.slice(query + 1)).has(SIGNATURE);
  }

  /** The account a signed request URL was made for; UNAUTHENTICATED when expired, altered or not signed by us. */
  verify(url: string): string {
    const query = url.indexOf('?');
    const params = new URLSearchParams(query >= 0 ? url.slice(query + 1) : '');
    const sig = params.get(SIGNATURE) ?? '';
    const expText = params.get(EXPIRY) ?? '';
    const dot = sig.lastIndexOf('.');
    const accountId = dot > 0 ? sig.slice(0, dot) : '';
    const exp = /^\d{1,12}$/u.test(expText) ? Number(expText) : NaN;
    const given = Buffer.from(dot > 0 ? sig.slice(dot + 1) : '', 'base64url');
    const expected = Buffer.from(this.mac(canonicalPath(url), accountId, exp), 'base64url');
    if (!accountId || Number.isNaN(exp) || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new UnauthenticatedError('下载链接无效：链接被改动或不是本系统签发的，请重新导出', 'LINK_INVALID');
    }
    if (exp * 1000 <= this.clock.now().getTime()) {
      throw new UnauthenticatedError('下载链接已过期，请重新导出', 'LINK_EXPIRED');
    }
    return accountId;
  }

  private mac(path: string, accountId: string, exp: number): string {
    return createHmac('sha256', this.key).update(`${path}\n${accountId}\n${exp}`).digest('base64url');
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
