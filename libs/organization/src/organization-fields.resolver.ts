import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Connection, GqlContext } from '@app/common';
import { CurrentActor, type Actor } from '@app/identity';
import { actsForLegislature, canSeeContactDetails, pointGrantOptions } from './organization-access.js';
import type {
  ContactPointEntity,
  ExecutiveMemberEntity,
  LegislatureEntity,
  ExpertEntity,
  InformationCollectorEntity,
  LiaisonUnitEntity,
} from './organization.entities.js';
import { ExecutivePosition } from './organization.enums.js';
import { MemberListArgs } from './organization.inputs.js';
import {
  ContactPointModel,
  ExecutingBodyModel,
  ExecutiveMemberModel,
  ExpertConnection,
  ExpertModel,
  InformationCollectorConnection,
  InformationCollectorModel,
  LegislatureModel,
  LiaisonUnitConnection,
  LiaisonUnitModel,
  RoleGrantOptionModel,
} from './organization.models.js';
import { OrganizationService } from './organization.service.js';
import {
  ACTIVE_HEADS_OF_POINT,
  ACTIVE_POINT_COUNTS_OF_LEGISLATURE,
  COLLECTOR_PAGES_OF_POINT,
  COLLECTOR_PAGES_OF_UNIT,
  EXECUTIVE_MEMBERS_OF_POINT,
  EXPERT_PAGES_OF_POINT,
  LEGISLATURES_BY_ID,
  POINTS_BY_ID,
  UNIT_PAGES_OF_POINT,
  UNITS_BY_ID,
} from './organization.loaders.js';

/**
 * Nested fields. Nest does not run guards here, so every field below is reachable only through a parent the caller was
 * allowed to read (a checked root query), and contact details check the caller again explicitly. Lists load through
 * per-request DataLoaders: a page of N contact points costs the same few statements as a page of one.
 */
const listKey = (args: MemberListArgs) =>
  `${args.first ?? ''}:${args.after ?? ''}:${args.includeInactive ? 1 : 0}`;

function pointLoader(ctx: GqlContext, organization: OrganizationService) {
  return ctx.loaders.get(POINTS_BY_ID, (ids) => organization.pointsByIds(ids));
}

async function contactDetail(
  ctx: GqlContext,
  organization: OrganizationService,
  actor: Actor,
  contactPointId: string,
  value: string | null,
): Promise<string | null> {
  const point = await pointLoader(ctx, organization).load(contactPointId);
  return point && canSeeContactDetails(actor, point) ? value : null;
}

@Resolver(() => LegislatureModel)
export class LegislatureFieldsResolver {
  constructor(private readonly organization: OrganizationService) {}

  /** For those who act for the legislature: a point's members see the legislature, not how many points it has. */
  @ResolveField(() => Int, {
    nullable: true,
    description: '在用（未停用）的联系点数；仅该立法机关工作人员和系统管理员可见，其他人为 null',
  })
  async contactPointCount(
    @Parent() legislature: LegislatureEntity,
    @Context() ctx: GqlContext,
    @CurrentActor() actor: Actor,
  ): Promise<number | null> {
    if (!actsForLegislature(actor, legislature.id)) return null;
    return ctx.loaders
      .get(ACTIVE_POINT_COUNTS_OF_LEGISLATURE, (ids) => this.organization.activePointCountsByLegislature(ids))
      .load(legislature.id);
  }
}

@Resolver(() => ContactPointModel)
export class ContactPointFieldsResolver {
  constructor(private readonly organization: OrganizationService) {}

  @ResolveField(() => LegislatureModel, { description: '设立该联系点的立法机关' })
  async legislature(
    @Parent() point: ContactPointEntity,
    @Context() ctx: GqlContext,
  ): Promise<LegislatureModel> {
    const loader = ctx.loaders.get(LEGISLATURES_BY_ID, (ids) => this.organization.legislaturesByIds(ids));
    return (await loader.load(point.legislatureId))!;
  }

  @ResolveField(() => ExecutingBodyModel, { description: '具体执行机构（在任成员）' })
  async executingBody(
    @Parent() point: ContactPointEntity,
    @Context() ctx: GqlContext,
  ): Promise<ExecutingBodyModel> {
    const loader = ctx.loaders.get(EXECUTIVE_MEMBERS_OF_POINT, (ids) =>
      this.organization.executiveMembersByPoints(ids),
    );
    const members = await loader.load(point.id);
    return {
      pointHead: members.find((m) => m.position === ExecutivePosition.POINT_HEAD) ?? null,
      deputyHeads: members.filter((m) => m.position === ExecutivePosition.DEPUTY_HEAD),
      liaisonOfficers: members.filter((m) => m.position === ExecutivePosition.LIAISON_OFFICER),
    };
  }

  @ResolveField(() => [RoleGrantOptionModel], {
    description:
      '当前用户在本联系点能授予、收回哪些角色，不能时说明原因（与开通账号、启用停用的授权规则相同）',
  })
  async grantOptions(
    @Parent() point: ContactPointEntity,
    @Context() ctx: GqlContext,
    @CurrentActor() actor: Actor,
  ): Promise<RoleGrantOptionModel[]> {
    const heads = await ctx.loaders
      .get(ACTIVE_HEADS_OF_POINT, (ids) => this.organization.activeHeadsByPoints(ids))
      .load(point.id);
    return pointGrantOptions(actor, point, heads);
  }

  @ResolveField(() => ExpertConnection, { description: '专家团队' })
  experts(
    @Parent() point: ContactPointEntity,
    @Args() args: MemberListArgs,
    @Context() ctx: GqlContext,
  ): Promise<Connection<ExpertModel>> {
    return ctx.loaders
      .get(EXPERT_PAGES_OF_POINT, (ids) => this.organization.expertPages(ids, args), listKey(args))
      .load(point.id);
  }

  @ResolveField(() => LiaisonUnitConnection, { description: '联系单位和信息采集点' })
  liaisonUnits(
    @Parent() point: ContactPointEntity,
    @Args() args: MemberListArgs,
    @Context() ctx: GqlContext,
  ): Promise<Connection<LiaisonUnitModel>> {
    return ctx.loaders
      .get(UNIT_PAGES_OF_POINT, (ids) => this.organization.unitPages(ids, args), listKey(args))
      .load(point.id);
  }

  @ResolveField(() => InformationCollectorConnection, { description: '本联系点全部采集员' })
  collectors(
    @Parent() point: ContactPointEntity,
    @Args() args: MemberListArgs,
    @Context() ctx: GqlContext,
  ): Promise<Connection<InformationCollectorModel>> {
    return ctx.loaders
      .get(
        COLLECTOR_PAGES_OF_POINT,
        (ids) => this.organization.collectorPagesByPoint(ids, args),
        listKey(args),
      )
      .load(point.id);
  }
}

@Resolver(() => LiaisonUnitModel)
export class LiaisonUnitFieldsResolver {
  constructor(private readonly organization: OrganizationService) {}

  @ResolveField(() => InformationCollectorConnection, { description: '本单位的采集员' })
  collectors(
    @Parent() unit: LiaisonUnitEntity,
    @Args() args: MemberListArgs,
    @Context() ctx: GqlContext,
  ): Promise<Connection<InformationCollectorModel>> {
    return ctx.loaders
      .get(COLLECTOR_PAGES_OF_UNIT, (ids) => this.organization.collectorPagesByUnit(ids, args), listKey(args))
      .load(unit.id);
  }

  @ResolveField(() => ContactPointModel, { description: '所属联系点' })
  async contactPoint(
    @Parent() unit: LiaisonUnitEntity,
    @Context() ctx: GqlContext,
  ): Promise<ContactPointModel> {
    return (await pointLoader(ctx, this.organization).load(unit.contactPointId))!;
  }

  @ResolveField(() => String, { nullable: true, description: '联系电话（仅执行机构、立法机关工作人员可见）' })
  contactPhone(
    @Parent() unit: LiaisonUnitEntity,
    @Context() ctx: GqlContext,
    @CurrentActor() actor: Actor,
  ): Promise<string | null> {
    return contactDetail(ctx, this.organization, actor, unit.contactPointId, unit.contactPhone);
  }
}

@Resolver(() => InformationCollectorModel)
export class CollectorFieldsResolver {
  constructor(private readonly organization: OrganizationService) {}

  @ResolveField(() => LiaisonUnitModel, { description: '所在联系单位' })
  async liaisonUnit(
    @Parent() collector: InformationCollectorEntity,
    @Context() ctx: GqlContext,
  ): Promise<LiaisonUnitModel> {
    return (await ctx.loaders
      .get(UNITS_BY_ID, (ids) => this.organization.unitsByIds(ids))
      .load(collector.liaisonUnitId))!;
  }

  @ResolveField(() => String, { nullable: true, description: '联系电话（仅执行机构、立法机关工作人员可见）' })
  phone(
    @Parent() c: InformationCollectorEntity,
    @Context() ctx: GqlContext,
    @CurrentActor() actor: Actor,
  ): Promise<string | null> {
    return contactDetail(ctx, this.organization, actor, c.contactPointId, c.phone);
  }
}

@Resolver(() => ExecutiveMemberModel)
export class ExecutiveMemberFieldsResolver {
  constructor(private readonly organization: OrganizationService) {}

  @ResolveField(() => String, { nullable: true, description: '联系电话（仅执行机构、立法机关工作人员可见）' })
  phone(
    @Parent() m: ExecutiveMemberEntity,
    @Context() ctx: GqlContext,
    @CurrentActor() actor: Actor,
  ): Promise<string | null> {
    return contactDetail(ctx, this.organization, actor, m.contactPointId, m.phone);
  }
}

@Resolver(() => ExpertModel)
export class ExpertFieldsResolver {
  constructor(private readonly organization: OrganizationService) {}

  @ResolveField(() => String, { nullable: true, description: '联系电话（仅执行机构、立法机关工作人员可见）' })
  phone(
    @Parent() e: ExpertEntity,
    @Context() ctx: GqlContext,
    @CurrentActor() actor: Actor,
  ): Promise<string | null> {
    return contactDetail(ctx, this.organization, actor, e.contactPointId, e.phone);
  }
}
