// 系统管理's frame: the administrator's pages for legislatures (/admin/legislatures) and contact points
// (/admin/contact-points), switched by tabs. Others meet a refusal here, before any query is sent: the API refuses them
// too (createLegislature needs legislature:manage, which only an administrator has).
import { Flex, Result, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { LinkButton } from '../common/link-button';
import { isSystemAdmin } from '../identity/roles';
import { useSession } from '../identity/use-session';

const TABS = [
  { key: '/admin/contact-points', label: '联系点' },
  { key: '/admin/legislatures', label: '立法机关' },
];

export function SetupFrame({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  if (!isSystemAdmin(session))
    return (
      <Result
        status="403"
        title="系统管理页面只供系统管理员使用"
        subTitle="如需设立或调整，请联系系统管理员。"
        extra={
          <LinkButton to="/" type="primary">
            回到首页
          </LinkButton>
        }
      />
    );
  return (
    // Flex, not Space: a page's parts come as a fragment, and each gets the gap.
    <Flex vertical gap={16} className="setup-page">
      <Typography.Title level={2} style={{ fontSize: 22, margin: 0 }}>
        系统管理
      </Typography.Title>
      <Tabs
        activeKey={location.pathname}
        items={TABS}
        onChange={(key) => void navigate(key)}
        style={{ marginBottom: -16 }}
      />
      {children}
    </Flex>
  );
}
