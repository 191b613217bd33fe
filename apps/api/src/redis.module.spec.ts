import { describe, expect, it } from '@jest/globals';
import { connectRedis, RedisConnectionError, redactRedisUrl } from './redis.module.js';
import { loadSettings, SettingsError } from './settings.js';

const quiet = { warn: () => undefined, log: () => undefined } as never;

describe('Redis settings and connection', () => {
  it('is off unless REDIS_URL is set, and checks the URL and prefix', () => {
    const base = {
      NODE_ENV: 'test',
      TOKEN_SECRET: 'x'.repeat(40),
      PERSONAL_DATA_KEY: Buffer.alloc(32).toString('base64'),
    };
    expect(loadSettings(base).redis).toBeNull();
    expect(loadSettings({ ...base, REDIS_URL: 'redis://127.0.0.1:6379/2' }).redis).toEqual({
      url: 'redis://127.0.0.1:6379/2',
      keyPrefix: 'minyi:',
      connectTimeoutMs: 5000,
    });
    expect(() => loadSettings({ ...base, REDIS_URL: 'http://x' })).toThrow(SettingsError);
    expect(() => loadSettings({ ...base, REDIS_URL: 'redis://x', REDIS_KEY_PREFIX: 'a b' })).toThrow(
      SettingsError,
    );
  });

  it('refuses to start within the connect timeout, saying so in Chinese and English, without the password', async () => {
    const began = Date.now();
    // Port 1 on loopback: nothing listens, the connection is refused (or, filtered, times out).
    const attempt = connectRedis(
      { url: 'redis://:secret@127.0.0.1:1', keyPrefix: 'minyi:', connectTimeoutMs: 500 },
      quiet,
    );
    await expect(attempt).rejects.toThrow(RedisConnectionError);
    await expect(attempt).rejects.toThrow(
      /无法连接 Redis.*cannot connect to Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1/,
    );
    expect(Date.now() - began).toBeLessThan(3000);
    expect(redactRedisUrl('redis://u:p@h:1/0')).toBe('redis://u:***@h:1/0');
  });
});
