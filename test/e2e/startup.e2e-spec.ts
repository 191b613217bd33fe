import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { CONNECT_RETRY } from '@app/database';
import { createApp } from '../../apps/api/src/bootstrap.js';
import { loadSettings } from '../../apps/api/src/settings.js';
import { describeWithMysql, TEST_MYSQL_URL } from '../support/mysql-server.js';

/** Startup that can never succeed fails at once with a message naming the database and the cause. */
const settingsFor = (databaseUrl: string) => ({
  ...loadSettings(
    { NODE_ENV: 'test', DATABASE_URL: databaseUrl, TOKEN_SECRET: 'test-secret-'.padEnd(48, 'x') },
    mkdtempSync(join(tmpdir(), 'minyi-startup-')),
  ),
  seedDemo: false,
});

/**
 * Starts the app and returns its failure, how long it took and how many connection retries it logged. "Without
 * retrying" is read from the log (TypeORM says "Retrying" before each new attempt), not from the clock alone: on a
 * loaded machine building the app takes seconds, while one retry would add CONNECT_RETRY.delayMs.
 */
async function startupFailure(
  databaseUrl: string,
): Promise<{ message: string; ms: number; retries: number }> {
  const lines: string[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => void lines.push(line) });
  const started = Date.now();
  try {
    const app = await createApp(settingsFor(databaseUrl), logger);
    await app.close();
  } catch (error) {
    const retries = lines.filter((line) => /Retrying/i.test(line)).length;
    return { message: (error as Error).message, ms: Date.now() - started, retries };
  }
  throw new Error(`startup on ${databaseUrl} succeeded`);
}

/** Far below the ~30 s that healable failures are retried for, with room for a loaded machine. */
const AT_ONCE_MS = (CONNECT_RETRY.attempts * CONNECT_RETRY.delayMs) / 2;

describe('starting against a database that cannot be opened', () => {
  it('names the SQLite path when the file cannot be opened, without retrying', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'minyi-startup-')), 'a-folder.sqlite');
    mkdirSync(folder);
    const { message, ms, retries } = await startupFailure(`sqlite:${folder}`);
    expect(message).toContain(folder);
    expect(message).toMatch(/无法连接数据库/);
    expect(message).toMatch(/Cannot open the database/);
    expect(retries).toBe(0);
    expect(ms).toBeLessThan(AT_ONCE_MS);
  });
});

const describeMysql = await describeWithMysql();
describeMysql('starting against a MySQL/MariaDB database that cannot be opened', () => {
  const mysql = new URL(TEST_MYSQL_URL);
  it('says the MySQL/MariaDB database does not exist, without retrying', async () => {
    const url = new URL(mysql);
    url.pathname = '/minyi_no_such_database';
    const { message, ms, retries } = await startupFailure(url.toString());
    expect(message).toMatch(/数据库不存在（ER_BAD_DB_ERROR）/);
    expect(message).toContain('minyi_no_such_database');
    expect(retries).toBe(0);
    expect(ms).toBeLessThan(AT_ONCE_MS);
  });

  it('says the password is wrong and never prints it', async () => {
    const url = new URL(mysql);
    url.username = 'minyi_nobody';
    url.password = 'wrong-secret-password';
    const { message, ms, retries } = await startupFailure(url.toString());
    expect(message).toMatch(/用户名或密码错误（ER_ACCESS_DENIED_ERROR）/);
    expect(message).not.toContain('wrong-secret-password');
    expect(retries).toBe(0);
    expect(ms).toBeLessThan(AT_ONCE_MS);
  });
});
