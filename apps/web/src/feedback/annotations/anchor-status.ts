// How an annotation stands after a new version of the draft arrived (the API's anchorStatus), in Chinese.
import { TAG_STYLES, type TagTone } from '../../drafts/compare/compare-labels';

export const ANCHOR_STATUS_LABELS: Record<string, { label: string; tone: TagTone }> = {
  ANCHORED: { label: '已定位', tone: 'green' },
  MOVED: { label: '已移动', tone: 'blue' },
  ORPHANED: { label: '未能定位', tone: 'red' },
};

export function anchorStatusOf(
  status: string | null | undefined,
): { label: string; style: (typeof TAG_STYLES)[TagTone] } | null {
  if (!status) return null;
  const known = ANCHOR_STATUS_LABELS[status] ?? { label: status, tone: 'plain' as const };
  return { label: known.label, style: TAG_STYLES[known.tone] };
}
