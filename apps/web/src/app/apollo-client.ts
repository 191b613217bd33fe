// One Apollo Client for the app: HTTP to /graphql, the session's token in the Authorization header (refreshed first
// when about to expire), and an UNAUTHENTICATED answer to a signed-in request turning into the "session expired" page.
// A FORBIDDEN / PASSWORD_CHANGE_REQUIRED answer is no expired session: the session is marked and the app shows 修改密码.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { markPasswordChangeRequired, markSessionExpired, sessionForRequest } from '../identity/session';

export function createApolloClient(): ApolloClient {
  const auth = new SetContextLink(async (prevContext) => {
    const session = await sessionForRequest();
    const headers = (prevContext.headers ?? {}) as Record<string, string>;
    return session
      ? { headers: { ...headers, authorization: `Bearer ${session.accessToken}` } }
      : { headers };
  });
  const expiry = new ErrorLink(({ error, operation }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    // A wrong password typed by someone signed in (修改密码's 当前密码: INVALID_CREDENTIALS) is not an expired session:
    // the dialog says so on its field, and the session goes on.
    const unauthenticated = error.errors.some(
      (e) => e.extensions?.code === 'UNAUTHENTICATED' && e.extensions?.reason !== 'INVALID_CREDENTIALS',
    );
    const headers = (operation.getContext().headers ?? {}) as Record<string, string>;
    if (unauthenticated && headers.authorization) markSessionExpired();
    else if (error.errors.some((e) => e.extensions?.reason === 'PASSWORD_CHANGE_REQUIRED'))
      markPasswordChangeRequired();
  });
  return new ApolloClient({
    link: ApolloLink.from([expiry, auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}

/** The app's one client: the provider hands it to the pages, and a route's loader may start their queries with it. */
export const appClient = createApolloClient();
