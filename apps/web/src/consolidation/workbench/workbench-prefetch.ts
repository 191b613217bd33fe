// The workbench's first screen asked for as soon as its route matches (the route's loader): the counters and the
// default view's first page go out while the page's code is still loading and being parsed, instead of after it has
// rendered (at a million opinions on a loaded machine that wait was most of a second before any request left). The
// page's own queries, with the same variables, then find them in flight (Apollo deduplicates) or in the cache, and do
// not ask a second time.
import type { TypedDocumentNode } from '@apollo/client';
import type { DocumentNode } from 'graphql';
import { appClient } from '../../app/apollo-client';
import { contactPointOf, isExecutiveBody } from '../../identity/roles';
import { getSession } from '../../identity/session';
import { WorkbenchSuggestionsDocument, WorkbenchSummaryDocument } from './workbench.operations';
import { listFilter } from './workbench-context';

/** How long an answer the route asked for stands in for the page's own request (a page renders well within it). */
export const PREFETCH_FRESH_MS = 15_000;
const asked = new Map<string, number>();

/** The counters' and provisions' variables (the page and the loader build them alike). */
export const summaryVariables = (taskId: string, pointId: string) => ({ taskId, pointId });
/** The suggestions list's variables for a provision (undefined: the whole task; null: 总体意见). */
export const suggestionsVariables = (
  taskId: string,
  pointId: string,
  address: string | null | undefined,
) => ({
  taskId,
  pointId,
  ...listFilter(address),
});

const keyOf = (query: DocumentNode, variables: object) =>
  `${query.definitions.map((d) => ('name' in d ? d.name?.value : '')).join()}:${JSON.stringify(variables)}`;

function ask<T, V extends Record<string, unknown>>(query: TypedDocumentNode<T, V>, variables: V): void {
  const key = keyOf(query, variables);
  asked.set(key, Date.now());
  appClient.query({ query, variables, fetchPolicy: 'network-only' }).catch(() => asked.delete(key));
}

/** The loader's part: the first screen's two queries, when the signed-in account works at a point. */
export function prefetchFirstScreen(taskId: string | undefined, search: URLSearchParams): void {
  const session = getSession();
  const pointId = contactPointOf(session);
  if (!taskId || !pointId || !isExecutiveBody(session)) return;
  ask(WorkbenchSummaryDocument, summaryVariables(taskId, pointId));
  const tab = search.get('tab');
  const p = search.get('p');
  if (!tab || tab === 'suggestions')
    ask(
      WorkbenchSuggestionsDocument,
      suggestionsVariables(taskId, pointId, !p ? undefined : p === 'general' ? null : p),
    );
}

/**
 * The page's fetch policy for its first request of a query: the cache (or the request in flight) when the route has
 * just asked for exactly it, the app's usual cache-and-network otherwise. Taken once: later requests ask again.
 */
export function firstFetchPolicy(
  query: DocumentNode,
  variables: object,
): 'cache-first' | 'cache-and-network' {
  const key = keyOf(query, variables);
  const at = asked.get(key);
  asked.delete(key);
  return at !== undefined && Date.now() - at < PREFETCH_FRESH_MS ? 'cache-first' : 'cache-and-network';
}

/** After that first request, the app's usual policy, also when the variables change (another provision chosen). */
export const thenCacheAndNetwork = () => 'cache-and-network' as const;
