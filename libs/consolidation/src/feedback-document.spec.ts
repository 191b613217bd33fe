import { describe, expect, it } from '@jest/globals';
import { describeProposers } from './feedback-document.service.js';

describe('提出单位或个人', () => {
  const tally = (over: Partial<Parameters<typeof describeProposers>[0][number]>) => ({
    suggestionId: 's',
    liaisonUnitId: null,
    contributorCategory: null,
    authorRole: 'COLLECTOR',
    opinions: 1,
    people: 1,
    ...over,
  });

  it('names units and categories with counts, most opinions first, never a person', () => {
    const text = describeProposers(
      [
        tally({ liaisonUnitId: 'u1', opinions: 3, people: 18 }),
        tally({ liaisonUnitId: 'u2', opinions: 1, people: 1 }),
        tally({ contributorCategory: 'RESIDENT', authorRole: 'POINT_HEAD', opinions: 2, people: 2 }),
        tally({ authorRole: 'EXPERT', opinions: 1 }),
      ],
      (id) => ({ u1: '北碚区总工会', u2: '施家梁镇' })[id] ?? id,
      2,
    );
    expect(text).toBe(
      '北碚区总工会（3条，代表18人）；居民群众（2条）；施家梁镇（1条）；专家团队（1条，批注2条）',
    );
  });

  it('names the experts once, as 专家团队, with their annotations (批注) alone or beside their opinions', () => {
    expect(describeProposers([], () => '', 2)).toBe('专家团队（批注2条）');
    expect(describeProposers([tally({ authorRole: 'EXPERT', opinions: 1 })], () => '', 0)).toBe(
      '专家团队（1条）',
    );
  });

  it('adds the people only when an opinion stood for more than one person', () => {
    expect(
      describeProposers([tally({ liaisonUnitId: 'u', opinions: 2, people: 2 })], () => '某单位', 0),
    ).toBe('某单位（2条）');
  });

  it('counts what the public submitted through 网上征集 as 网上征集（公众）, not as the executing body', () => {
    expect(
      describeProposers(
        [tally({ authorRole: 'PUBLIC', opinions: 12, people: 12 }), tally({ authorRole: 'POINT_HEAD' })],
        () => '',
        0,
      ),
    ).toBe('网上征集（公众）（12条）；联系点执行机构（1条）');
  });
});
