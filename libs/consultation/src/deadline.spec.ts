import { describe, expect, it } from '@jest/globals';
import { BadInputError } from '@app/common';
import { NotificationKind } from './consultation.enums.js';
import {
  assertExtensionWithinReach,
  deadlineBeyondReach,
  formatChinaTime,
  issueDateProblem,
  MAX_DEADLINE_DAYS,
  MAX_EXTENSION_DAYS,
  MAX_ISSUE_DATE_AGE_DAYS,
  parseDeadline,
} from './deadline.js';
import { reminderFor } from './reminder.service.js';

const DAY = 86_400_000;

describe('deadlines', () => {
  it('reads a date as the end of that day in Beijing, whatever the server’s zone', () => {
    const d = parseDeadline('2026-12-15', 'input.deadline');
    expect(d.toISOString()).toBe('2026-12-15T15:59:59.000Z');
    expect(formatChinaTime(d)).toBe('2026-12-15 23:59');
    expect(parseDeadline(' 2026-02-28 ', 'f').toISOString()).toBe('2026-02-28T15:59:59.000Z');
  });

  it('takes a date-time only with its offset', () => {
    expect(parseDeadline('2026-12-15T17:00:00+08:00', 'f').toISOString()).toBe('2026-12-15T09:00:00.000Z');
    expect(parseDeadline('2026-12-15T09:00Z', 'f').toISOString()).toBe('2026-12-15T09:00:00.000Z');
    for (const bad of ['2026-12-15T17:00:00', '15/12/2026', '2026-12-15 17:00', '', 'tomorrow']) {
      expect(() => parseDeadline(bad, 'input.deadline')).toThrow(BadInputError);
    }
  });

  it('refuses dates that do not exist, on the field named', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-00-10']) {
      try {
        parseDeadline(bad, 'input.deadline');
        throw new Error(`accepted ${bad}`);
      } catch (error) {
        expect(error).toBeInstanceOf(BadInputError);
        expect((error as BadInputError).reason).toBe('INVALID_DATE');
        expect((error as BadInputError).details.fields).toEqual([
          { field: 'input.deadline', message: `${bad} 不是有效日期` },
        ]);
      }
    }
    expect(parseDeadline('2028-02-29', 'f').toISOString()).toBe('2028-02-29T15:59:59.000Z');
  });

  it(`extends at most ${MAX_EXTENSION_DAYS} days past the later of now and the current deadline`, () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const current = new Date('2026-12-15T15:59:59Z');
    const limit = new Date(current.getTime() + MAX_EXTENSION_DAYS * DAY);
    expect(() => assertExtensionWithinReach(limit, current, now, 'f')).not.toThrow();
    expect(() => assertExtensionWithinReach(new Date(limit.getTime() + 1000), current, now, 'f')).toThrow(
      expect.objectContaining({ reason: 'DEADLINE_TOO_FAR' }),
    );
    // A deadline long past: the reach counts from now.
    const past = new Date('2020-01-01T00:00:00Z');
    expect(() =>
      assertExtensionWithinReach(new Date(now.getTime() + MAX_EXTENSION_DAYS * DAY), past, now, 'f'),
    ).not.toThrow();
    expect(() => assertExtensionWithinReach(new Date('9999-12-31T00:00:00Z'), current, now, 'f')).toThrow(
      BadInputError,
    );
  });

  it(`sets a deadline at most ${MAX_DEADLINE_DAYS} days ahead, the extension's reach`, () => {
    expect(MAX_DEADLINE_DAYS).toBe(MAX_EXTENSION_DAYS);
    const now = new Date('2026-12-01T02:00:00Z');
    expect(deadlineBeyondReach(new Date(now.getTime() + MAX_DEADLINE_DAYS * DAY), now)).toBeNull();
    expect(deadlineBeyondReach(new Date(now.getTime() + MAX_DEADLINE_DAYS * DAY + 1000), now)?.code).toBe(
      'DEADLINE_TOO_FAR',
    );
    expect(deadlineBeyondReach(new Date('9999-12-30T15:59:59Z'), now)?.code).toBe('DEADLINE_TOO_FAR');
  });

  it(`dates a notice on or before today (Beijing), at most ${MAX_ISSUE_DATE_AGE_DAYS} days back, not after the deadline's day`, () => {
    // 2026-12-01 01:00 in Beijing (still 11-30 in UTC): today is 12-01.
    const now = new Date('2026-11-30T17:00:00Z');
    const deadline = new Date('2026-12-15T15:59:59Z');
    const problem = (date: string, d = deadline) => issueDateProblem(date, d, now)?.code ?? null;
    expect(problem('2026-12-01')).toBeNull();
    expect(problem('2026-09-02')).toBeNull(); // 90 days back
    expect(problem('2026-09-01')).toBe('ISSUE_DATE_TOO_EARLY');
    expect(problem('1900-01-01')).toBe('ISSUE_DATE_TOO_EARLY');
    expect(problem('2026-12-02')).toBe('ISSUE_DATE_IN_FUTURE');
    expect(problem('2030-01-01', new Date('2027-06-30T15:59:59Z'))).toBe('ISSUE_DATE_AFTER_DEADLINE');
    // A deadline at 10:00 Beijing today: the notice may still be dated today.
    expect(problem('2026-12-01', new Date('2026-12-01T02:00:00Z'))).toBeNull();
    expect(issueDateProblem('2026-09-01', deadline, now)?.message).toBe(
      `通知落款日期 2026-09-01 早于今天（2026-12-01）${MAX_ISSUE_DATE_AGE_DAYS} 天以上，请核对（最早 2026-09-02）`,
    );
  });

  it('reminds 3 days ahead, the day before (Beijing calendar), and for a week after the deadline', () => {
    const due = parseDeadline('2026-12-15', 'f'); // 2026-12-15 23:59:59 +08:00
    const at = (iso: string) => reminderFor(due, new Date(iso));
    expect(at('2026-12-11T12:00:00+08:00')).toBeNull();
    expect(at('2026-12-13T12:00:00+08:00')).toBe(NotificationKind.DUE_IN_3_DAYS);
    expect(at('2026-12-14T00:00:00+08:00')).toBe(NotificationKind.DUE_TOMORROW);
    expect(at('2026-12-15T23:59:58+08:00')).toBe(NotificationKind.DUE_TOMORROW);
    expect(at('2026-12-16T00:00:00+08:00')).toBe(NotificationKind.OVERDUE);
    expect(at('2026-12-22T23:59:00+08:00')).toBe(NotificationKind.OVERDUE);
    expect(at('2026-12-23T00:00:00+08:00')).toBeNull();
  });
});
