import type { OnModuleInit } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ConnectionArgs, pageWindow, type Connection, type GqlContext } from '@app/common';
import { OPINIONS_BY_ID, OpinionService, toOpinionModel } from '@app/feedback';
import {
  CurrentActor,
  NodeRegistry,
  Permission,
  RequirePermission,
  rowExists,
  type Actor,
} from '@app/identity';
import { ConsolidatedSuggestionEntity, ConsolidationEntity } from './consolidation.entities.js';
import { isExecutiveOf } from './consolidation-access.js';
import { SourceType } from './consolidation.enums.js';
import {
  ChangeSuggestionSourcesInput,
  ConsolidatedSuggestionModel,
  ConsolidationModel,
  CreateSuggestionInput,
  DeleteSuggestionPayload,
  DraftSuggestionsResultModel,
  MergeSuggestionsInput,
  PointTaskRefInput,
  SplitSuggestionInput,
  SuggestionCountsModel,
  SuggestionSourceConnection,
  SuggestionSourceModel,
  SuggestionVersionInput,
  UpdateSuggestionInput,
} from './consolidation.models.js';
import { FeedbackDocumentService } from './feedback-document.service.js';
import { OpinionFacts } from './opinion-facts.js';
import { toSuggestionModel } from './suggestion-model.js';
import { SuggestionService } from './suggestion.service.js';
import {
  COUNTS_OF_SUGGESTION,
  PROPOSERS_OF_SUGGESTION,
  SOURCE_PAGES_OF_SUGGESTION,
} from './consolidation.loaders.js';

@Resolver(() => ConsolidatedSuggestionModel)
export class SuggestionResolver implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly service: SuggestionService,
    private readonly facts: OpinionFacts,
    private readonly documents: FeedbackDocumentService,
    private readonly nodes: NodeRegistry,
    private readonly opinions: OpinionService,
  ) {}

  /** node(id:) reaches suggestions through the same lookup as suggestion(id:). */
  onModuleInit(): void {
    this.nodes.register({
      typename: 'ConsolidatedSuggestion',
      permission: Permission.TASK_READ,
      exists: rowExists(this.db, ConsolidatedSuggestionEntity),
      load: (actor, id) => this.suggestion(actor, id),
    });
  }

  @RequirePermission(Permission.TASK_READ)
  @Query(() => ConsolidatedSuggestionModel, {
    nullable: true,
    description:
      '一个汇总条目（本联系点执行机构；报送后立法机关）；找不到或无权查看时为 null，原因见 errors，同一请求中的其他字段照常返回',
  })
  async suggestion(
    @CurrentActor() actor: Actor,
    @Args('id', { description: '汇总条目编号', type: () => ID }) id: string,
  ): Promise<ConsolidatedSuggestionModel> {
    return toSuggestionModel(await this.service.get(actor, id));
  }

  @ResolveField(() => SuggestionCountsModel, {
    description: '来源计数：意见条数、代表人数、联系单位、征集方式',
  })
  counts(
    @Parent() s: ConsolidatedSuggestionModel,
    @Context() ctx: GqlContext,
  ): Promise<SuggestionCountsModel> {
    return ctx.loaders.get(COUNTS_OF_SUGGESTION, (ids) => this.facts.suggestionCounts(ids)).load(s.id);
  }

  @ResolveField(() => String, {
    description: '提出单位或个人：按联系单位和提出人类别计数（与导出的汇总表相同，不含个人信息）',
  })
  proposers(@Parent() s: ConsolidatedSuggestionModel, @Context() ctx: GqlContext): Promise<string> {
    return ctx.loaders.get(PROPOSERS_OF_SUGGESTION, (ids) => this.documents.proposersOf(ids)).load(s.id);
  }

  @ResolveField(() => SuggestionSourceConnection, {
    description: '来源：意见和专家批注（意见内容仅执行机构可见）',
  })
  async sources(
    @CurrentActor() actor: Actor,
    @Parent() s: ConsolidatedSuggestionModel,
    @Args() args: ConnectionArgs,
    @Context() ctx: GqlContext,
  ): Promise<Connection<SuggestionSourceModel>> {
    const window = pageWindow(args);
    const page = await ctx.loaders
      .get(
        SOURCE_PAGES_OF_SUGGESTION,
        (ids) => this.service.sourcesOf(ids, window),
        `${window.offset}:${window.limit}`,
      )
      .load(s.id);
    const executive = isExecutiveOf(actor, s.contactPointId);
    const opinionIds = page.edges
      .filter((e) => e.node.sourceType === SourceType.OPINION)
      .map((e) => e.node.sourceId);
    const opinions = executive
      ? await ctx.loaders
          .get(OPINIONS_BY_ID, (ids) => this.opinions.opinionsByIds(ids))
          .loadMany(opinionIds)
      : [];
    const byId = new Map(opinions.flatMap((o) => (o && !(o instanceof Error) ? [[o.id, o] as const] : [])));
    return {
      ...page,
      edges: page.edges.map((e) => {
        const opinion = byId.get(e.node.sourceId);
        return {
          ...e,
          node: {
            type: e.node.sourceType,
            sourceId: e.node.sourceId,
            opinion: opinion ? toOpinionModel(opinion) : null,
          },
        };
      }),
    };
  }

  @RequirePermission(Permission.CONSOLIDATION_WRITE)
  @Mutation(() => DraftSuggestionsResultModel, {
    description: '生成汇总初稿：每个重复意见组、每条其余未汇总的意见和批注各成一个汇总条目',
  })
  draftSuggestions(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: PointTaskRefInput,
  ) {
    return this.service.draft(actor, input.taskId, input.contactPointId);
  }

  @RequirePermission(Permission.CONSOLIDATION_WRITE)
  @Mutation(() => ConsolidatedSuggestionModel, { description: '由意见、批注或重复意见组新建汇总条目' })
  async createSuggestion(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: CreateSuggestionInput,
  ) {
    return toSuggestionModel(await this.service.create(actor, input));
  }

  @RequirePermission(Permission.CONSOLIDATION_WRITE)
  @Mutation(() => ConsolidatedSuggestionModel, {
    description: '修改汇总条目（带版本号；他人已先保存时返回 CONFLICT 及当前内容）',
  })
  async updateSuggestion(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: UpdateSuggestionInput,
  ) {
    return toSuggestionModel(await this.service.update(actor, input));
  }

  @RequirePermission(Permission.CONSOLIDATION_WRITE)
  @Mutation(() => ConsolidatedSuggestionModel, { description: '给汇总条目增加来源' })
  async addSuggestionSources(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: ChangeSuggestionSourcesInput,
  ) {
    return toSuggestionModel(await this.service.addSources(actor, input));
  }

  @RequirePermission(Permission.CONSOLIDATION_WRITE)
  @Mutation(() => ConsolidatedSuggestionModel, { description: '从汇总条目移出来源（移出的意见回到待汇总）' })
  async removeSuggestionSources(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: ChangeSuggestionSourcesInput,
  ) {
    return toSuggestionModel(await this.service.removeSources(actor, input));
  }

  @RequirePermission(Permission.CONSOLIDATION_WRITE)
  @Mutation(() => DeleteSuggestionPayload, {
    description: '删除汇总条目（其来源意见回到待汇总，不会删除）；返回被删除的编号和删除后的汇总',
  })
  async deleteSuggestion(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: SuggestionVersionInput,
  ): Promise<DeleteSuggestionPayload> {
    const row = await this.service.remove(actor, input);
    const consolidation = await this.db.getRepository(ConsolidationEntity).findOneByOrFail({
      id: row.consolidationId,
    });
    return { deletedSuggestionId: row.id, consolidation: consolidation as unknown as ConsolidationModel };
  }

  @RequirePermission(Permission.CONSOLIDATION_WRITE)
  @Mutation(() => ConsolidatedSuggestionModel, { description: '合并汇总条目（同一任务、同一联系点）' })
  async mergeSuggestions(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: MergeSuggestionsInput,
  ) {
    return toSuggestionModel(await this.service.merge(actor, input));
  }

  @RequirePermission(Permission.CONSOLIDATION_WRITE)
  @Mutation(() => [ConsolidatedSuggestionModel], { description: '拆分汇总条目' })
  async splitSuggestion(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: SplitSuggestionInput,
  ) {
    return (await this.service.split(actor, input)).map(toSuggestionModel);
  }
}
