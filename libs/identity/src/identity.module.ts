import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountCache } from './account-cache.js';
import { AccountService } from './account.service.js';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { FileLinkService } from './file-link.service.js';
import { SHARED_REDIS, type SharedRedis } from './identity.options.js';
import { LiveEvents } from './live-events.js';
import { InMemoryLoginAttemptStore, LOGIN_ATTEMPT_STORE, LoginThrottler } from './login-throttler.js';
import { NodeRegistry, NodeResolver } from './node.js';
import { PasswordService } from './password.service.js';
import { RedisLoginAttemptStore } from './redis-login-attempt-store.js';
import {
  AddressThrottler,
  InMemoryRequestCounters,
  RedisRequestCounters,
  REQUEST_COUNTER_STORE,
} from './request-counters.js';
import { SessionService } from './session.service.js';
import { TokenService } from './token.service.js';

/** Accounts, sign-in and the guard. Its settings (IDENTITY_OPTIONS) come from the composition root. */
@Module({
  providers: [
    PasswordService,
    TokenService,
    // One process's memory; with REDIS_URL, counted in Redis and shared by every API instance.
    {
      provide: LOGIN_ATTEMPT_STORE,
      useFactory: (redis: SharedRedis | null | undefined) =>
        redis ? new RedisLoginAttemptStore(redis.client, redis.keyPrefix) : new InMemoryLoginAttemptStore(),
      inject: [{ token: SHARED_REDIS, optional: true }],
    },
    // Requests counted per key in windows (anonymous lookups per address, opinion writes per account), kept the same
    // way: in memory, or in Redis across instances.
    {
      provide: REQUEST_COUNTER_STORE,
      useFactory: (redis: SharedRedis | null | undefined) =>
        redis ? new RedisRequestCounters(redis.client, redis.keyPrefix) : new InMemoryRequestCounters(),
      inject: [{ token: SHARED_REDIS, optional: true }],
    },
    FileLinkService,
    LoginThrottler,
    AddressThrottler,
    SessionService,
    AccountCache,
    AccountService,
    AuthResolver,
    NodeRegistry,
    NodeResolver,
    LiveEvents,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [
    AddressThrottler,
    REQUEST_COUNTER_STORE,
    AccountService,
    PasswordService,
    TokenService,
    SessionService,
    FileLinkService,
    NodeRegistry,
    LiveEvents,
  ],
})
export class IdentityModule {}
