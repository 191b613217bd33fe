// Chinese names of the comparison's change kinds, and the text of either side of a character diff.
import type { ArticleChangeKind, DiffOp } from '../../gql/graphql';

export const CHANGE_KIND_LABELS: Record<ArticleChangeKind, string> = {
  UNCHANGED: '未改',
  MODIFIED: '修改',
  MOVED: '移动',
  SPLIT: '拆分',
  MERGED: '合并',
  ADDED: '新增',
  REMOVED: '删除',
};

export const CHANGE_KIND_COLORS: Record<ArticleChangeKind, string> = {
  UNCHANGED: 'default',
  MODIFIED: 'gold',
  MOVED: 'purple',
  SPLIT: 'cyan',
  MERGED: 'cyan',
  ADDED: 'green',
  REMOVED: 'red',
};

/** The kinds shown when only changes are wanted (everything but UNCHANGED, which still lists renumbered articles). */
export const CHANGED_KINDS: ArticleChangeKind[] = [
  'MODIFIED',
  'MOVED',
  'SPLIT',
  'MERGED',
  'ADDED',
  'REMOVED',
];

export interface Segment {
  op: DiffOp;
  text: string;
}

/** The old side of a diff keeps what was equal or deleted; the new side what was equal or inserted. */
export function sideOf(diff: readonly Segment[], side: 'from' | 'to'): Segment[] {
  const dropped: DiffOp = side === 'from' ? 'insert' : 'delete';
  return diff.filter((s) => s.op !== dropped);
}
