import { registerEnumType } from '@nestjs/graphql';

/** The legislature's side of a task. */
export enum TaskStatus {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
}
registerEnumType(TaskStatus, {
  name: 'TaskStatus',
  description: '任务在立法机关一侧的状态',
  valuesMap: { DRAFT: { description: '草拟中，尚未发出' }, ISSUED: { description: '已发出' } },
});

/** A task's state at one contact point (see task-state-machine.ts). */
export enum PointTaskState {
  RECEIVED = 'RECEIVED',
  DISPATCHED = 'DISPATCHED',
  COLLECTING = 'COLLECTING',
  CONSOLIDATING = 'CONSOLIDATING',
  UNDER_REVIEW = 'UNDER_REVIEW',
  SUBMITTED = 'SUBMITTED',
  FEEDBACK_RECEIVED = 'FEEDBACK_RECEIVED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(PointTaskState, {
  name: 'PointTaskState',
  description: '任务在联系点的办理状态',
  valuesMap: {
    RECEIVED: { description: '已接收' },
    DISPATCHED: { description: '已分发' },
    COLLECTING: { description: '征集中' },
    CONSOLIDATING: { description: '汇总中' },
    UNDER_REVIEW: { description: '审核中' },
    SUBMITTED: { description: '已报送' },
    FEEDBACK_RECEIVED: { description: '已收到采纳反馈' },
    ARCHIVED: { description: '已归档' },
  },
});

export const STATE_LABELS: Record<PointTaskState, string> = {
  RECEIVED: '已接收',
  DISPATCHED: '已分发',
  COLLECTING: '征集中',
  CONSOLIDATING: '汇总中',
  UNDER_REVIEW: '审核中',
  SUBMITTED: '已报送',
  FEEDBACK_RECEIVED: '已收到采纳反馈',
  ARCHIVED: '已归档',
};

export enum AssigneeType {
  EXPERT = 'EXPERT',
  LIAISON_UNIT = 'LIAISON_UNIT',
  COLLECTOR = 'COLLECTOR',
}
registerEnumType(AssigneeType, {
  name: 'AssigneeType',
  description: '分发对象',
  valuesMap: {
    EXPERT: { description: '专家' },
    LIAISON_UNIT: { description: '联系单位/信息采集点（单位管理员和本单位采集员可见）' },
    COLLECTOR: { description: '采集员' },
  },
});

export enum NotificationKind {
  TASK_RECEIVED = 'TASK_RECEIVED',
  TASK_ASSIGNED = 'TASK_ASSIGNED',
  DUE_IN_3_DAYS = 'DUE_IN_3_DAYS',
  DUE_TOMORROW = 'DUE_TOMORROW',
  OVERDUE = 'OVERDUE',
  DEADLINE_EXTENDED = 'DEADLINE_EXTENDED',
  APPROVAL_REQUESTED = 'APPROVAL_REQUESTED',
  CONSOLIDATION_RETURNED = 'CONSOLIDATION_RETURNED',
  FEEDBACK_SUBMITTED = 'FEEDBACK_SUBMITTED',
  OUTCOME_PUBLISHED = 'OUTCOME_PUBLISHED',
  ROLE_GRANTED = 'ROLE_GRANTED',
  PASSWORD_RESET = 'PASSWORD_RESET',
  REMINDER = 'REMINDER',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: '通知类型',
  valuesMap: {
    TASK_RECEIVED: { description: '收到征求意见任务' },
    TASK_ASSIGNED: { description: '收到分发的任务' },
    DUE_IN_3_DAYS: { description: '3 天后截止' },
    DUE_TOMORROW: { description: '明天截止' },
    OVERDUE: { description: '已逾期' },
    DEADLINE_EXTENDED: { description: '截止时间已延长' },
    APPROVAL_REQUESTED: { description: '汇总表待审核' },
    CONSOLIDATION_RETURNED: { description: '汇总表被退回修改' },
    FEEDBACK_SUBMITTED: { description: '联系点已报送意见建议汇总表' },
    OUTCOME_PUBLISHED: { description: '意见采纳情况已反馈' },
    ROLE_GRANTED: { description: '本联系点有人被授予了角色' },
    PASSWORD_RESET: { description: '本账号的密码被他人重置' },
    REMINDER: { description: '执行机构的催办提醒' },
  },
});

/** Which organisation record an assignee id names (OrganizationService.mustFind's kind). */
export const ASSIGNEE_KIND = {
  [AssigneeType.EXPERT]: 'expert',
  [AssigneeType.LIAISON_UNIT]: 'liaisonUnit',
  [AssigneeType.COLLECTOR]: 'collector',
} as const;
