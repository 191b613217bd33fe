import { describe, expect, it } from '@jest/globals';
import { Clock } from '@app/common';
import { FILE_LINK_LIMITS, FileLinkService, canonicalPath } from './file-link.service.js';

class FixedClock extends Clock {
  at = new Date('2026-01-05T10:00:00Z');
  override now(): Date {
    return new Date(this.at.getTime());
  }
}

const options = {
  tokenSecret: 'x'.repeat(40),
  tokenTtlSeconds: 3600,
  refreshTtlSeconds: 14 * 24 * 3600,
  sessionMaxSeconds: 90 * 24 * 3600,
  issuer: 'minyi',
};
const PATH = '/files/points/p1/evaluation.xlsx?year=2022';
const CLAIMS = { accountId: 'account-1', credentialVersion: 3, sessionId: 'session-1' };
const CALLER = { accountId: 'account-1', session: CLAIMS };

function setup() {
  const clock = new FixedClock();
  return { clock, links: new FileLinkService(options, clock) };
}

describe('FileLinkService', () => {
  it('signs a path for one account, and the signed URL verifies as that account until it expires', () => {
    const { clock, links } = setup();
    const { url, expiresAt } = links.sign(PATH, CALLER);
    expect(url.startsWith(`${PATH}&exp=`)).toBe(true);
    expect(expiresAt.getTime() - clock.now().getTime()).toBe(FILE_LINK_LIMITS.ttlSeconds * 1000);
    expect(links.isSigned('GET', url)).toBe(true);
    expect(links.verify(url)).toEqual(CLAIMS);
    clock.at = new Date(expiresAt.getTime() - 1000);
    expect(links.verify(url)).toEqual(CLAIMS);
    clock.at = expiresAt;
    expect(() => links.verify(url)).toThrow(expect.objectContaining({ reason: 'LINK_EXPIRED' }));
  });

  it('refuses a changed path, query, expiry, account or signature, and a key made from another secret', () => {
    const { links, clock } = setup();
    const { url } = links.sign(PATH, CALLER);
    const invalid = expect.objectContaining({ reason: 'LINK_INVALID' });
    expect(() => links.verify(url.replace('p1', 'p2'))).toThrow(invalid);
    expect(() => links.verify(url.replace('year=2022', 'year=2023'))).toThrow(invalid);
    expect(() => links.verify(url.replace(/exp=(\d+)/u, (_, e: string) => `exp=${Number(e) + 60}`))).toThrow(
      invalid,
    );
    expect(() => links.verify(url.replace('account-1', 'account-2'))).toThrow(invalid);
    expect(() => links.verify(url.replace(/sig=[^&]*/u, 'sig=account-1.3.session-1.AAAA'))).toThrow(invalid);
    // The sign-in it was made in is part of what is signed: another credential version or session is not this link.
    expect(() => links.verify(url.replace('account-1.3.', 'account-1.4.'))).toThrow(invalid);
    expect(() => links.verify(url.replace('.session-1.', '.session-2.'))).toThrow(invalid);
    expect(() => links.verify(url.replace('.session-1.', '..'))).toThrow(invalid);
    const other = new FileLinkService({ ...options, tokenSecret: 'y'.repeat(40) }, clock);
    expect(() => other.verify(url)).toThrow(invalid);
  });

  it('is made only for a caller signed in by a request', () => {
    const { links } = setup();
    expect(() => links.sign(PATH, { accountId: 'account-1' })).toThrow('signed-in caller');
  });

  it('takes signatures only on GET requests of the file routes', () => {
    const { links } = setup();
    const { url } = links.sign(PATH, CALLER);
    expect(links.isSigned('POST', url)).toBe(false);
    expect(links.isSigned('GET', `/graphql?query={me{id}}&exp=1&sig=a.b`)).toBe(false);
    expect(links.isSigned('GET', PATH)).toBe(false);
  });

  it('signs the path and the other query parameters, whatever order the signature comes in', () => {
    expect(canonicalPath('/files/a.docx?exp=1&sig=x&year=2022')).toBe('/files/a.docx?year=2022');
    expect(canonicalPath('/files/a.docx?sig=x&exp=1')).toBe('/files/a.docx');
    expect(canonicalPath('/files/a.docx')).toBe('/files/a.docx');
  });
});
