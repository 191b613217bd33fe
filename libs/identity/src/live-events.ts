import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, Optional, type OnModuleDestroy } from '@nestjs/common';
import { chunk } from '@app/common';
import { SHARED_REDIS, type SharedRedis } from './identity.options.js';

/** The pub/sub channel (under the key prefix) on which instances pass live events to each other's listening pages. */
export const LIVE_EVENTS_CHANNEL = 'live-events';

/** What a page may be told of a job: its public fields, as `job(id)` shows them. */
export interface LiveJob {
  id: string;
  kind: string;
  /** The object it works on: only those who may see it hear of the job (checked by each stream). */
  subjectId: string;
  state: string;
  progress: number;
  step: string | null;
  summary: string | null;
  error: { code: string; message: string } | null;
}

/**
 * Something a page should hear without asking: a job moved on (everyone who may see it), or new notifications in some
 * accounts' inboxes (those accounts). It carries no rights: each stream checks what its account may see.
 */
export type LiveEvent = { type: 'job'; job: LiveJob } | { type: 'notification'; accountIds: string[] };

/** Named limits of the hub. */
export const LIVE_EVENT_LIMITS = {
  /** Accounts named in one Redis message: a publication to thousands is split so no message grows past ~20 KB. */
  accountsPerMessage: 500,
} as const;

type Listener = (event: LiveEvent) => void;

/**
 * Carries live events from where they happen (a job's progress write, a notification's commit) to the pages listening
 * at every instance. Without Redis they go to this process's listeners; with it, each is also published on Redis
 * pub/sub and every other instance hands what it hears to its own listeners (a message carries the sender's id, so an
 * instance does not deliver its own twice). Pub/sub is fire-and-forget: a page that was not listening (its instance's
 * Redis connection was down) has missed it, which is why pages also poll or refetch when their stream comes back.
 */
@Injectable()
export class LiveEvents implements OnModuleDestroy {
  private readonly id = randomUUID();
  private readonly listeners = new Set<Listener>();
  private readonly channel: string | null;
  private readonly logger = new Logger('LiveEvents');
  private readonly onMessage = (channel: string, message: string) => {
    if (channel !== this.channel) return;
    try {
      const { from, event } = JSON.parse(message) as { from: string; event: LiveEvent };
      if (from !== this.id) this.deliver(event);
    } catch {
      this.logger.warn(`无法解析的实时事件 (unreadable live event on ${channel})`);
    }
  };
  private readonly onReady = () => void this.subscribe();

  constructor(@Optional() @Inject(SHARED_REDIS) private readonly redis?: SharedRedis | null) {
    this.channel = redis ? `${redis.keyPrefix}${LIVE_EVENTS_CHANNEL}` : null;
    if (!redis) return;
    redis.subscriber.on('message', this.onMessage);
    redis.subscriber.on('ready', this.onReady);
    if (redis.subscriber.status === 'ready') void this.subscribe();
  }

  onModuleDestroy(): void {
    this.redis?.subscriber.off('message', this.onMessage);
    this.redis?.subscriber.off('ready', this.onReady);
  }

  /** Hears every event (this instance's and the others'); returns the way to stop. */
  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells this instance's listeners now, and the other instances' through Redis. Never throws. */
  publish(event: LiveEvent): void {
    this.deliver(event);
    if (!this.redis || !this.channel) return;
    const parts =
      event.type === 'notification'
        ? chunk(event.accountIds, LIVE_EVENT_LIMITS.accountsPerMessage).map((accountIds): LiveEvent => ({
            type: 'notification',
            accountIds,
          }))
        : [event];
    for (const part of parts) {
      this.redis.client
        .publish(this.channel, JSON.stringify({ from: this.id, event: part }))
        .catch((error: Error) => {
          this.logger.warn(`实时事件未能发出 (live event not published): ${error.message}`);
        });
    }
  }

  private deliver(event: LiveEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.logger.warn(`实时事件处理出错 (live event listener failed): ${(error as Error).message}`);
      }
    }
  }

  private async subscribe(): Promise<void> {
    try {
      await this.redis!.subscriber.subscribe(this.channel!);
    } catch (error) {
      this.logger.warn(`未能订阅实时事件 (cannot subscribe to ${this.channel}): ${(error as Error).message}`);
    }
  }
}
