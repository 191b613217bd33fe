import type { OnModuleInit } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Connection, GqlContext } from '@app/common';
import {
  CurrentActor,
  NodeRegistry,
  Permission,
  RequirePermission,
  rowExists,
  type Actor,
} from '@app/identity';
import { OpinionEntity } from './feedback.entities.js';
import {
  BatchItemResultModel,
  ContributorDetailsModel,
  EraseContributorInput,
  OpinionConnection,
  OpinionByReceiptArgs,
  OpinionModel,
  OpinionRevisionModel,
  OpinionsArgs,
  OpinionStatusInput,
  SearchOpinionsArgs,
  SubmitOpinionInput,
  SubmitOpinionPayload,
  SubmitOpinionsInput,
  UpdateOpinionInput,
  toOpinionModel,
} from './feedback.models.js';
import { OpinionService } from './opinion.service.js';
import { REVISIONS_OF_OPINION } from './feedback.loaders.js';

const toModel = toOpinionModel;
const page = (c: Connection<OpinionEntity>): Connection<OpinionModel> => ({
  ...c,
  edges: c.edges.map((e) => ({ ...e, node: toModel(e.node) })),
});

@Resolver(() => OpinionModel)
export class OpinionResolver implements OnModuleInit {
  constructor(
    private readonly service: OpinionService,
    private readonly nodes: NodeRegistry,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** node(id:) reaches opinions through the same lookup as opinion(id:). */
  onModuleInit(): void {
    this.nodes.register({
      typename: 'Opinion',
      permission: Permission.OPINION_READ,
      exists: rowExists(this.db, OpinionEntity),
      load: (actor, id) => this.opinion(actor, id),
    });
  }

  @RequirePermission(Permission.OPINION_WRITE)
  @Mutation(() => SubmitOpinionPayload, { description: '提交一条意见；可带幂等键安全重试' })
  async submitOpinion(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: SubmitOpinionInput,
  ): Promise<SubmitOpinionPayload> {
    const { opinion, replayed } = await this.service.submit(actor, input);
    return { receiptNumber: opinion.receiptNumber, opinion: toModel(opinion), replayed };
  }

  @RequirePermission(Permission.OPINION_WRITE)
  @Mutation(() => [BatchItemResultModel], { description: '批量提交离线积累的意见，每条单独返回结果' })
  submitOpinions(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: SubmitOpinionsInput,
  ): Promise<BatchItemResultModel[]> {
    return this.service.submitBatch(actor, input.items);
  }

  @RequirePermission(Permission.OPINION_WRITE)
  @Mutation(() => OpinionModel, {
    description: '修改自己的意见（本联系点征集中、截止时间前，与提交意见同一规则），保留修改历史',
  })
  async updateOpinion(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: UpdateOpinionInput,
  ): Promise<OpinionModel> {
    return toModel(await this.service.update(actor, input));
  }

  @RequirePermission(Permission.OPINION_WRITE)
  @Mutation(() => OpinionModel, { description: '撤回自己的意见（汇总开始前，截止后仍可撤回）' })
  async withdrawOpinion(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: OpinionStatusInput,
  ): Promise<OpinionModel> {
    return toModel(await this.service.withdraw(actor, input));
  }

  @RequirePermission(Permission.OPINION_WRITE)
  @Mutation(() => ContributorDetailsModel, {
    description:
      '删除提出人个人信息（提出人要求时；姓名、电话、地址、备注不可恢复地删除，同意记录保留）：记录的采集员和本联系点执行机构可操作，记入审计',
  })
  eraseContributor(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: EraseContributorInput,
  ): Promise<ContributorDetailsModel> {
    return this.service.eraseContributor(actor, input.opinionId);
  }

  @RequirePermission(Permission.OPINION_MANAGE)
  @Mutation(() => OpinionModel, { description: '标记为不予报送（须说明理由；意见保留，不删除）' })
  async markOpinionOutOfScope(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: OpinionStatusInput,
  ): Promise<OpinionModel> {
    return toModel(await this.service.markOutOfScope(actor, input));
  }

  @RequirePermission(Permission.OPINION_READ)
  @Query(() => OpinionConnection, {
    description: '任务的意见：采集员看自己的，单位管理员看本单位的，执行机构看本联系点的',
  })
  async opinions(
    @CurrentActor() actor: Actor,
    @Args() args: OpinionsArgs,
  ): Promise<Connection<OpinionModel>> {
    return page(await this.service.list(actor, args));
  }

  @RequirePermission(Permission.OPINION_READ)
  @Query(() => OpinionModel, {
    nullable: true,
    description: '一条意见；找不到或无权查看时为 null，原因见 errors，同一请求中的其他字段照常返回',
  })
  async opinion(
    @CurrentActor() actor: Actor,
    @Args('id', { description: '意见编号', type: () => ID }) id: string,
  ): Promise<OpinionModel> {
    return toModel(await this.service.get(actor, id));
  }

  @RequirePermission(Permission.OPINION_READ)
  @Query(() => OpinionModel, {
    nullable: true,
    description:
      '按回执号查找一条意见，不必指定任务：采集员找自己的，单位管理员找本单位的，执行机构找本联系点的；号码不存在与无权查看时回答相同（null，NOT_FOUND / RECEIPT_NOT_FOUND）',
  })
  async opinionByReceipt(
    @CurrentActor() actor: Actor,
    @Args() args: OpinionByReceiptArgs,
  ): Promise<OpinionModel> {
    return toModel(await this.service.findByReceipt(actor, args.receiptNumber));
  }

  @RequirePermission(Permission.OPINION_READ)
  @Query(() => OpinionConnection, {
    description: '全文检索任务的意见（中文按字和词检索，两字词也能找到），相关度高的在前',
  })
  async searchOpinions(
    @CurrentActor() actor: Actor,
    @Args() args: SearchOpinionsArgs,
  ): Promise<Connection<OpinionModel>> {
    return page(await this.service.search(actor, args));
  }

  @ResolveField(() => [OpinionRevisionModel], { description: '修改历史' })
  revisions(@Parent() opinion: OpinionModel, @Context() ctx: GqlContext): Promise<OpinionRevisionModel[]> {
    return ctx.loaders
      .get(REVISIONS_OF_OPINION, (ids) => this.service.revisionsOf(ids))
      .load(opinion.id)
      .then((rows) =>
        rows.map((r) => ({
          revision: r.revision,
          action: r.action,
          snapshot: OpinionRevisionModel.publicSnapshot(r.snapshot),
          changedAt: r.changedAt,
        })),
      );
  }

  @ResolveField(() => ContributorDetailsModel, {
    nullable: true,
    description:
      '提出人的个人信息：仅记录的采集员和本联系点执行机构可见，每次查看都记入审计；撤回、本人要求或保存期限届满后删除（erased）',
  })
  contributor(
    @Parent() opinion: OpinionModel,
    @CurrentActor() actor: Actor,
  ): Promise<ContributorDetailsModel | null> {
    return this.service.contributorOf(actor, {
      ...opinion,
      tags: JSON.stringify(opinion.tags),
    } as OpinionEntity);
  }
}
