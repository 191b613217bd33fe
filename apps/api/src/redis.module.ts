import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  Optional,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Redis, type RedisOptions } from 'ioredis';
import { ReadReplicas } from '@app/database';
import { SHARED_REDIS, type SharedRedis } from '@app/identity';
import type { Settings } from './settings.js';

/** Redis could not be reached at start: the server does not start half-shared (an instance alone would lock nobody out). */
export class RedisConnectionError extends Error {}

/** The URL without its password, for messages and logs. */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'redis://…';
  }
}

/**
 * Opens the two connections (commands, and one in subscriber mode), each within `connectTimeoutMs`. Afterwards a lost
 * connection is retried (every ≤ 2 s) and a command waits for at most two retries, so a request fails rather than hangs.
 */
export async function connectRedis(
  config: NonNullable<Settings['redis']>,
  logger = new Logger('Redis'),
): Promise<SharedRedis> {
  const options: RedisOptions = {
    lazyConnect: true,
    connectTimeout: config.connectTimeoutMs,
    maxRetriesPerRequest: 2,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  };
  const where = redactRedisUrl(config.url);
  const client = new Redis(config.url, { ...options, connectionName: 'minyi' });
  const subscriber = new Redis(config.url, { ...options, connectionName: 'minyi-sub' });
  for (const [name, connection] of [
    ['commands', client],
    ['subscriber', subscriber],
  ] as const) {
    // ioredis repeats 'error' for every failed retry: say it once per outage.
    let down = false;
    connection.on('error', (error: Error) => {
      if (down) return;
      down = true;
      logger.warn(`Redis 连接中断，正在重连 (Redis ${name} connection lost, reconnecting): ${error.message}`);
    });
    connection.on('ready', () => {
      if (down) logger.log(`Redis 已重新连接 (Redis ${name} connection back)`);
      down = false;
    });
  }
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      Promise.all([client.connect(), subscriber.connect()]),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${config.connectTimeoutMs} ms`)), config.connectTimeoutMs);
      }),
    ]);
  } catch (error) {
    client.disconnect();
    subscriber.disconnect();
    throw new RedisConnectionError(
      `无法连接 Redis（${where}），请检查 REDIS_URL 与 Redis 服务是否运行；不设 REDIS_URL 则单实例运行、不需要 Redis ` +
        `(cannot connect to Redis at ${where} within ${config.connectTimeoutMs} ms: ${(error as Error).message})`,
    );
  } finally {
    clearTimeout(timer);
  }
  return { client, subscriber, keyPrefix: config.keyPrefix };
}

/** Closes the connections when the application closes (after every module's own shutdown hooks). */
@Injectable()
class RedisConnections implements OnApplicationShutdown {
  constructor(
    @Inject(SHARED_REDIS) private readonly shared: SharedRedis | null,
    @Optional() replicas?: ReadReplicas,
  ) {
    // A caller's recent write keeps their reads on the primary at every instance, not only the one that wrote.
    if (shared && replicas?.enabled) replicas.share(shared.client, shared.keyPrefix);
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.shared) return;
    const close = async (connection: Redis) => {
      // QUIT lets pending replies arrive; a dead connection is just dropped.
      if (connection.status === 'ready') await connection.quit().catch(() => connection.disconnect());
      else connection.disconnect();
    };
    await Promise.all([close(this.shared.client), close(this.shared.subscriber)]);
  }
}

/**
 * SHARED_REDIS for every module: the connections when REDIS_URL is set, else null (the in-process equivalents are
 * used and `npm start` needs nothing but Node).
 */
@Global()
@Module({})
export class RedisModule {
  static forRoot(settings: Settings): DynamicModule {
    return {
      module: RedisModule,
      global: true,
      providers: [
        {
          provide: SHARED_REDIS,
          useFactory: () => (settings.redis ? connectRedis(settings.redis) : null),
        },
        RedisConnections,
      ],
      exports: [SHARED_REDIS],
    };
  }
}
