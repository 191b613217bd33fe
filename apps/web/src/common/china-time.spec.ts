import { describe, expect, it } from '@jest/globals';
import { beijingWallClock, fromBeijingWallClock, wallClockWindow } from './china-time';

// Whatever the device's zone, the picker's wall clock is Beijing's. These run in the test process's zone; the browser
// spec (test/web/online-collection.web-spec.ts) picks a closing time on a device in New York and checks the instant.
describe('Beijing wall clock for pickers', () => {
  it('shows an instant as Beijing reads it, and takes a picked wall clock back to that instant', () => {
    const at = beijingWallClock('2026-12-07T10:00:00Z');
    expect(at.format('YYYY-MM-DD HH:mm')).toBe('2026-12-07 18:00');
    expect(fromBeijingWallClock(at)).toBe('2026-12-07T10:00:00.000Z');
    // Past midnight in Beijing, still the day before in UTC.
    expect(beijingWallClock('2026-12-07T16:30:00Z').format('YYYY-MM-DD HH:mm')).toBe('2026-12-08 00:30');
  });

  it('offers only the days, hours and minutes between now and the deadline', () => {
    const earliest = beijingWallClock('2026-12-07T02:20:00Z'); // 10:20 Beijing
    const latest = beijingWallClock('2026-12-20T15:59:59Z'); // 23:59 Beijing, the deadline's day
    const w = wallClockWindow(earliest, latest);
    expect(w.disabledDate(beijingWallClock('2026-12-06T04:00:00Z'))).toBe(true);
    expect(w.disabledDate(beijingWallClock('2026-12-07T04:00:00Z'))).toBe(false);
    expect(w.disabledDate(beijingWallClock('2026-12-20T04:00:00Z'))).toBe(false);
    expect(w.disabledDate(beijingWallClock('2026-12-21T04:00:00Z'))).toBe(true);
    const today = w.disabledTime(earliest);
    expect(today.disabledHours()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(today.disabledMinutes(10)).toHaveLength(20);
    expect(today.disabledMinutes(11)).toEqual([]);
    const short = wallClockWindow(earliest, beijingWallClock('2026-12-08T10:30:00Z')); // 18:30 Beijing on the 8th
    const last = short.disabledTime(beijingWallClock('2026-12-08T04:00:00Z'));
    expect(last.disabledHours()).toEqual([19, 20, 21, 22, 23]);
    expect(last.disabledMinutes(18)).toEqual(Array.from({ length: 29 }, (_, i) => 31 + i));
  });
});
