import { describe, expect, it } from '@jest/globals';
import { ONLINE_FLOW_LIMITS, flowBuckets, flowFrom, flowWindow } from './online-flow.js';

const HOUR = 3600_000;
const at = (iso: string) => new Date(iso);
const iso = (b: { start: Date; count: number }) => [b.start.toISOString(), b.count];

describe('the flow of an online round', () => {
  it('a young round: its hours since opening, no days', () => {
    const w = flowWindow(at('2026-12-07T01:20:00Z'), at('2026-12-07T04:05:00Z'));
    expect(w).toMatchObject({ dayFrom: null, daysTruncated: false });
    const { hourly, daily } = flowBuckets(w, [
      { hour: Date.parse('2026-12-07T01:00:00Z'), count: 2 },
      { hour: Date.parse('2026-12-07T03:00:00Z'), count: 5 },
    ]);
    expect(hourly.map(iso)).toEqual([
      ['2026-12-07T01:00:00.000Z', 2],
      ['2026-12-07T02:00:00.000Z', 0],
      ['2026-12-07T03:00:00.000Z', 5],
      ['2026-12-07T04:00:00.000Z', 0],
    ]);
    expect(daily).toEqual([]);
  });

  it(`an older round: the last ${ONLINE_FLOW_LIMITS.hours} hours, and its Beijing days (midnight is 16:00 UTC)`, () => {
    const w = flowWindow(at('2026-12-05T10:00:00Z'), at('2026-12-08T02:30:00Z'));
    const { hourly, daily } = flowBuckets(w, [
      { hour: Date.parse('2026-12-05T15:00:00Z'), count: 3 }, // 23:00 on the 5th, Beijing
      { hour: Date.parse('2026-12-05T16:00:00Z'), count: 4 }, // 00:00 on the 6th
      { hour: Date.parse('2026-12-08T02:00:00Z'), count: 1 },
    ]);
    expect(hourly).toHaveLength(ONLINE_FLOW_LIMITS.hours);
    expect(hourly.at(-1)!.start.toISOString()).toBe('2026-12-08T02:00:00.000Z');
    expect(hourly.at(-1)!.count).toBe(1);
    expect(daily.map(iso)).toEqual([
      ['2026-12-04T16:00:00.000Z', 3],
      ['2026-12-05T16:00:00.000Z', 4],
      ['2026-12-06T16:00:00.000Z', 0],
      ['2026-12-07T16:00:00.000Z', 1],
    ]);
    expect(flowFrom(w)).toBe(Date.parse('2026-12-04T16:00:00Z'));
  });

  it('never more buckets than the limits: the latest days, marked truncated', () => {
    const limits = { hours: 6, days: 3 };
    const w = flowWindow(at('2026-11-01T00:00:00Z'), at('2026-12-07T09:00:00Z'), limits);
    const { hourly, daily } = flowBuckets(w, [{ hour: Date.parse('2026-11-02T00:00:00Z'), count: 9 }]);
    expect(hourly).toHaveLength(6);
    expect(daily).toHaveLength(3);
    expect(w.daysTruncated).toBe(true);
    expect(daily.every((d) => d.count === 0)).toBe(true);
    expect(w.to - w.hourFrom).toBe(6 * HOUR);
  });
});
