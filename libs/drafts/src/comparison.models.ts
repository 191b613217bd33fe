import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional } from 'class-validator';
import { ConnectionArgs, IdField, Paginated } from '@app/common';
import { ProvisionKindEnum } from './drafts.enums.js';

export enum ArticleChangeKindEnum {
  UNCHANGED = 'UNCHANGED',
  MODIFIED = 'MODIFIED',
  MOVED = 'MOVED',
  SPLIT = 'SPLIT',
  MERGED = 'MERGED',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}
registerEnumType(ArticleChangeKindEnum, {
  name: 'ArticleChangeKind',
  description: '条文在两个稿次间的变化',
  valuesMap: {
    UNCHANGED: { description: '未改（可能只是序号变化）' },
    MODIFIED: { description: '修改' },
    MOVED: { description: '移动（到其他章节或调整了顺序）' },
    SPLIT: { description: '拆分为多条' },
    MERGED: { description: '多条合并为一条' },
    ADDED: { description: '新增' },
    REMOVED: { description: '删除' },
  },
});

export enum DiffOpEnum {
  equal = 'equal',
  insert = 'insert',
  delete = 'delete',
}
registerEnumType(DiffOpEnum, {
  name: 'DiffOp',
  description: '文字差异：相同、新增、删除',
  valuesMap: {
    equal: { description: '两稿相同' },
    insert: { description: '新稿新增' },
    delete: { description: '新稿删除' },
  },
});

@ObjectType('ContainerRef', { description: '条文所在的编、章、节' })
export class ContainerRefModel {
  @Field(() => ProvisionKindEnum, { description: '层级（编、章、节等）' }) kind!: ProvisionKindEnum;
  @Field({ description: '序号文字，如 第二章' }) label!: string;
  @Field(() => String, { description: '标题', nullable: true }) heading!: string | null;
  @Field({ description: '地址' }) address!: string;
}

@ObjectType('ArticleRef', { description: '比较中的一条条文' })
export class ArticleRefModel {
  @Field({ description: '条文地址' }) address!: string;
  @Field({ description: '条序号文字，如 第十七条' }) label!: string;
  @Field({ description: '引用写法，如 第十七条' }) citation!: string;
  @Field(() => Int, { description: '条序号（数字）' }) number!: number;
  @Field(() => Int, { description: '插入条序号（第十七条之一为 1）' }) insertion!: number;
  @Field(() => String, { description: '条标题', nullable: true }) heading!: string | null;
  @Field({ description: '整条条文的文字' }) text!: string;
  @Field(() => [ContainerRefModel], { description: '所在的编、章、节' }) containers!: ContainerRefModel[];
}

@ObjectType('DiffSegment', { description: '文字比对的一段（相同、插入或删除）' })
export class DiffSegmentModel {
  @Field(() => DiffOpEnum, { description: '这段文字是相同、插入还是删除' }) op!: DiffOpEnum;
  @Field({ description: '文字' }) text!: string;
}

@ObjectType('ArticleChange', { description: '对照表的一行：左边是原稿次的条文，右边是新稿次的条文' })
export class ArticleChangeModel {
  @Field(() => ArticleChangeKindEnum, { description: '变化类型' }) kind!: ArticleChangeKindEnum;
  @Field(() => [ArticleRefModel], { description: '旧稿次中的条' }) from!: ArticleRefModel[];
  @Field(() => [ArticleRefModel], { description: '新稿次中的条' }) to!: ArticleRefModel[];
  @Field({ description: '条文序号变化' }) renumbered!: boolean;
  @Field({ description: '移到了其他编、章、节' }) relocated!: boolean;
  @Field({ description: '与前后条文的顺序变化' }) reordered!: boolean;
  @Field({ description: '条文文字是否改动' }) textChanged!: boolean;
  @Field({ description: '只有空格、全角半角等格式差异' }) formattingChanged!: boolean;
  @Field({ description: '条标题是否改动' }) headingChanged!: boolean;
  @Field(() => Float, { description: '0–1 的文字相似度' }) similarity!: number;
  @Field(() => [DiffSegmentModel], { nullable: true, description: '逐字差异（文字有变化时）' }) diff!:
    DiffSegmentModel[] | null;
  @Field({ description: '说明，如 第十二条 → 第十三条（内容未变）' }) description!: string;
}

@ObjectType({ description: '条的变化的分页列表' })
export class ArticleChangeConnection extends Paginated(ArticleChangeModel, '条的变化') {}

@ObjectType('ComparisonSummary', { description: '两个稿次之间的变化统计' })
export class ComparisonSummaryModel {
  @Field(() => Int, { description: '未改动的条数' }) unchanged!: number;
  @Field(() => Int, { description: '修改的条数' }) modified!: number;
  @Field(() => Int, { description: '移动的条数' }) moved!: number;
  @Field(() => Int, { description: '拆分的条数' }) split!: number;
  @Field(() => Int, { description: '合并的条数' }) merged!: number;
  @Field(() => Int, { description: '新增的条数' }) added!: number;
  @Field(() => Int, { description: '删除的条数' }) removed!: number;
  @Field(() => Int, { description: '序号变化的条文' }) renumbered!: number;
  @Field(() => Int, { description: '旧稿次的条数' }) fromArticles!: number;
  @Field(() => Int, { description: '新稿次的条数' }) toArticles!: number;
}

@ObjectType('VersionComparison', { description: '两个稿次的条文对照' })
export class VersionComparisonModel {
  @Field(() => ID, { description: '旧稿次编号' }) fromVersionId!: string;
  @Field(() => ID, { description: '新稿次编号' }) toVersionId!: string;
  @Field(() => ComparisonSummaryModel, { description: '变化统计' }) summary!: ComparisonSummaryModel;
}

@ArgsType()
export class CompareVersionsArgs {
  @Field(() => ID, { description: '原稿次' }) @IdField('原稿次 ID') fromVersionId!: string;
  @Field(() => ID, { description: '新稿次' }) @IdField('新稿次 ID') toVersionId!: string;
}

@ArgsType()
export class ArticleChangesArgs extends ConnectionArgs {
  @Field(() => [ArticleChangeKindEnum], {
    nullable: true,
    description: '只看这些变化，如 [MODIFIED, ADDED, REMOVED]',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  kinds?: ArticleChangeKindEnum[];
}
