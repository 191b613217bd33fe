// GraphiQL's requests: POST /graphql as JSON with the session's bearer token when someone is signed in (refreshed first
// when about to expire, as the workbench does). A header typed into GraphiQL's own header editor wins.
import type { GraphiQLProps } from 'graphiql';
import { sessionForRequest } from '../identity/session';

export const graphiqlFetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const session = await sessionForRequest();
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (session) headers.authorization = `Bearer ${session.accessToken}`;
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { ...headers, ...((options?.headers ?? {}) as Record<string, string>) },
    body: JSON.stringify(params),
  });
  return response.json() as Promise<Record<string, unknown>>;
};
