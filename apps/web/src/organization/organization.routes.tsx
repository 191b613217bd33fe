// The point's 1+1+X structure (/organization), distribution of a task (/tasks/:taskId/distribution) and the unit administrator's pages (/unit).
import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const OrganizationPage = lazy(() => import('./organization-page'));
const DistributionPage = lazy(() => import('./distribution-page'));
const UnitPage = lazy(() => import('./unit-page'));

export const organizationRoutes: RouteObject[] = [
  { path: 'organization', element: <OrganizationPage /> },
  { path: 'tasks/:taskId/distribution', element: <DistributionPage /> },
  { path: 'unit', element: <UnitPage /> },
];
