import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.js';

/**
 * A cost limit that knows our lists: every field costs 1 for each object it may be resolved on, and a field with a
 * `first` argument multiplies what is below it by that page size (the default page size when absent, the variable's
 * value when it comes from one). So `liaisonUnits(first: 50) { collectors(first: 50) { … } }` counts 2,500
 * collectors, which is what the server would really load.
 *
 * Why our own walk rather than graphql-query-complexity: that library (2.0.0) walks a fragment again at every spread,
 * so fragments that each spread the previous one twice cost 2^n steps (n = 23 blocked the process for 17 s). Cost is
 * linear in the multiplier, so a fragment's cost per unit is computed once and scaled at each spread, and every
 * computation stops as soon as it passes the limit: the work is linear in the document's size whatever it says.
 */
export interface CostOptions {
  /** The request's variables: `first: $n` costs what $n says (the operation's default, else the default page size). */
  variables?: Record<string, unknown> | null;
  /** Stop counting once past this; the result is then some number above it. */
  maxCost?: number;
}

class OverLimit extends Error {
  constructor(readonly cost: number) {
    super('over the cost limit');
  }
}

export function estimateOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  options: CostOptions = {},
): number {
  const root =
    operation.operation === OperationTypeNode.MUTATION
      ? schema.getMutationType()
      : operation.operation === OperationTypeNode.SUBSCRIPTION
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const defaults = new Map<string, ValueNode>();
  for (const v of operation.variableDefinitions ?? [])
    if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue);
  const variables = options.variables ?? {};
  const max = options.maxCost ?? Number.POSITIVE_INFINITY;
  /** Cost of one spread of each fragment (multiplier 1); `null` while being computed (a cycle, refused elsewhere). */
  const unitCost = new Map<string, number | null>();

  const pageSize = (value: ValueNode | undefined): number => {
    if (!value) return DEFAULT_PAGE_SIZE;
    if (value.kind === Kind.INT) return Math.max(1, Number(value.value));
    if (value.kind === Kind.VARIABLE) {
      const name = value.name.value;
      const given = Object.hasOwn(variables, name) ? variables[name] : undefined;
      if (typeof given === 'number' && Number.isFinite(given)) return Math.max(1, given);
      if (given === undefined || given === null) return pageSize(defaults.get(name));
      return MAX_PAGE_SIZE; // a wrong type is refused by the executor; count the worst meanwhile
    }
    return value.kind === Kind.NULL ? DEFAULT_PAGE_SIZE : MAX_PAGE_SIZE;
  };

  const fragmentCost = (name: string): number => {
    const known = unitCost.get(name);
    if (known !== undefined) return known ?? 0;
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    if (!fragment || !type || !isCompositeType(type)) return 0; // reported by GraphQL's own rules
    unitCost.set(name, null);
    const cost = walk(fragment.selectionSet, type);
    unitCost.set(name, cost);
    return cost;
  };

  /** Cost of a selection set at multiplier 1; throws OverLimit once past the limit (every multiplier is ≥ 1). */
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        cost += 1;
        const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {};
        const definition = Object.hasOwn(fields, selection.name.value)
          ? fields[selection.name.value]
          : undefined;
        if (definition && selection.selectionSet) {
          const type = getNamedType(definition.type);
          if (isCompositeType(type)) {
            const size = definition.args.some((a) => a.name === 'first')
              ? pageSize(selection.arguments?.find((a) => a.name.value === 'first')?.value)
              : 1;
            cost += size * walk(selection.selectionSet, type);
          }
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? schema.getType(typeName) : parent;
        if (type && isCompositeType(type)) cost += walk(selection.selectionSet, type);
      } else {
        cost += fragmentCost(selection.name.value);
      }
      if (cost > max) throw new OverLimit(cost);
    }
    return cost;
  };

  try {
    return walk(operation.selectionSet, root);
  } catch (error) {
    if (error instanceof OverLimit) return error.cost;
    throw error;
  }
}

/** The refusal of an operation over the limit: BAD_USER_INPUT / QUERY_TOO_COMPLEX, in Chinese, HTTP 400. */
export function queryTooComplexError(cost: number, maxCost: number): GraphQLError {
  const shown = Number.isFinite(cost) && cost < 1e15 ? String(cost) : '极多';
  return new GraphQLError(
    `查询过于复杂：估算将返回超过 ${maxCost} 个字段值（至少 ${shown} 个）。请减小 first 或减少嵌套列表`,
    {
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'QUERY_TOO_COMPLEX',
        cost: Number.isFinite(cost) ? cost : null,
        maxCost,
        http: { status: 400 },
      },
    },
  );
}

/**
 * The cost check as an Apollo plugin: variables are known only once the operation is resolved, after validation, so a
 * validation rule could not read them. Structural to avoid coupling libs/common to Apollo's types.
 */
export function queryCostPlugin(maxCost: number) {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation(context: {
          schema: GraphQLSchema;
          document: DocumentNode;
          operation?: OperationDefinitionNode | null;
          request: { variables?: Record<string, unknown> | null };
        }): Promise<void> {
          if (!context.operation) return Promise.resolve();
          const cost = estimateOperationCost(context.schema, context.document, context.operation, {
            variables: context.request.variables,
            maxCost,
          });
          if (cost > maxCost) return Promise.reject(queryTooComplexError(cost, maxCost));
          return Promise.resolve();
        },
      });
    },
  };
}

/**
 * graphql-js's "fields can be merged" rule compares every pair of selections sharing a response name, recursively:
 * 400 copies of `me { id }` (1,600 tokens) took half a second. This cheap pass, run before validation, counts how
 * many selections each response name gathers in one selection set (through fragments, each fragment counted once
 * per distinct spread as graphql-js does) and names the first over the limit. Linear in the document's size.
 */
export function findRepeatedField(
  document: DocumentNode,
  maxRepeats: number,
): { name: string; count: number } | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, Map<string, number>>();
  let found: { name: string; count: number } | undefined;

  const fragmentCounts = (name: string): Map<string, number> => {
    const known = memo.get(name);
    if (known) return known;
    memo.set(name, new Map()); // a cycle is refused by validation
    const fragment = fragments.get(name);
    const counts = fragment ? countsOf(fragment.selectionSet) : new Map<string, number>();
    memo.set(name, counts);
    return counts;
  };

  const countsOf = (selectionSet: SelectionSetNode): Map<string, number> => {
    const counts = new Map<string, number>();
    const add = (name: string, n: number): void => {
      const count = (counts.get(name) ?? 0) + n;
      counts.set(name, count);
      if (count > maxRepeats && !found) found = { name, count };
    };
    const spread = new Set<string>();
    for (const selection of selectionSet.selections) {
      if (found) break;
      if (selection.kind === Kind.FIELD) {
        add(selection.alias?.value ?? selection.name.value, 1);
        if (selection.selectionSet) countsOf(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        for (const [name, n] of countsOf(selection.selectionSet)) add(name, n);
      } else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        for (const [name, n] of fragmentCounts(selection.name.value)) add(name, n);
      }
    }
    return counts;
  };

  for (const d of document.definitions) {
    if (found) break;
    if (d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION) countsOf(d.selectionSet);
  }
  return found;
}
