import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Min } from 'class-validator';
import { IdField, TextField } from '@app/common';
import { DraftVersionSummaryModel } from '@app/drafts';
import { AnnotationStatus } from './feedback.enums.js';

export const ANNOTATION_LIMITS = {
  note: 5000,
  proposedWording: 5000,
  legalBasis: 2000,
  withdrawalReason: 500,
} as const;

@ObjectType('Annotation', { description: '专家批注（在专家团队和执行机构内可见）' })
export class AnnotationModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '征求意见任务编号' }) taskId!: string;
  @Field(() => ID, { description: '批注所在的稿次（重新定位后为新稿次，未能定位的也是）' })
  draftVersionId!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      '选中的原文和位置所依据的稿次：通常与 draftVersionId 相同；未能定位的批注仍为原文所在的较早稿次（回复为空）',
  })
  anchorVersionId!: string | null;
  @Field(() => ID, { nullable: true, description: '回复所属的批注' }) parentId!: string | null;
  @Field(() => String, { description: '条文地址，如 chp_2__art_17；为空表示总体意见', nullable: true })
  provisionAddress!: string | null;
  @Field(() => String, { nullable: true, description: '选中的原文' }) quote!: string | null;
  @Field(() => Int, { description: '所选文字在条文中的起始位置（字符）', nullable: true }) startOffset!:
    number | null;
  @Field(() => Int, { description: '所选文字在条文中的结束位置（字符，不含）', nullable: true }) endOffset!:
    number | null;
  @Field(() => String, { nullable: true, description: 'ANCHORED、MOVED 或 ORPHANED（新稿次到来后）' })
  anchorStatus!: string | null;
  @Field(() => String, { nullable: true, description: '重新定位的说明' }) anchorNote!: string | null;
  @Field({ description: '批注内容' }) note!: string;
  @Field(() => String, { nullable: true, description: '建议修改为' }) proposedWording!: string | null;
  @Field(() => String, { nullable: true, description: '法律依据' }) legalBasis!: string | null;
  @Field(() => ID, { description: '批注专家的账号编号' }) authorAccountId!: string;
  @Field(() => AnnotationStatus, { description: '状态（有效、已撤回等）' }) status!: AnnotationStatus;
  @Field(() => String, { nullable: true, description: '撤回理由' }) statusReason!: string | null;
  @Field(() => Int, { description: '修改次数；修改时可作为 expectedRevision 传回，防止覆盖他人的修改' })
  revision!: number;
  @Field({ description: '创建时间' }) createdAt!: Date;
  @Field({ description: '最后修改时间' }) updatedAt!: Date;
}

@ObjectType('AnnotationRevision', { description: '批注的历史版本' })
export class AnnotationRevisionModel {
  @Field(() => Int, { description: '这次修改后的版本号' }) revision!: number;
  @Field({ description: 'EDIT（修改）、WITHDRAW（撤回）或 REANCHOR（重新定位到新稿次）' }) action!: string;
  @Field({ description: '修改前的内容（JSON）' }) snapshot!: string;
  @Field(() => ID, { description: '修改人账号编号' }) changedById!: string;
  @Field({ description: '修改时间' }) changedAt!: Date;
}

@InputType({ description: '专家在条文上新建批注' })
export class CreateAnnotationInput {
  @Field(() => ID, { description: '任务编号' }) @IdField('任务 ID') taskId!: string;
  @Field({ description: '条文地址，如 art_13__para_1__item_1' })
  @IdField('条文地址')
  provisionAddress!: string;
  @Field(() => Int, { description: '选中文字在条文中的起始位置（含）' }) @IsInt() @Min(0) start!: number;
  @Field(() => Int, { description: '结束位置（不含）' }) @IsInt() @Min(1) end!: number;
  @Field({ description: '批注' }) @TextField('批注', ANNOTATION_LIMITS.note) note!: string;
  @Field({ description: '建议修改为', nullable: true })
  @TextField('建议修改为', ANNOTATION_LIMITS.proposedWording, { clearable: true })
  proposedWording?: string;
  @Field({ description: '法律依据', nullable: true })
  @TextField('法律依据', ANNOTATION_LIMITS.legalBasis, { clearable: true })
  legalBasis?: string;
}

@InputType({
  description:
    '修改自己的批注（本联系点征集中、截止时间前）：重新选择原文（start、end，可换条文），或修改批注、建议修改为、法律依据；不填的保持不变',
})
export class UpdateAnnotationInput {
  @Field(() => ID, { description: '批注编号' }) @IdField('批注 ID') id!: string;
  @Field(() => Int, { nullable: true, description: '修改所基于的版本（revision）；已被改过时拒绝' })
  @IsOptional()
  @IsInt({ message: '版本号必须是整数' })
  @Min(0, { message: '版本号不能为负数' })
  expectedRevision?: number;
  @Field({ nullable: true, description: '重新选择时的条文地址；不填为原条文' })
  @IdField('条文地址', { optional: true })
  provisionAddress?: string;
  @Field(() => Int, { nullable: true, description: '重新选择的起始位置（含），须与 end 一起给出' })
  @IsOptional()
  @IsInt({ message: '起始位置必须是整数' })
  @Min(0, { message: '起始位置不能为负数' })
  start?: number;
  @Field(() => Int, { nullable: true, description: '重新选择的结束位置（不含）' })
  @IsOptional()
  @IsInt({ message: '结束位置必须是整数' })
  @Min(1, { message: '结束位置至少为 1' })
  end?: number;
  @Field({ description: '批注', nullable: true })
  @TextField('批注', ANNOTATION_LIMITS.note, { optional: true })
  note?: string;
  @Field(() => String, { nullable: true, description: '建议修改为；传空字符串或 null 清除' })
  @TextField('建议修改为', ANNOTATION_LIMITS.proposedWording, { clearable: true })
  proposedWording?: string | null;
  @Field(() => String, { nullable: true, description: '法律依据；传空字符串或 null 清除' })
  @TextField('法律依据', ANNOTATION_LIMITS.legalBasis, { clearable: true })
  legalBasis?: string | null;
}

@InputType({ description: '撤回自己的批注（本联系点开始汇总前）：不再列出、不纳入汇总，修改历史保留' })
export class WithdrawAnnotationInput {
  @Field(() => ID, { description: '批注编号' }) @IdField('批注 ID') id!: string;
  @Field({ nullable: true, description: '撤回理由' })
  @TextField('撤回理由', ANNOTATION_LIMITS.withdrawalReason, { optional: true })
  reason?: string;
}

@InputType({ description: '回复一条批注' })
export class ReplyToAnnotationInput {
  @Field(() => ID, { description: '批注编号' }) @IdField('批注 ID') parentId!: string;
  @Field({ description: '回复' }) @TextField('回复', ANNOTATION_LIMITS.note) note!: string;
}

@InputType({ description: '把批注重新定位到新稿次' })
export class ReanchorAnnotationsInput {
  @Field(() => ID, { description: '任务编号' }) @IdField('任务 ID') taskId!: string;
  @Field(() => ID, { description: '同一草案的新稿次' }) @IdField('新稿次 ID') toVersionId!: string;
}

@ObjectType('ReanchorSummary', { description: '批注重新定位的结果统计' })
export class ReanchorSummaryModel {
  @Field(() => Int, { description: '原位定位的批注条数' }) anchored!: number;
  @Field(() => Int, { description: '随条文移动的批注条数' }) moved!: number;
  @Field(() => Int, { description: '未能定位的批注条数' }) orphaned!: number;
  @Field(() => Int, {
    description: '定位期间被作者修改、撤回或已被定位到更新稿次而未改动的批注条数（可再次重新定位）',
  })
  skipped!: number;
}

@ObjectType('AnnotationsOnVersion', { description: '停留在某一稿次上的批注条数' })
export class AnnotationsOnVersionModel {
  @Field(() => DraftVersionSummaryModel, { description: '批注所在的稿次' })
  version!: DraftVersionSummaryModel;
  @Field(() => Int, { description: '批注条数' }) count!: number;
}

@ObjectType('AnnotationReanchorPlan', {
  description: '重新定位批注：草案的最新稿次，以及本联系点还有哪些批注停留在较早的稿次上（仅执行机构可见）',
})
export class AnnotationReanchorPlanModel {
  @Field(() => ID, { description: '征求意见任务编号' }) taskId!: string;
  @Field(() => DraftVersionSummaryModel, { description: '任务所附的稿次' })
  taskVersion!: DraftVersionSummaryModel;
  @Field(() => DraftVersionSummaryModel, {
    description: '草案的最新稿次（批注可直接定位到这一稿次）；与任务所附稿次相同时表示还没有新稿次',
  })
  latestVersion!: DraftVersionSummaryModel;
  @Field(() => [AnnotationsOnVersionModel], {
    description: '本联系点尚未定位到最新稿次的批注，按所在稿次分列（从早到晚）；空列表表示无需重新定位',
  })
  waiting!: AnnotationsOnVersionModel[];
}
