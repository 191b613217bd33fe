import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, In, IsNull, Like, type DataSource, type EntityManager } from 'typeorm';
import {
  BadInputError,
  Clock,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  chinaDate,
  chunk,
  newId,
  pageWindow,
  toConnection,
  type Connection,
} from '@app/common';
import { AuditService } from '@app/audit';
import { inTransaction, loadByIds } from '@app/database';
import { DraftsService } from '@app/drafts';
import { AccountService, EXECUTING_BODY_ROLES, Role, isSystemAdmin, type Actor } from '@app/identity';
import { actsForLegislature, canReadPoint, OrganizationService } from '@app/organization';
import {
  ASSIGNEE_KIND,
  AssigneeType,
  NotificationKind,
  PointTaskState,
  STATE_LABELS,
  TaskStatus,
} from './consultation.enums.js';
import {
  AssignmentEntity,
  ConsultationTaskEntity,
  NotificationEntity,
  PointTaskEntity,
} from './consultation.entities.js';
import type {
  AssignmentInput,
  CreateConsultationTaskInput,
  AssignmentReminderModel,
  DistributeTaskInput,
  ExtendDeadlineInput,
  RemindAssigneesInput,
  TransitionPointTaskInput,
} from './consultation.models.js';
import {
  assertExtensionWithinReach,
  deadlineBeyondReach,
  formatChinaTime,
  issueDateProblem,
} from './deadline.js';
import { NotificationService } from './notification.service.js';
import { DISTRIBUTABLE_STATES, OPEN_STATES, TRANSITIONS, checkTransition } from './task-state-machine.js';

/** Everything that decides which tasks a caller sees, resolved once per call. */
interface TaskScope {
  all: boolean;
  legislatureIds: string[];
  pointIds: string[];
  expertIds: string[];
  collectorIds: string[];
  unitIds: string[];
}

export const effectiveDeadline = (
  task: Pick<ConsultationTaskEntity, 'deadline'>,
  pointTask: Pick<PointTaskEntity, 'extendedDeadline'>,
): Date => pointTask.extendedDeadline ?? task.deadline;

/**
 * The day (China time) the task reached the point: the notice's date, the day it was issued, or the day the point
 * received it, whichever is earliest. Nothing of the point's collection — an activity, an opinion's 征集日期 — can be
 * dated before it (DATE_BEFORE_ISSUE).
 */
export const collectionOpensOn = (
  task: Pick<ConsultationTaskEntity, 'issueDate' | 'issuedAt'>,
  pointTask: Pick<PointTaskEntity, 'receivedAt'>,
): string | undefined =>
  [
    task.issueDate,
    task.issuedAt && chinaDate(task.issuedAt),
    pointTask.receivedAt && chinaDate(pointTask.receivedAt),
  ]
    .filter((d): d is string => !!d)
    .sort()[0];

const isExecutiveOf = (actor: Actor, contactPointId: string) =>
  isSystemAdmin(actor) ||
  actor.grants.some((g) => EXECUTING_BODY_ROLES.includes(g.role) && g.contactPointId === contactPointId);

@Injectable()
export class TaskService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly drafts: DraftsService,
    private readonly organization: OrganizationService,
    private readonly accounts: AccountService,
    private readonly notifications: NotificationService,
    private readonly clock: Clock,
  ) {}

  // ── the legislature's side ─────────────────────────────────────────────────────────────────────────────────────

  async create(
    actor: Actor,
    input: CreateConsultationTaskInput,
    outer?: EntityManager,
  ): Promise<ConsultationTaskEntity> {
    const now = this.clock.now();
    const deadline = input.deadline;
    if (deadline.getTime() <= now.getTime()) {
      throw BadInputError.field(
        'input.deadline',
        `截止时间 ${formatChinaTime(deadline)} 已经过去，请选择将来的时间`,
        'DEADLINE_IN_PAST',
      );
    }
    const tooFar = deadlineBeyondReach(deadline, now);
    if (tooFar) throw BadInputError.field('input.deadline', tooFar.message, tooFar.code);
    const issueDate = input.issueDate ?? null;
    const badIssueDate = issueDate && issueDateProblem(issueDate, deadline, now);
    if (badIssueDate) throw BadInputError.field('input.issueDate', badIssueDate.message, badIssueDate.code);
    return inTransaction(this.db, outer, async (em) => {
      // Another legislature's version answers as a missing one (DRAFT_VERSION_NOT_FOUND).
      const version = await this.drafts.mustFindVisibleVersion(actor, input.draftVersionId, em);
      const draft = await this.drafts.mustFindDraft(version.draftId, em);
      if (version.supersededById) {
        throw new ConflictError('VERSION_SUPERSEDED', '该稿次已被新稿次取代，请基于最新稿次发起任务');
      }
      const pointIds = [...new Set(input.contactPointIds)];
      for (const pointId of pointIds) {
        // Another legislature's point answers as a missing one to its staff (an administrator is told why).
        const point = await this.organization.mustFindVisible(actor, 'contactPoint', pointId, em);
        if (point.legislatureId !== draft.legislatureId) {
          throw BadInputError.field(
            'input.contactPointIds',
            `联系点“${point.name}”不是本立法机关设立的`,
            'CONTACT_POINT_OF_OTHER_LEGISLATURE',
          );
        }
        if (!point.active)
          throw BadInputError.field(
            'input.contactPointIds',
            `联系点“${point.name}”已停用`,
            'CONTACT_POINT_INACTIVE',
          );
      }
      const task: ConsultationTaskEntity = {
        id: newId(),
        legislatureId: draft.legislatureId,
        draftVersionId: version.id,
        title: input.title,
        noticeText: input.noticeText,
        reviewStage: input.reviewStage ?? (version.stage as ConsultationTaskEntity['reviewStage']),
        focusQuestions: JSON.stringify(input.focusQuestions ?? []),
        status: TaskStatus.DRAFT,
        issueDate,
        issuedAt: null,
        deadline,
        createdById: actor.accountId,
        createdAt: now,
        updatedAt: now,
      };
      await em.insert(ConsultationTaskEntity, task);
      const pointTasks = pointIds.map((contactPointId) => ({
        id: newId(),
        taskId: task.id,
        contactPointId,
        state: PointTaskState.RECEIVED,
        extendedDeadline: null,
        receivedAt: null,
        updatedAt: now,
      }));
      for (const part of chunk(pointTasks, 200)) await em.insert(PointTaskEntity, part);
      await this.audit.record(em, actor, {
        action: 'consultationTask.create',
        entityType: 'ConsultationTask',
        entityId: task.id,
        after: { ...task, contactPointIds: pointIds },
      });
      return task;
    });
  }

  /** Sends the task: the version is frozen, each addressed point receives it, its executing body is told. */
  async issue(actor: Actor, taskId: string, outer?: EntityManager): Promise<ConsultationTaskEntity> {
    const now = this.clock.now();
    return inTransaction(this.db, outer, async (em) => {
      const task = await this.mustFindVisibleTask(actor, taskId, em);
      if (!actsForLegislature(actor, task.legislatureId))
        throw new ForbiddenError('只有本立法机关的工作人员可以发出任务');
      if (task.status !== TaskStatus.DRAFT) throw new ConflictError('TASK_ALREADY_ISSUED', '该任务已经发出');
      if (task.deadline.getTime() <= now.getTime()) {
        throw new ConflictError(
          'DEADLINE_IN_PAST',
          `截止时间 ${formatChinaTime(task.deadline)} 已经过去，请先修改截止时间`,
        );
      }
      // Judged again as sent: a draft kept for months may carry a notice date now too old (or, from before these
      // limits, a deadline too far); the task is the notice as issued.
      const tooFar = deadlineBeyondReach(task.deadline, now);
      if (tooFar) throw new ConflictError(tooFar.code, tooFar.message);
      const badIssueDate = task.issueDate && issueDateProblem(task.issueDate, task.deadline, now);
      if (badIssueDate)
        throw new ConflictError(
          badIssueDate.code,
          `${badIssueDate.message}；请按通知实际落款的日期重新起草任务`,
        );
      const after = {
        ...task,
        status: TaskStatus.ISSUED,
        issuedAt: now,
        issueDate: task.issueDate ?? chinaDate(now),
        updatedAt: now,
      };
      await em.update(
        ConsultationTaskEntity,
        { id: task.id },
        { status: after.status, issuedAt: now, issueDate: after.issueDate, updatedAt: now },
      );
      await em.update(PointTaskEntity, { taskId: task.id }, { receivedAt: now, updatedAt: now });
      await this.drafts.freezeVersion(em, task.draftVersionId);
      for (const pointTask of await em.findBy(PointTaskEntity, { taskId: task.id })) {
        const recipients = await this.accounts.accountIdsWithRole(
          EXECUTING_BODY_ROLES,
          { contactPointId: pointTask.contactPointId },
          em,
        );
        await this.notifications.notify(em, recipients, {
          kind: NotificationKind.TASK_RECEIVED,
          eventKey: `received:${pointTask.id}`,
          at: now,
          taskId: task.id,
          title: `收到征求意见任务：${task.title}`,
          body: `请于 ${formatChinaTime(task.deadline)}（北京时间）前报送意见建议。`,
        });
      }
      await this.audit.record(em, actor, {
        action: 'consultationTask.issue',
        entityType: 'ConsultationTask',
        entityId: task.id,
        before: task,
        after,
      });
      return after;
    });
  }

  /**
   * The legislature records an extension, for one point or all; until then nothing is accepted after the deadline.
   *
   * The old deadline capped every internal due date of the point (distribution refuses a later one), so the point's
   * whole internal schedule moves with it: each active assignment's due date moves by the length of the extension,
   * keeping its lead before the deadline (a due date at the old deadline lands on the new one). Without this the
   * collectors' and experts' due dates stay behind and show as overdue. Everyone the task was distributed to is told
   * their new due date, and the executing body the new deadline, in the same transaction, each change audited.
   */
  async extendDeadline(actor: Actor, input: ExtendDeadlineInput): Promise<ConsultationTaskEntity> {
    const now = this.clock.now();
    const deadline = input.deadline;
    if (deadline.getTime() <= now.getTime()) {
      throw BadInputError.field('input.deadline', '新的截止时间必须晚于现在', 'DEADLINE_IN_PAST');
    }
    return this.db.transaction(async (em) => {
      const task = await this.mustFindVisibleTask(actor, input.taskId, em);
      if (!actsForLegislature(actor, task.legislatureId))
        throw new ForbiddenError('只有本立法机关的工作人员可以延长截止时间');
      if (task.status !== TaskStatus.ISSUED)
        throw new ConflictError('TASK_NOT_ISSUED', '任务尚未发出，请直接修改任务的截止时间');
      const named = input.contactPointId
        ? [await this.mustFindPointTask(task.id, input.contactPointId, em)]
        : await em.findBy(PointTaskEntity, { taskId: task.id });
      // An extension means something only while a point still collects (F12): one that has started consolidating,
      // or submitted, keeps its deadline and its assignees' due dates, and nobody there is told of a new one.
      const pointTasks = named.filter((p) => DISTRIBUTABLE_STATES.includes(p.state));
      const passed = named.filter((p) => !DISTRIBUTABLE_STATES.includes(p.state));
      if (!pointTasks.length) {
        throw new ConflictError(
          'TASK_NOT_COLLECTING',
          input.contactPointId
            ? `该联系点的任务当前为“${STATE_LABELS[passed[0].state]}”，不再征集意见，无需延长截止时间`
            : '各联系点都已开始汇总或已报送，没有仍在征集意见的联系点，无需延长截止时间',
        );
      }
      if (passed.length) {
        // Said to whoever extended it (the answer's pointTasks show it too): which points kept their deadline.
        const names: string[] = [];
        for (const p of passed) {
          const point = await this.organization.mustFind('contactPoint', p.contactPointId, em);
          names.push(`${point.name}（${STATE_LABELS[p.state]}）`);
        }
        await this.notifications.notify(em, [actor.accountId], {
          kind: NotificationKind.DEADLINE_EXTENDED,
          eventKey: `extended-skipped:${task.id}:${deadline.getTime()}`,
          taskId: task.id,
          title: `截止时间已为 ${pointTasks.length} 个联系点延长：${task.title}`,
          body:
            `新的截止时间为 ${formatChinaTime(deadline)}（北京时间）。` +
            `以下 ${passed.length} 个联系点已开始汇总或已报送，不再征集意见，未延长：${names.join('、')}。`,
        });
      }
      for (const pointTask of pointTasks) {
        const previous = effectiveDeadline(task, pointTask);
        if (deadline.getTime() <= previous.getTime()) {
          throw BadInputError.field('input.deadline', '新的截止时间必须晚于原截止时间', 'DEADLINE_NOT_LATER');
        }
        assertExtensionWithinReach(deadline, effectiveDeadline(task, pointTask), now, 'input.deadline');
        await em.update(
          PointTaskEntity,
          { id: pointTask.id },
          { extendedDeadline: deadline, updatedAt: now },
        );
        const moved = await this.moveDueDates(em, actor, task, pointTask, previous, deadline, input.reason);
        const recipients = await this.accounts.accountIdsWithRole(
          EXECUTING_BODY_ROLES,
          { contactPointId: pointTask.contactPointId },
          em,
        );
        await this.notifications.notify(em, recipients, {
          kind: NotificationKind.DEADLINE_EXTENDED,
          eventKey: `extended:${pointTask.id}:${deadline.getTime()}`,
          taskId: task.id,
          title: `截止时间已延长：${task.title}`,
          body:
            `新的截止时间为 ${formatChinaTime(deadline)}（北京时间）。理由：${input.reason}` +
            (moved ? `。已分发的 ${moved} 项任务的完成时限随之顺延，并已通知各分发对象。` : ''),
        });
        await this.audit.record(em, actor, {
          action: 'pointTask.extendDeadline',
          entityType: 'PointTask',
          entityId: pointTask.id,
          before: pointTask,
          after: { ...pointTask, extendedDeadline: deadline, reason: input.reason, assignmentsMoved: moved },
        });
      }
      if (passed.length) {
        await this.audit.record(em, actor, {
          action: 'task.extendDeadline.skipped',
          entityType: 'ConsultationTask',
          entityId: task.id,
          after: { deadline, notExtended: passed.map((p) => ({ pointTaskId: p.id, state: p.state })) },
        });
      }
      return task;
    });
  }

  /** Moves the point's active due dates by the extension and tells each assignee; returns how many moved. */
  private async moveDueDates(
    em: EntityManager,
    actor: Actor,
    task: ConsultationTaskEntity,
    pointTask: PointTaskEntity,
    previous: Date,
    deadline: Date,
    reason: string,
  ): Promise<number> {
    const shift = deadline.getTime() - previous.getTime();
    const assignments = await em.find(AssignmentEntity, {
      where: { pointTaskId: pointTask.id, active: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    for (const assignment of assignments) {
      const dueAt = new Date(Math.min(assignment.dueAt.getTime() + shift, deadline.getTime()));
      await em.update(AssignmentEntity, { id: assignment.id }, { dueAt });
      await this.audit.record(em, actor, {
        action: 'assignment.extendDue',
        entityType: 'Assignment',
        entityId: assignment.id,
        before: { dueAt: assignment.dueAt },
        after: { dueAt, reason },
      });
      await this.notifications.notify(em, await this.assigneeAccounts(em, assignment), {
        kind: NotificationKind.DEADLINE_EXTENDED,
        eventKey: `extended:${assignment.id}:${dueAt.getTime()}`,
        taskId: task.id,
        assignmentId: assignment.id,
        title: `完成时限已顺延：${task.title}`,
        body:
          `立法机关将截止时间延长至 ${formatChinaTime(deadline)}（北京时间），` +
          `您的完成时限由 ${formatChinaTime(assignment.dueAt)} 顺延至 ${formatChinaTime(dueAt)}。理由：${reason}`,
      });
    }
    return assignments.length;
  }

  // ── the contact point's side ───────────────────────────────────────────────────────────────────────────────────

  async transition(
    actor: Actor,
    input: TransitionPointTaskInput,
    outer?: EntityManager,
  ): Promise<PointTaskEntity> {
    return inTransaction(this.db, outer, async (em) => {
      const task = await this.mustFindVisibleTask(actor, input.taskId, em);
      const pointTask = await this.mustFindVisiblePointTask(actor, task, input.contactPointId, em);
      this.assertExecutive(actor, task, pointTask);
      const isPointHead =
        isSystemAdmin(actor) ||
        actor.grants.some((g) => g.role === Role.POINT_HEAD && g.contactPointId === pointTask.contactPointId);
      const check = checkTransition(pointTask.state, input.to, { isPointHead });
      if (!check.ok)
        throw new ConflictError(`TRANSITION_${check.reason}`, check.message, {
          from: pointTask.state,
          to: input.to,
        });
      return this.moveTo(em, actor, pointTask, input.to);
    });
  }

  /**
   * Moves a point task along an edge owned by a domain operation (submission, the legislature's feedback, a return by
   * a delegated approver), inside that operation's transaction. The operation has already decided who may do it; this
   * only refuses an edge the state machine does not have.
   */
  async advance(
    em: EntityManager,
    actor: Actor,
    taskId: string,
    contactPointId: string,
    to: PointTaskState,
  ): Promise<PointTaskEntity> {
    const pointTask = await this.mustFindPointTask(taskId, contactPointId, em);
    if (pointTask.state === to) return pointTask;
    if (!TRANSITIONS[pointTask.state].some((edge) => edge.to === to)) {
      throw new ConflictError(
        'TRANSITION_NOT_ALLOWED',
        `任务当前为“${STATE_LABELS[pointTask.state]}”，不能转为“${STATE_LABELS[to]}”`,
        { from: pointTask.state, to },
      );
    }
    return this.moveTo(em, actor, pointTask, to);
  }

  private async moveTo(
    em: EntityManager,
    actor: Actor,
    pointTask: PointTaskEntity,
    to: PointTaskState,
    now = this.clock.now(),
  ): Promise<PointTaskEntity> {
    const after = { ...pointTask, state: to, updatedAt: now };
    await em.update(PointTaskEntity, { id: pointTask.id }, { state: to, updatedAt: now });
    await this.audit.record(em, actor, {
      action: 'pointTask.transition',
      entityType: 'PointTask',
      entityId: pointTask.id,
      before: { state: pointTask.state },
      after: { state: to, label: STATE_LABELS[to] },
    });
    return after;
  }

  /** 分发: gives parts of the draft to experts, units and collectors of the point, each with an internal due date. */
  async distribute(
    actor: Actor,
    input: DistributeTaskInput,
    outer?: EntityManager,
  ): Promise<AssignmentEntity[]> {
    const now = this.clock.now();
    const dueDates = input.assignments.map((a) => a.dueAt);
    return inTransaction(this.db, outer, async (em) => {
      const task = await this.mustFindVisibleTask(actor, input.taskId, em);
      const pointTask = await this.mustFindVisiblePointTask(actor, task, input.contactPointId, em);
      this.assertExecutive(actor, task, pointTask);
      if (!DISTRIBUTABLE_STATES.includes(pointTask.state)) {
        throw new ConflictError(
          'TASK_NOT_DISTRIBUTABLE',
          `任务当前为“${STATE_LABELS[pointTask.state]}”，不能再分发`,
        );
      }
      const deadline = effectiveDeadline(task, pointTask);
      if (now.getTime() > deadline.getTime()) {
        throw new ConflictError(
          'DEADLINE_PASSED',
          `任务已于 ${formatChinaTime(deadline)} 截止，除非立法机关延长截止时间，不能再分发`,
        );
      }
      const rows: AssignmentEntity[] = [];
      for (const [i, assignment] of input.assignments.entries()) {
        const field = `input.assignments.${i}`;
        const dueAt = dueDates[i];
        if (dueAt.getTime() > deadline.getTime()) {
          throw BadInputError.field(
            `${field}.dueAt`,
            `完成时限 ${formatChinaTime(dueAt)} 晚于立法机关的截止时间 ${formatChinaTime(deadline)}`,
            'DUE_AFTER_DEADLINE',
          );
        }
        if (dueAt.getTime() <= now.getTime())
          throw BadInputError.field(`${field}.dueAt`, '完成时限已经过去', 'DUE_IN_PAST');
        await this.assertAssignee(em, actor, assignment, pointTask.contactPointId, field);
        const addresses = [...new Set(assignment.provisionAddresses ?? [])];
        if (addresses.length) {
          const found = new Set(
            (await this.drafts.findProvisions(task.draftVersionId, addresses, em)).map((p) => p.address),
          );
          const missing = addresses.filter((a) => !found.has(a));
          if (missing.length) {
            throw BadInputError.field(
              `${field}.provisionAddresses`,
              `草案中没有这些条文：${missing.slice(0, 10).join('、')}`,
              'PROVISION_NOT_FOUND',
            );
          }
        }
        rows.push({
          id: newId(),
          pointTaskId: pointTask.id,
          taskId: task.id,
          contactPointId: pointTask.contactPointId,
          assigneeType: assignment.assigneeType,
          assigneeId: assignment.assigneeId,
          provisionAddresses: JSON.stringify(addresses),
          dueAt,
          note: assignment.note ?? null,
          active: true,
          createdById: actor.accountId,
          createdAt: now,
          openedAt: null,
        });
      }
      for (const part of chunk(rows, 100)) await em.insert(AssignmentEntity, part);
      for (const row of rows) {
        await this.audit.record(em, actor, {
          action: 'assignment.create',
          entityType: 'Assignment',
          entityId: row.id,
          after: row,
        });
        await this.notifications.notify(em, await this.assigneeAccounts(em, row), {
          kind: NotificationKind.TASK_ASSIGNED,
          eventKey: `assigned:${row.id}`,
          at: now,
          taskId: task.id,
          assignmentId: row.id,
          title: `新任务：${task.title}`,
          body: `请于 ${formatChinaTime(row.dueAt)}（北京时间）前完成${row.note ? `。说明：${row.note}` : '。'}`,
        });
      }
      if (pointTask.state === PointTaskState.RECEIVED)
        await this.moveTo(em, actor, pointTask, PointTaskState.DISPATCHED, now);
      return rows;
    });
  }

  /**
   * 催办: the executing body reminds assignees through their inbox. At most once per assignee per day (China Standard
   * Time): a second reminder the same day is reported as not sent, so pressing the button twice never floods an inbox.
   */
  async remind(actor: Actor, input: RemindAssigneesInput): Promise<AssignmentReminderModel[]> {
    const now = this.clock.now();
    const today = chinaDate(now);
    return this.db.transaction(async (em) => {
      const task = await this.mustFindVisibleTask(actor, input.taskId, em);
      const pointTask = await this.mustFindVisiblePointTask(actor, task, input.contactPointId, em);
      this.assertExecutive(actor, task, pointTask);
      // Its assignees can add nothing more (assertPointActive): nothing to press them for.
      await this.assertPointActive(pointTask.contactPointId, '分发对象不能再提交意见，不需要催办', em);
      if (!DISTRIBUTABLE_STATES.includes(pointTask.state)) {
        throw new ConflictError(
          'TASK_NOT_REMINDABLE',
          `任务当前为“${STATE_LABELS[pointTask.state]}”，分发对象的工作已经结束，不需要催办`,
        );
      }
      const ids = [...new Set(input.assignmentIds)];
      const assignments = await em.findBy(AssignmentEntity, {
        id: In(ids),
        pointTaskId: pointTask.id,
        active: true,
      });
      const missing = ids.filter((id) => !assignments.some((a) => a.id === id));
      if (missing.length) {
        throw BadInputError.field(
          'input.assignmentIds',
          '所选分发不属于本联系点的这项任务，或已撤销，请刷新后重试',
          'ASSIGNMENT_NOT_FOUND',
        );
      }
      const handled = new Set<string>();
      const results: AssignmentReminderModel[] = [];
      for (const id of ids) {
        const assignment = assignments.find((a) => a.id === id)!;
        const assigneeName = (
          await this.organization.mustFind(ASSIGNEE_KIND[assignment.assigneeType], assignment.assigneeId, em)
        ).name;
        const eventKey = `remind:${task.id}:${assignment.assigneeType}:${assignment.assigneeId}:${today}`;
        const already =
          handled.has(eventKey) ||
          (await em.existsBy(NotificationEntity, { dedupeKey: Like(`${eventKey}:%`) }));
        if (already) {
          results.push({
            assignmentId: id,
            assigneeName,
            sent: false,
            reason: 'ALREADY_REMINDED_TODAY',
            message: '今天已提醒过，明天可再次提醒',
          });
          continue;
        }
        handled.add(eventKey);
        const accounts = await this.assigneeAccounts(em, assignment);
        if (!accounts.length) {
          results.push({
            assignmentId: id,
            assigneeName,
            sent: false,
            reason: 'NO_ACCOUNT',
            message: '分发对象没有登录账号，请电话联系',
          });
          continue;
        }
        await this.notifications.notify(em, accounts, {
          kind: NotificationKind.REMINDER,
          eventKey,
          at: now,
          taskId: task.id,
          assignmentId: assignment.id,
          title: `催办：${task.title}`,
          body:
            `请于 ${formatChinaTime(assignment.dueAt)}（北京时间）前完成。` +
            (input.message ? `附言：${input.message}` : ''),
        });
        await this.audit.record(em, actor, {
          action: 'assignment.remind',
          entityType: 'Assignment',
          entityId: assignment.id,
          after: { recipients: accounts.length, message: input.message ?? null },
        });
        results.push({ assignmentId: id, assigneeName, sent: true, reason: null, message: null });
      }
      return results;
    });
  }

  private async assertAssignee(
    em: EntityManager,
    actor: Actor,
    input: AssignmentInput,
    contactPointId: string,
    field: string,
  ): Promise<void> {
    // Another point's expert, unit or collector answers as a missing one, unless the caller may see that point.
    const assignee = await this.organization.mustFindVisible(
      actor,
      ASSIGNEE_KIND[input.assigneeType],
      input.assigneeId,
      em,
    );
    if (assignee.contactPointId !== contactPointId) {
      throw BadInputError.field(
        `${field}.assigneeId`,
        '只能分发给本联系点的专家、联系单位或采集员',
        'ASSIGNEE_OF_OTHER_POINT',
      );
    }
    if (!assignee.active)
      throw BadInputError.field(`${field}.assigneeId`, '分发对象已停用', 'ASSIGNEE_INACTIVE');
  }

  /** Who sees an assignment in "my tasks": the expert or collector's account, or a unit's admins and collectors. */
  async assigneeAccounts(
    em: EntityManager,
    assignment: Pick<AssignmentEntity, 'assigneeType' | 'assigneeId'>,
  ): Promise<string[]> {
    if (assignment.assigneeType === AssigneeType.LIAISON_UNIT) {
      return this.accounts.accountIdsWithRole(
        [Role.UNIT_ADMIN, Role.COLLECTOR],
        { liaisonUnitId: assignment.assigneeId },
        em,
      );
    }
    const member = await this.organization.mustFind(
      ASSIGNEE_KIND[assignment.assigneeType],
      assignment.assigneeId,
      em,
    );
    return member.accountId ? [member.accountId] : [];
  }

  private assertExecutive(actor: Actor, task: ConsultationTaskEntity, pointTask: PointTaskEntity): void {
    if (task.status !== TaskStatus.ISSUED) throw new NotFoundError('征求意见任务', task.id);
    if (!isExecutiveOf(actor, pointTask.contactPointId))
      throw new ForbiddenError('只有本联系点的具体执行机构可以办理该任务');
  }

  // ── reading ────────────────────────────────────────────────────────────────────────────────────────────────────

  private async scopeOf(actor: Actor, em: EntityManager = this.db.manager): Promise<TaskScope> {
    const members = await this.organization.membersOfAccount(actor.accountId, em);
    return {
      all: isSystemAdmin(actor),
      legislatureIds: actor.grants
        .filter((g) => g.role === Role.LEGISLATURE_STAFF)
        .map((g) => g.legislatureId!),
      pointIds: actor.grants
        .filter((g) => EXECUTING_BODY_ROLES.includes(g.role))
        .map((g) => g.contactPointId!),
      unitIds: actor.grants
        .filter((g) => g.role === Role.UNIT_ADMIN || g.role === Role.COLLECTOR)
        .map((g) => g.liaisonUnitId!),
      ...members,
    };
  }

  /** The tasks a caller may see: the legislature's own; those addressed to one's point; those assigned to one. */
  async list(
    actor: Actor,
    args: { first?: number; after?: string },
  ): Promise<Connection<ConsultationTaskEntity>> {
    const window = pageWindow(args);
    const scope = await this.scopeOf(actor);
    const qb = this.db.getRepository(ConsultationTaskEntity).createQueryBuilder('t');
    if (!scope.all) {
      const none = ['-'];
      qb.where(
        new Brackets((w) => {
          w.where('t.legislature_id IN (:...legislatureIds)', {
            legislatureIds: scope.legislatureIds.length ? scope.legislatureIds : none,
          })
            .orWhere(
              `t.status = :issued AND t.id IN (SELECT pt.task_id FROM point_task pt WHERE pt.contact_point_id IN (:...pointIds))`,
              { issued: TaskStatus.ISSUED, pointIds: scope.pointIds.length ? scope.pointIds : none },
            )
            .orWhere(
              `t.status = :issued AND t.id IN (SELECT a.task_id FROM assignment a WHERE a.active = :active AND (
                 (a.assignee_type = 'EXPERT' AND a.assignee_id IN (:...expertIds))
                 OR (a.assignee_type = 'COLLECTOR' AND a.assignee_id IN (:...collectorIds))
                 OR (a.assignee_type = 'LIAISON_UNIT' AND a.assignee_id IN (:...unitIds))))`,
              {
                active: true,
                expertIds: scope.expertIds.length ? scope.expertIds : none,
                collectorIds: scope.collectorIds.length ? scope.collectorIds : none,
                unitIds: scope.unitIds.length ? scope.unitIds : none,
              },
            );
        }),
      );
    }
    const total = await qb.getCount();
    const rows =
      window.limit === 0
        ? []
        : await qb
            .orderBy('t.deadline', 'DESC')
            .addOrderBy('t.id', 'ASC')
            .skip(window.offset)
            .take(window.limit)
            .getMany();
    return toConnection(rows, total, window);
  }

  get(actor: Actor, id: string): Promise<ConsultationTaskEntity> {
    return this.mustFindVisibleTask(actor, id);
  }

  /** The first time an assignee reads the task, their assignments on it are marked opened (for the executing body). */
  async markOpened(actor: Actor, task: ConsultationTaskEntity): Promise<void> {
    if (task.status !== TaskStatus.ISSUED) return;
    const where = this.assigneeConditions(await this.scopeOf(actor)).map((c) => ({
      ...c,
      taskId: task.id,
      openedAt: IsNull(),
    }));
    for (const condition of where)
      await this.db.getRepository(AssignmentEntity).update(condition, { openedAt: this.clock.now() });
  }

  private async canSee(
    actor: Actor,
    task: ConsultationTaskEntity,
    em: EntityManager = this.db.manager,
  ): Promise<boolean> {
    if (actsForLegislature(actor, task.legislatureId)) return true;
    if (task.status !== TaskStatus.ISSUED) return false;
    // The executing body's points come from the grants alone: no member lookup for the commonest callers.
    const pointIds = actor.grants
      .filter((g) => EXECUTING_BODY_ROLES.includes(g.role))
      .map((g) => g.contactPointId!);
    if (
      pointIds.length &&
      (await em.existsBy(PointTaskEntity, { taskId: task.id, contactPointId: In(pointIds) }))
    ) {
      return true;
    }
    const scope = await this.scopeOf(actor, em);
    const where = this.assigneeConditions(scope).map((c) => ({ ...c, taskId: task.id }));
    return where.length > 0 && em.existsBy(AssignmentEntity, where);
  }

  /** The assignee ids a caller answers to, by kind (empty kinds left out). */
  private assigneeGroups(scope: TaskScope): Array<{ type: AssigneeType; ids: string[] }> {
    return [
      { type: AssigneeType.EXPERT, ids: scope.expertIds },
      { type: AssigneeType.COLLECTOR, ids: scope.collectorIds },
      { type: AssigneeType.LIAISON_UNIT, ids: scope.unitIds },
    ].filter((c) => c.ids.length > 0);
  }

  private assigneeConditions(scope: TaskScope) {
    return this.assigneeGroups(scope).map((c) => ({
      active: true,
      assigneeType: c.type,
      assigneeId: In(c.ids),
    }));
  }

  /** Which of a task's points the caller may see: all for the legislature, otherwise their own. */
  async visiblePointTasks(actor: Actor, task: ConsultationTaskEntity): Promise<PointTaskEntity[]> {
    const rows = await this.db
      .getRepository(PointTaskEntity)
      .find({ where: { taskId: task.id }, order: { contactPointId: 'ASC' } });
    if (actsForLegislature(actor, task.legislatureId)) return rows;
    const pointIds = new Set(actor.grants.map((g) => g.contactPointId));
    return rows.filter((r) => pointIds.has(r.contactPointId));
  }

  /** A point's internal distribution: its executing body only (not the legislature, not another point). */
  async assignmentsOf(actor: Actor, pointTask: PointTaskEntity): Promise<AssignmentEntity[] | null> {
    if (!isExecutiveOf(actor, pointTask.contactPointId)) return null;
    return this.db
      .getRepository(AssignmentEntity)
      .find({ where: { pointTaskId: pointTask.id, active: true }, order: { dueAt: 'ASC', id: 'ASC' } });
  }

  /**
   * "My tasks": what was assigned to the caller as an expert, a collector, or through their unit. Open work first — the
   * point still takes opinions (acceptsOpinions: collecting, issued, before the deadline or its extension) — soonest due
   * on top; then everything closed, the most recently due first. Paged on the server: a collector active for years has
   * hundreds, and the page that shows 50 must show the ones that matter now. `taskId` and `search` (words of the title)
   * narrow it, for the pages that pick one task among all of them (我的意见, the draft reader); `assigneeType` keeps one
   * kind of assignment (本单位: the unit's own, not its administrator's as a collector), counted and paged as such.
   */
  async myAssignments(
    actor: Actor,
    args: { first?: number; after?: string; taskId?: string; search?: string; assigneeType?: AssigneeType },
  ): Promise<Connection<AssignmentEntity>> {
    const window = pageWindow(args);
    const groups = this.assigneeGroups(await this.scopeOf(actor)).filter(
      (g) => !args.assigneeType || g.type === args.assigneeType,
    );
    if (!groups.length) return toConnection([], 0, window);
    const now = this.clock.now();
    // Open: what acceptsOpinions and assertPointActive allow — a switched-off point's work is closed, however recent.
    const open = `(pt.state IN (:...distributable) AND t.status = :issued AND COALESCE(pt.extended_deadline, t.deadline) >= :now
      AND EXISTS (SELECT 1 FROM contact_point cp WHERE cp.id = pt.contact_point_id AND cp.active = :pointActive))`;
    const query = (part: 'open' | 'closed' | 'all') => {
      const qb = this.db
        .createQueryBuilder(AssignmentEntity, 'a')
        .innerJoin(PointTaskEntity, 'pt', 'pt.id = a.point_task_id')
        .innerJoin(ConsultationTaskEntity, 't', 't.id = a.task_id')
        .where('a.active = :active', { active: true })
        .andWhere(
          new Brackets((w) =>
            groups.forEach((g, i) =>
              w.orWhere(`(a.assignee_type = :type${i} AND a.assignee_id IN (:...ids${i}))`, {
                [`type${i}`]: g.type,
                [`ids${i}`]: g.ids,
              }),
            ),
          ),
        );
      if (args.taskId) qb.andWhere('a.task_id = :taskId', { taskId: args.taskId });
      const words = args.search?.trim().split(/\s+/).filter(Boolean).slice(0, 10) ?? [];
      words.forEach((word, i) =>
        qb.andWhere(`t.title LIKE :w${i} ESCAPE '!'`, {
          [`w${i}`]: `%${word.replace(/[!%_]/g, (c) => `!${c}`)}%`,
        }),
      );
      if (part !== 'all')
        qb.andWhere(part === 'open' ? open : `NOT ${open}`, {
          distributable: [...DISTRIBUTABLE_STATES],
          issued: TaskStatus.ISSUED,
          now,
          pointActive: true,
        });
      return qb;
    };
    const [total, openCount] = await Promise.all([query('all').getCount(), query('open').getCount()]);
    const rows: AssignmentEntity[] = [];
    if (window.limit > 0 && window.offset < openCount) {
      rows.push(
        ...(await query('open')
          .orderBy('a.dueAt', 'ASC')
          .addOrderBy('a.id', 'ASC')
          .offset(window.offset)
          .limit(Math.min(window.limit, openCount - window.offset))
          .getMany()),
      );
    }
    const rest = window.limit - rows.length;
    if (rest > 0 && window.offset + rows.length < total) {
      rows.push(
        ...(await query('closed')
          .orderBy('a.dueAt', 'DESC')
          .addOrderBy('a.id', 'DESC')
          .offset(Math.max(0, window.offset - openCount))
          .limit(rest)
          .getMany()),
      );
    }
    return toConnection(rows, total, window);
  }

  /** Active assignments of a task to any of the given assignees. */
  async assignmentsFor(
    taskId: string,
    assignees: Array<{ type: AssigneeType; id: string }>,
  ): Promise<AssignmentEntity[]> {
    if (!assignees.length) return [];
    return this.db.getRepository(AssignmentEntity).find({
      where: assignees.map((a) => ({ taskId, active: true, assigneeType: a.type, assigneeId: a.id })),
    });
  }

  /** Is the point still accepting contributions for this task at `now` (deadline, or the extension)? */
  isAccepting(task: ConsultationTaskEntity, pointTask: PointTaskEntity, now = this.clock.now()): boolean {
    return (
      task.status === TaskStatus.ISSUED &&
      OPEN_STATES.includes(pointTask.state) &&
      now.getTime() <= effectiveDeadline(task, pointTask).getTime()
    );
  }

  /**
   * Does the point still take new opinions for this task at `now` (submitted, batched or imported)? Only while it collects (not once
   * consolidation has started or the table was submitted) and before the deadline: the same rule submitOpinion
   * enforces, shown to collectors before they fill in a form that would be refused.
   */
  acceptsOpinions(task: ConsultationTaskEntity, pointTask: PointTaskEntity, now = this.clock.now()): boolean {
    return DISTRIBUTABLE_STATES.includes(pointTask.state) && this.isAccepting(task, pointTask, now);
  }

  /**
   * Throws what submitOpinion answers once the point no longer takes new material for this task (acceptsOpinions is
   * false): COLLECTION_CLOSED once consolidation started (or the table went out), DEADLINE_PASSED once the deadline
   * (extensions included) passed. `refusal` names what is refused, e.g. '不再接收新的意见' or '意见不能再修改'.
   */
  assertAccepting(
    task: ConsultationTaskEntity,
    pointTask: PointTaskEntity,
    now = this.clock.now(),
    refusal = '不再接收新的意见',
  ): void {
    if (!DISTRIBUTABLE_STATES.includes(pointTask.state)) {
      throw new ConflictError(
        'COLLECTION_CLOSED',
        OPEN_STATES.includes(pointTask.state)
          ? `本联系点已开始汇总，${refusal}`
          : `本联系点已报送汇总意见，${refusal}`,
      );
    }
    if (!this.isAccepting(task, pointTask, now)) {
      throw new ConflictError('DEADLINE_PASSED', `已过截止时间，${refusal}；如需延期，请联系立法机关`);
    }
  }

  /**
   * Throws CONTACT_POINT_INACTIVE once the point was switched off (停用, 动态调整): it takes no more material by any
   * channel — opinions, sheets, edits, annotations, activities, online rounds — while what it gathered stays, and its
   * executing body may still consolidate and submit it. With `liaisonUnitId` (the unit the material would be filed
   * under), the same for a switched-off unit: UNIT_INACTIVE — its administrator and collectors still read its history,
   * and add nothing to it. `refusal` names what is refused, as in assertAccepting.
   */
  async assertPointActive(
    contactPointId: string,
    refusal = '不再接收新的意见',
    em: EntityManager = this.db.manager,
    liaisonUnitId?: string | null,
  ): Promise<void> {
    await this.organization.assertActive({ contactPointId, liaisonUnitId }, refusal, em);
  }

  /** Of these points, those switched off (停用): their assignees are not reminded of work they can no longer add to. */
  async switchedOffPoints(ids: readonly string[]): Promise<Set<string>> {
    const points = await this.organization.pointsByIds([...new Set(ids)]);
    return new Set(points.flatMap((p) => (p && !p.active ? [p.id] : [])));
  }

  /** An assignment is overdue while the point still collects and its internal due date has passed. */
  isAssignmentOverdue(
    assignment: { dueAt: Date },
    pointTask: PointTaskEntity,
    now = this.clock.now(),
  ): boolean {
    return DISTRIBUTABLE_STATES.includes(pointTask.state) && now.getTime() > assignment.dueAt.getTime();
  }

  isOverdue(task: ConsultationTaskEntity, pointTask: PointTaskEntity, now = this.clock.now()): boolean {
    return (
      OPEN_STATES.includes(pointTask.state) && now.getTime() > effectiveDeadline(task, pointTask).getTime()
    );
  }

  tasksByIds(ids: readonly string[]): Promise<(ConsultationTaskEntity | undefined)[]> {
    return loadByIds(this.db, ConsultationTaskEntity, ids);
  }

  pointTasksByIds(ids: readonly string[]): Promise<(PointTaskEntity | undefined)[]> {
    return loadByIds(this.db, PointTaskEntity, ids);
  }

  async mustFindTask(id: string, em: EntityManager = this.db.manager): Promise<ConsultationTaskEntity> {
    const task = await em.findOneBy(ConsultationTaskEntity, { id });
    if (!task) throw taskNotFound(id);
    return task;
  }

  /**
   * The task, if the caller may see it (its legislature's staff; once issued, the points it was sent to and those it
   * was assigned to). A member of a point the issued task was sent to who was not given it (a collector of another
   * unit, an expert not on it, one whose assignment was withdrawn) is told so — `notAssigned`, FORBIDDEN NOT_ASSIGNED:
   * the point received the task, so its existence is no secret to its people, and "not given to you" says what to do.
   * Anyone else hears exactly what an id that names nothing gets (TASK_NOT_FOUND): a refusal would tell them the task
   * exists. Every operation a caller names a task in starts here.
   */
  async mustFindVisibleTask(
    actor: Actor,
    id: string,
    em: EntityManager = this.db.manager,
    notAssigned = '该任务没有分发给您或您所在的联系单位',
  ): Promise<ConsultationTaskEntity> {
    const task = await this.mustFindTask(id, em);
    if (await this.canSee(actor, task, em)) return task;
    const ownPoints = [...new Set(actor.grants.flatMap((g) => (g.contactPointId ? [g.contactPointId] : [])))];
    if (
      task.status === TaskStatus.ISSUED &&
      ownPoints.length &&
      (await em.existsBy(PointTaskEntity, { taskId: task.id, contactPointId: In(ownPoints) }))
    )
      throw new ForbiddenError(notAssigned, 'NOT_ASSIGNED');
    throw taskNotFound(id).concealing('TASK_NOT_VISIBLE');
  }

  /**
   * The task's point task at a point the caller may read (its members, the legislature's staff): another point's
   * answers as if the task had not been sent there (POINT_TASK_NOT_FOUND), whether or not it was.
   */
  async mustFindVisiblePointTask(
    actor: Actor,
    task: Pick<ConsultationTaskEntity, 'id' | 'legislatureId'>,
    contactPointId: string,
    em: EntityManager = this.db.manager,
  ): Promise<PointTaskEntity> {
    if (!canReadPoint(actor, { id: contactPointId, legislatureId: task.legislatureId }))
      throw pointTaskNotFound(task.id, contactPointId).concealing('POINT_NOT_VISIBLE');
    return this.mustFindPointTask(task.id, contactPointId, em);
  }

  /** The points the task was sent to (their point tasks), by id. */
  async pointsSentTo(taskId: string): Promise<string[]> {
    const rows = await this.db
      .getRepository(PointTaskEntity)
      .find({ select: { contactPointId: true }, where: { taskId }, order: { contactPointId: 'ASC' } });
    return rows.map((r) => r.contactPointId);
  }

  /** Whether the task was sent to the point (a point task exists). */
  async wasSentTo(taskId: string, contactPointId: string): Promise<boolean> {
    return this.db.getRepository(PointTaskEntity).existsBy({ taskId, contactPointId });
  }

  async mustFindPointTask(
    taskId: string,
    contactPointId: string,
    em: EntityManager = this.db.manager,
  ): Promise<PointTaskEntity> {
    const pointTask = await em.findOneBy(PointTaskEntity, { taskId, contactPointId });
    if (!pointTask) throw pointTaskNotFound(taskId, contactPointId);
    return pointTask;
  }

  // ── reads for the domains above consultation (they ask here rather than reading the task tables) ────────────────

  /**
   * Tasks consulted on any of these draft versions, oldest first, in one statement. `where`: a condition another
   * domain writes over its own table, correlated on the task id column it is given (e.g. "has a submitted table").
   */
  async tasksOnVersions(
    versionIds: readonly string[],
    where?: (taskIdColumn: string) => { sql: string; params: Record<string, unknown> },
  ): Promise<ConsultationTaskEntity[]> {
    if (!versionIds.length) return [];
    const qb = this.db
      .createQueryBuilder(ConsultationTaskEntity, 't')
      .where('t.draft_version_id IN (:...versionIds)', { versionIds });
    if (where) {
      const { sql, params } = where('t.id');
      qb.andWhere(sql, params);
    }
    return qb.orderBy('t.created_at', 'ASC').getMany();
  }

  /**
   * Every (point, task) of a legislature's issued tasks whose notice is dated in the year — issuedToPointIn for all
   * its points at once (a task goes only to its legislature's points), for the ledger's overview. One statement.
   */
  async issuedPointTasksIn(
    legislatureId: string,
    year: number,
  ): Promise<Array<{ contactPointId: string; taskId: string; title: string }>> {
    return this.issuedInYear(year)
      .select('pt.contact_point_id', 'contactPointId')
      .addSelect('t.id', 'taskId')
      .addSelect('t.title', 'title')
      .andWhere('t.legislature_id = :legislatureId', { legislatureId })
      .getRawMany<{ contactPointId: string; taskId: string; title: string }>();
  }

  /** The issued tasks sent to a point whose notice is dated in the year, by date (a ledger's year), as id and title. */
  async issuedToPointIn(contactPointId: string, year: number): Promise<Array<{ id: string; title: string }>> {
    return this.issuedInYear(year)
      .select('t.id', 'id')
      .addSelect('t.title', 'title')
      .andWhere('pt.contact_point_id = :contactPointId', { contactPointId })
      .getRawMany<{ id: string; title: string }>();
  }

  /** The point tasks of issued tasks whose notice is dated in the year, oldest notice first: a ledger's year. */
  private issuedInYear(year: number) {
    return this.db
      .createQueryBuilder(PointTaskEntity, 'pt')
      .innerJoin(ConsultationTaskEntity, 't', 't.id = pt.task_id')
      .where('t.status = :issued', { issued: TaskStatus.ISSUED })
      .andWhere('t.issue_date >= :from AND t.issue_date <= :to', {
        from: `${year}-01-01`,
        to: `${year}-12-31`,
      })
      .orderBy('t.issue_date', 'ASC')
      .addOrderBy('t.id', 'ASC');
  }
}

function taskNotFound(id: string): NotFoundError {
  return new NotFoundError('征求意见任务', id, 'TASK_NOT_FOUND');
}

function pointTaskNotFound(taskId: string, contactPointId: string): NotFoundError {
  return new NotFoundError('该联系点的任务', `${taskId}@${contactPointId}`, 'POINT_TASK_NOT_FOUND');
}
