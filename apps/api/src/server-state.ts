/**
 * Whether the server is closing. On SIGTERM readiness turns 503 at once (so a load balancer stops sending), requests
 * already running finish, and requests that still arrive get our error shape instead of Fastify's English one.
 */
export class ServerState {
  draining = false;
}

/** How long readiness waits for the database before answering 503: an orchestrator must get an answer, fast. */
export const READINESS_TIMEOUT_MS = 1000;

/** Shutdown gives running requests this long, then exits even if the database hangs (and says so in the log). */
export const SHUTDOWN_TIMEOUT_MS = 10_000;

/** The body of a request refused because the server is closing, in the GraphQL error shape. */
export const SHUTTING_DOWN_BODY = {
  errors: [
    {
      message: '服务器正在停止或重启，请稍后重试（可安全地以相同的幂等键重试）',
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'SHUTTING_DOWN' },
    },
  ],
};
