import { describe, expect, it } from '@jest/globals';
import { choiceMatches, GENERAL, provisionChoices, type ProvisionRow } from './opinion-provisions';

const row = (address: string, citation: string, kind = 'article', depth = 2): ProvisionRow => ({
  address,
  citation,
  label: citation,
  kind,
  depth,
});

// 第一章 (art_1..art_3), 第二章 (art_8, art_80): a draft in the reader's order.
const draft: ProvisionRow[] = [
  row('chp_1', '第一章', 'chapter', 1),
  row('art_1', '第一条'),
  row('art_3', '第三条'),
  row('chp_2', '第二章', 'chapter', 1),
  row('art_8', '第八条'),
  row('art_80', '第八十条'),
];
const values = (choices: Array<{ value: string }>) => choices.map((c) => c.value);

describe('provisionChoices (the API rule PROVISION_NOT_ASSIGNED)', () => {
  it('offers every article and 总体意见 while the assignments are unknown or to the executing body (null)', () => {
    expect(values(provisionChoices(draft, null))).toEqual([GENERAL, 'art_1', 'art_3', 'art_8', 'art_80']);
  });

  it('an assignment naming no provisions covers the whole draft', () => {
    expect(
      values(provisionChoices(draft, [{ provisionAddresses: ['art_3'] }, { provisionAddresses: [] }])),
    ).toEqual([GENERAL, 'art_1', 'art_3', 'art_8', 'art_80']);
  });

  it('only the named articles, those under a named chapter, and named paragraphs (cited)', () => {
    const choices = provisionChoices(draft, [{ provisionAddresses: ['art_3', 'chp_2', 'art_1__para_2'] }]);
    expect(values(choices)).toEqual([GENERAL, 'art_3', 'art_8', 'art_80', 'art_1__para_2']);
    expect(choices.at(-1)!.label).toBe('第一条第二款');
  });

  it('keeps the address from the URL even when it is not assigned (the API answers for it)', () => {
    const choices = provisionChoices(draft, [{ provisionAddresses: ['art_3'] }], [{ address: 'art_8' }]);
    expect(values(choices)).toEqual([GENERAL, 'art_3', 'art_8']);
    expect(choices[2].label).toBe('第八条');
  });

  it('offline, with no provisions loaded: 总体意见 and the kept address, read from the address', () => {
    expect(provisionChoices([], null, [{ address: 'art_13' }])).toEqual([
      { value: GENERAL, label: '总体意见（不针对某一条）' },
      { value: 'art_13', label: '第十三条' },
    ]);
  });
});

describe('choiceMatches (search on a phone)', () => {
  const choices = provisionChoices(draft, null);
  const found = (typed: string) => choices.filter((c) => choiceMatches(c, typed)).map((c) => c.value);
  it('8 and 第八条 find 第八条, not 第八十条', () => {
    expect(found('8')).toEqual(['art_8']);
    expect(found('第八条')).toEqual(['art_8']);
    expect(found('80')).toEqual(['art_80']);
  });
  it('words search the label; empty finds all', () => {
    expect(found('总体')).toEqual([GENERAL]);
    expect(found(' ')).toHaveLength(choices.length);
  });
});
