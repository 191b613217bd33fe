import { describe, expect, it } from '@jest/globals';
import { pointTaskTag } from '../../apps/web/src/consultation/collection-status.js';

/** The executing body's 首页 names each round by its point's real state, not by the state alone (issue: 2022 征集中). */
describe("a round's tag on the executing body's 首页", () => {
  it('reads 已截止 for a round still in a collecting state once it takes no more opinions', () => {
    for (const state of ['RECEIVED', 'DISPATCHED', 'COLLECTING'] as const)
      expect([state, pointTaskTag({ state, acceptingOpinions: false }).label]).toEqual([state, '已截止']);
  });

  it('reads the state while the round takes opinions, and every later state by its name', () => {
    expect(pointTaskTag({ state: 'COLLECTING', acceptingOpinions: true }).label).toBe('征集中');
    expect(pointTaskTag({ state: 'DISPATCHED', acceptingOpinions: true }).label).toBe('已分发');
    expect(pointTaskTag({ state: 'CONSOLIDATING', acceptingOpinions: false }).label).toBe('汇总中');
    expect(pointTaskTag({ state: 'UNDER_REVIEW', acceptingOpinions: false }).label).toBe('审核中');
    expect(pointTaskTag({ state: 'SUBMITTED', acceptingOpinions: false }).label).toBe('已报送');
    expect(pointTaskTag({ state: 'FEEDBACK_RECEIVED', acceptingOpinions: false }).label).toBe(
      '已收到采纳反馈',
    );
  });
});
