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
registerEnumType(DiffOpEnum, { name: 'DiffOp', description: '文字差异：相同、新增、删除' });

@ObjectType('ContainerRef', { description: '条文所在的编、章、节' })
export class ContainerRefModel {
  @Field(() => ProvisionKindEnum) kind!: ProvisionKindEnum;
  @Field() label!: string;
  @Field(() => String, { nullable: true }) heading!: string | null;
  @Field() address!: string;
}

@ObjectType('ArticleRef', { description: '比较中的一条条文' })
export class ArticleRefModel {
  @Field() address!: string;
  @Field() label!: string;
  @Field() citation!: string;
  @Field(() => Int) number!: number;
  @Field(() => Int) insertion!: number;
  @Field(() => String, { nullable: true }) heading!: string | null;
  @Field({ description: '整条条文的文字' }) text!: string;
  @Field(() => [ContainerRefModel]) containers!: ContainerRefModel[];
}

@ObjectType('DiffSegment')
export class DiffSegmentModel {
  @Field(() => DiffOpEnum) op!: DiffOpEnum;
  @Field() text!: string;
}

@ObjectType('ArticleChange', { description: '对照表的一行：左边是原稿次的条文，右边是新稿次的条文' })
export class ArticleChangeModel {
  @Field(() => ArticleChangeKindEnum) kind!: ArticleChangeKindEnum;
  @Field(() => [ArticleRefModel]) from!: ArticleRefModel[];
  @Field(() => [ArticleRefModel]) to!: ArticleRefModel[];
  @Field({ description: '条文序号变化' }) renumbered!: boolean;
  @Field({ description: '移到了其他编、章、节' }) relocated!: boolean;
  @Field({ description: '与前后条文的顺序变化' }) reordered!: boolean;
  @Field() textChanged!: boolean;
  @Field({ description: '只有空格、全角半角等格式差异' }) formattingChanged!: boolean;
  @Field() headingChanged!: boolean;
  @Field(() => Float, { description: '0–1 的文字相似度' }) similarity!: number;
  @Field(() => [DiffSegmentModel], { nullable: true, description: '逐字差异（文字有变化时）' }) diff!:
    DiffSegmentModel[] | null;
  @Field({ description: '说明，如 第十二条 → 第十三条（内容未变）' }) description!: string;
}

@ObjectType()
export class ArticleChangeConnection extends Paginated(ArticleChangeModel) {}

@ObjectType('ComparisonSummary')
export class ComparisonSummaryModel {
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) modified!: number;
  @Field(() => Int) moved!: number;
  @Field(() => Int) split!: number;
  @Field(() => Int) merged!: number;
  @Field(() => Int) added!: number;
  @Field(() => Int) removed!: number;
  @Field(() => Int, { description: '序号变化的条文' }) renumbered!: number;
  @Field(() => Int) fromArticles!: number;
  @Field(() => Int) toArticles!: number;
}

@ObjectType('VersionComparison', { description: '两个稿次的条文对照' })
export class VersionComparisonModel {
  @Field(() => ID) fromVersionId!: string;
  @Field(() => ID) toVersionId!: string;
  @Field(() => ComparisonSummaryModel) summary!: ComparisonSummaryModel;
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
