// The sign-off steps' confirmations, shared by 审核与报送 and the workbench (both offer 提交审核): the table's state is
// asked again as the dialog opens (a colleague may have changed opinions or suggestions since the page was loaded),
// the step is refused in words when it is no longer open, and the dialog names what is handed over.
import { App, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../../common/api-errors';
import { CONSOLIDATION_STATUS_LABELS } from '../../common/labels';
import type { ConsolidationStatus, SignoffStateFragment } from '../../gql/graphql';

/** The steps that ask first, with the counts asked again when their confirmation opens. */
export type SignoffStep = 'requestApproval' | 'approve' | 'submit';
const STEP_NAMES: Record<SignoffStep, string> = {
  requestApproval: '提交审核',
  approve: '审核通过',
  submit: '报送',
};
/** The status a step starts from: the permission alone also covers 退回 of an approved table. */
const STEP_FROM: Record<SignoffStep, ConsolidationStatus> = {
  requestApproval: 'DRAFTING',
  approve: 'PENDING_APPROVAL',
  submit: 'APPROVED',
};

/**
 * `read`: the table's state as it is now, past the cache (a small network-only query of the counts and state: the
 * sign-off's SignoffFreshState, the workbench's WorkbenchFreshCounts); its answer lands in the cache, so what the page
 * shows behind the dialog follows. `onProblem`: a refusal or
 * failure in words (null clears it). `onRead`: what else the page reads again once the state is in.
 */
export function useFreshSignoffState({
  read,
  onProblem,
  onRead,
}: {
  read: () => Promise<SignoffStateFragment | null | undefined>;
  onProblem: (text: string | null) => void;
  onRead?: () => void;
}) {
  const [checking, setChecking] = useState<SignoffStep | null>(null);
  /** The state for a confirmation; null when the step is no longer open (the problem says why) or the read failed. */
  const freshState = async (step: SignoffStep): Promise<SignoffStateFragment | null> => {
    onProblem(null);
    setChecking(step);
    try {
      const fresh = await read();
      if (!fresh) throw new Error('汇总表暂时读不到，请稍后重试');
      onRead?.();
      if (fresh.status !== STEP_FROM[step] || !fresh.viewerCan[step]) {
        onProblem(
          `汇总表现在是“${CONSOLIDATION_STATUS_LABELS[fresh.status]}”，不能${STEP_NAMES[step]}（可能有人刚刚操作过）`,
        );
        return null;
      }
      // The API refuses too; said before the dialog rather than after it (the page showed none left when loaded).
      if (step === 'requestApproval' && fresh.counts.unaccounted > 0) {
        onProblem(
          `不能提交审核：现在还有 ${fresh.counts.unaccounted} 条意见未处理（可能刚刚收到了新的意见），请先处理`,
        );
        return null;
      }
      return fresh;
    } catch (e) {
      onProblem(errorMessage(e));
      return null;
    } finally {
      setChecking(null);
    }
  };
  return { checking, freshState };
}

/**
 * What a step hands over, signs off or sends, as the dialog names it. `active` counts only opinions still ACTIVE:
 * those marked 不予报送 are already outside it.
 */
export function WhatIsSent({ state, lead }: { state: SignoffStateFragment; lead: ReactNode }) {
  const n = state.counts;
  return (
    <span>
      {lead}汇总条目 <strong data-testid="signoff-suggestions">{n.suggestions}</strong> 条（汇总自{' '}
      <strong data-testid="signoff-opinions">{n.active - n.unaccounted}</strong> 条意见，代表 {n.people} 人）
      {n.outOfScope > 0 ? `；另有 ${n.outOfScope} 条意见不予报送` : ''}。
    </span>
  );
}

/** 提交审核's confirmation, with the fresh state (useFreshSignoffState): it ends the point's collection. */
export function useConfirmRequestApproval(): (
  state: SignoffStateFragment,
  onOk: () => Promise<unknown>,
) => void {
  const { modal } = App.useApp();
  return (state, onOk) => {
    modal.confirm({
      title: '提交点长审核？',
      content: (
        <Space direction="vertical">
          <WhatIsSent state={state} lead="提交审核" />
          <span>提交后本联系点停止征集，不再接收新的意见；汇总表暂不能修改。</span>
          <span>点长（或受委托的副点长）审核时可以退回修改，退回后可以继续修改汇总表、再次提交。</span>
        </Space>
      ),
      okText: '确认提交',
      cancelText: '取消',
      onOk,
    });
  };
}
