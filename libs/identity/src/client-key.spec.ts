import { describe, expect, it } from '@jest/globals';
import { NON_IP_CLIENT_KEY, clientKey } from './client-key.js';

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

  it('reads an address as a proxy may write it: spaces, letter case, brackets with or without a port, a zone', () => {
    const a = clientKey('2001:db8:1:2::1');
    for (const spelling of [
      ' 2001:db8:1:2::1 ',
      '2001:DB8:1:2::1',
      '[2001:db8:1:2::1]',
      '[2001:db8:1:2::1]:443',
      '2001:db8:1:2::1%eth0',
    ])
      expect(clientKey(spelling)).toBe(a);
    expect(clientKey(' 192.0.2.1\t')).toBe('192.0.2.1');
    expect(clientKey('[::ffff:192.0.2.1]')).toBe('192.0.2.1');
    expect(clientKey('[::1]')).toBe(clientKey('::1'));
    expect(clientKey('[::1]')).toBe('0:0:0:0:0:0:0:0/64');
  });

  it('buckets everything that is not an address into one shared key, whatever its spelling', () => {
    for (const junk of [
      '',
      ' ',
      'foo',
      'foo ',
      'FOO',
      'unknown',
      'home',
      '[not-an-ip]',
      '999.1.1.1',
      'proxy.example.com',
    ])
      expect(clientKey(junk)).toBe(NON_IP_CLIENT_KEY);
    expect(NON_IP_CLIENT_KEY).not.toBe(clientKey('192.0.2.1'));
  });
});
