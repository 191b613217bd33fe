import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '@app/common';
import { AccountService } from './account.service.js';
import { PERMISSION_KEY, PUBLIC_KEY, requestOf } from './actor.js';
import type { Permission } from './permission.js';
import { TokenService } from './token.service.js';

/**
 * The global guard: authenticates the bearer token and checks the operation's declared permission. Deny by default:
 * an operation that declares no permission and is not @Public() is refused, so a forgotten decorator fails closed.
 * Nested @ResolveField()s are not guarded by Nest: their object-level checks are explicit in the resolvers.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly accounts: AccountService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = requestOf(context);
    const header = request.headers.authorization;
    if (!header)
      throw new UnauthenticatedError('请先登录：请求缺少 Authorization: Bearer 访问令牌', 'TOKEN_MISSING');
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthenticatedError('Authorization 头格式应为 “Bearer 访问令牌”', 'TOKEN_INVALID');
    const claims = await this.tokens.verify(match[1]);
    const actor = await this.accounts.loadSession(claims, String(request.id));
    request.actor = actor;

    const needed = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    if (!needed) throw new ForbiddenError('此操作未声明所需权限，已拒绝', 'NO_PERMISSION_DECLARED');
    if (!actor.permissions.has(needed)) {
      throw new ForbiddenError(`当前角色无权执行此操作（需要权限 ${needed}）`, 'PERMISSION_DENIED');
    }
    return true;
  }
}
