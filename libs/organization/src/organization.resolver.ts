import type { OnModuleInit } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityTarget } from 'typeorm';
import { ConnectionArgs, type Connection } from '@app/common';
import {
  CurrentActor,
  NodeRegistry,
  Permission,
  rowExists,
  RequirePermission,
  type Actor,
} from '@app/identity';
import { ContactPointEntity, LegislatureEntity, LiaisonUnitEntity } from './organization.entities.js';
import {
  ContactPointConnection,
  ContactPointModel,
  ExecutiveMemberModel,
  ExpertModel,
  InformationCollectorModel,
  LegislatureConnection,
  LegislatureModel,
  LiaisonUnitModel,
} from './organization.models.js';
import {
  AddCollectorInput,
  AddExecutiveMemberInput,
  AddExpertInput,
  AddLiaisonUnitInput,
  ContactPointsArgs,
  CreateContactPointInput,
  CreateLegislatureInput,
  UpdateCollectorInput,
  UpdateContactPointInput,
  UpdateLegislatureInput,
  UpdateExecutiveMemberInput,
  UpdateExpertInput,
  UpdateLiaisonUnitInput,
} from './organization.inputs.js';
import { OrganizationService } from './organization.service.js';

/** Root queries and mutations of the organisation; each declares its permission, the service checks the object. */
@Resolver()
export class OrganizationResolver implements OnModuleInit {
  constructor(
    private readonly organization: OrganizationService,
    private readonly nodes: NodeRegistry,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** node(id:) reaches these types through the same lookups as the queries below. */
  onModuleInit(): void {
    const exists = (entity: EntityTarget<{ id: string }>) => rowExists(this.db, entity);
    const permission = Permission.ORGANIZATION_READ;
    this.nodes.register({
      typename: 'Legislature',
      permission,
      exists: exists(LegislatureEntity),
      load: (a, id) => this.legislature(a, id),
    });
    this.nodes.register({
      typename: 'ContactPoint',
      permission,
      exists: exists(ContactPointEntity),
      load: (a, id) => this.contactPoint(a, id),
    });
    this.nodes.register({
      typename: 'LiaisonUnit',
      permission,
      exists: exists(LiaisonUnitEntity),
      load: (a, id) => this.liaisonUnit(a, id),
    });
  }

  @RequirePermission(Permission.ORGANIZATION_READ)
  @Query(() => LegislatureConnection, { description: '可见的立法机关' })
  legislatures(
    @CurrentActor() actor: Actor,
    @Args() args: ConnectionArgs,
  ): Promise<Connection<LegislatureModel>> {
    return this.organization.listLegislatures(actor, args);
  }

  @RequirePermission(Permission.ORGANIZATION_READ)
  @Query(() => LegislatureModel, {
    nullable: true,
    description: '立法机关；找不到或无权查看时为 null，原因见 errors，同一请求中的其他字段照常返回',
  })
  legislature(
    @CurrentActor() actor: Actor,
    @Args('id', { description: '立法机关编号', type: () => ID }) id: string,
  ): Promise<LegislatureModel> {
    return this.organization.getLegislature(actor, id);
  }

  @RequirePermission(Permission.ORGANIZATION_READ)
  @Query(() => ContactPointConnection, {
    description: '可见的联系点：立法机关工作人员看本机关设立的，联系点人员看本联系点',
  })
  contactPoints(
    @CurrentActor() actor: Actor,
    @Args() args: ContactPointsArgs,
  ): Promise<Connection<ContactPointModel>> {
    return this.organization.listContactPoints(actor, args);
  }

  @RequirePermission(Permission.ORGANIZATION_READ)
  @Query(() => ContactPointModel, {
    nullable: true,
    description: '联系点；找不到或无权查看时为 null，原因见 errors，同一请求中的其他字段照常返回',
  })
  contactPoint(
    @CurrentActor() actor: Actor,
    @Args('id', { description: '联系点编号', type: () => ID }) id: string,
  ): Promise<ContactPointModel> {
    return this.organization.getContactPoint(actor, id);
  }

  @RequirePermission(Permission.ORGANIZATION_READ)
  @Query(() => LiaisonUnitModel, {
    nullable: true,
    description:
      '联系单位或信息采集点；找不到或无权查看时为 null，原因见 errors，同一请求中的其他字段照常返回',
  })
  liaisonUnit(
    @CurrentActor() actor: Actor,
    @Args('id', { description: '联系单位编号', type: () => ID }) id: string,
  ): Promise<LiaisonUnitModel> {
    return this.organization.getLiaisonUnit(actor, id);
  }

  @RequirePermission(Permission.LEGISLATURE_MANAGE)
  @Mutation(() => LegislatureModel, { description: '登记立法机关（系统管理员）' })
  createLegislature(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: CreateLegislatureInput,
  ): Promise<LegislatureModel> {
    return this.organization.createLegislature(actor, input);
  }

  @RequirePermission(Permission.LEGISLATURE_MANAGE)
  @Mutation(() => LegislatureModel, {
    description: '修改立法机关的名称、行政区域、层级或工作机构（系统管理员）',
  })
  updateLegislature(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: UpdateLegislatureInput,
  ): Promise<LegislatureModel> {
    return this.organization.updateLegislature(actor, input);
  }

  @RequirePermission(Permission.CONTACT_POINT_MANAGE)
  @Mutation(() => ContactPointModel, { description: '设立联系点（本立法机关工作人员）' })
  createContactPoint(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: CreateContactPointInput,
  ): Promise<ContactPointModel> {
    return this.organization.createContactPoint(actor, input);
  }

  @RequirePermission(Permission.CONTACT_POINT_MANAGE)
  @Mutation(() => ContactPointModel, { description: '修改或停用联系点（本立法机关工作人员）' })
  updateContactPoint(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: UpdateContactPointInput,
  ): Promise<ContactPointModel> {
    return this.organization.updateContactPoint(actor, input);
  }

  @RequirePermission(Permission.POINT_STRUCTURE_MANAGE)
  @Mutation(() => ExecutiveMemberModel, { description: '增加具体执行机构成员（本联系点点长、联络员）' })
  addExecutiveMember(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: AddExecutiveMemberInput,
  ): Promise<ExecutiveMemberModel> {
    return this.organization.addExecutiveMember(actor, input);
  }

  @RequirePermission(Permission.POINT_STRUCTURE_MANAGE)
  @Mutation(() => ExecutiveMemberModel, { description: '修改或停用具体执行机构成员' })
  updateExecutiveMember(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: UpdateExecutiveMemberInput,
  ): Promise<ExecutiveMemberModel> {
    return this.organization.updateExecutiveMember(actor, input);
  }

  @RequirePermission(Permission.POINT_STRUCTURE_MANAGE)
  @Mutation(() => ExpertModel, { description: '增加专家团队成员' })
  addExpert(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: AddExpertInput,
  ): Promise<ExpertModel> {
    return this.organization.addExpert(actor, input);
  }

  @RequirePermission(Permission.POINT_STRUCTURE_MANAGE)
  @Mutation(() => ExpertModel, { description: '修改或停用专家' })
  updateExpert(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: UpdateExpertInput,
  ): Promise<ExpertModel> {
    return this.organization.updateExpert(actor, input);
  }

  @RequirePermission(Permission.POINT_STRUCTURE_MANAGE)
  @Mutation(() => LiaisonUnitModel, { description: '增加联系单位或信息采集点' })
  addLiaisonUnit(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: AddLiaisonUnitInput,
  ): Promise<LiaisonUnitModel> {
    return this.organization.addLiaisonUnit(actor, input);
  }

  @RequirePermission(Permission.POINT_STRUCTURE_MANAGE)
  @Mutation(() => LiaisonUnitModel, { description: '修改或停用联系单位（须先停用或调整其采集员）' })
  updateLiaisonUnit(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: UpdateLiaisonUnitInput,
  ): Promise<LiaisonUnitModel> {
    return this.organization.updateLiaisonUnit(actor, input);
  }

  @RequirePermission(Permission.POINT_STRUCTURE_MANAGE)
  @Mutation(() => InformationCollectorModel, { description: '增加立法信息采集员' })
  addCollector(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: AddCollectorInput,
  ): Promise<InformationCollectorModel> {
    return this.organization.addCollector(actor, input);
  }

  @RequirePermission(Permission.POINT_STRUCTURE_MANAGE)
  @Mutation(() => InformationCollectorModel, {
    description: '修改、调整单位或停用采集员（停用即记任期结束）',
  })
  updateCollector(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: UpdateCollectorInput,
  ): Promise<InformationCollectorModel> {
    return this.organization.updateCollector(actor, input);
  }
}
