/** The adoption domain's settings, provided app-wide under ADOPTION_OPTIONS by the composition root (optional). */
export interface AdoptionOptions {
  /** RECEIPT_LOOKUP_PER_MINUTE / RECEIPT_LOOKUP_PER_DAY; RECEIPT_LOOKUP_LIMITS when not given. */
  receiptLookups?: ReceiptLookupLimits;
}

export const ADOPTION_OPTIONS = Symbol('ADOPTION_OPTIONS');

export interface ReceiptLookupLimits {
  /** Lookups of any kind from one client (an IPv4 address, an IPv6 /64) in a minute. */
  perMinute: number;
  /** Lookups that found nothing (RECEIPT_NOT_FOUND) from one client in a day. */
  perDay: number;
}

/**
 * The public 回执查询's limits per client. A day's receipt numbers are 10^7 (seven random digits and a check digit);
 * a guesser mostly misses, while a person checking their own number always finds it. So every lookup counts against
 * the minute (against scripts), but only a lookup that found nothing counts against the day: 100 misses a day find
 * next to nothing by guessing, while a 社区 office, a university or a carrier's CGNAT address shared by many people
 * checking their real numbers never runs out (attack note S4). Mistyped numbers (check digit wrong) are refused
 * before counting: they read nothing.
 */
export const RECEIPT_LOOKUP_LIMITS: ReceiptLookupLimits = { perMinute: 10, perDay: 100 };
