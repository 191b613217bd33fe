import { BadInputError, chinaDate } from '@app/common';

/** China Standard Time has no daylight saving: a fixed +08:00. */
const CST_OFFSET_MS = 8 * 3600_000;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A deadline as the API accepts it: a date (YYYY-MM-DD) means the end of that day in China Standard Time, whatever the
 * server's time zone; a date-time must carry its offset (Z or ±hh:mm), since a bare local time is ambiguous.
 */
export function parseDeadline(value: string, field: string): Date {
  const trimmed = value.trim();
  const date = DATE_ONLY.exec(trimmed);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    // 23:59:59 exactly: MySQL DATETIME keeps whole seconds, and both engines must read back the same instant.
    const endOfDayUtc = Date.UTC(y, m - 1, d, 23, 59, 59) - CST_OFFSET_MS;
    const check = new Date(Date.UTC(y, m - 1, d));
    if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
      throw BadInputError.field(field, `${trimmed} 不是有效日期`, 'INVALID_DATE');
    }
    return new Date(endOfDayUtc);
  }
  if (WITH_OFFSET.test(trimmed)) {
    const parsed = new Date(trimmed);
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  throw BadInputError.field(
    field,
    `时间格式不正确：请使用日期（如 2026-12-15，表示北京时间当天 24 时前）或带时区的时间（如 2026-12-15T17:00:00+08:00）`,
    'INVALID_DATE',
  );
}

/** The instant as China Standard Time, for messages: 2026-12-15 23:59. */
export function formatChinaTime(at: Date): string {
  return new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The furthest an extension may reach: this many days after the later of now and the deadline it extends (a year,
 * leap day included). 9999-12-31 is a typo or a way to keep a task open forever, not an extension.
 */
export const MAX_EXTENSION_DAYS = 366;

/** Refuses an extended deadline more than MAX_EXTENSION_DAYS days after max(now, current deadline). */
export function assertExtensionWithinReach(deadline: Date, current: Date, now: Date, field: string): void {
  const from = Math.max(now.getTime(), current.getTime());
  if (deadline.getTime() - from > MAX_EXTENSION_DAYS * 86_400_000) {
    throw BadInputError.field(
      field,
      `延长后的截止时间不能晚于原截止时间（或今天）之后 ${MAX_EXTENSION_DAYS} 天，请核对`,
      'DEADLINE_TOO_FAR',
    );
  }
}

/**
 * The furthest a task's deadline may be set when it is drafted or issued: this many days after now — the same reach
 * as an extension (MAX_EXTENSION_DAYS), so a 9999 deadline cannot keep a point collecting around the extension's cap.
 */
export const MAX_DEADLINE_DAYS = MAX_EXTENSION_DAYS;

/**
 * How long before the day a task is drafted or issued (Beijing calendar) its notice may be dated (通知落款日期): a
 * notice signed a few weeks before it is sent is ordinary, one dated years back would open the collection before the
 * task existed (an opinion's 征集日期 is judged against it: DATE_BEFORE_ISSUE) and move the task out of its year's
 * adoption ledger.
 */
export const MAX_ISSUE_DATE_AGE_DAYS = 90;

const DAY_MS = 86_400_000;

/** Refuses a deadline more than MAX_DEADLINE_DAYS days after now. */
export function deadlineBeyondReach(deadline: Date, now: Date): { code: string; message: string } | null {
  if (deadline.getTime() - now.getTime() <= MAX_DEADLINE_DAYS * DAY_MS) return null;
  return {
    code: 'DEADLINE_TOO_FAR',
    message: `截止时间 ${formatChinaTime(deadline)} 距今超过 ${MAX_DEADLINE_DAYS} 天，请核对（征求意见期限最长 ${MAX_DEADLINE_DAYS} 天）`,
  };
}

/**
 * What is wrong with a notice's date, or null: it may not be after the deadline's day (Beijing), nor after today, nor
 * more than MAX_ISSUE_DATE_AGE_DAYS days before today — today being the day the task is drafted or issued.
 */
export function issueDateProblem(
  issueDate: string,
  deadline: Date,
  now: Date,
): { code: string; message: string } | null {
  const today = chinaDate(now);
  const deadlineDay = chinaDate(deadline);
  const earliest = chinaDate(new Date(now.getTime() - MAX_ISSUE_DATE_AGE_DAYS * DAY_MS));
  if (issueDate > deadlineDay)
    return {
      code: 'ISSUE_DATE_AFTER_DEADLINE',
      message: `通知落款日期 ${issueDate} 晚于截止日期 ${deadlineDay}，请核对`,
    };
  if (issueDate > today)
    return {
      code: 'ISSUE_DATE_IN_FUTURE',
      message: `通知落款日期 ${issueDate} 晚于今天（${today}），请填写通知实际落款的日期`,
    };
  if (issueDate < earliest)
    return {
      code: 'ISSUE_DATE_TOO_EARLY',
      message: `通知落款日期 ${issueDate} 早于今天（${today}）${MAX_ISSUE_DATE_AGE_DAYS} 天以上，请核对（最早 ${earliest}）`,
    };
  return null;
}
