import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { NodeInterface } from '@app/identity';
import { IsArray, IsBase64, IsOptional, IsString, MaxLength, ArrayMaxSize } from 'class-validator';
import { ConnectionArgs, EnumField, IdField, Paginated, TextField, LineField } from '@app/common';
import { DraftStage, ProvisionKindEnum } from './drafts.enums.js';

/** Limits of draft input, named once. The file limit is the parser's; base64 adds a third. */
export const DRAFT_LIMITS = {
  title: 200,
  subject: 200,
  label: 100,
  fileName: 200,
  /** Characters of pasted text (about 10 MB of UTF-8 Chinese at most). */
  textLength: 3_500_000,
  /** Base64 characters of an uploaded file of 10 MiB. */
  base64Length: Math.ceil((10 * 1024 * 1024) / 3) * 4,
  addressesPerQuery: 500,
} as const;

@ObjectType('ParseWarning', { description: '解析草案文本时发现的问题（缺号、重号、顺序错误等）' })
export class ParseWarningModel {
  @Field({ description: '警告代码' }) code!: string;
  @Field({ description: '说明' }) message!: string;
  @Field(() => Int, { description: '行号' }) line!: number;
}

@ObjectType('Provision', { description: '草案中的一个条文单位：编、分编、章、节、条、款、项、目' })
export class ProvisionModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ProvisionKindEnum, { description: '层级（编、章、节、条、款、项、目）' })
  kind!: ProvisionKindEnum;
  @Field({ description: '原文中的编号，如 第十七条之一、（二）；款为空' }) label!: string;
  @Field(() => Int, { description: '序号（数字）' }) number!: number;
  @Field(() => Int, { description: '“之一”为 1，否则为 0' }) insertion!: number;
  @Field(() => String, { nullable: true, description: '章节标题或条标题' }) heading!: string | null;
  @Field({ description: '本级自身的文字（不含下级）' }) text!: string;
  @Field({ description: '稳定地址，如 art_17__para_1__item_2' }) address!: string;
  @Field({ description: '引用方式，如 第十七条第一款第（二）项' }) citation!: string;
  @Field(() => Int, { description: '层级深度（顶层为 0）' }) depth!: number;
  @Field(() => Int, { description: '在全文中的顺序' }) position!: number;
  @Field(() => ID, { description: '上级条文编号', nullable: true }) parentId!: string | null;
}

@ObjectType({ description: '条文的分页列表' })
export class ProvisionConnection extends Paginated(ProvisionModel, '条文') {}

@ObjectType('DraftVersion', { description: '草案的一个稿次', implements: () => [NodeInterface] })
export class DraftVersionModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '草案编号' }) draftId!: string;
  @Field(() => Int, { description: '第几稿（按收到的顺序）' }) sequence!: number;
  @Field(() => DraftStage, { description: '稿次' }) stage!: DraftStage;
  @Field({ description: '稿次名称' }) label!: string;
  @Field({ description: '文本中的标题行' }) textTitle!: string;
  @Field(() => String, { description: '正文前的文字（标题、目录之外）', nullable: true }) preamble!:
    string | null;
  @Field(() => Int, { description: '条数' }) articleCount!: number;
  @Field(() => String, { description: '来源文件名', nullable: true }) sourceFilename!: string | null;
  @Field({ description: 'utf-8、gb18030 或 docx' }) sourceEncoding!: string;
  @Field({ description: '已被征求意见任务使用：只能被新稿次取代，不能再修改' }) frozen!: boolean;
  @Field(() => ID, { description: '被哪个稿次取代；为空表示最新', nullable: true }) supersededById!:
    string | null;
  @Field({ description: '创建时间' }) createdAt!: Date;
}

/**
 * A version named, not opened: what a contact point's executing body may learn of a newer version of its task's draft
 * (to re-place annotations on it), with none of its text, sources or follow-up.
 */
@ObjectType('DraftVersionSummary', { description: '稿次的名称和日期（不含条文）' })
export class DraftVersionSummaryModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => Int, { description: '第几稿（按收到的顺序）' }) sequence!: number;
  @Field(() => DraftStage, { description: '稿次' }) stage!: DraftStage;
  @Field({ description: '稿次名称' }) label!: string;
  @Field({ description: '收到的时间' }) createdAt!: Date;
}

/** The summary of a version, field by field (nothing else of the row reaches the schema). */
export function toVersionSummary(version: {
  id: string;
  sequence: number;
  stage: string;
  label: string;
  createdAt: Date;
}): DraftVersionSummaryModel {
  return {
    id: version.id,
    sequence: version.sequence,
    stage: version.stage as DraftStage,
    label: version.label,
    createdAt: version.createdAt,
  };
}

@ObjectType('Draft', { description: '法规草案', implements: () => [NodeInterface] })
export class DraftModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '立法机关编号' }) legislatureId!: string;
  @Field({ description: '草案名称' }) title!: string;
  @Field(() => String, { description: '调整事项', nullable: true }) subject!: string | null;
  @Field({ description: '创建时间' }) createdAt!: Date;
  @Field({ description: '最后修改时间' }) updatedAt!: Date;
}

@ObjectType({ description: '法规草案的分页列表' })
export class DraftConnection extends Paginated(DraftModel, '法规草案') {}

@InputType({ description: '新建法规草案' })
export class CreateDraftInput {
  @Field(() => ID, { description: '立法机关编号' }) @IdField('立法机关 ID') legislatureId!: string;
  @Field({ description: '例如 重庆市养犬管理条例（草案）' })
  @LineField('草案名称', DRAFT_LIMITS.title)
  title!: string;
  @Field({ description: '调整事项', nullable: true })
  @TextField('调整事项', DRAFT_LIMITS.subject, { clearable: true })
  subject?: string;
}

/** The text of a version: an uploaded file or pasted text (addDraftVersion and previewDraftVersion take the same). */
@InputType({ isAbstract: true })
export abstract class DraftSourceInput {
  @Field({ nullable: true, description: '上传文件的文件名（.txt 或 .docx）' })
  @LineField('文件名', DRAFT_LIMITS.fileName, { optional: true })
  fileName?: string;

  @Field({ nullable: true, description: '文件内容的 Base64 编码，文件最大 10 MiB' })
  @IsOptional()
  @IsString({ message: '文件内容必须是 Base64 文本' })
  @MaxLength(DRAFT_LIMITS.base64Length, { message: '文件不能超过 10 MiB' })
  @IsBase64({}, { message: '文件内容不是有效的 Base64 编码' })
  contentBase64?: string;

  @Field({ nullable: true, description: '草案全文（纯文本）' })
  @IsOptional()
  @IsString({ message: '草案全文必须是文字' })
  @MaxLength(DRAFT_LIMITS.textLength, { message: `草案全文不能超过 ${DRAFT_LIMITS.textLength} 个字符` })
  text?: string;
}

@InputType({
  description:
    '新稿次：上传文件（contentBase64 + fileName，支持 UTF-8、GBK/GB18030 文本和 .docx）或直接粘贴文本（text），二者选一',
})
export class AddDraftVersionInput extends DraftSourceInput {
  @Field(() => ID, { description: '草案编号' }) @IdField('草案 ID') draftId!: string;
  @Field(() => DraftStage, { description: '稿次' }) @EnumField(DraftStage, '稿次') stage!: DraftStage;
  @Field({ nullable: true, description: '稿次名称' })
  @LineField('稿次名称', DRAFT_LIMITS.label, { optional: true })
  label?: string;
}

@InputType({
  description: '预览草案文本（不保存）：与 addDraftVersion 相同的文件或粘贴文本，二者选一',
})
export class PreviewDraftVersionInput extends DraftSourceInput {}

/** How much of a preview's outline one answer carries (the Civil Code has some 1,300 articles and headings). */
export const PREVIEW_LIMITS = {
  outlineNodes: 2_000,
  excerptLength: 160,
} as const;

@ObjectType('DraftPreviewProvision', { description: '预览中的一个条文单位（编、分编、章、节、条）' })
export class DraftPreviewProvisionModel {
  @Field(() => ProvisionKindEnum, { description: '条文单位的层级' }) kind!: ProvisionKindEnum;
  @Field({ description: '原文中的编号，如 第一章、第十七条之一' }) label!: string;
  @Field(() => String, { nullable: true, description: '章节标题或条标题' }) heading!: string | null;
  @Field({ description: '稳定地址，如 chp_1__art_3' }) address!: string;
  @Field({ description: '引用方式，如 第三条' }) citation!: string;
  @Field(() => Int, { description: '层级，0 为最上层' }) depth!: number;
  @Field({ description: '条文开头的文字（章节为空）' }) excerpt!: string;
  @Field(() => Int, { description: '条的款数（章节为 0）' }) paragraphs!: number;
}

@ObjectType('DraftPreview', { description: '草案文本的解析结果（未保存）：条文树和发现的问题' })
export class DraftPreviewModel {
  @Field({ description: '文本中的标题行' }) textTitle!: string;
  @Field(() => String, { nullable: true, description: '正文前的文字（标题、目录之外）' }) preamble!:
    string | null;
  @Field(() => Int, { description: '条数' }) articleCount!: number;
  @Field(() => Int, { description: '各级条文单位总数（含款、项、目）' }) provisionCount!: number;
  @Field({ description: 'utf-8、gb18030 或 docx' }) sourceEncoding!: string;
  @Field(() => [ParseWarningModel], { description: '解析时发现的问题' }) warnings!: ParseWarningModel[];
  @Field(() => [DraftPreviewProvisionModel], {
    description: `条文树的编、分编、章、节、条，按全文顺序（最多 ${PREVIEW_LIMITS.outlineNodes} 个）`,
  })
  outline!: DraftPreviewProvisionModel[];
  @Field({ description: '条文树超过上限，outline 只列出了前面部分' }) outlineTruncated!: boolean;
}

@InputType({ description: '修改稿次的稿次和名称' })
export class UpdateDraftVersionInput {
  @Field(() => ID, { description: '稿次编号' }) @IdField('稿次 ID') id!: string;
  @Field(() => DraftStage, { description: '稿次', nullable: true })
  @EnumField(DraftStage, '稿次', { optional: true })
  stage?: DraftStage;
  @Field({ description: '稿次名称', nullable: true })
  @LineField('稿次名称', DRAFT_LIMITS.label, { optional: true })
  label?: string;
}

@ArgsType()
export class DraftsArgs extends ConnectionArgs {
  @Field(() => ID, { description: '立法机关编号', nullable: true })
  @IdField('立法机关 ID', { optional: true })
  legislatureId?: string;
}

@ArgsType()
export class ProvisionsArgs extends ConnectionArgs {
  @Field(() => [ProvisionKindEnum], { nullable: true, description: '只看这些层级，如 [article]' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(8)
  kinds?: ProvisionKindEnum[];

  @Field(() => [String], {
    nullable: true,
    description: `只看这些地址（最多 ${DRAFT_LIMITS.addressesPerQuery} 个）`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(DRAFT_LIMITS.addressesPerQuery, {
    message: `一次最多查询 ${DRAFT_LIMITS.addressesPerQuery} 个地址`,
  })
  @IsString({ each: true })
  addresses?: string[];
}
