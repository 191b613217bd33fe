import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.js';

/**
 * A cost limit that knows our lists: every field costs 1 for each object it may be resolved on, and a field with a
 * `first` argument multiplies what is below it by that page size (the default page size when absent, the maximum when
 * it comes from a variable, since validation runs before variables are known). So `liaisonUnits(first: 50) {
 * collectors(first: 50) { … } }` counts 2,500 collectors, which is what the server would really load.
 */
export function estimateCost(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  fragments: Record<string, FragmentDefinitionNode>,
  multiplier = 1,
  seen = new Set<string>(),
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {};
      const definition = fields[selection.name.value];
      cost += multiplier;
      if (!definition || !selection.selectionSet) continue;
      const type = getNamedType(definition.type);
      if (!isCompositeType(type)) continue;
      let size = 1;
      if (definition.args.some((a) => a.name === 'first')) {
        const arg = selection.arguments?.find((a) => a.name.value === 'first');
        size = !arg
          ? DEFAULT_PAGE_SIZE
          : arg.value.kind === Kind.INT
            ? Math.max(1, Number(arg.value.value))
            : MAX_PAGE_SIZE;
      }
      cost += estimateCost(schema, selection.selectionSet, type, fragments, multiplier * size, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value;
      const type = typeName ? schema.getType(typeName) : parent;
      if (type && isCompositeType(type))
        cost += estimateCost(schema, selection.selectionSet, type, fragments, multiplier, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) continue; // cycles are reported by GraphQL's own rules
      const type = schema.getType(fragment.typeCondition.name.value);
      if (type && isCompositeType(type))
        cost += estimateCost(
          schema,
          fragment.selectionSet,
          type,
          fragments,
          multiplier,
          new Set([...seen, name]),
        );
    }
  }
  return cost;
}

export function queryCostRule(maxCost: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(node) {
      const schema = context.getSchema();
      const root =
        node.operation === OperationTypeNode.MUTATION
          ? schema.getMutationType()
          : node.operation === OperationTypeNode.SUBSCRIPTION
            ? schema.getSubscriptionType()
            : schema.getQueryType();
      if (!root) return;
      const fragments = Object.fromEntries(
        context
          .getDocument()
          .definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
      ) as Record<string, FragmentDefinitionNode>;
      const cost = estimateCost(schema, node.selectionSet, root, fragments);
      if (cost > maxCost) {
        context.reportError(
          new GraphQLError(
            `查询过于复杂：估算将返回 ${cost} 个字段值，上限为 ${maxCost}。请减小 first 或减少嵌套列表`,
            {
              nodes: [node],
              extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX', cost, maxCost },
            },
          ),
        );
      }
    },
  });
}
