// The executing body's consolidation workbench (汇总工作台): /tasks/:taskId/consolidation and below.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const WorkbenchPage = lazy(() => import('./workbench-page'));

export const workbenchRoutes: RouteObject[] = [
  { path: 'tasks/:taskId/consolidation', element: <WorkbenchPage /> },
];
