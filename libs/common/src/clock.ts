import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';

/** The server's clock, injectable so that tests can set the time (deadlines, token expiry, throttling). */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

export const newId = (): string => randomUUID();

/** Today's date in China Standard Time (YYYY-MM-DD), whatever the server's own time zone. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
