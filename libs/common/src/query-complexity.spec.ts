import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse, validate } from 'graphql';
import { queryCostRule } from './query-complexity.js';

const schema = buildSchema(`
  type Query { points(first: Int): PointConnection point: Point }
  type PointConnection { totalCount: Int edges: [PointEdge] }
  type PointEdge { node: Point }
  type Point { name: String units(first: Int): UnitConnection }
  type UnitConnection { totalCount: Int edges: [UnitEdge] }
  type UnitEdge { node: Unit }
  type Unit { name: String }
`);

const costOf = (query: string, max = 1_000_000): number | undefined => {
  const errors = validate(schema, parse(query), [queryCostRule(max)]);
  return errors.length ? (errors[0].extensions.cost as number) : undefined;
};

describe('queryCostRule', () => {
  it('multiplies what is below a list by its page size', () => {
    // points(1) + 10 × (edges, node, name, units) + 10 × 5 × (edges, node, name)
    expect(
      costOf(
        '{ points(first: 10) { edges { node { name units(first: 5) { edges { node { name } } } } } } }',
        0,
      ),
    ).toBe(1 + 10 * 4 + 50 * 3);
  });

  it('assumes the default page size without `first`, the maximum with a variable, and follows fragments', () => {
    expect(costOf('{ points { totalCount } }', 0)).toBe(1 + 20);
    expect(costOf('query($n: Int) { points(first: $n) { totalCount } }', 0)).toBe(1 + 100);
    expect(costOf('{ points(first: 2) { ...P } } fragment P on PointConnection { totalCount }', 0)).toBe(
      1 + 2,
    );
  });

  it('lets through what is under the limit', () => {
    expect(costOf('{ point { name } }', 10)).toBeUndefined();
  });
});
