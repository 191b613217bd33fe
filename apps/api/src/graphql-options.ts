import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { FastifyRequest } from 'fastify';
import { LoaderRegistry, formatGraphQLError, queryCostPlugin, type GqlContext } from '@app/common';
import { markOperation } from '@app/database';
import { markRefusedAsOverloaded } from './load-shedding.js';
import type { Settings } from './settings.js';

/** Named limits on what one GraphQL request may ask for (enforced by graphql-armor, tested in e2e). */
export const QUERY_LIMITS = {
  /** Relay connections take three levels a list (list → edges → node): three nested lists and their fields. */
  maxDepth: 15,
  maxAliases: 15,
  /** Estimated field values in one response (see queryCostPlugin; counted with the request's variables): 100 units × 100 collectors × a few fields. */
  maxCost: 50_000,
  maxTokens: 2000,
  maxDirectives: 20,
} as const;

/**
 * A GraphQL request refused as overload (SQLite's write queue was too long: nothing was done) is answered like one shed
 * on arrival — HTTP 503 with Retry-After — so that clients and proxies see the refusal without reading the body. Only
 * when nothing else of the request succeeded: a partial answer stays 200. (The status is set when the reply is sent:
 * Nest's own Apollo plugin resets every executed operation's status to 200 after ours has run.)
 */
export const overloadStatusPlugin: ApolloServerPlugin<GqlContext> = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse: ({ response, contextValue }) => {
        if (response.body.kind !== 'single') return Promise.resolve();
        const { errors, data } = response.body.singleResult;
        const refusal = errors?.find(
          (e) => e.extensions?.code === 'SERVICE_UNAVAILABLE' && e.extensions.reason === 'OVERLOADED',
        );
        if (refusal && contextValue.req && Object.values(data ?? {}).every((value) => value === null)) {
          const seconds = refusal.extensions?.retryAfterSeconds;
          markRefusedAsOverloaded(contextValue.req, typeof seconds === 'number' ? seconds : 2);
        }
        return Promise.resolve();
      },
    }),
};

/**
 * A request refused by a rate limit (TOO_MANY_REQUESTS: sign-in throttling, the opinion write budget) carries the wait
 * as a Retry-After header too, not only in the error's retryAfterSeconds: clients and scripts that read only headers
 * learn it. The status stays 200 (GraphQL over HTTP; the web client reads the error itself).
 */
export const retryAfterPlugin: ApolloServerPlugin<GqlContext> = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse: ({ response }) => {
        if (response.body.kind !== 'single') return Promise.resolve();
        const limited = response.body.singleResult.errors?.find(
          (e) =>
            e.extensions?.code === 'TOO_MANY_REQUESTS' && typeof e.extensions.retryAfterSeconds === 'number',
        );
        if (limited) response.http.headers.set('retry-after', String(limited.extensions!.retryAfterSeconds));
        return Promise.resolve();
      },
    }),
};

/**
 * GraphQL answers are never cached (`Cache-Control: no-store`, what Apollo's cache-control plugin sent for them all, as
 * no type declares a cache hint). That plugin is off: it listened to every resolved field, which made Apollo wrap every
 * resolver of the schema — a few µs per field of each signed-in request (issue 16).
 */
export const noStorePlugin: ApolloServerPlugin<GqlContext> = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse: ({ response }) => {
        if (!response.http.headers.has('cache-control'))
          response.http.headers.set('cache-control', 'no-store');
        return Promise.resolve();
      },
    }),
};

/** Tells the read routing which kind of operation runs: only a query's reads may go to a replica (read-replicas.ts). */
export const operationKindPlugin: ApolloServerPlugin<GqlContext> = {
  requestDidStart: () =>
    Promise.resolve({
      didResolveOperation: ({ operation }) => {
        if (operation) markOperation(operation.operation);
        return Promise.resolve();
      },
    }),
};

export function graphqlOptions(settings: Settings): Omit<ApolloDriverConfig, 'driver'> {
  const armor = new ApolloArmor({
    // Depth counts fields only: a client's fragments do not make a query deeper than what it reads.
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    costLimit: { enabled: false },
    // Token counting is graphql-js's own (parseOptions below): a document over the limit is a 400 parse error.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: settings.production },
  }).protect();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // GraphiQL is served from our own build at /graphiql (web-app.ts), not Nest's CDN page: a browser's GET /graphql goes there.
    graphiql: false,
    introspection: !settings.production,
    csrfPrevention: true,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: settings.production,
    includeStacktraceInErrorResponses: false,
    // graphql-armor is typed against Apollo's CommonJS build, Nest against its ESM build: same runtime objects.
    plugins: [
      ...armor.plugins,
      queryCostPlugin(QUERY_LIMITS.maxCost),
      overloadStatusPlugin,
      retryAfterPlugin,
      operationKindPlugin,
      noStorePlugin,
      ApolloServerPluginCacheControlDisabled(),
    ] as unknown as ApolloDriverConfig['plugins'],
    validationRules: armor.validationRules,
    formatError: (formatted, error) =>
      formatGraphQLError(formatted, error, { production: settings.production }),
    context: (request: FastifyRequest): GqlContext => ({ req: request, loaders: new LoaderRegistry() }),
  };
}
