import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { LineField } from '@app/common';
import { PASSWORD_MAX_LENGTH } from './password-policy.js';
import { Role } from './role.js';

@ObjectType('RoleGrant', { description: '账号的一个角色及其所属组织' })
export class RoleGrantModel {
  @Field(() => Role, { description: '角色' }) role!: Role;
  @Field(() => ID, { nullable: true, description: '所属立法机关（LEGISLATURE_STAFF）' }) legislatureId!:
    string | null;
  @Field(() => ID, { nullable: true, description: '所属联系点' }) contactPointId!: string | null;
  @Field(() => ID, { nullable: true, description: '所属联系单位/信息采集点（UNIT_ADMIN、COLLECTOR）' })
  liaisonUnitId!: string | null;
}

@ObjectType('Account', { description: '登录账号（不含密码）' })
export class AccountModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field({ description: '用户名（登录用）' }) username!: string;
  @Field({ description: '显示名称' }) displayName!: string;
  @Field({ description: '是否启用（停用的账号不能登录）' }) active!: boolean;
  @Field({
    description: '密码是他人重置的临时密码、本人尚未修改：须先在“修改密码”中修改（修改后为 false）',
  })
  mustChangePassword!: boolean;
  @Field(() => [RoleGrantModel], { description: '角色授予（角色及其适用范围）' }) roles!: RoleGrantModel[];
}

@InputType({ description: '用户名和密码登录' })
export class LoginInput {
  @Field({ description: '用户名' })
  @LineField('用户名', 64)
  username!: string;

  @Field({ description: '密码' })
  @IsString({ message: '密码必须是文字' })
  @MinLength(1, { message: '密码不能为空' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符` })
  password!: string;
}

@ObjectType({ description: '登录结果：令牌和账号' })
export class LoginPayload {
  @Field({ description: '放在请求头 Authorization: Bearer <accessToken> 中；短期有效' }) accessToken!: string;
  @Field({ description: '令牌类型，固定为 Bearer' }) tokenType!: string;
  @Field({ description: '访问令牌的过期时间' }) expiresAt!: Date;
  @Field({
    description:
      '刷新令牌：用 refreshSession 换取新的访问令牌（每次使用后作废并换发新的）；只放在请求体中，不要放进网址',
  })
  refreshToken!: string;
  @Field({ description: '刷新令牌的过期时间（每次刷新后顺延）' }) refreshExpiresAt!: Date;
  @Field(() => AccountModel, { description: '登录的账号' }) account!: AccountModel;
}

@ObjectType({ description: '新的访问令牌和刷新令牌' })
export class SessionPayload {
  @Field({ description: '新的访问令牌' }) accessToken!: string;
  @Field({ description: '令牌类型，固定为 Bearer' }) tokenType!: string;
  @Field({ description: '访问令牌到期时间' }) expiresAt!: Date;
  @Field({ description: '新的刷新令牌；刚才使用的刷新令牌已作废' }) refreshToken!: string;
  @Field({ description: '刷新令牌到期时间' }) refreshExpiresAt!: Date;
  @Field(() => AccountModel, {
    description: '账号的现状（职务和角色可能在登录后变动过：工作台以此更新可见的功能）',
  })
  account!: AccountModel;
}

/** A refresh token is 43 base64url characters; the bound only keeps junk out. */
export const REFRESH_TOKEN_MAX_LENGTH = 128;

@InputType({ description: '用刷新令牌换取新的访问令牌' })
export class RefreshSessionInput {
  @Field({ description: '刷新令牌（只能使用一次）' })
  @IsString({ message: '刷新令牌必须是文字' })
  @MinLength(1, { message: '刷新令牌不能为空' })
  @MaxLength(REFRESH_TOKEN_MAX_LENGTH, { message: '刷新令牌无效' })
  refreshToken!: string;
}

@ObjectType({ description: '退出登录的结果' })
export class LogoutPayload {
  @Field({ description: '是否在该账号的所有设备上退出（所有已签发的令牌随之失效）' }) everywhere!: boolean;
  @Field({ description: '退出时间；此后该刷新令牌（everywhere 时该账号的全部令牌）不再有效' })
  signedOutAt!: Date;
}

@InputType({ description: '退出登录（作废刷新令牌）' })
export class LogoutInput extends RefreshSessionInput {
  @Field({ nullable: true, description: '同时在所有设备上退出（使该账号已签发的全部令牌失效）' })
  @IsOptional()
  @IsBoolean({ message: 'everywhere 必须是 true 或 false' })
  everywhere?: boolean;
}
