import { createConnection } from 'node:net';
import { describe } from '@jest/globals';
import { parseDatabaseUrl } from '@app/database';

/** The MySQL/MariaDB server the suite may use (TEST_MYSQL_URL, or the local default that CI starts). */
export const TEST_MYSQL_URL = process.env.TEST_MYSQL_URL || 'mariadb://root@127.0.0.1:3306/test';

async function reachable(url: string): Promise<boolean> {
  const target = parseDatabaseUrl(url);
  if (target.kind !== 'mysql') return false;
  return new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: target.host, port: target.port, timeout: 1000 });
    const answer = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => answer(true));
    socket.once('error', () => answer(false));
    socket.once('timeout', () => answer(false));
  });
}

/**
 * `describe` for specs that need a MySQL/MariaDB server beside the SQLite run. CI always has one (.ci/run starts it),
 * so there the spec runs and fails loudly if the server is missing; on a laptop with only Node it is skipped and says why.
 */
export async function describeWithMysql(): Promise<typeof describe | typeof describe.skip> {
  if (process.env.CI === 'true' || (await reachable(TEST_MYSQL_URL))) return describe;
  console.warn(`跳过：没有可用的 MySQL/MariaDB（${TEST_MYSQL_URL}）。CI 中此测试必定运行。`);
  return describe.skip;
}
