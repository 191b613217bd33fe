import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
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

// ── inputs ─────────────────────────────────────────────────────────────────────────────────────────────────────────

@InputType({ description: '指定某联系点的某项任务' })
export class PointTaskRefInput {
  @Field(() => ID) @IdField('任务 ID') taskId!: string;
  @Field(() => ID) @IdField('联系点 ID') contactPointId!: string;
}

@InputType()
export class ReturnConsolidationInput extends PointTaskRefInput {
  @Field({ description: '退回理由' }) @TextField('退回理由', L.returnReason) reason!: string;
}

@InputType({ description: '汇总条目的来源：意见、专家批注或重复意见组（组内全部意见）' })
export class SuggestionSourcesInput {
  @Field(() => [ID], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.sourcesPerCall, { message: `一次最多指定 ${L.sourcesPerCall} 条意见` })
  @IsString({ each: true })
  opinionIds?: string[];

  @Field(() => [ID], { nullable: true, defaultValue: [] })
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

@InputType()
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
  @Field({ nullable: true }) @TextField('理由', L.reason, { clearable: true }) reason?: string;
  @Field(() => SuggestionSourcesInput)
  @ValidateNested()
  @Type(() => SuggestionSourcesInput)
  sources!: SuggestionSourcesInput;
}

@InputType({ description: '修改汇总条目；须带上开始编辑时的版本号，他人已保存时返回 CONFLICT 和当前内容' })
export class UpdateSuggestionInput {
  @Field(() => ID) @IdField('汇总条目 ID') id!: string;
  @Field(() => Int) @IsInt({ message: '版本号必须是整数' }) @Min(1) version!: number;
  @Field(() => String, { nullable: true, description: '条文地址；空字符串改为总体意见' })
  @IdField('条文地址', { clearable: true })
  provisionAddress?: string | null;
  @Field({ nullable: true }) @TextField('原文', L.originalText, { clearable: true }) originalText?: string;
  @Field({ nullable: true })
  @TextField('修改意见', L.proposedChange, { optional: true })
  proposedChange?: string;
  @Field({ nullable: true }) @TextField('理由', L.reason, { clearable: true }) reason?: string;
}

@InputType()
export class SuggestionVersionInput {
  @Field(() => ID) @IdField('汇总条目 ID') id!: string;
  @Field(() => Int) @IsInt({ message: '版本号必须是整数' }) @Min(1) version!: number;
}

@InputType()
export class ChangeSuggestionSourcesInput extends SuggestionVersionInput {
  @Field(() => SuggestionSourcesInput)
  @ValidateNested()
  @Type(() => SuggestionSourcesInput)
  sources!: SuggestionSourcesInput;
}

@InputType({ description: '合并汇总条目：来源全部归入新条目，原条目删除' })
export class MergeSuggestionsInput {
  @Field(() => [SuggestionVersionInput])
  @IsArray()
  @ArrayMinSize(2, { message: '请至少选择两个汇总条目合并' })
  @ArrayMaxSize(L.mergeSuggestions, { message: `一次最多合并 ${L.mergeSuggestions} 个汇总条目` })
  @ValidateNested({ each: true })
  @Type(() => SuggestionVersionInput)
  suggestions!: SuggestionVersionInput[];
  @Field({ nullable: true, description: '合并后的修改意见；不填则取第一个条目的' })
  @TextField('修改意见', L.proposedChange, { optional: true })
  proposedChange?: string;
  @Field({ nullable: true }) @TextField('理由', L.reason, { clearable: true }) reason?: string;
}

@InputType()
export class SplitPartInput {
  @Field() @TextField('修改意见', L.proposedChange) proposedChange!: string;
  @Field({ nullable: true }) @TextField('理由', L.reason, { clearable: true }) reason?: string;
  @Field(() => String, { nullable: true, description: '条文地址；不填则沿用原条目的' })
  @IdField('条文地址', { optional: true })
  provisionAddress?: string;
  @Field(() => [ID], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10000)
  @IsString({ each: true })
  opinionIds?: string[];
  @Field(() => [ID], { nullable: true, defaultValue: [] })
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
  @Field(() => [SplitPartInput])
  @IsArray()
  @ArrayMinSize(2, { message: '拆分至少要分成两部分' })
  @ArrayMaxSize(L.splitParts, { message: `一次最多拆分为 ${L.splitParts} 部分` })
  @ValidateNested({ each: true })
  @Type(() => SplitPartInput)
  parts!: SplitPartInput[];
}

@InputType()
export class DelegateApprovalInput {
  @Field(() => ID) @IdField('联系点 ID') contactPointId!: string;
  @Field(() => ID, { description: '副点长的账号 ID' }) @IdField('账号 ID') accountId!: string;
  @Field({ nullable: true, defaultValue: true, description: 'false 表示撤销委托' })
  @FlagField('是否委托')
  active?: boolean;
}

@InputType()
export class ExportConsolidatedFeedbackInput extends PointTaskRefInput {
  @Field(() => ExportFormat) @EnumField(ExportFormat, '导出格式') format!: ExportFormat;
}

@InputType()
export class ExportTaskFeedbackInput {
  @Field(() => ID) @IdField('任务 ID') taskId!: string;
  @Field(() => ExportFormat) @EnumField(ExportFormat, '导出格式') format!: ExportFormat;
}

@ArgsType()
export class WorkbenchListArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '只看这一条文（含其下级）' })
  @IdField('条文地址', { optional: true })
  provisionAddress?: string;
}

@ArgsType()
export class FeedbackByProvisionArgs extends ConnectionArgs {
  @Field(() => ID) @IdField('任务 ID') taskId!: string;
}

// ── outputs ────────────────────────────────────────────────────────────────────────────────────────────────────────

@ObjectType()
export class CountByLabel {
  @Field({ description: '代码，如征集方式的枚举值或联系单位 ID' }) key!: string;
  @Field({ description: '名称' }) label!: string;
  @Field(() => Int) opinions!: number;
  @Field(() => Int) people!: number;
}

@ObjectType('ConsolidationCounts')
export class ConsolidationCountsModel {
  @Field(() => Int, { description: '意见总数（含撤回和不予报送）' }) opinions!: number;
  @Field(() => Int, { description: '有效意见' }) active!: number;
  @Field(() => Int) withdrawn!: number;
  @Field(() => Int, { description: '不予报送' }) outOfScope!: number;
  @Field(() => Int, { description: '有效意见代表的人数' }) people!: number;
  @Field(() => Int, { description: '尚未纳入汇总条目、也未标记不予报送的有效意见' }) unaccounted!: number;
  @Field(() => Int) suggestions!: number;
  @Field(() => Int) duplicateGroups!: number;
  @Field(() => [CountByLabel]) byChannel!: CountByLabel[];
  @Field(() => [CountByLabel]) byUnit!: CountByLabel[];
}

@ObjectType('ConsolidationStep', { description: '审核与报送的一步：何时、谁、以何种身份；退回时的理由' })
export class ConsolidationStepModel {
  @Field(() => ConsolidationStepKind) kind!: ConsolidationStepKind;
  @Field() at!: Date;
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
  @Field(() => ID) id!: string;
  @Field(() => ID) taskId!: string;
  @Field(() => ID) contactPointId!: string;
  @Field(() => ConsolidationStatus) status!: ConsolidationStatus;
  @Field(() => Date, { nullable: true, description: '重复意见最近一次分组的时间' }) groupedAt!: Date | null;
  @Field(() => Date, { nullable: true }) preparedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '审核人身份（点长 / 受委托的副点长）' })
  approvedAs!: string | null;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '退回理由' }) returnReason!: string | null;
}

@ObjectType('ProvisionTally', { description: '某一条文下的意见和批注统计' })
export class ProvisionTallyModel {
  @Field(() => String, { nullable: true, description: '条文地址；为空表示总体意见' }) provisionAddress!:
    string | null;
  @Field({ description: '条款，如 第九条；总体意见' }) citation!: string;
  @Field(() => String, { nullable: true, description: '原文' }) text!: string | null;
  @Field(() => Int) opinions!: number;
  @Field(() => Int) people!: number;
  @Field(() => Int) annotations!: number;
  @Field(() => Int) duplicateGroups!: number;
  @Field(() => Int) suggestions!: number;
  @Field(() => [CountByLabel]) byChannel!: CountByLabel[];
  @Field(() => [CountByLabel]) byUnit!: CountByLabel[];
}

@ObjectType('DuplicateGroup', { description: '相同或近似的意见（如集中征集的同一文本）：计数、保留，不丢弃' })
export class DuplicateGroupModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) provisionAddress!: string | null;
  @Field(() => Int) opinionCount!: number;
  @Field(() => Int, { description: '规范化（去空白、标点、全半角）后不同文本的个数' }) variantCount!: number;
  @Field(() => Int) peopleCount!: number;
  representativeOpinionId!: string;
}

@ObjectType('SuggestionCounts')
export class SuggestionCountsModel {
  @Field(() => Int) opinions!: number;
  @Field(() => Int, { description: '代表人数' }) people!: number;
  @Field(() => Int, { description: '涉及的联系单位数' }) units!: number;
  @Field(() => Int, { description: '涉及的征集方式数' }) channels!: number;
  @Field(() => Int) annotations!: number;
}

@ObjectType('ConsolidatedSuggestion', { description: '汇总条目（汇总表中的一行）' })
export class ConsolidatedSuggestionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) taskId!: string;
  @Field(() => ID) contactPointId!: string;
  @Field(() => Int, { nullable: true, description: '序号（审核通过时按条文顺序编排）' }) number!:
    number | null;
  @Field(() => String, { nullable: true }) provisionAddress!: string | null;
  @Field({ description: '条款；总体意见' }) citation!: string;
  @Field(() => String, { nullable: true, description: '原文' }) originalText!: string | null;
  @Field({ description: '修改意见' }) proposedChange!: string;
  @Field(() => String, { nullable: true, description: '理由' }) reason!: string | null;
  @Field(() => Int, { description: '版本号：保存时带上，防止覆盖他人的修改' }) version!: number;
  @Field() updatedAt!: Date;
  provisionCitation!: string | null;
}

@ObjectType('SuggestionSource')
export class SuggestionSourceModel {
  @Field(() => SourceType) type!: SourceType;
  @Field(() => ID) sourceId!: string;
  @Field(() => OpinionModel, { nullable: true, description: '来源意见（立法机关看不到）' })
  opinion?: OpinionModel | null;
}

@ObjectType({ description: '导出的文件：带令牌下载的地址，或几分钟内有效、可直接在浏览器打开的签名地址' })
export class ExportedFile {
  @Field({ description: '下载地址：GET 时带上同一个 Bearer 令牌' }) url!: string;
  @Field({ description: '文件名' }) filename!: string;
}

@ObjectType('DraftSuggestionsResult')
export class DraftSuggestionsResultModel {
  @Field(() => Int, { description: '新生成的汇总条目数' }) created!: number;
  @Field(() => Int, { description: '纳入的意见数' }) opinions!: number;
  @Field(() => Int, { description: '纳入的专家批注数' }) annotations!: number;
}

@ObjectType('GroupDuplicatesResult')
export class GroupDuplicatesResultModel {
  @Field(() => Int) opinions!: number;
  @Field(() => Int, { description: '两条及以上的重复意见组' }) groups!: number;
  @Field(() => Int, { description: '归入重复意见组的意见' }) grouped!: number;
  @Field(() => Int, { description: '耗时（毫秒）' }) milliseconds!: number;
  @Field(() => Int, { description: '其中读取意见的耗时（毫秒）' }) readMilliseconds!: number;
  @Field(() => Int, { description: '其中比对分组的耗时（毫秒）' }) clusterMilliseconds!: number;
  @Field(() => Int, { description: '其中写入分组的耗时（毫秒）' }) writeMilliseconds!: number;
}

@ObjectType('PointFeedbackTally', { description: '某联系点对某一条文的意见' })
export class PointFeedbackTallyModel {
  @Field(() => ID) contactPointId!: string;
  @Field() contactPointName!: string;
  @Field(() => Int) suggestions!: number;
  @Field(() => Int) opinions!: number;
  @Field(() => Int) people!: number;
}

@ObjectType('ProvisionFeedback', { description: '立法机关视角：各联系点对某一条文说了什么' })
export class ProvisionFeedbackModel {
  @Field(() => String, { nullable: true }) provisionAddress!: string | null;
  @Field() citation!: string;
  @Field(() => Int) suggestions!: number;
  @Field(() => Int) opinions!: number;
  @Field(() => Int) people!: number;
  @Field(() => [PointFeedbackTallyModel]) points!: PointFeedbackTallyModel[];
  @Field(() => [ConsolidatedSuggestionModel]) items!: ConsolidatedSuggestionModel[];
}

@ObjectType()
export class ConsolidatedSuggestionConnection extends Paginated(ConsolidatedSuggestionModel) {}
@ObjectType()
export class DuplicateGroupConnection extends Paginated(DuplicateGroupModel) {}
@ObjectType()
export class ProvisionTallyConnection extends Paginated(ProvisionTallyModel) {}
@ObjectType()
export class SuggestionSourceConnection extends Paginated(SuggestionSourceModel) {}
@ObjectType()
export class ProvisionFeedbackConnection extends Paginated(ProvisionFeedbackModel) {}
