// The legislature's decisions (采纳情况): /tasks/:taskId/decisions.
import type { RouteObject } from 'react-router';

export const decisionsRoutes: RouteObject[] = [];
