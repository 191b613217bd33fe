import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { contextSlot } from './async-context.js';

const recordedAt = contextSlot<Date>('recordedAt');

/**
 * The server's clock, injectable so that tests can set the time (deadlines, token expiry, throttling).
 *
 * Recording history (the demo's 2022 year) runs the ordinary services inside `recordingAt`: every reading of the
 * clock in that call — the row's timestamps, its audit entry, its notifications, the deadline checks — is the
 * historical instant, so that a past step is recorded as it happened without a second, back-dating code path.
 */
@Injectable()
export class Clock {
  now(): Date {
    const at = recordedAt.get();
    return at ? new Date(at.getTime()) : new Date();
  }

  /** Runs `work` with the clock reading `at` throughout (and only within it, whatever else runs meanwhile). */
  recordingAt<T>(at: Date, work: () => Promise<T>): Promise<T> {
    if (Number.isNaN(at.getTime())) throw new RangeError('recordingAt: invalid date');
    return recordedAt.run(new Date(at.getTime()), work);
  }
}

export const newId = (): string => randomUUID();

export { chinaDate } from './china-date.js';
