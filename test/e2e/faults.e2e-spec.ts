import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createRequire } from 'node:module';
import mysql from 'mysql2/promise';
import { createApp } from '../../apps/api/src/bootstrap.js';
import { createLogger } from '../../apps/api/src/logger.js';
import { loadSettings } from '../../apps/api/src/settings.js';
import { freePort, OwnMariadb, ownMariadbAvailable } from '../support/own-mariadb.js';
import {
  WRITE_LOAD_ENV,
  gqlAt,
  openTaskForCollector,
  startWriteLoad,
  type WriteLoadReport,
} from '../support/write-load.js';

/**
 * The fault suite: concurrent clients submit opinions, each with its own idempotency key and retried with the same key
 * until acknowledged, while the database (MariaDB, an instance of the test's own, SIGKILLed and restarted) or the
 * server itself (SQLite, the real server in a child process, kill -9 and restarted) dies under them. Nothing
 * acknowledged may be lost or stored twice, the failures clients saw must name the condition, and the server must
 * recover by itself. Each prints acknowledged / stored / lost / duplicated and the recovery time.
 */
interface SqliteDatabase {
  prepare(sql: string): { all(): unknown[] };
  pragma(source: string, options: { simple: true }): unknown;
  close(): void;
}
const Database = createRequire(import.meta.url)('better-sqlite3') as new (
  filename: string,
  options: { readonly: boolean },
) => SqliteDatabase;

const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Stored {
  key: string;
  receipt: string;
  text: string;
}

/** What the tables hold against what clients were told, as the issue asks it printed. */
function tally(label: string, report: WriteLoadReport, stored: Stored[], recoveryMs: number) {
  const byKey = new Map<string, Stored[]>();
  for (const row of stored) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  const texts = new Map<string, number>();
  for (const row of stored) texts.set(row.text, (texts.get(row.text) ?? 0) + 1);
  const lost = [...report.acknowledged].filter(
    ([key, receipt]) => !byKey.get(key)?.some((row) => row.receipt === receipt),
  );
  const duplicated =
    [...byKey.values()].filter((rows) => rows.length > 1).length +
    [...texts.values()].filter((n) => n > 1).length;
  console.log(
    `${label}: acknowledged ${report.acknowledged.size}, stored ${stored.length}, lost ${lost.length}, ` +
      `duplicated ${duplicated}, recovery ${recoveryMs} ms; failed attempts ${JSON.stringify(Object.fromEntries(report.failures))}`,
  );
  return { lost, duplicated };
}

/** Waits until the first acknowledgement at or after `since`; its delay is the recovery time. */
async function recoveredAfter(report: () => number[], since: number, withinMs: number): Promise<number> {
  const until = Date.now() + withinMs;
  for (;;) {
    const first = report().find((t) => t >= since);
    if (first !== undefined) return first - since;
    if (Date.now() > until) throw new Error(`no write acknowledged within ${withinMs} ms`);
    await sleep(50);
  }
}

/** Lets the writers get going: at least `n` opinions acknowledged (a busy machine is slow to start). */
async function acknowledged(report: WriteLoadReport, n: number): Promise<void> {
  const until = Date.now() + 30_000;
  while (report.acknowledged.size < n) {
    if (Date.now() > until) throw new Error(`fewer than ${n} writes acknowledged within 30 s`);
    await sleep(50);
  }
}

describe('the SQLite server killed with kill -9 mid-writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minyi-kill9-'));
  const file = join(dir, 'minyi.sqlite');
  let server: ChildProcess | undefined;
  let port = 0;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    DATABASE_URL: `sqlite:${file}`,
    TOKEN_SECRET: randomBytes(32).toString('hex'),
    PERSONAL_DATA_KEY: randomBytes(32).toString('base64'),
    SEED_DEMO: 'true',
    REMINDER_INTERVAL_SECONDS: '0',
    LOG_LEVEL: 'warn',
    ...WRITE_LOAD_ENV,
  };

  /** The real server (apps/api/src/main.ts, run from its sources) as a child process; resolves once it is ready. */
  const startServer = async () => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      ['--import', join(ROOT, 'test/support/ts-register.mjs'), join(ROOT, 'apps/api/src/main.ts')],
      { cwd: dir, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let log = '';
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server = child;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${log}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
        if (res.status === 200) return Date.now() - started;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
  };
  const kill = async (signal: NodeJS.Signals) => {
    const child = server;
    server = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  };
  afterAll(async () => {
    await kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged opinion exactly once, and serves again after a restart', async () => {
    port = await freePort();
    const firstStart = await startServer();
    const gql = gqlAt(() => `http://127.0.0.1:${port}`);
    const { taskId, collector } = await openTaskForCollector(gql);
    const load = startWriteLoad({
      gql,
      token: collector,
      taskId,
      clients: 8,
      prefix: 'kill9',
      retryPauseMs: 50,
    });
    await acknowledged(load.report, 20);
    const before = Date.now();
    await kill('SIGKILL'); // mid-writes: 8 clients have requests in flight
    const restart = Date.now();
    const restartMs = await startServer();
    const recoveryMs = await recoveredAfter(() => load.report.ackTimes, restart, 20_000);
    await sleep(300);
    const report = await load.stop();
    await kill('SIGTERM');

    const db = new Database(file, { readonly: true });
    const stored = db
      .prepare(
        "SELECT idempotency_key AS key, receipt_number AS receipt, proposed_change AS text FROM opinion WHERE idempotency_key LIKE 'kill9-%'",
      )
      .all() as Stored[];
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const { lost, duplicated } = tally('SQLite, server killed with kill -9', report, stored, recoveryMs);
    console.log(`  server start ${firstStart} ms, restart after kill ${restartMs} ms`);
    expect(report.acknowledged.size).toBeGreaterThan(0);
    expect(report.ackTimes.some((t) => t < before)).toBe(true);
    expect(lost).toEqual([]);
    expect(duplicated).toBe(0);
    // While the server was down, clients could not connect at all; it answered nothing else.
    expect([...report.failures.keys()].filter((f) => f !== 'transport')).toEqual([]);
  }, 180_000);
});

/** CI installs MariaDB, so there the suite runs (and fails loudly without it); elsewhere it is skipped and says why. */
const describeOwnMariadb =
  ownMariadbAvailable() || process.env.CI === 'true'
    ? describe
    : (console.warn(
        '跳过：没有 mariadbd / mariadb-install-db，无法启动测试自己的 MariaDB。CI 中此测试必定运行。',
      ),
      describe.skip);

describeOwnMariadb('MariaDB killed, stopped and frozen under write load', () => {
  const mariadb = new OwnMariadb();
  let app: NestFastifyApplication | undefined;
  let gql: ReturnType<typeof gqlAt>;
  let task: { taskId: string; collector: string };
  const dir = mkdtempSync(join(tmpdir(), 'minyi-faults-'));
  afterAll(async () => {
    mariadb.thaw();
    await app?.close();
    await mariadb.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  /** What the database holds for one load's keys (read straight from the tables, not through the server). */
  const storedFor = async (prefix: string): Promise<Stored[]> => {
    const check = await mysql.createConnection({
      host: '127.0.0.1',
      port: mariadb.port,
      user: 'root',
      database: 'minyi',
    });
    const [rows] = await check.query(
      'SELECT idempotency_key AS `key`, receipt_number AS receipt, proposed_change AS text FROM opinion WHERE idempotency_key LIKE ?',
      [`${prefix}-%`],
    );
    await check.end();
    return rows as Stored[];
  };

  /**
   * 8 clients write (retrying with their keys) while `outage` takes the database away and brings it back; then every
   * acknowledged opinion must be stored exactly once, every failure named, and writes acknowledged again within 10 s.
   */
  const underOutage = async (label: string, prefix: string, outage: () => Promise<void>) => {
    const load = startWriteLoad({
      gql,
      token: task.collector,
      taskId: task.taskId,
      clients: 8,
      prefix,
      retryPauseMs: 100,
    });
    await acknowledged(load.report, 20);
    const before = Date.now();
    await outage();
    const back = Date.now();
    const recoveryMs = await recoveredAfter(() => load.report.ackTimes, back, 15_000);
    await sleep(500);
    const report = await load.stop();
    const { lost, duplicated } = tally(label, report, await storedFor(prefix), recoveryMs);
    expect(report.ackTimes.some((t) => t < before)).toBe(true);
    expect(lost).toEqual([]);
    expect(duplicated).toBe(0);
    // Every failure a client saw named the condition: the database away, or a commit whose answer was lost.
    expect(
      [...report.failures.keys()].filter(
        (f) =>
          f !== 'SERVICE_UNAVAILABLE/DATABASE_UNAVAILABLE' &&
          f !== 'SERVICE_UNAVAILABLE/COMMIT_OUTCOME_UNKNOWN',
      ),
    ).toEqual([]);
    expect(report.failures.get('SERVICE_UNAVAILABLE/DATABASE_UNAVAILABLE')).toBeGreaterThan(0);
    expect(recoveryMs).toBeLessThan(10_000);
  };

  it('keeps every acknowledged opinion exactly once through a SIGKILL, names the outage, and recovers without a restart', async () => {
    if (!ownMariadbAvailable())
      throw new Error('mariadbd and mariadb-install-db are needed (apt-get install mariadb-server)');
    await mariadb.install();
    const admin = await mysql.createConnection({ host: '127.0.0.1', port: mariadb.port, user: 'root' });
    await admin.query('CREATE DATABASE minyi CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    await admin.end();
    app = await createApp(
      {
        ...loadSettings(
          {
            NODE_ENV: 'test',
            DATABASE_URL: mariadb.url('minyi'),
            TOKEN_SECRET: 'test-secret-'.padEnd(48, 'x'),
            REMINDER_INTERVAL_SECONDS: '0',
            DATABASE_QUERY_TIMEOUT_MS: '3000',
          },
          dir,
        ),
        seedDemo: true,
      },
      createLogger('silent'),
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.getHttpServer().address() as { port: number }).port;
    gql = gqlAt(() => `http://127.0.0.1:${port}`);
    task = await openTaskForCollector(gql);

    await underOutage('MariaDB, killed with SIGKILL', 'sigkill', async () => {
      await mariadb.kill(); // mid-writes: transactions open, commits on the wire
      await sleep(1500); // the outage: requests fail, clients retry
      await mariadb.start(); // InnoDB crash recovery, then it accepts connections
    });
  }, 180_000);

  it('keeps every acknowledged opinion exactly once through a clean stop and restart (SIGTERM), and recovers', async () => {
    expect(app).toBeDefined();
    await underOutage('MariaDB, stopped (SIGTERM) and restarted', 'sigterm', async () => {
      await mariadb.stop(); // mariadbd closes the server's connections and shuts down cleanly
      await sleep(1500);
      await mariadb.start();
    });
  }, 120_000);

  it('frozen with SIGSTOP: readiness 503 within 1 s, requests fail within the query timeout, shutdown completes', async () => {
    expect(app).toBeDefined();
    // The real server, as a child process, so that its shutdown (and exit) while the database hangs can be watched.
    const QUERY_TIMEOUT_MS = 3000;
    const port = await freePort();
    const child = spawn(
      process.execPath,
      ['--import', join(ROOT, 'test/support/ts-register.mjs'), join(ROOT, 'apps/api/src/main.ts')],
      {
        cwd: dir,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          NODE_ENV: 'test',
          HOST: '127.0.0.1',
          PORT: String(port),
          DATABASE_URL: mariadb.url('minyi'),
          DATABASE_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
          TOKEN_SECRET: 'test-secret-'.padEnd(48, 'x'),
          PERSONAL_DATA_KEY: randomBytes(32).toString('base64'),
          SEED_DEMO: 'false',
          REMINDER_INTERVAL_SECONDS: '0',
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      for (let ready = false; !ready;) {
        if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${log}`);
        ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
          (res) => res.status === 200,
          () => false,
        );
        if (!ready) await sleep(100);
      }
      const base = `http://127.0.0.1:${port}`;
      const serverGql = gqlAt(() => base);
      const count = '{ contactPoints(first: 1) { totalCount } }';
      expect((await serverGql(count, {}, task.collector)).errors).toBeUndefined();

      mariadb.freeze();
      const frozenAt = Date.now();
      const readiness = fetch(`${base}/health/ready`).then((res) => ({
        status: res.status,
        ms: Date.now() - frozenAt,
      }));
      const query = serverGql(count, {}, task.collector).then((answer) => ({
        answer,
        ms: Date.now() - frozenAt,
      }));
      const ready = await readiness;
      expect(ready.status).toBe(503);
      expect(ready.ms).toBeLessThan(1500);
      const { answer, ms } = await query;
      expect(answer.errors?.[0].extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        reason: 'DATABASE_UNAVAILABLE',
      });
      expect(ms).toBeLessThan(QUERY_TIMEOUT_MS + 3000);

      // Shutdown while the database still hangs: bounded (SHUTDOWN_TIMEOUT_MS, 10 s), and the log says so.
      const stopAt = Date.now();
      child.kill('SIGTERM');
      const code = await exited;
      const shutdownMs = Date.now() - stopAt;
      console.log(
        `MariaDB frozen (SIGSTOP): readiness 503 after ${ready.ms} ms, a query failed with DATABASE_UNAVAILABLE after ${ms} ms, ` +
          `shutdown took ${shutdownMs} ms (exit code ${code})`,
      );
      expect(shutdownMs).toBeLessThan(13_000);
      expect(log).toMatch(/shutdown started/);
      expect(log).toMatch(/shutdown (finished|timed out)/);
    } finally {
      mariadb.thaw();
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    // Thawed, the database serves the in-process server again.
    const back = Date.now();
    let after = await gql('{ __typename }');
    while (Date.now() - back < 10_000) {
      after = await gql('{ contactPoints(first: 1) { totalCount } }', {}, task.collector);
      if (!after.errors) break;
      await sleep(200);
    }
    expect(after.errors).toBeUndefined();
  }, 120_000);
});
