import { describe, expect, it } from '@jest/globals';
import { PointTaskState as S } from './consultation.enums.js';
import { checkTransition, DISTRIBUTABLE_STATES, OPEN_STATES, TRANSITIONS } from './task-state-machine.js';

const ALL = Object.values(S);
const body = { isPointHead: false };

describe('a task’s life at a contact point', () => {
  it('walks the executing body’s own steps: 已接收 → 已分发 → 征集中 → 汇总中, and back to 征集中', () => {
    expect(checkTransition(S.RECEIVED, S.DISPATCHED, body)).toEqual({ ok: true });
    expect(checkTransition(S.DISPATCHED, S.COLLECTING, body)).toEqual({ ok: true });
    expect(checkTransition(S.COLLECTING, S.CONSOLIDATING, body)).toEqual({ ok: true });
    expect(checkTransition(S.CONSOLIDATING, S.COLLECTING, body)).toEqual({ ok: true });
    // Consolidation may start from any state that collects: a task distributed from the web stays 已分发.
    expect(checkTransition(S.RECEIVED, S.CONSOLIDATING, body)).toEqual({ ok: true });
    expect(checkTransition(S.DISPATCHED, S.CONSOLIDATING, body)).toEqual({ ok: true });
    expect(checkTransition(S.FEEDBACK_RECEIVED, S.ARCHIVED, body)).toEqual({ ok: true });
  });

  it('leaves review, submission and feedback to their operations, never to a bare transition', () => {
    for (const [from, to] of [
      [S.CONSOLIDATING, S.UNDER_REVIEW],
      [S.UNDER_REVIEW, S.CONSOLIDATING],
      [S.UNDER_REVIEW, S.SUBMITTED],
      [S.SUBMITTED, S.FEEDBACK_RECEIVED],
    ] as const) {
      const check = checkTransition(from, to, { isPointHead: true });
      expect(check).toMatchObject({ ok: false, reason: 'NOT_BY_HAND' });
    }
  });

  it('refuses every move the table does not list, naming the states it may move to', () => {
    let refused = 0;
    for (const from of ALL)
      for (const to of ALL) {
        if (TRANSITIONS[from].some((e) => e.to === to)) continue;
        const check = checkTransition(from, to, { isPointHead: true });
        expect(check).toMatchObject({ ok: false, reason: 'NOT_ALLOWED' });
        refused += 1;
      }
    expect(refused).toBe(ALL.length * ALL.length - Object.values(TRANSITIONS).flat().length);
    expect(checkTransition(S.RECEIVED, S.SUBMITTED, body)).toMatchObject({
      message: '任务当前为“已接收”，不能转为“已报送”（可转为：已分发、汇总中）',
    });
    expect(checkTransition(S.ARCHIVED, S.COLLECTING, body)).toMatchObject({
      message: expect.stringContaining('已是最终状态'),
    });
  });

  it('ends in 已归档, reachable from 已接收, with no way out', () => {
    const reached = new Set<S>([S.RECEIVED]);
    for (let grew = true; grew;) {
      grew = false;
      for (const from of [...reached])
        for (const { to } of TRANSITIONS[from])
          if (!reached.has(to)) {
            reached.add(to);
            grew = true;
          }
    }
    expect([...reached].sort()).toEqual([...ALL].sort());
    expect(TRANSITIONS[S.ARCHIVED]).toEqual([]);
  });

  it('keeps reminders and overdue flags on open states only, and distribution before consolidation', () => {
    expect(OPEN_STATES).not.toContain(S.SUBMITTED);
    expect(OPEN_STATES).not.toContain(S.ARCHIVED);
    expect(OPEN_STATES).toContain(S.UNDER_REVIEW);
    expect(DISTRIBUTABLE_STATES).toEqual([S.RECEIVED, S.DISPATCHED, S.COLLECTING]);
    for (const state of DISTRIBUTABLE_STATES) expect(OPEN_STATES).toContain(state);
  });
});
