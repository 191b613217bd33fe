// The executing body's consolidation workbench (汇总工作台): /tasks/:taskId/consolidation and below.
import type { RouteObject } from 'react-router';

export const workbenchRoutes: RouteObject[] = [];
