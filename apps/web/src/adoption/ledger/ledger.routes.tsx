// Ledger and evaluation (台账、考核): /ledger?year=…&point=… (the suggestions behind a figure: &show=suggestions&…).
import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const LedgerPage = lazy(() => import('./ledger-page'));

export const ledgerRoutes: RouteObject[] = [{ path: 'ledger', element: <LedgerPage /> }];
