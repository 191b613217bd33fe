// One record of the organisation as a line: name and tags, a second line of details, actions that wrap under them on a
// phone (organization.css). Used by 组织 and by 系统管理's lists of legislatures and contact points.
import { Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import './organization.css';

/** One person or unit as a line: name and tags, a second line of details, actions that wrap on a phone. */
export function Line({
  title,
  tags,
  detail,
  actions,
  inactive,
}: {
  title: string;
  tags?: ReactNode;
  detail?: ReactNode;
  actions?: ReactNode;
  inactive?: boolean;
}) {
  return (
    <div className="org-line">
      <div style={{ minWidth: 0, flex: '1 1 220px' }}>
        <Space size={[6, 4]} wrap>
          <Typography.Text strong>{title}</Typography.Text>
          {tags}
          {inactive && <Tag>已停用</Tag>}
        </Space>
        {detail && (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 14, overflowWrap: 'anywhere' }}>
              {detail}
            </Typography.Text>
          </div>
        )}
      </div>
      {actions && (
        <Space size={[4, 4]} wrap style={{ flex: '0 1 auto' }}>
          {actions}
        </Space>
      )}
    </div>
  );
}
