/**
 * One error vocabulary for every domain. A DomainError carries the GraphQL-level class (`extensions.code`, one of
 * the few codes clients branch on) and a stable, domain-specific `reason` (e.g. USERNAME_TAKEN) that tests and
 * clients can rely on. Messages are written for a person (zh-CN) and never contain SQL or stack traces.
 */
export type ErrorClass =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldProblem {
  /** Path of the input field, e.g. `input.name`. */
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorClass,
    readonly reason: string,
    message: string,
    readonly details: { fields?: FieldProblem[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class BadInputError extends DomainError {
  constructor(reason: string, message: string, fields: FieldProblem[] = []) {
    super('BAD_USER_INPUT', reason, message, { fields });
  }
  static field(field: string, message: string, reason = 'INVALID_INPUT'): BadInputError {
    return new BadInputError(reason, message, [{ field, message }]);
  }
}

export class NotFoundError extends DomainError {
  constructor(entityLabel: string, id: string, reason = 'NOT_FOUND') {
    super('NOT_FOUND', reason, `${entityLabel}不存在：${id}`, { id });
  }

  /**
   * This same answer for an object that exists outside the caller's scope (another point, unit or legislature): the
   * client sees exactly what a missing id gets — code, reason, message, extensions — so no one learns which ids exist.
   * `refusal` (why it was hidden) stays on the server, for the security log. FORBIDDEN is for objects the caller may
   * see but not act on.
   */
  concealing(refusal: string): ConcealedRefusal {
    return new ConcealedRefusal('NOT_FOUND', this.message, this.reason, refusal, this.details);
  }
}

export class ConflictError extends DomainError {
  constructor(reason: string, message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', reason, message, details);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = '没有权限执行此操作', reason = 'FORBIDDEN', details: Record<string, unknown> = {}) {
    super('FORBIDDEN', reason, message, details);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = '请先登录', reason = 'UNAUTHENTICATED') {
    super('UNAUTHENTICATED', reason, message);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(message: string, retryAfterSeconds: number, reason = 'RATE_LIMITED') {
    super('TOO_MANY_REQUESTS', reason, message, { retryAfterSeconds });
  }
}

/** The database cannot be reached for now (down, restarting, unreachable): temporary, and safe to retry. */
export class ServiceUnavailableError extends DomainError {
  constructor(message: string, reason = 'DATABASE_UNAVAILABLE', retryAfterSeconds = 5) {
    super('SERVICE_UNAVAILABLE', reason, message, { retryAfterSeconds });
  }
}

/**
 * A refusal answered as if nothing were there (node(id:) must not tell that an id exists): the client sees only the
 * NOT_FOUND; `refusal` keeps the real reason (e.g. PERMISSION_DENIED) for the security log and audit trail, never sent.
 */
export class ConcealedRefusal extends DomainError {
  constructor(
    code: 'NOT_FOUND',
    message: string,
    reason: string,
    readonly refusal: string | undefined,
    details: Record<string, unknown> = {},
  ) {
    super(code, reason, message, details);
  }
}
