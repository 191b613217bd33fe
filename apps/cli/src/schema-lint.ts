// The schema lint behind `npm run schema:check`: every type, field, argument, input field and enum value a client
// sees carries a Chinese description (issue 12 item 20). A pure function over a built schema, tested directly.
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';

/** A description counts when it says something in Chinese (an English one is not what our users read). */
const CHINESE = /[\u3400-\u9fff]/;

export interface DescriptionCount {
  described: number;
  total: number;
}

export interface SchemaDescriptionReport {
  /** Schema coordinates without a Chinese description: `Type`, `Type.field`, `Type.field(arg)`, `Enum.VALUE`. */
  undescribed: string[];
  counts: Record<'types' | 'fields' | 'arguments' | 'inputFields' | 'enumValues', DescriptionCount>;
}

/**
 * Walks the schema the way a client reads it. GraphQL's own scalars and introspection types are not ours to describe;
 * the root types (Query, Mutation) are described by their fields.
 */
export function lintSchemaDescriptions(schema: GraphQLSchema): SchemaDescriptionReport {
  const report: SchemaDescriptionReport = {
    undescribed: [],
    counts: {
      types: { described: 0, total: 0 },
      fields: { described: 0, total: 0 },
      arguments: { described: 0, total: 0 },
      inputFields: { described: 0, total: 0 },
      enumValues: { described: 0, total: 0 },
    },
  };
  const check = (
    kind: keyof SchemaDescriptionReport['counts'],
    coordinate: string,
    description?: string | null,
  ) => {
    report.counts[kind].total++;
    if (description && CHINESE.test(description)) report.counts[kind].described++;
    else report.undescribed.push(coordinate);
  };
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((t) => t?.name),
  );
  const types = Object.values(schema.getTypeMap()).sort((a, b) => a.name.localeCompare(b.name));
  for (const type of types) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!roots.has(type.name)) check('types', type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check('fields', `${type.name}.${field.name}`, field.description);
        for (const arg of field.args)
          check('arguments', `${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        check('inputFields', `${type.name}.${field.name}`, field.description);
    }
    if (isEnumType(type)) {
      for (const value of type.getValues())
        check('enumValues', `${type.name}.${value.name}`, value.description);
    }
  }
  return report;
}
