import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import {
  Clock,
  chunk,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  newId,
  type FieldProblem,
  type PageWindow,
} from '@app/common';
import { AuditService } from '@app/audit';
import {
  NotificationKind,
  NotificationService,
  PointTaskState,
  STATE_LABELS,
  TaskService,
  TaskStatus,
  type ConsultationTaskModel,
  type PointTaskModel,
} from '@app/consultation';
import { AccountService, EXECUTING_BODY_ROLES, ROLE_LABELS, Role, type Actor } from '@app/identity';
import { actsForLegislature, OrganizationService } from '@app/organization';
import {
  ApprovalDelegationEntity,
  ConsolidationEntity,
  SubmittedOriginEntity,
} from './consolidation.entities.js';
import {
  CONSOLIDATION_LIMITS,
  CONSOLIDATION_STATUS_LABELS,
  ConsolidationStatus,
  ConsolidationStepKind,
} from './consolidation.enums.js';
import { approverCapacity, isDeputyHeadOf, isExecutiveOf, isPointHeadOf } from './consolidation-access.js';
import { OpinionFacts } from './opinion-facts.js';
import type { AddressScope } from './address-scope.js';
import type { OriginColumn } from './submitted-origins.js';

/** Work that belongs to a submission and must commit or fail with it, in its transaction (the ledger's counts). */
export type SubmissionListener = (em: EntityManager, consolidation: ConsolidationEntity) => Promise<void>;

/** A consolidation with the task and the point task it belongs to, as one operation sees them. */
export interface ConsolidationContext {
  task: ConsultationTaskModel;
  pointTask: PointTaskModel;
  consolidation: ConsolidationEntity;
  /** The caller is of the point's executing body (else: the legislature, reading what was submitted). */
  executive: boolean;
}

/** One step of the sign-off's timeline. */
export interface ConsolidationStep {
  kind: ConsolidationStepKind;
  at: Date;
  actorName: string;
  capacity: string | null;
  reason: string | null;
}

export interface ConsolidationPermissions {
  requestApproval: boolean;
  approve: boolean;
  submit: boolean;
}

/** The audited actions that are steps of the sign-off (move() writes consolidation.<status>). */
const STEP_OF_ACTION: Record<string, ConsolidationStepKind> = {
  'suggestion.draft': ConsolidationStepKind.PREPARED,
  'consolidation.pending_approval': ConsolidationStepKind.APPROVAL_REQUESTED,
  'consolidation.drafting': ConsolidationStepKind.RETURNED,
  'consolidation.approved': ConsolidationStepKind.APPROVED,
  'consolidation.submitted': ConsolidationStepKind.SUBMITTED,
};

/** Point-task states in which suggestions may be worked on (collection may still be running). */
const WORKING_STATES: readonly PointTaskState[] = [
  PointTaskState.RECEIVED,
  PointTaskState.DISPATCHED,
  PointTaskState.COLLECTING,
  PointTaskState.CONSOLIDATING,
];

/**
 * The consolidation of one task at one contact point, and its sign-off: the executing body prepares it, the point head
 * (or a deputy head the head delegated to) approves it, which freezes it, and submission delivers it to the legislature
 * and moves the task to SUBMITTED. Every step is audited in its transaction.
 */
@Injectable()
export class ConsolidationService {
  private readonly submissionListeners: SubmissionListener[] = [];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tasks: TaskService,
    private readonly organization: OrganizationService,
    private readonly accounts: AccountService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly facts: OpinionFacts,
    private readonly clock: Clock,
  ) {}

  // ── finding it, and who may see it ───────────────────────────────────────────────────────────────────────────

  /**
   * The consolidation of a task at a point, for reading: its executing body (created on first use) or the legislature's
   * staff once it was submitted. Anyone else is told it does not exist.
   */
  async forReading(
    actor: Actor,
    taskId: string,
    contactPointId: string,
    em: EntityManager = this.db.manager,
  ): Promise<ConsolidationContext> {
    const task = await this.tasks.mustFindVisibleTask(actor, taskId, em);
    const notFound = new NotFoundError(
      '该联系点的汇总表',
      `${taskId}@${contactPointId}`,
      'CONSOLIDATION_NOT_FOUND',
    );
    if (isExecutiveOf(actor, contactPointId) && task.status === TaskStatus.ISSUED) {
      const pointTask = await this.tasks.mustFindPointTask(taskId, contactPointId, em);
      return { task, pointTask, consolidation: await this.ensure(em, task, contactPointId), executive: true };
    }
    if (actsForLegislature(actor, task.legislatureId)) {
      const consolidation = await em.findOneBy(ConsolidationEntity, { taskId, contactPointId });
      if (!consolidation || consolidation.status !== ConsolidationStatus.SUBMITTED) throw notFound;
      const pointTask = await this.tasks.mustFindPointTask(taskId, contactPointId, em);
      return { task, pointTask, consolidation, executive: false };
    }
    throw notFound;
  }

  /** For changing suggestions and groups: the executing body, while the consolidation is being drafted. */
  async forEditing(
    em: EntityManager,
    actor: Actor,
    taskId: string,
    contactPointId: string,
  ): Promise<ConsolidationContext> {
    if (!isExecutiveOf(actor, contactPointId)) {
      // Not revealing whether the task exists at that point.
      await this.forReading(actor, taskId, contactPointId, em);
      throw new ForbiddenError('只有本联系点的具体执行机构可以编辑汇总表', 'NOT_EXECUTING_BODY');
    }
    const context = await this.forReading(actor, taskId, contactPointId, em);
    await this.lockDrafting(em, context);
    return context;
  }

  /**
   * Takes the consolidation's row lock and checks it is still being drafted, in the caller's transaction: approval
   * updates the same row, so an edit and an approval cannot interleave (on MySQL the row lock, on SQLite the
   * serialised transactions).
   */
  async lockDrafting(em: EntityManager, context: ConsolidationContext): Promise<void> {
    const { consolidation, pointTask } = context;
    const result = await em.update(
      ConsolidationEntity,
      { id: consolidation.id, status: ConsolidationStatus.DRAFTING },
      { updatedAt: this.clock.now() },
    );
    if (!result.affected) {
      const current = await em.findOneByOrFail(ConsolidationEntity, { id: consolidation.id });
      throw new ConflictError(
        'CONSOLIDATION_FROZEN',
        `汇总表${CONSOLIDATION_STATUS_LABELS[current.status]}，不能再修改；如需修改，请点长退回`,
        { status: current.status },
      );
    }
    if (!WORKING_STATES.includes(pointTask.state)) {
      throw new ConflictError(
        'CONSOLIDATION_CLOSED',
        `任务当前为“${STATE_LABELS[pointTask.state]}”，汇总表不能再修改`,
        { state: pointTask.state },
      );
    }
  }

  private async ensure(
    em: EntityManager,
    task: Pick<ConsultationTaskModel, 'id'>,
    contactPointId: string,
  ): Promise<ConsolidationEntity> {
    const existing = await em.findOneBy(ConsolidationEntity, { taskId: task.id, contactPointId });
    if (existing) return existing;
    const now = this.clock.now();
    const row: ConsolidationEntity = {
      id: newId(),
      taskId: task.id,
      contactPointId,
      status: ConsolidationStatus.DRAFTING,
      groupedAt: null,
      groupGeneration: 0,
      groupGenerations: 0,
      preparedById: null,
      preparedAt: null,
      approvedById: null,
      approvedAs: null,
      approvedAt: null,
      submittedById: null,
      submittedAt: null,
      submittedOpinions: null,
      submittedSuggestions: null,
      returnReason: null,
      createdAt: now,
      updatedAt: now,
    };
    // Two first readers at once: the unique (task, point) index keeps one; the other reads it back.
    await em.createQueryBuilder().insert().into(ConsolidationEntity).values(row).orIgnore().execute();
    return em.findOneByOrFail(ConsolidationEntity, { taskId: task.id, contactPointId });
  }

  isExecutive(actor: Actor, c: ConsolidationEntity): boolean {
    return isExecutiveOf(actor, c.contactPointId);
  }

  taskOf(c: ConsolidationEntity): Promise<ConsultationTaskModel> {
    return this.tasks.mustFindTask(c.taskId);
  }

  /** A task the caller may see (TaskService's rules). */
  taskFor(actor: Actor, taskId: string): Promise<ConsultationTaskModel> {
    return this.tasks.get(actor, taskId);
  }

  unaccountedPage(c: ConsolidationEntity, window: PageWindow, provisionAddresses?: AddressScope) {
    return this.facts.unaccountedPage(c, window, provisionAddresses);
  }

  /** Every submitted consolidation of a task (for a caller that has checked access), by submission. */
  async submittedOf(taskId: string): Promise<ConsolidationEntity[]> {
    return this.db.getRepository(ConsolidationEntity).find({
      where: { taskId, status: ConsolidationStatus.SUBMITTED },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
  }

  /** Which of these tasks the point has submitted its table for. */
  async submittedTaskIds(contactPointId: string, taskIds: readonly string[]): Promise<string[]> {
    if (!taskIds.length) return [];
    const rows = await this.db.getRepository(ConsolidationEntity).find({
      select: { taskId: true },
      where: { contactPointId, taskId: In([...taskIds]), status: ConsolidationStatus.SUBMITTED },
    });
    return rows.map((c) => c.taskId);
  }

  /**
   * The point's submitted tables on these tasks with the counts each submission froze (the ledger's figures); with no
   * point (null), every point's (the legislature's overview and the tasks' undecided counts): one statement per
   * IN_LIST_CHUNK tasks, however many points.
   */
  async submittedCountsOf(
    contactPointId: string | null,
    taskIds: readonly string[],
  ): Promise<
    Array<{
      contactPointId: string;
      taskId: string;
      submittedOpinions: number | null;
      submittedSuggestions: number | null;
    }>
  > {
    const rows = [];
    for (const ids of chunk([...new Set(taskIds)])) {
      rows.push(
        ...(await this.db.getRepository(ConsolidationEntity).find({
          select: { contactPointId: true, taskId: true, submittedOpinions: true, submittedSuggestions: true },
          where: {
            ...(contactPointId === null ? {} : { contactPointId }),
            taskId: In(ids),
            status: ConsolidationStatus.SUBMITTED,
          },
        })),
      );
    }
    return rows;
  }

  /** A consolidation's status, read in the caller's transaction; null when there is none. */
  async statusOf(id: string, em: EntityManager = this.db.manager): Promise<ConsolidationStatus | null> {
    const row = await em.findOne(ConsolidationEntity, { select: { id: true, status: true }, where: { id } });
    return row?.status ?? null;
  }

  /**
   * A condition for another domain's query: the task whose id is in `taskIdColumn` has at least one submitted table
   * (a correlated EXISTS on the consolidation's (task, point) key).
   */
  hasSubmittedTable(taskIdColumn: string): { sql: string; params: Record<string, unknown> } {
    return {
      sql: `EXISTS (SELECT 1 FROM consolidation c WHERE c.task_id = ${taskIdColumn} AND c.status = :submittedTable)`,
      params: { submittedTable: ConsolidationStatus.SUBMITTED },
    };
  }

  /**
   * The opinions the point's submissions froze per origin (submitted_origin's gathered rows), summed per task and one
   * origin column: unit, collector or channel. One GROUP BY over a few rows per task.
   */
  async frozenOriginTally(
    contactPointId: string,
    taskIds: readonly string[],
    column: OriginColumn,
  ): Promise<Array<{ taskId: string; key: string | null; n: unknown }>> {
    if (!taskIds.length) return [];
    return this.db
      .createQueryBuilder(SubmittedOriginEntity, 'so')
      .select('so.task_id', 'taskId')
      .addSelect(`so.${column}`, 'key')
      .addSelect('SUM(so.opinions)', 'n')
      .where('so.contact_point_id = :pointId AND so.task_id IN (:...taskIds)', {
        pointId: contactPointId,
        taskIds,
      })
      .andWhere('so.suggestion_id IS NULL')
      .groupBy('so.task_id')
      .addGroupBy(`so.${column}`)
      .getRawMany<{ taskId: string; key: string | null; n: unknown }>();
  }

  /** Submitted consolidations of a task, for its legislature's staff (every point) or a point (its own). */
  async submittedFor(
    actor: Actor,
    task: Pick<ConsultationTaskModel, 'id' | 'legislatureId'>,
  ): Promise<ConsolidationEntity[]> {
    const rows = await this.db.getRepository(ConsolidationEntity).find({
      where: { taskId: task.id, status: ConsolidationStatus.SUBMITTED },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
    if (actsForLegislature(actor, task.legislatureId)) return rows;
    return rows.filter((row) => isExecutiveOf(actor, row.contactPointId));
  }

  // ── the sign-off's timeline and what the caller may do ───────────────────────────────────────────────────────────

  /**
   * The sign-off's steps, oldest first, from the audit trail written with each step (so the timeline and the record
   * cannot disagree): the first draft of the table, each request for approval, return (with its reason), approval
   * (as head or delegated deputy) and the submission. Who did it is named by their name and role at the point.
   */
  async steps(c: ConsolidationEntity): Promise<ConsolidationStep[]> {
    const records = await this.audit.trailOf('Consolidation', c.id, Object.keys(STEP_OF_ACTION));
    const firstDraft = records.findIndex((r) => r.action === 'suggestion.draft');
    const kept = records.filter((r, i) => r.action !== 'suggestion.draft' || i === firstDraft);
    const actors = new Map<string, { name: string; role: string | null }>();
    for (const id of new Set(kept.flatMap((r) => (r.actorAccountId ? [r.actorAccountId] : [])))) {
      const account = await this.accounts.findById(id);
      const grants = account ? await this.accounts.grantsOf(id) : [];
      const grant = grants.find(
        (g) => g.contactPointId === c.contactPointId && EXECUTING_BODY_ROLES.includes(g.role),
      );
      actors.set(id, { name: account?.displayName ?? '', role: grant ? ROLE_LABELS[grant.role] : null });
    }
    return kept.map((r) => {
      const after = (r.after ? JSON.parse(r.after) : {}) as { returnReason?: string; approvedAs?: string };
      const actor = r.actorAccountId ? actors.get(r.actorAccountId) : undefined;
      const kind = STEP_OF_ACTION[r.action];
      return {
        kind,
        at: r.occurredAt,
        actorName: actor?.name || r.actorUsername,
        capacity:
          kind === ConsolidationStepKind.APPROVED ? (after.approvedAs ?? null) : (actor?.role ?? null),
        reason: kind === ConsolidationStepKind.RETURNED ? (after.returnReason ?? null) : null,
      };
    });
  }

  /**
   * When the point stopped collecting for this table: the point's task's last move out of 征集中 (停止征集, or the
   * 提交审核 that moved it), from the audit trail — the last, since collecting may have been reopened after a return
   * for rework and opinions gathered then belong in the period; null while it still collects. Tables whose point
   * task's moves predate the trail fall back to their first 提交审核.
   */
  async collectionStoppedAt(
    c: ConsolidationEntity,
    pointTask: { id: string; state: PointTaskState },
  ): Promise<Date | null> {
    const collecting = [PointTaskState.RECEIVED, PointTaskState.DISPATCHED, PointTaskState.COLLECTING];
    if (collecting.includes(pointTask.state)) return null;
    const moves = await this.audit.trailOf('PointTask', pointTask.id, ['pointTask.transition']);
    const outOfCollecting = moves.filter((m) => {
      try {
        return (
          (JSON.parse(m.before ?? 'null') as { state?: string } | null)?.state === PointTaskState.COLLECTING
        );
      } catch {
        return false;
      }
    });
    if (outOfCollecting.length) return outOfCollecting[outOfCollecting.length - 1].occurredAt;
    const [first] = await this.audit.trailOf('Consolidation', c.id, ['consolidation.pending_approval'], 1);
    return first?.occurredAt ?? c.preparedAt ?? null;
  }

  /** What the caller may do with the consolidation now (the page's buttons; each step still checks for itself). */
  async permissionsOf(actor: Actor, c: ConsolidationEntity): Promise<ConsolidationPermissions> {
    const writes = isExecutiveOf(actor, c.contactPointId);
    const delegated =
      isDeputyHeadOf(actor, c.contactPointId) &&
      (await this.db.manager.existsBy(ApprovalDelegationEntity, {
        contactPointId: c.contactPointId,
        accountId: actor.accountId,
        revokedAt: IsNull(),
      }));
    const approver = approverCapacity(actor, c.contactPointId, delegated) !== null;
    return {
      requestApproval: writes && c.status === ConsolidationStatus.DRAFTING,
      approve:
        approver &&
        (c.status === ConsolidationStatus.PENDING_APPROVAL || c.status === ConsolidationStatus.APPROVED),
      submit: writes && c.status === ConsolidationStatus.APPROVED,
    };
  }

  /** Account ids of the point's deputy heads who may approve in the head's place now (its executing body only). */
  async delegates(actor: Actor, c: ConsolidationEntity): Promise<string[] | null> {
    if (!isExecutiveOf(actor, c.contactPointId)) return null;
    const rows = await this.db.manager.findBy(ApprovalDelegationEntity, {
      contactPointId: c.contactPointId,
      revokedAt: IsNull(),
    });
    return [...new Set(rows.map((r) => r.accountId))];
  }

  // ── sign-off and submission ───────────────────────────────────────────────────────────────────────────────────

  /** The liaison officer hands the table to the head: refused while any opinion is unaccounted for. */
  async requestApproval(actor: Actor, taskId: string, contactPointId: string): Promise<ConsolidationEntity> {
    return this.db.transaction(async (em) => {
      const context = await this.forEditing(em, actor, taskId, contactPointId);
      await this.assertComplete(em, context);
      if (context.pointTask.state !== PointTaskState.CONSOLIDATING) {
        await this.tasks.advance(em, actor, taskId, contactPointId, PointTaskState.CONSOLIDATING);
      }
      await this.tasks.advance(em, actor, taskId, contactPointId, PointTaskState.UNDER_REVIEW);
      const now = this.clock.now();
      const after = await this.move(em, actor, context.consolidation, ConsolidationStatus.PENDING_APPROVAL, {
        preparedById: actor.accountId,
        preparedAt: now,
        returnReason: null,
      });
      const approvers = await this.approverAccounts(em, contactPointId);
      await this.notifications.notify(em, approvers, {
        kind: NotificationKind.APPROVAL_REQUESTED,
        eventKey: `approval-requested:${context.consolidation.id}:${now.getTime()}`,
        taskId,
        title: `汇总表待审核：${context.task.title}`.slice(0, 200),
        body: '联络员已完成意见建议汇总表，请审核后报送。',
      });
      return after;
    });
  }

  /** The head (or a delegated deputy) approves: the content is frozen and the rows get their 序号. */
  async approve(actor: Actor, taskId: string, contactPointId: string): Promise<ConsolidationEntity> {
    return this.db.transaction(async (em) => {
      const context = await this.forReading(actor, taskId, contactPointId, em);
      const capacity = await this.assertApprover(em, actor, contactPointId);
      this.assertStatus(context.consolidation, [ConsolidationStatus.PENDING_APPROVAL], '审核');
      this.assertUnderReview(context);
      await this.assertComplete(em, context);
      await this.facts.numberSuggestions(em, context.consolidation.id);
      return this.move(em, actor, context.consolidation, ConsolidationStatus.APPROVED, {
        approvedById: actor.accountId,
        approvedAs: capacity,
        approvedAt: this.clock.now(),
      });
    });
  }

  /** The head (or a delegated deputy) sends it back for rework, before submission, with a reason. */
  async returnForRework(
    actor: Actor,
    taskId: string,
    contactPointId: string,
    reason: string,
  ): Promise<ConsolidationEntity> {
    return this.db.transaction(async (em) => {
      const context = await this.forReading(actor, taskId, contactPointId, em);
      await this.assertApprover(em, actor, contactPointId);
      this.assertStatus(
        context.consolidation,
        [ConsolidationStatus.PENDING_APPROVAL, ConsolidationStatus.APPROVED],
        '退回',
      );
      await this.tasks.advance(em, actor, taskId, contactPointId, PointTaskState.CONSOLIDATING);
      const after = await this.move(em, actor, context.consolidation, ConsolidationStatus.DRAFTING, {
        returnReason: reason,
        approvedById: null,
        approvedAs: null,
        approvedAt: null,
      });
      const preparer = context.consolidation.preparedById;
      if (preparer) {
        await this.notifications.notify(em, [preparer], {
          kind: NotificationKind.CONSOLIDATION_RETURNED,
          eventKey: `consolidation-returned:${context.consolidation.id}:${this.clock.now().getTime()}`,
          taskId,
          title: `汇总表被退回修改：${context.task.title}`.slice(0, 200),
          body: `退回理由：${reason}`,
        });
      }
      return after;
    });
  }

  /** Adds work to every submission's transaction, after the origins are frozen (the ledger counts them). */
  onSubmitted(listener: SubmissionListener): void {
    this.submissionListeners.push(listener);
  }

  /**
   * 报送: delivers the approved table to the legislature; the task moves to SUBMITTED. Once only. What was gathered is
   * frozen with it: where the opinions came from (submitted_origin) and the counts, which are summed from those rows so
   * that the ledger's headline and its breakdowns agree by construction.
   */
  async submit(actor: Actor, taskId: string, contactPointId: string): Promise<ConsolidationEntity> {
    return this.db.transaction(async (em) => {
      const context = await this.forReading(actor, taskId, contactPointId, em);
      if (!context.executive)
        throw new ForbiddenError('只有本联系点的具体执行机构可以报送', 'NOT_EXECUTING_BODY');
      if (context.consolidation.status === ConsolidationStatus.SUBMITTED) {
        throw new ConflictError('ALREADY_SUBMITTED', '该汇总表已经报送，不能重复报送', {
          submittedAt: context.consolidation.submittedAt?.toISOString(),
        });
      }
      this.assertStatus(context.consolidation, [ConsolidationStatus.APPROVED], '报送');
      this.assertUnderReview(context);
      await this.assertComplete(em, context);
      const now = this.clock.now();
      // Conditional on APPROVED (move): a concurrent second submission waits on the row, then finds it changed.
      // A concurrent second submission freezes too, then fails at the conditional move and rolls it all back.
      await this.facts.freezeOrigins(em, context.consolidation);
      const after = await this.move(em, actor, context.consolidation, ConsolidationStatus.SUBMITTED, {
        submittedById: actor.accountId,
        submittedAt: now,
        ...(await this.facts.submittedCounts(em, context.consolidation)),
      }).catch((error: unknown) => {
        if (error instanceof ConflictError)
          throw new ConflictError('ALREADY_SUBMITTED', '该汇总表已经报送，不能重复报送');
        throw error;
      });
      for (const listener of this.submissionListeners) await listener(em, after);
      await this.tasks.advance(em, actor, taskId, contactPointId, PointTaskState.SUBMITTED);
      const point = await this.organization.mustFind('contactPoint', contactPointId, em);
      const staff = await this.accounts.accountIdsWithRole(
        [Role.LEGISLATURE_STAFF],
        { legislatureId: context.task.legislatureId },
        em,
      );
      await this.notifications.notify(em, staff, {
        kind: NotificationKind.FEEDBACK_SUBMITTED,
        eventKey: `feedback-submitted:${context.consolidation.id}`,
        taskId,
        title: `${point.name}已报送意见建议汇总表`.slice(0, 200),
        body: `任务：${context.task.title}`,
      });
      return after;
    });
  }

  /** The head lets a deputy head approve in their place (until revoked). */
  async delegateApproval(
    actor: Actor,
    contactPointId: string,
    accountId: string,
    active: boolean,
  ): Promise<ApprovalDelegationEntity | null> {
    if (!isPointHeadOf(actor, contactPointId)) {
      throw new ForbiddenError('只有点长可以委托审核', 'NOT_POINT_HEAD');
    }
    return this.db.transaction(async (em) => {
      const grants = await this.accounts.grantsOf(accountId);
      if (!grants.some((g) => g.role === Role.DEPUTY_HEAD && g.contactPointId === contactPointId)) {
        throw new ConflictError('NOT_DEPUTY_HEAD', '只能委托本联系点的副点长审核', { accountId });
      }
      const current = await em.findOneBy(ApprovalDelegationEntity, {
        contactPointId,
        accountId,
        revokedAt: IsNull(),
      });
      const now = this.clock.now();
      if (!active) {
        if (!current) return null;
        // Every delegation in force for this deputy (a double-clicked grant may have made two).
        await em.update(
          ApprovalDelegationEntity,
          { contactPointId, accountId, revokedAt: IsNull() },
          { revokedAt: now },
        );
        await this.audit.record(em, actor, {
          action: 'consolidation.delegation.revoke',
          entityType: 'ApprovalDelegation',
          entityId: current.id,
          before: current,
          after: { ...current, revokedAt: now },
        });
        return { ...current, revokedAt: now };
      }
      if (current) return current;
      const row: ApprovalDelegationEntity = {
        id: newId(),
        contactPointId,
        accountId,
        grantedById: actor.accountId,
        grantedAt: now,
        revokedAt: null,
      };
      await em.insert(ApprovalDelegationEntity, row);
      await this.audit.record(em, actor, {
        action: 'consolidation.delegation.grant',
        entityType: 'ApprovalDelegation',
        entityId: row.id,
        before: null,
        after: row,
      });
      return row;
    });
  }

  private async assertApprover(em: EntityManager, actor: Actor, contactPointId: string): Promise<string> {
    const delegated =
      isDeputyHeadOf(actor, contactPointId) &&
      (await em.existsBy(ApprovalDelegationEntity, {
        contactPointId,
        accountId: actor.accountId,
        revokedAt: IsNull(),
      }));
    const capacity = approverCapacity(actor, contactPointId, delegated);
    if (!capacity) {
      throw new ForbiddenError('只有点长或受点长委托的副点长可以审核汇总表', 'NOT_APPROVER');
    }
    return capacity;
  }

  private async approverAccounts(em: EntityManager, contactPointId: string): Promise<string[]> {
    const heads = await this.accounts.accountIdsWithRole([Role.POINT_HEAD], { contactPointId }, em);
    const delegates = await em.findBy(ApprovalDelegationEntity, { contactPointId, revokedAt: IsNull() });
    return [...heads, ...delegates.map((d) => d.accountId)];
  }

  private assertUnderReview(context: ConsolidationContext): void {
    if (context.pointTask.state !== PointTaskState.UNDER_REVIEW) {
      throw new ConflictError(
        'TASK_NOT_UNDER_REVIEW',
        `任务当前为“${STATE_LABELS[context.pointTask.state]}”，不在审核中`,
        { state: context.pointTask.state },
      );
    }
  }

  private assertStatus(
    consolidation: ConsolidationEntity,
    allowed: readonly ConsolidationStatus[],
    step: string,
  ): void {
    if (!allowed.includes(consolidation.status)) {
      throw new ConflictError(
        'CONSOLIDATION_WRONG_STATUS',
        `汇总表当前为“${CONSOLIDATION_STATUS_LABELS[consolidation.status]}”，不能${step}`,
        { status: consolidation.status },
      );
    }
  }

  /** Nothing lost: every active opinion is in a suggestion or was marked not to be forwarded (with a reason). */
  private async assertComplete(em: EntityManager, context: ConsolidationContext): Promise<void> {
    const empty = await this.facts.emptySuggestions(em, context.consolidation.id);
    if (empty.length) {
      throw new ConflictError(
        'SUGGESTIONS_WITHOUT_SOURCES',
        `有 ${empty.length} 个汇总条目的来源意见都已撤回或标记不予报送，请删除或补充来源：${empty
          .slice(0, 5)
          .map((s) => `${s.provisionCitation ?? '总体意见'}“${s.proposedChange.slice(0, 20)}”`)
          .join('、')}`,
        { suggestions: empty.map((s) => s.id) },
      );
    }
    const { total, receipts } = await this.facts.unaccounted(
      em,
      context.consolidation,
      CONSOLIDATION_LIMITS.unaccountedInError,
    );
    if (total === 0) return;
    const fields: FieldProblem[] = receipts.map((r) => ({
      field: `opinions.${r.receiptNumber}`,
      message: `回执编号 ${r.receiptNumber}（${r.provisionCitation ?? '总体意见'}）尚未纳入汇总条目，也未标记不予报送`,
    }));
    throw new ConflictError(
      'OPINIONS_UNACCOUNTED',
      `还有 ${total} 条意见既未纳入汇总条目，也未标记不予报送（理由），不能提交审核或审核通过：${receipts
        .slice(0, 5)
        .map((r) => r.receiptNumber)
        .join('、')}${total > 5 ? ' 等' : ''}`,
      { total, unaccounted: receipts.map((r) => r.receiptNumber), fields },
    );
  }

  private async move(
    em: EntityManager,
    actor: Actor,
    before: ConsolidationEntity,
    status: ConsolidationStatus,
    patch: Partial<ConsolidationEntity>,
  ): Promise<ConsolidationEntity> {
    const now = this.clock.now();
    const after: ConsolidationEntity = { ...before, ...patch, status, updatedAt: now };
    // Conditional on the status it was read in: a concurrent step (a return racing a submission) finds it changed.
    const result = await em.update(
      ConsolidationEntity,
      { id: before.id, status: before.status },
      { ...patch, status, updatedAt: now },
    );
    if (!result.affected) {
      throw new ConflictError('CONSOLIDATION_CHANGED', '汇总表的状态刚被他人改变，请刷新后再操作');
    }
    await this.audit.record(em, actor, {
      action: `consolidation.${status.toLowerCase()}`,
      entityType: 'Consolidation',
      entityId: before.id,
      before: { status: before.status },
      after: { status, label: CONSOLIDATION_STATUS_LABELS[status], ...patch },
    });
    return after;
  }
}
