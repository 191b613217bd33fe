import type { OpinionEntity } from './feedback.entities.js';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NodeInterface } from '@app/identity';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  ConnectionArgs,
  DateField,
  DateScalar,
  EnumField,
  FlagField,
  IdField,
  Paginated,
  SafeText,
  TextField,
  LineField,
} from '@app/common';
import {
  ContributorCategory,
  ContributorErasureReason,
  OPINION_LIMITS,
  OpinionChannel,
  OpinionStatus,
} from './feedback.enums.js';

export enum ConsentMethod {
  WRITTEN = 'WRITTEN',
  ORAL = 'ORAL',
  ONLINE = 'ONLINE',
}
registerEnumType(ConsentMethod, {
  name: 'ConsentMethod',
  description: '同意的方式',
  valuesMap: {
    WRITTEN: { description: '书面' },
    ORAL: { description: '口头（由采集员记录）' },
    ONLINE: { description: '网上勾选' },
  },
});

@ObjectType('Opinion', { description: '意见建议（不含提出人的个人信息）', implements: () => [NodeInterface] })
export class OpinionModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field({ description: '回执编号（14 位数字，最后一位是校验位）' }) receiptNumber!: string;
  @Field(() => ID, { description: '征求意见任务编号' }) taskId!: string;
  @Field(() => ID, { description: '联系点编号' }) contactPointId!: string;
  @Field(() => String, { nullable: true, description: '条文地址；为空表示总体意见' }) provisionAddress!:
    string | null;
  @Field(() => String, { nullable: true, description: '条款，如 第十三条第一款第（一）项' })
  provisionCitation!: string | null;
  @Field(() => String, { nullable: true, description: '原文' }) originalText!: string | null;
  @Field({ description: '修改意见' }) proposedChange!: string;
  @Field(() => String, { nullable: true, description: '理由' }) reason!: string | null;
  @Field(() => OpinionChannel, { description: '征集方式' }) channel!: OpinionChannel;
  @Field(() => ID, { description: '征集活动编号', nullable: true }) activityId!: string | null;
  @Field(() => Int, { description: '代表人数' }) peopleRepresented!: number;
  @Field(() => [String], { description: '标签' }) tags!: string[];
  @Field(() => DateScalar, { description: '征集日期', nullable: true }) gatheredOn!: string | null;
  @Field(() => String, { description: '地点', nullable: true }) place!: string | null;
  @Field(() => ContributorCategory, { description: '提出人类别', nullable: true })
  contributorCategory!: ContributorCategory | null;
  @Field(() => String, { nullable: true, description: '提出人单位' }) contributorUnit!: string | null;
  @Field(() => OpinionStatus, { description: '意见状态' }) status!: OpinionStatus;
  @Field(() => String, { nullable: true, description: '不予报送等状态的理由' }) statusReason!: string | null;
  @Field(() => ID, { description: '征集的联系单位编号', nullable: true }) liaisonUnitId!: string | null;
  @Field(() => Int, { description: '修改次数' }) revision!: number;
  @Field({ description: '创建时间' }) createdAt!: Date;
  @Field({ description: '最后修改时间' }) updatedAt!: Date;
}

@ObjectType({ description: '意见建议的分页列表' })
export class OpinionConnection extends Paginated(OpinionModel, '意见建议') {}

/** Tags are stored as JSON; everything else of an opinion entity is shown as it is (personal data lives elsewhere). */
export const toOpinionModel = (opinion: OpinionEntity): OpinionModel => ({
  ...opinion,
  tags: JSON.parse(opinion.tags) as string[],
});

@ObjectType('OpinionRevision', { description: '意见的历史版本' })
export class OpinionRevisionModel {
  /** What a reader of the opinion may see of a snapshot: the opinion's own public fields, nothing internal. */
  static readonly SNAPSHOT_FIELDS = [
    'receiptNumber',
    'provisionAddress',
    'provisionCitation',
    'originalText',
    'proposedChange',
    'reason',
    'channel',
    'activityId',
    'peopleRepresented',
    'tags',
    'gatheredOn',
    'place',
    'contributorCategory',
    'contributorUnit',
    'status',
    'statusReason',
    'liaisonUnitId',
    'revision',
    'createdAt',
    'updatedAt',
  ] as const;

  /** The stored snapshot (the whole row, author and idempotency key included) cut down to SNAPSHOT_FIELDS. */
  static publicSnapshot(stored: string): string {
    const row = JSON.parse(stored) as Record<string, unknown>;
    return JSON.stringify(
      Object.fromEntries(
        OpinionRevisionModel.SNAPSHOT_FIELDS.filter((k) => k in row).map((k) => [k, row[k]]),
      ),
    );
  }

  @Field(() => Int, { description: '修改次数（版本号）' }) revision!: number;
  @Field({ description: '修改还是撤回' }) action!: string;
  @Field({ description: '修改前的内容（JSON）' }) snapshot!: string;
  @Field({ description: '修改时间' }) changedAt!: Date;
}

@ObjectType('ContributorDetails', {
  description: '提出人的个人信息（仅记录的采集员和本联系点执行机构可见，每次查看都记入审计）',
})
export class ContributorDetailsModel {
  @Field(() => String, { description: '提出人姓名', nullable: true }) name!: string | null;
  @Field(() => String, { description: '提出人电话', nullable: true }) phone!: string | null;
  @Field(() => String, { description: '提出人地址', nullable: true }) address!: string | null;
  @Field(() => String, { description: '备注', nullable: true }) note!: string | null;
  @Field({ description: '告知并取得同意时使用的文字' }) consentText!: string;
  @Field(() => ConsentMethod, { description: '同意方式' }) consentMethod!: ConsentMethod;
  @Field({ description: '同意时间' }) consentAt!: Date;
  @Field({ description: '是否未满十四周岁' }) minor!: boolean;
  @Field({ description: '未满十四周岁时是否取得监护人同意' }) guardianConsent!: boolean;
  @Field({ description: '是否愿意收到采纳情况反馈' }) notifyOutcome!: boolean;
  @Field({ description: '个人信息是否已删除（删除后姓名、电话、地址、备注均为空，同意记录保留）' })
  erased!: boolean;
  @Field(() => Date, { description: '个人信息删除时间', nullable: true }) erasedAt!: Date | null;
  @Field(() => ContributorErasureReason, { description: '个人信息删除原因', nullable: true })
  erasureReason!: ContributorErasureReason | null;
}

@InputType({ description: '删除提出人个人信息（提出人要求删除时；不可恢复）' })
export class EraseContributorInput {
  @Field(() => ID, { description: '意见编号' }) @IdField('意见 ID') opinionId!: string;
}

@ObjectType('SubmitOpinionPayload', { description: '提交结果：意见和回执' })
export class SubmitOpinionPayload {
  @Field({ description: '回执编号，可电话告知提出人' }) receiptNumber!: string;
  @Field(() => OpinionModel, { description: '已保存的意见' }) opinion!: OpinionModel;
  @Field({ description: '同一幂等键的重复提交：未新写入，返回原回执' }) replayed!: boolean;
}

@InputType({ description: '提出人的个人信息：均为选填，与意见分开加密保存，不随意见报送' })
export class ContributorInput {
  @Field({ description: '提出人姓名', nullable: true })
  @LineField('提出人姓名', 50, { clearable: true })
  name?: string;
  @Field({ description: '提出人电话', nullable: true })
  @TextField('提出人电话', 32, { clearable: true })
  @Matches(/^[\d\s+()-]{5,32}$/, { message: '提出人电话格式不正确' })
  phone?: string;
  @Field({ description: '提出人地址', nullable: true })
  @TextField('提出人地址', 200, { clearable: true })
  address?: string;
  @Field({ description: '备注', nullable: true }) @TextField('备注', 500, { clearable: true }) note?: string;
  @Field({ description: '告知提出人并经其同意的内容（个人信息保护法第十七条）' })
  @TextField('告知同意内容', 500)
  consentText!: string;
  @Field(() => ConsentMethod, { description: '同意方式' })
  @EnumField(ConsentMethod, '同意方式')
  consentMethod!: ConsentMethod;
  @Field({ description: '不满十四周岁' }) @IsBoolean() minor!: boolean;
  @Field({ nullable: true, defaultValue: false, description: '监护人已同意（不满十四周岁时必须）' })
  @IsOptional()
  @IsBoolean()
  guardianConsent?: boolean;
  @Field({ nullable: true, defaultValue: false, description: '同意接收采纳结果反馈' })
  @IsOptional()
  @IsBoolean()
  notifyOutcome?: boolean;
}

@InputType({ description: '提交一条意见建议' })
export class SubmitOpinionInput {
  @Field(() => ID, { description: '任务编号' }) @IdField('任务 ID') taskId!: string;
  @Field(() => String, { nullable: true, description: '条文地址（如 art_13__para_1）；不填为总体意见' })
  @IdField('条文地址', { optional: true })
  provisionAddress?: string;
  @Field({ description: '修改意见' })
  @TextField('修改意见', OPINION_LIMITS.proposedChange)
  proposedChange!: string;
  @Field({ description: '理由', nullable: true })
  @TextField('理由', OPINION_LIMITS.reason, { clearable: true })
  reason?: string;
  @Field(() => OpinionChannel, { description: '征集方式' })
  @EnumField(OpinionChannel, '征集方式')
  channel!: OpinionChannel;
  @Field(() => ID, { description: '征集活动编号', nullable: true })
  @IdField('征集活动 ID', { optional: true })
  activityId?: string;
  @Field(() => Int, { nullable: true, defaultValue: 1, description: '这条意见代表的人数' })
  @IsOptional()
  @IsInt({ message: '代表人数必须是整数' })
  @Min(1, { message: '代表人数至少为 1' })
  @Max(OPINION_LIMITS.peopleRepresented, { message: `代表人数不能超过 ${OPINION_LIMITS.peopleRepresented}` })
  peopleRepresented?: number;
  @Field(() => [String], { description: '标签', nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(OPINION_LIMITS.tags, { message: `标签最多 ${OPINION_LIMITS.tags} 个` })
  @IsString({ each: true })
  @MaxLength(OPINION_LIMITS.tagLength, {
    each: true,
    message: `每个标签不能超过 ${OPINION_LIMITS.tagLength} 个字符`,
  })
  @SafeText('标签', { each: true })
  tags?: string[];
  @Field(() => DateScalar, { nullable: true, description: '征集日期' })
  @DateField('征集日期', { optional: true })
  gatheredOn?: string;
  @Field({ description: '地点', nullable: true })
  @LineField('地点', OPINION_LIMITS.place, { clearable: true })
  place?: string;
  @Field(() => ContributorCategory, { description: '提出人类别', nullable: true })
  @EnumField(ContributorCategory, '提出人类别', { optional: true })
  contributorCategory?: ContributorCategory;
  @Field({ description: '提出人单位', nullable: true })
  @LineField('提出人单位', OPINION_LIMITS.unit, { clearable: true })
  contributorUnit?: string;
  @Field(() => ContributorInput, { description: '提出人的个人信息（可不填；单独加密保存）', nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContributorInput)
  contributor?: ContributorInput;
  @Field({ nullable: true, description: '幂等键：网络重试时带同一个键，不会重复写入' })
  @TextField('幂等键', 100, { optional: true })
  idempotencyKey?: string;
}

@InputType({ description: '离线批量提交意见（逐条作答）' })
export class SubmitOpinionsInput {
  @Field(() => [SubmitOpinionInput], {
    description: `离线积累的多条意见，最多 ${OPINION_LIMITS.batchSize} 条`,
  })
  @IsArray()
  @ArrayMinSize(1, { message: '至少提交一条意见' })
  @ArrayMaxSize(OPINION_LIMITS.batchSize, { message: `一次最多提交 ${OPINION_LIMITS.batchSize} 条意见` })
  // Items are transformed here but validated one by one in the service: a phone syncing its queue gets one answer
  // per item, so one empty proposal must not refuse the other 199 (the size limit above still refuses the batch).
  @Type(() => SubmitOpinionInput)
  items!: SubmitOpinionInput[];
}

@ObjectType('BatchItemFieldError', { description: '批量提交中一条的字段错误' })
export class BatchItemFieldErrorModel {
  @Field({ description: '字段的完整路径，如 input.items.2.proposedChange' }) field!: string;
  @Field({ description: '可直接显示的中文说明' }) message!: string;
}

@ObjectType('BatchItemError', { description: '批量提交中某一条的错误' })
export class BatchItemErrorModel {
  @Field({ description: '错误类别，与单条提交的 extensions.code 相同' }) code!: string;
  @Field(() => String, { nullable: true, description: '稳定的原因代码，如 VALIDATION_FAILED' }) reason!:
    string | null;
  @Field({ description: '说明问题的中文提示' }) message!: string;
  @Field(() => [BatchItemFieldErrorModel], { description: '输入有误的字段（与全局错误的 fields 相同）' })
  fields!: BatchItemFieldErrorModel[];
}

@ObjectType('BatchItemResult', { description: '批量提交中一条的结果' })
export class BatchItemResultModel {
  @Field(() => Int, { description: '在提交列表中的序号（从 0 开始）' }) index!: number;
  @Field({ description: '是否已保存' }) ok!: boolean;
  @Field(() => String, { description: '回执编号', nullable: true }) receiptNumber!: string | null;
  @Field(() => ID, { description: '已保存的意见编号', nullable: true }) opinionId!: string | null;
  @Field({ description: '重复提交，返回原回执' }) replayed!: boolean;
  @Field(() => BatchItemErrorModel, { description: '失败时的错误', nullable: true })
  error!: BatchItemErrorModel | null;
}

@InputType({ description: '修改自己提交的意见（汇总开始前）' })
export class UpdateOpinionInput {
  @Field(() => ID, { description: '意见编号' }) @IdField('意见 ID') id!: string;
  @Field({ description: '修改意见', nullable: true })
  @TextField('修改意见', OPINION_LIMITS.proposedChange, { optional: true })
  proposedChange?: string;
  @Field({ description: '理由', nullable: true })
  @TextField('理由', OPINION_LIMITS.reason, { clearable: true })
  reason?: string;
  @Field(() => [String], { description: '标签', nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(OPINION_LIMITS.tags)
  @IsString({ each: true })
  @MaxLength(OPINION_LIMITS.tagLength, { each: true })
  @SafeText('标签', { each: true })
  tags?: string[];
  @Field(() => Int, { description: '代表人数', nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(OPINION_LIMITS.peopleRepresented)
  peopleRepresented?: number;
}

@InputType({ description: '改变意见状态（如不予报送）' })
export class OpinionStatusInput {
  @Field(() => ID, { description: '意见编号' }) @IdField('意见 ID') id!: string;
  @Field({ description: '理由' }) @TextField('理由', 500) reason!: string;
}

@ArgsType()
export class OpinionsArgs extends ConnectionArgs {
  @Field(() => ID, { description: '任务编号' }) @IdField('任务 ID') taskId!: string;
  @Field(() => String, { nullable: true, description: '条文地址（含其下级）' })
  @IdField('条文地址', { optional: true })
  provisionAddress?: string;
  @Field(() => Boolean, {
    nullable: true,
    description: '只看总体意见（针对草案整体、不针对某一条文的意见）；不能与条文地址同时给出',
  })
  @FlagField('只看总体意见')
  general?: boolean;
  @Field(() => ID, { description: '联系单位编号', nullable: true })
  @IdField('联系单位 ID', { optional: true })
  liaisonUnitId?: string;
  @Field(() => OpinionChannel, { description: '征集方式', nullable: true })
  @EnumField(OpinionChannel, '征集方式', { optional: true })
  channel?: OpinionChannel;
  @Field(() => OpinionStatus, { description: '状态', nullable: true })
  @EnumField(OpinionStatus, '状态', { optional: true })
  status?: OpinionStatus;
  @Field(() => DateScalar, { nullable: true, description: '起始日期（含，按北京时间）' })
  @DateField('起始日期', { optional: true })
  from?: string;
  @Field(() => DateScalar, { nullable: true, description: '截止日期（含，按北京时间）' })
  @DateField('截止日期', { optional: true })
  to?: string;
  @Field(() => String, {
    nullable: true,
    description: '回执号（14 位，可带空格或短横线，须通过校验位）：只看这一条，仍限于调用者可看的意见',
  })
  @TextField('回执号', 40, { optional: true })
  receiptNumber?: string;
}

@ArgsType()
export class OpinionByReceiptArgs {
  @Field({ description: '回执号（14 位，可带空格或短横线，须通过校验位）' })
  @TextField('回执号', 40)
  receiptNumber!: string;
}

@ArgsType()
export class SearchOpinionsArgs extends OpinionsArgs {
  @Field({ description: '关键词，多个词用空格分隔（都须出现）' }) @TextField('关键词', 100) query!: string;
}
