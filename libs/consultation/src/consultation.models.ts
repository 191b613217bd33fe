import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { NodeInterface } from '@app/identity';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  ConnectionArgs,
  DateField,
  DateScalar,
  EnumField,
  IdField,
  Paginated,
  SafeText,
  TextField,
  LineField,
} from '@app/common';
import { DraftStage } from '@app/drafts';
import { AssigneeType, NotificationKind, PointTaskState, TaskStatus } from './consultation.enums.js';

/** Limits of task input, named once. */
export const TASK_LIMITS = {
  title: 200,
  noticeText: 20_000,
  focusQuestions: 50,
  focusQuestionLength: 500,
  contactPoints: 500,
  assignmentsPerCall: 200,
  addressesPerAssignment: 500,
  note: 500,
  notificationIdsPerCall: 500,
  remindersPerCall: 200,
  reminderMessage: 200,
  /** A search over my tasks' titles (我的意见's task picker). */
  assignmentSearch: 100,
} as const;

@ObjectType('ConsultationTask', { description: '征求意见任务', implements: () => [NodeInterface] })
export class ConsultationTaskModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '立法机关编号' }) legislatureId!: string;
  @Field(() => ID, { description: '征求意见的草案稿次编号' }) draftVersionId!: string;
  @Field({ description: '任务名称' }) title!: string;
  @Field({ description: '征求意见通知' }) noticeText!: string;
  @Field(() => DraftStage, { description: '审议阶段（一审、二审、三审稿）' }) reviewStage!: DraftStage;
  @Field(() => TaskStatus, { description: '任务状态' }) status!: TaskStatus;
  @Field(() => DateScalar, { nullable: true, description: '通知落款日期（北京时间）' }) issueDate!:
    string | null;
  @Field(() => Date, { description: '发出时间', nullable: true }) issuedAt!: Date | null;
  @Field({ description: '立法机关规定的截止时间' }) deadline!: Date;
  @Field({ description: '创建时间' }) createdAt!: Date;
}

@ObjectType('PointTask', { description: '任务在一个联系点的办理情况' })
export class PointTaskModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '征求意见任务编号' }) taskId!: string;
  @Field(() => ID, { description: '联系点编号' }) contactPointId!: string;
  @Field(() => PointTaskState, { description: '联系点任务的状态' }) state!: PointTaskState;
  @Field(() => Date, { nullable: true, description: '立法机关为本联系点延长后的截止时间' })
  extendedDeadline!: Date | null;
  @Field(() => Date, { description: '收到时间', nullable: true }) receivedAt!: Date | null;
  @Field({ description: '最后修改时间' }) updatedAt!: Date;
}

@ObjectType('Assignment', { description: '分发给专家、联系单位或采集员的工作' })
export class AssignmentModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '征求意见任务编号' }) taskId!: string;
  @Field(() => ID, { description: '联系点任务编号' }) pointTaskId!: string;
  @Field(() => ID, { description: '联系点编号' }) contactPointId!: string;
  @Field(() => AssigneeType, { description: '分发对象类型' }) assigneeType!: AssigneeType;
  @Field(() => ID, { description: '分发对象编号（专家、联系单位或采集员）' }) assigneeId!: string;
  @Field(() => [String], { description: '分配的条文地址；为空表示全文' }) provisionAddresses!: string[];
  @Field({ description: '内部完成时限' }) dueAt!: Date;
  @Field(() => String, { nullable: true, description: '分发说明' }) note!: string | null;
  @Field({ description: '分发时间' }) createdAt!: Date;
  @Field(() => Date, {
    nullable: true,
    description: '分发对象（专家、采集员或单位中的任何人）第一次打开任务的时间；为空表示尚未打开',
  })
  openedAt!: Date | null;
}

@ObjectType('AssignmentReminder', { description: '一项催办提醒的结果' })
export class AssignmentReminderModel {
  @Field(() => ID, { description: '分发编号' }) assignmentId!: string;
  @Field({ description: '分发对象的名称' }) assigneeName!: string;
  @Field({ description: '是否已发出提醒' }) sent!: boolean;
  @Field(() => String, {
    nullable: true,
    description: '未发出的原因：ALREADY_REMINDED_TODAY（今天已提醒过）或 NO_ACCOUNT（分发对象没有登录账号）',
  })
  reason!: string | null;
  @Field(() => String, { nullable: true, description: '未发出的原因（中文）' }) message!: string | null;
}

@ObjectType('Notification', { description: '站内通知' })
export class NotificationModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => NotificationKind, { description: '通知类型' }) kind!: NotificationKind;
  @Field({ description: '标题' }) title!: string;
  @Field({ description: '正文' }) body!: string;
  @Field(() => ID, { description: '征求意见任务编号', nullable: true }) taskId!: string | null;
  @Field(() => ID, { description: '相关的分发安排编号', nullable: true }) assignmentId!: string | null;
  @Field({ description: '创建时间' }) createdAt!: Date;
  @Field(() => Date, { description: '阅读时间；为空表示未读', nullable: true }) readAt!: Date | null;
}

@ObjectType({ description: '征求意见任务的分页列表' })
export class ConsultationTaskConnection extends Paginated(ConsultationTaskModel, '征求意见任务') {}
@ObjectType({ description: '分发安排的分页列表' })
export class AssignmentConnection extends Paginated(AssignmentModel, '分发安排') {}
@ObjectType({ description: '通知的分页列表' })
export class NotificationConnection extends Paginated(NotificationModel, '通知') {}

@InputType({ description: '立法机关新建征求意见任务' })
export class CreateConsultationTaskInput {
  @Field(() => ID, { description: '草案稿次编号' }) @IdField('草案稿次 ID') draftVersionId!: string;
  @Field({ description: '任务名称' }) @LineField('任务名称', TASK_LIMITS.title) title!: string;
  @Field({ description: '征求意见通知全文' })
  @TextField('通知正文', TASK_LIMITS.noticeText)
  noticeText!: string;
  @Field(() => Date, {
    description: '截止时间（带时区的时刻；“12 月 15 日截止”即 2026-12-15T23:59:59+08:00）',
  })
  @IsDate({ message: '截止时间必须是有效的日期时间' })
  deadline!: Date;
  @Field(() => DateScalar, { nullable: true, description: '通知落款日期，默认发出当天' })
  @DateField('通知日期', { optional: true })
  issueDate?: string;
  @Field(() => DraftStage, { nullable: true, description: '默认取稿次本身的类型' })
  @EnumField(DraftStage, '稿次', { optional: true })
  reviewStage?: DraftStage;

  @Field(() => [String], { nullable: true, defaultValue: [], description: '重点问题提纲' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(TASK_LIMITS.focusQuestions, { message: `重点问题最多 ${TASK_LIMITS.focusQuestions} 条` })
  @IsString({ each: true, message: '重点问题必须是文字' })
  @MaxLength(TASK_LIMITS.focusQuestionLength, {
    each: true,
    message: `每条重点问题不能超过 ${TASK_LIMITS.focusQuestionLength} 个字符`,
  })
  @SafeText('重点问题', { each: true })
  focusQuestions?: string[];

  @Field(() => [ID], { description: '发往的联系点' })
  @IsArray()
  @ArrayMinSize(1, { message: '请至少选择一个联系点' })
  @ArrayMaxSize(TASK_LIMITS.contactPoints, { message: `一次最多发往 ${TASK_LIMITS.contactPoints} 个联系点` })
  @IsString({ each: true })
  contactPointIds!: string[];
}

@InputType({ description: '发出任务' })
export class IssueConsultationTaskInput {
  @Field(() => ID, { description: '要发出的任务（尚未发出）' }) @IdField('任务 ID') id!: string;
}

@InputType({ description: '延长征求意见期限' })
export class ExtendDeadlineInput {
  @Field(() => ID, { description: '任务编号' }) @IdField('任务 ID') taskId!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      '只为这个联系点延长；不填则为全部仍在征集意见的联系点延长（已开始汇总或已报送的联系点不延长）',
  })
  @IdField('联系点 ID', { optional: true })
  contactPointId?: string;
  @Field(() => Date, { description: '新的截止时间（带时区的时刻）' })
  @IsDate({ message: '截止时间必须是有效的日期时间' })
  deadline!: Date;
  @Field({ description: '延长理由' }) @TextField('延长理由', 500) reason!: string;
}

@InputType({ description: '改变联系点任务的状态' })
export class TransitionPointTaskInput {
  @Field(() => ID, { description: '任务编号' }) @IdField('任务 ID') taskId!: string;
  @Field(() => ID, { description: '联系点编号' }) @IdField('联系点 ID') contactPointId!: string;
  @Field(() => PointTaskState, { description: '目标状态' })
  @EnumField(PointTaskState, '目标状态')
  to!: PointTaskState;
}

@InputType({ description: '一项分发安排：分给谁、哪些条文、何时完成' })
export class AssignmentInput {
  @Field(() => AssigneeType, { description: '分发对象类型' })
  @EnumField(AssigneeType, '分发对象类型')
  assigneeType!: AssigneeType;
  @Field(() => ID, { description: '专家、联系单位或采集员的 ID' })
  @IdField('分发对象 ID')
  assigneeId!: string;

  @Field(() => [String], {
    nullable: true,
    defaultValue: [],
    description: '条文地址（章、节、条等）；为空表示全文',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(TASK_LIMITS.addressesPerAssignment, {
    message: `每项分发最多 ${TASK_LIMITS.addressesPerAssignment} 个条文`,
  })
  @IsString({ each: true })
  provisionAddresses?: string[];

  @Field(() => Date, { description: '内部完成时限（带时区的时刻），不得晚于立法机关的截止时间' })
  @IsDate({ message: '完成时限必须是有效的日期时间' })
  dueAt!: Date;

  @Field({ description: '说明', nullable: true })
  @TextField('说明', TASK_LIMITS.note, { clearable: true })
  note?: string;
}

@InputType({ description: '联系点分发任务' })
export class DistributeTaskInput {
  @Field(() => ID, { description: '任务编号' }) @IdField('任务 ID') taskId!: string;
  @Field(() => ID, { description: '联系点编号' }) @IdField('联系点 ID') contactPointId!: string;

  @Field(() => [AssignmentInput], { description: '分发给各对象的安排' })
  @IsArray()
  @ArrayMinSize(1, { message: '请至少分发给一个对象' })
  @ArrayMaxSize(TASK_LIMITS.assignmentsPerCall, {
    message: `一次最多分发 ${TASK_LIMITS.assignmentsPerCall} 项`,
  })
  @ValidateNested({ each: true })
  @Type(() => AssignmentInput)
  assignments!: AssignmentInput[];
}

@InputType({ description: '催办：给分发对象发站内提醒，每个分发对象每天（北京时间）至多一次' })
export class RemindAssigneesInput {
  @Field(() => ID, { description: '征求意见任务编号' }) @IdField('任务 ID') taskId!: string;
  @Field(() => ID, { description: '联系点编号' }) @IdField('联系点 ID') contactPointId!: string;

  @Field(() => [ID], { description: '要提醒的分发（本联系点该任务的有效分发）' })
  @IsArray()
  @ArrayMinSize(1, { message: '请至少选择一个分发对象' })
  @ArrayMaxSize(TASK_LIMITS.remindersPerCall, { message: `一次最多提醒 ${TASK_LIMITS.remindersPerCall} 项` })
  @IsString({ each: true })
  assignmentIds!: string[];

  @Field({ nullable: true, description: '附言' })
  @TextField('附言', TASK_LIMITS.reminderMessage, { clearable: true })
  message?: string;
}

@ArgsType()
export class MyAssignmentsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: '只看这项任务的分发' })
  @IdField('任务 ID', { optional: true })
  taskId?: string;

  @Field({
    nullable: true,
    description: `任务名称中含这些文字（最多 ${TASK_LIMITS.assignmentSearch} 个字符）`,
  })
  @TextField('任务名称关键词', TASK_LIMITS.assignmentSearch, { optional: true })
  search?: string;

  @Field(() => AssigneeType, {
    nullable: true,
    description: '只看这类分发（如本单位页只看分发给单位的 LIAISON_UNIT），总数和分页都按它计',
  })
  @EnumField(AssigneeType, '分发对象类型', { optional: true })
  assigneeType?: AssigneeType;
}

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field({ description: '只看未读', nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}

@InputType({ description: '把通知标为已读' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: '不填则全部标为已读' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(TASK_LIMITS.notificationIdsPerCall)
  @IsString({ each: true })
  ids?: string[];
}

@ObjectType({ description: '标为已读的结果' })
export class MarkNotificationsReadPayload {
  @Field(() => [NotificationModel], {
    description:
      '按 ids 标为已读的通知（此前已读的照旧返回）；不填 ids 全部标为已读时为空，客户端把缓存中的通知都视为已读',
  })
  notifications!: NotificationModel[];
  @Field({ description: '这次标记的阅读时间' }) readAt!: Date;
  @Field(() => Int, { description: '剩余未读数' }) unreadCount!: number;
}

@ObjectType()
export class UnreadCount {
  @Field(() => Int) unread!: number;
}
