import { Inject, Injectable } from '@nestjs/common';
import { Clock, TooManyRequestsError } from '@app/common';
import {
  describeWait,
  REQUEST_COUNTER_STORE,
  type RequestCounterStore,
  type RequestWindow,
} from '@app/identity';
import { FEEDBACK_OPTIONS, OPINION_WRITE_LIMITS, type FeedbackOptions } from './feedback.options.js';

/**
 * The per-account budget on opinion writes (see OPINION_WRITE_LIMITS): every path that adds opinions takes from it
 * before writing and gives back what it did not write. Refused with TOO_MANY_REQUESTS / OPINION_WRITES_LIMITED and
 * the wait (retryAfterSeconds, sent as Retry-After).
 */
@Injectable()
export class OpinionWriteBudget {
  private readonly windows: readonly RequestWindow[];

  constructor(
    @Inject(REQUEST_COUNTER_STORE) private readonly store: RequestCounterStore,
    @Inject(FEEDBACK_OPTIONS) options: FeedbackOptions,
    private readonly clock: Clock,
  ) {
    const limits = options.opinionWrites ?? OPINION_WRITE_LIMITS;
    this.windows = [
      { limit: limits.perMinute, seconds: 60 },
      { limit: limits.perDay, seconds: 24 * 3600 },
    ];
  }

  /**
   * Takes `count` opinions from the account's budget, or throws saying which limit and how long to wait. Returns when it
   * was taken, for giveBack.
   */
  async take(accountId: string, count: number): Promise<number> {
    const takenAt = this.now();
    if (count <= 0) return takenAt;
    const result = await this.store.take(this.key(accountId), count, this.windows, takenAt);
    if (result.granted) return takenAt;
    const { remaining, retryAfterSeconds } = result;
    // Never -1: accounts' counters are not capped (only anonymous ones are).
    const window = this.windows[Math.max(0, result.window)];
    const left =
      count > 1 && remaining > 0
        ? `本次 ${count} 条超出剩余额度（还可录入 ${remaining} 条），可分批录入或`
        : '请';
    throw new TooManyRequestsError(
      `您的账号 ${describeWait(window.seconds)}内录入的意见已达上限（${window.limit} 条），` +
        `${left} ${describeWait(retryAfterSeconds)}后再试；如确有大量纸质意见需要录入，请联系系统管理员`,
      retryAfterSeconds,
      'OPINION_WRITES_LIMITED',
    );
  }

  /** Gives back opinions taken at `takenAt` (take's answer) and not written. */
  async giveBack(accountId: string, count: number, takenAt: number): Promise<void> {
    if (count <= 0) return;
    await this.store.giveBack(this.key(accountId), count, this.windows, takenAt, this.now());
  }

  private key(accountId: string): string {
    return `opinion-writes:${accountId}`;
  }

  private now(): number {
    return this.clock.now().getTime();
  }
}
