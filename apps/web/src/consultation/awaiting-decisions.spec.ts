import { describe, expect, it } from '@jest/globals';
import { awaitingDecisionsText } from './awaiting-decisions';

describe('首页’s 待反馈采纳情况 mark', () => {
  it('names what is still owed: 待反馈, 研究中 or both', () => {
    expect(awaitingDecisionsText(3, 0)).toBe('待反馈采纳情况（3 条待反馈）');
    expect(awaitingDecisionsText(3, 2)).toBe('待反馈采纳情况（3 条待反馈，2 条研究中）');
    // Every suggestion answered 研究中: the legislature still owes a final decision, so the mark stays.
    expect(awaitingDecisionsText(0, 2)).toBe('待反馈采纳情况（2 条研究中）');
  });

  it('goes once everything has a final answer, or for someone not told (null)', () => {
    expect(awaitingDecisionsText(0, 0)).toBeNull();
    expect(awaitingDecisionsText(null, null)).toBeNull();
  });
});
