import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { CachePeers } from '@app/database';
import type { SharedRedis } from './identity.options.js';

/** The pub/sub channel (under the key prefix) on which an instance says "account data changed: forget your copies". */
export const ACCOUNT_INVALIDATION_CHANNEL = 'account-cache:invalidate';

/**
 * Carries a cache's invalidations between API instances over Redis pub/sub, one channel per cache (the account cache,
 * the submission lookups): each local invalidation is published, and each one received from another instance empties
 * this instance's cache.
 *
 * Pub/sub delivers only to those listening at that moment, so an instance that is not (its subscriber connection is
 * down, or just came back and may have missed messages) caches nothing at all until it listens again: every request
 * then reads the account from the database. We chose no cache over a short TTL because even a few seconds of stale
 * grants after a deactivation or a password change is what this cache must never serve.
 */
export class CacheInvalidationChannel implements CachePeers {
  /** Messages carry the sender's id so an instance does not empty its cache twice for its own write. */
  private readonly id = randomUUID();
  private readonly channel: string;
  private subscribed = false;
  private readonly logger = new Logger('CacheInvalidation');

  constructor(
    private readonly redis: SharedRedis,
    name: string,
    private readonly onRemoteInvalidation: (key?: string) => void,
  ) {
    this.channel = `${redis.keyPrefix}${name}`;
    const { subscriber } = redis;
    subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      // "<sender>" forgets everything; "<sender> <key>" one key. An instance of the release before reads the latter
      // as a sender it does not know, and forgets everything: safe during a rolling deploy.
      const space = message.indexOf(' ');
      const sender = space < 0 ? message : message.slice(0, space);
      if (sender !== this.id) this.onRemoteInvalidation(space < 0 ? undefined : message.slice(space + 1));
    });
    const lost = () => {
      this.subscribed = false;
      this.onRemoteInvalidation();
    };
    subscriber.on('close', lost);
    subscriber.on('reconnecting', lost);
    subscriber.on('end', lost);
    // Back after an outage: listen again, then forget what was cached before (messages may have been missed).
    subscriber.on('ready', () => void this.subscribe());
    if (subscriber.status === 'ready') void this.subscribe();
  }

  /** Whether other instances' invalidations reach this one now: only then may accounts be cached. */
  get listening(): boolean {
    return this.subscribed && this.redis.subscriber.status === 'ready';
  }

  /** Tells the other instances to forget their cached values: every one, or only the one under `key`. */
  publish(key?: string): void {
    this.redis.client
      .publish(this.channel, key === undefined ? this.id : `${this.id} ${key}`)
      .catch((error: Error) => {
        this.logger.warn(
          `缓存失效通知未能发出 (cache invalidation not published on ${this.channel}): ${error.message}`,
        );
      });
  }

  private async subscribe(): Promise<void> {
    try {
      await this.redis.subscriber.subscribe(this.channel);
      this.subscribed = true;
      this.onRemoteInvalidation();
    } catch (error) {
      this.subscribed = false;
      this.logger.warn(
        `未能订阅缓存失效通知 (cannot subscribe to ${this.channel}): ${(error as Error).message}`,
      );
    }
  }
}
