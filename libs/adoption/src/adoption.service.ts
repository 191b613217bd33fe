import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  BadInputError,
  Clock,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  chunk,
  newId,
} from '@app/common';
import { AuditService } from '@app/audit';
import { BULK_IN_LIST_CHUNK, isMySqlFamily, isUniqueViolation } from '@app/database';
import { ConsolidationService, ConsolidationStatus, SuggestionService } from '@app/consolidation';
import {
  NotificationKind,
  NotificationService,
  PointTaskState,
  TaskService,
  type ConsultationTaskModel,
} from '@app/consultation';
import { DraftsService } from '@app/drafts';
import { OpinionService } from '@app/feedback';
import { AccountService, EXECUTING_BODY_ROLES, Role, isSystemAdmin, type Actor } from '@app/identity';
import { actsForLegislature } from '@app/organization';
import { AdoptionDecisionEntity, FeedbackDeliveryEntity } from './adoption.entities.js';
import { LedgerService } from './ledger.service.js';
import { outcomesByAccount } from './outcomes-by-account.js';
import { OUTCOME_LABELS, OUTCOME_RANK, type AdoptionOutcome } from './adoption.enums.js';
import type { RecordAdoptionDecisionInput, RecordFeedbackDeliveryInput } from './adoption.models.js';

/** A publication slower than this is logged with where the time went (issue 16: < 10 s for 100,000 decisions). */
export const SLOW_PUBLISH_MS = 3000;

export interface PublishResult {
  decisions: number;
  opinions: number;
  notified: number;
}

/** The published outcome an opinion carries: the best of the suggestions it went into. */
export interface OpinionOutcome {
  outcome: AdoptionOutcome;
  reason: string;
  suggestionNumber: number | null;
  publishedAt: Date;
  contributorTold: boolean;
  contributorWantsFeedback: boolean;
  contributorErased: boolean;
}

/** What publishing reads of a decision. */
type PublishedDecision = Pick<
  AdoptionDecisionEntity,
  | 'id'
  | 'suggestionId'
  | 'contactPointId'
  | 'outcome'
  | 'reason'
  | 'reflectedCitation'
  | 'publishedOutcome'
  | 'publishedReason'
  | 'publishedCitation'
  | 'publishedAt'
>;

/** Not yet published, or changed since it was. */
export const changedSincePublished = (
  d: Pick<
    AdoptionDecisionEntity,
    | 'publishedAt'
    | 'publishedOutcome'
    | 'outcome'
    | 'publishedReason'
    | 'reason'
    | 'publishedCitation'
    | 'reflectedCitation'
  >,
): boolean =>
  d.publishedAt === null ||
  d.publishedOutcome !== d.outcome ||
  d.publishedReason !== d.reason ||
  d.publishedCitation !== d.reflectedCitation;

/**
 * 采纳反馈: the legislature decides on each suggestion it received, publishes the decisions of a task together, and
 * the outcome reaches every opinion behind them — its author's inbox, the unit's, the point's. Only the legislature
 * that received a suggestion decides on it; nothing but published outcomes leaves the legislature.
 */
@Injectable()
export class AdoptionService {
  private readonly logger = new Logger(AdoptionService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly suggestions: SuggestionService,
    private readonly tasks: TaskService,
    private readonly drafts: DraftsService,
    private readonly opinions: OpinionService,
    private readonly accounts: AccountService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly ledger: LedgerService,
    private readonly consolidations: ConsolidationService,
  ) {}

  /** The suggestion and its task, when the caller is staff of the legislature it was submitted to. */
  private async received(em: EntityManager, actor: Actor, suggestionId: string) {
    const suggestion = await this.suggestions.mustFind(suggestionId, em);
    const task = await this.tasks.mustFindTask(suggestion.taskId, em);
    if (!actsForLegislature(actor, task.legislatureId)) {
      // Refused only to those who may read it (its point's executing body); to anyone else it does not exist.
      await this.suggestions.mustFindReadable(actor, suggestionId, em);
      throw new ForbiddenError('只有收到该意见的立法机关可以作出采纳决定', 'NOT_RECEIVING_LEGISLATURE');
    }
    if (
      (await this.consolidations.statusOf(suggestion.consolidationId, em)) !== ConsolidationStatus.SUBMITTED
    ) {
      // A point's work the legislature has not been sent is not there for it (NOT_FOUND, as any id out of scope): the
      // refusal below would tell it such a suggestion exists.
      await this.suggestions.mustFindReadable(actor, suggestionId, em);
      throw new ConflictError('SUGGESTION_NOT_SUBMITTED', '该汇总条目尚未报送立法机关，不能作出采纳决定', {
        suggestionId,
      });
    }
    return { suggestion, task };
  }

  async decide(actor: Actor, input: RecordAdoptionDecisionInput): Promise<AdoptionDecisionEntity> {
    return this.db.transaction(async (em) => {
      const { suggestion, task } = await this.received(em, actor, input.suggestionId);
      const reflected = await this.reflected(actor, task, input);
      const now = this.clock.now();
      const existing = await em.findOneBy(AdoptionDecisionEntity, { suggestionId: suggestion.id });
      if (!existing) {
        const row: AdoptionDecisionEntity = {
          id: newId(),
          suggestionId: suggestion.id,
          taskId: task.id,
          contactPointId: suggestion.contactPointId,
          legislatureId: task.legislatureId,
          outcome: input.outcome,
          reason: input.reason,
          ...reflected,
          version: 1,
          decidedById: actor.accountId,
          createdAt: now,
          updatedAt: now,
          publishedOutcome: null,
          publishedReason: null,
          publishedCitation: null,
          publishedAt: null,
          publishedById: null,
          publications: 0,
        };
        // The unique suggestion index makes a concurrent first decision fail rather than duplicate.
        await em.insert(AdoptionDecisionEntity, row).catch((error: unknown) => {
          if (!isUniqueViolation(error)) throw error;
          throw new ConflictError(
            'DECISION_VERSION_CONFLICT',
            '他人刚为该汇总条目记录了采纳决定，请刷新后再修改',
          );
        });
        await this.audit.record(em, actor, {
          action: 'adoption.decide',
          entityType: 'AdoptionDecision',
          entityId: row.id,
          before: null,
          after: row,
        });
        return row;
      }
      if (input.expectedVersion === undefined) {
        throw BadInputError.field(
          'input.expectedVersion',
          `该汇总条目已有采纳决定（版本 ${existing.version}），修改时请带上开始编辑时的版本号`,
          'VERSION_REQUIRED',
        );
      }
      const expected = input.expectedVersion;
      // Reflected provision: left out keeps it, null clears it.
      const keepReflected =
        input.reflectedVersionId === undefined && input.reflectedProvisionAddress === undefined;
      const patch = {
        outcome: input.outcome,
        reason: input.reason,
        ...(keepReflected ? {} : reflected),
        decidedById: actor.accountId,
        updatedAt: now,
      };
      const result = await em.update(
        AdoptionDecisionEntity,
        { id: existing.id, version: expected },
        { ...patch, version: expected + 1 },
      );
      if (!result.affected) {
        const current = await em.findOneByOrFail(AdoptionDecisionEntity, { id: existing.id });
        throw new ConflictError(
          'DECISION_VERSION_CONFLICT',
          `该采纳决定已被他人修改（当前版本 ${current.version}），请刷新后再修改`,
          { current: { version: current.version, outcome: current.outcome, reason: current.reason } },
        );
      }
      const after = { ...existing, ...patch, version: expected + 1 };
      await this.audit.record(em, actor, {
        action: existing.publishedAt ? 'adoption.changeAfterPublishing' : 'adoption.decide',
        entityType: 'AdoptionDecision',
        entityId: existing.id,
        before: existing,
        after,
      });
      return after;
    });
  }

  private async reflected(
    actor: Actor,
    task: Pick<ConsultationTaskModel, 'draftVersionId'>,
    input: RecordAdoptionDecisionInput,
  ): Promise<
    Pick<AdoptionDecisionEntity, 'reflectedVersionId' | 'reflectedProvisionAddress' | 'reflectedCitation'>
  > {
    const versionId = input.reflectedVersionId ?? null;
    const address = input.reflectedProvisionAddress ?? null;
    if (!versionId) {
      if (address) {
        throw BadInputError.field(
          'input.reflectedVersionId',
          '请同时指定体现该意见的稿次',
          'VERSION_REQUIRED',
        );
      }
      return { reflectedVersionId: null, reflectedProvisionAddress: null, reflectedCitation: null };
    }
    const consulted = await this.drafts.mustFindVersion(task.draftVersionId);
    // Another legislature's version answers as a missing one; the staff's own other drafts are told apart.
    const version = await this.drafts.mustFindVisibleVersion(actor, versionId);
    if (version.draftId !== consulted.draftId) {
      throw BadInputError.field(
        'input.reflectedVersionId',
        '该稿次不属于本任务的草案',
        'VERSION_OF_OTHER_DRAFT',
      );
    }
    if (!address)
      return { reflectedVersionId: versionId, reflectedProvisionAddress: null, reflectedCitation: null };
    const index = await this.drafts.versionIndex(versionId);
    const node = index.get(address);
    if (!node) {
      throw BadInputError.field(
        'input.reflectedProvisionAddress',
        `该稿次中没有这一条文：${address}`,
        'PROVISION_NOT_IN_DRAFT',
      );
    }
    return {
      reflectedVersionId: versionId,
      reflectedProvisionAddress: address,
      reflectedCitation: node.citation,
    };
  }

  /**
   * Publishes every decision of a task that is new or changed since it was last published, together; the points move
   * to FEEDBACK_RECEIVED and everyone behind the opinions is told. Publishing nothing is refused.
   */
  async publish(actor: Actor, taskId: string): Promise<PublishResult> {
    const started = performance.now();
    const timings: Array<[string, number]> = [];
    let last = started;
    const step = (name: string) => {
      const at = performance.now();
      timings.push([name, at - last]);
      last = at;
    };
    const result = await this.db.transaction(async (em) => {
      const task = await this.tasks.mustFindVisibleTask(actor, taskId, em);
      if (!actsForLegislature(actor, task.legislatureId)) {
        throw new ForbiddenError('只有立法机关可以发布采纳情况', 'NOT_RECEIVING_LEGISLATURE');
      }
      // A locking read on MySQL/MariaDB (SQLite runs one transaction at a time): a second publish, or a decision saved
      // meanwhile, waits for this one and then sees what it published. Only the columns publishing needs, unhydrated:
      // a task may hold 100,000 decisions.
      const read = em
        .createQueryBuilder(AdoptionDecisionEntity, 'd')
        .select('d.id', 'id')
        .addSelect('d.suggestion_id', 'suggestionId')
        .addSelect('d.contact_point_id', 'contactPointId')
        .addSelect('d.outcome', 'outcome')
        .addSelect('d.reason', 'reason')
        .addSelect('d.reflected_citation', 'reflectedCitation')
        .addSelect('d.published_outcome', 'publishedOutcome')
        .addSelect('d.published_reason', 'publishedReason')
        .addSelect('d.published_citation', 'publishedCitation')
        .addSelect('d.published_at', 'publishedAt')
        .where('d.task_id = :taskId', { taskId });
      if (isMySqlFamily(this.db)) read.setLock('pessimistic_write');
      const publishedAtColumn = em.connection
        .getMetadata(AdoptionDecisionEntity)
        .findColumnWithPropertyName('publishedAt')!;
      const all = await read.getRawMany<PublishedDecision>();
      // Hydrated in place (100,000 rows: no copies).
      for (const d of all) {
        d.publishedAt =
          d.publishedAt == null
            ? null
            : (em.connection.driver.prepareHydratedValue(d.publishedAt, publishedAtColumn) as Date);
      }
      const decisions = all.filter(changedSincePublished);
      step('读取决定');
      if (!decisions.length) {
        throw new ConflictError('NOTHING_TO_PUBLISH', '没有新的或修改过的采纳决定可以发布');
      }
      const now = this.clock.now();
      // Set-based: each decision's working copy becomes its published one in the same statement, a chunk of ids at a
      // time (the rows are locked above, so what is copied is what was read).
      const publishedAtValue: unknown = em.connection.driver.preparePersistentValue(now, publishedAtColumn);
      const copy = `UPDATE adoption_decision SET published_outcome = outcome, published_reason = reason,
             published_citation = reflected_citation, published_at = ?, published_by_id = ?,
             publications = publications + 1`;
      if (decisions.length === all.length) {
        // Every decision of the task (a first publication): one statement by the task's index, not 100,000 ids.
        await em.query(`${copy} WHERE task_id = ?`, [publishedAtValue, actor.accountId, taskId]);
      } else {
        for (const ids of chunk(
          decisions.map((d) => d.id),
          BULK_IN_LIST_CHUNK,
        )) {
          await em.query(`${copy} WHERE id IN (${ids.map(() => '?').join(', ')})`, [
            publishedAtValue,
            actor.accountId,
            ...ids,
          ]);
        }
      }
      step('复制为已发布');
      // The time as the JSON of a Date reads, computed once rather than 100,000 times.
      const publishedAtJson = now.toISOString();
      if (decisions.length === all.length && decisions.every((d) => d.publishedAt === null)) {
        // A task's first publication: the same records, written by the database from the decisions just copied (one
        // statement by the task's index) rather than 100,000 rows built here and sent back.
        await this.audit.recordSelected(em, actor, {
          action: 'adoption.publish',
          entityType: 'AdoptionDecision',
          from: 'adoption_decision d WHERE d.task_id = ?',
          params: [taskId],
          entityId: 'd.id',
          before: { outcome: null, reason: null, publishedAt: null },
          after: [
            { key: 'outcome', sql: 'd.outcome' },
            {
              key: 'label',
              sql: `CASE d.outcome ${Object.keys(OUTCOME_LABELS)
                .map(() => 'WHEN ? THEN ?')
                .join(' ')} END`,
              params: Object.entries(OUTCOME_LABELS).flat(),
            },
            { key: 'reason', sql: 'd.reason' },
            { key: 'publishedAt', value: publishedAtJson },
          ],
        });
      } else {
        await this.audit.recordMany(
          em,
          actor,
          decisions.map((d) => ({
            action: d.publishedAt ? 'adoption.republish' : 'adoption.publish',
            entityType: 'AdoptionDecision',
            entityId: d.id,
            before: { outcome: d.publishedOutcome, reason: d.publishedReason, publishedAt: d.publishedAt },
            after: {
              outcome: d.outcome,
              label: OUTCOME_LABELS[d.outcome],
              reason: d.reason,
              publishedAt: publishedAtJson,
            },
          })),
        );
      }
      step('审计记录');
      const pointIds = [...new Set(decisions.map((d) => d.contactPointId))];
      // Every decision of the task now stands published as it reads (those copied above, and the others unchanged
      // since they were), and they are locked: the recount takes the outcomes from here, not from the table again.
      const publishedOutcomeOf = new Map(all.map((d) => [d.suggestionId, d.outcome]));
      for (const pointId of pointIds) await this.ledger.retally(em, taskId, pointId, publishedOutcomeOf);
      step('台账');
      for (const pointId of pointIds) {
        const pointTask = await this.tasks.mustFindPointTask(taskId, pointId, em);
        if (pointTask.state === PointTaskState.SUBMITTED) {
          await this.tasks.advance(em, actor, taskId, pointId, PointTaskState.FEEDBACK_RECEIVED);
        }
      }
      step('任务状态');
      const { opinions, notified } = await this.announce(
        em,
        task,
        decisions,
        now,
        // Every decision of the task published: the opinions behind them are found by the task, in one statement.
        decisions.length === all.length,
        step,
      );
      return { decisions: decisions.length, opinions, notified };
    });
    const took = performance.now() - started;
    if (took > SLOW_PUBLISH_MS) {
      this.logger.warn(
        `发布采纳情况耗时 ${Math.round(took)} ms（${result.decisions} 条决定）：${timings.map(([k, v]) => `${k} ${Math.round(v)} ms`).join('，')}`,
      );
    }
    return result;
  }

  /**
   * Tells the authors of the opinions behind these decisions (collectors, experts, units' staff who recorded them),
   * the admins of their units and the points' executing bodies — one inbox line per account and publication, with
   * their own counts, never one per opinion.
   */
  private async announce(
    em: EntityManager,
    task: Pick<ConsultationTaskModel, 'id' | 'title'>,
    decisions: readonly PublishedDecision[],
    now: Date,
    /** `decisions` are every decision of the task: the opinions are read by the task's tables, not by id lists. */
    allOfTask: boolean,
    step: (name: string) => void = () => {},
  ): Promise<{ opinions: number; notified: number }> {
    const outcomeOf = new Map(decisions.map((d) => [d.suggestionId, d.outcome]));
    const rows = await this.suggestions.activeOpinionsBehind(
      allOfTask ? { ofTask: task.id } : [...outcomeOf.keys()],
      em,
    );
    step('查找意见');
    const units = new Set<string>();
    for (const r of rows) if (r.liaisonUnitId) units.add(r.liaisonUnitId);
    const unitAdmins = new Map<string, readonly string[]>();
    for (const unit of units) {
      unitAdmins.set(
        unit,
        await this.accounts.accountIdsWithRole([Role.UNIT_ADMIN], { liaisonUnitId: unit }, em),
      );
    }
    const { opinions, perAccount } = outcomesByAccount(rows, outcomeOf, unitAdmins);
    step('按账号归集');
    let notified = 0;
    const publication = now.getTime();
    const toSend: Parameters<NotificationService['notifyMany']>[1][number][] = [];
    for (const [accountId, { opinions: mine, counts }] of perAccount) {
      const parts = [...counts.entries()]
        .sort((a, b) => OUTCOME_RANK[a[0]] - OUTCOME_RANK[b[0]])
        .map(([o, n]) => `${OUTCOME_LABELS[o]} ${n} 条`);
      toSend.push({
        accountIds: [accountId],
        notification: {
          kind: NotificationKind.OUTCOME_PUBLISHED,
          eventKey: `outcome:${task.id}:${publication}`,
          taskId: task.id,
          title: `采纳情况已反馈：${task.title}`.slice(0, 200),
          body: `您经手的 ${mine} 条意见：${parts.join('，')}。详情见意见的“采纳情况”。`,
          at: now,
        },
      });
      notified++;
    }
    const byPoint = new Map<string, PublishedDecision[]>();
    for (const d of decisions) {
      const list = byPoint.get(d.contactPointId) ?? [];
      byPoint.set(d.contactPointId, list);
      list.push(d);
    }
    for (const [pointId, mine] of byPoint) {
      const executives = await this.accounts.accountIdsWithRole(
        EXECUTING_BODY_ROLES,
        { contactPointId: pointId },
        em,
      );
      const counts = new Map<AdoptionOutcome, number>();
      for (const d of mine) counts.set(d.outcome, (counts.get(d.outcome) ?? 0) + 1);
      const fresh = executives.filter((id) => !perAccount.has(id));
      toSend.push({
        accountIds: fresh,
        notification: {
          kind: NotificationKind.OUTCOME_PUBLISHED,
          eventKey: `outcome:${task.id}:${publication}`,
          taskId: task.id,
          title: `采纳情况已反馈：${task.title}`.slice(0, 200),
          body: `本联系点报送的 ${mine.length} 条汇总意见：${[...counts.entries()]
            .sort((a, b) => OUTCOME_RANK[a[0]] - OUTCOME_RANK[b[0]])
            .map(([o, n]) => `${OUTCOME_LABELS[o]} ${n} 条`)
            .join('，')}。`,
          at: now,
        },
      });
      notified += fresh.length;
    }
    step('组织通知');
    await this.notifications.notifyMany(em, toSend);
    step('写入通知');
    return { opinions, notified };
  }

  // ── reading ──────────────────────────────────────────────────────────────────────────────────────────────────

  /** Decisions by suggestion: the working copy for the deciding legislature, the published one for anyone else. */
  async decisionsFor(suggestionIds: readonly string[]): Promise<(AdoptionDecisionEntity | undefined)[]> {
    const byId = new Map<string, AdoptionDecisionEntity>();
    for (const part of chunk(suggestionIds)) {
      for (const d of await this.db
        .getRepository(AdoptionDecisionEntity)
        .findBy({ suggestionId: In(part) })) {
        byId.set(d.suggestionId, d);
      }
    }
    return suggestionIds.map((id) => byId.get(id));
  }

  canSeeWorkingCopy(actor: Actor, decision: AdoptionDecisionEntity): boolean {
    return actsForLegislature(actor, decision.legislatureId);
  }

  /** Published outcomes of opinions (batch): the best outcome of the suggestions each went into. */
  async outcomesOf(opinionIds: readonly string[]): Promise<(OpinionOutcome | null)[]> {
    const best = new Map<string, OpinionOutcome>();
    for (const part of chunk(opinionIds)) {
      const rows = await this.suggestions
        .linksOfOpinions(part)
        .innerJoin(AdoptionDecisionEntity, 'd', 'd.suggestion_id = s.suggestion_id')
        .addSelect('d.published_outcome', 'outcome')
        .addSelect('d.published_reason', 'reason')
        .addSelect('d.published_at', 'publishedAt')
        .andWhere('d.published_outcome IS NOT NULL')
        .getRawMany<{
          opinionId: string;
          outcome: AdoptionOutcome;
          reason: string;
          publishedAt: Date | string;
          number: unknown;
        }>();
      const told = new Set(
        (
          await this.db.getRepository(FeedbackDeliveryEntity).find({
            select: { opinionId: true },
            where: { opinionId: In(part) },
          })
        ).map((d) => d.opinionId),
      );
      // Only the consent flag (no personal data): whether a feedback delivery may be recorded for the opinion.
      const consenting = rows.length ? await this.opinions.wantingOutcome(part) : new Set<string>();
      const erased = rows.length ? await this.opinions.erasedContributors(part) : new Set<string>();
      for (const r of rows) {
        const current = best.get(r.opinionId);
        if (current && OUTCOME_RANK[current.outcome] <= OUTCOME_RANK[r.outcome]) continue;
        best.set(r.opinionId, {
          outcome: r.outcome,
          reason: r.reason,
          suggestionNumber: r.number === null ? null : Number(r.number),
          publishedAt:
            r.publishedAt instanceof Date ? r.publishedAt : new Date(`${r.publishedAt.replace(' ', 'T')}Z`),
          contributorTold: told.has(r.opinionId),
          contributorWantsFeedback: consenting.has(r.opinionId),
          contributorErased: erased.has(r.opinionId),
        });
      }
    }
    return opinionIds.map((id) => best.get(id) ?? null);
  }

  /**
   * 反馈: records that a contributor who asked to be told was told, by whom and how. The executing body of the point
   * or the collector who recorded the opinion; only after an outcome was published, only with the person's consent.
   */
  async recordDelivery(actor: Actor, input: RecordFeedbackDeliveryInput): Promise<FeedbackDeliveryEntity> {
    return this.db.transaction(async (em) => {
      const opinion = await this.opinions.opinionById(input.opinionId, em);
      if (!opinion || !this.opinions.canRead(actor, opinion)) {
        throw new NotFoundError('意见', input.opinionId, 'OPINION_NOT_FOUND');
      }
      const executive =
        isSystemAdmin(actor) ||
        actor.grants.some(
          (g) => EXECUTING_BODY_ROLES.includes(g.role) && g.contactPointId === opinion.contactPointId,
        );
      if (!executive && opinion.authorAccountId !== actor.accountId) {
        throw new ForbiddenError('只有记录该意见的采集员或联系点执行机构可以登记反馈', 'NOT_RECORDER');
      }
      if (await this.opinions.contributorErased(opinion.id, em)) {
        throw new ConflictError(
          'CONTRIBUTOR_ERASED',
          '提出人的个人信息已删除（已撤回、本人要求或保存期限届满），无法再联系提出人，不能登记反馈',
        );
      }
      if (!(await this.opinions.wantingOutcome([opinion.id], em)).has(opinion.id)) {
        throw new ConflictError(
          'NO_CONSENT_TO_NOTIFY',
          '提出人没有同意接收结果反馈（或未留下联系方式），不能登记反馈',
        );
      }
      const [outcome] = await this.outcomesOf([opinion.id]);
      if (!outcome) throw new ConflictError('NO_PUBLISHED_OUTCOME', '该意见的采纳情况尚未发布，暂不能反馈');
      const row: FeedbackDeliveryEntity = {
        id: newId(),
        opinionId: opinion.id,
        contactPointId: opinion.contactPointId,
        method: input.method,
        note: input.note ?? null,
        deliveredById: actor.accountId,
        deliveredAt: this.clock.now(),
      };
      await em.insert(FeedbackDeliveryEntity, row);
      await this.audit.record(em, actor, {
        action: 'adoption.feedbackDelivered',
        entityType: 'Opinion',
        entityId: opinion.id,
        before: null,
        after: { ...row, outcome: outcome.outcome },
      });
      return row;
    });
  }
}
