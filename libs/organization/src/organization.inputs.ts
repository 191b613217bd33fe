import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import {
  ConnectionArgs,
  DateField,
  DateScalar,
  EnumField,
  FlagField,
  IdField,
  PhoneField,
  TextField,
  LineField,
} from '@app/common';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_RULE_HINT, Role } from '@app/identity';
import {
  CollectorCategory,
  ContactPointKind,
  ContactPointLevel,
  ExecutivePosition,
  LegislatureLevel,
  LiaisonUnitType,
} from './organization.enums.js';

/** Field limits, named once: they match the column lengths of the migration. */
export const LIMITS = {
  personName: 50,
  organizationName: 100,
  address: 200,
  discipline: 100,
  jobTitle: 100,
  title: 50,
} as const;

const activeField = (): PropertyDecorator => (target, key) => {
  Field({ nullable: true, description: 'false 表示停用（不删除，保留历史）；true 表示重新启用' })(
    target,
    key,
  );
  FlagField('active')(target, key);
};

@InputType({ description: '新增立法机关' })
export class CreateLegislatureInput {
  @Field({ description: '立法机关名称' }) @LineField('立法机关名称', LIMITS.organizationName) name!: string;
  @Field({ description: '行政区域' }) @LineField('行政区域', LIMITS.organizationName) region!: string;
  @Field(() => LegislatureLevel, { description: '立法机关层级' })
  @EnumField(LegislatureLevel, '立法机关层级')
  level!: LegislatureLevel;
  @Field({ description: '工作机构', nullable: true })
  @LineField('工作机构', LIMITS.organizationName, { clearable: true })
  commission?: string;
}

@InputType({ description: '修改立法机关（系统管理员）' })
export class UpdateLegislatureInput {
  @Field(() => ID, { description: '立法机关编号' }) @IdField('立法机关 ID') id!: string;
  @Field({ description: '立法机关名称', nullable: true })
  @LineField('立法机关名称', LIMITS.organizationName, { optional: true })
  name?: string;
  @Field({ description: '行政区域', nullable: true })
  @LineField('行政区域', LIMITS.organizationName, { optional: true })
  region?: string;
  @Field(() => LegislatureLevel, { description: '立法机关层级', nullable: true })
  @EnumField(LegislatureLevel, '立法机关层级', { optional: true })
  level?: LegislatureLevel;
  @Field({ description: '工作机构', nullable: true })
  @LineField('工作机构', LIMITS.organizationName, { clearable: true })
  commission?: string;
}

@InputType({ description: '新设基层立法联系点' })
export class CreateContactPointInput {
  @Field(() => ID, { description: '立法机关编号' }) @IdField('立法机关 ID') legislatureId!: string;
  @Field({ description: '联系点名称' }) @LineField('联系点名称', LIMITS.organizationName) name!: string;
  @Field({ description: '依托单位' })
  @LineField('依托单位', LIMITS.organizationName)
  hostInstitution!: string;
  @Field(() => ContactPointLevel, { description: '联系点级别' })
  @EnumField(ContactPointLevel, '联系点级别')
  level!: ContactPointLevel;
  @Field(() => ContactPointKind, { description: '联系点类型' })
  @EnumField(ContactPointKind, '联系点类型')
  kind!: ContactPointKind;
  @Field(() => DateScalar, { description: '设立日期' }) @DateField('设立日期') designatedOn!: string;
  @Field({ description: '地址', nullable: true })
  @TextField('地址', LIMITS.address, { clearable: true })
  address?: string;
}

@InputType({ description: '修改联系点' })
export class UpdateContactPointInput {
  @Field(() => ID, { description: '联系点编号' }) @IdField('联系点 ID') id!: string;
  @Field({ description: '联系点名称', nullable: true })
  @LineField('联系点名称', LIMITS.organizationName, { optional: true })
  name?: string;
  @Field({ description: '依托单位', nullable: true })
  @LineField('依托单位', LIMITS.organizationName, { optional: true })
  hostInstitution?: string;
  @Field(() => ContactPointLevel, { description: '联系点级别', nullable: true })
  @EnumField(ContactPointLevel, '联系点级别', { optional: true })
  level?: ContactPointLevel;
  @Field(() => ContactPointKind, { description: '联系点类型', nullable: true })
  @EnumField(ContactPointKind, '联系点类型', { optional: true })
  kind?: ContactPointKind;
  @Field(() => DateScalar, { description: '设立日期', nullable: true })
  @DateField('设立日期', { optional: true })
  designatedOn?: string;
  @Field({ description: '地址', nullable: true })
  @TextField('地址', LIMITS.address, { clearable: true })
  address?: string;
  @activeField() active?: boolean;
}

@InputType({ description: '新增具体执行机构成员（点长、副点长、联络员）' })
export class AddExecutiveMemberInput {
  @Field(() => ID, { description: '联系点编号' }) @IdField('联系点 ID') contactPointId!: string;
  @Field({ description: '姓名' }) @LineField('姓名', LIMITS.personName) name!: string;
  @Field(() => ExecutivePosition, { description: '职务' })
  @EnumField(ExecutivePosition, '职务')
  position!: ExecutivePosition;
  @Field({ description: '本人职务', nullable: true })
  @LineField('本人职务', LIMITS.jobTitle, { clearable: true })
  jobTitle?: string;
  @Field({ description: '联系电话（个人信息，仅有权限者可见）', nullable: true })
  @PhoneField('联系电话')
  phone?: string;
}

@InputType({ description: '修改具体执行机构成员' })
export class UpdateExecutiveMemberInput {
  @Field(() => ID, { description: '成员编号' }) @IdField('成员 ID') id!: string;
  @Field({ description: '姓名', nullable: true })
  @LineField('姓名', LIMITS.personName, { optional: true })
  name?: string;
  @Field(() => ExecutivePosition, { description: '职务', nullable: true })
  @EnumField(ExecutivePosition, '职务', { optional: true })
  position?: ExecutivePosition;
  @Field({ description: '本人职务', nullable: true })
  @LineField('本人职务', LIMITS.jobTitle, { clearable: true })
  jobTitle?: string;
  @Field({ description: '联系电话（个人信息，仅有权限者可见）', nullable: true })
  @PhoneField('联系电话')
  phone?: string;
  @activeField() active?: boolean;
}

@InputType({ description: '新增专家团队成员' })
export class AddExpertInput {
  @Field(() => ID, { description: '联系点编号' }) @IdField('联系点 ID') contactPointId!: string;
  @Field({ description: '姓名' }) @LineField('姓名', LIMITS.personName) name!: string;
  @Field({ description: '学科或专业领域' })
  @LineField('学科或专业领域', LIMITS.discipline)
  discipline!: string;
  @Field({ description: '工作单位' }) @LineField('工作单位', LIMITS.organizationName) affiliation!: string;
  @Field({ description: '职称', nullable: true })
  @LineField('职称', LIMITS.title, { clearable: true })
  title?: string;
  @Field({ description: '联系电话（个人信息，仅有权限者可见）', nullable: true })
  @PhoneField('联系电话')
  phone?: string;
}

@InputType({ description: '修改专家' })
export class UpdateExpertInput {
  @Field(() => ID, { description: '专家编号' }) @IdField('专家 ID') id!: string;
  @Field({ description: '姓名', nullable: true })
  @LineField('姓名', LIMITS.personName, { optional: true })
  name?: string;
  @Field({ description: '学科或专业领域', nullable: true })
  @LineField('学科或专业领域', LIMITS.discipline, { optional: true })
  discipline?: string;
  @Field({ description: '工作单位', nullable: true })
  @LineField('工作单位', LIMITS.organizationName, { optional: true })
  affiliation?: string;
  @Field({ description: '职称', nullable: true })
  @LineField('职称', LIMITS.title, { clearable: true })
  title?: string;
  @Field({ description: '联系电话（个人信息，仅有权限者可见）', nullable: true })
  @PhoneField('联系电话')
  phone?: string;
  @activeField() active?: boolean;
}

@InputType({ description: '新增联系单位（信息采集点）' })
export class AddLiaisonUnitInput {
  @Field(() => ID, { description: '联系点编号' }) @IdField('联系点 ID') contactPointId!: string;
  @Field({ description: '单位名称' }) @LineField('单位名称', LIMITS.organizationName) name!: string;
  @Field(() => LiaisonUnitType, { description: '单位类型' })
  @EnumField(LiaisonUnitType, '单位类型')
  type!: LiaisonUnitType;
  @Field({ description: '地址', nullable: true })
  @TextField('地址', LIMITS.address, { clearable: true })
  address?: string;
  @Field({ description: '联系人', nullable: true })
  @LineField('联系人', LIMITS.personName, { clearable: true })
  contactPerson?: string;
  @Field({ description: '联系人电话', nullable: true }) @PhoneField('联系电话') contactPhone?: string;
}

@InputType({ description: '修改联系单位' })
export class UpdateLiaisonUnitInput {
  @Field(() => ID, { description: '单位编号' }) @IdField('单位 ID') id!: string;
  @Field({ description: '单位名称', nullable: true })
  @LineField('单位名称', LIMITS.organizationName, { optional: true })
  name?: string;
  @Field(() => LiaisonUnitType, { description: '单位类型', nullable: true })
  @EnumField(LiaisonUnitType, '单位类型', { optional: true })
  type?: LiaisonUnitType;
  @Field({ description: '地址', nullable: true })
  @TextField('地址', LIMITS.address, { clearable: true })
  address?: string;
  @Field({ description: '联系人', nullable: true })
  @LineField('联系人', LIMITS.personName, { clearable: true })
  contactPerson?: string;
  @Field({ description: '联系人电话', nullable: true }) @PhoneField('联系电话') contactPhone?: string;
  @activeField() active?: boolean;
}

@InputType({ description: '新增信息采集员' })
export class AddCollectorInput {
  @Field(() => ID, { description: '联系单位编号' }) @IdField('联系单位 ID') liaisonUnitId!: string;
  @Field({ description: '姓名' }) @LineField('姓名', LIMITS.personName) name!: string;
  @Field(() => CollectorCategory, { description: '采集员类别' })
  @EnumField(CollectorCategory, '采集员类别')
  category!: CollectorCategory;
  @Field({ description: '联系电话（个人信息，仅有权限者可见）', nullable: true })
  @PhoneField('联系电话')
  phone?: string;
  @Field(() => DateScalar, { nullable: true, description: '任期开始，默认今天（北京时间）' })
  @DateField('任期开始日期', { optional: true })
  activeFrom?: string;
}

@InputType({ description: '修改信息采集员' })
export class UpdateCollectorInput {
  @Field(() => ID, { description: '采集员编号' }) @IdField('采集员 ID') id!: string;
  @Field({ description: '姓名', nullable: true })
  @LineField('姓名', LIMITS.personName, { optional: true })
  name?: string;
  @Field(() => CollectorCategory, { description: '采集员类别', nullable: true })
  @EnumField(CollectorCategory, '采集员类别', { optional: true })
  category?: CollectorCategory;
  @Field({ description: '联系电话（个人信息，仅有权限者可见）', nullable: true })
  @PhoneField('联系电话')
  phone?: string;
  @Field(() => ID, { nullable: true, description: '调整到本联系点的另一联系单位' })
  @IdField('联系单位 ID', { optional: true })
  liaisonUnitId?: string;
  @activeField() active?: boolean;
}

@InputType({ description: '新建账号' })
export class CreateAccountInput {
  @Field({ description: '小写字母、数字和 . _ -，3 到 64 个字符' })
  @LineField('用户名', 64)
  username!: string;

  @Field({ description: PASSWORD_RULE_HINT })
  @IsString({ message: '密码必须是文字' })
  @MinLength(PASSWORD_MIN_LENGTH, { message: `密码至少 ${PASSWORD_MIN_LENGTH} 个字符` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符` })
  password!: string;

  @Field({ description: '显示名称' }) @LineField('显示名称', LIMITS.personName) displayName!: string;

  @Field(() => Role, { description: '角色' }) @EnumField(Role, '角色') role!: Role;

  @Field(() => ID, {
    nullable: true,
    description:
      '角色所属组织：LEGISLATURE_STAFF 填立法机关 ID；点长、副点长、联络员、专家填联系点 ID；单位管理员、采集员填联系单位 ID；SYSTEM_ADMIN 不填',
  })
  @IdField('所属组织 ID', { optional: true })
  organizationId?: string;

  @Field(() => ID, {
    nullable: true,
    description: '可选：把账号关联到已登记的成员（执行机构成员、专家或采集员）的 ID',
  })
  @IdField('成员 ID', { optional: true })
  memberId?: string;
}

@ArgsType()
export class ContactPointsArgs extends ConnectionArgs {
  @Field(() => ID, { description: '立法机关编号', nullable: true })
  @IdField('立法机关 ID', { optional: true })
  legislatureId?: string;
  @Field({ nullable: true, defaultValue: false, description: '是否包含已停用的' })
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean;
}

@ArgsType()
export class MemberListArgs extends ConnectionArgs {
  @Field({ nullable: true, defaultValue: false, description: '是否包含已停用的' })
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean;
}
