import type { Logger } from 'pino';
import { ServiceUnavailableError } from '@app/common';
import { CommitOutcomeUnknownError, isDatabaseUnavailable } from '@app/database';

/** How often the database is probed while it is away, to say when it is back. */
export const DATABASE_PROBE_INTERVAL_MS = 1000;

/**
 * Turns "the database is away" into one named, temporary error for clients (SERVICE_UNAVAILABLE /
 * DATABASE_UNAVAILABLE, or COMMIT_OUTCOME_UNKNOWN when the connection broke during COMMIT), and into two log lines at
 * warn — one when it goes away, one when it is back — instead of a stack per failed request.
 */
export class DatabaseAvailability {
  private downSince: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private probe: (() => Promise<unknown>) | undefined;

  constructor(private readonly logger: Logger) {}

  /** The query that tells whether the database is back (set once the data source exists). */
  attach(probe: () => Promise<unknown>): void {
    this.probe = probe;
  }

  /** The client-facing error for `error` when it means the database is away; undefined otherwise. */
  translate(error: unknown): ServiceUnavailableError | undefined {
    if (!isDatabaseUnavailable(error)) return undefined;
    this.noticeDown(error);
    if (error instanceof CommitOutcomeUnknownError)
      return new ServiceUnavailableError(
        '保存结果未知：提交时与数据库的连接中断，数据可能已经保存。请用相同的幂等键（idempotencyKey）重试：已保存的会返回原回执，不会重复保存',
        'COMMIT_OUTCOME_UNKNOWN',
      );
    return new ServiceUnavailableError(
      '数据库暂时无法访问，请稍后重试。这是暂时的：用相同的幂等键（idempotencyKey）重试是安全的，不会重复保存',
    );
  }

  private noticeDown(error: unknown): void {
    if (this.downSince !== undefined) return;
    this.downSince = Date.now();
    const code = (error as { code?: unknown; driverError?: { code?: unknown } }).driverError?.code;
    this.logger.warn(
      { event: 'database_unavailable', code: code ?? (error as { code?: unknown }).code },
      '数据库不可用，请求将以 DATABASE_UNAVAILABLE 拒绝 (database unavailable)',
    );
    this.scheduleProbe();
  }

  private scheduleProbe(): void {
    this.timer = setTimeout(() => {
      if (!this.probe) return;
      this.probe().then(
        () => {
          const downMs = Date.now() - (this.downSince ?? Date.now());
          this.downSince = undefined;
          this.logger.warn({ event: 'database_back', downMs }, '数据库已恢复 (database is back)');
        },
        () => this.scheduleProbe(),
      );
    }, DATABASE_PROBE_INTERVAL_MS);
    this.timer.unref();
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
