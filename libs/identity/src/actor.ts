import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import { UnauthenticatedError } from '@app/common';
import type { Permission } from './permission.js';
import type { TokenClaims } from './token.service.js';
import { Role } from './role.js';

export interface RoleGrant {
  role: Role;
  legislatureId: string | null;
  contactPointId: string | null;
  liaisonUnitId: string | null;
}

/** The signed-in caller of one request, loaded fresh from the database (a deactivated account stops at once). */
export interface Actor {
  accountId: string;
  username: string;
  displayName: string;
  grants: RoleGrant[];
  /** Shared by the account's requests while its cache entry lives: never changed in place. */
  permissions: ReadonlySet<Permission>;
  requestId: string | null;
  /** The account's password was set by someone else and must be changed (AccountEntity.mustChangePassword). */
  mustChangePassword?: boolean;
  /**
   * The sign-in the request came with: its access token's (or signed link's) claims — credential version and session.
   * A file link made for this caller is bound to it, so it dies with that sign-in. Absent for actors not authenticated
   * by a request (jobs, seeding).
   */
  session?: TokenClaims;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

export const PERMISSION_KEY = 'minyi:permission';
export const PUBLIC_KEY = 'minyi:public';
export const BEFORE_PASSWORD_CHANGE_KEY = 'minyi:before-password-change';

/** The permission an operation needs. An operation with neither this nor @Public() is refused (deny by default). */
export const RequirePermission = (permission: Permission): MethodDecorator & ClassDecorator =>
  SetMetadata(PERMISSION_KEY, permission);

/** Open to anyone, signed in or not (sign-in itself, health checks). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/**
 * Open to a signed-in account whose password was set by someone else and not yet changed (mustChangePassword): what
 * changing it needs — reading oneself (`me`) and `changePassword`. (Sign-in, refresh and sign-out are @Public().)
 * Every other operation refuses such an account with FORBIDDEN / PASSWORD_CHANGE_REQUIRED (the AuthGuard).
 */
export const AllowedBeforePasswordChange = (): MethodDecorator & ClassDecorator =>
  SetMetadata(BEFORE_PASSWORD_CHANGE_KEY, true);

/** What an account that must change its password is told for anything else (the guard, the event stream). */
export const PASSWORD_CHANGE_REQUIRED_MESSAGE =
  '请先修改密码：您的密码是他人重置的临时密码，修改密码后才能办理其他事项';

export function requestOf(context: ExecutionContext): FastifyRequest {
  if (context.getType<string>() === 'graphql') {
    // An operation's resolver gets (root, args, context, info): the context read directly, without building a
    // GqlExecutionContext for every guard and parameter (other resolver shapes go through Nest's normalisation).
    const args = context.getArgs();
    if (args.length === 4) return (args[2] as { req: FastifyRequest }).req;
    return GqlExecutionContext.create(context).getContext<{ req: FastifyRequest }>().req;
  }
  return context.switchToHttp().getRequest<FastifyRequest>();
}

/** The signed-in caller, in a resolver: `@CurrentActor() actor: Actor`. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) throw new UnauthenticatedError();
  return actor;
});

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.grants.some((g) => g.role === role);
}

export const isSystemAdmin = (actor: Actor): boolean => hasRole(actor, Role.SYSTEM_ADMIN);
