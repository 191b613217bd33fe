import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock, chinaDate } from '@app/common';
import { AccountService, Role, permissionsOf, type Actor } from '@app/identity';
import { AccountEntity } from '@app/identity/entities';
import { AssigneeType, PointTaskState, TaskService, parseDeadline } from '@app/consultation';
import { ConsultationTaskEntity } from '@app/consultation/entities';
import { AnnotationService, ConsentMethod, OnlineCollectionService, OpinionService } from '@app/feedback';
import { AdoptionService, EvidenceService, type AdoptionOutcome } from '@app/adoption';
import { ConsolidationService, SourceType, SuggestionService } from '@app/consolidation';
import { SuggestionSourceEntity } from '@app/consolidation/entities';
import { DraftsService, DraftStage } from '@app/drafts';
import { OrganizationService } from '@app/organization';
import { type ContactPointEntity } from '@app/organization/entities';
import type { EntityManager } from 'typeorm';
import {
  DEMO_EXECUTIVES,
  DEMO_EXPERTS,
  DEMO_LEGISLATURE,
  DEMO_OTHER_POINT,
  DEMO_PASSWORD,
  DEMO_POINT,
  DEMO_UNITS,
} from './demo-data.js';
import {
  CHARITY_DRAFT_TEXT,
  CHARITY_DRAFT_TEXT_REVISED,
  DOG_DRAFT_TEXT,
  DOG_DRAFT_TEXT_REVISED,
} from './demo-draft-texts.js';
import { FIRST_ROUND_OPINIONS } from './demo-first-rounds.js';
import { PAST_CONSULTATIONS_2022, type PastOpinion } from './demo-ledger-2022.js';
import { DEMO_ANNOTATIONS, DEMO_OPINIONS, type DemoOpinion } from './demo-opinions.js';

/** How long after a past task's deadline the legislature published its decisions (demo). */
const DECISIONS_AFTER_DAYS = 40;

/** A China-time instant `days` after the date `day` (YYYY-MM-DD), at `time` (HH:mm). */
function pastInstant(day: string, days: number, time: string): Date {
  return new Date(new Date(`${day}T${time}:00+08:00`).getTime() + days * 24 * 3600_000);
}

const DAY = 24 * 3600_000;

/**
 * The round of the dog-management and charity drafts left open for the walk-through, dated from the day the demo is
 * seeded: issued `issuedDaysAgo` days before it (at 09:00 China time) and due `OPEN_ROUND_DAYS_LEFT` days after it, so
 * that a submission succeeds whenever the demo was seeded (less than two weeks ago). Their opinions keep the offsets
 * they have from the 2022 first round's notice; assignments keep theirs from its deadline.
 */
export const OPEN_ROUND_DAYS_LEFT = 14;
export const OPEN_ROUND_TITLE_PREFIX = '关于再次征求';
const OPEN_ROUNDS = {
  dog: { title: '重庆市养犬管理条例（草案）', issuedDaysAgo: 10, text: DOG_DRAFT_TEXT_REVISED },
  charity: { title: '重庆市慈善条例（草案）', issuedDaysAgo: 7, text: CHARITY_DRAFT_TEXT_REVISED },
} as const;

/** The label of the 修改稿 an open round is sent on, after the month it is issued in (China time): 2026年11月修改稿. */
export function revisionLabel(issuedAt: Date): string {
  const [year, month] = chinaDate(issuedAt).split('-');
  return `${year}年${Number(month)}月修改稿`;
}

interface OpenRound {
  /** The first round's notice (2022), from which the demo's opinions are offset. */
  firstIssuedAt: Date;
  issuedAt: Date;
  deadline: string;
}

/** The open rounds' dates for a demo seeded at `now`. */
export function openRounds(now: Date, firstIssuedAt: Record<keyof typeof OPEN_ROUNDS, string>) {
  const today = chinaDate(now);
  const deadline = chinaDate(new Date(now.getTime() + OPEN_ROUND_DAYS_LEFT * DAY));
  const round = (key: keyof typeof OPEN_ROUNDS): OpenRound => ({
    firstIssuedAt: new Date(firstIssuedAt[key]),
    issuedAt: pastInstant(today, -OPEN_ROUNDS[key].issuedDaysAgo, '09:00'),
    deadline,
  });
  return { dog: round('dog'), charity: round('charity') };
}

/** A date `days` before/after a YYYY-MM-DD date. */
const addDays = (day: string, days: number): string =>
  new Date(new Date(`${day}T00:00:00Z`).getTime() + days * DAY).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string): number =>
  Math.round((new Date(`${to}T00:00:00Z`).getTime() - new Date(`${from}T00:00:00Z`).getTime()) / DAY);

/**
 * Seeds the demo through the same services the API uses (so it passes the same checks and leaves an audit trail). The
 * organisation, drafts and tasks go in one transaction: a failure there leaves an empty database. The opinions and
 * annotations follow, each in its own transaction, as their authors would record them; should one fail, start is
 * refused with the error, and deleting data/ starts afresh.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly accounts: AccountService,
    private readonly organization: OrganizationService,
    private readonly drafts: DraftsService,
    private readonly tasks: TaskService,
    private readonly opinions: OpinionService,
    private readonly annotations: AnnotationService,
    private readonly consolidations: ConsolidationService,
    private readonly suggestions: SuggestionService,
    private readonly adoption: AdoptionService,
    private readonly evidence: EvidenceService,
    private readonly online: OnlineCollectionService,
  ) {}

  async isEmpty(): Promise<boolean> {
    return (await this.db.getRepository(AccountEntity).count()) === 0;
  }

  /** Seeds when the database holds no account yet; returns whether it did. */
  async seedIfEmpty(): Promise<boolean> {
    if (!(await this.isEmpty())) return false;
    await this.seed();
    return true;
  }

  async seed(): Promise<void> {
    const started = Date.now();
    const rounds = openRounds(this.clock.now(), {
      dog: '2022-05-09T09:00:00+08:00',
      charity: '2022-08-15T09:00:00+08:00',
    });
    await this.db.transaction(async (em) => {
      const admin = await this.accounts.create(em, {
        username: 'admin',
        password: DEMO_PASSWORD,
        displayName: '系统管理员（演示）',
        grants: [{ role: Role.SYSTEM_ADMIN, legislatureId: null, contactPointId: null, liaisonUnitId: null }],
      });
      const actor: Actor = {
        accountId: admin.id,
        username: 'admin',
        displayName: admin.displayName,
        grants: [{ role: Role.SYSTEM_ADMIN, legislatureId: null, contactPointId: null, liaisonUnitId: null }],
        permissions: permissionsOf([Role.SYSTEM_ADMIN]),
        requestId: 'demo-seed',
      };
      const account = (
        username: string,
        displayName: string,
        role: Role,
        organizationId: string,
        memberId?: string,
        by: Actor = actor,
      ) =>
        this.organization.createAccount(
          by,
          { username, password: DEMO_PASSWORD, displayName, role, organizationId, memberId },
          em,
          // The point's set-up, not grants its head must hear of: the demo inbox reads as 2022 did.
          { tellHead: false },
        );

      const legislature = await this.organization.createLegislature(actor, DEMO_LEGISLATURE, em);
      await account('legislature', '法制工作委员会工作人员（演示）', Role.LEGISLATURE_STAFF, legislature.id);

      const point = await this.organization.createContactPoint(
        actor,
        { ...DEMO_POINT, legislatureId: legislature.id },
        em,
      );
      await this.organization.createContactPoint(
        actor,
        { ...DEMO_OTHER_POINT, legislatureId: legislature.id },
        em,
      );

      // The administrator appoints the head; the head then staffs the executing body (once a point has an active
      // head, deputy heads and liaison officers are the head's to grant — grantRefusal's POINT_HAS_HEAD).
      let head: Actor | null = null;
      for (const { account: username, ...member } of DEMO_EXECUTIVES) {
        const row = await this.organization.addExecutiveMember(
          head ?? actor,
          { ...member, contactPointId: point.id },
          em,
        );
        if (!username) continue;
        const role = member.position as unknown as Role;
        const created = await account(username, member.name, role, point.id, row.id, head ?? actor);
        if (role === Role.POINT_HEAD) {
          const grants = [
            { role, legislatureId: legislature.id, contactPointId: point.id, liaisonUnitId: null },
          ];
          head = {
            accountId: created.id,
            username,
            displayName: created.displayName,
            grants,
            permissions: permissionsOf([role]),
            requestId: 'demo-seed',
          };
        }
      }
      const expertIds: Record<string, string> = {};
      for (const { account: username, ...expert } of DEMO_EXPERTS) {
        const row = await this.organization.addExpert(actor, { ...expert, contactPointId: point.id }, em);
        expertIds[expert.name] = row.id;
        if (username) await account(username, expert.name, Role.EXPERT, point.id, row.id);
      }
      const units: Record<string, string> = {};
      const collectorIds: Record<string, string> = {};
      for (const { collectors, adminAccount, ...unit } of DEMO_UNITS) {
        const unitRow = await this.organization.addLiaisonUnit(
          actor,
          { ...unit, contactPointId: point.id },
          em,
        );
        units[unit.name] = unitRow.id;
        if (adminAccount)
          await account(adminAccount, `${unit.contactPerson}（${unit.name}）`, Role.UNIT_ADMIN, unitRow.id);
        for (const { account: username, ...collector } of collectors) {
          const row = await this.organization.addCollector(
            actor,
            { ...collector, liaisonUnitId: unitRow.id, activeFrom: '2022-04-01' },
            em,
          );
          if (username) await account(username, collector.name, Role.COLLECTOR, unitRow.id, row.id);
          collectorIds[collector.name] = row.id;
        }
      }
      await this.seedTasks(em, actor, legislature.id, point, { units, collectorIds, expertIds }, rounds);
    });
    // Opinions are recorded the way collectors and experts record them, through the opinion service, once the
    // organisation above is committed (the service reads assignments outside the seeding transaction).
    await this.seedOpinions(rounds);
    await this.seedPastYear();
    await this.seedFirstRounds(rounds);
    this.logger.log(`演示数据已写入（${Date.now() - started} ms）`);
  }

  /**
   * The two consultations of 2022 the report names, recorded as they happened: issued, distributed to experts, units
   * and collectors (their first round, one of the year's nine tasks); then their later round, on the 修改稿 the
   * legislature made after the first round (a second version of the draft), issued days before the seeding and open
   * for the walk-through; and the year's seven other tasks.
   */
  private async seedTasks(
    em: EntityManager,
    actor: Actor,
    legislatureId: string,
    point: ContactPointEntity,
    ids: {
      units: Record<string, string>;
      collectorIds: Record<string, string>;
      expertIds: Record<string, string>;
    },
    rounds: ReturnType<typeof openRounds>,
  ): Promise<void> {
    const consultations: Array<{
      title: string;
      subject: string;
      text: string;
      label: string;
      issuedAt: string;
      deadline: string;
      focusQuestions: string[];
      assignments: Array<{
        assigneeType: AssigneeType;
        assigneeId: string;
        provisionAddresses: string[];
        dueAt: string;
        note: string | null;
      }>;
      /** The later round, open now, on a new version (the 修改稿) of the draft its first round was sent with. */
      openRound?: boolean;
    }> = [
      {
        title: '重庆市养犬管理条例（草案）',
        subject: '养犬管理',
        text: DOG_DRAFT_TEXT,
        label: '2022年5月征求意见稿',
        issuedAt: '2022-05-09T09:00:00+08:00',
        deadline: '2022-05-24',
        focusQuestions: [
          '重点管理区“每户限养一只犬”的规定是否合理？',
          '犬链长度、携犬乘坐出租汽车等行为规范是否可行？',
          '对遗弃犬只的处罚幅度是否适当？',
        ],
        assignments: [
          {
            assigneeType: AssigneeType.EXPERT,
            assigneeId: ids.expertIds['赵志强'],
            // The whole draft: his annotations (demo-opinions.ts) stand on 第九条 and 第二十一条, and an expert annotates
            // only what was distributed to them.
            provisionAddresses: [],
            dueAt: '2022-05-19',
            note: '请通读全文，重点审查法律责任一章与上位法的衔接',
          },
          {
            assigneeType: AssigneeType.LIAISON_UNIT,
            assigneeId: ids.units['北碚区总工会'],
            provisionAddresses: [],
            dueAt: '2022-05-20',
            note: '请组织职工座谈会',
          },
          {
            assigneeType: AssigneeType.COLLECTOR,
            assigneeId: ids.collectorIds['杨帆'],
            provisionAddresses: ['art_8', 'art_9', 'art_13'],
            dueAt: '2022-05-18',
            note: '请走访小区养犬户',
          },
          {
            assigneeType: AssigneeType.LIAISON_UNIT,
            assigneeId: ids.units['施家梁镇'],
            provisionAddresses: [],
            dueAt: '2022-05-20',
            note: '请召开院坝会',
          },
        ],
      },
      {
        title: '重庆市慈善条例（草案）',
        subject: '慈善事业',
        text: CHARITY_DRAFT_TEXT,
        label: '2022年8月征求意见稿',
        issuedAt: '2022-08-15T09:00:00+08:00',
        deadline: '2022-08-29',
        focusQuestions: ['个人求助信息发布平台的查验责任应如何规定？', '社区慈善基金的设立和管理有何建议？'],
        assignments: [
          {
            assigneeType: AssigneeType.EXPERT,
            assigneeId: ids.expertIds['黄蕾'],
            provisionAddresses: ['chp_3', 'chp_6'],
            dueAt: '2022-08-24',
            note: null,
          },
          {
            // With 黄蕾, on the same chapters: his annotations on 第十二条 and 第十九条 (demo-opinions.ts) stand there.
            assigneeType: AssigneeType.EXPERT,
            assigneeId: ids.expertIds['赵志强'],
            provisionAddresses: ['chp_3', 'chp_6'],
            dueAt: '2022-08-24',
            note: null,
          },
          {
            assigneeType: AssigneeType.LIAISON_UNIT,
            assigneeId: ids.units['重庆缙云律师事务所'],
            provisionAddresses: ['chp_3', 'chp_7'],
            dueAt: '2022-08-25',
            note: '请从法律实务角度提出意见',
          },
          {
            assigneeType: AssigneeType.COLLECTOR,
            assigneeId: ids.collectorIds['杨帆'],
            provisionAddresses: ['art_19'],
            dueAt: '2022-08-25',
            note: null,
          },
        ],
      },
    ];
    // The later round of both, open for the walk-through: the same assignees, each due as long before the deadline.
    for (const key of ['dog', 'charity'] as const) {
      const first = consultations.find((c) => c.title === OPEN_ROUNDS[key].title)!;
      const round = rounds[key];
      consultations.push({
        ...first,
        text: OPEN_ROUNDS[key].text,
        label: revisionLabel(round.issuedAt),
        issuedAt: round.issuedAt.toISOString(),
        deadline: round.deadline,
        openRound: true,
        assignments: first.assignments.map((a) => ({
          ...a,
          dueAt: addDays(round.deadline, -daysBetween(a.dueAt, first.deadline)),
        })),
      });
    }
    // The rest of the point's 2022 year (demo-ledger-2022.ts): given to the expert team and the trade union.
    for (const past of PAST_CONSULTATIONS_2022) {
      consultations.push({
        ...past,
        focusQuestions: [],
        assignments: [
          {
            assigneeType: AssigneeType.EXPERT,
            assigneeId: ids.expertIds['赵志强'],
            provisionAddresses: [],
            dueAt: past.deadline,
            note: null,
          },
          {
            assigneeType: AssigneeType.LIAISON_UNIT,
            assigneeId: ids.units['北碚区总工会'],
            provisionAddresses: [],
            dueAt: past.deadline,
            note: null,
          },
        ],
      });
    }
    const draftOf = new Map<string, string>();
    for (const c of consultations) {
      // Recorded as it happened: drafted and issued on the day of the notice, distributed the next day. An open round's
      // 修改稿 is the same draft's next version, added on the day of its notice.
      const issuedAt = new Date(c.issuedAt);
      const task = await this.clock.recordingAt(issuedAt, async () => {
        let draftId = c.openRound ? draftOf.get(c.title) : undefined;
        if (!draftId) {
          draftId = (
            await this.drafts.createDraft(actor, { legislatureId, title: c.title, subject: c.subject }, em)
          ).id;
          draftOf.set(c.title, draftId);
        }
        const version = await this.drafts.addVersion(
          actor,
          { draftId, stage: DraftStage.SOLICITATION, label: c.label, text: c.text },
          em,
        );
        const versionId = version.id;
        const created = await this.tasks.create(
          actor,
          {
            draftVersionId: versionId,
            title: c.openRound
              ? `${OPEN_ROUND_TITLE_PREFIX}《${c.title}》修改意见的通知`
              : `关于征求《${c.title}》修改意见的通知`,
            noticeText: c.openRound
              ? `各基层立法联系点：\n《${c.title}》经初步修改，现再次印发给你们，请广泛征求意见，于 ${c.deadline} 前将意见建议汇总报送市人大常委会法制工作委员会。（演示数据：本轮的日期随演示数据写入之日计算）`
              : `各基层立法联系点：\n为提高立法质量，现将《${c.title}》印发给你们，请广泛征求意见，于 ${c.deadline} 前将意见建议汇总报送市人大常委会法制工作委员会。（演示数据）`,
            // A date in the demo's tables means the end of that day in Beijing, as a person would read it.
            deadline: parseDeadline(c.deadline, 'deadline'),
            focusQuestions: c.focusQuestions,
            contactPointIds: [point.id],
          },
          em,
        );
        return this.tasks.issue(actor, created.id, em);
      });
      await this.clock.recordingAt(new Date(issuedAt.getTime() + 24 * 3600_000), async () => {
        await this.tasks.distribute(
          actor,
          {
            taskId: task.id,
            contactPointId: point.id,
            assignments: c.assignments.map((a) => ({
              ...a,
              dueAt: parseDeadline(a.dueAt, 'dueAt'),
              note: a.note ?? undefined,
            })),
          },
          em,
        );
        await this.tasks.transition(
          actor,
          { taskId: task.id, contactPointId: point.id, to: PointTaskState.COLLECTING },
          em,
        );
      });
    }
  }

  /** Annotations of the expert team on both drafts, with a reply from the point head. */
  private async seedAnnotations(taskIds: Record<DemoOpinion['task'], string>): Promise<void> {
    const expert = await this.actorOf('expert');
    const head = await this.actorOf('head');
    for (const demo of DEMO_ANNOTATIONS) {
      const task = await this.tasks.mustFindTask(taskIds[demo.task]);
      const index = await this.drafts.versionIndex(task.draftVersionId);
      const text = index.anchorText(demo.provisionAddress) ?? '';
      const start = text.indexOf(demo.quote);
      if (start < 0) throw new Error(`demo annotation: "${demo.quote}" not in ${demo.provisionAddress}`);
      const annotation = await this.annotations.create(expert, {
        taskId: task.id,
        provisionAddress: demo.provisionAddress,
        start,
        end: start + demo.quote.length,
        note: demo.note,
        proposedWording: demo.proposedWording,
        legalBasis: demo.legalBasis,
      });
      if (demo.reply) await this.annotations.reply(head, { parentId: annotation.id, note: demo.reply });
    }
  }

  private async actorOf(username: string): Promise<Actor> {
    const account = await this.db.getRepository(AccountEntity).findOneByOrFail({ username });
    return (await this.accounts.loadActor(account.id, 'demo-seed'))!;
  }

  /**
   * The point's 2022 year after the report: seven more tasks taken all the way — opinions, consolidation, the head's
   * sign-off, submission, and the legislature's published decisions — so that the 2022 ledger reads 9 tasks, 6
   * suggestions adopted and 17 partly adopted. (The dog and charity drafts' first rounds are submitted undecided, below.)
   */
  private async seedPastYear(): Promise<void> {
    const legislature = await this.actorOf('legislature');
    const tasks = await this.db.getRepository(ConsultationTaskEntity).find();
    for (const past of PAST_CONSULTATIONS_2022) {
      const task = tasks.find((t) => t.title.includes(`《${past.title}》`))!;
      const { ref, submittedIds } = await this.submitRound(task, past.deadline, past.opinions);
      const outcomeOf = new Map(submittedIds.map((id, i) => [id, past.opinions[i]] as const));
      const { consolidation } = await this.consolidations.forReading(
        legislature,
        ref.taskId,
        ref.contactPointId,
      );
      const sources = await this.db
        .getRepository(SuggestionSourceEntity)
        .findBy({ consolidationId: consolidation.id, sourceType: SourceType.OPINION });
      // The legislature answers some weeks later, once the draft has gone through its reading.
      await this.clock.recordingAt(pastInstant(past.deadline, DECISIONS_AFTER_DAYS, '10:00'), async () => {
        for (const source of sources) {
          const demo: PastOpinion = outcomeOf.get(source.sourceId)!;
          await this.adoption.decide(legislature, {
            suggestionId: source.suggestionId,
            outcome: demo.outcome as AdoptionOutcome,
            reason: demo.outcomeReason,
          });
        }
        await this.adoption.publish(legislature, task.id);
      });
    }
  }

  /**
   * A past round taken to submission, as the point did it: each opinion recorded when it was gathered, then on the
   * deadline day the table drafted and signed off in the morning and sent in the afternoon. Returns the opinions' ids
   * in the order given.
   */
  private async submitRound(
    task: ConsultationTaskEntity,
    deadline: string,
    opinions: ReadonlyArray<Omit<PastOpinion, 'outcome' | 'outcomeReason'>>,
  ): Promise<{ ref: { taskId: string; contactPointId: string }; submittedIds: string[] }> {
    const [liaison, head] = await Promise.all(['liaison', 'head'].map((u) => this.actorOf(u)));
    const authors = {
      collector: await this.actorOf('collector'),
      expert: await this.actorOf('expert'),
      unit: await this.actorOf('unit'),
    };
    const [pointTask] = await this.tasks.visiblePointTasks(liaison, task);
    const ref = { taskId: task.id, contactPointId: pointTask.contactPointId };
    const submittedIds: string[] = [];
    for (const demo of opinions) {
      const { opinion } = await this.clock.recordingAt(new Date(demo.at), () =>
        this.opinions.submit(
          authors[demo.by],
          {
            taskId: task.id,
            provisionAddress: demo.provisionAddress ?? undefined,
            proposedChange: demo.proposedChange,
            reason: demo.reason,
            channel: demo.channel,
            peopleRepresented: demo.peopleRepresented ?? 1,
            tags: [],
            gatheredOn: demo.at.slice(0, 10),
            contributorCategory: demo.contributorCategory,
          },
          { budget: false },
        ),
      );
      submittedIds.push(opinion.id);
    }
    await this.clock.recordingAt(pastInstant(deadline, 0, '10:00'), async () => {
      await this.suggestions.draft(liaison, ref.taskId, ref.contactPointId);
      await this.consolidations.requestApproval(liaison, ref.taskId, ref.contactPointId);
    });
    await this.clock.recordingAt(pastInstant(deadline, 0, '15:00'), () =>
      this.consolidations.approve(head, ref.taskId, ref.contactPointId),
    );
    await this.clock.recordingAt(pastInstant(deadline, 0, '16:30'), () =>
      this.consolidations.submit(liaison, ref.taskId, ref.contactPointId),
    );
    return { ref, submittedIds };
  }

  /**
   * The first round (2022) of the dog-management and charity drafts, submitted by the point on its deadline; the
   * legislature took some suggestions up in the 修改稿 its open round is sent on, and has not decided on them yet. Their
   * 文本佐证 against the 修改稿 is computed as the version's follow-up job computes it when staff upload a version.
   */
  private async seedFirstRounds(rounds: ReturnType<typeof openRounds>): Promise<void> {
    const legislature = await this.actorOf('legislature');
    const tasks = await this.db.getRepository(ConsultationTaskEntity).find();
    for (const key of ['dog', 'charity'] as const) {
      const title = `《${OPEN_ROUNDS[key].title}》`;
      const first = tasks.find(
        (t) => t.title.includes(title) && !t.title.startsWith(OPEN_ROUND_TITLE_PREFIX),
      )!;
      const open = tasks.find((t) => t.title.includes(title) && t.title.startsWith(OPEN_ROUND_TITLE_PREFIX))!;
      await this.submitRound(
        first,
        chinaDate(first.deadline),
        FIRST_ROUND_OPINIONS.filter((o) => o.task === key),
      );
      await this.clock.recordingAt(rounds[key].issuedAt, () =>
        this.evidence.propose(legislature, first.id, open.draftVersionId),
      );
    }
  }

  /** The demo's opinions and annotations, on the open round, as long after its notice as after the first round's. */
  private async seedOpinions(rounds: ReturnType<typeof openRounds>): Promise<void> {
    const taskIds: Record<DemoOpinion['task'], string> = { dog: '', charity: '' };
    for (const task of await this.db.getRepository(ConsultationTaskEntity).find()) {
      if (!task.title.startsWith(OPEN_ROUND_TITLE_PREFIX)) continue;
      if (task.title.includes('养犬')) taskIds.dog = task.id;
      if (task.title.includes('慈善')) taskIds.charity = task.id;
    }
    await this.seedAnnotations(taskIds);
    for (const demo of DEMO_OPINIONS) {
      const author = await this.actorOf(demo.by);
      const round = rounds[demo.task];
      const at = new Date(
        round.issuedAt.getTime() + (new Date(demo.at).getTime() - round.firstIssuedAt.getTime()),
      );
      await this.clock.recordingAt(at, () =>
        this.opinions.submit(
          author,
          {
            taskId: taskIds[demo.task],
            provisionAddress: demo.provisionAddress ?? undefined,
            proposedChange: demo.proposedChange,
            reason: demo.reason,
            channel: demo.channel,
            peopleRepresented: demo.peopleRepresented ?? 1,
            tags: demo.tags ?? [],
            gatheredOn: chinaDate(at),
            place: demo.place,
            contributorCategory: demo.contributorCategory,
            contributorUnit: demo.contributorUnit,
            contributor: demo.contributor && {
              ...demo.contributor,
              consentText: '同意将姓名、电话用于核实意见和告知采纳结果，不对外公开',
              consentMethod: ConsentMethod.ORAL,
              minor: false,
            },
          },
          { budget: false },
        ),
      );
    }
    // 网上征集: the dog round's public link is open (the head's 征集活动 page shows its link and QR code), so a newcomer can
    // submit an opinion as a citizen would and look it up by its 回执号.
    await this.online.open(await this.actorOf('head'), {
      taskId: taskIds.dog,
      title: '扫码提意见：社区公告栏二维码',
    });
  }
}
