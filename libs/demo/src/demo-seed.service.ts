import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccountEntity, AccountService, Role, permissionsOf, type Actor } from '@app/identity';
import { AssigneeType, ConsultationTaskEntity, PointTaskState, TaskService } from '@app/consultation';
import { AnnotationService, ConsentMethod, OpinionService } from '@app/feedback';
import { DraftsService, DraftStage } from '@app/drafts';
import { OrganizationService, type ContactPointEntity } from '@app/organization';
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
import { CHARITY_DRAFT_TEXT, DOG_DRAFT_TEXT } from './demo-draft-texts.js';
import { DEMO_ANNOTATIONS, DEMO_OPINIONS, type DemoOpinion } from './demo-opinions.js';

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
    private readonly accounts: AccountService,
    private readonly organization: OrganizationService,
    private readonly drafts: DraftsService,
    private readonly tasks: TaskService,
    private readonly opinions: OpinionService,
    private readonly annotations: AnnotationService,
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
      ) =>
        this.organization.createAccount(
          actor,
          { username, password: DEMO_PASSWORD, displayName, role, organizationId, memberId },
          em,
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

      for (const { account: username, ...member } of DEMO_EXECUTIVES) {
        const row = await this.organization.addExecutiveMember(
          actor,
          { ...member, contactPointId: point.id },
          em,
        );
        if (username)
          await account(username, member.name, member.position as unknown as Role, point.id, row.id);
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
      await this.seedTasks(em, actor, legislature.id, point, { units, collectorIds, expertIds });
    });
    // Opinions are recorded the way collectors and experts record them, through the opinion service, once the
    // organisation above is committed (the service reads assignments outside the seeding transaction).
    await this.seedOpinions();
    this.logger.log(`演示数据已写入（${Date.now() - started} ms）`);
  }

  /**
   * The two consultations of 2022 the report names, recorded as they happened: issued, distributed to experts, units
   * and collectors, and collecting (later steps — submission, feedback — are the next domains' to record).
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
  ): Promise<void> {
    const consultations = [
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
            provisionAddresses: ['chp_5'],
            dueAt: '2022-05-19',
            note: '请重点审查法律责任一章与上位法的衔接',
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
    for (const c of consultations) {
      const draft = await this.drafts.createDraft(
        actor,
        { legislatureId, title: c.title, subject: c.subject },
        em,
      );
      const version = await this.drafts.addVersion(
        actor,
        { draftId: draft.id, stage: DraftStage.SOLICITATION, label: c.label, text: c.text },
        em,
      );
      const asOf = new Date(c.issuedAt);
      const task = await this.tasks.create(
        actor,
        {
          draftVersionId: version.id,
          title: `关于征求《${c.title}》修改意见的通知`,
          noticeText: `各基层立法联系点：\n为提高立法质量，现将《${c.title}》印发给你们，请广泛征求意见，于 ${c.deadline} 前将意见建议汇总报送市人大常委会法制工作委员会。（演示数据）`,
          deadline: c.deadline,
          focusQuestions: c.focusQuestions,
          contactPointIds: [point.id],
        },
        em,
        { asOf },
      );
      await this.tasks.issue(actor, task.id, em, { asOf });
      const dispatchedAt = new Date(asOf.getTime() + 24 * 3600_000);
      await this.tasks.distribute(
        actor,
        {
          taskId: task.id,
          contactPointId: point.id,
          assignments: c.assignments.map((a) => ({ ...a, note: a.note ?? undefined })),
        },
        em,
        { asOf: dispatchedAt },
      );
      await this.tasks.transition(
        actor,
        { taskId: task.id, contactPointId: point.id, to: PointTaskState.COLLECTING },
        em,
      );
    }
  }

  /** Annotations of the expert team on both drafts, with a reply from the point head. */
  private async seedAnnotations(taskIds: Record<DemoOpinion['task'], string>): Promise<void> {
    const actorOf = async (username: string) => {
      const account = await this.db.getRepository(AccountEntity).findOneByOrFail({ username });
      return (await this.accounts.loadActor(account.id, 'demo-seed'))!;
    };
    const expert = await actorOf('expert');
    const head = await actorOf('head');
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

  private async seedOpinions(): Promise<void> {
    const taskIds: Record<DemoOpinion['task'], string> = { dog: '', charity: '' };
    for (const task of await this.db.getRepository(ConsultationTaskEntity).find()) {
      taskIds[task.title.includes('养犬') ? 'dog' : 'charity'] = task.id;
    }
    await this.seedAnnotations(taskIds);
    const usernames = { collector: 'collector', expert: 'expert', unit: 'unit' } as const;
    for (const demo of DEMO_OPINIONS) {
      const account = await this.db
        .getRepository(AccountEntity)
        .findOneByOrFail({ username: usernames[demo.by] });
      const actor = (await this.accounts.loadActor(account.id, 'demo-seed'))!;
      await this.opinions.submit(
        actor,
        {
          taskId: taskIds[demo.task],
          provisionAddress: demo.provisionAddress ?? undefined,
          proposedChange: demo.proposedChange,
          reason: demo.reason,
          channel: demo.channel,
          peopleRepresented: demo.peopleRepresented ?? 1,
          tags: demo.tags ?? [],
          gatheredOn: demo.at.slice(0, 10),
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
        { asOf: new Date(demo.at) },
      );
    }
  }
}
