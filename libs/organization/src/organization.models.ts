import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@app/common';
import {
  CollectorCategory,
  ContactPointKind,
  ContactPointLevel,
  ExecutivePosition,
  LegislatureLevel,
  LiaisonUnitType,
} from './organization.enums.js';

/**
 * What the API shows of the organisation. Contact details (phone numbers) are not fields of these classes: they are
 * resolved one by one with an explicit access check (see OrganizationFieldsResolver), so no reader sees them by
 * accident.
 */

@ObjectType('Legislature', { description: '立法机关' })
export class LegislatureModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: '行政区域，例如 重庆市' }) region!: string;
  @Field(() => LegislatureLevel) level!: LegislatureLevel;
  @Field(() => String, { nullable: true, description: '负责征求意见的工作机构，例如 法制工作委员会' })
  commission!: string | null;
  @Field() active!: boolean;
}

@ObjectType('ContactPoint', { description: '基层立法联系点' })
export class ContactPointModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID) legislatureId!: string;
  @Field({ description: '依托单位' }) hostInstitution!: string;
  @Field(() => ContactPointLevel) level!: ContactPointLevel;
  @Field(() => ContactPointKind) kind!: ContactPointKind;
  @Field({ description: '设立（确定）日期，YYYY-MM-DD' }) designatedOn!: string;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field() active!: boolean;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('ExecutiveMember', { description: '具体执行机构成员（点长、副点长、联络员）' })
export class ExecutiveMemberModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) contactPointId!: string;
  @Field() name!: string;
  @Field(() => ExecutivePosition) position!: ExecutivePosition;
  @Field(() => String, { nullable: true, description: '本人职务，例如 学院副院长' }) jobTitle!: string | null;
  @Field(() => ID, { nullable: true, description: '关联的登录账号' }) accountId!: string | null;
  @Field() active!: boolean;
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
  @Field(() => ID) id!: string;
  @Field(() => ID) contactPointId!: string;
  @Field() name!: string;
  @Field({ description: '学科或专业领域' }) discipline!: string;
  @Field({ description: '工作单位' }) affiliation!: string;
  @Field(() => String, { nullable: true, description: '职称' }) title!: string | null;
  @Field(() => ID, { nullable: true }) accountId!: string | null;
  @Field() active!: boolean;
}

@ObjectType('LiaisonUnit', { description: '联系单位或信息采集点' })
export class LiaisonUnitModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) contactPointId!: string;
  @Field() name!: string;
  @Field(() => LiaisonUnitType) type!: LiaisonUnitType;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => String, { nullable: true, description: '联系人' }) contactPerson!: string | null;
  @Field() active!: boolean;
}

@ObjectType('InformationCollector', { description: '立法信息采集员' })
export class InformationCollectorModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) contactPointId!: string;
  @Field(() => ID) liaisonUnitId!: string;
  @Field() name!: string;
  @Field(() => CollectorCategory) category!: CollectorCategory;
  @Field({ description: '任期开始，YYYY-MM-DD' }) activeFrom!: string;
  @Field(() => String, { nullable: true, description: '任期结束（停用日期），YYYY-MM-DD' }) activeUntil!:
    string | null;
  @Field(() => ID, { nullable: true }) accountId!: string | null;
  @Field() active!: boolean;
}

@ObjectType()
export class LegislatureConnection extends Paginated(LegislatureModel) {}
@ObjectType()
export class ContactPointConnection extends Paginated(ContactPointModel) {}
@ObjectType()
export class ExpertConnection extends Paginated(ExpertModel) {}
@ObjectType()
export class LiaisonUnitConnection extends Paginated(LiaisonUnitModel) {}
@ObjectType()
export class InformationCollectorConnection extends Paginated(InformationCollectorModel) {}
