/** The feedback domain's settings, provided app-wide under FEEDBACK_OPTIONS by the composition root. */
export interface FeedbackOptions {
  /** Base64 of the 32-byte key that seals contributors' personal data. */
  personalDataKey: string;
  /** Opinions one account may write (OPINION_WRITES_PER_MINUTE / _PER_DAY); OPINION_WRITE_LIMITS when not given. */
  opinionWrites?: OpinionWriteLimits;
  /** ONLINE_READS_PER_MINUTE / ONLINE_SUBMISSIONS_PER_* (and _PER_SITE_PER_DAY): the public 网上征集 per client; ONLINE_COLLECTION_LIMITS when not given. */
  onlineCollection?: OnlineCollectionLimits;
  /** PUBLIC_BASE_URL (no trailing slash): what a 网上征集 link begins with; null or absent: the web page's own address. */
  publicBaseUrl?: string | null;
  /**
   * How long a contributor's personal data is kept once its purpose is nearly done (个人信息保护法 art. 19): days after
   * the outcome of the opinion was published, or after the point archived the task (opinions that never get an
   * outcome). Erased sooner on withdrawal, on request, and once the person was told the outcome.
   */
  personalDataRetentionDays: number;
  /** How often the retention job looks for personal data due for erasure (seconds; 0: never by itself). */
  personalDataErasureIntervalSeconds: number;
}

/** The defaults of the settings above (PERSONAL_DATA_RETENTION_DAYS, PERSONAL_DATA_ERASURE_INTERVAL_SECONDS). */
export const PERSONAL_DATA_RETENTION_DEFAULTS = { retentionDays: 180, erasureIntervalSeconds: 3600 } as const;

export const FEEDBACK_OPTIONS = Symbol('FEEDBACK_OPTIONS');

export interface OpinionWriteLimits {
  perMinute: number;
  perDay: number;
}

/**
 * Opinions one account may write — submitOpinion, submitOpinions and importOpinions counted together, in opinions, not
 * requests (F11: one collector added 400 in 14 s). Far above real work: typing paper sheets one by one (逐张录入) is a
 * few a minute; an offline batch is at most OPINION_LIMITS.batchSize (200); a 纸质意见表 of a street's questionnaires is
 * a few hundred rows, imported at once, so the minute allows one sheet of 500. A point's whole round is typically tens
 * to a few hundred opinions, so 1,500 a day leaves a collector room for three such sheets, and stops a script after
 * three minutes instead of letting it add tens of thousands. A deployment with bigger paper campaigns raises them
 * (settings OPINION_WRITES_PER_MINUTE / OPINION_WRITES_PER_DAY).
 */
export const OPINION_WRITE_LIMITS: OpinionWriteLimits = { perMinute: 500, perDay: 1500 };

export interface OnlineCollectionLimits {
  readsPerMinute: number;
  submissionsPerMinute: number;
  submissionsPerDay: number;
  /** Of one site (an IPv6 /48: IPV6_SITE_PREFIX_BITS) a day, beside the per-address limits. */
  submissionsPerSitePerDay: number;
}

/**
 * The public 网上征集 per client address (an IPv4 address, an IPv6 /64), counted in the request counters every
 * anonymous limit uses. The people behind one address may be many: a 院坝会's fifty neighbours on the village's Wi-Fi,
 * a campus, a carrier's shared address. So the minute lets such a meeting open the page (120) and submit (20 a minute)
 * together, while a script from one address is stopped at 300 opinions a day. A mass campaign from many addresses is
 * not stopped here: its opinions are kept and counted, and consolidation's near-duplicate grouping gathers them.
 *
 * One home line holds many /64s (a /56 is 256 of them), so a script stepping from /64 to /64 would get 300 a day from
 * each. A second, looser count per site — the IPv6 /48 an organisation is given and every home delegation lies inside
 * — stops it at 1,000 a day: more than a point's whole round usually gathers (tens to a few hundred opinions), so a real
 * campus or a village network is not stopped, while a /56 yields 1,000 instead of 76,800. Its cost: households of one
 * carrier whose /64s fall in one /48 share it; a deployment expecting more from one site raises it
 * (ONLINE_SUBMISSIONS_PER_SITE_PER_DAY). IPv4 is per address in both counts (one address is already the narrowest).
 *
 * No cap per round: a real mass campaign from many addresses would be refused with nobody at the executing body seeing
 * it, and opinions are counted, never dropped.
 */
export const ONLINE_COLLECTION_LIMITS: OnlineCollectionLimits = {
  readsPerMinute: 120,
  submissionsPerMinute: 20,
  submissionsPerDay: 300,
  submissionsPerSitePerDay: 1000,
};
