import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Min } from 'class-validator';
import { IdField, TextField } from '@app/common';

export const ANNOTATION_LIMITS = { note: 5000, proposedWording: 5000, legalBasis: 2000 } as const;

@ObjectType('Annotation', { description: '专家批注（在专家团队和执行机构内可见）' })
export class AnnotationModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) taskId!: string;
  @Field(() => ID, { description: '锚点所在的稿次' }) draftVersionId!: string;
  @Field(() => ID, { nullable: true, description: '回复所属的批注' }) parentId!: string | null;
  @Field(() => String, { nullable: true }) provisionAddress!: string | null;
  @Field(() => String, { nullable: true, description: '选中的原文' }) quote!: string | null;
  @Field(() => Int, { nullable: true }) startOffset!: number | null;
  @Field(() => Int, { nullable: true }) endOffset!: number | null;
  @Field(() => String, { nullable: true, description: 'ANCHORED、MOVED 或 ORPHANED（新稿次到来后）' })
  anchorStatus!: string | null;
  @Field(() => String, { nullable: true, description: '重新定位的说明' }) anchorNote!: string | null;
  @Field() note!: string;
  @Field(() => String, { nullable: true, description: '建议修改为' }) proposedWording!: string | null;
  @Field(() => String, { nullable: true, description: '法律依据' }) legalBasis!: string | null;
  @Field(() => ID) authorAccountId!: string;
  @Field() createdAt!: Date;
}

@InputType()
export class CreateAnnotationInput {
  @Field(() => ID) @IdField('任务 ID') taskId!: string;
  @Field({ description: '条文地址，如 art_13__para_1__item_1' })
  @IdField('条文地址')
  provisionAddress!: string;
  @Field(() => Int, { description: '选中文字在条文中的起始位置（含）' }) @IsInt() @Min(0) start!: number;
  @Field(() => Int, { description: '结束位置（不含）' }) @IsInt() @Min(1) end!: number;
  @Field() @TextField('批注', ANNOTATION_LIMITS.note) note!: string;
  @Field({ nullable: true })
  @TextField('建议修改为', ANNOTATION_LIMITS.proposedWording, { clearable: true })
  proposedWording?: string;
  @Field({ nullable: true })
  @TextField('法律依据', ANNOTATION_LIMITS.legalBasis, { clearable: true })
  legalBasis?: string;
}

@InputType()
export class ReplyToAnnotationInput {
  @Field(() => ID) @IdField('批注 ID') parentId!: string;
  @Field() @TextField('回复', ANNOTATION_LIMITS.note) note!: string;
}

@InputType()
export class ReanchorAnnotationsInput {
  @Field(() => ID) @IdField('任务 ID') taskId!: string;
  @Field(() => ID, { description: '同一草案的新稿次' }) @IdField('新稿次 ID') toVersionId!: string;
}

@ObjectType('ReanchorSummary')
export class ReanchorSummaryModel {
  @Field(() => Int) anchored!: number;
  @Field(() => Int) moved!: number;
  @Field(() => Int) orphaned!: number;
}
