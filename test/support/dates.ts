// Dates relative to the day a spec starts, for tasks whose deadline must lie within MAX_DEADLINE_DAYS (366) of now.
// Read once, when the spec loads: a run crossing Beijing midnight keeps the same days throughout.

const STARTED = Date.now();
const DAY_MS = 86_400_000;

/** The Beijing calendar day `days` after the spec started, YYYY-MM-DD. */
export const dayIn = (days: number): string =>
  new Date(STARTED + days * DAY_MS + 8 * 3600_000).toISOString().slice(0, 10);

/** An instant on that day, Beijing time, as an input: `${dayIn(days)}T${time}+08:00`. */
export const atIn = (days: number, time = '23:59:59'): string => `${dayIn(days)}T${time}+08:00`;

/** That instant as the API answers it (UTC, milliseconds). */
export const utcIn = (days: number, time = '23:59:59'): string => new Date(atIn(days, time)).toISOString();

/** A deadline far ahead yet within a task's reach (MAX_DEADLINE_DAYS): the end of the day 300 days on. */
export const FAR_DEADLINE_DAYS = 300;
export const FAR_DEADLINE = atIn(FAR_DEADLINE_DAYS);
/** An assignee's due date eleven days before FAR_DEADLINE (as 12-20 before 12-31). */
export const FAR_DUE = atIn(FAR_DEADLINE_DAYS - 11);
