import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ConcealedRefusal, DomainError, type GqlContext } from '@app/common';
import { AuditService, type AuditActor } from './audit.service.js';

/** At most this many distinct refusals of one request are itemised in its audit record. */
export const REFUSALS_PER_RECORD = 10;

interface Refusal {
  operation: string;
  reason: string;
}

/**
 * Security events that change no data but must leave a trace: refusals (FORBIDDEN) of signed-in callers and downloads
 * of generated files. Each is logged (structured: event, username, address, reason; never a password, token or
 * personal data) and written to the audit trail. Failed sign-ins are logged by the identity lib where they happen.
 */
@Injectable()
export class SecurityEventService implements OnModuleInit {
  constructor(
    private readonly audit: AuditService,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  /** Every file route, present and future, is covered by one hook on the HTTP server rather than per controller. */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    // Not an async hook: every signed-in request passes here, and GraphQL's (most of them) have nothing to record —
    // a promise and its turns per request for nothing was measurable (issue 16).
    fastify?.addHook('onSend', (request, reply, payload, done) => {
      if (!request.actor || request.routeOptions.url === '/graphql') return done(null, payload);
      this.onFileResponse(request, reply).then(
        () => done(null, payload),
        (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
      );
    });
  }

  async refused(
    request: FastifyRequest,
    refusals: Refusal[],
    subject?: { entityType: string; entityId: string },
  ): Promise<void> {
    const actor = request.actor;
    const distinct = [...new Map(refusals.map((r) => [`${r.operation}/${r.reason}`, r])).values()];
    request.log.warn(
      {
        event: 'operation.refused',
        username: actor?.username ?? null,
        address: request.ip,
        reason: distinct[0]?.reason,
        refusals: distinct.slice(0, REFUSALS_PER_RECORD),
      },
      'security event',
    );
    if (!actor) return;
    await this.audit.recordEvent(actor, {
      action: 'security.refused',
      entityType: subject?.entityType ?? 'Operation',
      entityId: (subject?.entityId ?? distinct[0]?.operation ?? 'unknown').slice(0, 36),
      after: { refusals: distinct.slice(0, REFUSALS_PER_RECORD), total: refusals.length },
    });
  }

  /**
   * A signed-in caller's password change refused on the current password — wrong, or throttled after earlier wrong
   * ones (attack notes F4: a stolen token or a phone left signed in must not try passwords unnoticed). Logged like a
   * failed sign-in (event, username, address, reason) and written to the audit trail under the account.
   */
  async passwordCheckRefused(
    request: FastifyRequest,
    actor: AuditActor & { accountId: string },
    error: DomainError,
  ): Promise<void> {
    const throttled = error.code === 'TOO_MANY_REQUESTS';
    const retryAfterSeconds = error.details.retryAfterSeconds;
    request.log.warn(
      {
        event: throttled ? 'changePassword.throttled' : 'changePassword.failed',
        username: actor.username,
        address: request.ip,
        reason: error.reason,
        retryAfterSeconds,
      },
      'security event',
    );
    await this.audit.recordEvent(actor, {
      action: throttled ? 'security.passwordThrottled' : 'security.passwordFailed',
      entityType: 'Account',
      entityId: actor.accountId,
      after: {
        operation: 'changePassword',
        reason: error.reason,
        retryAfterSeconds: retryAfterSeconds ?? null,
      },
    });
  }

  private async onFileResponse(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const route = request.routeOptions.url ?? '';
    const disposition = String(reply.getHeader('content-disposition') ?? '');
    const params = (request.params ?? {}) as Record<string, string>;
    // The object the file is about (a task, a point, a unit), named by the route's id parameter.
    const subject = Object.entries(params).find(([key]) => key.endsWith('Id'));
    if (reply.statusCode === 403) {
      await this.refused(request, [{ operation: `${request.method} ${route}`, reason: 'FORBIDDEN' }], {
        entityType: 'File',
        entityId: subject?.[1] ?? route,
      });
    } else if (reply.statusCode === 200 && disposition.startsWith('attachment')) {
      const actor = request.actor!;
      request.log.info(
        { event: 'file.download', username: actor.username, address: request.ip, route },
        'security event',
      );
      await this.audit.recordEvent(actor, {
        action: 'file.download',
        entityType: 'File',
        entityId: (subject?.[1] ?? route).slice(0, 36),
        after: { route, params, contentType: reply.getHeader('content-type') ?? null },
      });
    }
  }
}

function domainErrorOf(error: unknown): DomainError | undefined {
  let current = error;
  for (let i = 0; i < 5 && current && typeof current === 'object'; i++) {
    if (current instanceof DomainError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/** Hands every FORBIDDEN a GraphQL request met (at the root or on a nested field) to the security events. */
@Plugin()
export class SecurityEventsPlugin implements ApolloServerPlugin<GqlContext> {
  constructor(private readonly events: SecurityEventService) {}

  requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
    return Promise.resolve({
      didEncounterErrors: async ({ contextValue, errors }) => {
        const refusals = errors.flatMap((error) => {
          const domain = domainErrorOf(error);
          // A refusal node(id:) answers as NOT_FOUND (to hide that the id exists) is still a refusal on record.
          const reason =
            domain?.code === 'FORBIDDEN'
              ? domain.reason
              : domain instanceof ConcealedRefusal
                ? domain.refusal
                : undefined;
          if (!reason) return [];
          // List indices dropped: one refusal per field, however many rows it met.
          const operation = (error.path ?? []).filter((p) => typeof p === 'string').join('.') || 'unknown';
          return [{ operation, reason }];
        });
        if (refusals.length) await this.events.refused(contextValue.req, refusals);
      },
    });
  }
}
