import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsOptional, Matches } from 'class-validator';
import { Type } from 'class-transformer';
import { FlagField, IdField, LineField, Paginated, PhoneField, TextField } from '@app/common';
import { DraftStage } from '@app/drafts';
import { OPINION_LIMITS } from './feedback.enums.js';
import { ONLINE_FLOW_LIMITS } from './online-flow.js';
import { ONLINE_PAGE_LIMITS } from './online-page.js';

/** A public token: 32 URL-safe characters (24 random bytes, 192 bits). */
export const PUBLIC_TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

/** The client's idempotency key of a public submission: what a browser's crypto.randomUUID() gives, or similar. */
export const PUBLIC_IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * What the person agrees to when they leave a name or phone (个人信息保护法 art. 17), shown on the page above the box
 * they tick and stored with the contributor record as the consent given.
 */
export const ONLINE_CONSENT_TEXT =
  '我同意联系点为核实意见和告知采纳情况使用我填写的姓名和电话。这些信息加密保存，只有本联系点执行机构可以查看，不随意见报送立法机关，不公开。';

@InputType({ description: '开放网上征集：生成公开链接和二维码，公众无需登录即可扫码提交意见' })
export class OpenOnlineCollectionInput {
  @Field(() => ID, { description: '任务编号' }) @IdField('任务 ID') taskId!: string;
  @Field({ nullable: true, description: '活动名称，不填为“网上征集意见”' })
  @LineField('活动名称', 200, { optional: true })
  title?: string;
  @Field({
    nullable: true,
    description: '截止时间：不晚于本联系点的征集截止时间，不填即为该截止时间',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: '截止时间必须是有效时间' })
  closesAt?: Date;
}

@InputType({ description: '提前结束网上征集' })
export class CloseOnlineCollectionInput {
  @Field(() => ID, { description: '征集活动编号' }) @IdField('征集活动 ID') activityId!: string;
}

@ObjectType('PublicProvision', { description: '公开阅读的条文（只读）' })
export class PublicProvisionModel {
  @Field({ description: '条文地址' }) address!: string;
  @Field({ description: '层级：part、chapter、section、article、paragraph、item、subitem 等' }) kind!: string;
  @Field({ description: '编号，如 第十三条、（一）；款为空' }) label!: string;
  @Field(() => String, { nullable: true, description: '标题，如 总则、立法目的' }) heading!: string | null;
  @Field({ description: '本层文字（不含下级）' }) text!: string;
  @Field({ description: '引用方式，如 第十三条第一款' }) citation!: string;
  @Field(() => Int, { description: '层级深度，0 为最上层' }) depth!: number;
}

@ObjectType('PublicProvisionConnection', {
  description: `公开阅读的条文，按全文顺序分页：每页最多 ${ONLINE_PAGE_LIMITS.pageProvisions} 条、正文约 ${ONLINE_PAGE_LIMITS.pageCharacters} 字（超过时本页提前结束，以 pageInfo 取下一页）`,
})
export class PublicProvisionConnection extends Paginated(PublicProvisionModel, '条文') {}

@ObjectType('PublicArticle', { description: '草案中的一条（供“针对条款”选择）' })
export class PublicArticleModel {
  @Field({ description: '条文地址' }) address!: string;
  @Field({ description: '引用方式，如 第十三条' }) citation!: string;
  @Field(() => String, { nullable: true, description: '条标题，如 立法目的' }) heading!: string | null;
}

@ObjectType('OnlineCollection', {
  description: '公开的网上征集页面：草案名称、稿次、截止时间、重点问题和条文；不含内部说明和任何已提交的意见',
})
export class OnlineCollectionModel {
  @Field({ description: '活动名称' }) title!: string;
  @Field({ description: '联系点名称' }) contactPointName!: string;
  @Field({ description: '草案名称' }) draftTitle!: string;
  @Field(() => DraftStage, { description: '稿次' }) stage!: DraftStage;
  @Field({ description: '草案版本的名称（立法机关所定，如 2026年11月修改稿），与阅读草案页所示相同' })
  versionLabel!: string;
  @Field({ description: '截止时间' }) closesAt!: Date;
  @Field(() => [String], { description: '重点问题提纲' }) focusQuestions!: string[];
  /** The version whose provisions the page shows (its provisions and articles fields); not a field itself. */
  draftVersionId!: string;
  @Field({ description: '留下姓名或电话时须同意的告知内容' }) consentText!: string;
  @Field(() => Int, { description: '修改意见、理由的最大字数' }) maxTextLength!: number;
}

@InputType({ description: '公众通过网上征集提交一条意见（无需登录）' })
export class SubmitOnlineOpinionInput {
  @Field({ description: '链接或二维码中的征集令牌' })
  @IdField('征集令牌')
  @Matches(PUBLIC_TOKEN_PATTERN, { message: '征集链接不完整，请重新扫码或核对链接' })
  token!: string;
  @Field(() => String, { nullable: true, description: '条文地址；不填为总体意见' })
  @IdField('条文地址', { optional: true })
  provisionAddress?: string;
  @Field({ description: '修改意见' })
  @TextField('修改意见', OPINION_LIMITS.proposedChange)
  proposedChange!: string;
  @Field({ nullable: true, description: '理由' })
  @TextField('理由', OPINION_LIMITS.reason, { clearable: true })
  reason?: string;
  @Field({ nullable: true, description: '姓名（选填）' })
  @LineField('姓名', 50, { clearable: true })
  name?: string;
  @Field({ nullable: true, description: '电话（选填）' })
  @PhoneField('电话')
  phone?: string;
  @Field({ nullable: true, description: '同意告知内容（留下姓名或电话时必须）' })
  @FlagField('同意')
  consent?: boolean;
  @Field({ nullable: true, description: '不满十四周岁（留下姓名或电话时须监护人同意）' })
  @FlagField('不满十四周岁')
  minor?: boolean;
  @Field({ nullable: true, description: '监护人已同意' })
  @FlagField('监护人已同意')
  guardianConsent?: boolean;
  @Field({ nullable: true, description: '希望得知采纳情况（需留电话）' })
  @FlagField('希望得知采纳情况')
  notifyOutcome?: boolean;
  @Field({ description: '幂等键：页面生成，重试时带同一个键，得到同一个回执号' })
  @IdField('幂等键')
  @Matches(PUBLIC_IDEMPOTENCY_KEY_PATTERN, { message: '幂等键无效' })
  idempotencyKey!: string;
  /** A honeypot: hidden on the page, so a person leaves it empty and a form-filling script does not. */
  @Field({ nullable: true, description: '请留空' })
  @TextField('网址', 200, { clearable: true })
  website?: string;
}

@ObjectType('OnlineOpinionReceipt', { description: '网上提交意见的回执' })
export class OnlineOpinionReceiptModel {
  @Field({ description: '回执号（14 位数字），凭它可在“意见回执查询”查看办理情况' }) receiptNumber!: string;
  @Field({ description: '这是一次重试，返回的是先前已提交的意见的回执' }) replayed!: boolean;
  @Field({ description: '收到时间' }) receivedAt!: Date;
}

@ObjectType('OnlineFlowBucket', { description: '网上征集在一小时或一天（北京时间）内收到的意见数' })
export class OnlineFlowBucketModel {
  @Field({ description: '这一小时或这一天开始的时间' }) start!: Date;
  @Field(() => Int, { description: '收到的意见数' }) count!: number;
}

@ObjectType('OnlineCollectionFlow', {
  description: '网上征集的进展（执行机构）：已收到的意见数，按小时、按天（北京时间）的提交量',
})
export class OnlineCollectionFlowModel {
  @Field(() => ID, { description: '征集活动编号' }) activityId!: string;
  @Field(() => Int, { description: '已收到的意见数（群众通过链接或二维码提交的）' }) received!: number;
  @Field({ description: '统计截至的时间：现在，或网上征集结束的时间' }) until!: Date;
  @Field(() => [OnlineFlowBucketModel], {
    description: `按小时：截至时间前最近 ${ONLINE_FLOW_LIMITS.hours} 小时（不早于开放的那一小时），从早到晚，没有意见的小时为 0`,
  })
  hourly!: OnlineFlowBucketModel[];
  @Field(() => [OnlineFlowBucketModel], {
    description: `按天：从开放那天到截至那天，最多最近 ${ONLINE_FLOW_LIMITS.days} 天，从早到晚；征集不超过 ${ONLINE_FLOW_LIMITS.hours} 小时为空`,
  })
  daily!: OnlineFlowBucketModel[];
  @Field({
    description: `征集已超过 ${ONLINE_FLOW_LIMITS.days} 天，按天只列最近 ${ONLINE_FLOW_LIMITS.days} 天`,
  })
  daysTruncated!: boolean;
}
