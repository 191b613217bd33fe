// 系统管理's frame: the administrator's pages for legislatures (/admin/legislatures) and contact points
// (/admin/contact-points), switched by tabs. Others meet a refusal here, before any query is sent: the API refuses them
// too (createLegislature needs legislature:manage, which only an administrator has).
import { Flex, Result, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { LinkButton } from '../common/link-button';
import { isLegislatureStaff, isSystemAdmin } from '../identity/roles';
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

/**
 * 联系点 for the legislature's staff (/contact-points): 系统管理's contact-point list, kept to their own legislature.
 * An administrator is sent to 系统管理's (every legislature's); anyone else meets a refusal before any query is sent —
 * the API refuses them too (createContactPoint needs contact-point:manage, and the point's legislature).
 */
export function LegislatureSetupFrame({ children }: { children: ReactNode }) {
  const { session } = useSession();
  if (isSystemAdmin(session)) return <Navigate to="/admin/contact-points" replace />;
  if (!isLegislatureStaff(session))
    return (
      <Result
        status="403"
        title="联系点管理页面只供立法机关工作人员使用"
        subTitle="联系点由设立它的立法机关的工作人员或系统管理员设立和调整。"
        extra={
          <LinkButton to="/" type="primary">
            回到首页
          </LinkButton>
        }
      />
    );
  return (
    <Flex vertical gap={16} className="setup-page">
      <div>
        <Typography.Title level={2} style={{ fontSize: 22, margin: 0 }}>
          本机关的联系点
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          设立、修改、停用和重新启用本立法机关的基层立法联系点。点长由系统管理员任命，其余人员由点长组建。
        </Typography.Paragraph>
      </div>
      {children}
    </Flex>
  );
}
