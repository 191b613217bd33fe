import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  BadInputError,
  Clock,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  chinaDate,
  newId,
  pageWindow,
  toConnection,
  type Connection,
  type ConnectionArgs,
} from '@app/common';
import { AuditService, type AuditActor } from '@app/audit';
import { bulkInsert, isMySqlFamily, isUniqueViolation } from '@app/database';
import { TaskService, effectiveDeadline, type PointTaskRow, type TaskRow } from '@app/consultation';
import { DraftsService } from '@app/drafts';
import {
  AddressThrottler,
  EXECUTING_BODY_ROLES,
  IPV6_SITE_PREFIX_BITS,
  type Actor,
  type AddressLimit,
} from '@app/identity';
import { OrganizationService } from '@app/organization';
import { OPINION_LIMITS, OpinionChannel, OpinionStatus } from './feedback.enums.js';
import { CollectionActivityEntity, OpinionEntity } from './feedback.entities.js';
import { ConsentMethod } from './feedback.models.js';
import {
  FEEDBACK_OPTIONS,
  ONLINE_COLLECTION_LIMITS,
  type FeedbackOptions,
  type OnlineCollectionLimits,
} from './feedback.options.js';
import {
  ONLINE_CONSENT_TEXT,
  PUBLIC_TOKEN_PATTERN,
  type OnlineCollectionFlowModel,
  type OnlineCollectionModel,
  type OpenOnlineCollectionInput,
  type SubmitOnlineOpinionInput,
} from './online-collection.models.js';
import { ONLINE_FLOW_LIMITS, flowBuckets, flowFrom, flowWindow, onlineFlowSql } from './online-flow.js';
import {
  ONLINE_PAGE_LIMITS,
  PublicDraftCache,
  flattenPublicDraft,
  publicPage,
  type PublicDraft,
  type PublicProvision,
} from './online-page.js';
import { OpinionService } from './opinion.service.js';
import { newReceiptNumber } from './receipt-number.js';
import { SearchIndexService } from './search-index.service.js';

/** Who wrote a public submission, for the audit trail and the opinion's authorRole. */
export const PUBLIC_AUTHOR_ROLE = 'PUBLIC';
const PUBLIC_RECORDER = 'public';

/** The opinion id of a public submission: one per (online activity, client key), so the primary key makes a retried
 *  submit — even two racing ones — one opinion. The key is the page's random UUID, so the id is no more guessable. */
export function publicOpinionId(activityId: string, key: string): string {
  const h = createHash('sha256').update(`online-opinion\u0000${activityId}\u0000${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function publicContentHash(input: SubmitOnlineOpinionInput): string {
  const content = {
    provisionAddress: input.provisionAddress ?? null,
    proposedChange: input.proposedChange,
    reason: input.reason ?? null,
    name: input.name ?? null,
    phone: input.phone ?? null,
    minor: input.minor ?? false,
    guardianConsent: input.guardianConsent ?? false,
    notifyOutcome: input.notifyOutcome ?? false,
  };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

class OnlineCollectionNotFoundError extends DomainError {
  constructor() {
    super('NOT_FOUND', 'ONLINE_COLLECTION_NOT_FOUND', '没有找到这个网上征集，请核对链接或重新扫描二维码');
  }
}

/** China time, as the person reads it: 2026年12月20日 18:00. */
function chinaTime(at: Date): string {
  const t = new Date(at.getTime() + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

/** An instant as both engines compare it with a DATETIME(3) column written by TypeORM (UTC, milliseconds). */
const sqlInstant = (t: number) => new Date(t).toISOString().replace('T', ' ').slice(0, 23);

function limitsOf(limits: OnlineCollectionLimits): {
  reads: AddressLimit;
  submissions: AddressLimit;
  siteSubmissions: AddressLimit;
} {
  return {
    reads: {
      kind: 'online-read',
      windows: [{ limit: limits.readsPerMinute, seconds: 60 }],
      reason: 'ONLINE_COLLECTION_RATE_LIMITED',
      message: () => `当前网络每分钟最多打开 ${limits.readsPerMinute} 次网上征集页面`,
    },
    submissions: {
      kind: 'online-submit',
      windows: [
        { limit: limits.submissionsPerMinute, seconds: 60 },
        { limit: limits.submissionsPerDay, seconds: 24 * 3600 },
      ],
      reason: 'ONLINE_SUBMISSIONS_LIMITED',
      message: (window) =>
        window === 0
          ? `当前网络每分钟最多提交 ${limits.submissionsPerMinute} 条意见`
          : `当前网络今天已提交 ${limits.submissionsPerDay} 条意见，达到上限`,
    },
    siteSubmissions: {
      kind: 'online-submit-site',
      prefixBits: IPV6_SITE_PREFIX_BITS,
      windows: [{ limit: limits.submissionsPerSitePerDay, seconds: 24 * 3600 }],
      reason: 'ONLINE_SUBMISSIONS_LIMITED',
      message: () => `当前网络所在的地址段今天已提交 ${limits.submissionsPerSitePerDay} 条意见，达到上限`,
    },
  };
}

/**
 * 网上征集 by the public (扫码提意见): the executing body opens an online collection activity for one of its point's
 * tasks, carrying an unguessable token that the poster's QR code and the point's WeChat link hold; anyone with the link
 * reads the draft and submits an opinion without an account, and gets a 回执号 for the public 回执查询. The opinion is
 * the point's like any other (channel ONLINE, activityId the online activity, no author account, authorRole PUBLIC).
 */
@Injectable()
export class OnlineCollectionService {
  private readonly limits: ReturnType<typeof limitsOf>;
  private readonly publicDrafts = new PublicDraftCache(ONLINE_PAGE_LIMITS.cachedCharacters);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tasks: TaskService,
    private readonly drafts: DraftsService,
    private readonly organization: OrganizationService,
    private readonly opinions: OpinionService,
    private readonly searchIndex: SearchIndexService,
    private readonly audit: AuditService,
    private readonly throttler: AddressThrottler,
    private readonly clock: Clock,
    @Inject(FEEDBACK_OPTIONS) options: FeedbackOptions,
  ) {
    this.limits = limitsOf(options.onlineCollection ?? ONLINE_COLLECTION_LIMITS);
  }

  /** The points whose executing body the caller is, among those the task was sent to. */
  private async executivePoint(actor: Actor, task: TaskRow): Promise<string> {
    for (const grant of actor.grants) {
      if (
        EXECUTING_BODY_ROLES.includes(grant.role) &&
        grant.contactPointId &&
        (await this.tasks.wasSentTo(task.id, grant.contactPointId))
      )
        return grant.contactPointId;
    }
    throw new ForbiddenError('只有本联系点的执行机构可以开放网上征集', 'NOT_EXECUTIVE');
  }

  async open(actor: Actor, input: OpenOnlineCollectionInput): Promise<CollectionActivityEntity> {
    const task = await this.tasks.mustFindVisibleTask(actor, input.taskId);
    const contactPointId = await this.executivePoint(actor, task);
    const pointTask = await this.tasks.mustFindPointTask(task.id, contactPointId);
    await this.tasks.assertPointActive(contactPointId, '不能开放网上征集');
    const now = this.clock.now();
    this.tasks.assertAccepting(task, pointTask, now, '不能开放网上征集');
    const deadline = effectiveDeadline(task, pointTask);
    const closesAt = input.closesAt ?? deadline;
    if (closesAt.getTime() > deadline.getTime()) {
      throw BadInputError.field(
        'input.closesAt',
        `截止时间不能晚于本联系点的征集截止时间（${chinaTime(deadline)}）`,
        'CLOSES_AFTER_DEADLINE',
      );
    }
    if (closesAt.getTime() <= now.getTime()) {
      throw BadInputError.field('input.closesAt', '截止时间必须晚于现在', 'CLOSES_IN_PAST');
    }
    const activity: CollectionActivityEntity = {
      id: newId(),
      taskId: task.id,
      contactPointId,
      liaisonUnitId: null,
      channel: OpinionChannel.ONLINE,
      title: input.title ?? '网上征集意见',
      heldOn: chinaDate(now),
      place: null,
      organizer: null,
      collectorIds: '[]',
      participants: 0,
      summary: null,
      createdById: actor.accountId,
      createdAt: now,
      // 24 random bytes: 192 bits, 32 URL-safe characters — nobody finds a live link by trying.
      publicToken: randomBytes(24).toString('base64url'),
      closesAt,
      closedAt: null,
    };
    await this.db.transaction(async (em) => {
      await em.insert(CollectionActivityEntity, activity);
      await this.audit.record(em, actor, {
        action: 'collectionActivity.openOnline',
        entityType: 'CollectionActivity',
        entityId: activity.id,
        after: { ...activity, publicToken: '（已生成）' },
      });
    });
    return activity;
  }

  async close(actor: Actor, activityId: string): Promise<CollectionActivityEntity> {
    return this.db.transaction(async (em) => {
      const activity = await em.findOneBy(CollectionActivityEntity, { id: activityId });
      const executive =
        activity &&
        actor.grants.some(
          (g) => EXECUTING_BODY_ROLES.includes(g.role) && g.contactPointId === activity.contactPointId,
        );
      if (!activity || !executive || !activity.publicToken)
        throw new NotFoundError('网上征集', activityId, 'ACTIVITY_NOT_FOUND');
      if (activity.closedAt) return activity;
      const now = this.clock.now();
      const before = { ...activity };
      activity.closedAt = now;
      await em.update(CollectionActivityEntity, { id: activity.id }, { closedAt: now });
      await this.audit.record(em, actor, {
        action: 'collectionActivity.closeOnline',
        entityType: 'CollectionActivity',
        entityId: activity.id,
        before: { closedAt: before.closedAt, closesAt: before.closesAt },
        after: { closedAt: now },
      });
      return activity;
    });
  }

  /** The online round, if the caller is its point's executing body (who may open and close it); NOT_FOUND otherwise. */
  private async managedRound(actor: Actor, activityId: string): Promise<CollectionActivityEntity> {
    const activity = await this.db.getRepository(CollectionActivityEntity).findOneBy({ id: activityId });
    const executive =
      activity &&
      actor.grants.some(
        (g) => EXECUTING_BODY_ROLES.includes(g.role) && g.contactPointId === activity.contactPointId,
      );
    if (!activity || !executive || !activity.publicToken)
      throw new NotFoundError('网上征集', activityId, 'ACTIVITY_NOT_FOUND');
    return activity;
  }

  /**
   * How the round is going: the public's opinions received, per Beijing hour over the last ONLINE_FLOW_LIMITS.hours
   * and per day over its life (at most ONLINE_FLOW_LIMITS.days), up to now or its close. Counted per hour in SQL over
   * the (task, author, created_at) index: the public's opinions are the task's only ones without an author, so the
   * range read is the task's public submissions since the window opened, each checked for this round from its row.
   * (An (activity, created_at) index would read this round's alone; the task's other rounds are what it saves — a few
   * rounds a task — against one more index every submission writes.)
   */
  async flow(actor: Actor, activityId: string): Promise<OnlineCollectionFlowModel> {
    const round = await this.managedRound(actor, activityId);
    const now = this.clock.now().getTime();
    const end = (round.closedAt ?? round.closesAt!).getTime();
    const until = new Date(Math.max(round.createdAt.getTime(), Math.min(now, end)));
    const window = flowWindow(round.createdAt, until, ONLINE_FLOW_LIMITS);
    const sql = onlineFlowSql(isMySqlFamily(this.db));
    const rows = await this.db.query<Array<{ bucket: string; n: number | string }>>(sql.perHour, [
      round.taskId,
      sqlInstant(flowFrom(window)),
      sqlInstant(window.to),
      round.id,
    ]);
    const [total] = await this.db.query<Array<{ n: number | string }>>(sql.total, [
      round.taskId,
      sqlInstant(round.createdAt.getTime()),
      sqlInstant(window.to),
      round.id,
    ]);
    const { hourly, daily } = flowBuckets(
      window,
      rows.map((r) => ({ hour: Date.parse(`${r.bucket.replace(' ', 'T')}:00:00Z`), count: Number(r.n) })),
    );
    return {
      activityId: round.id,
      received: Number(total.n),
      until,
      hourly,
      daily,
      daysTruncated: window.daysTruncated,
    };
  }

  /**
   * The activity behind a token, its task and the point's task, or why the public may no longer use it: a token that
   * names nothing is NOT_FOUND (ONLINE_COLLECTION_NOT_FOUND); a closed one is ONLINE_COLLECTION_CLOSED.
   */
  private async find(token: string): Promise<{
    activity: CollectionActivityEntity;
    task: TaskRow;
    pointTask: PointTaskRow;
  }> {
    if (!PUBLIC_TOKEN_PATTERN.test(token)) throw new OnlineCollectionNotFoundError();
    const activity = await this.db.getRepository(CollectionActivityEntity).findOneBy({ publicToken: token });
    if (!activity || !activity.closesAt) throw new OnlineCollectionNotFoundError();
    const task = await this.tasks.mustFindTask(activity.taskId);
    const pointTask = await this.tasks.mustFindPointTask(task.id, activity.contactPointId);
    return { activity, task, pointTask };
  }

  private async assertOpen(
    activity: CollectionActivityEntity,
    task: TaskRow,
    pointTask: PointTaskRow,
    point: { name: string; active: boolean },
  ) {
    const now = this.clock.now();
    const closesAt = activity.closesAt!;
    const closedAt = activity.closedAt ?? (closesAt.getTime() <= now.getTime() ? closesAt : null);
    const title = await this.draftTitle(task);
    // A switched-off point (动态调整) takes no more opinions by any channel: its links close with it.
    if (!point.active) {
      throw new ConflictError(
        'ONLINE_COLLECTION_CLOSED',
        `《${title}》的网上征集已停止（${point.name}已停用），不再接收意见。感谢您的关注！`,
      );
    }
    if (closedAt) {
      throw new ConflictError(
        'ONLINE_COLLECTION_CLOSED',
        `《${title}》的网上征集已于 ${chinaTime(closedAt)} 结束，不再接收意见。感谢您的关注！`,
      );
    }
    if (!this.tasks.acceptsOpinions(task, pointTask, now)) {
      throw new ConflictError(
        'ONLINE_COLLECTION_CLOSED',
        `《${title}》的意见征集已经结束，不再接收意见。感谢您的关注！`,
      );
    }
  }

  private async draftTitle(task: TaskRow): Promise<string> {
    const version = await this.drafts.mustFindVersion(task.draftVersionId);
    return (await this.drafts.mustFindDraft(version.draftId)).title;
  }

  /**
   * What the public page shows: only what anyone may read — never notes, opinions or who works at the point. The
   * provisions are not here: the page reads them a page at a time (provisionPage), and the picker's articles apart
   * (articles), both from the version's flattened draft, made once per version (it never changes) and cached.
   */
  async view(token: string, address: string): Promise<OnlineCollectionModel> {
    await this.throttler.spend(this.limits.reads, address);
    const { activity, task, pointTask } = await this.find(token);
    const point = await this.organization.mustFind('contactPoint', activity.contactPointId);
    await this.assertOpen(activity, task, pointTask, point);
    return {
      title: activity.title,
      contactPointName: point.name,
      draftTitle: await this.draftTitle(task),
      stage: task.reviewStage,
      versionLabel: (await this.drafts.mustFindVersion(task.draftVersionId)).label,
      closesAt: activity.closesAt!,
      focusQuestions: JSON.parse(task.focusQuestions) as string[],
      draftVersionId: task.draftVersionId,
      consentText: ONLINE_CONSENT_TEXT,
      maxTextLength: OPINION_LIMITS.proposedChange,
    };
  }

  /** The version's draft as the public reads it, flattened once and kept (PublicDraftCache, bounded by characters). */
  publicDraft(versionId: string): Promise<PublicDraft> {
    return this.publicDrafts.get(versionId, async () =>
      flattenPublicDraft((await this.drafts.versionIndex(versionId)).tree),
    );
  }

  /** One page of the public page's provisions: at most `first` (≤ MAX_PAGE_SIZE) and ONLINE_PAGE_LIMITS.pageCharacters. */
  async provisionPage(versionId: string, args: ConnectionArgs): Promise<Connection<PublicProvision>> {
    const window = pageWindow({ ...args, first: args.first ?? ONLINE_PAGE_LIMITS.pageProvisions });
    const { provisions } = await this.publicDraft(versionId);
    return toConnection(publicPage(provisions, window), provisions.length, window);
  }

  /**
   * A member of the public submits one opinion; every try counts as a page load (the reads limit) before anything is
   * looked up. A retry with the same key (and content) gets the same receipt, even after the round closed and without
   * counting against the address's submissions; otherwise the round must be open, the address
   * within its window, and the input whole.
   */
  async submit(
    input: SubmitOnlineOpinionInput,
    address: string,
    requestId: string | null,
  ): Promise<{ opinion: OpinionEntity; replayed: boolean }> {
    // The honeypot: hidden from people, filled in by scripts that fill in every field.
    if (input.website) throw new BadInputError('SUBMISSION_REJECTED', '提交未被接受，请刷新页面后重新填写');
    // Every try costs a page load before any database work: a stream of made-up tokens (or of reused keys, an oracle
    // for IDEMPOTENCY_KEY_REUSED) from one address is stopped at the reads limit like the page itself.
    await this.throttler.spend(this.limits.reads, address);
    const { activity, task, pointTask } = await this.find(input.token);
    const hash = publicContentHash(input);
    const id = publicOpinionId(activity.id, input.idempotencyKey);
    const replay = await this.replay(id, hash);
    if (replay) return { opinion: replay, replayed: true };
    const point = await this.organization.mustFind('contactPoint', activity.contactPointId);
    await this.assertOpen(activity, task, pointTask, point);

    const version = await this.drafts.versionIndex(task.draftVersionId);
    const provisionAddress = input.provisionAddress ?? null;
    if (provisionAddress && !version.has(provisionAddress)) {
      throw BadInputError.field(
        'input.provisionAddress',
        '草案中没有这个条文，请重新选择',
        'PROVISION_NOT_IN_DRAFT',
      );
    }
    const personal = Boolean(input.name || input.phone);
    if (personal && !input.consent) {
      throw BadInputError.field(
        'input.consent',
        '留下姓名或电话，须先阅读并勾选同意告知内容；不愿留下的，可以不填姓名和电话',
        'CONSENT_REQUIRED',
      );
    }
    if (personal && input.minor && !input.guardianConsent) {
      throw BadInputError.field(
        'input.guardianConsent',
        '不满十四周岁的，须经监护人同意才能留下姓名和电话（个人信息保护法第三十一条）；也可以不填姓名和电话直接提交',
        'GUARDIAN_CONSENT_REQUIRED',
      );
    }
    if (input.notifyOutcome && !input.phone) {
      throw BadInputError.field('input.phone', '希望得知采纳情况的，请留下电话', 'PHONE_REQUIRED');
    }
    // The address's own budget, then its site's (a /48: one line's other /64s are no fresh budgets). The site is
    // checked first so that a refusal there does not cost the address's budget.
    await this.throttler.check(this.limits.siteSubmissions, address);
    await this.throttler.spend(this.limits.submissions, address);
    await this.throttler.spend(this.limits.siteSubmissions, address);

    const now = this.clock.now();
    const opinion: OpinionEntity = {
      id,
      receiptNumber: '',
      taskId: task.id,
      contactPointId: activity.contactPointId,
      draftVersionId: task.draftVersionId,
      provisionAddress,
      provisionCitation: provisionAddress ? (version.get(provisionAddress)?.citation ?? null) : null,
      originalText: provisionAddress ? version.fullText(provisionAddress) : null,
      proposedChange: input.proposedChange,
      reason: input.reason ?? null,
      channel: OpinionChannel.ONLINE,
      activityId: activity.id,
      peopleRepresented: 1,
      tags: '[]',
      gatheredOn: chinaDate(now),
      place: null,
      contributorCategory: null,
      contributorUnit: null,
      status: OpinionStatus.ACTIVE,
      statusReason: null,
      authorAccountId: null,
      authorRole: PUBLIC_AUTHOR_ROLE,
      liaisonUnitId: null,
      collectorId: null,
      expertId: null,
      idempotencyKey: input.idempotencyKey,
      contentHash: hash,
      revision: 0,
      createdAt: now,
      updatedAt: now,
    };
    const auditActor: AuditActor = { accountId: null, username: '公众（网上征集）', requestId };
    for (let attempt = 0; ; attempt++) {
      opinion.receiptNumber = newReceiptNumber(now);
      try {
        await this.db.transaction(async (em) => {
          await bulkInsert(em, OpinionEntity, [opinion]);
          if (personal)
            await this.opinions.saveContributor(
              em,
              PUBLIC_RECORDER,
              opinion,
              {
                name: input.name,
                phone: input.phone,
                consentText: ONLINE_CONSENT_TEXT,
                consentMethod: ConsentMethod.ONLINE,
                minor: input.minor ?? false,
                guardianConsent: input.guardianConsent ?? false,
                notifyOutcome: input.notifyOutcome ?? false,
              },
              now,
            );
          await this.searchIndex.index(em, {
            kind: 'opinion',
            ownerId: opinion.id,
            taskId: task.id,
            contactPointId: opinion.contactPointId,
            text: this.opinions.searchText(opinion),
          });
          // The round's 参加人数: one more person took part.
          await em.increment(CollectionActivityEntity, { id: activity.id }, 'participants', 1);
          await this.audit.record(em, auditActor, {
            action: 'opinion.submitOnline',
            entityType: 'Opinion',
            entityId: opinion.id,
            after: { ...opinion, contributor: personal ? '（已加密保存）' : null },
          });
        });
        return { opinion, replayed: false };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // The same key raced us (its opinion is there: return it), or a receipt number collided (draw another).
        const raced = await this.replay(id, hash);
        if (raced) return { opinion: raced, replayed: true };
        if (attempt >= 4) throw error;
      }
    }
  }

  private async replay(id: string, hash: string): Promise<OpinionEntity | null> {
    const seen = await this.db.getRepository(OpinionEntity).findOneBy({ id });
    if (!seen) return null;
    if (seen.contentHash !== hash) {
      throw new ConflictError(
        'IDEMPOTENCY_KEY_REUSED',
        '这次提交与先前用同一个页面提交的意见内容不同：如要再提一条意见，请刷新页面后重新填写',
      );
    }
    return seen;
  }
}
