import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import {
  Between,
  Brackets,
  In,
  IsNull,
  Not,
  type DataSource,
  type EntityManager,
  type FindOptionsWhere,
  type SelectQueryBuilder,
} from 'typeorm';
import {
  BadInputError,
  Clock,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  chinaDate,
  chunk,
  newId,
  pageWindow,
  validateInput,
  toConnection,
  toKeysetConnection,
  keysetRequest,
  type Connection,
} from '@app/common';
import { AuditService } from '@app/audit';
import {
  bulkInsert,
  findKeysetPage,
  isUniqueViolation,
  loadByIds,
  loadChildren,
  narrowScope,
} from '@app/database';
import {
  AssigneeType,
  PointTaskState,
  TaskService,
  collectionOpensOn,
  type AssignmentRow,
  type PointTaskRow,
  type TaskRow,
} from '@app/consultation';
import { DraftsService, type VersionIndex } from '@app/drafts';
import { EXECUTING_BODY_ROLES, Role, isSystemAdmin, type Actor } from '@app/identity';
import { OrganizationService } from '@app/organization';
import { ContributorErasureReason, OpinionStatus, implausiblePeople } from './feedback.enums.js';
import {
  CollectionActivityEntity,
  ContributorEntity,
  OpinionEntity,
  OpinionRevisionEntity,
} from './feedback.entities.js';
import {
  SubmitOpinionInput,
  type BatchItemResultModel,
  type ContributorDetailsModel,
  type OpinionsArgs,
  type OpinionStatusInput,
  type SearchOpinionsArgs,
  type UpdateOpinionInput,
} from './feedback.models.js';
import { PERSONAL_DATA_CIPHER, PersonalDataCipher } from './personal-data.js';
import { OPINION_TALLY } from './point-opinions.js';
import { newReceiptNumber, receiptDigits, receiptNumberProblem } from './receipt-number.js';
import { SearchIndexService } from './search-index.service.js';
import { SubmitLookups } from './submit-lookups.js';
import { OpinionWriteBudget } from './opinion-write-budget.js';

/** Who the caller is for a task: the executing body of a point (anything), or an assignee (within the assignment). */
export interface Standing {
  contactPointId: string;
  role: 'EXECUTIVE' | 'COLLECTOR' | 'EXPERT' | 'UNIT_ADMIN';
  liaisonUnitId: string | null;
  collectorId: string | null;
  expertId: string | null;
  /** Empty for the executing body: the whole draft. */
  assignments: AssignmentRow[];
}

/** Does a standing cover a provision? An assignment with no addresses covers the whole draft. */
export function covers(standing: Standing, lineage: string[] | null): boolean {
  if (standing.role === 'EXECUTIVE') return true;
  const lists = standing.assignments.map((a) => JSON.parse(a.provisionAddresses) as string[]);
  if (lists.some((addresses) => addresses.length === 0)) return true;
  if (lineage === null) return lists.length > 0;
  const assigned = new Set(lists.flat());
  return lineage.some((address) => assigned.has(address));
}

/** The part of an opinion a repeated submission must match (idempotency). */
function contentHash(input: SubmitOpinionInput): string {
  const { idempotencyKey: _key, contributor, ...content } = input;
  return createHash('sha256')
    .update(JSON.stringify({ ...content, contributor: contributor ?? null }))
    .digest('hex');
}

/** A contribution (an opinion, an annotation) may be changed or withdrawn by its author until consolidation starts. */
export const EDITABLE_STATES: readonly PointTaskState[] = [
  PointTaskState.RECEIVED,
  PointTaskState.DISPATCHED,
  PointTaskState.COLLECTING,
];

/** The executing body may still mark opinions while it consolidates; once the table is under review it is frozen. */
const CONSOLIDATING_STATES: readonly PointTaskState[] = [...EDITABLE_STATES, PointTaskState.CONSOLIDATING];

export interface SubmitResult {
  opinion: OpinionEntity;
  replayed: boolean;
}

@Injectable()
export class OpinionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PERSONAL_DATA_CIPHER) private readonly cipher: PersonalDataCipher,
    private readonly tasks: TaskService,
    private readonly drafts: DraftsService,
    private readonly organization: OrganizationService,
    private readonly audit: AuditService,
    private readonly searchIndex: SearchIndexService,
    private readonly clock: Clock,
    private readonly lookups: SubmitLookups,
    private readonly budget: OpinionWriteBudget,
  ) {}

  /**
   * A liaison unit's opinions on these tasks that count for it (active or 不予报送, not withdrawn), by receipt number:
   * the rows of its yearly 反馈报告 (adoption asks; the caller has checked access).
   */
  async ofUnitOnTasks(liaisonUnitId: string, taskIds: readonly string[]): Promise<OpinionEntity[]> {
    if (!taskIds.length) return [];
    return this.db.getRepository(OpinionEntity).find({
      where: {
        liaisonUnitId,
        taskId: In([...taskIds]),
        status: In([OpinionStatus.ACTIVE, OpinionStatus.OUT_OF_SCOPE]),
      },
      order: { receiptNumber: 'ASC' },
    });
  }

  /** Every way the caller stands towards a task (usually one). The executing body stands only towards a task its
   *  point was sent: another point's staff may not record activities or take templates for it. */
  async standings(actor: Actor, task: TaskRow): Promise<Standing[]> {
    const result: Standing[] = [];
    const none = { liaisonUnitId: null, collectorId: null, expertId: null };
    for (const grant of actor.grants) {
      if (
        EXECUTING_BODY_ROLES.includes(grant.role) &&
        grant.contactPointId &&
        (await this.tasks.wasSentTo(task.id, grant.contactPointId))
      ) {
        result.push({ contactPointId: grant.contactPointId, role: 'EXECUTIVE', ...none, assignments: [] });
      }
    }
    const members = await this.organization.membersOfAccount(actor.accountId);
    for (const collectorId of members.collectorIds) {
      const collector = await this.organization.mustFind('collector', collectorId);
      if (!collector.active) continue;
      const assignments = await this.tasks.assignmentsFor(task.id, [
        { type: AssigneeType.COLLECTOR, id: collector.id },
        { type: AssigneeType.LIAISON_UNIT, id: collector.liaisonUnitId },
      ]);
      if (assignments.length) {
        result.push({
          contactPointId: collector.contactPointId,
          role: 'COLLECTOR',
          liaisonUnitId: collector.liaisonUnitId,
          collectorId,
          expertId: null,
          assignments,
        });
      }
    }
    for (const expertId of members.expertIds) {
      const assignments = await this.tasks.assignmentsFor(task.id, [
        { type: AssigneeType.EXPERT, id: expertId },
      ]);
      if (assignments.length)
        result.push({
          contactPointId: assignments[0].contactPointId,
          role: 'EXPERT',
          ...none,
          expertId,
          assignments,
        });
    }
    for (const grant of actor.grants.filter((g) => g.role === Role.UNIT_ADMIN && g.liaisonUnitId)) {
      const assignments = await this.tasks.assignmentsFor(task.id, [
        { type: AssigneeType.LIAISON_UNIT, id: grant.liaisonUnitId! },
      ]);
      if (assignments.length) {
        result.push({
          contactPointId: grant.contactPointId!,
          role: 'UNIT_ADMIN',
          ...none,
          liaisonUnitId: grant.liaisonUnitId,
          assignments,
        });
      }
    }
    return result;
  }

  /**
   * Submits one opinion, or returns the one an earlier request with the same idempotency key already wrote. A person's
   * writes draw on their account's budget (OpinionWriteBudget); the demo seed, writing as the system, passes
   * `budget: false`.
   */
  async submit(
    actor: Actor,
    input: SubmitOpinionInput,
    { budget = true }: { budget?: boolean } = {},
  ): Promise<SubmitResult> {
    const hash = contentHash(input);
    // A retry of an accepted submission gets its receipt whatever its checks would say now (the deadline may have
    // passed since). Nearly every key is new, so the key is not looked up first (a query per submission, 1 of 6 on
    // MariaDB): a new row's unique (author, key) index finds a repeated key at the INSERT, and a refused check looks
    // it up before refusing.
    let prepared: { opinion: OpinionEntity; taskId: string };
    try {
      prepared = await this.prepareSubmission(actor, input, hash);
    } catch (error) {
      if (input.idempotencyKey) {
        const replay = await this.replay(actor, input.idempotencyKey, hash);
        if (replay) return { opinion: replay, replayed: true };
      }
      throw error;
    }
    const { opinion, taskId } = prepared;
    const now = opinion.createdAt;
    // The account's budget (F11), taken once the submission would be accepted and given back unless it is written.
    if (!budget) return this.write(actor, input, hash, opinion, taskId, now);
    let takenAt: number;
    try {
      takenAt = await this.budget.take(actor.accountId, 1);
    } catch (error) {
      // A retry of a submission already accepted gets its receipt, budget or not (it writes nothing).
      const replay = input.idempotencyKey && (await this.replay(actor, input.idempotencyKey, hash));
      if (replay) return { opinion: replay, replayed: true };
      throw error;
    }
    let written = false;
    try {
      const result = await this.write(actor, input, hash, opinion, taskId, now);
      written = !result.replayed;
      return result;
    } finally {
      if (!written) await this.budget.giveBack(actor.accountId, 1, takenAt);
    }
  }

  private async write(
    actor: Actor,
    input: SubmitOpinionInput,
    hash: string,
    opinion: OpinionEntity,
    taskId: string,
    now: Date,
  ): Promise<SubmitResult> {
    for (let attempt = 0; ; attempt++) {
      opinion.receiptNumber = newReceiptNumber(now);
      try {
        await this.db.transaction(async (em) => {
          // The row as em.insert writes it (the driver's value conversions), without TypeORM's query building: that was
          // the larger part of the transaction's CPU under `npm run bench:submit` (issue 16). No cache listens to this
          // table (SUBMIT_LOOKUP_TABLES, the account cache), so no subscriber needs the insert event.
          await bulkInsert(em, OpinionEntity, [opinion]);
          if (input.contributor)
            await this.saveContributor(em, actor.accountId, opinion, input.contributor, now);
          await this.searchIndex.index(em, {
            kind: 'opinion',
            ownerId: opinion.id,
            taskId,
            contactPointId: opinion.contactPointId,
            text: this.searchText(opinion),
          });
          await this.audit.record(em, actor, {
            action: 'opinion.submit',
            entityType: 'Opinion',
            entityId: opinion.id,
            after: { ...opinion, contributor: input.contributor ? '（已加密保存）' : null },
          });
        });
        return { opinion, replayed: false };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // Either the same idempotency key was used before or raced us (return its result), or a receipt number
        // collided (draw another).
        if (input.idempotencyKey) {
          const replay = await this.replay(actor, input.idempotencyKey, hash);
          if (replay) return { opinion: replay, replayed: true };
        }
        if (attempt >= 4) throw error;
      }
    }
  }

  /** The checks of a submission and its row (without its receipt number); throws what refuses it. */
  private async prepareSubmission(
    actor: Actor,
    input: SubmitOpinionInput,
    hash: string,
  ): Promise<{ opinion: OpinionEntity; taskId: string }> {
    // The task, the caller's standings and the point's task are the same for every submission of a round: kept a few
    // seconds, and forgotten on any write to their tables (see SubmitLookups).
    // The task is cached by id for every caller, so whether this caller may see it is judged apart: standings imply
    // it; without them, mustFindVisibleTask answers as for any task named out of scope (NOT_FOUND, or NOT_ASSIGNED at
    // a point it was sent to) — never from another caller's cached lookup.
    const task = await this.lookups.get(`task:${input.taskId}`, () => this.tasks.mustFindTask(input.taskId));
    const standings = await this.lookups.get(`standings:${actor.accountId}:${task.id}`, () =>
      this.standings(actor, task),
    );
    if (!standings.length) {
      const notAssigned =
        '该任务没有分发给您或您所在的联系单位，不能提交意见；如您已调整到其他联系单位，原单位任务的意见请交联络员处理';
      await this.tasks.mustFindVisibleTask(actor, task.id, undefined, notAssigned);
      throw new ForbiddenError(notAssigned, 'NOT_ASSIGNED');
    }
    const version = await this.drafts.versionIndex(task.draftVersionId);
    const lineage = this.lineageOf(version, input.provisionAddress ?? null);
    const standing = standings.find((s) => covers(s, lineage));
    if (!standing) throw new ForbiddenError('该条文不在分配给您的范围内', 'PROVISION_NOT_ASSIGNED');
    const now = this.clock.now();
    const pointTask = await this.lookups.get(`pointTask:${task.id}:${standing.contactPointId}`, () =>
      this.tasks.mustFindPointTask(task.id, standing.contactPointId),
    );
    // A switched-off point takes nothing new (its online links close with it); its "still on" is cached like the rest.
    await this.lookups.get(`active:${standing.contactPointId}:${standing.liaisonUnitId ?? ''}`, () =>
      this.tasks.assertPointActive(standing.contactPointId, undefined, undefined, standing.liaisonUnitId),
    );
    this.assertAccepting(task, pointTask, now);
    const today = chinaDate(now);
    if (input.gatheredOn && input.gatheredOn > today) {
      throw BadInputError.field(
        'input.gatheredOn',
        `征集日期 ${input.gatheredOn} 晚于今天（${today}），请核对`,
        'DATE_IN_FUTURE',
      );
    }
    // The window the point's activities have (F14): not before the task reached the point.
    const opensOn = collectionOpensOn(task, pointTask);
    if (input.gatheredOn && opensOn && input.gatheredOn < opensOn) {
      throw BadInputError.field(
        'input.gatheredOn',
        `征集日期 ${input.gatheredOn} 早于任务下发日期（${opensOn}），请核对`,
        'DATE_BEFORE_ISSUE',
      );
    }
    const implausible = implausiblePeople(input.channel, input.peopleRepresented ?? 1);
    if (implausible) throw BadInputError.field('input.peopleRepresented', implausible, 'PEOPLE_IMPLAUSIBLE');
    if (input.activityId) {
      const activity = await this.db
        .getRepository(CollectionActivityEntity)
        .findOneBy({ id: input.activityId, taskId: task.id, contactPointId: standing.contactPointId });
      if (!activity) {
        throw BadInputError.field(
          'input.activityId',
          '征集活动不存在，或不是本联系点为该任务登记的活动',
          'ACTIVITY_NOT_FOUND',
        );
      }
      // A 网上征集 round holds the public's own submissions (no author account, counted as 网上征集（公众）): an opinion
      // a signed-in person records is theirs, so it must not be filed under the public's round.
      if (activity.publicToken) {
        throw BadInputError.field(
          'input.activityId',
          `“${activity.title}”是群众扫码提意见的网上征集，只收群众通过链接或二维码提交的意见；您记录的意见请选择其他征集活动，或不选活动`,
          'ACTIVITY_IS_ONLINE_ROUND',
        );
      }
    }
    if (input.contributor?.minor && !input.contributor.guardianConsent) {
      throw BadInputError.field(
        'input.contributor.guardianConsent',
        '提出人不满十四周岁，须取得其监护人同意后方可记录其个人信息（个人信息保护法第三十一条）',
        'GUARDIAN_CONSENT_REQUIRED',
      );
    }
    const address = input.provisionAddress ?? null;
    const opinion: OpinionEntity = {
      id: newId(),
      receiptNumber: '',
      taskId: task.id,
      contactPointId: standing.contactPointId,
      draftVersionId: task.draftVersionId,
      provisionAddress: address,
      provisionCitation: address ? (version.get(address)?.citation ?? null) : null,
      originalText: address ? version.fullText(address) : null,
      proposedChange: input.proposedChange,
      reason: input.reason ?? null,
      channel: input.channel,
      activityId: input.activityId ?? null,
      peopleRepresented: input.peopleRepresented ?? 1,
      tags: JSON.stringify(input.tags ?? []),
      gatheredOn: input.gatheredOn ?? null,
      place: input.place ?? null,
      contributorCategory: input.contributorCategory ?? null,
      contributorUnit: input.contributorUnit ?? null,
      status: OpinionStatus.ACTIVE,
      statusReason: null,
      authorAccountId: actor.accountId,
      authorRole: standing.role,
      liaisonUnitId: standing.liaisonUnitId,
      collectorId: standing.collectorId,
      expertId: standing.expertId,
      idempotencyKey: input.idempotencyKey ?? null,
      contentHash: hash,
      revision: 0,
      createdAt: now,
      updatedAt: now,
    };
    return { opinion, taskId: task.id };
  }

  private async replay(actor: Actor, key: string, hash: string): Promise<OpinionEntity | null> {
    // One lean SELECT on the unique (author, key) index; the whole row is read only for a replay.
    const [seen] = await this.db.query<Array<{ id: string; content_hash: string; receipt_number: string }>>(
      'SELECT id, content_hash, receipt_number FROM opinion WHERE author_account_id = ? AND idempotency_key = ?',
      [actor.accountId, key],
    );
    if (!seen) return null;
    if (seen.content_hash !== hash) {
      throw new ConflictError('IDEMPOTENCY_KEY_REUSED', '这个幂等键已用于另一条内容不同的意见，请换一个键', {
        receiptNumber: seen.receipt_number,
      });
    }
    return this.db.getRepository(OpinionEntity).findOneByOrFail({ id: seen.id });
  }

  private lineageOf(version: VersionIndex, address: string | null): string[] | null {
    if (address === null) return null;
    if (!version.has(address)) {
      throw BadInputError.field(
        'input.provisionAddress',
        `任务的草案中没有这个条文：${address}`,
        'PROVISION_NOT_IN_DRAFT',
      );
    }
    return version.lineage(address);
  }

  private assertAccepting(task: TaskRow, pointTask: PointTaskRow, now: Date): void {
    this.tasks.assertAccepting(task, pointTask, now);
  }

  /**
   * The person behind an opinion, sealed apart from it. `recordedById`: the account that recorded it, or `public` for
   * what a member of the public entered themselves (网上征集: only the point's executing body may read it).
   */
  async saveContributor(
    em: EntityManager,
    recordedById: string,
    opinion: Pick<OpinionEntity, 'id' | 'contactPointId'>,
    input: Omit<NonNullable<SubmitOpinionInput['contributor']>, 'consentMethod'> & { consentMethod: string },
    now: Date,
  ): Promise<void> {
    await em.insert(ContributorEntity, {
      id: newId(),
      opinionId: opinion.id,
      contactPointId: opinion.contactPointId,
      sealed: this.cipher.seal({
        name: input.name ?? null,
        phone: input.phone ?? null,
        address: input.address ?? null,
        note: input.note ?? null,
      }),
      consentText: input.consentText,
      consentMethod: input.consentMethod,
      consentAt: now,
      minor: input.minor,
      guardianConsent: input.guardianConsent ?? false,
      notifyOutcome: input.notifyOutcome ?? false,
      recordedById,
      createdAt: now,
    });
  }

  /** What the search index holds of an opinion (submitted, edited or imported alike). */
  searchText(
    opinion: Pick<OpinionEntity, 'proposedChange' | 'reason' | 'tags' | 'provisionCitation'>,
  ): string {
    return [
      opinion.provisionCitation,
      opinion.proposedChange,
      opinion.reason,
      ...(JSON.parse(opinion.tags) as string[]),
    ]
      .filter(Boolean)
      .join('\n');
  }

  /**
   * Submits each item on its own: one failure — invalid input included — does not stop the others, and each gets its
   * own result. Items are validated here, by the global pipe's rules, because the pipe would refuse the whole batch.
   */
  async submitBatch(actor: Actor, items: SubmitOpinionInput[]): Promise<BatchItemResultModel[]> {
    const results: BatchItemResultModel[] = [];
    for (const [index, raw] of items.entries()) {
      const path = `input.items.${index}`;
      const item =
        raw instanceof SubmitOpinionInput ? raw : plainToInstance(SubmitOpinionInput, raw as object);
      try {
        const invalid = validateInput(item, path);
        if (invalid) throw invalid;
        const { opinion, replayed } = await this.submit(actor, item);
        results.push({
          index,
          ok: true,
          receiptNumber: opinion.receiptNumber,
          opinionId: opinion.id,
          replayed,
          error: null,
        });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        // A single submission names its fields `input.x`; within a batch they are `input.items.N.x`.
        const fields = (error.details.fields ?? []).map((f) => ({
          field: f.field.startsWith(`${path}.`) ? f.field : f.field.replace(/^input\./, `${path}.`),
          message: f.message,
        }));
        results.push({
          index,
          ok: false,
          receiptNumber: null,
          opinionId: null,
          replayed: false,
          error: { code: error.code, reason: error.reason, message: error.message, fields },
        });
      }
    }
    return results;
  }

  // ── changes ────────────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * The author edits their opinion while the point still takes opinions — the rule of submitOpinion (collecting and
   * before the deadline, extensions included): a rewrite after the deadline would be a late submission in disguise
   * (a placeholder filed in time, its text and head-count changed afterwards). The earlier text is kept as a revision.
   */
  async update(actor: Actor, input: UpdateOpinionInput): Promise<OpinionEntity> {
    return this.change(actor, input.id, 'EDIT', (opinion) => {
      if (opinion.authorAccountId !== actor.accountId)
        throw new ForbiddenError('只有意见的提交人可以修改', 'NOT_AUTHOR');
      if (opinion.status !== OpinionStatus.ACTIVE)
        throw new ConflictError('OPINION_NOT_ACTIVE', '该意见已撤回或不予报送，不能再修改');
      return {
        proposedChange: input.proposedChange ?? opinion.proposedChange,
        reason: input.reason === undefined ? opinion.reason : input.reason,
        tags: input.tags ? JSON.stringify(input.tags) : opinion.tags,
        peopleRepresented: input.peopleRepresented ?? opinion.peopleRepresented,
      };
    });
  }

  /**
   * The author withdraws the opinion; its contributor's personal data is erased in the same transaction (个人信息保护法
   * art. 47: the purpose is gone), the consent record and the fact of erasure kept.
   */
  async withdraw(actor: Actor, input: OpinionStatusInput): Promise<OpinionEntity> {
    return this.change(
      actor,
      input.id,
      'WITHDRAW',
      (opinion) => {
        if (opinion.authorAccountId !== actor.accountId)
          throw new ForbiddenError('只有意见的提交人可以撤回', 'NOT_AUTHOR');
        if (opinion.status !== OpinionStatus.ACTIVE)
          throw new ConflictError('OPINION_NOT_ACTIVE', '该意见已撤回或不予报送');
        return { status: OpinionStatus.WITHDRAWN, statusReason: input.reason };
      },
      {
        then: (em, opinion, now) =>
          this.eraseContributors(em, actor, [opinion.id], ContributorErasureReason.WITHDRAWN, now),
      },
    );
  }

  /** 不予报送: the executing body keeps the opinion and says why; it is never deleted. */
  async markOutOfScope(actor: Actor, input: OpinionStatusInput): Promise<OpinionEntity> {
    return this.change(
      actor,
      input.id,
      'MARK_OUT_OF_SCOPE',
      (opinion) => {
        if (!this.isExecutiveOf(actor, opinion.contactPointId))
          throw new ForbiddenError('只有本联系点的执行机构可以标记不予报送');
        if (opinion.status !== OpinionStatus.ACTIVE)
          throw new ConflictError('OPINION_NOT_ACTIVE', '该意见已撤回或已标记');
        return { status: OpinionStatus.OUT_OF_SCOPE, statusReason: input.reason };
      },
      { executiveMayAct: true },
    );
  }

  private async change(
    actor: Actor,
    id: string,
    action: string,
    decide: (opinion: OpinionEntity) => Partial<OpinionEntity>,
    options: {
      executiveMayAct?: boolean;
      /** More of the change, in its transaction, after the opinion was written. */
      then?: (em: EntityManager, opinion: OpinionEntity, now: Date) => Promise<unknown>;
    } = {},
  ): Promise<OpinionEntity> {
    return this.db.transaction(async (em) => {
      const opinion = await em.findOneBy(OpinionEntity, { id });
      if (!opinion || !this.canRead(actor, opinion)) throw new NotFoundError('意见', id, 'OPINION_NOT_FOUND');
      const patch = decide(opinion);
      const task = await this.tasks.mustFindTask(opinion.taskId, em);
      const pointTask = await this.tasks.mustFindPointTask(task.id, opinion.contactPointId, em);
      const open = options.executiveMayAct
        ? CONSOLIDATING_STATES.includes(pointTask.state)
        : EDITABLE_STATES.includes(pointTask.state);
      if (!open && options.executiveMayAct) {
        throw new ConflictError(
          'CONSOLIDATION_FROZEN',
          '汇总表已提交审核或已报送，意见不能再标记；如需修改，请点长退回',
        );
      }
      if (!open) throw new ConflictError('CONSOLIDATION_STARTED', '本联系点已开始汇总，意见不能再修改或撤回');
      const now = this.clock.now();
      // Withdrawing (and 不予报送) only takes material out, and stays possible until consolidation starts; changing
      // what an opinion says adds to the collection and stops with it, at the deadline.
      if (action === 'EDIT') {
        await this.tasks.assertPointActive(
          opinion.contactPointId,
          '意见不能再修改（仍可撤回）',
          em,
          opinion.liaisonUnitId,
        );
        this.tasks.assertAccepting(task, pointTask, now, '意见不能再修改（仍可撤回）');
      }
      const after = { ...opinion, ...patch, revision: opinion.revision + 1, updatedAt: now };
      // The head-count an edit leaves must be believable for how the opinion was gathered, as at submission: a 走访
      // submitted for 1 person and edited to 100,000 would pass around the check otherwise.
      const implausible =
        action === 'EDIT' ? implausiblePeople(after.channel, after.peopleRepresented) : null;
      if (implausible)
        throw BadInputError.field('input.peopleRepresented', implausible, 'PEOPLE_IMPLAUSIBLE');
      await em.insert(OpinionRevisionEntity, {
        id: newId(),
        opinionId: opinion.id,
        revision: after.revision,
        action,
        snapshot: JSON.stringify(opinion),
        changedById: actor.accountId,
        changedAt: now,
      });
      const updated = await em.update(
        OpinionEntity,
        { id: opinion.id, revision: opinion.revision },
        { ...patch, revision: after.revision, updatedAt: now },
      );
      if (updated.affected === 0)
        throw new ConflictError('OPINION_CHANGED', '意见刚被他人修改，请刷新后重试');
      await this.searchIndex.index(em, {
        kind: 'opinion',
        ownerId: opinion.id,
        taskId: opinion.taskId,
        contactPointId: opinion.contactPointId,
        text: this.searchText(after),
      });
      await this.audit.record(em, actor, {
        action: `opinion.${action.toLowerCase()}`,
        entityType: 'Opinion',
        entityId: opinion.id,
        before: opinion,
        after,
      });
      await options.then?.(em, opinion, now);
      return after;
    });
  }

  // ── reading ────────────────────────────────────────────────────────────────────────────────────────────────────

  private isExecutiveOf(actor: Actor, contactPointId: string): boolean {
    return (
      isSystemAdmin(actor) ||
      actor.grants.some((g) => EXECUTING_BODY_ROLES.includes(g.role) && g.contactPointId === contactPointId)
    );
  }

  /** The author, the unit's admin (the unit's opinions), the point's executing body. Never the legislature. */
  canRead(actor: Actor, opinion: OpinionEntity): boolean {
    if (opinion.authorAccountId === actor.accountId) return true;
    if (this.isExecutiveOf(actor, opinion.contactPointId)) return true;
    return (
      !!opinion.liaisonUnitId &&
      actor.grants.some((g) => g.role === Role.UNIT_ADMIN && g.liaisonUnitId === opinion.liaisonUnitId)
    );
  }

  /**
   * The conditions that limit a list to what the caller may read (OR of them); empty: nothing. One condition per
   * point and per unit, each an equality the newest-first indexes start with (idx_opinion_newest, _author_newest,
   * _unit_newest): the list reads each part in order from its index and merges them (findKeysetPage), where an
   * `IN` over several points would have to sort.
   */
  readScope(actor: Actor, taskId: string): FindOptionsWhere<OpinionEntity>[] {
    if (isSystemAdmin(actor)) return [{ taskId }];
    const points = actor.grants
      .filter((g) => EXECUTING_BODY_ROLES.includes(g.role))
      .map((g) => g.contactPointId!);
    const units = actor.grants.filter((g) => g.role === Role.UNIT_ADMIN).map((g) => g.liaisonUnitId!);
    return [
      { taskId, authorAccountId: actor.accountId },
      ...[...new Set(points)].map((contactPointId) => ({ taskId, contactPointId })),
      ...[...new Set(units)].map((liaisonUnitId) => ({ taskId, liaisonUnitId })),
    ];
  }

  /** The caller's read scope narrowed by the list filters (a filter never widens it); empty: nothing. */
  private async whereFor(actor: Actor, args: OpinionsArgs): Promise<FindOptionsWhere<OpinionEntity>[]> {
    return (await this.scopeAndFilters(actor, args)).where;
  }

  /** whereFor, with the task and the provisions the filter keeps (a list, null for 总体意见, undefined for all). */
  private async scopeAndFilters(
    actor: Actor,
    args: OpinionsArgs,
  ): Promise<{ where: FindOptionsWhere<OpinionEntity>[]; taskId: string; provisions?: string[] | null }> {
    const task = await this.tasks.mustFindVisibleTask(actor, args.taskId);
    const filters: FindOptionsWhere<OpinionEntity> = {};
    let provisions: string[] | null | undefined;
    if (args.general) {
      if (args.provisionAddress)
        throw BadInputError.field('general', '只看总体意见时不能同时指定条文', 'GENERAL_WITH_PROVISION');
      filters.provisionAddress = IsNull();
      provisions = null;
    } else if (args.provisionAddress) {
      const version = await this.drafts.versionIndex(task.draftVersionId);
      provisions = version.has(args.provisionAddress)
        ? version.descendants(args.provisionAddress)
        : [args.provisionAddress];
      filters.provisionAddress = In(provisions);
    }
    if (args.liaisonUnitId) filters.liaisonUnitId = args.liaisonUnitId;
    if (args.channel) filters.channel = args.channel;
    if (args.status) filters.status = args.status;
    if (args.from || args.to) filters.createdAt = dateRange(args.from, args.to);
    if (args.receiptNumber !== undefined && args.receiptNumber !== null)
      filters.receiptNumber = checkedReceiptNumber(args.receiptNumber, 'receiptNumber');
    return { where: narrowScope(this.readScope(actor, task.id), filters), taskId: task.id, provisions };
  }

  /** Newest first, by keyset: opinions arriving while someone pages through the list never shift their next page. */
  async list(actor: Actor, args: OpinionsArgs): Promise<Connection<OpinionEntity>> {
    const scope = await this.scopeAndFilters(actor, args);
    const { taskId, provisions } = scope;
    const where = isSystemAdmin(actor) ? await this.byPoint(scope.where, taskId) : scope.where;
    if (!where.length) return toKeysetConnection([], 0, keysetRequest(args, 2), () => []);
    return findKeysetPage(
      this.db.getRepository(OpinionEntity),
      where,
      [
        { property: 'createdAt', direction: 'DESC' },
        { property: 'id', direction: 'ASC' },
      ],
      args,
      // Without a date range or a receipt number, every filter is a column of the kept tally: its total needs no count
      // over the opinions (a receipt number's count reads one row by its unique index).
      args.from || args.to || args.receiptNumber
        ? undefined
        : () => this.tallyTotal(actor, taskId, args, provisions),
    );
  }

  /**
   * A system administrator's whole-task list as one part per point the task was sent to, like an executive's of several
   * points (readScope): each part is read in order from idx_opinion_newest and findKeysetPage merges them. The task
   * alone is the start of no newest-first index, so its one condition sorted all of the task's opinions for every page
   * (a national consultation's hundreds of thousands). A unit filter keeps its one part: idx_opinion_unit_newest holds
   * it in order. Not a (task, created_at, id) index: it would cost every submission a B-tree write for a list only
   * administrators read.
   */
  private async byPoint(
    where: FindOptionsWhere<OpinionEntity>[],
    taskId: string,
  ): Promise<FindOptionsWhere<OpinionEntity>[]> {
    if (where.every((w) => w.contactPointId !== undefined || w.liaisonUnitId !== undefined)) return where;
    const points = await this.tasks.pointsSentTo(taskId);
    return where.flatMap((w) =>
      w.contactPointId !== undefined || w.liaisonUnitId !== undefined
        ? [w]
        : points.map((contactPointId) => ({ ...w, contactPointId })),
    );
  }

  /**
   * How many opinions the list holds (the caller's read scope and the filters), from opinion_tally, the counts the
   * database keeps per task, point, status, provision, channel and unit (migration 1764600000000): an executive's
   * list is a whole point, and counting it from the opinions read all of them (a million on MariaDB: 4–6 s, the
   * scope's OR keeping every index out). The points' and units' opinions are summed from the tally (its rows are
   * disjoint, so an opinion in both a point and a unit of the caller counts once); the caller's own opinions outside
   * those are counted from the opinions by the author's index (a handful). Exactly the COUNT over `whereFor`.
   */
  private async tallyTotal(
    actor: Actor,
    taskId: string,
    args: OpinionsArgs,
    provisions: string[] | null | undefined,
  ): Promise<number> {
    const admin = isSystemAdmin(actor);
    const points = [
      ...new Set(
        actor.grants.filter((g) => EXECUTING_BODY_ROLES.includes(g.role)).map((g) => g.contactPointId!),
      ),
    ];
    const units = [
      ...new Set(actor.grants.filter((g) => g.role === Role.UNIT_ADMIN).map((g) => g.liaisonUnitId!)),
    ];
    let total = 0;
    if (admin || points.length || units.length) {
      const tally = this.db
        .createQueryBuilder()
        .select('SUM(t.opinions)', 'n')
        .from(OPINION_TALLY, 't')
        .where('t.task_id = :taskId', { taskId });
      if (!admin)
        tally.andWhere(
          new Brackets((scope) => {
            if (points.length) scope.orWhere('t.contact_point_id IN (:...points)', { points });
            if (units.length) scope.orWhere('t.liaison_unit_id IN (:...units)', { units });
          }),
        );
      // The tally keeps no NULL in its key: '' stands for 总体意见 (no provision).
      if (provisions === null) tally.andWhere("t.provision_address = ''");
      else if (provisions) tally.andWhere('t.provision_address IN (:...provisions)', { provisions });
      if (args.liaisonUnitId) tally.andWhere('t.liaison_unit_id = :unit', { unit: args.liaisonUnitId });
      if (args.channel) tally.andWhere('t.channel = :channel', { channel: args.channel });
      if (args.status) tally.andWhere('t.status = :status', { status: args.status });
      total += Number((await tally.getRawOne<{ n: unknown }>())?.n ?? 0);
    }
    if (admin) return total;
    const own = this.db
      .createQueryBuilder(OpinionEntity, 'o')
      .where('o.task_id = :taskId AND o.author_account_id = :me', { taskId, me: actor.accountId });
    if (points.length) own.andWhere('o.contact_point_id NOT IN (:...points)', { points });
    if (units.length)
      own.andWhere('(o.liaison_unit_id IS NULL OR o.liaison_unit_id NOT IN (:...units))', { units });
    if (provisions === null) own.andWhere('o.provision_address IS NULL');
    else if (provisions) own.andWhere('o.provision_address IN (:...provisions)', { provisions });
    if (args.liaisonUnitId) own.andWhere('o.liaison_unit_id = :unit', { unit: args.liaisonUnitId });
    if (args.channel) own.andWhere('o.channel = :channel', { channel: args.channel });
    if (args.status) own.andWhere('o.status = :status', { status: args.status });
    return total + (await own.getCount());
  }

  /** Full-text search, best match first, within what the caller may read and the filters. */
  async search(actor: Actor, args: SearchOpinionsArgs): Promise<Connection<OpinionEntity>> {
    const window = pageWindow(args);
    const where = await this.whereFor(actor, args);
    if (!where.length) return toConnection([], 0, window);
    const ranked = await this.searchIndex.search('opinion', args.taskId, args.query);
    const allowed = new Set<string>();
    for (const ids of chunk(ranked)) {
      const rows = await this.db
        .getRepository(OpinionEntity)
        .find({ select: { id: true }, where: where.map((w) => ({ ...w, id: In(ids) })) });
      rows.forEach((r) => allowed.add(r.id));
    }
    const ordered = ranked.filter((id) => allowed.has(id));
    const pageIds = ordered.slice(window.offset, window.offset + window.limit);
    const rows = pageIds.length ? await this.db.getRepository(OpinionEntity).findBy({ id: In(pageIds) }) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return toConnection(
      pageIds.map((id) => byId.get(id)!),
      ordered.length,
      window,
    );
  }

  /**
   * 按回执号查找 across tasks: the opinion with this receipt number, if the caller may read it (canRead, as opinion(id:)).
   * The number is unique, so this is one read by its unique index whatever the caller's scope; one outside it answers
   * exactly as a number never issued (same code, same message, same statements), so a guessed number tells a signed-in
   * person no more than it tells the public.
   */
  async findByReceipt(actor: Actor, receiptNumber: string): Promise<OpinionEntity> {
    const digits = checkedReceiptNumber(receiptNumber, 'receiptNumber');
    const opinion = await this.db.getRepository(OpinionEntity).findOneBy({ receiptNumber: digits });
    if (!opinion || !this.canRead(actor, opinion)) throw new OpinionReceiptNotFoundError();
    return opinion;
  }

  async get(actor: Actor, id: string): Promise<OpinionEntity> {
    const opinion = await this.db.getRepository(OpinionEntity).findOneBy({ id });
    if (!opinion || !this.canRead(actor, opinion)) throw new NotFoundError('意见', id, 'OPINION_NOT_FOUND');
    return opinion;
  }

  /** Revisions of many opinions at once (a DataLoader batch). */
  revisionsOf(opinionIds: readonly string[]): Promise<OpinionRevisionEntity[][]> {
    return loadChildren(this.db, OpinionRevisionEntity, 'opinionId', opinionIds, {
      order: { revision: 'ASC' },
    });
  }

  /**
   * Who may handle a contributor's personal data (read it, erase it): the collector who recorded it and the point's
   * executing body. Not isExecutiveOf: that lets administrators in, and an administrator needs no one's name or phone
   * to run the system. Nor the legislature, nor another point.
   */
  /**
   * Whether `actor` may handle the personal data of this opinion's contributor: the account that recorded the opinion
   * (it records the person too: `recordedById` is the opinion's author, `public` for 网上征集 with no author) or the
   * point's executing body. Judged from the opinion alone, before the contributor row is looked up: anyone else gets
   * PERSONAL_DATA_FORBIDDEN whether or not a name or phone was recorded — answering NO_CONTRIBUTOR (or null) for an
   * opinion without one told a unit administrator which of his unit's opinions carry personal data (attack F7).
   */
  private async assertHandlesPersonalData(
    em: EntityManager,
    actor: Actor,
    opinion: Pick<OpinionEntity, 'id' | 'contactPointId'> & { authorAccountId?: string | null },
    message: string,
  ): Promise<void> {
    const executingBody = actor.grants.some(
      (g) => EXECUTING_BODY_ROLES.includes(g.role) && g.contactPointId === opinion.contactPointId,
    );
    if (executingBody) return;
    const author =
      opinion.authorAccountId !== undefined
        ? opinion.authorAccountId
        : (
            await em.findOne(OpinionEntity, {
              select: { id: true, authorAccountId: true },
              where: { id: opinion.id },
            })
          )?.authorAccountId;
    if (!author || author !== actor.accountId) {
      throw new ForbiddenError(message, 'PERSONAL_DATA_FORBIDDEN');
    }
  }

  /** What is left of an erased contributor: the consent record and the fact of erasure, no personal data. */
  private erasedModel(row: ContributorEntity): ContributorDetailsModel {
    return {
      name: null,
      phone: null,
      address: null,
      note: null,
      consentText: row.consentText,
      consentMethod: row.consentMethod as ContributorDetailsModel['consentMethod'],
      consentAt: row.consentAt,
      minor: row.minor,
      guardianConsent: row.guardianConsent,
      notifyOutcome: row.notifyOutcome,
      erased: true,
      erasedAt: row.erasedAt,
      erasureReason: row.erasureReason,
    };
  }

  /** Personal data: the collector who recorded it and the point's executing body only (never an administrator);
   *  every read is audited. Once erased, only the consent record and the fact of erasure are left to read. */
  async contributorOf(actor: Actor, opinion: OpinionEntity): Promise<ContributorDetailsModel | null> {
    await this.assertHandlesPersonalData(this.db.manager, actor, opinion, '无权查看提出人的个人信息');
    const row = await this.db.getRepository(ContributorEntity).findOneBy({ opinionId: opinion.id });
    if (!row) return null;
    if (row.erasedAt) return this.erasedModel(row);
    await this.db.transaction((em) =>
      this.audit.record(em, actor, {
        action: 'contributor.read',
        entityType: 'Contributor',
        entityId: row.id,
        after: { opinionId: opinion.id },
      }),
    );
    const details = this.cipher.open(row.sealed);
    return {
      name: details.name ?? null,
      phone: details.phone ?? null,
      address: details.address ?? null,
      note: details.note ?? null,
      consentText: row.consentText,
      consentMethod: row.consentMethod as ContributorDetailsModel['consentMethod'],
      consentAt: row.consentAt,
      minor: row.minor,
      guardianConsent: row.guardianConsent,
      notifyOutcome: row.notifyOutcome,
      erased: false,
      erasedAt: null,
      erasureReason: null,
    };
  }

  /**
   * 删除提出人个人信息 when the person asks (个人信息保护法 art. 47): by whoever may read it, audited; irreversible.
   * Asking again changes nothing and answers the erased record.
   */
  async eraseContributor(actor: Actor, opinionId: string): Promise<ContributorDetailsModel> {
    return this.db.transaction(async (em) => {
      const opinion = await em.findOneBy(OpinionEntity, { id: opinionId });
      if (!opinion || !this.canRead(actor, opinion))
        throw new NotFoundError('意见', opinionId, 'OPINION_NOT_FOUND');
      await this.assertHandlesPersonalData(em, actor, opinion, '无权删除提出人的个人信息');
      const row = await em.findOneBy(ContributorEntity, { opinionId });
      if (!row) {
        throw new ConflictError('NO_CONTRIBUTOR', '该意见没有登记提出人个人信息，无需删除');
      }
      if (!row.erasedAt) {
        await this.eraseContributors(
          em,
          actor,
          [opinionId],
          ContributorErasureReason.REQUESTED,
          this.clock.now(),
        );
      }
      return this.erasedModel((await em.findOneBy(ContributorEntity, { opinionId }))!);
    });
  }

  /**
   * Erases the personal data of these opinions' contributors still held, in the caller's transaction: the sealed data
   * emptied, when, by whom and why recorded; one audit record each, naming the opinion and the reason only. Returns how
   * many were erased. For withdrawal, a person's request, and the retention job (PersonalDataRetention).
   */
  async eraseContributors(
    em: EntityManager,
    actor: Actor,
    opinionIds: readonly string[],
    reason: ContributorErasureReason,
    now: Date,
  ): Promise<number> {
    let erased = 0;
    for (const part of chunk(opinionIds)) {
      const rows = await em.find(ContributorEntity, {
        select: { id: true, opinionId: true },
        where: { opinionId: In(part), erasedAt: IsNull() },
      });
      if (!rows.length) continue;
      await em.update(
        ContributorEntity,
        { id: In(rows.map((r) => r.id)), erasedAt: IsNull() },
        { sealed: '', erasedAt: now, erasedById: actor.accountId, erasureReason: reason },
      );
      // The opinion's idempotency hash was taken over its content with the name and phone: a test of a guessed name
      // and phone against it would still work, so it goes too — from the opinion and from its revisions' snapshots
      // (a replay of the submission then meets IDEMPOTENCY_KEY_REUSED, with its receipt number).
      const erasedOpinions = rows.map((r) => r.opinionId);
      await em
        .createQueryBuilder()
        .update(OpinionRevisionEntity)
        .set({
          snapshot: () =>
            "REPLACE(snapshot, (SELECT o.content_hash FROM opinion o WHERE o.id = opinion_revision.opinion_id), '')",
        })
        .where('opinion_id IN (:...erasedOpinions)', { erasedOpinions })
        .execute();
      await em.update(OpinionEntity, { id: In(erasedOpinions) }, { contentHash: '' });
      await this.audit.recordMany(
        em,
        actor,
        rows.map((r) => ({
          action: 'contributor.erased',
          entityType: 'Contributor',
          entityId: r.id,
          before: null,
          after: { opinionId: r.opinionId, reason },
        })),
      );
      erased += rows.length;
    }
    return erased;
  }

  /**
   * The contributors whose personal data is still held, joined to their opinions (aliases `c` and `o`), selecting the
   * opinion's id as `opinionId`: the retention job narrows it to those due, set-based (PersonalDataRetention).
   */
  heldContributors(em: EntityManager = this.db.manager): SelectQueryBuilder<ContributorEntity> {
    return em
      .createQueryBuilder(ContributorEntity, 'c')
      .innerJoin(OpinionEntity, 'o', 'o.id = c.opinion_id')
      .select('c.opinion_id', 'opinionId')
      .where('c.erased_at IS NULL');
  }

  /** Which of these opinions' contributors' personal data was erased (a DataLoader-sized batch). */
  async erasedContributors(opinionIds: readonly string[]): Promise<Set<string>> {
    const erased = new Set<string>();
    for (const part of chunk(opinionIds)) {
      const rows = await this.db.getRepository(ContributorEntity).find({
        select: { opinionId: true },
        where: { opinionId: In(part), erasedAt: Not(IsNull()) },
      });
      for (const r of rows) erased.add(r.opinionId);
    }
    return erased;
  }

  /** Whether this opinion's contributor's personal data was erased (false: held, or no contributor recorded). */
  async contributorErased(opinionId: string, em: EntityManager = this.db.manager): Promise<boolean> {
    const row = await em.findOne(ContributorEntity, { select: { erasedAt: true }, where: { opinionId } });
    return !!row?.erasedAt;
  }

  // ── reads for the domains above feedback (they ask here rather than reading the opinion tables) ─────────────────

  /** Opinions by id, in the order asked, undefined where none (a DataLoader batch: OPINIONS_BY_ID). */
  opinionsByIds(ids: readonly string[]): Promise<(OpinionEntity | undefined)[]> {
    return loadByIds(this.db, OpinionEntity, ids);
  }

  /**
   * The opinion with this receipt number (14 digits, checked), or null; no access check: for the public 回执查询, which
   * shows only what anyone holding the number may see (adoption's ReceiptLookupService).
   */
  opinionByReceipt(digits: string): Promise<OpinionEntity | null> {
    return this.db.getRepository(OpinionEntity).findOneBy({ receiptNumber: digits });
  }

  /** One opinion, read in the caller's transaction; null when there is none (the caller checks access: canRead). */
  opinionById(id: string, em: EntityManager = this.db.manager): Promise<OpinionEntity | null> {
    return em.findOneBy(OpinionEntity, { id });
  }

  /**
   * Which of these opinions' contributors asked to be told the outcome and can still be (only the consent flag, no
   * personal data; an erased contributor can no longer be reached). One statement per chunk of ids; `em`: the caller's
   * transaction.
   */
  async wantingOutcome(
    opinionIds: readonly string[],
    em: EntityManager = this.db.manager,
  ): Promise<Set<string>> {
    const wanting = new Set<string>();
    for (const part of chunk(opinionIds)) {
      const rows = await em.find(ContributorEntity, {
        select: { opinionId: true },
        where: { opinionId: In(part), notifyOutcome: true, erasedAt: IsNull() },
      });
      for (const r of rows) wanting.add(r.opinionId);
    }
    return wanting;
  }
}

/** The signed-in 按回执号查找's one answer for a number never issued and for one the caller may not read. */
export const OPINION_RECEIPT_NOT_FOUND_MESSAGE =
  '没有查到这个回执号的意见（只能查到您可以查看的意见），请核对号码';

export class OpinionReceiptNotFoundError extends DomainError {
  constructor() {
    super('NOT_FOUND', 'RECEIPT_NOT_FOUND', OPINION_RECEIPT_NOT_FOUND_MESSAGE);
  }
}

/** The digits of a receipt number typed by a person, or BAD_USER_INPUT (INVALID_RECEIPT_NUMBER) on `field`. */
export function checkedReceiptNumber(value: string, field: string): string {
  const problem = receiptNumberProblem(value);
  if (problem) throw BadInputError.field(field, problem, 'INVALID_RECEIPT_NUMBER');
  return receiptDigits(value);
}

function dateRange(from?: string, to?: string) {
  const start = from ? new Date(`${from}T00:00:00+08:00`) : new Date(0);
  const end = to ? new Date(`${to}T23:59:59+08:00`) : new Date(8.64e15);
  return Between(start, end);
}
