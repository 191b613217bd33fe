import { describe, expect, it } from '@jest/globals';
import { Clock, TooManyRequestsError } from '@app/common';
import { LOGIN_LIMITS } from './identity.options.js';
import { LoginThrottler } from './login-throttler.js';

class SetClock extends Clock {
  constructor(public t: number) {
    super();
  }
  override now(): Date {
    return new Date(this.t);
  }
}
const clockAt = (start: number) => new SetClock(start);

describe('LoginThrottler', () => {
  it('locks a username after the failure limit, until its window has passed', () => {
    const clock = clockAt(0);
    const throttler = new LoginThrottler(clock);
    for (let i = 0; i < LOGIN_LIMITS.failuresPerUsername; i++) {
      throttler.check('head', `10.0.0.${i}`);
      throttler.recordFailure('head');
    }
    expect(() => throttler.check('head', '10.0.1.1')).toThrow(TooManyRequestsError);
    expect(() => throttler.check('liaison', '10.0.1.1')).not.toThrow();
    clock.t = LOGIN_LIMITS.windowSeconds * 1000;
    expect(() => throttler.check('head', '10.0.1.1')).not.toThrow();
  });

  it('forgives past failures after a successful sign-in', () => {
    const throttler = new LoginThrottler(clockAt(0));
    for (let i = 0; i < LOGIN_LIMITS.failuresPerUsername - 1; i++) throttler.recordFailure('head');
    throttler.recordSuccess('head');
    throttler.recordFailure('head');
    expect(() => throttler.check('head', 'a')).not.toThrow();
  });

  it('limits attempts from one address across usernames', () => {
    const throttler = new LoginThrottler(clockAt(0));
    for (let i = 0; i < LOGIN_LIMITS.attemptsPerAddress; i++) throttler.check(`user${i}`, '192.0.2.1');
    let error: unknown;
    try {
      throttler.check('another', '192.0.2.1');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TooManyRequestsError);
    expect((error as TooManyRequestsError).reason).toBe('LOGIN_RATE_LIMITED');
    expect(() => throttler.check('another', '192.0.2.2')).not.toThrow();
  });
});
