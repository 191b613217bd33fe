import { PointTaskState, STATE_LABELS } from './consultation.enums.js';

/**
 * A task's life at a contact point. Each state has the states it may move to, and who moves it there. Later steps
 * (submission, feedback) are driven by their own operations, not by a bare transition: those edges are `system`.
 */
export type TransitionActor = 'executing-body' | 'point-head' | 'system';

interface Edge {
  to: PointTaskState;
  by: TransitionActor;
}

const S = PointTaskState;

export const TRANSITIONS: Record<PointTaskState, readonly Edge[]> = {
  // A point takes opinions from 已接收 on (the executing body's own, its experts'), whether or not anyone marked the
  // task 征集中: consolidation may start from any of the three. The workbench offers no 征集中 step, so a task
  // distributed from the web stays 已分发 while it collects, and 提交审核 must be able to move it on.
  [S.RECEIVED]: [
    { to: S.DISPATCHED, by: 'executing-body' },
    { to: S.CONSOLIDATING, by: 'executing-body' },
  ],
  [S.DISPATCHED]: [
    { to: S.COLLECTING, by: 'executing-body' },
    { to: S.CONSOLIDATING, by: 'executing-body' },
  ],
  [S.COLLECTING]: [{ to: S.CONSOLIDATING, by: 'executing-body' }],
  // Review is entered and left through the consolidation's sign-off (requestConsolidationApproval,
  // returnConsolidation), which checks that nothing is lost and who may approve: never by a bare transition.
  [S.CONSOLIDATING]: [
    { to: S.UNDER_REVIEW, by: 'system' },
    { to: S.COLLECTING, by: 'executing-body' },
  ],
  [S.UNDER_REVIEW]: [
    { to: S.CONSOLIDATING, by: 'system' },
    { to: S.SUBMITTED, by: 'system' },
  ],
  [S.SUBMITTED]: [{ to: S.FEEDBACK_RECEIVED, by: 'system' }],
  [S.FEEDBACK_RECEIVED]: [{ to: S.ARCHIVED, by: 'executing-body' }],
  [S.ARCHIVED]: [],
};

export type TransitionCheck =
  { ok: true } | { ok: false; reason: 'NOT_ALLOWED' | 'NEEDS_POINT_HEAD' | 'NOT_BY_HAND'; message: string };

/** May `actor` move a task from `from` to `to`? A plain function of the table above. */
export function checkTransition(
  from: PointTaskState,
  to: PointTaskState,
  actor: { isPointHead: boolean },
): TransitionCheck {
  const edge = TRANSITIONS[from].find((e) => e.to === to);
  if (!edge) {
    const allowed = TRANSITIONS[from].map((e) => STATE_LABELS[e.to]);
    return {
      ok: false,
      reason: 'NOT_ALLOWED',
      message: `任务当前为“${STATE_LABELS[from]}”，不能转为“${STATE_LABELS[to]}”${allowed.length ? `（可转为：${allowed.join('、')}）` : '（已是最终状态）'}`,
    };
  }
  if (edge.by === 'system') {
    return {
      ok: false,
      reason: 'NOT_BY_HAND',
      message: `“${STATE_LABELS[to]}”由相应的业务操作完成（提交审核、退回、报送或立法机关反馈），不能直接设置`,
    };
  }
  if (edge.by === 'point-head' && !actor.isPointHead) {
    return {
      ok: false,
      reason: 'NEEDS_POINT_HEAD',
      message: `只有点长可以把“${STATE_LABELS[from]}”的任务退回“${STATE_LABELS[to]}”`,
    };
  }
  return { ok: true };
}

/** States in which the point still works on the task (reminders and overdue flags apply). */
export const OPEN_STATES: readonly PointTaskState[] = [
  S.RECEIVED,
  S.DISPATCHED,
  S.COLLECTING,
  S.CONSOLIDATING,
  S.UNDER_REVIEW,
];

/** States in which the task may still be distributed. */
export const DISTRIBUTABLE_STATES: readonly PointTaskState[] = [S.RECEIVED, S.DISPATCHED, S.COLLECTING];
