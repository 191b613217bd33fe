import { describe, expect, it } from '@jest/globals';
import { Kind, buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { estimateOperationCost } from './query-complexity.js';

const schema = buildSchema(`
  type Query { points(first: Int): PointConnection point: Point }
  type PointConnection { totalCount: Int edges: [PointEdge] }
  type PointEdge { node: Point }
  type Point { name: String units(first: Int): UnitConnection }
  type UnitConnection { totalCount: Int edges: [UnitEdge] }
  type UnitEdge { node: Unit }
  type Unit { name: String }
`);

const costOf = (query: string, variables?: Record<string, unknown>, maxCost?: number): number => {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return estimateOperationCost(schema, document, operation, { variables, maxCost });
};

/** Fragments F1…Fn, each spreading the previous one twice: 2^n paths for a naive walk. */
function doublingQuery(n: number): string {
  const fragments = ['fragment F0 on Point { name }'];
  for (let i = 1; i <= n; i++) fragments.push(`fragment F${i} on Point { ...F${i - 1} ...F${i - 1} }`);
  return `{ point { ...F${n} } } ${fragments.join(' ')}`;
}

describe('estimateOperationCost', () => {
  it('multiplies what is below a list by its page size', () => {
    // points(1) + 10 × (edges, node, name, units) + 10 × 5 × (edges, node, name)
    expect(
      costOf('{ points(first: 10) { edges { node { name units(first: 5) { edges { node { name } } } } } } }'),
    ).toBe(1 + 10 * 4 + 50 * 3);
  });

  it("assumes the default page size without `first`, reads a variable's value or default, and follows fragments", () => {
    expect(costOf('{ points { totalCount } }')).toBe(1 + 20);
    expect(costOf('query($n: Int) { points(first: $n) { totalCount } }', { n: 10 })).toBe(1 + 10);
    expect(costOf('query($n: Int = 3) { points(first: $n) { totalCount } }')).toBe(1 + 3);
    expect(costOf('query($n: Int) { points(first: $n) { totalCount } }')).toBe(1 + 20);
    expect(costOf('{ points(first: 2) { ...P } } fragment P on PointConnection { totalCount }')).toBe(1 + 2);
  });

  it('counts every spread of a fragment, computing its cost once', () => {
    expect(costOf(doublingQuery(3))).toBe(1 + 8);
    const started = performance.now();
    expect(costOf(doublingQuery(60))).toBe(1 + 2 ** 60);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('stops counting once past the limit', () => {
    const cost = costOf(doublingQuery(23), {}, 1000);
    expect(cost).toBeGreaterThan(1000);
    expect(cost).toBeLessThan(2 ** 23);
  });
});
