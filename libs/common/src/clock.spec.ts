import { describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { Clock } from './clock.js';

describe('Clock.recordingAt', () => {
  const clock = new Clock();
  const past = new Date('2022-05-24T10:00:00+08:00');

  it('reads the recorded instant throughout the work, across awaits, and the real time outside it', async () => {
    const seen = await clock.recordingAt(past, async () => {
      const first = clock.now();
      await sleep(5);
      return [first, clock.now()];
    });
    expect(seen.map((d) => d.toISOString())).toEqual([past.toISOString(), past.toISOString()]);
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('keeps concurrent work apart: a request running meanwhile still reads the real time', async () => {
    const outside: Date[] = [];
    const recording = clock.recordingAt(past, async () => {
      await sleep(20);
      return clock.now();
    });
    await sleep(5);
    outside.push(clock.now());
    expect((await recording).getTime()).toBe(past.getTime());
    expect(outside[0].getFullYear()).toBeGreaterThan(2022);
  });

  it('hands out copies, so a caller changing its date cannot move the recorded instant', async () => {
    const after = await clock.recordingAt(past, () => {
      clock.now().setFullYear(1999);
      return Promise.resolve(clock.now());
    });
    expect(after.getTime()).toBe(past.getTime());
  });

  it('refuses an invalid date', () => {
    expect(() => clock.recordingAt(new Date('2022-13-45'), () => Promise.resolve(1))).toThrow(RangeError);
  });
});
