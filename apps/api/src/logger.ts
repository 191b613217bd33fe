import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Logger } from 'pino';

/** What stands in the access log for a secret part of a URL. */
export const MASKED = '[masked]';

/**
 * A request URL as the access log may keep it: the public 网上征集 token (`/online/<token>`: whoever reads the log could
 * submit through it until the round closes) and a 回执号 in a query (`/receipt?n=…`: it opens that opinion's public
 * status) are masked; the rest stays for finding a request.
 */
export function maskUrl(url: string): string {
  const at = url.indexOf('?');
  const path = at < 0 ? url : url.slice(0, at);
  const query = at < 0 ? null : url.slice(at + 1);
  const maskedPath = path.replace(/(^|\/)online\/[^/]+/i, `$1online/${MASKED}`);
  const maskedQuery = query?.replace(/(^|&)n=[^&#]*/g, `$1n=${MASKED}`);
  return maskedQuery === undefined ? maskedPath : `${maskedPath}?${maskedQuery}`;
}

interface LoggedRequest {
  method?: string;
  url?: string;
  host?: string;
  ip?: string;
  headers?: Record<string, unknown>;
  socket?: { remotePort?: number };
}

/** Fastify's own request serializer (the access log's `req`), with the URL masked (maskUrl). */
export function serializeRequest(req: LoggedRequest): Record<string, unknown> {
  return {
    method: req.method,
    url: typeof req.url === 'string' ? maskUrl(req.url) : req.url,
    version: req.headers?.['accept-version'],
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

/** The API's logger: JSON lines to stdout (or `destination`, for a test that reads them). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'minyi-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Taken over by every request's child logger, before Fastify's own (logger-pino.js prefers the instance's).
      serializers: { req: serializeRequest },
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
    },
    destination,
  );
}

/** Nest's own messages (bootstrap, module init) as structured JSON lines through the same pino logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string): void {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
}
