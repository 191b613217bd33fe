import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** The Redis the suite may use (TEST_REDIS_URL, or the local default that .ci/run starts). */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';

/**
 * A key prefix of the test's own, so tests share a server without touching each other's keys (never FLUSHALL).
 * TEST_REDIS_KEY_PREFIX (default `minyi:test:`) puts a whole run under one prefix, e.g. a developer's own on a shared Redis.
 */
export const testKeyPrefix = (): string =>
  `${process.env.TEST_REDIS_KEY_PREFIX || 'minyi:test:'}${randomBytes(6).toString('hex')}:`;

/** Whether Redis answers PING within a second. */
export async function redisReachable(url = TEST_REDIS_URL): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/**
 * Whether the Redis-backed specs run: always under CI=true (.ci/run starts Redis, so a missing one fails loudly there);
 * elsewhere only when Redis answers, saying why when not.
 */
export async function redisTestsRun(): Promise<boolean> {
  if (process.env.CI === 'true' || (await redisReachable())) return true;
  console.warn(`跳过：没有可用的 Redis（${TEST_REDIS_URL}）。CI 中此测试必定运行。`);
  return false;
}

/** Deletes every key under `prefix` (SCAN, never FLUSHALL: the server may be shared). */
export async function deleteKeys(client: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length > 0) await client.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
