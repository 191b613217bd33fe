import { describe, expect, it } from '@jest/globals';
import { clientKey } from './client-key.js';

describe('clientKey', () => {
  it('keeps an IPv4 address as it is', () => {
    expect(clientKey('192.0.2.1')).toBe('192.0.2.1');
  });

  it('reads an IPv4-mapped IPv6 address as its IPv4 address, in either spelling', () => {
    expect(clientKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(clientKey('::FFFF:c000:0201')).toBe('192.0.2.1');
  });

  it('keys two addresses of one IPv6 /64 (a phone rotating its temporary addresses) alike, and another /64 apart', () => {
    const a = clientKey('2001:db8:1:2:a1b2:c3d4:e5f6:1');
    expect(a).toBe('2001:db8:1:2:0:0:0:0/64');
    expect(clientKey('2001:0db8:0001:0002::9')).toBe(a);
    expect(clientKey('2001:db8:1:2:ffff::1%eth0')).toBe(a);
    expect(clientKey('2001:db8:1:3::1')).not.toBe(a);
  });

  it('takes a shorter prefix when asked (a carrier handing out /56)', () => {
    expect(clientKey('2001:db8:1:2ff::1', 56)).toBe(clientKey('2001:db8:1:200::7', 56));
    expect(clientKey('2001:db8:1:2ff::1', 56)).toBe('2001:db8:1:200:0:0:0:0/56');
  });

  it('keeps what is not an address as it is', () => {
    expect(clientKey('')).toBe('');
    expect(clientKey('home')).toBe('home');
  });
});
