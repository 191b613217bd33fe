import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { NodeInterface } from '@app/identity';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs, EnumField, FlagField, IdField, Paginated, TextField } from '@app/common';
import { OpinionModel } from '@app/feedback';
import {
  CONSOLIDATION_LIMITS,
  ConsolidationStatus,
  ConsolidationStepKind,
  ExportFormat,
  SourceType,
} from './consolidation.enums.js';

const L = CONSOLIDATION_LIMITS;
/** As many as a page holds at most: a client asks for the provisions it shows, a page at a time. */
const MAX_PROVISION_ADDRESSES = 100;

// ── inputs ─────────────────────────────────────────────────────────────────────────────────────────────────────────

@InputType({ description: '指定某联系点的某项任务' })
export class PointTaskRefInput {
  @Field(() => ID, { description: '任务编号' }) @IdField('任务 ID') taskId!: string;
  @Field(() => ID, { description: '联系点编号' }) @IdField('联系点 ID') contactPointId!: string;
}

@InputType({ description: '退回汇总（审核不通过）' })
export class ReturnConsolidationInput extends PointTaskRefInput {
  @Field({ description: '退回理由' }) @TextField('退回理由', L.returnReason) reason!: string;
}

@InputType({ description: '汇总条目的来源：意见、专家批注或重复意见组（组内全部意见）' })
export class SuggestionSourcesInput {
  @Field(() => [ID], { description: '意见编号列表', nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.sourcesPerCall, { message: `一次最多指定 ${L.sourcesPerCall} 条意见` })
  @IsString({ each: true })
  opinionIds?: string[];

  @Field(() => [ID], { description: '批注编号列表', nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.sourcesPerCall, { message: `一次最多指定 ${L.sourcesPerCall} 条批注` })
  @IsString({ each: true })
  annotationIds?: string[];

  @Field(() => [ID], { nullable: true, defaultValue: [], description: '重复意见组：纳入组内全部有效意见' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.sourcesPerCall, { message: `一次最多指定 ${L.sourcesPerCall} 个重复意见组` })
  @IsString({ each: true })
  duplicateGroupIds?: string[];
}

@InputType({ description: '新建汇总条目' })
export class CreateSuggestionInput extends PointTaskRefInput {
  @Field(() => String, {
    nullable: true,
    description: '条文地址；为空时取来源意见共同的条文，来源分属不同条文或为总体意见时为总体意见',
  })
  @IdField('条文地址', { optional: true })
  provisionAddress?: string;
  @Field({ nullable: true, description: '修改意见；不填则取第一条来源意见的修改意见' })
  @TextField('修改意见', L.proposedChange, { optional: true })
  proposedChange?: string;
  @Field({ description: '理由', nullable: true })
  @TextField('理由', L.reason, { clearable: true })
  reason?: string;
  @Field(() => SuggestionSourcesInput, { description: '汇入本条目的意见和批注' })
  @ValidateNested()
  @Type(() => SuggestionSourcesInput)
  sources!: SuggestionSourcesInput;
}

@InputType({ description: '修改汇总条目；须带上开始编辑时的版本号，他人已保存时返回 CONFLICT 和当前内容' })
export class UpdateSuggestionInput {
  @Field(() => ID, { description: '汇总条目编号' }) @IdField('汇总条目 ID') id!: string;
  @Field(() => Int, { description: '读取时的版本号（乐观锁：他人已修改则拒绝）' })
  @IsInt({ message: '版本号必须是整数' })
  @Min(1)
  version!: number;
  @Field(() => String, { nullable: true, description: '条文地址；空字符串改为总体意见' })
  @IdField('条文地址', { clearable: true })
  provisionAddress?: string | null;
  @Field({
    description:
      '原文取自草案条文（新建时和改选条文时），不能修改：只接受与当前原文相同的内容，其他内容返回 BAD_USER_INPUT / ORIGINAL_TEXT_READ_ONLY',
    nullable: true,
    deprecationReason: '原文取自草案条文，不能修改；改选条文（provisionAddress）即换为该条文的原文',
  })
  @TextField('原文', L.originalText, { clearable: true })
  originalText?: string;
  @Field({ description: '修改意见', nullable: true })
  @TextField('修改意见', L.proposedChange, { optional: true })
  proposedChange?: string;
  @Field({ description: '理由', nullable: true })
  @TextField('理由', L.reason, { clearable: true })
  reason?: string;
}

@InputType({ description: '汇总条目及读取时的版本号' })
export class SuggestionVersionInput {
  @Field(() => ID, { description: '汇总条目编号' }) @IdField('汇总条目 ID') id!: string;
  @Field(() => Int, { description: '读取时的版本号（乐观锁：他人已修改则拒绝）' })
  @IsInt({ message: '版本号必须是整数' })
  @Min(1)
  version!: number;
}

@InputType({ description: '为汇总条目增加或移除来源' })
export class ChangeSuggestionSourcesInput extends SuggestionVersionInput {
  @Field(() => SuggestionSourcesInput, { description: '要增加或移除的来源' })
  @ValidateNested()
  @Type(() => SuggestionSourcesInput)
  sources!: SuggestionSourcesInput;
}

@InputType({ description: '合并汇总条目：来源全部归入新条目，原条目删除' })
export class MergeSuggestionsInput {
  @Field(() => [SuggestionVersionInput], { description: '要合并的汇总条目及其版本号' })
  @IsArray()
  @ArrayMinSize(2, { message: '请至少选择两个汇总条目合并' })
  @ArrayMaxSize(L.mergeSuggestions, { message: `一次最多合并 ${L.mergeSuggestions} 个汇总条目` })
  @ValidateNested({ each: true })
  @Type(() => SuggestionVersionInput)
  suggestions!: SuggestionVersionInput[];
  @Field({ nullable: true, description: '合并后的修改意见；不填则取第一个条目的' })
  @TextField('修改意见', L.proposedChange, { optional: true })
  proposedChange?: string;
  @Field({ description: '理由', nullable: true })
  @TextField('理由', L.reason, { clearable: true })
  reason?: string;
}

@InputType({ description: '拆分后的一部分' })
export class SplitPartInput {
  @Field({ description: '修改意见' }) @TextField('修改意见', L.proposedChange) proposedChange!: string;
  @Field({ description: '理由', nullable: true })
  @TextField('理由', L.reason, { clearable: true })
  reason?: string;
  @Field(() => String, { nullable: true, description: '条文地址；不填则沿用原条目的' })
  @IdField('条文地址', { optional: true })
  provisionAddress?: string;
  @Field(() => [ID], { description: '分到这一部分的意见编号', nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10000)
  @IsString({ each: true })
  opinionIds?: string[];
  @Field(() => [ID], { description: '分到这一部分的批注编号', nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10000)
  @IsString({ each: true })
  annotationIds?: string[];
}

@InputType({
  description: '拆分汇总条目：每部分各带一部分来源（一条意见可进入多部分），原条目的来源不得遗漏',
})
export class SplitSuggestionInput extends SuggestionVersionInput {
  @Field(() => [SplitPartInput], { description: '拆分后的各部分' })
  @IsArray()
  @ArrayMinSize(2, { message: '拆分至少要分成两部分' })
  @ArrayMaxSize(L.splitParts, { message: `一次最多拆分为 ${L.splitParts} 部分` })
  @ValidateNested({ each: true })
  @Type(() => SplitPartInput)
  parts!: SplitPartInput[];
}

@InputType({ description: '点长委托副点长审核' })
export class DelegateApprovalInput {
  @Field(() => ID, { description: '联系点编号' }) @IdField('联系点 ID') contactPointId!: string;
  @Field(() => ID, { description: '副点长的账号 ID' }) @IdField('账号 ID') accountId!: string;
  @Field({ nullable: true, defaultValue: true, description: 'false 表示撤销委托' })
  @FlagField('是否委托')
  active?: boolean;
}

@InputType({ description: '导出意见建议汇总表' })
export class ExportConsolidatedFeedbackInput extends PointTaskRefInput {
  @Field(() => ExportFormat, { description: '导出格式' })
  @EnumField(ExportFormat, '导出格式')
  format!: ExportFormat;
}

@InputType({ description: '导出任务的采纳反馈' })
export class ExportTaskFeedbackInput {
  @Field(() => ID, { description: '任务编号' }) @IdField('任务 ID') taskId!: string;
  @Field(() => ExportFormat, { description: '导出格式' })
  @EnumField(ExportFormat, '导出格式')
  format!: ExportFormat;
}

@InputType({ description: '在后台导出意见建议汇总表' })
export class StartConsolidatedExportInput {
  @Field(() => ID, { description: '任务编号' }) @IdField('任务 ID') taskId!: string;
  @Field(() => ID, {
    nullable: true,
    description: '联系点编号：导出该联系点的汇总表；不填则为立法机关导出各联系点已报送的汇总（按条文排列）',
  })
  @IdField('联系点 ID', { optional: true })
  contactPointId?: string;
  @Field(() => ExportFormat, { description: '导出格式' })
  @EnumField(ExportFormat, '导出格式')
  format!: ExportFormat;
}

@ArgsType()
export class WorkbenchListArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '只看这一条文（含其下级）' })
  @IdField('条文地址', { optional: true })
  provisionAddress?: string;
  @Field(() => Boolean, {
    nullable: true,
    description: '只看总体意见（针对草案整体、不针对某一条文）；不能与 provisionAddress 同时给出',
  })
  @FlagField('只看总体意见')
  general?: boolean;
}

/**
 * The provision lines' page, or (addresses) the lines of the provisions a client already shows: their counts asked
 * again without paging back to the first page (the workbench's list extended with 更多 keeps its length).
 */
@ArgsType()
export class ProvisionsArgs extends ConnectionArgs {
  @Field(() => [String], {
    nullable: true,
    description: `只要这些条文（条文地址，最多 ${MAX_PROVISION_ADDRESSES} 个）的统计，按草案顺序；没有意见、批注和条目的条文不返回`,
  })
  @IsOptional()
  @IsArray({ message: 'addresses 必须是条文地址的列表' })
  @ArrayMaxSize(MAX_PROVISION_ADDRESSES, { message: `一次最多查 ${MAX_PROVISION_ADDRESSES} 个条文` })
  @IsString({ each: true, message: '条文地址必须是字符串' })
  @MaxLength(64, { each: true, message: '条文地址无效' })
  addresses?: string[];
}

@ArgsType()
export class SuggestionsArgs extends WorkbenchListArgs {
  @Field(() => String, {
    nullable: true,
    description: `在汇总条目的修改意见、理由、条款和序号中查找（最多 ${L.suggestionSearch} 字；多个词用空格分隔，都须出现）`,
  })
  @TextField('查找的内容', L.suggestionSearch, { optional: true })
  search?: string;
}

@ArgsType()
export class FeedbackByProvisionArgs extends ConnectionArgs {
  @Field(() => ID, { description: '任务编号' }) @IdField('任务 ID') taskId!: string;
  @Field(() => Int, {
    nullable: true,
    description: `每一条文附带的汇总条目数（items），默认 ${L.feedbackItemsPerProvision.default}，最多 ${L.feedbackItemsPerProvision.max}；其余的用 suggestions 计数和 consolidation.suggestions 查看`,
  })
  @IsOptional()
  @IsInt({ message: '每一条文附带的汇总条目数必须是整数' })
  itemsPerProvision?: number;
}

// ── outputs ────────────────────────────────────────────────────────────────────────────────────────────────────────

@ObjectType({ description: '按名称分组的计数' })
export class CountByLabel {
  @Field({
    description:
      '代码，如征集方式的枚举值或联系单位 ID；按单位时空串为执行机构和专家团队，PUBLIC 为网上征集（公众）',
  })
  key!: string;
  @Field({ description: '名称' }) label!: string;
  @Field(() => Int, { description: '意见条数' }) opinions!: number;
  @Field(() => Int, { description: '代表人数合计' }) people!: number;
}

@ObjectType('ConsolidationCounts', { description: '汇总情况统计' })
export class ConsolidationCountsModel {
  @Field(() => Int, { description: '意见总数（含撤回和不予报送）' }) opinions!: number;
  @Field(() => Int, { description: '有效意见' }) active!: number;
  @Field(() => Int, { description: '已撤回的意见条数' }) withdrawn!: number;
  @Field(() => Int, { description: '不予报送' }) outOfScope!: number;
  @Field(() => Int, { description: '有效意见代表的人数' }) people!: number;
  @Field(() => Int, { description: '尚未纳入汇总条目、也未标记不予报送的有效意见' }) unaccounted!: number;
  @Field(() => Int, {
    description: '尚未纳入汇总条目的专家批注（有效、不含回复）：生成汇总初稿时各成一个汇总条目',
  })
  unaccountedAnnotations!: number;
  @Field(() => Int, { description: '汇总条目数' }) suggestions!: number;
  @Field(() => Int, { description: '重复意见组数' }) duplicateGroups!: number;
  @Field(() => [CountByLabel], { description: '按征集方式统计' }) byChannel!: CountByLabel[];
  @Field(() => [CountByLabel], { description: '按联系单位统计' }) byUnit!: CountByLabel[];
}

@ObjectType('ConsolidationStep', { description: '审核与报送的一步：何时、谁、以何种身份；退回时的理由' })
export class ConsolidationStepModel {
  @Field(() => ConsolidationStepKind, { description: '哪一步' }) kind!: ConsolidationStepKind;
  @Field({ description: '时间' }) at!: Date;
  @Field({ description: '操作人（姓名）' }) actorName!: string;
  @Field(() => String, {
    nullable: true,
    description: '操作人的身份：审核时为点长或受委托的副点长，其他步骤为其在本联系点的角色',
  })
  capacity!: string | null;
  @Field(() => String, { nullable: true, description: '退回理由' }) reason!: string | null;
}

@ObjectType('ConsolidationPermissions', {
  description: '当前账号此刻可以对这份汇总表做什么（按钮的显示依据；接口仍会检查）',
})
export class ConsolidationPermissionsModel {
  @Field({ description: '可以提交审核' }) requestApproval!: boolean;
  @Field({ description: '可以审核通过或退回（点长或受委托的副点长）' }) approve!: boolean;
  @Field({ description: '可以报送' }) submit!: boolean;
}

@ObjectType('Consolidation', { description: '某联系点对某项任务的意见建议汇总（汇总表）' })
export class ConsolidationModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '征求意见任务编号' }) taskId!: string;
  @Field(() => ID, { description: '联系点编号' }) contactPointId!: string;
  @Field(() => ConsolidationStatus, { description: '汇总状态' }) status!: ConsolidationStatus;
  @Field(() => Date, { nullable: true, description: '重复意见最近一次分组的时间' }) groupedAt!: Date | null;
  @Field(() => Date, { description: '汇总完成时间', nullable: true }) preparedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '审核人身份（点长 / 受委托的副点长）' })
  approvedAs!: string | null;
  @Field(() => Date, { description: '点长审核通过时间', nullable: true }) approvedAt!: Date | null;
  @Field(() => Date, { description: '报送时间', nullable: true }) submittedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '退回理由' }) returnReason!: string | null;
}

@ObjectType('ProvisionTally', { description: '某一条文下的意见和批注统计' })
export class ProvisionTallyModel {
  @Field(() => ID, {
    description: '标识：汇总表编号与条文地址（总体意见为空），同一条文的统计在客户端缓存中据此合一',
  })
  id!: string;
  @Field(() => String, { nullable: true, description: '条文地址；为空表示总体意见' }) provisionAddress!:
    string | null;
  @Field({ description: '条款，如 第九条；总体意见' }) citation!: string;
  @Field(() => String, { nullable: true, description: '原文' }) text!: string | null;
  @Field(() => Int, { description: '意见条数' }) opinions!: number;
  @Field(() => Int, { description: '代表人数合计' }) people!: number;
  @Field(() => Int, { description: '专家批注条数' }) annotations!: number;
  @Field(() => Int, { description: '重复意见组数' }) duplicateGroups!: number;
  @Field(() => Int, { description: '汇总条目数' }) suggestions!: number;
  @Field(() => [CountByLabel], { description: '按征集方式统计' }) byChannel!: CountByLabel[];
  @Field(() => [CountByLabel], { description: '按联系单位统计' }) byUnit!: CountByLabel[];
}

@ObjectType('DuplicateGroup', { description: '相同或近似的意见（如集中征集的同一文本）：计数、保留，不丢弃' })
export class DuplicateGroupModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => String, { description: '条文地址，如 chp_2__art_17；为空表示总体意见', nullable: true })
  provisionAddress!: string | null;
  @Field(() => Int, { description: '组内意见条数' }) opinionCount!: number;
  @Field(() => Int, { description: '规范化（去空白、标点、全半角）后不同文本的个数' }) variantCount!: number;
  @Field(() => Int, { description: '组内代表人数合计' }) peopleCount!: number;
  representativeOpinionId!: string;
}

@ObjectType('SuggestionCounts', { description: '汇总条目的来源统计' })
export class SuggestionCountsModel {
  @Field(() => Int, { description: '来源意见条数' }) opinions!: number;
  @Field(() => Int, { description: '代表人数' }) people!: number;
  @Field(() => Int, { description: '涉及的联系单位数' }) units!: number;
  @Field(() => Int, { description: '涉及的征集方式数' }) channels!: number;
  @Field(() => Int, { description: '来源批注条数' }) annotations!: number;
}

@ObjectType('ConsolidatedSuggestion', {
  description: '汇总条目（汇总表中的一行）',
  implements: () => [NodeInterface],
})
export class ConsolidatedSuggestionModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '征求意见任务编号' }) taskId!: string;
  @Field(() => ID, { description: '联系点编号' }) contactPointId!: string;
  @Field(() => Int, { nullable: true, description: '序号（审核通过时按条文顺序编排）' }) number!:
    number | null;
  @Field(() => String, { description: '条文地址；为空表示总体意见', nullable: true }) provisionAddress!:
    string | null;
  @Field({ description: '条款；总体意见' }) citation!: string;
  @Field(() => String, { nullable: true, description: '原文' }) originalText!: string | null;
  @Field({ description: '修改意见' }) proposedChange!: string;
  @Field(() => String, { nullable: true, description: '理由' }) reason!: string | null;
  @Field(() => Int, { description: '版本号：保存时带上，防止覆盖他人的修改' }) version!: number;
  @Field({ description: '最后修改时间' }) updatedAt!: Date;
  provisionCitation!: string | null;
}

@ObjectType('SuggestionSource', { description: '汇总条目的一个来源（意见或批注）' })
export class SuggestionSourceModel {
  @Field(() => SourceType, { description: '来源类型（意见或批注）' }) type!: SourceType;
  @Field(() => ID, { description: '来源编号' }) sourceId!: string;
  @Field(() => OpinionModel, { nullable: true, description: '来源意见（立法机关看不到）' })
  opinion?: OpinionModel | null;
}

@ObjectType({ description: '导出的文件：带令牌下载的地址，或几分钟内有效、可直接在浏览器打开的签名地址' })
export class ExportedFile {
  @Field({ description: '下载地址：GET 时带上同一个 Bearer 令牌' }) url!: string;
  @Field({ description: '文件名' }) filename!: string;
}

@ObjectType('DraftSuggestionsResult', { description: '按条文自动起草汇总条目的结果' })
export class DraftSuggestionsResultModel {
  @Field(() => Int, { description: '新生成的汇总条目数' }) created!: number;
  @Field(() => Int, { description: '纳入的意见数' }) opinions!: number;
  @Field(() => Int, { description: '纳入的专家批注数' }) annotations!: number;
}

@ObjectType('GroupDuplicatesResult', { description: '重复意见分组的结果' })
export class GroupDuplicatesResultModel {
  @Field(() => Int, { description: '参与分组的意见条数' }) opinions!: number;
  @Field(() => Int, { description: '两条及以上的重复意见组' }) groups!: number;
  @Field(() => Int, { description: '归入重复意见组的意见' }) grouped!: number;
  @Field(() => Int, { description: '耗时（毫秒）' }) milliseconds!: number;
  @Field(() => Int, { description: '其中读取意见的耗时（毫秒）' }) readMilliseconds!: number;
  @Field(() => Int, { description: '其中比对分组的耗时（毫秒）' }) clusterMilliseconds!: number;
  @Field(() => Int, { description: '其中写入分组的耗时（毫秒）' }) writeMilliseconds!: number;
}

@ObjectType('PointFeedbackTally', { description: '某联系点对某一条文的意见' })
export class PointFeedbackTallyModel {
  @Field(() => ID, { description: '联系点编号' }) contactPointId!: string;
  @Field({ description: '联系点名称' }) contactPointName!: string;
  @Field(() => Int, { description: '汇总条目数' }) suggestions!: number;
  @Field(() => Int, { description: '意见条数' }) opinions!: number;
  @Field(() => Int, { description: '代表人数合计' }) people!: number;
}

@ObjectType('ProvisionFeedback', { description: '立法机关视角：各联系点对某一条文说了什么' })
export class ProvisionFeedbackModel {
  @Field(() => String, { description: '条文地址，如 chp_2__art_17；为空表示总体意见', nullable: true })
  provisionAddress!: string | null;
  @Field({ description: '引用写法' }) citation!: string;
  @Field(() => Int, { description: '汇总条目数' }) suggestions!: number;
  @Field(() => Int, { description: '意见条数' }) opinions!: number;
  @Field(() => Int, { description: '代表人数合计' }) people!: number;
  @Field(() => [PointFeedbackTallyModel], { description: '提出意见的联系点' })
  points!: PointFeedbackTallyModel[];
  @Field(() => [ConsolidatedSuggestionModel], {
    description: '各联系点的汇总条目（前 itemsPerProvision 条，按草案顺序、联系点、序号）',
  })
  items!: ConsolidatedSuggestionModel[];
  @Field({ description: 'items 之外还有汇总条目（共 suggestions 条）' }) moreItems!: boolean;
}

@ObjectType({ description: '汇总条目的分页列表' })
export class ConsolidatedSuggestionConnection extends Paginated(ConsolidatedSuggestionModel, '汇总条目') {}
@ObjectType({ description: '重复意见组的分页列表' })
export class DuplicateGroupConnection extends Paginated(DuplicateGroupModel, '重复意见组') {}
@ObjectType({ description: '条文统计的分页列表' })
export class ProvisionTallyConnection extends Paginated(ProvisionTallyModel, '条文统计') {}
@ObjectType({ description: '汇总条目的来源的分页列表' })
export class SuggestionSourceConnection extends Paginated(SuggestionSourceModel, '汇总条目的来源') {}
@ObjectType({ description: '按条文的意见的分页列表' })
export class ProvisionFeedbackConnection extends Paginated(ProvisionFeedbackModel, '按条文的意见') {}

@ObjectType('ApprovalDelegation', { description: '点长对副点长的审核委托' })
export class ApprovalDelegationModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '联系点编号' }) contactPointId!: string;
  @Field(() => ID, { description: '受委托的副点长账号编号' }) accountId!: string;
  @Field(() => ID, { description: '委托人（点长）账号编号' }) grantedById!: string;
  @Field({ description: '委托时间' }) grantedAt!: Date;
  @Field(() => Date, { nullable: true, description: '撤销时间；为空表示委托仍然有效' })
  revokedAt!: Date | null;
}

@ObjectType({ description: '委托或撤销审核的结果' })
export class DelegateApprovalPayload {
  @Field({ description: '此后该副点长是否受委托审核' }) active!: boolean;
  @Field(() => ApprovalDelegationModel, {
    nullable: true,
    description: '这次授予、保持或撤销的委托；撤销一个本不存在的委托时为空',
  })
  delegation!: ApprovalDelegationModel | null;
}

@ObjectType({ description: '删除汇总条目的结果' })
export class DeleteSuggestionPayload {
  @Field(() => ID, { description: '被删除的汇总条目编号（客户端据此把它从缓存中移除）' })
  deletedSuggestionId!: string;
  @Field(() => ConsolidationModel, { description: '所属汇总，删除后的状态（条目列表和计数已随之变化）' })
  consolidation!: ConsolidationModel;
}
