import { describe, expect, it } from '@jest/globals';
import { ledgerTally } from './ledger-tally.js';

const row = (suggestionId: string, unit: string | null, channel: string, outcome: string | null) => ({
  suggestionId,
  liaisonUnitId: unit,
  collectorId: null,
  channel,
  joinedKey: outcome,
});

describe('ledgerTally (every breakdown from one read of the origins)', () => {
  it('counts each suggestion once per origin key and outcome, nulls as groups of their own', () => {
    const lines = ledgerTally([
      // s1 came from unit A by two channels: once for unit A, once for each channel.
      row('s1', 'A', 'FORUM', 'ADOPTED'),
      row('s1', 'A', 'VISIT', 'ADOPTED'),
      row('s2', 'A', 'FORUM', 'ADOPTED'),
      row('s3', null, 'FORUM', null),
      row('s4', 'B', 'ONLINE', 'NOT_ADOPTED'),
    ]);
    const of = (dimension: string) =>
      lines
        .filter((l) => l.dimension === dimension)
        .map((l) => `${l.originKey}/${l.outcome}=${l.suggestions}`)
        .sort();
    expect(of('unit')).toEqual(['A/ADOPTED=2', 'B/NOT_ADOPTED=1', 'null/null=1']);
    expect(of('collector')).toEqual(['null/ADOPTED=2', 'null/NOT_ADOPTED=1', 'null/null=1']);
    expect(of('channel')).toEqual([
      'FORUM/ADOPTED=2',
      'FORUM/null=1',
      'ONLINE/NOT_ADOPTED=1',
      'VISIT/ADOPTED=1',
    ]);
  });

  it('keeps a null key apart from the text "null"', () => {
    const lines = ledgerTally([row('s1', null, 'FORUM', 'ADOPTED'), row('s2', 'null', 'FORUM', 'ADOPTED')]);
    expect(lines.filter((l) => l.dimension === 'unit')).toHaveLength(2);
  });
});

describe('ledgerTally with rows of one suggestion apart', () => {
  it('counts as when they come together', () => {
    const rows = [
      row('s1', 'A', 'FORUM', 'ADOPTED'),
      row('s2', 'A', 'FORUM', 'ADOPTED'),
      row('s1', 'A', 'VISIT', 'ADOPTED'),
      row('s3', null, 'FORUM', null),
      row('s2', 'B', 'FORUM', 'ADOPTED'),
    ];
    const sorted = [...rows].sort((a, b) => (a.suggestionId < b.suggestionId ? -1 : 1));
    const lines = (r: typeof rows) =>
      ledgerTally(r)
        .map((l) => `${l.dimension}:${l.originKey}/${l.outcome}=${l.suggestions}`)
        .sort();
    expect(lines(rows)).toEqual(lines(sorted));
    expect(lines(rows)).toContain('unit:A/ADOPTED=2');
    expect(lines(rows)).toContain('channel:FORUM/ADOPTED=2');
  });
});
