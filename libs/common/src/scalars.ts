import { GraphQLISODateTime } from '@nestjs/graphql';

// Nest's built-in DateTime scalar describes itself in English; every description a client reads is Chinese
// (schema lint, apps/cli/src/schema-lint.ts). The scalar is one shared object, so this sets it once for the schema.
GraphQLISODateTime.description = '日期时间，ISO 8601 格式的 UTC 时间，如 2022-03-15T08:30:00Z';
