// The point's 1+1+X structure (/organization), distribution of a task (/tasks/:taskId/distribution) and the unit administrator's pages (/unit).
import type { RouteObject } from 'react-router';

export const organizationRoutes: RouteObject[] = [];
