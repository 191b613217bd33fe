import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ConnectionArgs, EnumField, FlagField, IdField, Paginated, TextField } from '@app/common';
import { ExportFormat } from '@app/consolidation';
import { OpinionChannel } from '@app/feedback';
import {
  ADOPTION_LIMITS,
  AdoptionOutcome,
  DeliveryMethod,
  LEDGER_OVERVIEW_PAGE_MAX,
  LedgerOverviewOrder,
} from './adoption.enums.js';

const L = ADOPTION_LIMITS;

// ── inputs ─────────────────────────────────────────────────────────────────────────────────────────────────────────

@InputType({ description: '记录（或修改）对一个汇总条目的采纳决定；发布前只有立法机关可见' })
export class RecordAdoptionDecisionInput {
  @Field(() => ID, { description: '汇总条目编号' }) @IdField('汇总条目 ID') suggestionId!: string;
  @Field(() => AdoptionOutcome, { description: '采纳情况' })
  @EnumField(AdoptionOutcome, '采纳情况')
  outcome!: AdoptionOutcome;
  @Field({ description: `理由（不超过 ${L.reason} 字）` }) @TextField('理由', L.reason) reason!: string;
  @Field(() => ID, { nullable: true, description: '体现该意见的后续稿次（或通过稿）' })
  @IdField('稿次 ID', { clearable: true })
  reflectedVersionId?: string | null;
  @Field(() => String, { nullable: true, description: '该稿次中体现该意见的条文地址' })
  @IdField('条文地址', { clearable: true })
  reflectedProvisionAddress?: string | null;
  @Field(() => Int, { nullable: true, description: '修改已有决定时：开始编辑时的版本号' })
  @IsOptional()
  @IsInt({ message: '版本号必须是整数' })
  @Min(1)
  expectedVersion?: number;
}

@InputType({ description: '公布任务的采纳情况' })
export class PublishAdoptionDecisionsInput {
  @Field(() => ID, { description: '任务编号' }) @IdField('任务 ID') taskId!: string;
}

@InputType({ description: '根据后续稿次的文字建议采纳情况' })
export class ProposeAdoptionFromTextInput {
  @Field(() => ID, { description: '任务编号' }) @IdField('任务 ID') taskId!: string;
  @Field(() => ID, { description: '后续稿次（二审稿、表决稿等）' })
  @IdField('稿次 ID')
  laterVersionId!: string;
}

@InputType({ description: '记录已向提出人反馈' })
export class RecordFeedbackDeliveryInput {
  @Field(() => ID, { description: '意见编号' }) @IdField('意见 ID') opinionId!: string;
  @Field(() => DeliveryMethod, { description: '反馈方式' })
  @EnumField(DeliveryMethod, '反馈方式')
  method!: DeliveryMethod;
  @Field({ description: '说明', nullable: true })
  @TextField('说明', L.deliveryNote, { clearable: true })
  note?: string;
}

@InputType({ description: '导出修改对照表' })
export class ExportComparisonTableInput {
  @Field(() => ID, { description: '任务编号' }) @IdField('任务 ID') taskId!: string;
  @Field(() => ID, { nullable: true, description: '后续稿次；不填则只列征求意见稿' })
  @IdField('稿次 ID', { optional: true })
  laterVersionId?: string;
}

@InputType({ description: '导出工作台账' })
export class ExportLedgerInput {
  @Field(() => ID, { description: '联系点编号' }) @IdField('联系点 ID') contactPointId!: string;
  @Field(() => Int, { description: '年度' })
  @IsInt({ message: '年份必须是整数' })
  @Min(L.firstYear)
  @Max(L.lastYear)
  year!: number;
  @Field(() => ExportFormat, { nullable: true, description: '导出格式：XLSX（默认）或 DOCX（内容相同）' })
  @EnumField(ExportFormat, '导出格式', { optional: true })
  format?: ExportFormat;
}

@InputType({ description: '导出联系单位的反馈报告' })
export class ExportFeedbackReportInput {
  @Field(() => ID, { description: '联系单位编号' }) @IdField('联系单位 ID') liaisonUnitId!: string;
  @Field(() => Int, { description: '年度' })
  @IsInt({ message: '年份必须是整数' })
  @Min(L.firstYear)
  @Max(L.lastYear)
  year!: number;
}

@ArgsType()
export class LedgerArgs {
  @Field(() => ID, { description: '联系点编号' }) @IdField('联系点 ID') contactPointId!: string;
  @Field(() => Int, { description: '年度' })
  @IsInt({ message: '年份必须是整数' })
  @Min(L.firstYear, { message: `年份须在 ${L.firstYear} 到 ${L.lastYear} 之间` })
  @Max(L.lastYear, { message: `年份须在 ${L.firstYear} 到 ${L.lastYear} 之间` })
  year!: number;
}

@ArgsType()
export class LedgerOverviewArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: '立法机关编号；不填为本人所在的立法机关' })
  @IdField('立法机关 ID', { optional: true })
  legislatureId?: string;
  @Field(() => Int, { description: '年度（按任务发出年份）' })
  @IsInt({ message: '年份必须是整数' })
  @Min(L.firstYear, { message: `年份须在 ${L.firstYear} 到 ${L.lastYear} 之间` })
  @Max(L.lastYear, { message: `年份须在 ${L.firstYear} 到 ${L.lastYear} 之间` })
  year!: number;
  @Field(() => LedgerOverviewOrder, { nullable: true, description: '排序依据，默认联系点名称' })
  @EnumField(LedgerOverviewOrder, '排序依据', { optional: true })
  orderBy?: LedgerOverviewOrder;
  @Field({ nullable: true, description: '是否从大到小（名称为倒序）；默认否' })
  @FlagField('descending')
  descending?: boolean;
  @Field(() => Int, {
    nullable: true,
    description: `每页联系点数，默认 20，最多 ${LEDGER_OVERVIEW_PAGE_MAX}`,
  })
  @IsOptional()
  @IsInt({ message: 'first 必须是整数' })
  @Min(0, { message: 'first 不能小于 0' })
  @Max(LEDGER_OVERVIEW_PAGE_MAX, {
    message: `first 不能超过 ${LEDGER_OVERVIEW_PAGE_MAX}（每页最多 ${LEDGER_OVERVIEW_PAGE_MAX} 个联系点）`,
  })
  override first?: number;
}

@ArgsType()
export class LedgerSuggestionsArgs extends ConnectionArgs {
  @Field(() => ID, { description: '联系点编号' }) @IdField('联系点 ID') contactPointId!: string;
  @Field(() => Int, { description: '年度' })
  @IsInt({ message: '年份必须是整数' })
  @Min(L.firstYear)
  @Max(L.lastYear)
  year!: number;
  @Field(() => AdoptionOutcome, { nullable: true, description: '只看这一采纳情况' })
  @EnumField(AdoptionOutcome, '采纳情况', { optional: true })
  outcome?: AdoptionOutcome;
  @Field(() => ID, { description: '任务编号', nullable: true })
  @IdField('任务 ID', { optional: true })
  taskId?: string;
  @Field(() => ID, { nullable: true, description: '含该联系单位意见的条目' })
  @IdField('联系单位 ID', { optional: true })
  liaisonUnitId?: string;
  @Field(() => ID, { nullable: true, description: '含该采集员意见的条目' })
  @IdField('采集员 ID', { optional: true })
  collectorId?: string;
  @Field(() => OpinionChannel, { description: '征集方式', nullable: true })
  @EnumField(OpinionChannel, '征集方式', { optional: true })
  channel?: OpinionChannel;
}

// ── outputs ────────────────────────────────────────────────────────────────────────────────────────────────────────

@ObjectType('AdoptionDecision', { description: '采纳决定' })
export class AdoptionDecisionModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '汇总条目编号' }) suggestionId!: string;
  @Field(() => AdoptionOutcome, { description: '采纳情况' }) outcome!: AdoptionOutcome;
  @Field({ description: '立法机关说明的理由' }) reason!: string;
  @Field(() => String, { nullable: true, description: '体现该意见的条文，如 第十条' }) reflectedCitation!:
    string | null;
  @Field(() => Int, { description: '版本号（修改时带上）' }) version!: number;
  @Field(() => Date, { nullable: true, description: '最近一次发布时间；为空表示尚未发布' })
  publishedAt!: Date | null;
  @Field({ description: '有尚未发布的修改' }) changedSincePublished!: boolean;
  @Field(() => Int, { description: '发布次数' }) publications!: number;
}

@ObjectType('PassageMatch', { description: '文字中的一处匹配' })
export class PassageModel {
  @Field({ description: '匹配的文字' }) text!: string;
  @Field(() => Int, { description: '起始位置（字符）' }) start!: number;
  @Field(() => Int, { description: '结束位置（字符，不含）' }) end!: number;
}

@ObjectType('AdoptionEvidence', { description: '文本佐证：后续稿次是否体现了该建议（供确认，不会自动发布）' })
export class AdoptionEvidenceModel {
  @Field(() => ID, { description: '用来比对的后续稿次编号' }) laterVersionId!: string;
  @Field(() => String, { nullable: true, description: '后续稿次中对应的条文' }) laterCitation!: string | null;
  @Field({ description: '该条文在后续稿次中是否有改动' }) provisionChanged!: boolean;
  @Field({ description: '该条文在后续稿次中是否被删除' }) provisionDeleted!: boolean;
  @Field(() => Float, { description: '原文与建议的接近程度 0..1' }) before!: number;
  @Field(() => Float, { description: '新文本与建议的接近程度 0..1' }) after!: number;
  @Field(() => Float, {
    description: '得分：后续稿次与建议的接近程度减去原稿与建议的接近程度（after − before，−1 到 1）',
  })
  score!: number;
  @Field(() => AdoptionOutcome, { nullable: true, description: '建议的采纳情况（需人工确认）' })
  suggestedOutcome!: AdoptionOutcome | null;
  @Field(() => [PassageModel], { description: '后续稿次中与建议相符的文字' })
  matchedPassages!: PassageModel[];
  @Field({ description: '比对结论（供参考，不代替立法机关的决定）' }) summary!: string;
}

@ObjectType('OpinionOutcome', { description: '意见的采纳情况（已发布的决定）' })
export class OpinionOutcomeModel {
  @Field(() => AdoptionOutcome, { description: '采纳情况' }) outcome!: AdoptionOutcome;
  @Field({ description: '立法机关说明的理由' }) reason!: string;
  @Field(() => Int, { nullable: true, description: '所在汇总条目的序号' }) suggestionNumber!: number | null;
  @Field({ description: '公布时间' }) publishedAt!: Date;
  @Field({ description: '提出人要求告知结果且已告知' }) contributorTold!: boolean;
  @Field({ description: '提出人同意接收结果反馈（可以登记告知情况）' }) contributorWantsFeedback!: boolean;
  @Field({ description: '提出人的个人信息已删除（不能再登记告知情况）' }) contributorErased!: boolean;
}

@ObjectType('PublishAdoptionResult', { description: '公布采纳情况的结果' })
export class PublishResultModel {
  @Field(() => Int, { description: '本次发布的决定数' }) decisions!: number;
  @Field(() => Int, { description: '涉及的意见数' }) opinions!: number;
  @Field(() => Int, { description: '收到通知的账号数' }) notified!: number;
}

@ObjectType('FeedbackDelivery', { description: '向提出人反馈的记录' })
export class FeedbackDeliveryModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '意见编号' }) opinionId!: string;
  @Field(() => DeliveryMethod, { description: '反馈方式' }) method!: DeliveryMethod;
  @Field(() => String, { description: '说明', nullable: true }) note!: string | null;
  @Field({ description: '反馈时间' }) deliveredAt!: Date;
}

@ObjectType('LedgerFigures', { description: '台账数字' })
export class LedgerFiguresModel {
  @Field({
    description:
      '键：任务、联系单位、采集员 ID 或征集方式；按单位、按采集员时空串为执行机构和专家团队（非采集员录入），PUBLIC 为网上征集（公众）；ANNOTATION 为由专家批注形成的建议（按单位、按采集员为专家团队（批注），按征集方式为专家批注）',
  })
  key!: string;
  @Field({ description: '统计对象名称' }) label!: string;
  @Field(() => Int, { description: '承担任务数' }) tasks!: number;
  @Field(() => Int, { description: '征集意见条数' }) opinions!: number;
  @Field(() => Int, { description: '报送的汇总条目数' }) suggestions!: number;
  @Field(() => Int, { description: '采纳条数' }) adopted!: number;
  @Field(() => Int, { description: '部分采纳条数' }) partiallyAdopted!: number;
  @Field(() => Int, { description: '未采纳条数' }) notAdopted!: number;
  @Field(() => Int, { description: '研究中条数' }) underStudy!: number;
  @Field(() => Float, { description: '采纳率 =（采纳 + 部分采纳）/ 报送条目' }) adoptionRate!: number;
}

@ObjectType('AdoptionLedger', { description: '工作台账：某联系点某年度（按任务发出年份）' })
export class AdoptionLedgerModel extends LedgerFiguresModel {
  @Field(() => Int, { description: '年度' }) year!: number;
  @Field(() => ID, { description: '联系点编号；为空表示立法机关全部联系点' }) contactPointId!: string;
  @Field(() => [LedgerFiguresModel], { description: '按任务' }) byTask!: LedgerFiguresModel[];
  @Field(() => [LedgerFiguresModel], { description: '按联系单位' }) byUnit!: LedgerFiguresModel[];
  @Field(() => [LedgerFiguresModel], { description: '按采集员' }) byCollector!: LedgerFiguresModel[];
  @Field(() => [LedgerFiguresModel], { description: '按征集方式' }) byChannel!: LedgerFiguresModel[];
}

@ObjectType('LedgerOverviewPointConnection', { description: '台账总览中的联系点（每个联系点一行）' })
export class LedgerOverviewPointConnection extends Paginated(LedgerFiguresModel, '联系点的年度台账数字') {}

@ObjectType('AdoptionLedgerOverview', {
  description: '台账总览：立法机关某年度（按任务发出年份）各联系点的台账数字及合计',
})
export class AdoptionLedgerOverviewModel {
  @Field(() => Int, { description: '年度' }) year!: number;
  @Field(() => ID, { description: '立法机关编号' }) legislatureId!: string;
  @Field(() => LedgerFiguresModel, {
    description: '全部联系点合计（承担任务为发出的任务数，一项任务发给多个联系点只计一次）',
  })
  totals!: LedgerFiguresModel;
  @Field(() => LedgerOverviewPointConnection, {
    description: '各联系点（key 为联系点编号，label 为名称），按所选排序分页',
  })
  points!: LedgerOverviewPointConnection;
  @Field(() => [ID], {
    description: '列出的联系点中已停用的（它们承担过本年度的任务，历史数字照常列出）',
  })
  inactivePointIds!: string[];
}

@ArgsType()
export class AdoptionReviewArgs {
  @Field(() => ID, { description: '征求意见任务编号' }) @IdField('任务 ID') taskId!: string;
}

@ObjectType('AdoptionReviewPoint', { description: '报送了汇总表的一个联系点及其条目的决定进度' })
export class AdoptionReviewPointModel {
  @Field(() => ID, { description: '联系点编号' }) contactPointId!: string;
  @Field({ description: '联系点名称' }) name!: string;
  @Field(() => Int, { description: '报送的汇总条目数' }) suggestions!: number;
  @Field(() => Int, { description: '已有决定（含尚未发布的工作稿）' }) decided!: number;
  @Field(() => Int, { description: '已发布且没有未发布修改的决定' }) published!: number;
}

@ObjectType('AdoptionReview', {
  description: '采纳审议：立法机关对一项任务收到的全部汇总条目（各联系点）及决定、发布的进度',
})
export class AdoptionReviewModel {
  @Field(() => ID, { description: '征求意见任务编号' }) taskId!: string;
  @Field(() => Int, { description: '报送的汇总条目数（全部联系点）' }) suggestions!: number;
  @Field(() => Int, { description: '已有决定（含尚未发布的工作稿）' }) decided!: number;
  @Field(() => Int, { description: '已发布且没有未发布修改的决定' }) published!: number;
  @Field(() => Int, { description: '新的或修改过、尚未发布的决定（发布时一并发布）' }) unpublished!: number;
  @Field(() => Int, { description: '尚未发布的决定涉及的联系点数' }) unpublishedPoints!: number;
  @Field(() => [AdoptionReviewPointModel], { description: '报送了汇总表的联系点，按报送时间' })
  points!: AdoptionReviewPointModel[];
}
