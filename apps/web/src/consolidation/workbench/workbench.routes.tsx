// The executing body's consolidation workbench (汇总工作台): /tasks/:taskId/consolidation and below.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const loadPage = () => import('./workbench-page');
const WorkbenchPage = lazy(loadPage);

export const workbenchRoutes: RouteObject[] = [
  {
    path: 'tasks/:taskId/consolidation',
    element: <WorkbenchPage />,
    // Starts fetching the page's chunk as soon as the route matches, alongside the layout's chunk rather than after
    // it renders (on a reload the first screen waited for the two one after the other). Not awaited: nothing blocks.
    loader: ({ params, request }) => {
      void loadPage();
      // The first screen's queries too, while that chunk loads (see workbench-prefetch).
      void import('./workbench-prefetch').then((m) =>
        m.prefetchFirstScreen(params.taskId, new URL(request.url).searchParams),
      );
      return null;
    },
    // Only on arriving: choosing a view or a provision changes the search, and the page asks for its lists itself.
    shouldRevalidate: () => false,
    // What shows while that loader runs on a first load (a moment: it returns at once); the layout stays in view.
    HydrateFallback: () => null,
  },
];
