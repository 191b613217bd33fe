// The frame of every signed-in page: a header with the places the role uses (a tab bar at the bottom on a phone),
// the signed-in person, 修改密码 and 退出登录.
import {
  ApartmentOutlined,
  BarChartOutlined,
  BellOutlined,
  FileTextOutlined,
  HomeOutlined,
  LockOutlined,
  LogoutOutlined,
  ProfileOutlined,
  SettingOutlined,
  SyncOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, App, Badge, Button, Layout, Menu, Popconfirm, Spin } from 'antd';
import { Suspense, useState, type ReactNode } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { ChangePasswordModal } from '../identity/change-password-modal';
import { signOut } from '../identity/session';
import { useSession } from '../identity/use-session';
import { usePendingCount } from '../feedback/use-pending-count';
import { useBackgroundSync } from '../feedback/use-background-sync';
import {
  isContributor,
  isExecutiveBody,
  isLegislatureStaff,
  isSystemAdmin,
  isUnitAdmin,
} from '../identity/roles';
import {
  HomeDocument,
  MyAssignmentsDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from '../consultation/consultation.operations';
import { useLiveEvents } from './live-events';

interface Place {
  to: string;
  label: string;
  icon: ReactNode;
  badge?: number;
}

export default function AppLayout() {
  const { session } = useSession();
  const client = useApolloClient();
  const location = useLocation();
  const pending = usePendingCount();
  // Someone else set this account's password (重置密码): it is changed first, and nothing else is offered meanwhile —
  // the API refuses everything else (PASSWORD_CHANGE_REQUIRED), so nothing is asked or sent (the device's opinions wait).
  const mustChange = !!session?.account.mustChangePassword;
  useBackgroundSync(!mustChange);
  // The unread count on 通知: pushed when a notification arrives (or is read in another tab). The count lives in the
  // cache's root field, so the home page's and the inbox's counts change with it; their lists are asked again.
  const unread = useQuery(UnreadNotificationCountDocument, { skip: !session || mustChange });
  useLiveEvents((event) => {
    if (event.type !== 'notification') return;
    const before = client.cache.readQuery({
      query: UnreadNotificationCountDocument,
    })?.unreadNotificationCount;
    client.cache.writeQuery({
      query: UnreadNotificationCountDocument,
      data: { unreadNotificationCount: event.unreadCount },
    });
    if (before !== undefined && event.unreadCount > before)
      void client.refetchQueries({ include: [HomeDocument, MyAssignmentsDocument, NotificationsDocument] });
  });
  // The places a role uses, at most five so the phone's tab bar holds them.
  const places: Place[] = [{ to: '/', label: '首页', icon: <HomeOutlined /> }];
  if (isLegislatureStaff(session)) {
    places.push({ to: '/drafts', label: '草案', icon: <ProfileOutlined /> });
    places.push({ to: '/ledger', label: '台账', icon: <BarChartOutlined /> });
    // Their own legislature's points, set up and edited by them (系统管理's list, scoped).
    if (!isSystemAdmin(session))
      places.push({ to: '/contact-points', label: '联系点', icon: <ApartmentOutlined /> });
  }
  if (isExecutiveBody(session)) {
    places.push({ to: '/organization', label: '组织', icon: <ApartmentOutlined /> });
    places.push({ to: '/ledger', label: '台账', icon: <BarChartOutlined /> });
  }
  // The administrator belongs to no point: 组织 opens any point's structure (chosen on 首页 or on the page).
  // 系统管理: legislatures and contact points, which only an administrator sets up.
  if (isSystemAdmin(session) && !isExecutiveBody(session))
    places.push({ to: '/organization', label: '组织', icon: <ApartmentOutlined /> });
  if (isSystemAdmin(session)) places.push({ to: '/admin', label: '系统管理', icon: <SettingOutlined /> });
  if (isUnitAdmin(session)) places.push({ to: '/unit', label: '本单位', icon: <TeamOutlined /> });
  places.push({
    to: '/inbox',
    label: '通知',
    icon: <BellOutlined />,
    badge: unread.data?.unreadNotificationCount,
  });
  if (isContributor(session)) {
    places.push({ to: '/opinions', label: '我的意见', icon: <FileTextOutlined /> });
    places.push({ to: '/pending', label: '待同步', icon: <SyncOutlined />, badge: pending });
  }
  const selected = places
    .filter((p) => (p.to === '/' ? location.pathname === '/' : location.pathname.startsWith(p.to)))
    .map((p) => p.to);

  const [changingPassword, setChangingPassword] = useState(false);
  const { message } = App.useApp();

  const leave = () => {
    signOut();
    void client.clearStore();
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <header className="app-header">
        <Link to="/" className="app-brand">
          民意
        </Link>
        <Menu
          className="app-nav"
          mode="horizontal"
          selectedKeys={selected}
          items={places.map((p) => ({
            key: p.to,
            icon: p.icon,
            label: (
              <Link to={p.to}>
                {p.label}
                {p.badge ? <Badge count={p.badge} size="small" offset={[6, -2]} /> : null}
              </Link>
            ),
          }))}
        />
        <div className="app-user">
          <span className="app-user-name" title={session?.account.displayName}>
            <UserOutlined aria-hidden /> {session?.account.displayName}
          </span>
          {/* A lock and a word, also on the phone: a key icon alone was read as a magnifier (search). */}
          <Button
            icon={<LockOutlined />}
            aria-label="修改密码"
            className="app-signout"
            onClick={() => setChangingPassword(true)}
          >
            <span className="app-signout-text">修改密码</span>
            <span className="app-short-text" aria-hidden>
              密码
            </span>
          </Button>
          {/* Asks first: on a phone the button sits where the thumb reaches for the menu, and signing out by mistake
              means typing the password again in the field. */}
          <Popconfirm
            title="退出登录？"
            description={
              pending > 0
                ? `还有 ${pending} 条意见待同步，保存在本机，尚未发送。`
                : '退出后需要重新输入密码登录。'
            }
            okText="退出"
            cancelText="取消"
            placement="bottomRight"
            onConfirm={leave}
          >
            <Button icon={<LogoutOutlined />} aria-label="退出登录" className="app-signout">
              <span className="app-signout-text">退出登录</span>
            </Button>
          </Popconfirm>
        </div>
      </header>
      <ChangePasswordModal
        open={changingPassword || mustChange}
        required={mustChange}
        onClose={() => setChangingPassword(false)}
        onChanged={() => {
          setChangingPassword(false);
          void message.success('密码已修改，请用新密码重新登录');
          leave();
        }}
      />
      <main className="app-content">
        {mustChange ? (
          <Alert type="warning" showIcon title="请先修改密码：您的密码是他人重置的临时密码。" />
        ) : (
          <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: 48 }} />}>
            <Outlet />
          </Suspense>
        )}
      </main>
      <nav className="app-tabbar" aria-label="主要页面">
        {places.map((p) => (
          <NavLink
            key={p.to}
            to={p.to}
            end={p.to === '/'}
            className={({ isActive }) => (isActive ? 'active' : '')}
          >
            <Badge count={p.badge ?? 0} size="small">
              <span style={{ fontSize: 20 }}>{p.icon}</span>
            </Badge>
            {p.label}
          </NavLink>
        ))}
      </nav>
    </Layout>
  );
}
