import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { BadInputError, Clock, ForbiddenError, chinaDate, newId } from '@app/common';
import { AuditService } from '@app/audit';
import { TaskService, collectionOpensOn, effectiveDeadline } from '@app/consultation';
import { EXECUTING_BODY_ROLES, type Actor } from '@app/identity';
import { OrganizationService } from '@app/organization';
import { CollectionActivityEntity } from './feedback.entities.js';
import type { RecordActivityInput } from './activity.models.js';
import { OpinionService } from './opinion.service.js';

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
    const task = await this.tasks.mustFindTask(input.taskId);
    const standing = (await this.opinions.standings(actor, task))[0];
    if (!standing) throw new ForbiddenError('该任务没有分发给您，不能登记征集活动', 'NOT_ASSIGNED');
    const today = chinaDate(this.clock.now());
    if (input.heldOn > today) {
      throw BadInputError.field(
        'input.heldOn',
        `活动日期 ${input.heldOn} 晚于今天（${today}），请核对`,
        'DATE_IN_FUTURE',
      );
    }
    // An activity belongs to the point's collection: not before the task reached the point (the notice's date, or the
    // day it was issued here, whichever is earlier), and not after the point's deadline (an extension included). An
    // activity held in time may still be recorded late, so only its date is checked, not today against the deadline.
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
    const collectorIds = [...new Set(input.collectorIds ?? [])];
    for (const id of collectorIds) {
      const collector = await this.organization.mustFind('collector', id);
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
