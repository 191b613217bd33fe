import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
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
  @Field({ description: '放在请求头 Authorization: Bearer <accessToken> 中' }) accessToken!: string;
  @Field() tokenType!: string;
  @Field() expiresAt!: Date;
  @Field(() => AccountModel) account!: AccountModel;
}
