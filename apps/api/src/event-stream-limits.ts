/** Named limits of the pushed-event streams (GET /events, event-streams.ts); the first four are settings. */
export interface EventStreamLimits {
  maxOpen: number;
  maxPerAccount: number;
  heartbeatMs: number;
  maxLifetimeMs: number;
}

export const EVENT_STREAM_DEFAULTS: EventStreamLimits = {
  // An open stream costs a socket and a few KB; 1,000 is far below what one instance holds, far above its users.
  maxOpen: 1000,
  maxPerAccount: 5,
  // Under the 30–60 s idle timeouts of common proxies and load balancers.
  heartbeatMs: 25_000,
  maxLifetimeMs: 15 * 60_000,
};

/** Fixed bounds of one stream. */
export const STREAM_LIMITS = {
  /** Unsent bytes on the socket beyond which the reader is taken as gone. */
  maxBufferedBytes: 256 * 1024,
  /** Events waiting for their check (visibility, the unread count) beyond which the stream is ended. */
  maxQueuedEvents: 256,
  /** Jobs whose visibility a stream remembers (forgotten at each heartbeat, when the account is checked again). */
  rememberedJobs: 256,
  /** What the page is told to wait before reconnecting after a network failure (the SSE `retry` field). */
  retryMs: 5000,
} as const;
