import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NodeInterface, Role } from '@app/identity';
import { DateScalar, Paginated } from '@app/common';
import {
  CollectorCategory,
  ContactPointKind,
  ContactPointLevel,
  ExecutivePosition,
  GrantRefusal,
  LegislatureLevel,
  LiaisonUnitType,
} from './organization.enums.js';

/**
 * What the API shows of the organisation. Contact details (phone numbers) are not fields of these classes: they are
 * resolved one by one with an explicit access check (see OrganizationFieldsResolver), so no reader sees them by
 * accident.
 */

@ObjectType('Legislature', { description: '立法机关', implements: () => [NodeInterface] })
export class LegislatureModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field({ description: '立法机关名称' }) name!: string;
  @Field({ description: '行政区域，例如 重庆市' }) region!: string;
  @Field(() => LegislatureLevel, { description: '立法机关层级' }) level!: LegislatureLevel;
  @Field(() => String, { nullable: true, description: '负责征求意见的工作机构，例如 法制工作委员会' })
  commission!: string | null;
  @Field({ description: '是否启用（停用后保留记录，不再参与工作）' }) active!: boolean;
}

@ObjectType('ContactPoint', { description: '基层立法联系点', implements: () => [NodeInterface] })
export class ContactPointModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field({ description: '联系点名称' }) name!: string;
  @Field(() => ID, { description: '立法机关编号' }) legislatureId!: string;
  @Field({ description: '依托单位' }) hostInstitution!: string;
  @Field(() => ContactPointLevel, { description: '联系点级别' }) level!: ContactPointLevel;
  @Field(() => ContactPointKind, { description: '联系点类型' }) kind!: ContactPointKind;
  @Field(() => DateScalar, { description: '设立（确定）日期' }) designatedOn!: string;
  @Field(() => String, { description: '地址', nullable: true }) address!: string | null;
  @Field({ description: '是否启用（停用后保留记录，不再参与工作）' }) active!: boolean;
  @Field({ description: '创建时间' }) createdAt!: Date;
  @Field({ description: '最后修改时间' }) updatedAt!: Date;
}

@ObjectType('ExecutiveMember', { description: '具体执行机构成员（点长、副点长、联络员）' })
export class ExecutiveMemberModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '联系点编号' }) contactPointId!: string;
  @Field({ description: '姓名' }) name!: string;
  @Field(() => ExecutivePosition, { description: '职务' }) position!: ExecutivePosition;
  @Field(() => String, { nullable: true, description: '本人职务，例如 学院副院长' }) jobTitle!: string | null;
  @Field(() => ID, { nullable: true, description: '关联的登录账号' }) accountId!: string | null;
  @Field({ description: '是否启用（停用后保留记录，不再参与工作）' }) active!: boolean;
}

@ObjectType('ExecutingBody', { description: '具体执行机构（“1+1+X”中的第一个 1）' })
export class ExecutingBodyModel {
  @Field(() => ExecutiveMemberModel, { nullable: true, description: '点长' })
  pointHead!: ExecutiveMemberModel | null;
  @Field(() => [ExecutiveMemberModel], { description: '副点长' }) deputyHeads!: ExecutiveMemberModel[];
  @Field(() => [ExecutiveMemberModel], { description: '联络员' }) liaisonOfficers!: ExecutiveMemberModel[];
}

@ObjectType('Expert', { description: '专家团队成员' })
export class ExpertModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '联系点编号' }) contactPointId!: string;
  @Field({ description: '姓名' }) name!: string;
  @Field({ description: '学科或专业领域' }) discipline!: string;
  @Field({ description: '工作单位' }) affiliation!: string;
  @Field(() => String, { nullable: true, description: '职称' }) title!: string | null;
  @Field(() => ID, { description: '关联的登录账号编号；为空表示尚无账号', nullable: true }) accountId!:
    string | null;
  @Field({ description: '是否启用（停用后保留记录，不再参与工作）' }) active!: boolean;
}

@ObjectType('LiaisonUnit', { description: '联系单位或信息采集点', implements: () => [NodeInterface] })
export class LiaisonUnitModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '联系点编号' }) contactPointId!: string;
  @Field({ description: '单位名称' }) name!: string;
  @Field(() => LiaisonUnitType, { description: '单位类型' }) type!: LiaisonUnitType;
  @Field(() => String, { description: '地址', nullable: true }) address!: string | null;
  @Field(() => String, { nullable: true, description: '联系人' }) contactPerson!: string | null;
  @Field({ description: '是否启用（停用后保留记录，不再参与工作）' }) active!: boolean;
}

@ObjectType('InformationCollector', { description: '立法信息采集员' })
export class InformationCollectorModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '联系点编号' }) contactPointId!: string;
  @Field(() => ID, { description: '联系单位编号' }) liaisonUnitId!: string;
  @Field({ description: '姓名' }) name!: string;
  @Field(() => CollectorCategory, { description: '采集员类别' }) category!: CollectorCategory;
  @Field(() => DateScalar, { description: '任期开始' }) activeFrom!: string;
  @Field(() => DateScalar, { nullable: true, description: '任期结束（停用日期）' }) activeUntil!:
    string | null;
  @Field(() => ID, { description: '关联的登录账号编号；为空表示尚无账号', nullable: true }) accountId!:
    string | null;
  @Field({ description: '是否启用（停用后保留记录，不再参与工作）' }) active!: boolean;
}

@ObjectType({ description: '立法机关的分页列表' })
export class LegislatureConnection extends Paginated(LegislatureModel, '立法机关') {}
@ObjectType({ description: '基层立法联系点的分页列表' })
export class ContactPointConnection extends Paginated(ContactPointModel, '基层立法联系点') {}
@ObjectType({ description: '专家的分页列表' })
export class ExpertConnection extends Paginated(ExpertModel, '专家') {}
@ObjectType({ description: '联系单位的分页列表' })
export class LiaisonUnitConnection extends Paginated(LiaisonUnitModel, '联系单位') {}
@ObjectType({ description: '信息采集员的分页列表' })
export class InformationCollectorConnection extends Paginated(InformationCollectorModel, '信息采集员') {}

@ObjectType('RoleGrantOption', {
  description:
    '当前用户在该联系点能否授予、收回一个角色（与 API 的授权规则相同，组织页据此只提供能做的操作）',
})
export class RoleGrantOptionModel {
  @Field(() => Role, { description: '角色' }) role!: Role;
  @Field({ description: '能否授予：为新账号开通该角色，或为成员开通账号' }) grantable!: boolean;
  @Field({ description: '能否收回：停用持有该角色的账号或成员（自己的除外）' }) revocable!: boolean;
  @Field(() => GrantRefusal, { nullable: true, description: '不能授予的原因' }) refusal!: GrantRefusal | null;
  @Field(() => String, { nullable: true, description: '不能授予时的说明' }) message!: string | null;
}
