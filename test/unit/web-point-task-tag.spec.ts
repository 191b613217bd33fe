import { describe, expect, it } from '@jest/globals';
import { shownPointTaskState } from '../../apps/web/src/consultation/point-task-tag.js';

/** The executing body's 首页 names each round by its point's real state (a 2022 round no longer reads 征集中). */
describe("a round's state on the executing body's 首页", () => {
  it('is 已截止 for a round still in a collecting state once it takes no more opinions', () => {
    for (const state of ['RECEIVED', 'DISPATCHED', 'COLLECTING'])
      expect([state, shownPointTaskState(state, false)]).toEqual([state, 'DEADLINE_PASSED']);
  });

  it('is the state itself while the round takes opinions, and for every later state', () => {
    for (const state of ['RECEIVED', 'DISPATCHED', 'COLLECTING'])
      expect(shownPointTaskState(state, true)).toBe(state);
    for (const state of ['CONSOLIDATING', 'UNDER_REVIEW', 'SUBMITTED', 'FEEDBACK_RECEIVED', 'ARCHIVED'])
      expect(shownPointTaskState(state, false)).toBe(state);
  });
});
