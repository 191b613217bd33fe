import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { BadInputError, Clock, ConflictError, ForbiddenError, chinaDate, newId } from '@app/common';
import { AuditService } from '@app/audit';
import {
  OPEN_STATES,
  TaskService,
  TaskStatus,
  collectionOpensOn,
  effectiveDeadline,
  type PointTaskRow,
  type TaskRow,
} from '@app/consultation';
import { EXECUTING_BODY_ROLES, type Actor } from '@app/identity';
import { OrganizationService } from '@app/organization';
import { CollectionActivityEntity } from './feedback.entities.js';
import type { RecordActivityInput } from './activity.models.js';
import { OpinionService, type Standing } from './opinion.service.js';

/** 征集活动: forums, courtyard meetings, visits … recorded by whoever holds the task at the point. */
@Injectable()
export class ActivityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tasks: TaskService,
    private readonly opinions: OpinionService,
    private readonly organization: OrganizationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async record(actor: Actor, input: RecordActivityInput): Promise<CollectionActivityEntity> {
    const task = await this.tasks.mustFindVisibleTask(
      actor,
      input.taskId,
      undefined,
      '该任务没有分发给您，不能登记征集活动',
    );
    const standings = await this.opinions.standings(actor, task);
    const standing = standings[0];
    if (!standing) throw new ForbiddenError('该任务没有分发给您，不能登记征集活动', 'NOT_ASSIGNED');
    // A switched-off point first: no date the form could correct would change that answer.
    await this.tasks.assertPointActive(
      standing.contactPointId,
      '不能再登记征集活动',
      undefined,
      standing.liaisonUnitId,
    );
    const now = this.clock.now();
    const today = chinaDate(now);
    if (input.heldOn > today) {
      throw BadInputError.field(
        'input.heldOn',
        `活动日期 ${input.heldOn} 晚于今天（${today}），请核对`,
        'DATE_IN_FUTURE',
      );
    }
    // An activity belongs to the point's collection: not before the task reached the point (the notice's date, or the
    // day it was issued here, whichever is earlier), and not after the point's deadline (an extension included).
    const pointTask = await this.tasks.mustFindPointTask(task.id, standing.contactPointId);
    const issuedOn = collectionOpensOn(task, pointTask);
    if (issuedOn && input.heldOn < issuedOn) {
      throw BadInputError.field(
        'input.heldOn',
        `活动日期 ${input.heldOn} 早于任务下发日期（${issuedOn}），请核对`,
        'DATE_BEFORE_ISSUE',
      );
    }
    const closesOn = chinaDate(effectiveDeadline(task, pointTask));
    if (input.heldOn > closesOn) {
      throw BadInputError.field(
        'input.heldOn',
        `活动日期 ${input.heldOn} 晚于本联系点的征集截止日期（${closesOn}），截止后举办的活动不能登记`,
        'DATE_AFTER_DEADLINE',
      );
    }
    this.assertMayRecord(task, pointTask, standings, now);
    const collectorIds = [...new Set(input.collectorIds ?? [])];
    for (const id of collectorIds) {
      // Another point's collector answers as a missing one to whoever may not read that point (no oracle).
      const collector = await this.organization.mustFindVisible(actor, 'collector', id);
      if (collector.contactPointId !== standing.contactPointId) {
        throw BadInputError.field(
          'input.collectorIds',
          '参加的采集员必须属于本联系点',
          'COLLECTOR_OF_OTHER_POINT',
        );
      }
    }
    const activity: CollectionActivityEntity = {
      id: newId(),
      taskId: task.id,
      contactPointId: standing.contactPointId,
      liaisonUnitId: standing.liaisonUnitId,
      channel: input.channel,
      title: input.title,
      heldOn: input.heldOn,
      place: input.place ?? null,
      organizer: input.organizer ?? null,
      collectorIds: JSON.stringify(collectorIds),
      participants: input.participants,
      summary: input.summary ?? null,
      createdById: actor.accountId,
      createdAt: this.clock.now(),
      publicToken: null,
      closesAt: null,
      closedAt: null,
    };
    await this.db.transaction(async (em) => {
      await em.insert(CollectionActivityEntity, activity);
      await this.audit.record(em, actor, {
        action: 'collectionActivity.create',
        entityType: 'CollectionActivity',
        entityId: activity.id,
        after: activity,
      });
    });
    return activity;
  }

  /**
   * Who may still record an activity. While the point takes opinions (collecting, before the deadline — what
   * submitOpinion allows), whoever holds the task. Afterwards only the executing body, and only until its table goes
   * to the legislature: it may enter a forum held in time (its date is checked against the deadline) while it
   * consolidates — the record of the work done that the ledger and the table's cover report count — but collectors,
   * units and experts, who can no longer add opinions, cannot add activities either, and nobody can once the table
   * was submitted (the point's record of that round is closed).
   */
  private assertMayRecord(task: TaskRow, pointTask: PointTaskRow, standings: Standing[], now: Date): void {
    if (this.tasks.acceptsOpinions(task, pointTask, now)) return;
    const executive = standings.some(
      (s) => s.role === 'EXECUTIVE' && s.contactPointId === pointTask.contactPointId,
    );
    if (!OPEN_STATES.includes(pointTask.state) || task.status !== TaskStatus.ISSUED)
      throw new ConflictError('COLLECTION_CLOSED', '本联系点已报送汇总意见，不能再登记征集活动');
    if (executive) return;
    this.tasks.assertAccepting(task, pointTask, now, '不能再登记征集活动；截止前举办的活动请由执行机构补登');
    // acceptsOpinions refused, assertAccepting did not: cannot happen, but never let it through.
    throw new ConflictError('COLLECTION_CLOSED', '本联系点已停止征集，不能再登记征集活动');
  }

  /** The executing body sees its point's activities; others those they recorded or their unit held. */
  async list(actor: Actor, taskId: string): Promise<CollectionActivityEntity[]> {
    const points = actor.grants
      .filter((g) => EXECUTING_BODY_ROLES.includes(g.role))
      .map((g) => g.contactPointId!);
    const units = actor.grants.filter((g) => g.liaisonUnitId).map((g) => g.liaisonUnitId!);
    return this.db.getRepository(CollectionActivityEntity).find({
      where: [
        { taskId, createdById: actor.accountId },
        ...(points.length ? [{ taskId, contactPointId: In(points) }] : []),
        ...(units.length ? [{ taskId, liaisonUnitId: In(units) }] : []),
      ],
      order: { heldOn: 'DESC', id: 'ASC' },
    });
  }
}
