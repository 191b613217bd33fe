// The legislature's decisions (采纳情况): /tasks/:taskId/decisions.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const DecisionsPage = lazy(() => import('./decisions-page'));

export const decisionsRoutes: RouteObject[] = [
  { path: 'tasks/:taskId/decisions', element: <DecisionsPage /> },
];
