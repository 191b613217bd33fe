import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSettings, SettingsError, TOKEN_SECRET_FILE } from './settings.js';

const dir = () => mkdtempSync(join(tmpdir(), 'minyi-settings-'));

describe('loadSettings', () => {
  it('runs with nothing set: port 3000, SQLite under data/, demo data, a generated secret kept for next time', () => {
    const cwd = dir();
    const settings = loadSettings({}, cwd);
    expect(settings).toMatchObject({
      port: 3000,
      databaseUrl: 'sqlite:data/minyi.sqlite',
      seedDemo: true,
      production: false,
    });
    const file = join(cwd, TOKEN_SECRET_FILE);
    expect(readFileSync(file, 'utf8').trim()).toBe(settings.tokenSecret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadSettings({}, cwd).tokenSecret).toBe(settings.tokenSecret);
  });

  it('requires a token secret and a personal-data key in production, and seeds nothing there unless asked', () => {
    expect(() => loadSettings({ NODE_ENV: 'production' }, dir())).toThrow(
      /TOKEN_SECRET[\s\S]*PERSONAL_DATA_KEY/,
    );
    const key = Buffer.alloc(32, 1).toString('base64');
    const settings = loadSettings(
      { NODE_ENV: 'production', TOKEN_SECRET: 's'.repeat(32), PERSONAL_DATA_KEY: key },
      dir(),
    );
    expect(settings.seedDemo).toBe(false);
    expect(
      loadSettings(
        { NODE_ENV: 'production', TOKEN_SECRET: 's'.repeat(32), PERSONAL_DATA_KEY: key, SEED_DEMO: 'true' },
        dir(),
      ).seedDemo,
    ).toBe(true);
  });

  it('reads the overload bounds and SQLite durability, with defaults, and refuses values out of range', () => {
    const defaults = loadSettings({ TOKEN_SECRET: 'x'.repeat(32) }, dir());
    expect(defaults.sqliteSynchronous).toBe('FULL');
    expect(defaults.sqliteCheckpoint).toBe('thread');
    expect(defaults.overload).toMatchObject({
      maxInFlight: 128,
      maxInFlightPerClient: 32,
      maxEventLoopDelayMs: 1000,
      maxRssMb: 0,
      retryAfterSeconds: 2,
      admitSliceMs: 3,
      maxAdmissionWaitMs: 100,
      admissionShedQueue: 64,
    });
    expect(defaults.overload.maxHeapUsedMb).toBeGreaterThan(100);
    const set = loadSettings(
      {
        TOKEN_SECRET: 'x'.repeat(32),
        OVERLOAD_MAX_IN_FLIGHT: '8',
        OVERLOAD_ADMIT_SLICE_MS: '0',
        OVERLOAD_MAX_ADMISSION_WAIT_MS: '250',
        SQLITE_SYNCHRONOUS: 'normal',
        SQLITE_CHECKPOINT: 'COMMIT',
      },
      dir(),
    );
    expect(set.overload.maxInFlight).toBe(8);
    // The shed queue follows the in-flight bound (half of it) unless set.
    expect(set.overload).toMatchObject({ admitSliceMs: 0, maxAdmissionWaitMs: 250, admissionShedQueue: 4 });
    expect(
      loadSettings({ TOKEN_SECRET: 'x'.repeat(32), OVERLOAD_ADMISSION_SHED_QUEUE: '10' }, dir()).overload
        .admissionShedQueue,
    ).toBe(10);
    expect(set.sqliteSynchronous).toBe('NORMAL');
    expect(set.sqliteCheckpoint).toBe('commit');
    expect(() =>
      loadSettings(
        {
          OVERLOAD_MAX_IN_FLIGHT: '0',
          OVERLOAD_RETRY_AFTER_SECONDS: 'soon',
          OVERLOAD_MAX_ADMISSION_WAIT_MS: '0',
          OVERLOAD_ADMISSION_SHED_QUEUE: '0',
          SQLITE_SYNCHRONOUS: 'OFF',
          SQLITE_CHECKPOINT: 'later',
        },
        dir(),
      ),
    ).toThrow(
      /SQLITE_SYNCHRONOUS 应为 FULL 或 NORMAL[\s\S]*SQLITE_CHECKPOINT 应为 thread 或 commit，而不是 "later"[\s\S]*OVERLOAD_MAX_IN_FLIGHT[\s\S]*OVERLOAD_RETRY_AFTER_SECONDS[\s\S]*OVERLOAD_MAX_ADMISSION_WAIT_MS[\s\S]*OVERLOAD_ADMISSION_SHED_QUEUE/,
    );
  });

  it('runs API and jobs in one process by default; splits them only with Redis; bounds the job settings', () => {
    const base = { TOKEN_SECRET: 'x'.repeat(32) };
    expect(loadSettings(base, dir())).toMatchObject({
      role: 'all',
      jobs: { concurrency: 1, claimMs: 60_000, sessionPurgeIntervalSeconds: 3600 },
    });
    expect(
      loadSettings({ ...base, SESSION_PURGE_INTERVAL_SECONDS: '0' }, dir()).jobs.sessionPurgeIntervalSeconds,
    ).toBe(0);
    expect(() => loadSettings({ ...base, SESSION_PURGE_INTERVAL_SECONDS: '-1' }, dir())).toThrow(
      /SESSION_PURGE_INTERVAL_SECONDS 应为 0–86400 的整数/,
    );
    const split = { ...base, REDIS_URL: 'redis://127.0.0.1:6379' };
    expect(loadSettings({ ...split, MINYI_ROLE: 'worker' }, dir()).role).toBe('worker');
    expect(
      loadSettings({ ...split, MINYI_ROLE: 'api', JOB_CONCURRENCY: '4', JOB_CLAIM_SECONDS: '2' }, dir()),
    ).toMatchObject({ role: 'api', jobs: { concurrency: 4, claimMs: 2000 } });
    expect(() => loadSettings({ ...base, MINYI_ROLE: 'api' }, dir())).toThrow(
      /MINYI_ROLE=api.*需要 REDIS_URL/,
    );
    expect(() => loadSettings({ ...split, MINYI_ROLE: 'both' }, dir())).toThrow(
      /MINYI_ROLE 应为 all、api 或 worker/,
    );
    expect(() => loadSettings({ ...base, JOB_CONCURRENCY: '17' }, dir())).toThrow(
      /JOB_CONCURRENCY 应为 1–16/,
    );
    expect(() => loadSettings({ ...base, JOB_CLAIM_SECONDS: '1' }, dir())).toThrow(
      /JOB_CLAIM_SECONDS 应为 2–3600/,
    );
  });

  it('bounds the pushed-event streams: open at once, per account, heartbeat, lifetime', () => {
    const base = { TOKEN_SECRET: 'x'.repeat(32) };
    expect(loadSettings(base, dir()).eventStreams).toEqual({
      maxOpen: 1000,
      maxPerAccount: 5,
      heartbeatMs: 25_000,
      maxLifetimeMs: 900_000,
    });
    expect(
      loadSettings(
        {
          ...base,
          EVENT_STREAMS_MAX: '0',
          EVENT_STREAMS_PER_ACCOUNT: '2',
          EVENT_STREAM_HEARTBEAT_SECONDS: '5',
          EVENT_STREAM_MAX_SECONDS: '60',
        },
        dir(),
      ).eventStreams,
    ).toEqual({ maxOpen: 0, maxPerAccount: 2, heartbeatMs: 5000, maxLifetimeMs: 60_000 });
    expect(() => loadSettings({ ...base, EVENT_STREAMS_PER_ACCOUNT: '0' }, dir())).toThrow(
      /EVENT_STREAMS_PER_ACCOUNT 应为 1–100/,
    );
    expect(() => loadSettings({ ...base, EVENT_STREAM_MAX_SECONDS: '5' }, dir())).toThrow(
      /EVENT_STREAM_MAX_SECONDS 应为 10–86400/,
    );
  });

  it('lists every problem at once', () => {
    let error: SettingsError | undefined;
    try {
      loadSettings(
        { PORT: 'eighty', DATABASE_URL: 'postgres://x', TOKEN_SECRET: 'short', SEED_DEMO: 'maybe' },
        dir(),
      );
    } catch (e) {
      error = e as SettingsError;
    }
    expect(error).toBeInstanceOf(SettingsError);
    expect(error!.problems).toHaveLength(4);
    expect(error!.message).toMatch(/PORT[\s\S]*DATABASE_URL[\s\S]*TOKEN_SECRET[\s\S]*SEED_DEMO/);
  });
  it('reads the receipt lookup limits, with defaults, and refuses values out of range', () => {
    const base = { TOKEN_SECRET: 'x'.repeat(32) };
    expect(loadSettings(base, dir()).receiptLookups).toEqual({ perMinute: 10, perDay: 100 });
    expect(
      loadSettings({ ...base, RECEIPT_LOOKUP_PER_MINUTE: '30', RECEIPT_LOOKUP_PER_DAY: '500' }, dir())
        .receiptLookups,
    ).toEqual({ perMinute: 30, perDay: 500 });
    expect(() => loadSettings({ ...base, RECEIPT_LOOKUP_PER_MINUTE: '0' }, dir())).toThrow(
      /RECEIPT_LOOKUP_PER_MINUTE 应为 1–10000 的整数/,
    );
    expect(() => loadSettings({ ...base, RECEIPT_LOOKUP_PER_DAY: 'many' }, dir())).toThrow(SettingsError);
  });

  it('reads the 网上征集 limits (the per-site day included) and refuses values out of range', () => {
    const base = { TOKEN_SECRET: 'x'.repeat(32) };
    expect(loadSettings(base, dir()).onlineCollection).toEqual({
      readsPerMinute: 120,
      submissionsPerMinute: 20,
      submissionsPerDay: 300,
      submissionsPerSitePerDay: 1000,
    });
    expect(
      loadSettings({ ...base, ONLINE_SUBMISSIONS_PER_SITE_PER_DAY: '5000' }, dir()).onlineCollection
        .submissionsPerSitePerDay,
    ).toBe(5000);
    expect(() => loadSettings({ ...base, ONLINE_SUBMISSIONS_PER_SITE_PER_DAY: '0' }, dir())).toThrow(
      /ONLINE_SUBMISSIONS_PER_SITE_PER_DAY 应为 1–10000000 的整数/,
    );
  });

  it('reads PUBLIC_BASE_URL as an origin with an optional path, without its trailing slash; none by default', () => {
    const base = { TOKEN_SECRET: 'x'.repeat(32) };
    expect(loadSettings(base, dir()).publicBaseUrl).toBeNull();
    expect(
      loadSettings({ ...base, PUBLIC_BASE_URL: ' https://Minyi.Example.gov.cn/ ' }, dir()).publicBaseUrl,
    ).toBe('https://minyi.example.gov.cn');
    expect(
      loadSettings({ ...base, PUBLIC_BASE_URL: 'https://example.gov.cn/minyi/' }, dir()).publicBaseUrl,
    ).toBe('https://example.gov.cn/minyi');
    for (const wrong of ['minyi.example.gov.cn', 'ftp://example.gov.cn', 'https://example.gov.cn/?a=1'])
      expect(() => loadSettings({ ...base, PUBLIC_BASE_URL: wrong }, dir())).toThrow(/PUBLIC_BASE_URL 应为/);
  });
});
