import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { pageWindow, type Connection, type GqlContext } from '@app/common';
import {
  ConsolidatedSuggestionConnection,
  ConsolidatedSuggestionModel,
  ExportedFile,
  ExportFormat,
  toSuggestionModel,
} from '@app/consolidation';
import { ConsultationTaskModel, TASKS_BY_ID, TaskService } from '@app/consultation';
import { OpinionModel } from '@app/feedback';
import { CurrentActor, Permission, RequirePermission, type Actor } from '@app/identity';
import { actsForLegislature } from '@app/organization';
import type { AdoptionDecisionEntity, AdoptionEvidenceEntity } from './adoption.entities.js';
import {
  AdoptionDecisionModel,
  AdoptionEvidenceModel,
  AdoptionLedgerModel,
  AdoptionLedgerOverviewModel,
  ExportComparisonTableInput,
  ExportFeedbackReportInput,
  ExportLedgerInput,
  FeedbackDeliveryModel,
  LedgerArgs,
  LedgerFiguresModel,
  LedgerOverviewArgs,
  LedgerSuggestionsArgs,
  OpinionOutcomeModel,
  ProposeAdoptionFromTextInput,
  PublishAdoptionDecisionsInput,
  PublishResultModel,
  RecordAdoptionDecisionInput,
  RecordFeedbackDeliveryInput,
} from './adoption.models.js';
import { AdoptionService, changedSincePublished } from './adoption.service.js';
import { AdoptionDocumentService } from './adoption-document.service.js';
import { EvidenceService } from './evidence.service.js';
import { LedgerService, type Ledger, type LedgerOverview } from './ledger.service.js';
import {
  AWAITING_DECISIONS_OF_TASK,
  DECISION_OF_SUGGESTION,
  EVIDENCE_OF_SUGGESTION,
  OUTCOME_OF_OPINION,
} from './adoption.loaders.js';
import { LedgerOverviewOrder } from './adoption.enums.js';
import { awaitingDecision, type LedgerFigures, type OverviewSortKey } from './ledger.js';

const AWAITING_DECISION_FIELD = {
  description:
    '待反馈条数：已报送、尚无已发布采纳决定的条目（报送条目 = 采纳 + 部分采纳 + 未采纳 + 研究中 + 待反馈）',
};

const OVERVIEW_SORT: Record<LedgerOverviewOrder, OverviewSortKey> = {
  NAME: 'name',
  TASKS: 'tasks',
  OPINIONS: 'opinions',
  SUGGESTIONS: 'suggestions',
  ADOPTED: 'adopted',
  PARTIALLY_ADOPTED: 'partiallyAdopted',
  NOT_ADOPTED: 'notAdopted',
  UNDER_STUDY: 'underStudy',
  AWAITING_DECISION: 'awaitingDecision',
  ADOPTION_RATE: 'adoptionRate',
};

const decisionModel = (d: AdoptionDecisionEntity, workingCopy: boolean): AdoptionDecisionModel | null => {
  if (workingCopy) {
    return { ...d, changedSincePublished: changedSincePublished(d) };
  }
  if (!d.publishedOutcome || !d.publishedAt) return null;
  // Only what was published: no working-copy version (it would tell that an unpublished change is under way).
  return {
    id: d.id,
    suggestionId: d.suggestionId,
    outcome: d.publishedOutcome,
    reason: d.publishedReason ?? '',
    reflectedCitation: d.publishedCitation,
    version: d.publications,
    publishedAt: d.publishedAt,
    publications: d.publications,
    changedSincePublished: false,
  };
};

const evidenceModel = (e: AdoptionEvidenceEntity): AdoptionEvidenceModel => ({
  ...e,
  before: e.beforeMilli / 1000,
  after: e.afterMilli / 1000,
  score: (e.afterMilli - e.beforeMilli) / 1000,
  matchedPassages: JSON.parse(e.matchedPassages) as AdoptionEvidenceModel['matchedPassages'],
});

/** The legislature's decisions, publishing them, the evidence from the text, and the feedback to contributors. */
@Resolver(() => AdoptionDecisionModel)
export class AdoptionResolver {
  constructor(
    private readonly service: AdoptionService,
    private readonly evidence: EvidenceService,
    private readonly documents: AdoptionDocumentService,
  ) {}

  @RequirePermission(Permission.ADOPTION_DECIDE)
  @Mutation(() => AdoptionDecisionModel, {
    description: '记录或修改采纳决定（采纳 / 部分采纳 / 未采纳 / 研究中，须说明理由）；发布后才对联系点可见',
  })
  async recordAdoptionDecision(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: RecordAdoptionDecisionInput,
  ): Promise<AdoptionDecisionModel> {
    return decisionModel(await this.service.decide(actor, input), true)!;
  }

  @RequirePermission(Permission.ADOPTION_DECIDE)
  @Mutation(() => PublishResultModel, {
    description: '发布任务的采纳决定（新的和修改过的一并发布），并通知意见的采集员、联系单位和联系点',
  })
  publishAdoptionDecisions(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: PublishAdoptionDecisionsInput,
  ) {
    return this.service.publish(actor, input.taskId);
  }

  @RequirePermission(Permission.ADOPTION_DECIDE)
  @Mutation(() => [AdoptionEvidenceModel], {
    description: '用后续稿次的文本比对每条已报送的建议，给出采纳情况的建议（供确认，不会自动发布）',
  })
  async proposeAdoptionFromText(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: ProposeAdoptionFromTextInput,
  ): Promise<AdoptionEvidenceModel[]> {
    return (await this.evidence.propose(actor, input.taskId, input.laterVersionId)).map(evidenceModel);
  }

  @RequirePermission(Permission.OPINION_WRITE)
  @Mutation(() => FeedbackDeliveryModel, {
    description: '登记已向（同意接收反馈的）提出人告知采纳结果：谁、何时、以何种方式',
  })
  recordFeedbackDelivery(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: RecordFeedbackDeliveryInput,
  ) {
    return this.service.recordDelivery(actor, input);
  }

  @RequirePermission(Permission.ADOPTION_DECIDE)
  @Mutation(() => ExportedFile, {
    description: '导出修改对照表（.docx）：条款、征求意见稿、修改后文本、意见及采纳情况',
  })
  exportComparisonTable(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: ExportComparisonTableInput,
  ) {
    return this.documents.comparisonTableLink(actor, input.taskId, input.laterVersionId);
  }

  @RequirePermission(Permission.LEDGER_READ)
  @Mutation(() => ExportedFile, { description: '导出年度考核表（.xlsx 或 .docx）：联系单位和采集员' })
  exportEvaluation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: ExportLedgerInput,
  ) {
    const format = input.format === ExportFormat.DOCX ? 'docx' : 'xlsx';
    return this.documents.evaluationLink(actor, input.contactPointId, input.year, format);
  }

  @RequirePermission(Permission.OPINION_WRITE)
  @Mutation(() => ExportedFile, { description: '导出联系单位的意见采纳情况反馈（.docx）' })
  exportFeedbackReport(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: ExportFeedbackReportInput,
  ) {
    return this.documents.feedbackReportLink(actor, input.liaisonUnitId, input.year);
  }
}

/** Decisions and evidence on a suggestion; the outcome on an opinion. */
@Resolver(() => ConsolidatedSuggestionModel)
export class SuggestionAdoptionResolver {
  constructor(
    private readonly service: AdoptionService,
    private readonly evidenceService: EvidenceService,
    private readonly tasks: TaskService,
  ) {}

  @ResolveField(() => AdoptionDecisionModel, {
    nullable: true,
    description: '采纳决定：立法机关看到工作稿，联系点只看到已发布的',
  })
  async decision(
    @CurrentActor() actor: Actor,
    @Parent() s: ConsolidatedSuggestionModel,
    @Context() ctx: GqlContext,
  ): Promise<AdoptionDecisionModel | null> {
    const d = await ctx.loaders
      .get(DECISION_OF_SUGGESTION, (ids) => this.service.decisionsFor(ids))
      .load(s.id);
    return d ? decisionModel(d, this.service.canSeeWorkingCopy(actor, d)) : null;
  }

  @ResolveField(() => [AdoptionEvidenceModel], { description: '文本佐证（仅立法机关可见）' })
  async evidence(
    @CurrentActor() actor: Actor,
    @Parent() s: ConsolidatedSuggestionModel,
    @Context() ctx: GqlContext,
  ): Promise<AdoptionEvidenceModel[]> {
    const task = await ctx.loaders.get(TASKS_BY_ID, (ids) => this.tasks.tasksByIds(ids)).load(s.taskId);
    if (!task || !actsForLegislature(actor, task.legislatureId)) return [];
    const rows = await ctx.loaders
      .get(EVIDENCE_OF_SUGGESTION, (ids) => this.evidenceService.evidenceFor(ids))
      .load(s.id);
    return rows.map(evidenceModel);
  }
}

@Resolver(() => OpinionModel)
export class OpinionOutcomeResolver {
  constructor(private readonly service: AdoptionService) {}

  @ResolveField(() => OpinionOutcomeModel, { nullable: true, description: '采纳情况（立法机关发布后）' })
  outcome(@Parent() opinion: OpinionModel, @Context() ctx: GqlContext): Promise<OpinionOutcomeModel | null> {
    return ctx.loaders.get(OUTCOME_OF_OPINION, (ids) => this.service.outcomesOf(ids)).load(opinion.id);
  }
}

/** 工作台账. */
@Resolver(() => AdoptionLedgerModel)
export class LedgerResolver {
  constructor(private readonly ledger: LedgerService) {}

  @RequirePermission(Permission.LEDGER_READ)
  @Query(() => AdoptionLedgerModel, {
    description:
      '联系点的年度工作台账（按任务发出年份）：任务、意见、报送条目、采纳、部分采纳、未采纳、采纳率',
  })
  adoptionLedger(@CurrentActor() actor: Actor, @Args() args: LedgerArgs): Promise<Ledger> {
    return this.ledger.ledger(actor, args.contactPointId, args.year);
  }

  @RequirePermission(Permission.LEDGER_READ)
  @Query(() => AdoptionLedgerOverviewModel, {
    description:
      '台账总览（仅立法机关）：本机关各联系点某年度的任务、意见、报送条目、采纳情况、待反馈和采纳率，可排序、分页，附合计',
  })
  adoptionLedgerOverview(
    @CurrentActor() actor: Actor,
    @Args() args: LedgerOverviewArgs,
  ): Promise<LedgerOverview> {
    return this.ledger.overview(
      actor,
      args.legislatureId ?? null,
      args.year,
      { by: OVERVIEW_SORT[args.orderBy ?? LedgerOverviewOrder.NAME], descending: args.descending ?? false },
      pageWindow(args),
    );
  }

  @RequirePermission(Permission.LEDGER_READ)
  @Query(() => ConsolidatedSuggestionConnection, {
    description: '台账数字背后的汇总条目（可按采纳情况、任务、单位、采集员、征集方式筛选）',
  })
  async ledgerSuggestions(
    @CurrentActor() actor: Actor,
    @Args() args: LedgerSuggestionsArgs,
  ): Promise<Connection<ConsolidatedSuggestionModel>> {
    const window = pageWindow(args);
    const scope = await this.ledger.scope(actor, args.contactPointId, args.year);
    const page = await this.ledger.suggestions(scope, args, window);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toSuggestionModel(e.node) })) };
  }

  // 待反馈 from the one definition the 考核表 uses too (ledger.ts), on the year's line as on every breakdown's.
  @ResolveField(() => Int, AWAITING_DECISION_FIELD)
  awaitingDecision(@Parent() ledger: Ledger): number {
    return awaitingDecision(ledger);
  }

  @ResolveField(() => [LedgerFiguresModel], { description: '按联系单位' })
  byUnit(@Parent() ledger: Ledger): Promise<LedgerFiguresModel[]> {
    return this.ledger.breakdown(ledger.scope, 'unit');
  }

  @ResolveField(() => [LedgerFiguresModel], { description: '按采集员' })
  byCollector(@Parent() ledger: Ledger): Promise<LedgerFiguresModel[]> {
    return this.ledger.breakdown(ledger.scope, 'collector');
  }

  @ResolveField(() => [LedgerFiguresModel], { description: '按征集方式' })
  byChannel(@Parent() ledger: Ledger): Promise<LedgerFiguresModel[]> {
    return this.ledger.breakdown(ledger.scope, 'channel');
  }
}

/**
 * 待反馈 on each line of the ledger (by task, unit, collector, channel) and of the legislature's overview: derived from
 * the line's own figures, so a line's outcomes and it add up to its 报送建议 wherever it is shown.
 */
@Resolver(() => LedgerFiguresModel)
export class LedgerFiguresResolver {
  @ResolveField(() => Int, AWAITING_DECISION_FIELD)
  awaitingDecision(@Parent() line: LedgerFigures): number {
    return awaitingDecision(line);
  }
}

/**
 * 待反馈 and 研究中 on the legislature's list of its tasks: how many submitted suggestions still wait for a published
 * decision, and how many were answered only with the interim 研究中 (both still owe the points a final answer).
 */
@Resolver(() => ConsultationTaskModel)
export class TaskAdoptionResolver {
  constructor(private readonly ledger: LedgerService) {}

  @ResolveField(() => Int, {
    nullable: true,
    description:
      '待反馈条数：各联系点已报送、尚无已发布采纳决定的汇总条目（仅发出任务的立法机关可见，其他人为 null）',
  })
  async awaitingDecisions(
    @CurrentActor() actor: Actor,
    @Parent() task: ConsultationTaskModel,
    @Context() ctx: GqlContext,
  ): Promise<number | null> {
    return (await this.pending(actor, task, ctx))?.awaiting ?? null;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      '研究中条数：各联系点已报送、已发布的决定为“研究中”（尚待最终答复）的汇总条目（仅发出任务的立法机关可见，其他人为 null）',
  })
  async underStudyDecisions(
    @CurrentActor() actor: Actor,
    @Parent() task: ConsultationTaskModel,
    @Context() ctx: GqlContext,
  ): Promise<number | null> {
    return (await this.pending(actor, task, ctx))?.underStudy ?? null;
  }

  private async pending(actor: Actor, task: ConsultationTaskModel, ctx: GqlContext) {
    if (!actsForLegislature(actor, task.legislatureId)) return null;
    return ctx.loaders
      .get(AWAITING_DECISIONS_OF_TASK, (ids) => this.ledger.awaitingDecisionsOf(ids))
      .load(task.id);
  }
}
