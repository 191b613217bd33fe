import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { BadInputError, Clock, ConflictError, ForbiddenError, NotFoundError, newId } from '@app/common';
import { loadChildren } from '@app/database';
import { AuditService } from '@app/audit';
import { TaskService, TaskStatus, type TaskRow } from '@app/consultation';
import { DraftsService, toVersionSummary } from '@app/drafts';
import { EXECUTING_BODY_ROLES, isSystemAdmin, type Actor } from '@app/identity';
import { OrganizationService } from '@app/organization';
import {
  createProvisionAnchor,
  reanchor,
  reanchorHintsFromComparison,
  reanchorThrough,
  versionsOnTheWay,
  ProvisionIndex,
  type ProvisionAnchor,
  type ReanchorResult,
  type ReanchorStep,
} from './anchoring/index.js';
import type {
  AnnotationReanchorPlanModel,
  CreateAnnotationInput,
  ReanchorAnnotationsInput,
  ReanchorSummaryModel,
  ReplyToAnnotationInput,
  UpdateAnnotationInput,
  WithdrawAnnotationInput,
} from './annotation.models.js';
import { AnnotationStatus } from './feedback.enums.js';
import { AnnotationEntity, AnnotationRevisionEntity } from './feedback.entities.js';
import { EDITABLE_STATES, OpinionService, covers, type Standing } from './opinion.service.js';
import { SearchIndexService } from './search-index.service.js';

/**
 * 批注: experts annotate the draft of a task at their point; the expert team and the executing body read them (not
 * collectors, not the legislature, until consolidation turns them into suggestions).
 */
/** How reanchorAll reports and resumes when run as a job (AnnotationReanchorJob). */
export interface ReanchorOptions {
  progress?: (percent: number) => Promise<void>;
  /** Count annotations already placed on the target as they stand instead of placing them again (a retried job). */
  resume?: boolean;
}

/** A version row as the drafts domain returns it (its table stays that domain's). */
type DraftVersionEntity = Awaited<ReturnType<DraftsService['mustFindVersion']>>;

const NOT_EXECUTIVE = '只有本联系点的执行机构可以重新定位批注';
/** An expert of a point the task was sent to, not given it (分发): told so, never that the task is missing. */
const NOT_GIVEN_TO_EXPERT = '该任务没有分发给您，不能批注或查看批注';

/** A point where the caller annotates a task: the executing body (`standing: null`, the whole draft) or an expert. */
interface TeamScope {
  contactPointId: string;
  standing: Standing | null;
}

@Injectable()
export class AnnotationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tasks: TaskService,
    private readonly drafts: DraftsService,
    private readonly organization: OrganizationService,
    private readonly search: SearchIndexService,
    private readonly opinions: OpinionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Where the caller annotates a task, point by point: the executing body of an addressed point (and an administrator)
   * the whole draft; an expert only where the task was distributed to them (分发), within their standing — the
   * provisions of their assignments, as OpinionService.prepareSubmission binds opinions (`covers`).
   */
  private async teamScopes(actor: Actor, task: TaskRow): Promise<TeamScope[]> {
    if (task.status !== TaskStatus.ISSUED) return [];
    const addressed = new Set((await this.tasks.visiblePointTasks(actor, task)).map((p) => p.contactPointId));
    const scopes = new Map<string, TeamScope>();
    const whole = (contactPointId: string) => scopes.set(contactPointId, { contactPointId, standing: null });
    if (isSystemAdmin(actor)) addressed.forEach(whole);
    for (const g of actor.grants) {
      if (EXECUTING_BODY_ROLES.includes(g.role) && g.contactPointId && addressed.has(g.contactPointId))
        whole(g.contactPointId);
    }
    for (const standing of await this.opinions.standings(actor, task)) {
      if (standing.role !== 'EXPERT' || !standing.expertId) continue;
      if (scopes.has(standing.contactPointId) || !addressed.has(standing.contactPointId)) continue;
      const expert = await this.organization.mustFind('expert', standing.expertId);
      if (expert.active)
        scopes.set(standing.contactPointId, { contactPointId: standing.contactPointId, standing });
    }
    return [...scopes.values()];
  }

  /** The contact points of the task where the caller is on the expert team (distributed to) or the executing body. */
  private async teamPoints(actor: Actor, task: TaskRow): Promise<string[]> {
    return (await this.teamScopes(actor, task)).map((s) => s.contactPointId);
  }

  /** Does a scope reach an annotation's provision (its address in the version it stands on)? */
  private async reaches(scope: TeamScope, versionId: string, address: string | null): Promise<boolean> {
    if (scope.standing === null) return true;
    const version = await this.drafts.versionIndex(versionId);
    const lineage = address === null ? null : version.has(address) ? version.lineage(address) : [address];
    return covers(scope.standing, lineage);
  }

  /** Why a caller with no scope is refused: an expert of the point whose task was not distributed to them is told so. */
  private async notOnTeam(actor: Actor, task: TaskRow, refusal: string): Promise<ForbiddenError> {
    const addressed = new Set((await this.tasks.visiblePointTasks(actor, task)).map((p) => p.contactPointId));
    for (const expertId of (await this.organization.membersOfAccount(actor.accountId)).expertIds) {
      const expert = await this.organization.mustFind('expert', expertId);
      if (expert.active && addressed.has(expert.contactPointId))
        return new ForbiddenError(NOT_GIVEN_TO_EXPERT, 'NOT_ASSIGNED');
    }
    return new ForbiddenError(refusal, 'NOT_ON_TEAM');
  }

  async create(actor: Actor, input: CreateAnnotationInput): Promise<AnnotationEntity> {
    const task = await this.tasks.mustFindVisibleTask(actor, input.taskId, undefined, NOT_GIVEN_TO_EXPERT);
    const scopes = await this.teamScopes(actor, task);
    if (!scopes.length) throw await this.notOnTeam(actor, task, '只有本联系点的专家团队和执行机构可以批注');
    const version = await this.drafts.versionIndex(task.draftVersionId);
    const text = version.anchorText(input.provisionAddress);
    if (text === null)
      throw BadInputError.field(
        'input.provisionAddress',
        `任务的草案中没有这个条文：${input.provisionAddress}`,
        'PROVISION_NOT_IN_DRAFT',
      );
    let contactPointId: string | undefined;
    for (const scope of scopes)
      if (await this.reaches(scope, task.draftVersionId, input.provisionAddress)) {
        contactPointId = scope.contactPointId;
        break;
      }
    if (!contactPointId)
      throw new ForbiddenError('该条文不在分配给您的范围内，不能批注', 'PROVISION_NOT_ASSIGNED');
    // A new annotation is new material for the table: taken while the point collects and before the deadline, as
    // opinions are (submitOpinion's rule), not after the table was consolidated, submitted or answered.
    const now = this.clock.now();
    await this.tasks.assertPointActive(contactPointId, '不再接收新的批注');
    this.tasks.assertAccepting(
      task,
      await this.tasks.mustFindPointTask(task.id, contactPointId),
      now,
      '不再接收新的批注',
    );
    const anchor = createProvisionAnchor({ address: input.provisionAddress, text }, input.start, input.end);
    const annotation: AnnotationEntity = {
      id: newId(),
      taskId: task.id,
      contactPointId,
      draftVersionId: task.draftVersionId,
      anchorVersionId: task.draftVersionId,
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
      status: AnnotationStatus.ACTIVE,
      statusReason: null,
      revision: 0,
      createdAt: now,
      updatedAt: now,
    };
    await this.db.transaction(async (em) => {
      await em.insert(AnnotationEntity, annotation);
      await this.indexText(em, annotation);
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
    if (parent.status !== AnnotationStatus.ACTIVE)
      throw new ConflictError('ANNOTATION_NOT_ACTIVE', '该批注已撤回，不能再回复');
    // A reply adds to the discussion the table is drawn from: the same window as a new annotation.
    const now = this.clock.now();
    await this.tasks.assertPointActive(parent.contactPointId, '批注不能再回复');
    this.tasks.assertAccepting(
      await this.tasks.mustFindTask(parent.taskId),
      await this.tasks.mustFindPointTask(parent.taskId, parent.contactPointId),
      now,
      '批注不能再回复',
    );
    const reply: AnnotationEntity = {
      ...parent,
      id: newId(),
      parentId: parent.id,
      anchorVersionId: null,
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
      status: AnnotationStatus.ACTIVE,
      statusReason: null,
      revision: 0,
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
    const task = await this.tasks.mustFindVisibleTask(actor, taskId, undefined, NOT_GIVEN_TO_EXPERT);
    const scopes = await this.teamScopes(actor, task);
    if (!scopes.length) throw await this.notOnTeam(actor, task, '批注仅在专家团队和执行机构内可见');
    const roots = await this.db.getRepository(AnnotationEntity).find({
      where: {
        taskId,
        contactPointId: In(scopes.map((s) => s.contactPointId)),
        parentId: IsNull(),
        status: AnnotationStatus.ACTIVE,
        ...(provisionAddress ? { provisionAddress } : {}),
      },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    // An expert reads the threads on the provisions distributed to them; the executing body reads them all.
    const byPoint = new Map(scopes.map((s) => [s.contactPointId, s]));
    const shown: AnnotationEntity[] = [];
    for (const a of roots)
      if (await this.reaches(byPoint.get(a.contactPointId)!, a.draftVersionId, a.provisionAddress))
        shown.push(a);
    return shown;
  }

  /** Replies of many threads at once (a DataLoader batch). */
  repliesOf(parentIds: readonly string[]): Promise<AnnotationEntity[][]> {
    return loadChildren(this.db, AnnotationEntity, 'parentId', parentIds, {
      where: { status: AnnotationStatus.ACTIVE },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  private indexText(em: EntityManager, annotation: AnnotationEntity): Promise<void> {
    return this.search.index(em, {
      kind: 'annotation',
      ownerId: annotation.id,
      taskId: annotation.taskId,
      contactPointId: annotation.contactPointId,
      text: [annotation.quote, annotation.note, annotation.proposedWording, annotation.legalBasis]
        .filter(Boolean)
        .join('\n'),
    });
  }

  /**
   * The author corrects an annotation while the point collects and before the deadline (submitOpinion's rule): a new selection (start and end, in the same or
   * another provision of the version it is anchored to) and/or new text. The earlier state is kept as a revision.
   */
  async update(actor: Actor, input: UpdateAnnotationInput): Promise<AnnotationEntity> {
    return this.change(actor, input.id, 'EDIT', input.expectedRevision, async (annotation) => {
      if (annotation.authorAccountId !== actor.accountId)
        throw new ForbiddenError('只有批注的作者可以修改', 'NOT_AUTHOR');
      if (annotation.status !== AnnotationStatus.ACTIVE)
        throw new ConflictError('ANNOTATION_NOT_ACTIVE', '该批注已撤回，不能再修改');
      const patch: Partial<AnnotationEntity> = {};
      const reselect =
        input.start !== undefined || input.end !== undefined || input.provisionAddress !== undefined;
      if (reselect) {
        if (annotation.parentId !== null)
          throw BadInputError.field(
            'input.start',
            '回复没有选中的原文，只能修改文字',
            'REPLY_HAS_NO_PASSAGE',
          );
        if (input.start === undefined || input.end === undefined)
          throw BadInputError.field(
            input.start === undefined ? 'input.start' : 'input.end',
            '重新选择原文须同时给出起始和结束位置',
            'SELECTION_INCOMPLETE',
          );
        const address = input.provisionAddress ?? annotation.provisionAddress!;
        const text = (await this.drafts.versionIndex(annotation.draftVersionId)).anchorText(address);
        if (text === null)
          throw BadInputError.field(
            'input.provisionAddress',
            `批注所在稿次中没有这个条文：${address}`,
            'PROVISION_NOT_IN_DRAFT',
          );
        // Moved to other words: within what was distributed to the author, as a new annotation.
        const task = await this.tasks.mustFindTask(annotation.taskId);
        const scope = (await this.teamScopes(actor, task)).find(
          (s) => s.contactPointId === annotation.contactPointId,
        );
        if (!scope || !(await this.reaches(scope, annotation.draftVersionId, address)))
          throw new ForbiddenError('该条文不在分配给您的范围内，不能批注', 'PROVISION_NOT_ASSIGNED');
        const anchor = createProvisionAnchor({ address, text }, input.start, input.end);
        Object.assign(patch, {
          provisionAddress: anchor.address,
          quote: anchor.quote,
          prefix: anchor.prefix,
          suffix: anchor.suffix,
          startOffset: anchor.start,
          endOffset: anchor.end,
          // A person placed it on the version it is listed on: an orphan re-selected by its author is anchored again,
          // its words now those of that version.
          anchorVersionId: annotation.draftVersionId,
          anchorStatus: 'ANCHORED',
          anchorNote: null,
        });
      }
      if (input.note !== undefined) patch.note = input.note;
      if (input.proposedWording !== undefined) {
        if (annotation.parentId !== null && input.proposedWording !== null)
          throw BadInputError.field('input.proposedWording', '回复只能修改文字', 'REPLY_HAS_NO_PASSAGE');
        patch.proposedWording = input.proposedWording;
      }
      if (input.legalBasis !== undefined) {
        if (annotation.parentId !== null && input.legalBasis !== null)
          throw BadInputError.field('input.legalBasis', '回复只能修改文字', 'REPLY_HAS_NO_PASSAGE');
        patch.legalBasis = input.legalBasis;
      }
      if (!Object.keys(patch).length)
        throw BadInputError.field('input', '没有要修改的内容', 'NOTHING_TO_CHANGE');
      return patch;
    });
  }

  /** The author withdraws an annotation until consolidation starts: out of lists and the table, its history kept. */
  async withdraw(actor: Actor, input: WithdrawAnnotationInput): Promise<AnnotationEntity> {
    return this.change(actor, input.id, 'WITHDRAW', undefined, (annotation) => {
      if (annotation.authorAccountId !== actor.accountId)
        throw new ForbiddenError('只有批注的作者可以撤回', 'NOT_AUTHOR');
      if (annotation.status !== AnnotationStatus.ACTIVE)
        throw new ConflictError('ANNOTATION_NOT_ACTIVE', '该批注已撤回');
      return Promise.resolve({ status: AnnotationStatus.WITHDRAWN, statusReason: input.reason ?? null });
    });
  }

  /** One change of an annotation: the rules of opinions (author only; edits until the deadline, withdrawals until consolidation). */
  private async change(
    actor: Actor,
    id: string,
    action: 'EDIT' | 'WITHDRAW',
    expectedRevision: number | undefined,
    decide: (annotation: AnnotationEntity) => Promise<Partial<AnnotationEntity>>,
  ): Promise<AnnotationEntity> {
    await this.mustRead(actor, id);
    return this.db.transaction(async (em) => {
      const annotation = await em.findOneBy(AnnotationEntity, { id });
      if (!annotation) throw new NotFoundError('批注', id);
      if (expectedRevision !== undefined && expectedRevision !== annotation.revision)
        throw new ConflictError('ANNOTATION_CHANGED', '批注已被修改，请刷新后再改', {
          revision: annotation.revision,
        });
      const patch = await decide(annotation);
      const pointTask = await this.tasks.mustFindPointTask(annotation.taskId, annotation.contactPointId, em);
      if (!EDITABLE_STATES.includes(pointTask.state))
        throw new ConflictError('CONSOLIDATION_STARTED', '本联系点已开始汇总，批注不能再修改或撤回');
      const now = this.clock.now();
      // As for opinions: a withdrawal only takes material out and stays possible until consolidation starts; an edit
      // (new words, a new passage) stops with collection, at the deadline.
      if (action === 'EDIT') {
        await this.tasks.assertPointActive(annotation.contactPointId, '批注不能再修改（仍可撤回）', em);
        this.tasks.assertAccepting(
          await this.tasks.mustFindTask(annotation.taskId, em),
          pointTask,
          now,
          '批注不能再修改（仍可撤回）',
        );
      }
      const after: AnnotationEntity = {
        ...annotation,
        ...patch,
        revision: annotation.revision + 1,
        updatedAt: now,
      };
      await em.insert(AnnotationRevisionEntity, {
        id: newId(),
        annotationId: annotation.id,
        revision: after.revision,
        action,
        snapshot: JSON.stringify(annotation),
        changedById: actor.accountId,
        changedAt: now,
      });
      const updated = await em.update(
        AnnotationEntity,
        { id: annotation.id, revision: annotation.revision },
        { ...patch, revision: after.revision, updatedAt: now },
      );
      if (updated.affected === 0)
        throw new ConflictError('ANNOTATION_CHANGED', '批注刚被他人修改，请刷新后重试');
      if (action === 'EDIT' && annotation.parentId === null) await this.indexText(em, after);
      await this.audit.record(em, actor, {
        action: `annotation.${action.toLowerCase()}`,
        entityType: 'Annotation',
        entityId: annotation.id,
        before: annotation,
        after,
      });
      return after;
    });
  }

  /** Revisions of many annotations at once (a DataLoader batch). */
  revisionsOf(annotationIds: readonly string[]): Promise<AnnotationRevisionEntity[][]> {
    return loadChildren(this.db, AnnotationRevisionEntity, 'annotationId', annotationIds, {
      order: { revision: 'ASC' },
    });
  }

  private async mustRead(actor: Actor, id: string): Promise<AnnotationEntity> {
    const annotation = await this.db.getRepository(AnnotationEntity).findOneBy({ id });
    if (!annotation) throw new NotFoundError('批注', id);
    const task = await this.tasks.mustFindTask(annotation.taskId);
    const scope = (await this.teamScopes(actor, task)).find(
      (s) => s.contactPointId === annotation.contactPointId,
    );
    // A reply is read (and answered) where its thread is: its root's provision.
    const root = annotation.parentId
      ? await this.db.getRepository(AnnotationEntity).findOneBy({ id: annotation.parentId })
      : annotation;
    if (!scope || !root || !(await this.reaches(scope, root.draftVersionId, root.provisionAddress)))
      throw new NotFoundError('批注', id);
    return annotation;
  }

  /** The points of a task whose annotations the caller may re-place (its executing bodies; administrators: all). */
  async reanchorPoints(actor: Actor, taskId: string): Promise<string[]> {
    const task = await this.tasks.mustFindVisibleTask(actor, taskId);
    return (await this.teamPoints(actor, task)).filter(
      (p) =>
        isSystemAdmin(actor) ||
        actor.grants.some((g) => EXECUTING_BODY_ROLES.includes(g.role) && g.contactPointId === p),
    );
  }

  /**
   * What the point's executing body needs to re-place its annotations (the card on 专家批注): the task's version, the
   * draft's latest version, and how many of its points' annotations still stand on an older version, by version. Only
   * versions of the task's own draft are named, and only by their summary (label, number, date): no text.
   */
  async reanchorPlan(actor: Actor, taskId: string): Promise<AnnotationReanchorPlanModel> {
    const task = await this.tasks.mustFindVisibleTask(actor, taskId);
    const points = await this.reanchorPoints(actor, taskId);
    if (!points.length) throw new ForbiddenError(NOT_EXECUTIVE);
    const from = await this.drafts.mustFindVersion(task.draftVersionId);
    const versions = await this.versionsOfDraft(from.draftId);
    const latest = [...versions.values()].reduce((a, b) => (b.sequence > a.sequence ? b : a), from);
    const counts = new Map<string, number>();
    for (const a of await this.placeable(task.id, points))
      if (a.draftVersionId !== latest.id)
        counts.set(a.draftVersionId, (counts.get(a.draftVersionId) ?? 0) + 1);
    return {
      taskId: task.id,
      taskVersion: toVersionSummary(from),
      latestVersion: toVersionSummary(latest),
      waiting: [...counts]
        .map(([id, count]) => ({ version: versions.get(id) ?? from, count }))
        .sort((a, b) => a.version.sequence - b.version.sequence)
        .map(({ version, count }) => ({ version: toVersionSummary(version), count })),
    };
  }

  /** Refuses a re-placement the caller may not make or that would not move forward (before a job is queued). */
  async checkReanchorTarget(actor: Actor, input: ReanchorAnnotationsInput): Promise<void> {
    await this.reanchorScope(actor, input);
  }

  /** The versions of one draft by id. */
  private async versionsOfDraft(draftId: string): Promise<Map<string, DraftVersionEntity>> {
    const [versions] = await this.drafts.versionsOfDrafts([draftId]);
    return new Map(versions.map((v) => [v.id, v]));
  }

  /** The active annotations (not replies) of these points that are anchored to words, so can be re-placed. */
  private async placeable(taskId: string, points: string[]): Promise<AnnotationEntity[]> {
    const roots = await this.db.getRepository(AnnotationEntity).find({
      where: { taskId, contactPointId: In(points), parentId: IsNull(), status: AnnotationStatus.ACTIVE },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return roots.filter((a) => a.provisionAddress && a.quote !== null);
  }

  /**
   * Who may re-place, onto what: the target must be a version of the task's draft later than the task's version
   * (VERSION_NOT_NEWER), and no annotation may stand on a version later than the target (it would be taken back).
   */
  private async reanchorScope(actor: Actor, input: ReanchorAnnotationsInput) {
    const task = await this.tasks.mustFindVisibleTask(actor, input.taskId);
    const points = await this.reanchorPoints(actor, input.taskId);
    if (!points.length) throw new ForbiddenError(NOT_EXECUTIVE);
    const target = await this.drafts.mustFindVersion(input.toVersionId);
    const from = await this.drafts.mustFindVersion(task.draftVersionId);
    // Another draft's version lies outside a point's scope: it answers as a missing one (its legislature is told why).
    if (target.draftId !== from.draftId) await this.drafts.mustFindVisibleVersion(actor, input.toVersionId);
    if (target.draftId !== from.draftId)
      throw BadInputError.field(
        'input.toVersionId',
        '新稿次必须属于同一草案',
        'VERSIONS_OF_DIFFERENT_DRAFTS',
      );
    if (target.sequence <= from.sequence)
      throw BadInputError.field(
        'input.toVersionId',
        `“${target.label}”不是本任务所附稿次“${from.label}”之后的新稿次，批注只能定位到更新的稿次`,
        'VERSION_NOT_NEWER',
      );
    const versions = await this.versionsOfDraft(from.draftId);
    const roots = await this.placeable(task.id, points);
    const ahead = roots
      .map((a) => versions.get(a.draftVersionId))
      .filter((v): v is DraftVersionEntity => !!v && v.sequence > target.sequence)
      .sort((a, b) => b.sequence - a.sequence);
    if (ahead.length)
      throw BadInputError.field(
        'input.toVersionId',
        `已有 ${ahead.length} 条批注定位到更新的稿次“${ahead[0].label}”，不能退回到“${target.label}”`,
        'VERSION_NOT_NEWER',
      );
    return { task, points, target, versions, roots };
  }

  /**
   * Re-places the annotations of a task on a newer version of the same draft: each is ANCHORED (same provision), MOVED
   * (found elsewhere — renumbered, moved, split) or ORPHANED (not found with confidence; never attached to other text).
   * The target may be several versions on (v1 → v3): each annotation is compared with the target directly, and only
   * one orphaned that way is followed through the versions in between (see reanchorThrough).
   */
  async reanchorAll(
    actor: Actor,
    input: ReanchorAnnotationsInput,
    options: ReanchorOptions = {},
  ): Promise<ReanchorSummaryModel> {
    const { target, versions, roots } = await this.reanchorScope(actor, input);
    const placer = this.placer();
    const summary = { anchored: 0, moved: 0, orphaned: 0, skipped: 0 };
    const count = (status: string | null) => {
      if (status === 'ANCHORED') summary.anchored += 1;
      else if (status === 'MOVED') summary.moved += 1;
      else if (status === 'ORPHANED') summary.orphaned += 1;
    };
    // Computed first (with progress), then written in one transaction: a run stopped before it commits wrote nothing.
    const placements: Array<{ annotation: AnnotationEntity; patch: Partial<AnnotationEntity> }> = [];
    for (const [i, annotation] of roots.entries()) {
      if (options.progress) await options.progress((i / Math.max(1, roots.length)) * 100);
      if (!annotation.provisionAddress || annotation.quote === null) continue;
      // A job run again after its earlier attempt committed: those already placed on the target stay as placed.
      if (options.resume && annotation.draftVersionId === target.id) {
        count(annotation.anchorStatus);
        continue;
      }
      const anchor: ProvisionAnchor = {
        address: annotation.provisionAddress,
        quote: annotation.quote,
        prefix: annotation.prefix ?? '',
        suffix: annotation.suffix ?? '',
        start: annotation.startOffset ?? 0,
        end: annotation.endOffset ?? 0,
      };
      // Compared from the version the anchor was taken from: for an orphan, an older one than it is listed on.
      const anchoredOn = annotation.anchorVersionId ?? annotation.draftVersionId;
      const result = await placer(
        anchor,
        anchoredOn,
        versionsOnTheWay(versions.values(), anchoredOn, target),
      );
      const base = {
        anchorStatus: result.status,
        anchorNote: result.reason.slice(0, 200),
        draftVersionId: target.id,
      };
      // A placed annotation takes the anchor rebuilt on the new text (quote, context, offsets), so the next version
      // compares like with like; an orphaned one keeps its old anchor, and the version that anchor belongs to, for a
      // person to re-place (or a later version to find again).
      const patch: Partial<AnnotationEntity> =
        result.status === 'ORPHANED'
          ? { ...base, anchorVersionId: anchoredOn }
          : {
              ...base,
              anchorVersionId: target.id,
              provisionAddress: result.anchor.address,
              quote: result.anchor.quote,
              prefix: result.anchor.prefix,
              suffix: result.anchor.suffix,
              startOffset: result.anchor.start,
              endOffset: result.anchor.end,
            };
      placements.push({ annotation, patch });
    }
    // Written only over the rows as they were read: same revision, still active, still on the version and anchor the
    // placement was computed from. One changed meanwhile — its author re-selected or withdrew it, or another run placed
    // it on a newer version — is skipped, never taken back nor written over (a later run starts from its new state).
    // Each placement is a change of the annotation: its revision goes up, so an author's edit begun on the old place
    // gets ANNOTATION_CHANGED, and its earlier state is kept as a REANCHOR revision, as an edit's is.
    await this.db.transaction(async (em) => {
      for (const { annotation, patch } of placements) {
        const now = this.clock.now();
        const revision = annotation.revision + 1;
        const updated = await em.update(
          AnnotationEntity,
          {
            id: annotation.id,
            revision: annotation.revision,
            status: AnnotationStatus.ACTIVE,
            draftVersionId: annotation.draftVersionId,
            anchorVersionId: annotation.anchorVersionId ?? IsNull(),
          },
          { ...patch, revision, updatedAt: now },
        );
        if (!updated.affected) {
          summary.skipped += 1;
          continue;
        }
        count(patch.anchorStatus ?? null);
        await em.insert(AnnotationRevisionEntity, {
          id: newId(),
          annotationId: annotation.id,
          revision,
          action: 'REANCHOR',
          snapshot: JSON.stringify(annotation),
          changedById: actor.accountId,
          changedAt: now,
        });
        await this.audit.record(em, actor, {
          action: 'annotation.reanchor',
          entityType: 'Annotation',
          entityId: annotation.id,
          before: annotation,
          after: { ...annotation, ...patch, revision, updatedAt: now },
        });
      }
    });
    return summary;
  }

  /**
   * Places anchors on later versions, each version's provisions indexed once per run. Directly first (the annotation's
   * words against the target's text); only an annotation orphaned that way, with versions between, is followed through
   * them one by one (reanchorThrough), and that placement is taken if every step made it.
   */
  private placer() {
    const indexes = new Map<string, Promise<{ provisions: ProvisionIndex; addresses: string[] }>>();
    const indexOf = (versionId: string) => {
      let found = indexes.get(versionId);
      if (!found) {
        found = this.drafts.versionIndex(versionId).then((index) => {
          const addresses = index.addresses();
          const provisions = new ProvisionIndex(
            addresses.map((address) => ({ address, text: index.anchorText(address) ?? '' })),
          );
          return { provisions, addresses };
        });
        indexes.set(versionId, found);
      }
      return found;
    };
    const step = async (fromId: string, to: DraftVersionEntity): Promise<ReanchorStep> => {
      const { provisions, addresses } = await indexOf(to.id);
      const changes = (await this.drafts.comparison(fromId, to.id)).changes;
      return {
        provisions,
        label: to.label,
        hints: (address) => reanchorHintsFromComparison(changes, address, addresses),
      };
    };
    return async (
      anchor: ProvisionAnchor,
      fromVersionId: string,
      path: DraftVersionEntity[],
    ): Promise<ReanchorResult> => {
      const target = path[path.length - 1];
      const directly = await step(fromVersionId, target);
      const direct = reanchor(anchor, directly.provisions, directly.hints?.(anchor.address));
      if (direct.status !== 'ORPHANED' || path.length < 2) return direct;
      const steps: ReanchorStep[] = [];
      let previous = fromVersionId;
      for (const version of path) {
        steps.push(await step(previous, version));
        previous = version.id;
      }
      const chained = reanchorThrough(anchor, steps);
      return chained.status === 'ORPHANED' ? direct : chained;
    };
  }
}
