import { describe, expect, it } from '@jest/globals';
import { OpinionStatus } from '@app/feedback';
import { countBy, unitKeyLabel, unitKeyOf } from './workbench.service.js';

describe('按联系单位: who gathered the opinions', () => {
  const tally = (liaisonUnitId: string | null, fromPublic: boolean, opinions: number) => ({
    status: OpinionStatus.ACTIVE,
    channel: 'ONLINE',
    liaisonUnitId,
    fromPublic,
    provisionAddress: null,
    opinions,
    people: opinions,
  });
  const names = new Map([['u1', '北碚区总工会']]);
  const label = (key: string) => unitKeyLabel(key, (id) => names.get(id));

  it('puts the public’s opinions on their own line, not the executing body’s', () => {
    const lines = countBy(
      [tally(null, true, 18), tally(null, false, 4), tally('u1', false, 3), tally(null, true, 2)],
      unitKeyOf,
      label,
    );
    expect(lines.map((l) => [l.label, l.opinions])).toEqual([
      ['网上征集（公众）', 20],
      ['执行机构和专家团队', 4],
      ['北碚区总工会', 3],
    ]);
  });

  it('a unit’s opinion is the unit’s whatever else is said of it', () => {
    expect(unitKeyOf(tally('u1', true, 1))).toBe('u1');
    expect(label('unknown-unit')).toBe('unknown-unit');
  });
});
