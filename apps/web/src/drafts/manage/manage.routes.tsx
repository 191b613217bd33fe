// The legislature's drafts and tasks: /drafts, /drafts/new, /drafts/:draftId, /tasks/new, /tasks/:taskId/points, /tasks/:taskId/received.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const DraftsPage = lazy(() => import('./drafts-page'));
const NewDraftPage = lazy(() => import('./new-draft-page'));
const DraftPage = lazy(() => import('./draft-page'));
const NewTaskPage = lazy(() => import('./new-task-page'));
const TaskPointsPage = lazy(() => import('./task-points-page'));
const TaskReceivedPage = lazy(() => import('./task-received-page'));

export const manageRoutes: RouteObject[] = [
  { path: 'drafts', element: <DraftsPage /> },
  { path: 'drafts/new', element: <NewDraftPage /> },
  { path: 'drafts/:draftId', element: <DraftPage /> },
  { path: 'tasks/new', element: <NewTaskPage /> },
  { path: 'tasks/:taskId/points', element: <TaskPointsPage /> },
  { path: 'tasks/:taskId/received', element: <TaskReceivedPage /> },
];
