import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  BadInputError,
  ConnectionArgs,
  pageWindow,
  toConnection,
  type Connection,
  type GqlContext,
} from '@app/common';
import { DraftsService } from '@app/drafts';
import {
  OPINIONS_BY_ID,
  OpinionConnection,
  OpinionModel,
  OpinionService,
  toOpinionModel,
} from '@app/feedback';
import { CurrentActor, Permission, RequirePermission, type Actor } from '@app/identity';
import { JobModel, JobService, JobState, toJobModel } from '@app/jobs';
import type { AddressScope } from './address-scope.js';
import { ConsolidationEntity, type DuplicateGroupEntity } from './consolidation.entities.js';
import {
  ConsolidatedSuggestionConnection,
  ConsolidationCountsModel,
  ConsolidationModel,
  DelegateApprovalPayload,
  ConsolidationPermissionsModel,
  ConsolidationStepModel,
  DelegateApprovalInput,
  DuplicateGroupConnection,
  DuplicateGroupModel,
  ExportConsolidatedFeedbackInput,
  ExportedFile,
  StartConsolidatedExportInput,
  ExportTaskFeedbackInput,
  FeedbackByProvisionArgs,
  GroupDuplicatesResultModel,
  PointTaskRefInput,
  ProvisionFeedbackConnection,
  ProvisionTallyConnection,
  ProvisionsArgs,
  ProvisionTallyModel,
  ReturnConsolidationInput,
  SuggestionsArgs,
  WorkbenchListArgs,
} from './consolidation.models.js';
import {
  ConsolidationService,
  type ConsolidationPermissions,
  type ConsolidationStep,
} from './consolidation.service.js';
import { DuplicateGroupService } from './duplicate-group.service.js';
import { ConsolidatedExportJob } from './consolidated-export.job.js';
import { DUPLICATE_GROUPING_JOB, DuplicateGroupingJob } from './duplicate-grouping.job.js';
import { isExecutiveOf } from './consolidation-access.js';
import { FeedbackDocumentService } from './feedback-document.service.js';
import { OpinionFacts, type OpinionTally } from './opinion-facts.js';
import { SuggestionService } from './suggestion.service.js';
import { toSuggestionModel } from './suggestion-model.js';
import { WorkbenchService, type ItemsPerProvision } from './workbench.service.js';
import {
  ITEMS_OF_CONSOLIDATION,
  PROVISION_LINES_OF_CONSOLIDATION,
  TALLY_OF_CONSOLIDATION,
} from './consolidation.loaders.js';

/** Where the exported files are fetched (files.controller.ts), with the same bearer token. */
export const exportUrl = {
  point: (taskId: string, pointId: string, format: string) =>
    `/files/tasks/${encodeURIComponent(taskId)}/points/${encodeURIComponent(pointId)}/consolidated-feedback.${format.toLowerCase()}`,
  task: (taskId: string, format: string) =>
    `/files/tasks/${encodeURIComponent(taskId)}/consolidated-feedback.${format.toLowerCase()}`,
};

/** The consolidation workbench, its sign-off, and the legislature's view of what was submitted. */
@Resolver(() => ConsolidationModel)
export class ConsolidationResolver {
  constructor(
    private readonly service: ConsolidationService,
    private readonly workbench: WorkbenchService,
    private readonly groups: DuplicateGroupService,
    private readonly suggestionService: SuggestionService,
    private readonly documents: FeedbackDocumentService,
    private readonly drafts: DraftsService,
    private readonly facts: OpinionFacts,
    private readonly grouping: DuplicateGroupingJob,
    private readonly exports: ConsolidatedExportJob,
    private readonly jobs: JobService,
  ) {}

  @RequirePermission(Permission.TASK_READ)
  @Query(() => ConsolidationModel, {
    description: '某联系点某项任务的汇总（执行机构随时可看；立法机关在报送后可看）',
  })
  async consolidation(
    @CurrentActor() actor: Actor,
    @Args('taskId', { description: '征求意见任务编号', type: () => ID }) taskId: string,
    @Args('contactPointId', { description: '联系点编号', type: () => ID }) contactPointId: string,
  ): Promise<ConsolidationEntity> {
    return (await this.service.forReading(actor, taskId, contactPointId)).consolidation;
  }

  @RequirePermission(Permission.TASK_READ)
  @Query(() => [ConsolidationModel], {
    description: '任务已报送的汇总：立法机关看全部联系点的，联系点看自己的',
  })
  async submittedConsolidations(
    @CurrentActor() actor: Actor,
    @Args('taskId', { description: '征求意见任务编号', type: () => ID }) taskId: string,
  ): Promise<ConsolidationEntity[]> {
    const task = await this.service.taskFor(actor, taskId);
    return this.service.submittedFor(actor, task);
  }

  @RequirePermission(Permission.SUBMISSION_READ)
  @Query(() => ProvisionFeedbackConnection, {
    description: '立法机关视角：按条文汇集各联系点报送的意见（哪些联系点对第十二条说了什么，各多少条）',
  })
  async feedbackByProvision(@CurrentActor() actor: Actor, @Args() args: FeedbackByProvisionArgs) {
    const window = pageWindow(args);
    const task = await this.documents.assertTaskExport(actor, args.taskId);
    const submitted = await this.service.submittedFor(actor, task);
    return this.workbench.acrossPoints(task, submitted, window, args.itemsPerProvision ?? undefined);
  }

  // ── the sign-off (the parent was authorised by the root query) ────────────────────────────────────────────────

  @ResolveField(() => [ConsolidationStepModel], {
    description: '审核与报送的经过（按时间先后）：编制、提交审核、退回（理由）、审核通过（身份）、报送',
  })
  steps(@Parent() c: ConsolidationEntity): Promise<ConsolidationStep[]> {
    return this.service.steps(c);
  }

  @ResolveField(() => ConsolidationPermissionsModel, { description: '当前账号此刻可以做的操作' })
  viewerCan(
    @CurrentActor() actor: Actor,
    @Parent() c: ConsolidationEntity,
  ): Promise<ConsolidationPermissions> {
    return this.service.permissionsOf(actor, c);
  }

  @ResolveField(() => [ID], {
    nullable: true,
    description: '受点长委托、此刻可以审核的副点长（账号 ID；仅执行机构可见）',
  })
  approvalDelegates(
    @CurrentActor() actor: Actor,
    @Parent() c: ConsolidationEntity,
  ): Promise<string[] | null> {
    return this.service.delegates(actor, c);
  }

  // ── the workbench's lists (the parent was authorised by the root query) ──────────────────────────────────────

  @ResolveField(() => ConsolidationCountsModel, { description: '计数：按状态、征集方式、联系单位' })
  async counts(
    @Parent() c: ConsolidationEntity,
    @Context() ctx: GqlContext,
  ): Promise<ConsolidationCountsModel> {
    return this.workbench.counts(c, await this.tally(c, ctx), await this.items(c, ctx));
  }

  /** The suggestions and groups per provision both `counts` and `provisions` add up: read once per request. */
  private items(c: ConsolidationEntity, ctx: GqlContext): Promise<ItemsPerProvision> {
    return ctx.loaders
      .get(
        ITEMS_OF_CONSOLIDATION,
        (ids) => Promise.all(ids.map(() => this.workbench.itemsPerProvision(c))),
        c.id,
      )
      .load(c.id);
  }

  /** The opinion tally both `counts` and `provisions` start from: one GROUP BY per request. */
  private tally(c: ConsolidationEntity, ctx: GqlContext): Promise<OpinionTally[]> {
    return ctx.loaders
      .get(TALLY_OF_CONSOLIDATION, (ids) => Promise.all(ids.map(() => this.facts.tally(c))), c.id)
      .load(c.id);
  }

  @ResolveField(() => ProvisionTallyConnection, { description: '按条文（草案顺序，总体意见在后）分组的计数' })
  async provisions(
    @Parent() c: ConsolidationEntity,
    @Args() args: ProvisionsArgs,
    @Context() ctx: GqlContext,
  ) {
    const window = pageWindow(args);
    return this.workbench.provisions(await this.provisionLines(c, ctx), window, args.addresses ?? undefined);
  }

  /** The provision lines both `provisions` and `generalOpinions` read: built once per request. */
  private provisionLines(c: ConsolidationEntity, ctx: GqlContext): Promise<ProvisionTallyModel[]> {
    return ctx.loaders
      .get(
        PROVISION_LINES_OF_CONSOLIDATION,
        (ids) =>
          Promise.all(
            ids.map(async () => {
              const task = await this.service.taskOf(c);
              return this.workbench.provisionLines(
                c,
                task.draftVersionId,
                await this.tally(c, ctx),
                await this.items(c, ctx),
              );
            }),
          ),
        c.id,
      )
      .load(c.id);
  }

  @ResolveField(() => ProvisionTallyModel, {
    description: '总体意见（针对草案整体、不针对某一条文）的计数，单列以便核对；没有时各项为 0',
  })
  async generalOpinions(@Parent() c: ConsolidationEntity, @Context() ctx: GqlContext) {
    return this.workbench.general(c, await this.provisionLines(c, ctx));
  }

  @ResolveField(() => DuplicateGroupConnection, {
    nullable: true,
    description: '重复和近似意见组（两条及以上；仅执行机构可见）',
  })
  async duplicateGroups(
    @CurrentActor() actor: Actor,
    @Parent() c: ConsolidationEntity,
    @Args() args: WorkbenchListArgs,
  ): Promise<Connection<DuplicateGroupEntity> | null> {
    if (!this.service.isExecutive(actor, c)) return null;
    return this.groups.list(c, pageWindow(args), await this.addressesUnder(c, args));
  }

  @ResolveField(() => ConsolidatedSuggestionConnection, {
    description:
      '汇总条目，按条文顺序；游标记住位置所在的条目，翻页期间新增、拆分、合并的条目不会使下一页错位（按内容查找时按位置翻页）',
  })
  async suggestions(@Parent() c: ConsolidationEntity, @Args() args: SuggestionsArgs) {
    const page = await this.suggestionService.list(
      c,
      args,
      await this.addressesUnder(c, args),
      args.search ?? undefined,
    );
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toSuggestionModel(e.node) })) };
  }

  @ResolveField(() => OpinionConnection, {
    nullable: true,
    description: '尚未纳入汇总条目、也未标记不予报送的意见（仅执行机构可见）',
  })
  async unaccountedOpinions(
    @CurrentActor() actor: Actor,
    @Parent() c: ConsolidationEntity,
    @Args() args: WorkbenchListArgs,
  ): Promise<Connection<OpinionModel> | null> {
    if (!this.service.isExecutive(actor, c)) return null;
    const window = pageWindow(args);
    const addresses = await this.addressesUnder(c, args);
    const [rows, total] = await this.service.unaccountedPage(c, window, addresses);
    return toConnection(rows.map(toOpinionModel), total, window);
  }

  /** The list filter: an article and what is below it, only 总体意见 (`null`), or everything (`undefined`). */
  private async addressesUnder(c: ConsolidationEntity, args: WorkbenchListArgs): Promise<AddressScope> {
    const address = args.provisionAddress;
    if (args.general) {
      if (address)
        throw BadInputError.field('general', '只看总体意见时不能同时指定条文', 'GENERAL_WITH_PROVISION');
      return null;
    }
    if (!address) return undefined;
    const task = await this.service.taskOf(c);
    const version = await this.drafts.versionIndex(task.draftVersionId);
    return version.has(address) ? version.descendants(address) : [address];
  }

  // ── changes ──────────────────────────────────────────────────────────────────────────────────────────────────

  @RequirePermission(Permission.CONSOLIDATION_WRITE)
  @Mutation(() => JobModel, {
    description:
      '在后台重新计算重复和近似意见组，立即返回任务（用 job(id) 查询进度与结果）；该汇总已有排队或执行中的分组任务时返回那一个',
  })
  async startDuplicateGrouping(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: PointTaskRefInput,
  ): Promise<JobModel> {
    return toJobModel(await this.grouping.start(actor, input.taskId, input.contactPointId));
  }

  @RequirePermission(Permission.TASK_READ)
  @Mutation(() => JobModel, {
    description:
      '在后台导出意见建议汇总表（.docx 或 .xlsx），立即返回任务：用 job(id) 查询进度，完成后 job.file.url 可下载（GET 时带同一个令牌，保留 24 小时）；同一汇总同一格式已有排队或执行中的导出时返回那一个',
  })
  async startConsolidatedExport(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: StartConsolidatedExportInput,
  ): Promise<JobModel> {
    return toJobModel(
      await this.exports.start(actor, {
        taskId: input.taskId,
        contactPointId: input.contactPointId ?? null,
        format: input.format,
      }),
    );
  }

  @ResolveField(() => JobModel, {
    nullable: true,
    description: '最近一次重复意见分组任务（仅执行机构可见；页面重新打开时据此继续显示进度）',
  })
  async groupingJob(
    @CurrentActor() actor: Actor,
    @Parent() c: ConsolidationEntity,
  ): Promise<JobModel | null> {
    if (!isExecutiveOf(actor, c.contactPointId)) return null;
    const job = await this.jobs.latest(DUPLICATE_GROUPING_JOB, c.id);
    return job && toJobModel(job);
  }

  @RequirePermission(Permission.CONSOLIDATION_WRITE)
  @Mutation(() => GroupDuplicatesResultModel, {
    description:
      '重新计算重复和近似意见组（在本次请求内完成，百万条意见约需半分钟；页面请用 startDuplicateGrouping）：修改意见连同理由，规范化后相同，或字符三元组 Jaccard 相似度 ≥ 0.7',
  })
  groupDuplicateOpinions(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: PointTaskRefInput,
  ) {
    return this.groups.regroup(actor, input.taskId, input.contactPointId);
  }

  @RequirePermission(Permission.CONSOLIDATION_WRITE)
  @Mutation(() => ConsolidationModel, {
    description: '提交点长审核（所有有效意见都已纳入汇总条目或标记不予报送时才可提交）',
  })
  requestConsolidationApproval(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: PointTaskRefInput,
  ) {
    return this.service.requestApproval(actor, input.taskId, input.contactPointId);
  }

  @RequirePermission(Permission.CONSOLIDATION_APPROVE)
  @Mutation(() => ConsolidationModel, { description: '审核通过（点长或受委托的副点长）；通过后内容冻结' })
  approveConsolidation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: PointTaskRefInput,
  ) {
    return this.service.approve(actor, input.taskId, input.contactPointId);
  }

  @RequirePermission(Permission.CONSOLIDATION_APPROVE)
  @Mutation(() => ConsolidationModel, { description: '退回修改（报送前），须说明理由' })
  returnConsolidation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: ReturnConsolidationInput,
  ) {
    return this.service.returnForRework(actor, input.taskId, input.contactPointId, input.reason);
  }

  @RequirePermission(Permission.CONSOLIDATION_WRITE)
  @Mutation(() => ConsolidationModel, { description: '报送立法机关（审核通过后；只能报送一次）' })
  submitConsolidation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: PointTaskRefInput,
  ) {
    return this.service.submit(actor, input.taskId, input.contactPointId);
  }

  @RequirePermission(Permission.CONSOLIDATION_APPROVE)
  @Mutation(() => DelegateApprovalPayload, {
    description: '点长委托副点长审核汇总表（active: false 撤销）；返回委托本身和它此后是否有效',
  })
  async delegateConsolidationApproval(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: DelegateApprovalInput,
  ): Promise<DelegateApprovalPayload> {
    const row = await this.service.delegateApproval(
      actor,
      input.contactPointId,
      input.accountId,
      input.active ?? true,
    );
    return { active: row !== null && row.revokedAt === null, delegation: row };
  }

  @RequirePermission(Permission.TASK_READ)
  @Mutation(() => ExportedFile, {
    description: '导出某联系点的意见建议汇总表（.docx 或 .xlsx）；返回下载地址，GET 时带同一个令牌',
  })
  async exportConsolidatedFeedback(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: ExportConsolidatedFeedbackInput,
  ): Promise<ExportedFile> {
    const { task } = await this.service.forReading(actor, input.taskId, input.contactPointId);
    const name = this.documents.fileTitle(task.title, await this.documents.pointName(input.contactPointId));
    return {
      url: exportUrl.point(input.taskId, input.contactPointId, input.format),
      filename: `${name}.${input.format.toLowerCase()}`,
    };
  }

  @RequirePermission(Permission.SUBMISSION_READ)
  @Mutation(() => ExportedFile, { description: '立法机关导出任务下各联系点已报送的汇总（按条文排列）' })
  async exportTaskFeedback(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: ExportTaskFeedbackInput,
  ): Promise<ExportedFile> {
    const task = await this.documents.assertTaskExport(actor, input.taskId);
    return {
      url: exportUrl.task(input.taskId, input.format),
      filename: `${this.documents.fileTitle(task.title)}.${input.format.toLowerCase()}`,
    };
  }
}

/** Group fields: the representative opinion and a page of members (executing body only; never the legislature). */
@Resolver(() => DuplicateGroupModel)
export class DuplicateGroupResolver {
  constructor(
    private readonly groups: DuplicateGroupService,
    private readonly opinionRows: OpinionService,
  ) {}

  @ResolveField(() => OpinionModel, { description: '代表性意见（组内最早的一条）' })
  async representative(
    @Parent() group: DuplicateGroupEntity,
    @Context() ctx: GqlContext,
  ): Promise<OpinionModel> {
    const opinion = await ctx.loaders
      .get(OPINIONS_BY_ID, (ids) => this.opinionRows.opinionsByIds(ids))
      .load(group.representativeOpinionId);
    return toOpinionModel(opinion!);
  }

  @ResolveField(() => OpinionConnection, { description: '组内的意见' })
  async opinions(
    @Parent() group: DuplicateGroupEntity,
    @Args() args: ConnectionArgs,
    @Context() ctx: GqlContext,
  ): Promise<Connection<OpinionModel>> {
    const window = pageWindow(args);
    // Only the page's chunk of member ids is read: a campaign's group holds tens of thousands.
    const { ids: pageIds, total } = await this.groups.membersPage(group, window);
    const loader = ctx.loaders.get(OPINIONS_BY_ID, (ids) => this.opinionRows.opinionsByIds(ids));
    const opinions = (await loader.loadMany(pageIds)).flatMap((o) => (o && !(o instanceof Error) ? [o] : []));
    return toConnection(opinions.map(toOpinionModel), total, window);
  }
}

/** The grouping's figures on its job, once it succeeded. */
@Resolver(() => JobModel)
export class GroupingJobResolver {
  @ResolveField(() => GroupDuplicatesResultModel, {
    nullable: true,
    description: '重复意见分组任务完成后的结果（其他任务为空）',
  })
  duplicateGrouping(@Parent() job: JobModel): GroupDuplicatesResultModel | null {
    if (job.kind !== DUPLICATE_GROUPING_JOB || job.state !== JobState.SUCCEEDED || !job.result) return null;
    return JSON.parse(job.result) as GroupDuplicatesResultModel;
  }
}
