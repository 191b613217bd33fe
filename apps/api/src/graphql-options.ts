import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { FastifyRequest } from 'fastify';
import { LoaderRegistry, formatGraphQLError, queryCostPlugin, type GqlContext } from '@app/common';
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
    ] as unknown as ApolloDriverConfig['plugins'],
    validationRules: armor.validationRules,
    formatError: (formatted, error) =>
      formatGraphQLError(formatted, error, { production: settings.production }),
    context: (request: FastifyRequest): GqlContext => ({ req: request, loaders: new LoaderRegistry() }),
  };
}
