// One opinion as the workbench shows it: receipt, provision, channel, people, the proposed change and reason, with a
// checkbox when it can be chosen for an action.
import { Button, Checkbox, Tag, Typography } from 'antd';
import { CHANNEL_LABELS, STATUS_LABELS } from '../../common/labels';
import type { WorkbenchOpinionFieldsFragment } from '../../gql/graphql';

export type WorkbenchOpinion = WorkbenchOpinionFieldsFragment;

export function OpinionRow({
  opinion,
  checked,
  onCheck,
  extra,
}: {
  opinion: WorkbenchOpinion;
  checked?: boolean;
  onCheck?: (checked: boolean) => void;
  extra?: React.ReactNode;
}) {
  const label = `意见 ${opinion.receiptNumber}`;
  return (
    <div className="wb-row">
      {onCheck && (
        <Checkbox
          checked={checked}
          onChange={(e) => onCheck(e.target.checked)}
          aria-label={`选择${label}`}
          className="wb-row-check"
        />
      )}
      <div className="wb-row-body">
        <div className="wb-row-meta">
          <span>{opinion.provisionCitation ?? '总体意见'}</span>
          <span>{CHANNEL_LABELS[opinion.channel]}</span>
          <span>{opinion.peopleRepresented} 人</span>
          {opinion.contributorUnit && <span>{opinion.contributorUnit}</span>}
          <span className="wb-receipt">回执 {opinion.receiptNumber}</span>
          {opinion.status !== 'ACTIVE' && (
            <Tag color={opinion.status === 'OUT_OF_SCOPE' ? 'orange' : 'default'}>
              {STATUS_LABELS[opinion.status]}
            </Tag>
          )}
        </div>
        <Typography.Paragraph style={{ margin: 0 }}>{opinion.proposedChange}</Typography.Paragraph>
        {opinion.reason && (
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            理由：{opinion.reason}
          </Typography.Paragraph>
        )}
        {opinion.status === 'OUT_OF_SCOPE' && opinion.statusReason && (
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            不予报送理由：{opinion.statusReason}
          </Typography.Paragraph>
        )}
        {extra}
      </div>
    </div>
  );
}

/** "更多" under a paged list: the next page of 50, with how many are shown of how many. */
export function MoreButton({
  shown,
  total,
  hasNext,
  loading,
  onMore,
}: {
  shown: number;
  /** Absent only while a list's total is not known (every list asks for it with its first page). */
  total?: number;
  hasNext: boolean;
  loading?: boolean;
  onMore: () => void;
}) {
  return (
    <div className="wb-more">
      <span>
        已显示 {shown} / {total ?? '…'}
      </span>
      {hasNext && (
        <Button type="link" onClick={onMore} loading={loading}>
          加载更多
        </Button>
      )}
    </div>
  );
}
