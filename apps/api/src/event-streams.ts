import type { ServerResponse } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { DomainError } from '@app/common';
import { NotificationService } from '@app/consultation';
import {
  AccountService,
  LiveEvents,
  PASSWORD_CHANGE_REQUIRED_MESSAGE,
  TokenService,
  type Actor,
  type LiveEvent,
  type LiveJob,
} from '@app/identity';
import { JobService } from '@app/jobs';
import { STREAM_LIMITS, type EventStreamLimits } from './event-stream-limits.js';
import { leaveInFlight } from './load-shedding.js';

export * from './event-stream-limits.js';

/**
 * Pushed events for the web workbench (issue 17): `GET /events`, a server-sent-events stream (text/event-stream) with
 * the same bearer token as /graphql. The web reads it with fetch() (the Authorization header; EventSource cannot send
 * one, and the session's token never goes in a URL, where proxies and logs would keep it).
 *
 * Events: `ready` (the limits this stream runs under), `job` (a job the account may see moved on: its public fields),
 * `notification` (the account's unread count after new notifications or reads), `end` (why the server ends the stream:
 * the page reconnects, with a fresh token when it was the token's expiry). A comment line every `heartbeatMs` keeps
 * proxies from closing a quiet stream and is when the account is checked again (deactivated, signed out everywhere).
 *
 * Bounds, each a setting (README, "Running at scale"):
 * - streams open at once on this instance (`maxOpen`, refused with 503 EVENT_STREAMS_FULL and Retry-After) and per
 *   account (`maxPerAccount`: a few tabs; refused with 429 EVENT_STREAMS_PER_ACCOUNT);
 * - a stream's lifetime (`maxLifetimeMs`, and never past its token's expiry): then `end` and the page reconnects, so
 *   streams spread again over instances after a deploy and an expired token does not keep listening;
 * - a reader that does not keep up (more than `maxBufferedBytes` unsent, or more than STREAM_LIMITS.maxQueuedEvents
 *   events waiting for their checks) is cut off rather than buffered without bound.
 * An accepted stream gives its in-flight slot back to the overload admission (load-shedding.ts): it is counted by the
 * bounds above instead, so open pages never starve requests. At shutdown every stream gets `end` (SHUTTING_DOWN) and
 * is closed before the server stops listening, so open pages do not hold the process.
 */
export const EVENT_STREAM_PATH = '/events';

type EndReason = 'MAX_LIFETIME' | 'TOKEN_EXPIRED' | 'TOKEN_REVOKED' | 'SHUTTING_DOWN' | 'TOO_SLOW';

const END_MESSAGES: Record<EndReason, string> = {
  MAX_LIFETIME: '实时通知连接已到最长时限，请重新连接',
  TOKEN_EXPIRED: '访问令牌已到期，请用新令牌重新连接',
  TOKEN_REVOKED: '登录已失效，实时通知已停止，请重新登录',
  SHUTTING_DOWN: '服务器正在停止或重启，请稍后重新连接',
  TOO_SLOW: '实时通知积压过多，连接已断开，请重新连接',
};

function errorBody(code: string, reason: string, message: string, extra: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, reason, ...extra } }] };
}

/** The token's expiry (ms), read from its payload (its signature is checked by TokenService first). */
function tokenExpiryMs(token: string): number | null {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      exp?: unknown;
    };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : null;
  } catch {
    return null;
  }
}

class EventStream {
  private heartbeat: NodeJS.Timeout;
  private lifetime: NodeJS.Timeout;
  private chain: Promise<void> = Promise.resolve();
  private queued = 0;
  private countQueued = false;
  private readonly visible = new Map<string, boolean>();
  ended = false;

  constructor(
    readonly actor: Actor,
    private readonly raw: ServerResponse,
    private readonly deps: {
      limits: EventStreamLimits;
      lifetimeMs: number;
      lifetimeReason: EndReason;
      recheck: () => Promise<Actor | null>;
      maySee: (actor: Actor, jobId: string) => Promise<boolean>;
      unreadCount: (actor: Actor) => Promise<number>;
      onEnd: (stream: EventStream) => void;
      logger: Logger;
    },
  ) {
    this.heartbeat = setInterval(() => this.beat(), deps.limits.heartbeatMs);
    this.lifetime = setTimeout(() => this.end(deps.lifetimeReason), deps.lifetimeMs);
    raw.once('close', () => this.closed());
  }

  get accountId(): string {
    return this.actor.accountId;
  }

  write(text: string): void {
    if (this.ended || this.raw.destroyed) return;
    if (this.raw.writableLength > STREAM_LIMITS.maxBufferedBytes) {
      this.raw.destroy(); // the reader is gone or stalled: 'close' cleans up
      return;
    }
    this.raw.write(text);
  }

  send(event: string, data: unknown): void {
    this.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** Runs the event's checks in order behind the earlier ones, so a job's events reach the page in order. */
  private enqueue(work: () => Promise<void>): void {
    if (this.ended) return;
    if (this.queued >= STREAM_LIMITS.maxQueuedEvents) return this.end('TOO_SLOW');
    this.queued += 1;
    this.chain = this.chain
      .then(() => (this.ended ? undefined : work()))
      .catch((error: Error) => {
        this.deps.logger.warn({ err: error }, '实时事件未能送出 (live event not sent)');
      })
      .finally(() => {
        this.queued -= 1;
      });
  }

  job(job: LiveJob): void {
    this.enqueue(async () => {
      let may = this.visible.get(job.id);
      if (may === undefined) {
        may = await this.deps.maySee(this.actor, job.id);
        if (this.visible.size >= STREAM_LIMITS.rememberedJobs)
          this.visible.delete(this.visible.keys().next().value!);
        this.visible.set(job.id, may);
      }
      if (may) this.send('job', job);
    });
  }

  /** New notifications (or reads): the unread count, once for however many arrive while one count is waiting. */
  notification(): void {
    if (this.countQueued) return;
    this.countQueued = true;
    this.enqueue(async () => {
      this.countQueued = false;
      this.send('notification', { unreadCount: await this.deps.unreadCount(this.actor) });
    });
  }

  private beat(): void {
    this.write(': ping\n\n');
    this.enqueue(async () => {
      const actor = await this.deps.recheck();
      if (!actor) return this.end('TOKEN_REVOKED');
      // Roles may have changed: later events are checked against the account as it is now.
      Object.assign(this.actor, { grants: actor.grants, permissions: actor.permissions });
      this.visible.clear();
    });
  }

  end(reason: EndReason): void {
    if (this.ended) return;
    this.send('end', { reason, message: END_MESSAGES[reason] });
    this.ended = true;
    this.raw.end();
    this.closed();
  }

  private closed(): void {
    this.ended = true;
    clearInterval(this.heartbeat);
    clearTimeout(this.lifetime);
    this.deps.onEnd(this);
  }
}

/** Counts of open streams, for tests and logs. */
export interface EventStreams {
  open(): number;
  openFor(accountId: string): number;
}

/** Adds GET /events to the server: call before the application is initialised. */
export function installEventStreams(
  app: NestFastifyApplication,
  fastify: FastifyInstance,
  limits: EventStreamLimits,
  logger: Logger,
  retryAfterSeconds: number,
): EventStreams {
  const tokens = app.get(TokenService, { strict: false });
  const accounts = app.get(AccountService, { strict: false });
  const jobs = app.get(JobService, { strict: false });
  const notifications = app.get(NotificationService, { strict: false });
  const live = app.get(LiveEvents, { strict: false });
  const byAccount = new Map<string, Set<EventStream>>();
  let open = 0;
  let closing = false;

  const stopListening = live.listen((event: LiveEvent) => {
    if (event.type === 'notification') {
      for (const accountId of event.accountIds)
        for (const stream of byAccount.get(accountId) ?? []) stream.notification();
    } else {
      for (const streams of byAccount.values()) for (const stream of streams) stream.job(event.job);
    }
  });

  fastify.addHook('preClose', (done) => {
    closing = true;
    stopListening();
    for (const streams of [...byAccount.values()])
      for (const stream of [...streams]) stream.end('SHUTTING_DOWN');
    done();
  });

  const refuse = (reply: FastifyReply, status: number, body: unknown) =>
    reply.code(status).header('content-type', 'application/json; charset=utf-8').send(body);

  fastify.get(EVENT_STREAM_PATH, async (request: FastifyRequest, reply: FastifyReply) => {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match)
      return refuse(
        reply,
        401,
        errorBody(
          'UNAUTHENTICATED',
          'TOKEN_MISSING',
          '请先登录：实时通知需要 Authorization: Bearer 访问令牌',
        ),
      );
    const token = match[1];
    let actor: Actor;
    let claims: Awaited<ReturnType<TokenService['verify']>>;
    try {
      claims = await tokens.verify(token);
      actor = await accounts.loadSession(claims, String(request.id));
    } catch (error) {
      if (error instanceof DomainError)
        return refuse(reply, 401, errorBody(error.code, error.reason, error.message));
      throw error;
    }
    // Like every operation but changing the password (the AuthGuard): an account someone else set the password of
    // hears nothing until it is changed.
    if (actor.mustChangePassword)
      return refuse(
        reply,
        403,
        errorBody('FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED', PASSWORD_CHANGE_REQUIRED_MESSAGE),
      );
    if (closing)
      return refuse(
        reply.header('retry-after', '5'),
        503,
        errorBody('SERVICE_UNAVAILABLE', 'SHUTTING_DOWN', END_MESSAGES.SHUTTING_DOWN),
      );
    const mine = byAccount.get(actor.accountId)?.size ?? 0;
    if (mine >= limits.maxPerAccount)
      return refuse(
        reply,
        429,
        errorBody(
          'TOO_MANY_REQUESTS',
          'EVENT_STREAMS_PER_ACCOUNT',
          `同一账号最多同时打开 ${limits.maxPerAccount} 个实时通知连接（每个页面一个），请关闭不用的页面后刷新`,
          { limit: limits.maxPerAccount },
        ),
      );
    if (open >= limits.maxOpen)
      return refuse(
        reply.header('retry-after', String(retryAfterSeconds)),
        503,
        errorBody(
          'SERVICE_UNAVAILABLE',
          'EVENT_STREAMS_FULL',
          `本服务器的实时通知连接已满（${limits.maxOpen} 个），页面将定时刷新，请稍后重试`,
          { limit: limits.maxOpen, retryAfterSeconds },
        ),
      );

    const now = Date.now();
    const expiresAt = tokenExpiryMs(token);
    const untilExpiry = expiresAt === null ? Infinity : Math.max(0, expiresAt - now);
    const lifetimeMs = Math.min(limits.maxLifetimeMs, untilExpiry);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      // nginx and others buffer responses unless told not to; a buffered stream pushes nothing.
      'x-accel-buffering': 'no',
      'x-request-id': String(request.id),
    });
    raw.socket?.setNoDelay(true);
    raw.socket?.setKeepAlive(true);
    // From here the stream is counted by its own bounds, not the overload admission's.
    leaveInFlight(request);
    open += 1;
    const stream = new EventStream(actor, raw, {
      limits,
      lifetimeMs,
      lifetimeReason: lifetimeMs < limits.maxLifetimeMs ? 'TOKEN_EXPIRED' : 'MAX_LIFETIME',
      recheck: () => accounts.loadSession(claims, null).catch(() => null),
      maySee: (who, jobId) => jobs.maySee(who, jobId),
      unreadCount: (who) => notifications.unreadCount(who),
      onEnd: (ended) => {
        const set = byAccount.get(ended.accountId);
        if (!set?.delete(ended)) return;
        open -= 1;
        if (!set.size) byAccount.delete(ended.accountId);
      },
      logger,
    });
    const set = byAccount.get(actor.accountId) ?? new Set<EventStream>();
    set.add(stream);
    byAccount.set(actor.accountId, set);
    stream.write(`retry: ${STREAM_LIMITS.retryMs}\n\n`);
    stream.send('ready', {
      heartbeatSeconds: Math.round(limits.heartbeatMs / 1000),
      endsAt: new Date(now + lifetimeMs).toISOString(),
    });
    // The count at once: whatever arrived while the page was not listening.
    stream.notification();
  });

  return {
    open: () => open,
    openFor: (accountId) => byAccount.get(accountId)?.size ?? 0,
  };
}
