import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Clock, DomainError, type GqlContext } from '@app/common';
import { AccountService } from './account.service.js';
import { AllowedBeforePasswordChange, CurrentActor, Public, RequirePermission, type Actor } from './actor.js';
import {
  AccountModel,
  LoginInput,
  LoginPayload,
  LogoutInput,
  LogoutPayload,
  RefreshSessionInput,
  SessionPayload,
} from './identity.models.js';
import { Permission } from './permission.js';
import { SessionService } from './session.service.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
    private readonly clock: Clock,
  ) {}

  @Public()
  @Mutation(() => LoginPayload, { description: '登录，返回短期有效的访问令牌和可续期的刷新令牌' })
  async login(
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: LoginInput,
    @Context() ctx: GqlContext,
  ): Promise<LoginPayload> {
    const account = await securityEvent(ctx, 'login', input.username, () =>
      this.accounts.authenticate(input.username, input.password, ctx.req.ip),
    );
    const session = await this.sessions.start(account);
    return { ...session, tokenType: 'Bearer', account: await this.accounts.toModel(account) };
  }

  @Public()
  @Mutation(() => SessionPayload, {
    description:
      '用刷新令牌换取新的访问令牌和新的刷新令牌（旧刷新令牌随即作废；重复使用会使本次登录全部失效）',
  })
  async refreshSession(
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: RefreshSessionInput,
    @Context() ctx: GqlContext,
  ): Promise<SessionPayload> {
    const session = await securityEvent(ctx, 'refresh', null, () =>
      this.sessions.refresh(input.refreshToken, ctx.req.ip),
    );
    return { ...session, tokenType: 'Bearer' };
  }

  @Public()
  @Mutation(() => LogoutPayload, {
    description:
      '退出登录：撤销该刷新令牌，本次登录的访问令牌随即失效（everywhere: true 时在所有设备上退出）',
  })
  async logout(
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: LogoutInput,
    @Context() ctx: GqlContext,
  ): Promise<LogoutPayload> {
    const everywhere = input.everywhere ?? false;
    await securityEvent(ctx, 'logout', null, () => this.sessions.logout(input.refreshToken, everywhere));
    return { everywhere, signedOutAt: this.clock.now() };
  }

  @RequirePermission(Permission.SELF)
  @AllowedBeforePasswordChange()
  @Query(() => AccountModel, { description: '当前登录的账号及其角色' })
  me(@CurrentActor() actor: Actor): AccountModel {
    // The request's actor was authenticated from the account cache a moment ago (active, current credentials, its
    // grants): reloading the account here again cost ~8% of a signed-in request.
    return {
      id: actor.accountId,
      username: actor.username,
      displayName: actor.displayName,
      active: true,
      mustChangePassword: actor.mustChangePassword ?? false,
      roles: actor.grants,
    };
  }
}

/**
 * Runs a sign-in step and logs a refusal as a security event (warn, structured): which step, the username as typed
 * (never the password or a token), the client address and the reason.
 */
async function securityEvent<T>(
  ctx: GqlContext,
  step: 'login' | 'refresh' | 'logout',
  username: string | null,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError) {
      const event =
        error.code === 'TOO_MANY_REQUESTS'
          ? `${step}.throttled`
          : error.reason === 'REFRESH_TOKEN_REUSED'
            ? `${step}.reused`
            : `${step}.failed`;
      ctx.req.log.warn(
        {
          event,
          username: username?.trim().toLowerCase().slice(0, 64) ?? null,
          address: ctx.req.ip,
          reason: error.reason,
          retryAfterSeconds: error.details.retryAfterSeconds,
        },
        'security event',
      );
    }
    throw error;
  }
}
