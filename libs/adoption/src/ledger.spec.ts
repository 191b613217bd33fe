import { describe, expect, it } from '@jest/globals';
import { AdoptionOutcome } from './adoption.enums.js';
import {
  addSuggestions,
  awaitingDecision,
  emptyFigures,
  foldByKey,
  pointLedger,
  sortOverview,
  withEveryMember,
  withRate,
} from './ledger.js';

describe('the ledger arithmetic', () => {
  it('counts each suggestion once per outcome, and the rate as (adopted + partly) / submitted', () => {
    const line = emptyFigures('p', '2022 年度');
    addSuggestions(line, AdoptionOutcome.ADOPTED, 6);
    addSuggestions(line, AdoptionOutcome.PARTIALLY_ADOPTED, 17);
    addSuggestions(line, AdoptionOutcome.NOT_ADOPTED, 12);
    addSuggestions(line, AdoptionOutcome.UNDER_STUDY, 3);
    addSuggestions(line, null, 2);
    expect(withRate(line)).toMatchObject({
      suggestions: 40,
      adopted: 6,
      partiallyAdopted: 17,
      notAdopted: 12,
      underStudy: 3,
      adoptionRate: 23 / 40,
    });
    expect(withRate(emptyFigures('x', '空')).adoptionRate).toBe(0);
  });

  it('folds per-key rows: outcomes add up per key, a key with only suggestions still counts its task, tasks are distinct', () => {
    const lines = foldByKey(
      [
        { key: 'union', taskId: 't1', opinions: 5 },
        { key: 'union', taskId: 't2', opinions: 2 },
        { key: 'town', taskId: 't1', opinions: 1 },
      ],
      [
        { key: 'union', taskId: 't1', outcome: AdoptionOutcome.ADOPTED, suggestions: 1 },
        { key: 'union', taskId: 't1', outcome: AdoptionOutcome.NOT_ADOPTED, suggestions: 2 },
        { key: 'union', taskId: 't2', outcome: null, suggestions: 1 },
        { key: 'town', taskId: 't1', outcome: AdoptionOutcome.ADOPTED, suggestions: 1 },
        { key: 'online', taskId: 't3', outcome: AdoptionOutcome.PARTIALLY_ADOPTED, suggestions: 4 },
      ],
      (key) => ({ union: '北碚区总工会', town: '施家梁镇' })[key] ?? key,
    );
    expect(lines).toEqual([
      expect.objectContaining({
        label: '北碚区总工会',
        tasks: 2,
        opinions: 7,
        suggestions: 4,
        adopted: 1,
        notAdopted: 2,
        adoptionRate: 0.25,
      }),
      expect.objectContaining({
        label: '施家梁镇',
        tasks: 1,
        opinions: 1,
        suggestions: 1,
        adopted: 1,
        adoptionRate: 1,
      }),
      expect.objectContaining({ label: 'online', tasks: 1, opinions: 0, suggestions: 4, adoptionRate: 1 }),
    ]);
  });
});

describe('withEveryMember', () => {
  it('lists every member: those with figures as they are, the others after them as zeros, by name', () => {
    const union = { ...emptyFigures('u1', '北碚区总工会'), opinions: 12, tasks: 2 };
    const lines = withEveryMember(
      [union],
      [
        { key: 'u3', label: '重庆缙云律师事务所' },
        { key: 'u1', label: '北碚区总工会' },
        { key: 'u2', label: '施家梁镇' },
      ],
    );
    expect(lines.map((l) => [l.label, l.opinions, l.tasks, l.adoptionRate])).toEqual([
      ['北碚区总工会', 12, 2, 0],
      ['重庆缙云律师事务所', 0, 0, 0], // chóng before shī: by pinyin
      ['施家梁镇', 0, 0, 0],
    ]);
  });

  it('folds a point’s year: frozen counts for submitted tasks, live ones for open tasks, undecided as 待反馈', () => {
    const { total, byTask } = pointLedger('p', '2022 年度', {
      tasks: [
        { id: 't1', title: '甲' },
        { id: 't2', title: '乙' },
      ],
      submitted: [{ taskId: 't1', submittedOpinions: 10, submittedSuggestions: 5 }],
      // t1's live count is ignored (its submission froze 10); t3 is not the point's task of the year.
      live: [
        { taskId: 't1', n: 99 },
        { taskId: 't2', n: 4 },
        { taskId: 't3', n: 7 },
      ],
      outcomes: [
        { taskId: 't1', outcome: AdoptionOutcome.ADOPTED, n: 1 },
        { taskId: 't1', outcome: AdoptionOutcome.PARTIALLY_ADOPTED, n: 1 },
        { taskId: 't3', outcome: AdoptionOutcome.ADOPTED, n: 9 },
      ],
    });
    expect(total).toMatchObject({ tasks: 2, opinions: 14, suggestions: 5, adopted: 1, partiallyAdopted: 1 });
    expect(total.adoptionRate).toBeCloseTo(2 / 5);
    expect(awaitingDecision(total)).toBe(3);
    expect(byTask.map((l) => [l.key, l.opinions, l.suggestions])).toEqual([
      ['t1', 10, 5],
      ['t2', 4, 0],
    ]);
  });

  it('sorts the overview by a figure with ties by name, a line with nothing submitted lowest by rate', () => {
    const line = (key: string, label: string, suggestions: number, adopted: number) =>
      withRate({ ...emptyFigures(key, label), suggestions, adopted });
    const lines = [
      line('a', '乙', 4, 1),
      line('b', '甲', 0, 0),
      line('c', '丙', 4, 1),
      line('d', '丁', 2, 2),
    ];
    expect(sortOverview(lines, 'adoptionRate', true).map((l) => l.key)).toEqual(['d', 'c', 'a', 'b']);
    expect(sortOverview(lines, 'suggestions', true).map((l) => l.key)).toEqual(['c', 'a', 'd', 'b']);
    expect(sortOverview(lines, 'name', false).map((l) => l.label)).toEqual(
      ['乙', '甲', '丙', '丁'].sort((x, y) => x.localeCompare(y, 'zh-CN')),
    );
  });
});
