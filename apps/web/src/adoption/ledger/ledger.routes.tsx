// Ledger and evaluation (台账、考核): /ledger?year=…&point=….
import type { RouteObject } from 'react-router';

export const ledgerRoutes: RouteObject[] = [];
