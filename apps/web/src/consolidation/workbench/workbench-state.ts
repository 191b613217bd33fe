// What the 汇总工作台 says about where the task stands. Its tag is the point task's state, worded and coloured as on
// 首页 (pointTaskTag): the consolidation record is DRAFTING from the first day, while the point still collects, so its
// own status must not be the tag (汇总中 means the point has stopped collecting). The banner says why the table cannot
// be changed, in the words of the step it is at. Pure (no imports): unit-tested in test/unit.

export type TableStatus = 'DRAFTING' | 'PENDING_APPROVAL' | 'APPROVED' | 'SUBMITTED';

export interface WorkbenchBanner {
  text: string;
  /** The page where the next step (or the outcome) is read. */
  link: 'signoff' | 'outcomes';
  linkText: string;
}

/** The banner above a table that can no longer be changed, or null while it can (DRAFTING). */
export function workbenchBanner(
  tableStatus: TableStatus,
  pointState: string | null | undefined,
): WorkbenchBanner | null {
  if (pointState === 'FEEDBACK_RECEIVED' || pointState === 'ARCHIVED')
    return { text: '立法机关已反馈采纳情况，汇总表不能再修改', link: 'outcomes', linkText: '采纳反馈' };
  switch (tableStatus) {
    case 'DRAFTING':
      return null;
    case 'PENDING_APPROVAL':
      return { text: '汇总表已提交审核，内容暂不能修改', link: 'signoff', linkText: '审核与报送' };
    case 'APPROVED':
      return {
        text: '汇总表已审核通过，待报送立法机关，内容不能修改',
        link: 'signoff',
        linkText: '审核与报送',
      };
    case 'SUBMITTED':
      return { text: '汇总表已报送立法机关，内容不能修改', link: 'signoff', linkText: '审核与报送' };
  }
}
