import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { trackRequestReads } from '@app/database';
import { DemoSeedService } from '@app/demo';
import { AppModule } from './app.module.js';
import { DataSource } from 'typeorm';
import { answerClientError } from './client-errors.js';
import { DatabaseAvailability } from './database-availability.js';
import { ApiExceptionFilter } from './exception.filter.js';
import { installEventStreams } from './event-streams.js';
import { installHttpGuards } from './http-guards.js';
import { installLoadShedding } from './load-shedding.js';
import { installResponseCompression } from './response-compression.js';
import { installSecurityHeaders } from './security-headers.js';
import { BODY_LIMIT_BYTES, REQUEST_ID_PATTERN } from './limits.js';
import { createLogger, PinoNestLogger } from './logger.js';
import { ServerState, SHUTTING_DOWN_BODY } from './server-state.js';
import { serveWebApp } from './web-app.js';
import type { Settings } from './settings.js';

export { BODY_LIMIT_BYTES } from './limits.js';

/**
 * Builds the application (used by main.ts, the CLI and the end-to-end tests alike): Fastify with structured logs and a
 * request id per request (from X-Request-Id when the caller sends a sane one), migrations run, demo data seeded when
 * the database is empty and settings allow.
 */
export async function createApp(
  settings: Settings,
  logger: Logger = createLogger(settings.logLevel),
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: settings.trustProxy,
    // The caller's X-Request-Id ends up in logs and the audit trail: kept only when it is a short safe token.
    requestIdHeader: false,
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const sent = request.headers['x-request-id'];
      return typeof sent === 'string' && REQUEST_ID_PATTERN.test(sent) ? sent : randomUUID();
    },
    // Requests that arrive while closing get our error shape (the onRequest hook below), not Fastify's English 503.
    return503OnClosing: false,
    // A request refused before any route (headers over Node's limit, a malformed request line) is answered in Chinese.
    clientErrorHandler: answerClientError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(settings), adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
    bodyParser: false, // JSON bodies go through installHttpGuards' bounded parser
  });
  // Signals are handled by main.ts (bounded shutdown); app.close() still runs every module's shutdown hooks.
  const database = new DatabaseAvailability(logger);
  const fastify = app.getHttpAdapter().getInstance();
  const state = app.get(ServerState);
  fastify.addHook('onRequest', async (request, reply) => {
    if (!state.draining || request.url.startsWith('/health')) return;
    return reply.code(503).header('retry-after', '5').header('connection', 'close').send(SHUTTING_DOWN_BODY);
  });
  if (!settings.trustProxy) warnOnceBehindProxy(fastify, logger);
  // Under overload the excess is refused at once (503 OVERLOADED) rather than queued without bound.
  const shedding = await installLoadShedding(fastify, settings.overload, logger);
  // Each request's reads start on the primary; a query's may move to a replica (read-replicas.ts).
  if (settings.databaseReplicaUrls.length)
    fastify.addHook('preHandler', (_request, _reply, done) => trackRequestReads(done));
  app.useGlobalFilters(
    new ApiExceptionFilter(logger, database, {
      shedding,
      retryAfterSeconds: settings.overload.retryAfterSeconds,
    }),
  );
  installHttpGuards(fastify);
  // Clickjacking, sniffing and script-injection defences for the pages and everything else (security-headers.ts).
  installSecurityHeaders(fastify);
  // Large GraphQL answers (the public 网上征集 page's first) travel gzipped (response-compression.ts).
  installResponseCompression(fastify);
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  // Pushed events for the pages (GET /events); a worker serves no pages.
  if (settings.role !== 'worker')
    installEventStreams(app, fastify, settings.eventStreams, logger, settings.overload.retryAfterSeconds);
  serveWebApp(fastify, settings.webRoot, { graphiql: !settings.production });
  await app.init();
  const db = app.get(DataSource);
  database.attach(() => db.query('SELECT 1'));
  fastify.addHook('onClose', (_instance, done) => {
    database.stop();
    done();
  });
  await fastify.ready();
  if (settings.seedDemo) await app.get(DemoSeedService).seedIfEmpty();
  // Starting (migrations, seeding) keeps the event loop busy; that is not overload.
  shedding.forget();
  return app;
}

/**
 * Behind a proxy that is not named in TRUST_PROXY, every request seems to come from the proxy: every client then
 * shares one budget of each per-address limit (sign-in failures, the public 回执查询), and one person can use it up for
 * all. Said once, at the first request that carries X-Forwarded-For.
 */
function warnOnceBehindProxy(fastify: FastifyInstance, logger: Logger): void {
  let warned = false;
  fastify.addHook('onRequest', (request, _reply, done) => {
    done();
    if (warned || request.headers['x-forwarded-for'] === undefined) return;
    warned = true;
    logger.warn(
      { event: 'proxy.untrusted', address: request.ip },
      '请求带有 X-Forwarded-For，但未设置 TRUST_PROXY：所有客户端将被视为同一地址（登录失败、回执查询的次数限制由所有人共用）。请把反向代理的地址写入 TRUST_PROXY',
    );
  });
}
