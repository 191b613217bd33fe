import { describe, expect, it } from '@jest/globals';
import { activityDateRange } from '../../apps/web/src/feedback/activity-dates.js';

/** The activity form's date picker offers exactly the days recordCollectionActivity accepts (ActivityService.record). */
describe('the days an activity may be held on', () => {
  const now = new Date('2026-12-05T02:00:00Z'); // 10:00 in Beijing
  it('starts at the earliest of the notice date, the issue day and the day the point received the task', () => {
    expect(
      activityDateRange(
        {
          issueDate: '2026-11-28',
          issuedAt: '2026-11-24T17:30:00Z', // 11-25 01:30 in Beijing
          pointTasks: [{ receivedAt: '2026-11-26T01:00:00Z', effectiveDeadline: '2026-12-19T15:59:59Z' }],
        },
        now,
      ),
    ).toEqual({ min: '2026-11-25', max: '2026-12-05' });
  });
  it('ends at the point’s deadline once it has passed, else today (in Beijing)', () => {
    expect(
      activityDateRange(
        { issueDate: null, issuedAt: null, pointTasks: [{ effectiveDeadline: '2026-12-01T15:59:59Z' }] },
        now,
      ),
    ).toEqual({ min: undefined, max: '2026-12-01' });
    expect(
      activityDateRange(
        { issueDate: '2026-11-01', pointTasks: [{ effectiveDeadline: '2026-12-19T15:59:59Z' }] },
        new Date('2026-12-05T16:30:00Z'), // already 12-06 in Beijing
      ).max,
    ).toBe('2026-12-06');
  });
});
