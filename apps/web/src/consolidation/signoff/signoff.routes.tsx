// Sign-off (审核与报送), downloads and the point's adoption feedback: /tasks/:taskId/signoff, /tasks/:taskId/outcomes.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const SignoffPage = lazy(() => import('./signoff-page'));
const OutcomesPage = lazy(() => import('./outcomes-page'));

export const signoffRoutes: RouteObject[] = [
  { path: 'tasks/:taskId/signoff', element: <SignoffPage /> },
  { path: 'tasks/:taskId/outcomes', element: <OutcomesPage /> },
];
