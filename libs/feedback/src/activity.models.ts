import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { DateField, DateScalar, EnumField, IdField, TextField, LineField } from '@app/common';
import { OpinionChannel } from './feedback.enums.js';

@ObjectType('CollectionActivity', { description: '征集活动：座谈会、院坝会、走访、问卷、代表接待、网上征集' })
export class CollectionActivityModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '征求意见任务编号' }) taskId!: string;
  @Field(() => OpinionChannel, { description: '活动形式' }) channel!: OpinionChannel;
  @Field({ description: '活动名称' }) title!: string;
  @Field(() => DateScalar, { description: '举办日期' }) heldOn!: string;
  @Field(() => String, { description: '地点', nullable: true }) place!: string | null;
  @Field(() => String, { nullable: true, description: '组织者' }) organizer!: string | null;
  @Field(() => [ID], { description: '参加的采集员' }) collectorIds!: string[];
  @Field(() => Int, { description: '参加人数' }) participants!: number;
  @Field(() => String, { description: '活动纪要', nullable: true }) summary!: string | null;
  @Field({ description: '创建时间' }) createdAt!: Date;
  @Field(() => String, {
    nullable: true,
    description: '网上征集的公开令牌（链接 /online/<令牌> 和二维码所用）；其他活动为空',
  })
  publicToken!: string | null;
  @Field(() => Date, { nullable: true, description: '网上征集的截止时间' }) closesAt!: Date | null;
  @Field(() => Date, { nullable: true, description: '网上征集提前结束的时间' }) closedAt!: Date | null;
  @Field({
    description:
      '是否为群众扫码提意见的网上征集（开放网上征集所生成）：它只收群众通过链接提交的意见，登录者提出意见时不能选它',
  })
  onlineRound!: boolean;
}

@InputType({ description: '记录一次征集活动' })
export class RecordActivityInput {
  @Field(() => ID, { description: '任务编号' }) @IdField('任务 ID') taskId!: string;
  @Field(() => OpinionChannel, { description: '活动形式' })
  @EnumField(OpinionChannel, '活动形式')
  channel!: OpinionChannel;
  @Field({ description: '活动名称' }) @LineField('活动名称', 200) title!: string;
  @Field(() => DateScalar, { description: '活动日期' }) @DateField('活动日期') heldOn!: string;
  @Field({ description: '地点', nullable: true }) @LineField('地点', 100, { clearable: true }) place?: string;
  @Field({ description: '组织者', nullable: true })
  @LineField('组织者', 100, { clearable: true })
  organizer?: string;
  @Field(() => [ID], { description: '参加的采集员编号', nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  collectorIds?: string[];
  @Field(() => Int, { description: '参加人数' })
  @IsInt({ message: '参加人数必须是整数' })
  @Min(0)
  @Max(100000)
  participants!: number;
  @Field({ description: '活动纪要', nullable: true })
  @TextField('活动纪要', 10000, { clearable: true })
  summary?: string;
}
