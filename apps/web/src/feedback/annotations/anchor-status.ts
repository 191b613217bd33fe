// How an annotation stands after a new version of the draft arrived (the API's anchorStatus), in Chinese.
export const ANCHOR_STATUS_LABELS: Record<string, { label: string; color: string }> = {
  ANCHORED: { label: '已定位', color: 'green' },
  MOVED: { label: '已移动', color: 'blue' },
  ORPHANED: { label: '未能定位', color: 'red' },
};

export function anchorStatusOf(status: string | null | undefined): { label: string; color: string } | null {
  return status ? (ANCHOR_STATUS_LABELS[status] ?? { label: status, color: 'default' }) : null;
}
