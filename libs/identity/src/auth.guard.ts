import { Injectable, Optional, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, ForbiddenError, UnauthenticatedError } from '@app/common';
import { ReadReplicas, readFromPrimary } from '@app/database';
import { AccountService } from './account.service.js';
import { FileLinkService } from './file-link.service.js';
import {
  BEFORE_PASSWORD_CHANGE_KEY,
  PASSWORD_CHANGE_REQUIRED_MESSAGE,
  PERMISSION_KEY,
  PUBLIC_KEY,
  requestOf,
  type Actor,
} from './actor.js';
import type { Permission } from './permission.js';
import { TokenService } from './token.service.js';

const BEARER = /^Bearer\s+(\S+)$/i;

/** What an operation's decorators declare: open to anyone, or the permission it needs (none: refused). */
interface Rule {
  public: boolean;
  needed: Permission | undefined;
  /** Open to an account that must change its password first (@AllowedBeforePasswordChange()). */
  beforePasswordChange: boolean;
}

/**
 * Deny by default: an operation without a declared permission is refused, as is a caller without it. An account whose
 * password someone else set (resetAccountPassword) does only what changing it needs until it is changed: whoever
 * reset it knows it, so nothing else is done in the account's name meanwhile.
 */
function permitted(actor: Actor, rule: Rule): true {
  const needed = rule.needed;
  if (!needed) throw new ForbiddenError('此操作未声明所需权限，已拒绝', 'NO_PERMISSION_DECLARED');
  if (actor.mustChangePassword && !rule.beforePasswordChange)
    throw new ForbiddenError(PASSWORD_CHANGE_REQUIRED_MESSAGE, 'PASSWORD_CHANGE_REQUIRED');
  if (!actor.permissions.has(needed)) {
    throw new ForbiddenError(`当前角色无权执行此操作（需要权限 ${needed}）`, 'PERMISSION_DENIED');
  }
  return true;
}

/**
 * The global guard: authenticates the bearer token and checks the operation's declared permission. Deny by default:
 * an operation that declares no permission and is not @Public() is refused, so a forgotten decorator fails closed.
 * Nested @ResolveField()s are not guarded by Nest: their object-level checks are explicit in the resolvers.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  /** Each operation's declared access (decorator metadata, fixed once the app is built), by handler and class. */
  private readonly rules = new WeakMap<object, WeakMap<object, Rule>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly accounts: AccountService,
    private readonly fileLinks: FileLinkService,
    @Optional() private readonly replicas?: ReadReplicas,
  ) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const rule = this.ruleOf(context);
    if (rule.public) return true;
    const request = requestOf(context);
    // The fast path, without a promise: a token verified before and its account in the cache, valid for it (the
    // cache is emptied by every change to accounts and grants, here and — through Redis — at the other instances, so
    // this decides exactly as the full path would). Not with read replicas, whose routing is decided per request.
    if (!this.replicas?.enabled) {
      const actor = this.cachedActor(request);
      if (actor) {
        request.actor = actor;
        return permitted(actor, rule);
      }
    }
    return this.authenticate(request, context.getType() === 'http', rule);
  }

  private async authenticate(
    request: ReturnType<typeof requestOf>,
    http: boolean,
    rule: Rule,
  ): Promise<boolean> {
    // Always from the primary: a replica's lag must not let a revoked token or a removed grant through.
    const actor = await readFromPrimary(() => this.actorOf(request, http));
    request.actor = actor;
    // The caller's account came from the primary; their query's further reads may now go to a replica, unless they
    // wrote within REPLICA_READ_AFTER_WRITE_MS. (Also names the caller whose commits mark them as a recent writer.)
    if (this.replicas?.enabled) await this.replicas.decide(actor.accountId);
    return permitted(actor, rule);
  }

  private ruleOf(context: ExecutionContext): Rule {
    const handler = context.getHandler();
    const type = context.getClass();
    let byClass = this.rules.get(handler);
    let rule = byClass?.get(type);
    if (rule) return rule;
    const targets = [handler, type];
    rule = {
      public: this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false,
      needed: this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets),
      beforePasswordChange:
        this.reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE_KEY, targets) ?? false,
    };
    if (!byClass) this.rules.set(handler, (byClass = new WeakMap()));
    byClass.set(type, rule);
    return rule;
  }

  /** The caller from the caches alone (see canActivate), or undefined: then the full path decides. */
  private cachedActor(request: ReturnType<typeof requestOf>): Actor | undefined {
    const match = BEARER.exec(request.headers.authorization ?? '');
    if (!match) return undefined;
    const claims = this.tokens.verifiedBefore(match[1]);
    return claims && this.accounts.cachedSession(claims, String(request.id));
  }

  /**
   * Who is asking: the bearer token's account at the credential version the token was issued under, or — for a GET of
   * a file without the header — the account a signed link was made for, in the sign-in it was made in. Either way the
   * account must be active, the sign-in not revoked, and its permissions are then checked alike.
   */
  private async actorOf(request: ReturnType<typeof requestOf>, http: boolean): Promise<Actor> {
    const header = request.headers.authorization;
    if (!header) {
      if (http && this.fileLinks.isSigned(request.method, request.url)) {
        // Judged as the access token of the sign-in it was made in: refused once that sign-in is.
        const claims = this.fileLinks.verify(request.url);
        try {
          return await this.accounts.loadSession(claims, String(request.id));
        } catch (error) {
          if (error instanceof DomainError && error.reason === 'TOKEN_REVOKED') {
            throw new UnauthenticatedError(
              '下载链接已失效（密码已修改、账号曾被停用或已退出登录），请重新登录后再导出',
              'TOKEN_REVOKED',
            );
          }
          throw error;
        }
      }
      throw new UnauthenticatedError('请先登录：请求缺少 Authorization: Bearer 访问令牌', 'TOKEN_MISSING');
    }
    const match = BEARER.exec(header);
    if (!match) throw new UnauthenticatedError('Authorization 头格式应为 “Bearer 访问令牌”', 'TOKEN_INVALID');
    return this.accounts.loadSession(await this.tokens.verify(match[1]), String(request.id));
  }
}
