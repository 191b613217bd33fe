// The flow of a 网上征集 round's submissions, as the executing body watches it: per Beijing hour for the last hours,
// and per Beijing day over the round's whole life when that is longer — so a campaign's start (a link passed round a
// WeChat group, two hundred copies in an hour) shows. Pure: the windows to count and the buckets made from the
// database's per-hour counts. Beijing has no daylight saving, and its hours begin on UTC's: an hour is a UTC hour.

/** How many buckets the flow has at most: the hourly row, and the daily one (the latest days when the round is older). */
export const ONLINE_FLOW_LIMITS = { hours: 48, days: 60 } as const;
export type OnlineFlowLimits = { hours: number; days: number };

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const BEIJING_OFFSET = 8 * HOUR;

const hourStart = (t: number) => Math.floor(t / HOUR) * HOUR;
/** The instant a Beijing day begins (00:00 Beijing, 16:00 UTC the day before). */
const beijingDayStart = (t: number) => Math.floor((t + BEIJING_OFFSET) / DAY) * DAY - BEIJING_OFFSET;

export interface FlowWindow {
  /** The first hour of the hourly row. */
  hourFrom: number;
  /** The first day of the daily row, or null when the round is not older than the hourly row. */
  dayFrom: number | null;
  /** The end (exclusive) of both rows: the end of the hour `until` falls in. */
  to: number;
  /** The daily row leaves out the round's earliest days (longer than the day limit). */
  daysTruncated: boolean;
}

/** What to count, for a round opened at `openedAt` and watched up to `until` (now, or when it closed). */
export function flowWindow(
  openedAt: Date,
  until: Date,
  limits: OnlineFlowLimits = ONLINE_FLOW_LIMITS,
): FlowWindow {
  const end = Math.max(until.getTime(), openedAt.getTime());
  const to = hourStart(end) + HOUR;
  const hourFrom = Math.max(hourStart(openedAt.getTime()), to - limits.hours * HOUR);
  if (end - openedAt.getTime() <= limits.hours * HOUR)
    return { hourFrom, dayFrom: null, to, daysTruncated: false };
  const openDay = beijingDayStart(openedAt.getTime());
  const dayFrom = Math.max(openDay, beijingDayStart(end) - (limits.days - 1) * DAY);
  return { hourFrom, dayFrom, to, daysTruncated: dayFrom > openDay };
}

/** Where counting starts: the earlier of the two rows. */
export const flowFrom = (w: FlowWindow) => Math.min(w.hourFrom, w.dayFrom ?? w.hourFrom);

export interface FlowBucket {
  start: Date;
  count: number;
}

/**
 * The rows, every bucket present (zeros included), oldest first, from per-hour counts (`hour` the instant the hour
 * begins; hours outside the window are ignored).
 */
export function flowBuckets(
  w: FlowWindow,
  perHour: Array<{ hour: number; count: number }>,
): { hourly: FlowBucket[]; daily: FlowBucket[] } {
  const byHour = new Map<number, number>();
  for (const { hour, count } of perHour) byHour.set(hour, (byHour.get(hour) ?? 0) + count);
  const hourly: FlowBucket[] = [];
  for (let h = w.hourFrom; h < w.to; h += HOUR)
    hourly.push({ start: new Date(h), count: byHour.get(h) ?? 0 });
  const daily: FlowBucket[] = [];
  if (w.dayFrom !== null) {
    const days = new Map<number, number>();
    for (const [hour, count] of byHour) {
      if (hour < w.dayFrom || hour >= w.to) continue;
      const day = beijingDayStart(hour);
      days.set(day, (days.get(day) ?? 0) + count);
    }
    for (let d = w.dayFrom; d < w.to; d += DAY) daily.push({ start: new Date(d), count: days.get(d) ?? 0 });
  }
  return { hourly, daily };
}

/**
 * The round's per-hour counts and its total, with parameters (task, from, to, round): over the (task, author,
 * created_at) index — the public's opinions are the task's only ones without an author — forced, as the planner may
 * otherwise take (task, point, created_at) and read every opinion of the point. The hour is the UTC hour as text
 * ('2026-12-07 10'), a Beijing hour 8 hours on; created_at is compared as TypeORM writes it (UTC, milliseconds).
 */
export function onlineFlowSql(mySql: boolean): { perHour: string; total: string } {
  const byAuthor = mySql ? 'FORCE INDEX (idx_opinion_author_newest)' : 'INDEXED BY idx_opinion_author_newest';
  const hour = mySql ? "DATE_FORMAT(o.created_at, '%Y-%m-%d %H')" : 'substr(o.created_at, 1, 13)';
  const where =
    'o.task_id = ? AND o.author_account_id IS NULL AND o.created_at >= ? AND o.created_at < ? AND o.activity_id = ?';
  return {
    perHour: `SELECT ${hour} AS bucket, COUNT(*) AS n FROM opinion o ${byAuthor} WHERE ${where} GROUP BY ${hour}`,
    total: `SELECT COUNT(*) AS n FROM opinion o ${byAuthor} WHERE ${where}`,
  };
}
