// The point's 1+1+X structure (/organization), distribution of a task (/tasks/:taskId/distribution), the unit
// administrator's pages (/unit), 系统管理's legislatures and contact points (/admin/…) and the legislature staff's own
// contact points (/contact-points).
import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';

const OrganizationPage = lazy(() => import('./organization-page'));
const DistributionPage = lazy(() => import('./distribution-page'));
const UnitPage = lazy(() => import('./unit-page'));
const LegislaturesPage = lazy(() => import('./legislatures-page'));
const ContactPointsPage = lazy(() => import('./contact-points-page'));
const LegislaturePointsPage = lazy(() => import('./legislature-points-page'));

export const organizationRoutes: RouteObject[] = [
  { path: 'organization', element: <OrganizationPage /> },
  { path: 'tasks/:taskId/distribution', element: <DistributionPage /> },
  { path: 'unit', element: <UnitPage /> },
  { path: 'admin', element: <Navigate to="/admin/contact-points" replace /> },
  { path: 'admin/legislatures', element: <LegislaturesPage /> },
  { path: 'admin/contact-points', element: <ContactPointsPage /> },
  { path: 'contact-points', element: <LegislaturePointsPage /> },
];
