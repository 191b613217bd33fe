import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  DEFAULT_DATABASE_URL,
  DEFAULT_QUERY_TIMEOUT_MS,
  parseDatabaseUrl,
  READ_REPLICA_DEFAULTS,
  REPLICA_LAG_DEFAULTS,
  REPLICA_ON_SQLITE,
  SQLITE_CHECKPOINT,
  SQLITE_SYNCHRONOUS,
  type SqliteCheckpoint,
  type SqliteSynchronous,
} from '@app/database';
import { RECEIPT_LOOKUP_LIMITS, type ReceiptLookupLimits } from '@app/adoption';
import {
  ONLINE_COLLECTION_LIMITS,
  OPINION_WRITE_LIMITS,
  type OnlineCollectionLimits,
  type OpinionWriteLimits,
} from '@app/feedback';
import { SESSION_DEFAULTS } from '@app/identity';
import { PERSONAL_DATA_RETENTION_DEFAULTS } from '@app/feedback';
import { JOB_LIMITS } from '@app/jobs';
import { EVENT_STREAM_DEFAULTS, type EventStreamLimits } from './event-stream-limits.js';
import { ADMISSION_SHED_QUEUE_SHARE, OVERLOAD_DEFAULTS, type OverloadLimits } from './load-shedding.js';

/** Every setting the server reads, from the environment, validated at start (see the README's table). */
export interface Settings {
  nodeEnv: 'development' | 'production' | 'test';
  production: boolean;
  host: string;
  port: number;
  databaseUrl: string;
  /** MySQL/MariaDB read replicas (DATABASE_REPLICA_URLS, comma-separated): queries' reads may go there. */
  databaseReplicaUrls: string[];
  /** REPLICA_READ_AFTER_WRITE_MS: after a caller's write, their reads stay on the primary this long. */
  replicaReadAfterWriteMs: number;
  /**
   * REPLICA_MAX_LAG_MS: a replica further behind the primary is left out of the read rotation until it catches up;
   * REPLICA_LAG_CHECK_MS: how often each replica's lag is checked (see libs/database/src/replica-lag.ts).
   */
  replicaLag: { maxLagMs: number; checkMs: number };
  /** The longest a single MySQL/MariaDB statement may take before the request fails (a hung database included). */
  databaseQueryTimeoutMs: number;
  /** SQLite's `synchronous`: FULL (every commit on disk) unless NORMAL is chosen knowingly. */
  sqliteSynchronous: SqliteSynchronous;
  /** Where SQLite's checkpoints run: in a thread of their own (the default) or inside a COMMIT. */
  sqliteCheckpoint: SqliteCheckpoint;
  tokenSecret: string;
  tokenTtlSeconds: number;
  refreshTtlSeconds: number;
  sessionMaxSeconds: number;
  /** Fastify's trustProxy: false, or the proxies (addresses, CIDRs, `loopback`) whose X-Forwarded-For is believed. */
  trustProxy: false | string;
  seedDemo: boolean;
  logLevel: string;
  reminderIntervalSeconds: number;
  /** Base64 of the 32-byte key that seals contributors' personal data. */
  personalDataKey: string;
  /** PERSONAL_DATA_RETENTION_DAYS: contributors' personal data is erased this long after the outcome's publication or
   *  the task's archiving (see FeedbackOptions). */
  personalDataRetentionDays: number;
  /** PERSONAL_DATA_ERASURE_INTERVAL_SECONDS: how often the retention job runs (0: never by itself). */
  personalDataErasureIntervalSeconds: number;
  /** The built web workbench (`vite build` output) served at `/`; dist/web unless WEB_ROOT says otherwise. */
  webRoot: string;
  /**
   * PUBLIC_BASE_URL: the address the public reaches this site at (`https://minyi.example.gov.cn`, no trailing slash),
   * from which the 网上征集 link and QR code on posters are made; null (not set): the web page uses its own address.
   */
  publicBaseUrl: string | null;
  /** When the server refuses work with 503 OVERLOADED instead of queueing it (see load-shedding.ts). */
  overload: OverloadLimits;
  /** Shared state for several API instances (redis.module.ts); null: everything stays in this process's memory. */
  redis: { url: string; keyPrefix: string; connectTimeoutMs: number } | null;
  /**
   * What this process does (MINYI_ROLE): `all` serves the API and runs jobs (npm start); `api` only serves and starts
   * jobs (npm run start:api); `worker` only runs jobs (npm run start:worker). Splitting needs REDIS_URL.
   */
  role: ProcessRole;
  /**
   * Jobs (libs/jobs): how many this process runs at once, how long a running job's claim lasts unrenewed, and how often
   * spent refresh tokens are purged (0: never).
   */
  jobs: { concurrency: number; claimMs: number; sessionPurgeIntervalSeconds: number };
  /** Pushed events (GET /events, event-streams.ts): streams open at once, per account, heartbeat, lifetime. */
  eventStreams: EventStreamLimits;
  /** OPINION_WRITES_PER_MINUTE / OPINION_WRITES_PER_DAY: opinions one account may write (see OPINION_WRITE_LIMITS). */
  opinionWrites: OpinionWriteLimits;
  /** RECEIPT_LOOKUP_PER_MINUTE / RECEIPT_LOOKUP_PER_DAY: public 回执查询 per client (see RECEIPT_LOOKUP_LIMITS). */
  receiptLookups: ReceiptLookupLimits;
  /**
   * ONLINE_READS_PER_MINUTE, ONLINE_SUBMISSIONS_PER_MINUTE / _PER_DAY: the public 网上征集 per client;
   * ONLINE_SUBMISSIONS_PER_SITE_PER_DAY: per IPv6 /48.
   */
  onlineCollection: OnlineCollectionLimits;
}

export type ProcessRole = 'all' | 'api' | 'worker';

export const TOKEN_SECRET_FILE = 'data/.token-secret';
export const PERSONAL_DATA_KEY_FILE = 'data/.personal-data-key';
export const MIN_SECRET_LENGTH = 32;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置无效 (invalid settings):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function bool(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  return undefined;
}

/**
 * Reads and checks the settings. Outside production the token secret may be absent: one is generated and kept in
 * data/.token-secret (mode 600) so that tokens survive a restart; in production it must be given.
 */
export function loadSettings(env: NodeJS.ProcessEnv, cwd = process.cwd()): Settings {
  const problems: string[] = [];
  const nodeEnv = (env.NODE_ENV || 'development') as Settings['nodeEnv'];
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    problems.push(`NODE_ENV 应为 development、production 或 test，而不是 "${env.NODE_ENV}"`);
  }
  const production = nodeEnv === 'production';

  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    problems.push(`PORT 应为 0–65535 的整数，而不是 "${env.PORT}"`);

  const databaseUrl = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  try {
    parseDatabaseUrl(databaseUrl, cwd);
  } catch (error) {
    problems.push((error as Error).message);
  }

  const databaseReplicaUrls = (env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  if (databaseReplicaUrls.length) {
    let primaryKind: string | undefined;
    try {
      primaryKind = parseDatabaseUrl(databaseUrl, cwd).kind;
    } catch {
      // Reported above.
    }
    if (primaryKind === 'sqlite' || databaseReplicaUrls.some((url) => !/^(mysql|mariadb):\/\//.test(url))) {
      problems.push(REPLICA_ON_SQLITE);
    } else {
      for (const url of databaseReplicaUrls) {
        try {
          parseDatabaseUrl(url, cwd);
        } catch (error) {
          problems.push(`DATABASE_REPLICA_URLS：${(error as Error).message.replace(/^DATABASE_URL /, '')}`);
        }
      }
    }
  }

  const queryTimeout = Number(env.DATABASE_QUERY_TIMEOUT_MS ?? DEFAULT_QUERY_TIMEOUT_MS);
  if (!Number.isInteger(queryTimeout) || queryTimeout < 100 || queryTimeout > 3_600_000) {
    problems.push(
      `DATABASE_QUERY_TIMEOUT_MS 应为 100–3600000 的整数（毫秒），而不是 "${env.DATABASE_QUERY_TIMEOUT_MS}"`,
    );
  }

  const sqliteSynchronous = (env.SQLITE_SYNCHRONOUS || 'FULL').toUpperCase() as SqliteSynchronous;
  if (!SQLITE_SYNCHRONOUS.includes(sqliteSynchronous)) {
    problems.push(`SQLITE_SYNCHRONOUS 应为 FULL 或 NORMAL，而不是 "${env.SQLITE_SYNCHRONOUS}"`);
  }
  const sqliteCheckpoint = (env.SQLITE_CHECKPOINT || 'thread').toLowerCase() as SqliteCheckpoint;
  if (!SQLITE_CHECKPOINT.includes(sqliteCheckpoint)) {
    problems.push(`SQLITE_CHECKPOINT 应为 thread 或 commit，而不是 "${env.SQLITE_CHECKPOINT}"`);
  }

  const ttl = Number(env.TOKEN_TTL_SECONDS ?? SESSION_DEFAULTS.accessTtlSeconds);
  if (!Number.isInteger(ttl) || ttl < 60 || ttl > 86400) {
    problems.push(`TOKEN_TTL_SECONDS 应为 60–86400 的整数（秒），而不是 "${env.TOKEN_TTL_SECONDS}"`);
  }
  const refreshTtl = Number(env.REFRESH_TTL_SECONDS ?? SESSION_DEFAULTS.refreshTtlSeconds);
  if (!Number.isInteger(refreshTtl) || refreshTtl < ttl || refreshTtl > 90 * 86400) {
    problems.push(
      `REFRESH_TTL_SECONDS 应为不小于访问令牌有效期、不超过 90 天的整数（秒），而不是 "${env.REFRESH_TTL_SECONDS}"`,
    );
  }
  const sessionMax = Number(env.SESSION_MAX_SECONDS ?? SESSION_DEFAULTS.sessionMaxSeconds);
  if (!Number.isInteger(sessionMax) || sessionMax < refreshTtl || sessionMax > 365 * 86400) {
    problems.push(
      `SESSION_MAX_SECONDS 应为不小于刷新令牌有效期、不超过 365 天的整数（秒），而不是 "${env.SESSION_MAX_SECONDS}"`,
    );
  }
  // Only a named proxy's X-Forwarded-For is believed: trusting any would let a caller pick the address that sign-in
  // throttling counts against.
  const trustProxy = (env.TRUST_PROXY ?? '').trim();
  if (trustProxy && !/^[\w.:/,\s-]+$/.test(trustProxy)) {
    problems.push(`TRUST_PROXY 应为代理的地址、网段或 loopback（逗号分隔），而不是 "${env.TRUST_PROXY}"`);
  }

  let tokenSecret = env.TOKEN_SECRET ?? '';
  if (tokenSecret && tokenSecret.length < MIN_SECRET_LENGTH) {
    problems.push(`TOKEN_SECRET 至少需要 ${MIN_SECRET_LENGTH} 个字符`);
  } else if (!tokenSecret && production) {
    problems.push('生产环境必须设置 TOKEN_SECRET（至少 32 个字符的随机字符串）');
  } else if (!tokenSecret && problems.length === 0) {
    tokenSecret = localSecret(
      resolve(cwd, TOKEN_SECRET_FILE),
      () => randomBytes(48).toString('base64url'),
      (v) => v.length >= MIN_SECRET_LENGTH,
    );
  }

  const validKey = (value: string) => Buffer.from(value, 'base64').length === 32;
  let personalDataKey = env.PERSONAL_DATA_KEY ?? '';
  if (personalDataKey && !validKey(personalDataKey)) {
    problems.push(
      'PERSONAL_DATA_KEY 必须是 32 字节随机密钥的 Base64 编码（例如 openssl rand -base64 32 的输出）',
    );
  } else if (!personalDataKey && production) {
    problems.push('生产环境必须设置 PERSONAL_DATA_KEY（加密个人信息的密钥，openssl rand -base64 32）');
  } else if (!personalDataKey && problems.length === 0) {
    personalDataKey = localSecret(
      resolve(cwd, PERSONAL_DATA_KEY_FILE),
      () => randomBytes(32).toString('base64'),
      validKey,
    );
  }

  const reminders = Number(env.REMINDER_INTERVAL_SECONDS ?? 300);
  if (!Number.isInteger(reminders) || reminders < 0 || reminders > 86400) {
    problems.push(
      `REMINDER_INTERVAL_SECONDS 应为 0–86400 的整数（秒，0 表示不自动提醒），而不是 "${env.REMINDER_INTERVAL_SECONDS}"`,
    );
  }

  const retentionDays = Number(
    env.PERSONAL_DATA_RETENTION_DAYS || PERSONAL_DATA_RETENTION_DEFAULTS.retentionDays,
  );
  if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 3650) {
    problems.push(
      `PERSONAL_DATA_RETENTION_DAYS 应为 1–3650 的整数（天，采纳情况公布或任务归档后保存提出人个人信息的期限），而不是 "${env.PERSONAL_DATA_RETENTION_DAYS}"`,
    );
  }
  const erasureInterval = Number(
    env.PERSONAL_DATA_ERASURE_INTERVAL_SECONDS ?? PERSONAL_DATA_RETENTION_DEFAULTS.erasureIntervalSeconds,
  );
  if (!Number.isInteger(erasureInterval) || erasureInterval < 0 || erasureInterval > 86400) {
    problems.push(
      `PERSONAL_DATA_ERASURE_INTERVAL_SECONDS 应为 0–86400 的整数（秒，0 表示不自动删除到期的个人信息），而不是 "${env.PERSONAL_DATA_ERASURE_INTERVAL_SECONDS}"`,
    );
  }

  const seed = bool(env.SEED_DEMO);
  if (env.SEED_DEMO && seed === undefined)
    problems.push(`SEED_DEMO 应为 true 或 false，而不是 "${env.SEED_DEMO}"`);

  const logLevel = env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info');
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL 应为 ${LOG_LEVELS.join('、')} 之一`);

  const whole = (name: string, fallback: number, min: number, max: number, unit: string): number => {
    const value = Number(env[name] || fallback);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} 应为 ${min}–${max} 的整数（${unit}），而不是 "${env[name]}"`);
    }
    return value;
  };
  const maxInFlight = whole('OVERLOAD_MAX_IN_FLIGHT', OVERLOAD_DEFAULTS.maxInFlight, 1, 100_000, '个请求');
  const overload: OverloadLimits = {
    maxInFlight,
    maxInFlightPerClient: whole(
      'OVERLOAD_MAX_IN_FLIGHT_PER_CLIENT',
      OVERLOAD_DEFAULTS.maxInFlightPerClient,
      1,
      100_000,
      '个请求',
    ),
    maxEventLoopDelayMs: whole(
      'OVERLOAD_MAX_EVENT_LOOP_DELAY_MS',
      OVERLOAD_DEFAULTS.maxEventLoopDelayMs,
      0,
      60_000,
      '毫秒，0 表示不检查',
    ),
    maxHeapUsedMb: whole(
      'OVERLOAD_MAX_HEAP_USED_MB',
      OVERLOAD_DEFAULTS.maxHeapUsedMb,
      0,
      1_000_000,
      'MB，0 表示不检查',
    ),
    maxRssMb: whole('OVERLOAD_MAX_RSS_MB', OVERLOAD_DEFAULTS.maxRssMb, 0, 1_000_000, 'MB，0 表示不检查'),
    maxWriteQueueWaitMs: whole(
      'OVERLOAD_MAX_WRITE_QUEUE_WAIT_MS',
      OVERLOAD_DEFAULTS.maxWriteQueueWaitMs,
      0,
      600_000,
      '毫秒，0 表示不限',
    ),
    retryAfterSeconds: whole(
      'OVERLOAD_RETRY_AFTER_SECONDS',
      OVERLOAD_DEFAULTS.retryAfterSeconds,
      1,
      3600,
      '秒',
    ),
    admitSliceMs: whole(
      'OVERLOAD_ADMIT_SLICE_MS',
      OVERLOAD_DEFAULTS.admitSliceMs,
      0,
      1000,
      '毫秒，0 表示不分批',
    ),
    maxAdmissionWaitMs: whole(
      'OVERLOAD_MAX_ADMISSION_WAIT_MS',
      OVERLOAD_DEFAULTS.maxAdmissionWaitMs,
      1,
      600_000,
      '毫秒',
    ),
    admissionShedQueue: whole(
      'OVERLOAD_ADMISSION_SHED_QUEUE',
      Math.max(1, Math.ceil(maxInFlight * ADMISSION_SHED_QUEUE_SHARE)),
      1,
      100_000,
      '个排队请求',
    ),
  };

  const replicaReadAfterWriteMs = whole(
    'REPLICA_READ_AFTER_WRITE_MS',
    READ_REPLICA_DEFAULTS.readAfterWriteMs,
    READ_REPLICA_DEFAULTS.minReadAfterWriteMs,
    READ_REPLICA_DEFAULTS.maxReadAfterWriteMs,
    '毫秒，0 表示写后不读主库',
  );
  const replicaLag = {
    maxLagMs: whole(
      'REPLICA_MAX_LAG_MS',
      REPLICA_LAG_DEFAULTS.maxLagMs,
      REPLICA_LAG_DEFAULTS.minMaxLagMs,
      REPLICA_LAG_DEFAULTS.maxMaxLagMs,
      '毫秒',
    ),
    checkMs: whole(
      'REPLICA_LAG_CHECK_MS',
      REPLICA_LAG_DEFAULTS.checkMs,
      REPLICA_LAG_DEFAULTS.minCheckMs,
      REPLICA_LAG_DEFAULTS.maxCheckMs,
      '毫秒',
    ),
  };
  // Read-your-own-writes holds only if a replica that still lacks a caller's write is out of the rotation by the time
  // the caller's window ends: it is out at the latest one check after its lag passed the bound, and the lag measured
  // is exact to within one check.
  if (
    databaseReplicaUrls.length &&
    replicaReadAfterWriteMs > 0 &&
    replicaLag.maxLagMs + 2 * replicaLag.checkMs > replicaReadAfterWriteMs
  ) {
    problems.push(
      `REPLICA_MAX_LAG_MS（${replicaLag.maxLagMs}）加两倍 REPLICA_LAG_CHECK_MS（${replicaLag.checkMs}）应不大于 ` +
        `REPLICA_READ_AFTER_WRITE_MS（${replicaReadAfterWriteMs}）：否则写入者的写后读窗口结束时，` +
        '落后的副本可能仍在使用，写入者会读到自己写入之前的数据',
    );
  }

  const redisUrl = (env.REDIS_URL ?? '').trim();
  if (redisUrl && !/^rediss?:\/\/[^\s]+$/.test(redisUrl)) {
    problems.push(
      `REDIS_URL 应为 redis://[用户:密码@]主机:端口[/库号] 或 rediss://…，而不是 "${env.REDIS_URL}"`,
    );
  }
  const redisKeyPrefix = env.REDIS_KEY_PREFIX ?? 'minyi:';
  if (!/^[\w.:-]{1,64}$/.test(redisKeyPrefix)) {
    problems.push(`REDIS_KEY_PREFIX 应为 1–64 个字母、数字或 _.:-，而不是 "${env.REDIS_KEY_PREFIX}"`);
  }
  const redisConnectTimeoutMs = whole('REDIS_CONNECT_TIMEOUT_MS', 5000, 100, 60_000, '毫秒');

  const role = (env.MINYI_ROLE || 'all') as ProcessRole;
  if (!['all', 'api', 'worker'].includes(role)) {
    problems.push(`MINYI_ROLE 应为 all、api 或 worker，而不是 "${env.MINYI_ROLE}"`);
  } else if (role !== 'all' && !redisUrl) {
    problems.push(
      `MINYI_ROLE=${role}（start:api / start:worker）需要 REDIS_URL：没有 Redis 时任务只在本进程排队，请用 npm start`,
    );
  }
  const jobs = {
    concurrency: whole(
      'JOB_CONCURRENCY',
      JOB_LIMITS.concurrency.default,
      JOB_LIMITS.concurrency.min,
      JOB_LIMITS.concurrency.max,
      '个',
    ),
    claimMs:
      whole(
        'JOB_CLAIM_SECONDS',
        JOB_LIMITS.claimSeconds.default,
        JOB_LIMITS.claimSeconds.min,
        JOB_LIMITS.claimSeconds.max,
        '秒',
      ) * 1000,
    sessionPurgeIntervalSeconds: whole(
      'SESSION_PURGE_INTERVAL_SECONDS',
      JOB_LIMITS.sessionPurgeIntervalSeconds.default,
      JOB_LIMITS.sessionPurgeIntervalSeconds.min,
      JOB_LIMITS.sessionPurgeIntervalSeconds.max,
      '秒，0 表示不清理',
    ),
  };

  const eventStreams: EventStreamLimits = {
    maxOpen: whole(
      'EVENT_STREAMS_MAX',
      EVENT_STREAM_DEFAULTS.maxOpen,
      0,
      1_000_000,
      '个连接，0 表示不提供实时通知',
    ),
    maxPerAccount: whole('EVENT_STREAMS_PER_ACCOUNT', EVENT_STREAM_DEFAULTS.maxPerAccount, 1, 100, '个连接'),
    heartbeatMs:
      whole('EVENT_STREAM_HEARTBEAT_SECONDS', EVENT_STREAM_DEFAULTS.heartbeatMs / 1000, 1, 300, '秒') * 1000,
    maxLifetimeMs:
      whole('EVENT_STREAM_MAX_SECONDS', EVENT_STREAM_DEFAULTS.maxLifetimeMs / 1000, 10, 86_400, '秒') * 1000,
  };

  const opinionWrites: OpinionWriteLimits = {
    perMinute: whole('OPINION_WRITES_PER_MINUTE', OPINION_WRITE_LIMITS.perMinute, 1, 1_000_000, '条意见'),
    perDay: whole('OPINION_WRITES_PER_DAY', OPINION_WRITE_LIMITS.perDay, 1, 10_000_000, '条意见'),
  };

  const onlineCollection: OnlineCollectionLimits = {
    readsPerMinute: whole(
      'ONLINE_READS_PER_MINUTE',
      ONLINE_COLLECTION_LIMITS.readsPerMinute,
      1,
      100_000,
      '次',
    ),
    submissionsPerMinute: whole(
      'ONLINE_SUBMISSIONS_PER_MINUTE',
      ONLINE_COLLECTION_LIMITS.submissionsPerMinute,
      1,
      100_000,
      '条意见',
    ),
    submissionsPerDay: whole(
      'ONLINE_SUBMISSIONS_PER_DAY',
      ONLINE_COLLECTION_LIMITS.submissionsPerDay,
      1,
      10_000_000,
      '条意见',
    ),
    submissionsPerSitePerDay: whole(
      'ONLINE_SUBMISSIONS_PER_SITE_PER_DAY',
      ONLINE_COLLECTION_LIMITS.submissionsPerSitePerDay,
      1,
      10_000_000,
      '条意见',
    ),
  };

  const receiptLookups: ReceiptLookupLimits = {
    perMinute: whole('RECEIPT_LOOKUP_PER_MINUTE', RECEIPT_LOOKUP_LIMITS.perMinute, 1, 10_000, '次查询'),
    perDay: whole('RECEIPT_LOOKUP_PER_DAY', RECEIPT_LOOKUP_LIMITS.perDay, 1, 1_000_000, '次没有查到的查询'),
  };

  let publicBaseUrl: string | null = null;
  if (env.PUBLIC_BASE_URL?.trim()) {
    const text = env.PUBLIC_BASE_URL.trim();
    let url: URL | null = null;
    try {
      url = new URL(text);
    } catch {
      url = null;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username) {
      problems.push(
        `PUBLIC_BASE_URL 应为群众访问本系统的完整地址（如 https://minyi.example.gov.cn，不带查询参数），而不是 "${text}"`,
      );
    } else {
      publicBaseUrl = `${url.origin}${url.pathname}`.replace(/\/+$/, '');
    }
  }

  if (problems.length) throw new SettingsError(problems);
  return {
    publicBaseUrl,
    nodeEnv,
    production,
    host: env.HOST || '127.0.0.1',
    port,
    databaseUrl,
    databaseReplicaUrls,
    replicaReadAfterWriteMs,
    replicaLag,
    databaseQueryTimeoutMs: queryTimeout,
    sqliteSynchronous,
    sqliteCheckpoint,
    tokenSecret,
    tokenTtlSeconds: ttl,
    refreshTtlSeconds: refreshTtl,
    sessionMaxSeconds: sessionMax,
    trustProxy: trustProxy || false,
    seedDemo: seed ?? !production,
    logLevel,
    reminderIntervalSeconds: reminders,
    personalDataKey,
    personalDataRetentionDays: retentionDays,
    personalDataErasureIntervalSeconds: erasureInterval,
    webRoot: resolve(cwd, env.WEB_ROOT || 'dist/web'),
    overload,
    redis: redisUrl
      ? { url: redisUrl, keyPrefix: redisKeyPrefix, connectTimeoutMs: redisConnectTimeoutMs }
      : null,
    role,
    jobs,
    eventStreams,
    opinionWrites,
    onlineCollection,
    receiptLookups,
  };
}

/** A secret kept in a local file (mode 600) for the embedded default, so it survives restarts; created on first use. */
function localSecret(file: string, generate: () => string, valid: (value: string) => boolean): string {
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (valid(secret)) return secret;
  }
  mkdirSync(dirname(file), { recursive: true });
  const secret = generate();
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
