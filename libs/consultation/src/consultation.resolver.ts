import type { OnModuleInit } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BadInputError, ConnectionArgs, type Connection, type GqlContext } from '@app/common';
import { DraftsService, DraftVersionModel, ProvisionModel, VERSIONS_BY_ID } from '@app/drafts';
import {
  CurrentActor,
  NodeRegistry,
  Permission,
  RequirePermission,
  rowExists,
  type Actor,
} from '@app/identity';
import { ContactPointModel, OrganizationService, POINTS_BY_ID } from '@app/organization';
import {
  ConsultationTaskEntity,
  type AssignmentEntity,
  type PointTaskEntity,
} from './consultation.entities.js';
import {
  AssignmentConnection,
  AssignmentModel,
  AssignmentReminderModel,
  ConsultationTaskConnection,
  ConsultationTaskModel,
  CreateConsultationTaskInput,
  DistributeTaskInput,
  ExtendDeadlineInput,
  IssueConsultationTaskInput,
  MarkNotificationsReadInput,
  MarkNotificationsReadPayload,
  MyAssignmentsArgs,
  NotificationConnection,
  NotificationModel,
  NotificationsArgs,
  PointTaskModel,
  RemindAssigneesInput,
  TransitionPointTaskInput,
} from './consultation.models.js';
import { ASSIGNEE_KIND } from './consultation.enums.js';
import { NotificationService } from './notification.service.js';
import { TaskService, effectiveDeadline } from './task.service.js';
import { POINT_TASKS_BY_ID, TASKS_BY_ID } from './consultation.loaders.js';

const toAssignment = (row: AssignmentEntity): AssignmentModel => ({
  ...row,
  provisionAddresses: JSON.parse(row.provisionAddresses) as string[],
});

@Resolver(() => ConsultationTaskModel)
export class ConsultationTaskResolver implements OnModuleInit {
  constructor(
    private readonly tasks: TaskService,
    private readonly drafts: DraftsService,
    private readonly nodes: NodeRegistry,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** node(id:) reaches tasks through consultationTask(id:) itself (opening one marks it opened, as there). */
  onModuleInit(): void {
    this.nodes.register({
      typename: 'ConsultationTask',
      permission: Permission.TASK_READ,
      exists: rowExists(this.db, ConsultationTaskEntity),
      load: (actor, id) => this.consultationTask(actor, id),
    });
  }

  @RequirePermission(Permission.TASK_READ)
  @Query(() => ConsultationTaskConnection, {
    description:
      '可见的征求意见任务：立法机关看本机关的，联系点执行机构看发往本联系点的，专家、单位和采集员看分发给自己的',
  })
  consultationTasks(
    @CurrentActor() actor: Actor,
    @Args() args: ConnectionArgs,
  ): Promise<Connection<ConsultationTaskModel>> {
    return this.tasks.list(actor, args);
  }

  @RequirePermission(Permission.TASK_READ)
  @Query(() => ConsultationTaskModel, {
    nullable: true,
    description: '征求意见任务；找不到或无权查看时为 null，原因见 errors，同一请求中的其他字段照常返回',
  })
  async consultationTask(
    @CurrentActor() actor: Actor,
    @Args('id', { description: '任务编号', type: () => ID }) id: string,
  ): Promise<ConsultationTaskModel> {
    const task = await this.tasks.get(actor, id);
    // Reading the task is what "opened" means to the executing body watching its distribution.
    await this.tasks.markOpened(actor, task);
    return task;
  }

  @RequirePermission(Permission.TASK_READ)
  @Query(() => AssignmentConnection, {
    description:
      '我的任务：分发给我（或我所在单位）的工作。仍在征集的在前，按本人完成时限由近到远；其余（已截止、已停止征集、汇总或报送后）在后，最近的在前',
  })
  async myAssignments(
    @CurrentActor() actor: Actor,
    @Args() args: MyAssignmentsArgs,
  ): Promise<Connection<AssignmentModel>> {
    const page = await this.tasks.myAssignments(actor, args);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toAssignment(e.node) })) };
  }

  @RequirePermission(Permission.TASK_MANAGE)
  @Mutation(() => ConsultationTaskModel, { description: '起草征求意见任务（尚未发出）' })
  createConsultationTask(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: CreateConsultationTaskInput,
  ): Promise<ConsultationTaskModel> {
    return this.tasks.create(actor, input);
  }

  @RequirePermission(Permission.TASK_MANAGE)
  @Mutation(() => ConsultationTaskModel, { description: '发出任务：各联系点收到任务，所用稿次从此冻结' })
  issueConsultationTask(
    @CurrentActor() actor: Actor,
    @Args('input', {
      description: '输入，各项见输入类型的说明',
      type: () => IssueConsultationTaskInput,
      nullable: true,
    })
    input?: IssueConsultationTaskInput | null,
    // Kept while clients move to `input`, like every other mutation; the two must not disagree.
    @Args('id', {
      description: '任务编号（已弃用，请用 input）',
      type: () => ID,
      nullable: true,
      deprecationReason: '请改用 input: { id }，与其他变更一致',
    })
    id?: string | null,
  ): Promise<ConsultationTaskModel> {
    const target = input?.id ?? id;
    if (!target) throw BadInputError.field('input.id', '请指定要发出的任务', 'TASK_ID_REQUIRED');
    if (input?.id && id && input.id !== id)
      throw BadInputError.field('input.id', 'id 与 input.id 不一致，请只用 input.id', 'TASK_ID_MISMATCH');
    return this.tasks.issue(actor, target);
  }

  @RequirePermission(Permission.TASK_MANAGE)
  @Mutation(() => ConsultationTaskModel, {
    description: '延长截止时间（全部或某个联系点；只延长仍在征集意见的联系点）',
  })
  extendTaskDeadline(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: ExtendDeadlineInput,
  ): Promise<ConsultationTaskModel> {
    return this.tasks.extendDeadline(actor, input);
  }

  @RequirePermission(Permission.TASK_DISTRIBUTE)
  @Mutation(() => PointTaskModel, { description: '推进任务在本联系点的办理状态' })
  transitionPointTask(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: TransitionPointTaskInput,
  ): Promise<PointTaskModel> {
    return this.tasks.transition(actor, input);
  }

  @RequirePermission(Permission.TASK_DISTRIBUTE)
  @Mutation(() => [AssignmentModel], { description: '分发任务：把全文或部分条文交给专家、联系单位或采集员' })
  async distributeTask(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: DistributeTaskInput,
  ): Promise<AssignmentModel[]> {
    return (await this.tasks.distribute(actor, input)).map(toAssignment);
  }

  @RequirePermission(Permission.TASK_DISTRIBUTE)
  @Mutation(() => [AssignmentReminderModel], {
    description: '催办：给所选分发对象发站内提醒（每个分发对象每天至多一次，本联系点执行机构）',
  })
  remindAssignees(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '要提醒的分发和附言' }) input: RemindAssigneesInput,
  ): Promise<AssignmentReminderModel[]> {
    return this.tasks.remind(actor, input);
  }

  @ResolveField(() => [String], { description: '重点问题提纲' })
  focusQuestions(@Parent() task: ConsultationTaskEntity): string[] {
    return JSON.parse(task.focusQuestions) as string[];
  }

  @ResolveField(() => DraftVersionModel, { description: '征求意见的稿次（含条文）' })
  async draftVersion(
    @Parent() task: ConsultationTaskEntity,
    @Context() ctx: GqlContext,
  ): Promise<DraftVersionModel> {
    return (await ctx.loaders
      .get(VERSIONS_BY_ID, (ids) => this.drafts.versionsByIds(ids))
      .load(task.draftVersionId)) as DraftVersionModel;
  }

  @ResolveField(() => [PointTaskModel], {
    description: '各联系点的办理情况（立法机关看全部，联系点只看本点）',
  })
  pointTasks(
    @Parent() task: ConsultationTaskEntity,
    @CurrentActor() actor: Actor,
  ): Promise<PointTaskModel[]> {
    return this.tasks.visiblePointTasks(actor, task);
  }
}

@Resolver(() => PointTaskModel)
export class PointTaskFieldsResolver {
  constructor(
    private readonly tasks: TaskService,
    private readonly organization: OrganizationService,
  ) {}

  private task(ctx: GqlContext, id: string) {
    return ctx.loaders.get(TASKS_BY_ID, (ids) => this.tasks.tasksByIds(ids)).load(id);
  }

  @ResolveField(() => ContactPointModel, { description: '联系点' })
  async contactPoint(
    @Parent() pointTask: PointTaskEntity,
    @Context() ctx: GqlContext,
  ): Promise<ContactPointModel> {
    return (await ctx.loaders
      .get(POINTS_BY_ID, (ids) => this.organization.pointsByIds(ids))
      .load(pointTask.contactPointId))!;
  }

  @ResolveField(() => Date, { description: '本联系点适用的截止时间（含延长）' })
  async effectiveDeadline(@Parent() pointTask: PointTaskEntity, @Context() ctx: GqlContext): Promise<Date> {
    return effectiveDeadline((await this.task(ctx, pointTask.taskId))!, pointTask);
  }

  @ResolveField(() => Boolean, { description: '已过截止时间仍未报送' })
  async overdue(@Parent() pointTask: PointTaskEntity, @Context() ctx: GqlContext): Promise<boolean> {
    return this.tasks.isOverdue((await this.task(ctx, pointTask.taskId))!, pointTask);
  }

  @ResolveField(() => Boolean, {
    description:
      '本联系点是否仍在接收新的意见（提交、离线补报、纸质意见表导入）：征集中且未过截止时间；开始汇总、报送后、过了截止时间或联系点已停用为 false',
  })
  async acceptingOpinions(
    @Parent() pointTask: PointTaskEntity,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    if (!this.tasks.acceptsOpinions((await this.task(ctx, pointTask.taskId))!, pointTask)) return false;
    // A switched-off point takes nothing new (TaskService.assertPointActive).
    return (await this.contactPoint(pointTask, ctx)).active;
  }

  @ResolveField(() => [AssignmentModel], {
    nullable: true,
    description: '本联系点的内部分发（仅本联系点执行机构可见，其他人为 null）',
  })
  async assignments(
    @Parent() pointTask: PointTaskEntity,
    @CurrentActor() actor: Actor,
  ): Promise<AssignmentModel[] | null> {
    return (await this.tasks.assignmentsOf(actor, pointTask))?.map(toAssignment) ?? null;
  }
}

@Resolver(() => AssignmentModel)
export class AssignmentFieldsResolver {
  constructor(
    private readonly tasks: TaskService,
    private readonly drafts: DraftsService,
    private readonly organization: OrganizationService,
  ) {}

  @ResolveField(() => ConsultationTaskModel, { description: '所属征求意见任务' })
  async task(
    @Parent() assignment: AssignmentModel,
    @Context() ctx: GqlContext,
  ): Promise<ConsultationTaskModel> {
    return (await ctx.loaders.get(TASKS_BY_ID, (ids) => this.tasks.tasksByIds(ids)).load(assignment.taskId))!;
  }

  @ResolveField(() => [ProvisionModel], { description: '分配的条文（全文分配时为空列表）' })
  async provisions(
    @Parent() assignment: AssignmentModel,
    @Context() ctx: GqlContext,
  ): Promise<ProvisionModel[]> {
    if (!assignment.provisionAddresses.length) return [];
    const task = (await ctx.loaders
      .get(TASKS_BY_ID, (ids) => this.tasks.tasksByIds(ids))
      .load(assignment.taskId))!;
    return (await this.drafts.findProvisions(
      task.draftVersionId,
      assignment.provisionAddresses,
    )) as ProvisionModel[];
  }

  @ResolveField(() => String, { description: '分发对象的名称' })
  async assigneeName(@Parent() assignment: AssignmentModel): Promise<string> {
    return (await this.organization.mustFind(ASSIGNEE_KIND[assignment.assigneeType], assignment.assigneeId))
      .name;
  }

  @ResolveField(() => PointTaskModel, {
    description: '本联系点对该任务的办理情况（状态、截止时间、是否仍在接收意见）',
  })
  async pointTask(
    @Parent() assignment: AssignmentModel,
    @Context() ctx: GqlContext,
  ): Promise<PointTaskModel> {
    return (await ctx.loaders
      .get(POINT_TASKS_BY_ID, (ids) => this.tasks.pointTasksByIds(ids))
      .load(assignment.pointTaskId))!;
  }

  @ResolveField(() => Boolean, { description: '已过完成时限' })
  async overdue(@Parent() assignment: AssignmentModel, @Context() ctx: GqlContext): Promise<boolean> {
    const pointTask = await ctx.loaders
      .get(POINT_TASKS_BY_ID, (ids) => this.tasks.pointTasksByIds(ids))
      .load(assignment.pointTaskId);
    return this.tasks.isAssignmentOverdue(assignment, pointTask!);
  }
}

@Resolver(() => NotificationModel)
export class NotificationResolver {
  constructor(private readonly inbox: NotificationService) {}

  @RequirePermission(Permission.SELF)
  @Query(() => NotificationConnection, { description: '我的站内通知，最新的在前' })
  notifications(
    @CurrentActor() actor: Actor,
    @Args() args: NotificationsArgs,
  ): Promise<Connection<NotificationModel>> {
    return this.inbox.list(actor, args);
  }

  @RequirePermission(Permission.SELF)
  @Query(() => Int, { description: '未读通知数' })
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.inbox.unreadCount(actor);
  }

  @RequirePermission(Permission.SELF)
  @Mutation(() => MarkNotificationsReadPayload, {
    description: '标为已读（不填 ids 则全部），返回标记的通知和剩余未读数',
  })
  markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: MarkNotificationsReadInput,
  ): Promise<MarkNotificationsReadPayload> {
    return this.inbox.markRead(actor, input);
  }
}
