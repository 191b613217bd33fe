import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource } from 'typeorm';
import { BadInputError, Clock, ForbiddenError, NotFoundError, chunk, newId } from '@app/common';
import { AuditService } from '@app/audit';
import { TaskService, TaskStatus, type ConsultationTaskEntity } from '@app/consultation';
import { DraftsService } from '@app/drafts';
import { EXECUTING_BODY_ROLES, isSystemAdmin, type Actor } from '@app/identity';
import { OrganizationService } from '@app/organization';
import {
  createProvisionAnchor,
  reanchor,
  reanchorHintsFromComparison,
  ProvisionIndex,
} from './anchoring/index.js';
import type {
  CreateAnnotationInput,
  ReanchorAnnotationsInput,
  ReanchorSummaryModel,
  ReplyToAnnotationInput,
} from './annotation.models.js';
import { AnnotationEntity } from './feedback.entities.js';
import { SearchIndexService } from './search-index.service.js';

/**
 * 批注: experts annotate the draft of a task at their point; the expert team and the executing body read them (not
 * collectors, not the legislature, until consolidation turns them into suggestions).
 */
@Injectable()
export class AnnotationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tasks: TaskService,
    private readonly drafts: DraftsService,
    private readonly organization: OrganizationService,
    private readonly search: SearchIndexService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The contact points of the task where the caller is on the expert team or the executing body. */
  private async teamPoints(actor: Actor, task: ConsultationTaskEntity): Promise<string[]> {
    if (task.status !== TaskStatus.ISSUED) return [];
    const addressed = new Set((await this.tasks.visiblePointTasks(actor, task)).map((p) => p.contactPointId));
    const points = new Set<string>();
    if (isSystemAdmin(actor)) addressed.forEach((p) => points.add(p));
    for (const g of actor.grants) {
      if (EXECUTING_BODY_ROLES.includes(g.role) && g.contactPointId && addressed.has(g.contactPointId))
        points.add(g.contactPointId);
    }
    for (const expertId of (await this.organization.membersOfAccount(actor.accountId)).expertIds) {
      const expert = await this.organization.mustFind('expert', expertId);
      if (expert.active && addressed.has(expert.contactPointId)) points.add(expert.contactPointId);
    }
    return [...points];
  }

  async create(actor: Actor, input: CreateAnnotationInput): Promise<AnnotationEntity> {
    const task = await this.tasks.mustFindTask(input.taskId);
    const [contactPointId] = await this.teamPoints(actor, task);
    if (!contactPointId) throw new ForbiddenError('只有本联系点的专家团队和执行机构可以批注', 'NOT_ON_TEAM');
    const version = await this.drafts.versionIndex(task.draftVersionId);
    const text = version.anchorText(input.provisionAddress);
    if (text === null)
      throw BadInputError.field(
        'input.provisionAddress',
        `任务的草案中没有这个条文：${input.provisionAddress}`,
        'PROVISION_NOT_IN_DRAFT',
      );
    const anchor = createProvisionAnchor({ address: input.provisionAddress, text }, input.start, input.end);
    const now = this.clock.now();
    const annotation: AnnotationEntity = {
      id: newId(),
      taskId: task.id,
      contactPointId,
      draftVersionId: task.draftVersionId,
      parentId: null,
      provisionAddress: anchor.address,
      quote: anchor.quote,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
      startOffset: anchor.start,
      endOffset: anchor.end,
      anchorStatus: 'ANCHORED',
      anchorNote: null,
      note: input.note,
      proposedWording: input.proposedWording ?? null,
      legalBasis: input.legalBasis ?? null,
      authorAccountId: actor.accountId,
      createdAt: now,
      updatedAt: now,
    };
    await this.db.transaction(async (em) => {
      await em.insert(AnnotationEntity, annotation);
      await this.search.index(em, {
        kind: 'annotation',
        ownerId: annotation.id,
        taskId: task.id,
        contactPointId,
        text: [annotation.quote, annotation.note, annotation.proposedWording, annotation.legalBasis]
          .filter(Boolean)
          .join('\n'),
      });
      await this.audit.record(em, actor, {
        action: 'annotation.create',
        entityType: 'Annotation',
        entityId: annotation.id,
        after: annotation,
      });
    });
    return annotation;
  }

  async reply(actor: Actor, input: ReplyToAnnotationInput): Promise<AnnotationEntity> {
    const parent = await this.mustRead(actor, input.parentId);
    if (parent.parentId)
      throw BadInputError.field('input.parentId', '请回复批注本身，而不是回复中的回复', 'NOT_A_THREAD_ROOT');
    const now = this.clock.now();
    const reply: AnnotationEntity = {
      ...parent,
      id: newId(),
      parentId: parent.id,
      provisionAddress: null,
      quote: null,
      prefix: null,
      suffix: null,
      startOffset: null,
      endOffset: null,
      anchorStatus: null,
      anchorNote: null,
      note: input.note,
      proposedWording: null,
      legalBasis: null,
      authorAccountId: actor.accountId,
      createdAt: now,
      updatedAt: now,
    };
    await this.db.transaction(async (em) => {
      await em.insert(AnnotationEntity, reply);
      await this.audit.record(em, actor, {
        action: 'annotation.reply',
        entityType: 'Annotation',
        entityId: reply.id,
        after: reply,
      });
    });
    return reply;
  }

  async list(actor: Actor, taskId: string, provisionAddress?: string): Promise<AnnotationEntity[]> {
    const task = await this.tasks.mustFindTask(taskId);
    const points = await this.teamPoints(actor, task);
    if (!points.length) throw new ForbiddenError('批注仅在专家团队和执行机构内可见', 'NOT_ON_TEAM');
    return this.db.getRepository(AnnotationEntity).find({
      where: {
        taskId,
        contactPointId: In(points),
        parentId: IsNull(),
        ...(provisionAddress ? { provisionAddress } : {}),
      },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Replies of many threads at once (a DataLoader batch). */
  async repliesOf(parentIds: readonly string[]): Promise<AnnotationEntity[][]> {
    const rows: AnnotationEntity[] = [];
    for (const ids of chunk(parentIds)) {
      rows.push(
        ...(await this.db
          .getRepository(AnnotationEntity)
          .find({ where: { parentId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } })),
      );
    }
    return parentIds.map((id) => rows.filter((r) => r.parentId === id));
  }

  private async mustRead(actor: Actor, id: string): Promise<AnnotationEntity> {
    const annotation = await this.db.getRepository(AnnotationEntity).findOneBy({ id });
    if (!annotation) throw new NotFoundError('批注', id);
    const task = await this.tasks.mustFindTask(annotation.taskId);
    if (!(await this.teamPoints(actor, task)).includes(annotation.contactPointId))
      throw new NotFoundError('批注', id);
    return annotation;
  }

  /**
   * Re-places the annotations of a task on a new version of the same draft: each is ANCHORED (same provision), MOVED
   * (found elsewhere — renumbered, moved, split) or ORPHANED (not found with confidence; never attached to other text).
   */
  async reanchorAll(actor: Actor, input: ReanchorAnnotationsInput): Promise<ReanchorSummaryModel> {
    const task = await this.tasks.mustFindTask(input.taskId);
    const points = (await this.teamPoints(actor, task)).filter(
      (p) =>
        isSystemAdmin(actor) ||
        actor.grants.some((g) => EXECUTING_BODY_ROLES.includes(g.role) && g.contactPointId === p),
    );
    if (!points.length) throw new ForbiddenError('只有本联系点的执行机构可以重新定位批注');
    const target = await this.drafts.mustFindVersion(input.toVersionId);
    const from = await this.drafts.mustFindVersion(task.draftVersionId);
    if (target.draftId !== from.draftId)
      throw BadInputError.field(
        'input.toVersionId',
        '新稿次必须属于同一草案',
        'VERSIONS_OF_DIFFERENT_DRAFTS',
      );
    const index = await this.drafts.versionIndex(target.id);
    const addresses = index.addresses();
    const provisions = new ProvisionIndex(
      addresses.map((address) => ({ address, text: index.anchorText(address) ?? '' })),
    );
    const roots = await this.db
      .getRepository(AnnotationEntity)
      .find({ where: { taskId: task.id, contactPointId: In(points), parentId: IsNull() } });
    const summary = { anchored: 0, moved: 0, orphaned: 0 };
    await this.db.transaction(async (em) => {
      for (const annotation of roots) {
        if (!annotation.provisionAddress || annotation.quote === null) continue;
        const changes = (await this.drafts.comparison(annotation.draftVersionId, target.id)).changes;
        const hints = reanchorHintsFromComparison(changes, annotation.provisionAddress, addresses);
        const result = reanchor(
          {
            address: annotation.provisionAddress,
            quote: annotation.quote,
            prefix: annotation.prefix ?? '',
            suffix: annotation.suffix ?? '',
            start: annotation.startOffset ?? 0,
            end: annotation.endOffset ?? 0,
          },
          provisions,
          hints,
        );
        summary[
          result.status === 'ANCHORED' ? 'anchored' : result.status === 'MOVED' ? 'moved' : 'orphaned'
        ] += 1;
        const base = {
          anchorStatus: result.status,
          anchorNote: result.reason.slice(0, 200),
          draftVersionId: target.id,
          updatedAt: this.clock.now(),
        };
        // A placed annotation takes the anchor rebuilt on the new text (quote, context, offsets), so the next version
        // compares like with like; an orphaned one keeps its old anchor for a person to re-place.
        const patch =
          result.status === 'ORPHANED'
            ? base
            : {
                ...base,
                provisionAddress: result.anchor.address,
                quote: result.anchor.quote,
                prefix: result.anchor.prefix,
                suffix: result.anchor.suffix,
                startOffset: result.anchor.start,
                endOffset: result.anchor.end,
              };
        await em.update(AnnotationEntity, { id: annotation.id }, patch);
        await this.audit.record(em, actor, {
          action: 'annotation.reanchor',
          entityType: 'Annotation',
          entityId: annotation.id,
          before: annotation,
          after: { ...annotation, ...patch },
        });
      }
    });
    return summary;
  }
}
