import { Args, Context, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsBoolean, IsString, MaxLength, MinLength } from 'class-validator';
import type { DataSource } from 'typeorm';
import { DomainError, IdField, NotFoundError, type GqlContext } from '@app/common';
import { AuditService, SecurityEventService } from '@app/audit';
import {
  AccountModel,
  AllowedBeforePasswordChange,
  AccountService,
  CurrentActor,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_RULE_HINT,
  Permission,
  RequirePermission,
  type Actor,
} from '@app/identity';
import { CreateAccountInput } from './organization.inputs.js';
import { OrganizationService } from './organization.service.js';

@InputType({ description: '启用或停用账号' })
export class SetAccountActiveInput {
  @Field(() => ID, { description: '账号编号' }) @IdField('账号 ID') accountId!: string;
  @Field({ description: '启用还是停用' })
  @IsBoolean({ message: 'active 必须是 true 或 false' })
  active!: boolean;
}

@InputType({ description: '为忘记密码的人重置密码（设置临时密码）' })
export class ResetAccountPasswordInput {
  @Field(() => ID, { description: '账号编号' }) @IdField('账号 ID') accountId!: string;

  @Field({ description: `临时密码：${PASSWORD_RULE_HINT}` })
  @IsString({ message: '临时密码必须是文字' })
  @MinLength(PASSWORD_MIN_LENGTH, { message: `临时密码至少 ${PASSWORD_MIN_LENGTH} 个字符` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `临时密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符` })
  password!: string;
}

@InputType({ description: '修改自己的密码' })
export class ChangePasswordInput {
  @Field({ description: '当前密码' })
  @IsString({ message: '当前密码必须是文字' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: '当前密码不正确' })
  currentPassword!: string;

  @Field({ description: PASSWORD_RULE_HINT })
  @IsString({ message: '新密码必须是文字' })
  @MinLength(PASSWORD_MIN_LENGTH, { message: `新密码至少 ${PASSWORD_MIN_LENGTH} 个字符` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `新密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符` })
  newPassword!: string;
}

/** The accounts of the organisation's people: creating them, switching them off and on, and one's own password. */
@Resolver(() => AccountModel)
export class AccountsResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organization: OrganizationService,
    private readonly accounts: AccountService,
    private readonly audit: AuditService,
    private readonly securityEvents: SecurityEventService,
  ) {}

  @RequirePermission(Permission.ACCOUNT_MANAGE)
  @Mutation(() => AccountModel, { description: '创建登录账号并授予一个角色' })
  async createAccount(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: CreateAccountInput,
  ): Promise<AccountModel> {
    return this.accounts.toModel(await this.organization.createAccount(actor, input));
  }

  @RequirePermission(Permission.ACCOUNT_MANAGE)
  @Mutation(() => AccountModel, {
    description: '停用或重新启用账号（停用后立即不能登录，已签发的令牌也随之失效）',
  })
  async setAccountActive(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: SetAccountActiveInput,
  ): Promise<AccountModel> {
    return this.accounts.toModel(
      await this.organization.setAccountActive(actor, input.accountId, input.active),
    );
  }

  @RequirePermission(Permission.ACCOUNT_MANAGE)
  @Mutation(() => AccountModel, {
    description:
      '为他人的账号设置临时密码（忘记密码时）：该账号此前签发的令牌和刷新令牌全部失效；只能由可授予该账号全部角色的人员办理，不能重置自己的密码',
  })
  async resetAccountPassword(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: ResetAccountPasswordInput,
  ): Promise<AccountModel> {
    return this.accounts.toModel(
      await this.organization.resetAccountPassword(actor, input.accountId, input.password),
    );
  }

  @RequirePermission(Permission.SELF)
  @AllowedBeforePasswordChange()
  @Mutation(() => AccountModel, {
    description: '修改自己的密码，返回本账号（此前签发的令牌和刷新令牌全部失效，需重新登录）',
  })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: ChangePasswordInput,
    @Context() ctx: GqlContext,
  ): Promise<AccountModel> {
    try {
      // Verified (throttle, then the slow hashes) before the transaction: nothing holds a connection meanwhile.
      const verified = await this.accounts.verifyPasswordChange(
        actor.accountId,
        input.currentPassword,
        input.newPassword,
        ctx.req.ip,
        await this.organization.personOfAccount(actor.accountId),
      );
      await this.db.transaction(async (em) => {
        await this.accounts.changePassword(em, verified);
        await this.audit.record(em, actor, {
          action: 'account.changePassword',
          entityType: 'Account',
          entityId: actor.accountId,
        });
      });
    } catch (error) {
      // A wrong or throttled current password is a security event, recorded outside the rolled-back transaction.
      if (
        error instanceof DomainError &&
        (error.reason === 'INVALID_CREDENTIALS' || error.code === 'TOO_MANY_REQUESTS')
      ) {
        await this.securityEvents.passwordCheckRefused(ctx.req, actor, error);
      }
      throw error;
    }
    const account = await this.accounts.findById(actor.accountId);
    if (!account) throw new NotFoundError('账号', actor.accountId);
    return this.accounts.toModel(account);
  }
}
