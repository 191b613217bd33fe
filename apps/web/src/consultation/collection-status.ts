// Whether a collector may still add opinions to a task, as the API says (PointTask.acceptingOpinions: collecting and
// before the deadline), and the words for a task that no longer takes them. Remembered on the device per task, so the
// opinion form opened without a network still refuses to queue an opinion the server would refuse later.
import { POINT_TASK_STATE_LABELS } from '../common/labels';
import type { PointTaskState } from '../gql/graphql';
import { shownPointTaskState } from './point-task-tag';
import { stillOpen } from './remembered-deadline';

export interface CollectionStatus {
  state: PointTaskState;
  acceptingOpinions: boolean;
  /** The point's deadline, extensions included: past it, a remembered "open" no longer holds. */
  effectiveDeadline?: string | null;
  /**
   * The point's switch (ContactPoint.active), where the query reads it: a switched-off point (停用, 动态调整) takes
   * nothing new by any channel (TaskService.assertPointActive), and the words say so rather than "past the deadline".
   */
  contactPoint?: { active: boolean } | null;
}

const switchedOff = (status: CollectionStatus): boolean => status.contactPoint?.active === false;
/**
 * Switched off while it still collected: that is why it takes nothing. Once it consolidated or submitted, its state
 * says more (汇总中, 已报送, 已收到采纳反馈…) and stays the word shown.
 */
const stoppedBySwitch = (status: CollectionStatus): boolean =>
  switchedOff(status) && COLLECTING_STATES.includes(status.state);

const SUBMITTED_STATES: PointTaskState[] = ['SUBMITTED', 'FEEDBACK_RECEIVED', 'ARCHIVED'];
const CONSOLIDATING_STATES: PointTaskState[] = ['CONSOLIDATING', 'UNDER_REVIEW'];
/** The states in which authors may still withdraw what they recorded (the API's EDITABLE_STATES). */
const COLLECTING_STATES: PointTaskState[] = ['RECEIVED', 'DISPATCHED', 'COLLECTING'];

/**
 * The short tag for a task that no longer takes opinions, or null while it does. Once submitted it is the point task's
 * own state (已报送, 已收到采纳反馈, 已归档), as the executing body reads it: a collector learns the feedback arrived.
 */
export function closedTag(status: CollectionStatus): string | null {
  if (status.acceptingOpinions) return null;
  if (stoppedBySwitch(status)) return '已停用';
  if (SUBMITTED_STATES.includes(status.state)) return POINT_TASK_STATE_LABELS[status.state];
  if (CONSOLIDATING_STATES.includes(status.state)) return '已停止征集';
  return '已截止';
}

/**
 * Why the point's 网上征集 links take nothing more, in a word (closedTag's: 已停用 first), or null while they take
 * opinions: what the public link answers (OnlineCollectionService.assertOpen), which refuses a switched-off point
 * (动态调整) first, whatever its task's state.
 */
export function onlineStoppedTag(status: CollectionStatus): string | null {
  return switchedOff(status) ? '已停用' : closedTag(status);
}

/** Why no 网上征集 may be opened now (openOnlineCollection's refusals), or null while one may. */
export function onlineClosedReason(status: CollectionStatus): string | null {
  if (switchedOff(status)) return '本联系点已停用，不能开放网上征集。';
  return closedReason(status);
}

/** The colour of closedTag's tag: the point task's state colour once submitted, grey before. */
export function closedTagColor(status: CollectionStatus): string {
  return SUBMITTED_STATES.includes(status.state) ? STATE_COLORS[status.state] : 'default';
}

/** The sentence that says why 提出意见 is not offered. */
export function closedReason(status: CollectionStatus): string | null {
  if (status.acceptingOpinions) return null;
  if (stoppedBySwitch(status)) return '本联系点已停用，本任务不再接收新的意见；已提交的意见仍保留。';
  if (SUBMITTED_STATES.includes(status.state)) return '本联系点已报送汇总意见，本任务不再接收新的意见。';
  if (CONSOLIDATING_STATES.includes(status.state))
    return '本联系点已停止征集、开始汇总，本任务不再接收新的意见。';
  return '已过截止时间，本任务不再接收新的意见；如需延期，请联系本联系点。';
}


/** May authors still withdraw an opinion or annotation (until consolidation starts, the deadline notwithstanding)? */
export function withdrawable(status: CollectionStatus | null): boolean {
  return !status || COLLECTING_STATES.includes(status.state);
}

/**
 * Why new annotations and replies (and edits of annotations) are not offered, or null while they are: the API takes
 * them on submitOpinion's rule (collecting, before the deadline). Past the deadline an annotation can still be
 * withdrawn until consolidation starts.
 */
export function annotationsClosedReason(status: CollectionStatus | null): string | null {
  if (!status || status.acceptingOpinions) return null;
  if (stoppedBySwitch(status)) return '本联系点已停用，不能再新增或修改批注和回复；自己的批注仍可撤回。';
  if (SUBMITTED_STATES.includes(status.state)) return '本联系点已报送汇总意见，不能再新增或修改批注和回复。';
  if (CONSOLIDATING_STATES.includes(status.state))
    return '本联系点已停止征集、开始汇总，不能再新增或修改批注和回复。';
  return '已截止：已过截止时间，不能再新增或修改批注和回复；自己的批注仍可撤回。';
}

/**
 * Why 登记征集活动 is not offered, or null while it is (the API's ActivityService rule): anyone holding the task while
 * the point takes opinions; afterwards the executing body, until its table is submitted, for an activity held in time.
 */
export function activitiesClosedReason(status: CollectionStatus | null, executive: boolean): string | null {
  if (!status || status.acceptingOpinions) return null;
  if (stoppedBySwitch(status)) return '本联系点已停用，不能再登记征集活动。';
  if (SUBMITTED_STATES.includes(status.state)) return '本联系点已报送汇总意见，不能再登记征集活动。';
  if (executive) return null;
  if (CONSOLIDATING_STATES.includes(status.state))
    return '本联系点已停止征集、开始汇总，不能再登记征集活动；截止前举办的活动请联系执行机构补登。';
  return '已截止：已过截止时间，不能再登记征集活动；截止前举办的活动请联系执行机构补登。';
}

const STATE_COLORS: Record<PointTaskState, string> = {
  RECEIVED: 'geekblue',
  DISPATCHED: 'geekblue',
  COLLECTING: 'geekblue',
  CONSOLIDATING: 'orange',
  UNDER_REVIEW: 'orange',
  SUBMITTED: 'green',
  FEEDBACK_RECEIVED: 'purple', // antd's cyan tag falls short of WCAG contrast (axe)
  ARCHIVED: 'default',
};

/** The point task's tag on 首页 (see point-task-tag.ts): 已截止 for a collecting state past its deadline. */
export function pointTaskTag(status: CollectionStatus): { label: string; color: string } {
  if (!status.acceptingOpinions && stoppedBySwitch(status)) return { label: '已停用', color: 'default' };
  const shown = shownPointTaskState(status.state, status.acceptingOpinions);
  if (shown === 'DEADLINE_PASSED') return { label: '已截止', color: 'default' };
  return { label: POINT_TASK_STATE_LABELS[shown], color: STATE_COLORS[shown] };
}

/** Of the point tasks the caller sees, is any still open? Unknown (null) when none is visible. */
export function anyAccepting<T extends CollectionStatus>(pointTasks: readonly T[]): T | null {
  if (!pointTasks.length) return null;
  return pointTasks.find((p) => p.acceptingOpinions) ?? pointTasks[0];
}

const STORAGE_KEY = 'minyi-collection-status';

function readAll(): Record<string, CollectionStatus> {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, CollectionStatus>;
  } catch {
    return {};
  }
}

/** Keeps what the server last said about a task, for the offline form. */
export function rememberStatus(taskId: string, status: CollectionStatus | null): void {
  if (!status) return;
  try {
    const all = readAll();
    const before = all[taskId];
    const effectiveDeadline = status.effectiveDeadline ?? null;
    // The point's switch too: offline, the form then says why (已停用) rather than "past the deadline".
    const contactPoint = status.contactPoint ? { active: status.contactPoint.active } : null;
    if (
      before?.state === status.state &&
      before.acceptingOpinions === status.acceptingOpinions &&
      (before.effectiveDeadline ?? null) === effectiveDeadline &&
      (before.contactPoint?.active ?? null) === (contactPoint?.active ?? null)
    )
      return;
    all[taskId] = {
      state: status.state,
      acceptingOpinions: status.acceptingOpinions,
      effectiveDeadline,
      contactPoint,
    };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(all));
  } catch {
    // Storage full or blocked: the server still refuses, only later.
  }
}

/** What the server last said, closed once the deadline it named has passed (the phone may be offline since). */
export function rememberedStatus(taskId: string, now = Date.now()): CollectionStatus | null {
  const status = readAll()[taskId];
  if (!status) return null;
  return { ...status, acceptingOpinions: stillOpen(status.acceptingOpinions, status.effectiveDeadline, now) };
}
