import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { TextField } from '@app/common';
import { PASSWORD_MAX_LENGTH } from './password.service.js';
import { Role } from './role.js';

@ObjectType('RoleGrant', { description: '账号的一个角色及其所属组织' })
export class RoleGrantModel {
  @Field(() => Role) role!: Role;
  @Field(() => ID, { nullable: true, description: '所属立法机关（LEGISLATURE_STAFF）' }) legislatureId!:
    string | null;
  @Field(() => ID, { nullable: true, description: '所属联系点' }) contactPointId!: string | null;
  @Field(() => ID, { nullable: true, description: '所属联系单位/信息采集点（UNIT_ADMIN、COLLECTOR）' })
  liaisonUnitId!: string | null;
}

@ObjectType('Account', { description: '登录账号（不含密码）' })
export class AccountModel {
  @Field(() => ID) id!: string;
  @Field() username!: string;
  @Field() displayName!: string;
  @Field() active!: boolean;
  @Field(() => [RoleGrantModel]) roles!: RoleGrantModel[];
}

@InputType()
export class LoginInput {
  @Field()
  @TextField('用户名', 64)
  username!: string;

  @Field()
  @IsString({ message: '密码必须是文字' })
  @MinLength(1, { message: '密码不能为空' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符` })
  password!: string;
}

@ObjectType()
export class LoginPayload {
  @Field({ description: '放在请求头 Authorization: Bearer <accessToken> 中；短期有效' }) accessToken!: string;
  @Field() tokenType!: string;
  @Field({ description: '访问令牌的过期时间' }) expiresAt!: Date;
  @Field({
    description:
      '刷新令牌：用 refreshSession 换取新的访问令牌（每次使用后作废并换发新的）；只放在请求体中，不要放进网址',
  })
  refreshToken!: string;
  @Field({ description: '刷新令牌的过期时间（每次刷新后顺延）' }) refreshExpiresAt!: Date;
  @Field(() => AccountModel) account!: AccountModel;
}

@ObjectType()
export class SessionPayload {
  @Field({ description: '新的访问令牌' }) accessToken!: string;
  @Field() tokenType!: string;
  @Field() expiresAt!: Date;
  @Field({ description: '新的刷新令牌；刚才使用的刷新令牌已作废' }) refreshToken!: string;
  @Field() refreshExpiresAt!: Date;
}

/** A refresh token is 43 base64url characters; the bound only keeps junk out. */
export const REFRESH_TOKEN_MAX_LENGTH = 128;

@InputType()
export class RefreshSessionInput {
  @Field()
  @IsString({ message: '刷新令牌必须是文字' })
  @MinLength(1, { message: '刷新令牌不能为空' })
  @MaxLength(REFRESH_TOKEN_MAX_LENGTH, { message: '刷新令牌无效' })
  refreshToken!: string;
}

@InputType()
export class LogoutInput extends RefreshSessionInput {
  @Field({ nullable: true, description: '同时在所有设备上退出（使该账号已签发的全部令牌失效）' })
  @IsOptional()
  @IsBoolean({ message: 'everywhere 必须是 true 或 false' })
  everywhere?: boolean;
}
