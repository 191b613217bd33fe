import { Injectable } from '@nestjs/common';
import { Clock, TooManyRequestsError } from '@app/common';
import { LOGIN_LIMITS } from './identity.options.js';

interface Window {
  startedAt: number;
  count: number;
}

/**
 * Sign-in throttling, in memory (one API process; a cluster would move these counters to Redis). Counts failures
 * per username — so a password cannot be guessed — and attempts per client address — so usernames cannot be sprayed.
 */
@Injectable()
export class LoginThrottler {
  private readonly failures = new Map<string, Window>();
  private readonly attempts = new Map<string, Window>();

  constructor(private readonly clock: Clock) {}

  /** Throws TOO_MANY_REQUESTS when either limit is reached; otherwise counts the attempt. */
  check(username: string, address: string): void {
    const now = this.clock.now().getTime();
    this.sweep(now);
    const byUser = this.live(this.failures, username, now);
    if (byUser && byUser.count >= LOGIN_LIMITS.failuresPerUsername) {
      throw new TooManyRequestsError(
        `该账号连续登录失败次数过多，请 ${this.minutesLeft(byUser, now)} 分钟后再试`,
        this.secondsLeft(byUser, now),
        'LOGIN_LOCKED',
      );
    }
    const byAddress = this.bump(this.attempts, address, now);
    if (byAddress.count > LOGIN_LIMITS.attemptsPerAddress) {
      throw new TooManyRequestsError(
        `登录尝试过于频繁，请 ${this.minutesLeft(byAddress, now)} 分钟后再试`,
        this.secondsLeft(byAddress, now),
        'LOGIN_RATE_LIMITED',
      );
    }
  }

  recordFailure(username: string): void {
    this.bump(this.failures, username, this.clock.now().getTime());
  }

  recordSuccess(username: string): void {
    this.failures.delete(username);
  }

  private live(map: Map<string, Window>, key: string, now: number): Window | undefined {
    const window = map.get(key);
    if (window && now - window.startedAt >= LOGIN_LIMITS.windowSeconds * 1000) {
      map.delete(key);
      return undefined;
    }
    return window;
  }

  private bump(map: Map<string, Window>, key: string, now: number): Window {
    const window = this.live(map, key, now) ?? { startedAt: now, count: 0 };
    window.count += 1;
    map.set(key, window);
    return window;
  }

  /** Keeps memory bounded under a spray of distinct usernames or addresses. */
  private sweep(now: number): void {
    if (this.failures.size + this.attempts.size < 10_000) return;
    for (const map of [this.failures, this.attempts]) {
      for (const [key, window] of map) {
        if (now - window.startedAt >= LOGIN_LIMITS.windowSeconds * 1000) map.delete(key);
      }
    }
  }

  private secondsLeft(window: Window, now: number): number {
    return Math.max(1, Math.ceil((window.startedAt + LOGIN_LIMITS.windowSeconds * 1000 - now) / 1000));
  }

  private minutesLeft(window: Window, now: number): number {
    return Math.ceil(this.secondsLeft(window, now) / 60);
  }
}
