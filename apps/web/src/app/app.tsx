// Providers and routes. Every page is its own chunk (React.lazy), so the first page loads only what it shows.
import { lazy, Suspense, type ReactNode } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { App as AntdApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { createBrowserRouter, Navigate, RouterProvider, useLocation } from 'react-router';
import { appClient } from './apollo-client';
import { useSession } from '../identity/use-session';
import { SessionExpiredPage } from '../identity/session-expired-page';
import { workbenchRoutes } from '../consolidation/workbench/workbench.routes';
import { signoffRoutes } from '../consolidation/signoff/signoff.routes';
import { organizationRoutes } from '../organization/organization.routes';
import { manageRoutes } from '../drafts/manage/manage.routes';
import { decisionsRoutes } from '../adoption/decisions/decisions.routes';
import { ledgerRoutes } from '../adoption/ledger/ledger.routes';

const SignInPage = lazy(() => import('../identity/sign-in-page'));
const ReceiptLookupPage = lazy(() => import('../adoption/receipt/receipt-lookup-page'));
const OnlinePage = lazy(() => import('../feedback/online-page'));
const AppLayout = lazy(() => import('./app-layout'));
const HomePage = lazy(() => import('../consultation/home-page'));
const NotFoundPage = lazy(() => import('./not-found-page'));
const InboxPage = lazy(() => import('../notifications/inbox-page'));
const DraftReaderPage = lazy(() => import('../drafts/draft-reader-page'));
const OpinionFormPage = lazy(() => import('../feedback/opinion-form-page'));
const PendingPage = lazy(() => import('../feedback/pending-page'));
const MyOpinionsPage = lazy(() => import('../feedback/my-opinions-page'));
const VersionComparePage = lazy(() => import('../drafts/compare/version-compare-page'));
const ActivitiesPage = lazy(() => import('../feedback/activities-page'));
const PaperPage = lazy(() => import('../feedback/paper-page'));
const AnnotationPage = lazy(() => import('../feedback/annotations/annotation-page'));

const client = appClient;

function Loading() {
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin tip="加载中…" size="large">
        <div style={{ minHeight: 40 }} />
      </Spin>
    </div>
  );
}

/** Pages behind sign-in: without a session, the sign-in page (coming back here afterwards). */
function RequireSession({ children }: { children: ReactNode }) {
  const { session, expired } = useSession();
  const location = useLocation();
  if (expired) return <SessionExpiredPage />;
  if (!session) {
    const back = `${location.pathname}${location.search}`;
    return <Navigate to={`/signin?next=${encodeURIComponent(back)}`} replace />;
  }
  return <>{children}</>;
}

export const routes = [
  { path: '/signin', element: <SignInPage /> },
  // 意见回执查询: public, for the people whose opinions were recorded (no session needed).
  { path: '/receipt', element: <ReceiptLookupPage /> },
  // 网上征集: public, the page a poster's QR code or the point's link opens (no session needed).
  { path: '/online/:token', element: <OnlinePage /> },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'inbox', element: <InboxPage /> },
      { path: 'tasks/:taskId', element: <DraftReaderPage /> },
      { path: 'tasks/:taskId/provisions/:address', element: <DraftReaderPage /> },
      { path: 'tasks/:taskId/opinions/new', element: <OpinionFormPage /> },
      { path: 'tasks/:taskId/activities', element: <ActivitiesPage /> },
      { path: 'tasks/:taskId/paper', element: <PaperPage /> },
      { path: 'opinions', element: <MyOpinionsPage /> },
      { path: 'pending', element: <PendingPage /> },
      { path: 'drafts/:draftId/compare', element: <VersionComparePage /> },
      { path: 'tasks/:taskId/annotate', element: <AnnotationPage /> },
      // Each area keeps its own routes (and lazy pages) in its folder.
      ...workbenchRoutes,
      ...signoffRoutes,
      ...organizationRoutes,
      ...manageRoutes,
      ...decisionsRoutes,
      ...ledgerRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

const router = createBrowserRouter(routes);

export function App() {
  return (
    <ConfigProvider
      locale={zhCN}
      theme={{
        // Darker than antd's defaults so text meets WCAG AA contrast (4.5:1) on white, checked by axe in the tests.
        token: {
          fontSize: 16,
          controlHeight: 40,
          borderRadius: 6,
          colorPrimary: '#0958d9',
          colorLink: '#0958d9',
          colorPrimaryHover: '#003eb3',
          colorLinkHover: '#003eb3',
          colorError: '#cf1322',
          colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
          colorTextDescription: 'rgba(0, 0, 0, 0.65)',
          colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
          colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
        },
      }}
      componentSize="large"
      button={{ autoInsertSpace: false }}
    >
      <AntdApp>
        <ApolloProvider client={client}>
          <Suspense fallback={<Loading />}>
            <RouterProvider router={router} />
          </Suspense>
        </ApolloProvider>
      </AntdApp>
    </ConfigProvider>
  );
}
