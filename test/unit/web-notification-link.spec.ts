import { describe, expect, it } from '@jest/globals';
import { notificationLink } from '../../apps/web/src/notifications/notification-link.js';

const collector = { executive: false, unitAdmin: false, legislature: false };
const executive = { executive: true, unitAdmin: false, legislature: false };
const unitAdmin = { executive: false, unitAdmin: true, legislature: false };
const legislature = { executive: false, unitAdmin: false, legislature: true };

/** A notification opens the page where what it announces is seen (the draft reader showed no outcome at all). */
describe('where a notification leads', () => {
  it('takes 采纳情况已反馈 to the outcomes: my opinions, the unit, the executing body', () => {
    expect(notificationLink('OUTCOME_PUBLISHED', 't1', collector)).toBe('/opinions?task=t1');
    expect(notificationLink('OUTCOME_PUBLISHED', 't1', unitAdmin)).toBe('/unit?task=t1');
    expect(notificationLink('OUTCOME_PUBLISHED', 't1', executive)).toBe('/tasks/t1/outcomes');
  });

  it("takes the legislature to the tables received and the executing body to its step's page", () => {
    expect(notificationLink('FEEDBACK_SUBMITTED', 't1', legislature)).toBe('/tasks/t1/received');
    expect(notificationLink('APPROVAL_REQUESTED', 't1', executive)).toBe('/tasks/t1/signoff');
    expect(notificationLink('CONSOLIDATION_RETURNED', 't1', executive)).toBe('/tasks/t1/consolidation');
    expect(notificationLink('TASK_RECEIVED', 't1', executive)).toBe('/tasks/t1/distribution');
  });

  it('keeps the draft for work to do on it, and nothing without a task', () => {
    for (const kind of [
      'TASK_ASSIGNED',
      'DUE_TOMORROW',
      'DUE_IN_3_DAYS',
      'OVERDUE',
      'REMINDER',
      'DEADLINE_EXTENDED',
    ])
      expect(notificationLink(kind, 't1', collector)).toBe('/tasks/t1');
    expect(notificationLink('ROLE_GRANTED', null, executive)).toBeNull();
  });
});
