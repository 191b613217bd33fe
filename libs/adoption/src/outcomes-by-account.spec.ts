import { describe, expect, it } from '@jest/globals';
import { AdoptionOutcome } from './adoption.enums.js';
import { outcomesByAccount } from './outcomes-by-account.js';

const link = (
  suggestionId: string,
  opinionId: string,
  authorAccountId: string | null,
  liaisonUnitId: string | null,
) => ({
  suggestionId,
  opinionId,
  authorAccountId,
  liaisonUnitId,
});

describe('outcomesByAccount (whom a publication tells, and of what)', () => {
  const outcomeOf = new Map([
    ['s1', AdoptionOutcome.NOT_ADOPTED],
    ['s2', AdoptionOutcome.ADOPTED],
    ['s3', AdoptionOutcome.UNDER_STUDY],
  ]);
  const admins = new Map([['unit-a', ['admin', 'collector-1']]]);

  it('counts each opinion once per account, with the best outcome of the suggestions it went into', () => {
    const { opinions, perAccount } = outcomesByAccount(
      [
        // o1 went into s1 and s2: adopted is what its people hear.
        link('s1', 'o1', 'collector-1', 'unit-a'),
        link('s2', 'o1', 'collector-1', 'unit-a'),
        link('s3', 'o2', 'collector-2', 'unit-a'),
        link('s3', 'o3', 'collector-2', null),
      ],
      outcomeOf,
      admins,
    );
    expect(opinions).toBe(3);
    const of = (account: string) => {
      const mine = perAccount.get(account)!;
      return { opinions: mine.opinions, counts: Object.fromEntries(mine.counts) };
    };
    // collector-1 wrote o1 and is an admin of unit-a: o1 once, o2 as its admin.
    expect(of('collector-1')).toEqual({
      opinions: 2,
      counts: { [AdoptionOutcome.ADOPTED]: 1, [AdoptionOutcome.UNDER_STUDY]: 1 },
    });
    expect(of('collector-2')).toEqual({ opinions: 2, counts: { [AdoptionOutcome.UNDER_STUDY]: 2 } });
    expect(of('admin')).toEqual({
      opinions: 2,
      counts: { [AdoptionOutcome.ADOPTED]: 1, [AdoptionOutcome.UNDER_STUDY]: 1 },
    });
    expect([...perAccount.keys()]).toEqual(['collector-1', 'admin', 'collector-2']);
  });

  it('skips the links of suggestions not published (a task table read whole holds undecided ones)', () => {
    const { opinions, perAccount } = outcomesByAccount(
      [link('s9', 'o9', 'collector-9', 'unit-a'), link('s3', 'o2', 'collector-2', null)],
      outcomeOf,
      admins,
    );
    expect(opinions).toBe(1);
    expect([...perAccount.keys()]).toEqual(['collector-2']);
  });

  it('tells no account of an opinion the public submitted online (no author), but still its unit admins', () => {
    const { opinions, perAccount } = outcomesByAccount(
      [link('s2', 'o7', null, null), link('s2', 'o8', null, 'unit-a')],
      outcomeOf,
      admins,
    );
    expect(opinions).toBe(2);
    expect([...perAccount.keys()]).toEqual(['admin', 'collector-1']);
    expect(perAccount.get('admin')!.opinions).toBe(1);
  });
});
