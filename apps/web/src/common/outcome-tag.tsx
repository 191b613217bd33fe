// The legislature's decision on a suggestion, in one look on every page that shows it (采纳反馈, 回执查询, 我的意见,
// 台账, 采纳情况): 采纳 green, 部分采纳 blue, 未采纳 grey, 研究中 gold, not yet decided (待反馈) plain. Green means adopted
// and nothing else. Dark text on a light tint, so each passes axe's contrast check.
import { Tag } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import type { AdoptionOutcome } from '../gql/graphql';
import { OUTCOME_LABELS } from './labels';

export const OUTCOME_STYLES: Record<AdoptionOutcome, CSSProperties> = {
  ADOPTED: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  PARTIALLY_ADOPTED: { color: '#002c8c', background: '#e6f4ff', borderColor: '#91caff' },
  NOT_ADOPTED: { color: '#262626', background: '#fafafa', borderColor: '#d9d9d9' },
  UNDER_STUDY: { color: '#613400', background: '#fffbe6', borderColor: '#ffe58f' },
};

/** The outcome's tag; without a decision, the plain tag `pending` (待反馈 unless the page words it otherwise). */
export function OutcomeTag({
  outcome,
  pending = '待反馈',
  children,
}: {
  outcome: AdoptionOutcome | null | undefined;
  pending?: string;
  /** Text after the label (比对建议：采纳 is written as prefix via `children` before it). */
  children?: ReactNode;
}) {
  if (!outcome) return <Tag data-outcome="PENDING">{pending}</Tag>;
  return (
    <Tag style={OUTCOME_STYLES[outcome]} data-outcome={outcome}>
      {children}
      {OUTCOME_LABELS[outcome]}
    </Tag>
  );
}

/** A published decision's box (采纳反馈): its outcome's tint around the tag and what follows it. */
export function OutcomeBox({ outcome, children }: { outcome: AdoptionOutcome; children: ReactNode }) {
  const s = OUTCOME_STYLES[outcome];
  return (
    <div
      style={{
        background: s.background,
        border: `1px solid ${s.borderColor as string}`,
        borderRadius: 8,
        padding: '8px 12px',
      }}
    >
      {children}
    </div>
  );
}
