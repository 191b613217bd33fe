import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { DemoSeedService } from '@app/demo';
import { AppModule } from './app.module.js';
import { ApiExceptionFilter } from './exception.filter.js';
import { BODY_LIMIT_BYTES } from './limits.js';
import { createLogger, PinoNestLogger } from './logger.js';
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
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(settings), adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  app.enableShutdownHooks();
  app.useGlobalFilters(new ApiExceptionFilter(logger));
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  serveWebApp(fastify, settings.webRoot);
  await app.init();
  await fastify.ready();
  if (settings.seedDemo) await app.get(DemoSeedService).seedIfEmpty();
  return app;
}
