import { Injectable, Optional, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '@app/common';
import { ReadReplicas, readFromPrimary } from '@app/database';
import { AccountService } from './account.service.js';
import { FileLinkService } from './file-link.service.js';
import { PERMISSION_KEY, PUBLIC_KEY, requestOf, type Actor } from './actor.js';
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
    private readonly fileLinks: FileLinkService,
    @Optional() private readonly replicas?: ReadReplicas,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = requestOf(context);
    // Always from the primary: a replica's lag must not let a revoked token or a removed grant through.
    const actor = await readFromPrimary(() => this.actorOf(request, context.getType() === 'http'));
    request.actor = actor;
    // The caller's account came from the primary; their query's further reads may now go to a replica, unless they
    // wrote within REPLICA_READ_AFTER_WRITE_MS. (Also names the caller whose commits mark them as a recent writer.)
    await this.replicas?.decide(actor.accountId);

    const needed = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    if (!needed) throw new ForbiddenError('此操作未声明所需权限，已拒绝', 'NO_PERMISSION_DECLARED');
    if (!actor.permissions.has(needed)) {
      throw new ForbiddenError(`当前角色无权执行此操作（需要权限 ${needed}）`, 'PERMISSION_DENIED');
    }
    return true;
  }

  /**
   * Who is asking: the bearer token's account at the credential version the token was issued under, or — for a GET of
   * a file without the header — the account a signed link was made for. Either way the account must be active and its
   * permissions are then checked alike.
   */
  private async actorOf(request: ReturnType<typeof requestOf>, http: boolean): Promise<Actor> {
    const header = request.headers.authorization;
    if (!header) {
      if (http && this.fileLinks.isSigned(request.method, request.url)) {
        const actor = await this.accounts.loadActor(this.fileLinks.verify(request.url), String(request.id));
        if (!actor) throw new UnauthenticatedError('账号不存在或已停用，请联系管理员', 'ACCOUNT_INACTIVE');
        return actor;
      }
      throw new UnauthenticatedError('请先登录：请求缺少 Authorization: Bearer 访问令牌', 'TOKEN_MISSING');
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthenticatedError('Authorization 头格式应为 “Bearer 访问令牌”', 'TOKEN_INVALID');
    return this.accounts.loadSession(await this.tokens.verify(match[1]), String(request.id));
  }
}
