// Where a notification takes its reader: the page where the thing it announces is seen or done, not always the draft.
// `采纳情况已反馈` said "详情见意见的“采纳情况”" and opened the draft reader, where no outcome is shown; the legislature's
// `已报送意见建议汇总表` opened the draft instead of the tables it received. Pure (no imports): tested in test/unit.

/** The parts of a person's roles that decide where a notification leads. */
export interface NotificationReader {
  /** 点长, 副点长 or 联络员 of a point. */
  executive: boolean;
  /** 联系单位管理员. */
  unitAdmin: boolean;
  /** 立法机关工作人员. */
  legislature: boolean;
}

/** The app's path for a notification of `kind` about `taskId`, or null when it concerns no task. */
export function notificationLink(
  kind: string | null | undefined,
  taskId: string | null | undefined,
  reader: NotificationReader,
): string | null {
  if (!taskId) return null;
  const task = `/tasks/${taskId}`;
  switch (kind) {
    case 'OUTCOME_PUBLISHED':
      // The executing body reads the outcomes of what it sent; a unit's administrator the unit's opinions; a
      // collector (or expert) their own opinions, each with its outcome and reason.
      if (reader.executive) return `${task}/outcomes`;
      if (reader.unitAdmin) return `/unit?task=${encodeURIComponent(taskId)}`;
      return `/opinions?task=${encodeURIComponent(taskId)}`;
    case 'FEEDBACK_SUBMITTED':
      return reader.legislature ? `${task}/received` : task;
    case 'APPROVAL_REQUESTED':
      return reader.executive ? `${task}/signoff` : task;
    case 'CONSOLIDATION_RETURNED':
      return reader.executive ? `${task}/consolidation` : task;
    case 'TASK_RECEIVED':
      return reader.executive ? `${task}/distribution` : task;
    default:
      return task;
  }
}
