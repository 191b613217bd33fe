import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { GqlArgumentsHost, type GqlContextType } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { DomainError, ServiceUnavailableError, type ErrorClass, type GqlContext } from '@app/common';
import { WriteQueueFullError } from '@app/database';
import type { DatabaseAvailability } from './database-availability.js';
import { HttpRefusal } from './http-guards.js';
import { BODY_LIMIT_BYTES } from './limits.js';
import { overloadedMessage, type LoadShedding } from './load-shedding.js';

/** Domain errors on plain HTTP routes (file downloads) carry the HTTP status their class implies. */
const DOMAIN_HTTP_STATUS: Record<ErrorClass, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/** Chinese messages for errors Fastify raises before a route runs (body parsing, size, unknown paths). */
function httpError(status: number, exception: unknown): { message: string; code: string; reason: string } {
  const fastifyCode = (exception as { code?: string }).code ?? '';
  if (status === 413 || fastifyCode === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return {
      code: 'BAD_USER_INPUT',
      reason: 'PAYLOAD_TOO_LARGE',
      message: `请求体超过 ${BODY_LIMIT_BYTES / 1024 / 1024} MiB 上限`,
    };
  }
  if (status === 415)
    return {
      code: 'BAD_USER_INPUT',
      reason: 'UNSUPPORTED_MEDIA_TYPE',
      message: '不支持的 Content-Type，请使用 application/json',
    };
  if (status === 404)
    return { code: 'NOT_FOUND', reason: 'ROUTE_NOT_FOUND', message: '没有这个地址；GraphQL 接口在 /graphql' };
  if (status === 405)
    return { code: 'BAD_USER_INPUT', reason: 'METHOD_NOT_ALLOWED', message: '这个地址不支持该请求方法' };
  if (status >= 400 && status < 500)
    return {
      code: 'BAD_USER_INPUT',
      reason: 'BAD_REQUEST',
      message: '请求格式不正确：请求体应为有效的 JSON',
    };
  return { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_ERROR', message: '服务器内部错误，请稍后再试' };
}

/**
 * The one place errors leave the server. GraphQL errors go on to Apollo's formatter (formatGraphQLError); expected ones
 * (DomainError, validation) are not logged as server errors, unexpected ones are, with their stack and request id.
 * Errors of plain HTTP (bad JSON, too large, unknown path) get the same shape as GraphQL errors, in Chinese.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  constructor(
    private readonly logger: Logger,
    private readonly database?: DatabaseAvailability,
    private readonly overload?: { shedding: LoadShedding; retryAfterSeconds: number },
  ) {}

  /** SQLite's write queue refused the request's transaction: overload, said as such (503 OVERLOADED, nothing written). */
  private overloaded(error: WriteQueueFullError): ServiceUnavailableError {
    const retryAfter = this.overload?.retryAfterSeconds ?? 2;
    this.overload?.shedding.refused('writeQueue', error.estimatedWaitMs);
    return new ServiceUnavailableError(overloadedMessage(retryAfter), 'OVERLOADED', retryAfter);
  }

  catch(thrown: unknown, host: ArgumentsHost): unknown {
    // A database that is away is a named, temporary condition (logged once by DatabaseAvailability), not a bug.
    const exception =
      thrown instanceof WriteQueueFullError
        ? this.overloaded(thrown)
        : (this.database?.translate(thrown) ?? thrown);
    if (host.getType<GqlContextType>() === 'graphql') {
      if (!(exception instanceof DomainError) && !(exception instanceof HttpException)) {
        const request = GqlArgumentsHost.create(host).getContext<GqlContext>().req;
        this.logger.error({ err: exception, reqId: request?.id }, 'unexpected error in a GraphQL operation');
      }
      return exception;
    }
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof DomainError) {
      const retryAfter = exception.details.retryAfterSeconds;
      if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
      return reply.status(DOMAIN_HTTP_STATUS[exception.code]).send({
        errors: [
          {
            message: exception.message,
            extensions: { code: exception.code, reason: exception.reason, ...exception.details },
          },
        ],
      });
    }
    if (exception instanceof HttpRefusal) {
      return reply.status(exception.statusCode).send({
        errors: [
          { message: exception.message, extensions: { code: exception.code, reason: exception.reason } },
        ],
      });
    }
    if (
      exception instanceof HttpException &&
      typeof exception.getResponse() === 'object' &&
      exception.getStatus() === 503
    ) {
      return reply.status(503).send(exception.getResponse());
    }
    const status =
      exception instanceof HttpException
        ? exception.getStatus()
        : ((exception as { statusCode?: number }).statusCode ?? 500);
    if (status >= 500)
      this.logger.error({ err: exception, reqId: request.id }, 'unexpected error in an HTTP request');
    const { code, reason, message } = httpError(status, exception);
    return reply.status(status).send({ errors: [{ message, extensions: { code, reason } }] });
  }
}
