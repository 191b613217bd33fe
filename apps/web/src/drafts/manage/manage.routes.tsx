// The legislature's drafts and tasks: /drafts, /drafts/new, /drafts/:draftId, /tasks/new, /tasks/:taskId/points, /tasks/:taskId/received.
import type { RouteObject } from 'react-router';

export const manageRoutes: RouteObject[] = [];
