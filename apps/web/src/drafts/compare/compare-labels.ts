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

/** Tag colours with text dark enough for WCAG AA contrast (antd's preset tag colours are too pale for it). */
export const TAG_STYLES = {
  gold: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  green: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  red: { color: '#820014', background: '#fff1f0', borderColor: '#ffa39e' },
  purple: { color: '#22075e', background: '#f9f0ff', borderColor: '#d3adf7' },
  cyan: { color: '#002329', background: '#e6fffb', borderColor: '#87e8de' },
  blue: { color: '#002c8c', background: '#e6f4ff', borderColor: '#91caff' },
  plain: { color: '#262626', background: '#fafafa', borderColor: '#d9d9d9' },
} as const;

export type TagTone = keyof typeof TAG_STYLES;

export const CHANGE_KIND_TONES: Record<ArticleChangeKind, TagTone> = {
  UNCHANGED: 'plain',
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

/** antd's primary blue (#1677ff) under white text is 4.1:1, under WCAG AA's 4.5:1; these pages use a darker one. */
export const READABLE_THEME = { token: { colorPrimary: '#0958d9', colorLink: '#0958d9' } };
