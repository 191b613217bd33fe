import { isIPv4, isIPv6 } from 'node:net';

/** How many leading bits of an IPv6 address name one client (a home or mobile line is given a /64, or a /56, /48). */
export const IPV6_CLIENT_PREFIX_BITS = 64;

/**
 * How many leading bits name one site: the /48 that RFC 6177 and the regional registries' policies (APNIC included)
 * have an ISP give an organisation, and the widest block a home line gets (China's fixed lines delegate a /56 or /60,
 * mobile a /64). Every customer's whole delegation lies inside one /48, so a second, looser counter per /48 stops the
 * one who steps from /64 to /64 of their /56 (256 budgets) without shrinking an honest client's own /64 budget.
 */
export const IPV6_SITE_PREFIX_BITS = 48;

/**
 * The one key every value that is not an IP address shares (behind a trusted proxy, X-Forwarded-For is whatever the
 * client wrote before it: 'unknown', 'foo', 'FOO ', a hostname): each such spelling must not be a fresh budget.
 */
export const NON_IP_CLIENT_KEY = 'non-ip';

/**
 * The key every per-address limit counts a client under (sign-in, the public 回执查询, anything else throttled by
 * address): an IPv4 address as it is; an IPv4-mapped IPv6 address (`::ffff:192.0.2.1`, what a dual-stack socket
 * reports) as its IPv4 address; any other IPv6 address as its first `prefixBits` bits (`2001:db8:1:2::/64`). One
 * IPv6 line holds 2^64 addresses and rotates its temporary ones daily: keyed verbatim, every limit per address would
 * be one per guess, and the owner's own phone would never be "known". The value is read as a proxy may write it:
 * spaces trimmed, any letter case, an IPv6 address in brackets (`[2001:db8::1]`, with or without `:port`) or with a
 * zone (`fe80::1%eth0`). Anything that is not an address (an empty string, 'unknown', a hostname) is NON_IP_CLIENT_KEY:
 * all such clients share one budget, so no spelling of nonsense buys a fresh one.
 */
export function clientKey(address: string, prefixBits: number = IPV6_CLIENT_PREFIX_BITS): string {
  let ip = address.trim().toLowerCase();
  const bracketed = /^\[([^\]]*)\](?::\d{1,5})?$/.exec(ip);
  if (bracketed) ip = bracketed[1];
  if (isIPv4(ip)) return ip;
  const unzoned = ip.split('%')[0];
  if (!isIPv6(unzoned)) return NON_IP_CLIENT_KEY;
  const groups = ipv6Groups(unzoned);
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.');
  const bits = Math.max(0, Math.min(128, prefixBits));
  const kept = groups.map((g, i) => {
    const from = i * 16;
    if (from + 16 <= bits) return g;
    if (from >= bits) return 0;
    return g & ((0xffff << (16 - (bits - from))) & 0xffff);
  });
  return `${kept.map((g) => g.toString(16)).join(':')}/${bits}`;
}

/** The eight 16-bit groups of a valid IPv6 address (`::` expanded, a trailing dotted IPv4 part included). */
function ipv6Groups(ip: string): number[] {
  let text = ip.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const parse = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const front = parse(head);
  if (tail === undefined) return front;
  const back = parse(tail);
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}
