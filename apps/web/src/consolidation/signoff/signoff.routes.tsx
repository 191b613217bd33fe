// Sign-off (审核与报送), downloads and the point's adoption feedback: /tasks/:taskId/signoff, /tasks/:taskId/outcomes.
import type { RouteObject } from 'react-router';

export const signoffRoutes: RouteObject[] = [];
