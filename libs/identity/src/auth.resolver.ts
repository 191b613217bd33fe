import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NotFoundError, type GqlContext } from '@app/common';
import { AccountService } from './account.service.js';
import { CurrentActor, Public, RequirePermission, type Actor } from './actor.js';
import { AccountModel, LoginInput, LoginPayload } from './identity.models.js';
import { Permission } from './permission.js';
import { TokenService } from './token.service.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly tokens: TokenService,
  ) {}

  @Public()
  @Mutation(() => LoginPayload, { description: '登录，返回短期有效的访问令牌' })
  async login(@Args('input') input: LoginInput, @Context() ctx: GqlContext): Promise<LoginPayload> {
    const account = await this.accounts.authenticate(input.username, input.password, ctx.req.ip);
    const token = await this.tokens.issue(account.id);
    return { ...token, tokenType: 'Bearer', account: await this.accounts.toModel(account) };
  }

  @RequirePermission(Permission.SELF)
  @Query(() => AccountModel, { description: '当前登录的账号及其角色' })
  async me(@CurrentActor() actor: Actor): Promise<AccountModel> {
    const account = await this.accounts.findById(actor.accountId);
    if (!account) throw new NotFoundError('账号', actor.accountId);
    return this.accounts.toModel(account);
  }
}
