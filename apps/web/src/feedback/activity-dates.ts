// The dates a collection activity may be held on, as recordCollectionActivity allows them (ActivityService.record in
// libs/feedback): not before the task reached the point — the earliest of the notice's date, the day it was issued and
// the day the point received it (DATE_BEFORE_ISSUE) — and not after today (DATE_IN_FUTURE) nor the point's deadline,
// an extension included (DATE_AFTER_DEADLINE). Days are Beijing days. Pure (no imports): unit-tested in test/unit.

const beijingDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });

/** An instant's day in Beijing as YYYY-MM-DD. */
export function beijingDate(at: string | number | Date): string {
  return beijingDay.format(new Date(at));
}

export interface ActivityDateFacts {
  /** The notice's own date (YYYY-MM-DD). */
  issueDate?: string | null;
  /** When the legislature issued the task. */
  issuedAt?: string | null;
  /** The caller's point(s): when each received the task, and its deadline. */
  pointTasks: ReadonlyArray<{ receivedAt?: string | null; effectiveDeadline: string }>;
}

/** The picker's bounds (YYYY-MM-DD): `min` absent when the API names no start. */
export function activityDateRange(
  facts: ActivityDateFacts,
  now: Date = new Date(),
): { min?: string; max: string } {
  const starts = [
    facts.issueDate ?? null,
    facts.issuedAt ? beijingDate(facts.issuedAt) : null,
    ...facts.pointTasks.map((p) => (p.receivedAt ? beijingDate(p.receivedAt) : null)),
  ].filter((d): d is string => !!d);
  const today = beijingDate(now);
  // A person of one point sees one point task; were there several, the latest deadline (the API checks the right one).
  const deadlines = facts.pointTasks.map((p) => beijingDate(p.effectiveDeadline)).sort();
  const closes = deadlines[deadlines.length - 1];
  return {
    min: starts.sort()[0],
    max: closes && closes < today ? closes : today,
  };
}
