import { describe, expect, it } from '@jest/globals';
import { Between, In, IsNull } from 'typeorm';
import { narrowScope } from './narrow-scope.js';

interface Row {
  taskId: string;
  liaisonUnitId: string | null;
  authorAccountId: string;
  createdAt: Date;
}

describe('narrowScope', () => {
  const scope = [
    { taskId: 't', authorAccountId: 'me' },
    { taskId: 't', liaisonUnitId: In(['u1', 'u2']) },
  ];

  it('adds a filter on a column the scope leaves open', () => {
    expect(narrowScope<Row>(scope, { authorAccountId: 'me' })).toEqual([
      { taskId: 't', authorAccountId: 'me' },
      { taskId: 't', liaisonUnitId: In(['u1', 'u2']), authorAccountId: 'me' },
    ]);
  });

  it('never lets a filter replace the scope: another unit leaves only what the caller wrote', () => {
    expect(narrowScope<Row>(scope, { liaisonUnitId: 'u9' })).toEqual([
      { taskId: 't', authorAccountId: 'me', liaisonUnitId: 'u9' },
    ]);
    expect(narrowScope<Row>(scope, { liaisonUnitId: 'u2' })).toEqual([
      { taskId: 't', authorAccountId: 'me', liaisonUnitId: 'u2' },
      { taskId: 't', liaisonUnitId: 'u2' },
    ]);
    expect(narrowScope<Row>([{ taskId: 't' }], { taskId: 'other' })).toEqual([]);
  });

  it('intersects two lists, and refuses operators it cannot intersect', () => {
    expect(
      narrowScope<Row>([{ liaisonUnitId: In(['a', 'b', 'c']) }], { liaisonUnitId: In(['c', 'b', 'z']) }),
    ).toEqual([{ liaisonUnitId: In(['c', 'b']) }]);
    expect(() => narrowScope<Row>([{ liaisonUnitId: IsNull() }], { liaisonUnitId: 'a' })).toThrow(
      /cannot be intersected/,
    );
    const range = Between(new Date(0), new Date(1));
    expect(narrowScope<Row>([{ taskId: 't' }], { createdAt: range })).toEqual([
      { taskId: 't', createdAt: range },
    ]);
  });
});
