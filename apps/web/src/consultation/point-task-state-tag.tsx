// The point task's state as one tag, the same word and colour on every page that names it (首页, 本单位, 各联系点, 分发任务,
// 汇总工作台, 各联系点报送的汇总表): pointTaskTag's label and colour — 已截止 for a collecting state past its deadline.
import { Tag } from 'antd';
import type { CollectionStatus } from './collection-status';
import { pointTaskTag } from './collection-status';

export function PointTaskStateTag({ status, testId }: { status: CollectionStatus; testId?: string }) {
  const { label, color } = pointTaskTag(status);
  return (
    <Tag color={color} data-testid={testId}>
      {label}
    </Tag>
  );
}
