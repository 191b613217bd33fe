import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  In,
  type DataSource,
  type EntityManager,
  type EntityTarget,
  type FindOptionsWhere,
  type ObjectLiteral,
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
  toConnection,
  type Connection,
} from '@app/common';
import { AuditService } from '@app/audit';
import { findPage, inTransaction, loadByIds, loadChildPages, loadChildren, narrowScope } from '@app/database';
import {
  AccountService,
  EXECUTING_BODY_ROLES,
  ROLE_LABELS,
  ROLE_SCOPE,
  Role,
  isSystemAdmin,
  type Actor,
  type RoleGrant,
} from '@app/identity';

import {
  canManageContactPoint,
  canManagePointStructure,
  canReadLegislature,
  canReadPoint,
  grantRefusal,
  grantRefusalMessage,
  passwordResetRefusal,
  pointVisibility,
  revokeRefusal,
  roleOfPosition,
  standingRefusal,
  withinGrantScope,
  type PointRef,
} from './organization-access.js';
import {
  ContactPointEntity,
  ExecutiveMemberEntity,
  ExpertEntity,
  InformationCollectorEntity,
  LegislatureEntity,
  LiaisonUnitEntity,
} from './organization.entities.js';
import { ExecutivePosition, GrantRefusal } from './organization.enums.js';
import type {
  AddCollectorInput,
  AddExecutiveMemberInput,
  AddExpertInput,
  AddLiaisonUnitInput,
  ContactPointsArgs,
  CreateAccountInput,
  CreateContactPointInput,
  CreateLegislatureInput,
  UpdateLegislatureInput,
  UpdateCollectorInput,
  UpdateContactPointInput,
  UpdateExecutiveMemberInput,
  UpdateExpertInput,
  UpdateLiaisonUnitInput,
} from './organization.inputs.js';
import type { ConnectionArgs } from '@app/common';

interface Row {
  id: string;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** Labels for messages and the audit trail. */
const KINDS = {
  legislature: { label: '立法机关', type: 'Legislature', entity: LegislatureEntity },
  contactPoint: { label: '联系点', type: 'ContactPoint', entity: ContactPointEntity },
  executiveMember: { label: '执行机构成员', type: 'ExecutiveMember', entity: ExecutiveMemberEntity },
  expert: { label: '专家', type: 'Expert', entity: ExpertEntity },
  liaisonUnit: { label: '联系单位', type: 'LiaisonUnit', entity: LiaisonUnitEntity },
  collector: { label: '采集员', type: 'InformationCollector', entity: InformationCollectorEntity },
} as const;
type Kind = keyof typeof KINDS;

/**
 * The fields of a member record that change the standing of the person (and of the account linked to them): whether
 * they are in office, as what, and for which unit. Changing one is checked against the roles involved
 * (standingRefusal), not only against who may edit the structure.
 */
const STANDING_FIELDS: Record<Kind, readonly string[]> = {
  legislature: [],
  contactPoint: [],
  executiveMember: ['active', 'position'],
  expert: ['active'],
  liaisonUnit: [],
  collector: ['active', 'liaisonUnitId'],
};
type EntityOf<K extends Kind> = InstanceType<(typeof KINDS)[K]['entity']>;

/** The table of a kind, widened for TypeORM's generic calls (the row types are checked by the callers). */
function tableOf(kind: Kind): EntityTarget<ObjectLiteral> {
  return KINDS[kind].entity;
}

/** Drops the keys a partial update did not mention (TypeORM refuses `undefined` in some places). */
function defined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A role granted at a contact point, for whoever must be told (the point's head). */
export interface RoleGrantedNotice {
  recipientAccountIds: string[];
  grantedBy: string;
  account: { id: string; username: string; displayName: string };
  role: Role;
  contactPointId: string;
  contactPointName: string;
}

export type RoleGrantListener = (em: EntityManager, notice: RoleGrantedNotice) => Promise<void>;

/** An account's password set by someone else (resetAccountPassword), for its owner to be told. */
export interface PasswordResetNotice {
  accountId: string;
  resetBy: string;
  at: Date;
}

export type PasswordResetListener = (em: EntityManager, notice: PasswordResetNotice) => Promise<void>;

@Injectable()
export class OrganizationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly accounts: AccountService,
    private readonly clock: Clock,
  ) {}

  // ── reading ────────────────────────────────────────────────────────────────────────────────────────────────────

  async listLegislatures(actor: Actor, args: ConnectionArgs): Promise<Connection<LegislatureEntity>> {
    const window = pageWindow(args);
    const visibility = pointVisibility(actor);
    let where: FindOptionsWhere<LegislatureEntity> = {};
    if (!visibility.all) {
      const ids = [...new Set(actor.grants.flatMap((g) => (g.legislatureId ? [g.legislatureId] : [])))];
      where = { id: In(ids) };
    }
    const [rows, total] = await findPage(
      this.db.getRepository(LegislatureEntity),
      { where, order: { name: 'ASC' } },
      window,
    );
    return toConnection(rows, total, window);
  }

  async getLegislature(actor: Actor, id: string): Promise<LegislatureEntity> {
    return this.mustFindVisible(actor, 'legislature', id);
  }

  async listContactPoints(actor: Actor, args: ContactPointsArgs): Promise<Connection<ContactPointEntity>> {
    const window = pageWindow(args);
    const visibility = pointVisibility(actor);
    const filters: FindOptionsWhere<ContactPointEntity> = {};
    if (args.legislatureId) filters.legislatureId = args.legislatureId;
    if (!args.includeInactive) filters.active = true;
    const scopes: FindOptionsWhere<ContactPointEntity>[] = visibility.all
      ? [{}]
      : [
          ...(visibility.legislatureIds.length ? [{ legislatureId: In(visibility.legislatureIds) }] : []),
          ...(visibility.pointIds.length ? [{ id: In(visibility.pointIds) }] : []),
        ];
    const where = narrowScope(scopes, filters);
    if (where.length === 0) return toConnection([], 0, window);
    const [rows, total] = await findPage(
      this.db.getRepository(ContactPointEntity),
      { where, order: { name: 'ASC', id: 'ASC' } },
      window,
    );
    return toConnection(rows, total, window);
  }

  async getContactPoint(actor: Actor, id: string): Promise<ContactPointEntity> {
    return this.mustFindVisible(actor, 'contactPoint', id);
  }

  async getLiaisonUnit(actor: Actor, id: string): Promise<LiaisonUnitEntity> {
    return this.mustFindVisible(actor, 'liaisonUnit', id);
  }

  /** The expert and collector records linked to an account (an account may be both, in principle). */
  async membersOfAccount(
    accountId: string,
    em: EntityManager = this.db.manager,
  ): Promise<{ expertIds: string[]; collectorIds: string[] }> {
    // Read in the caller's transaction when there is one (on MariaDB a read outside it takes another pooled connection
    // while the transaction holds its own).
    const experts = await em.find(ExpertEntity, { select: { id: true }, where: { accountId } });
    const collectors = await em.find(InformationCollectorEntity, {
      select: { id: true },
      where: { accountId },
    });
    return { expertIds: experts.map((e) => e.id), collectorIds: collectors.map((c) => c.id) };
  }

  /**
   * A legislature's active contact points, by name: the rows of its ledger overview (one statement, one short row per
   * point, however many points it consults).
   */
  /**
   * The points a legislature's overview lists: its active points and these (those sent the year's tasks), deactivated
   * ones included, since a point deactivated later keeps the history its ledger shows. One statement.
   */
  async overviewPointsOf(
    legislatureId: string,
    ids: readonly string[],
  ): Promise<Array<{ id: string; name: string; active: boolean }>> {
    return this.db.getRepository(ContactPointEntity).find({
      select: { id: true, name: true, active: true },
      where: [{ legislatureId, active: true }, ...(ids.length ? [{ legislatureId, id: In([...ids]) }] : [])],
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  // ── batch loads for nested fields (DataLoader batch functions) ─────────────────────────────────────────────────

  async pointsByIds(ids: readonly string[]): Promise<(ContactPointEntity | undefined)[]> {
    return loadByIds(this.db, ContactPointEntity, ids);
  }

  async legislaturesByIds(ids: readonly string[]): Promise<(LegislatureEntity | undefined)[]> {
    return loadByIds(this.db, LegislatureEntity, ids);
  }

  /** How many active contact points each legislature designated: one GROUP BY per chunk of legislatures. */
  async activePointCountsByLegislature(legislatureIds: readonly string[]): Promise<number[]> {
    const counts = new Map<string, number>();
    for (const ids of chunk(legislatureIds)) {
      const rows = await this.db
        .getRepository(ContactPointEntity)
        .createQueryBuilder('p')
        .select('p.legislatureId', 'legislatureId')
        .addSelect('COUNT(*)', 'points')
        .where('p.legislatureId IN (:...ids)', { ids })
        .andWhere('p.active = :active', { active: true })
        .groupBy('p.legislatureId')
        .getRawMany<{ legislatureId: string; points: number | string }>();
      for (const row of rows) counts.set(row.legislatureId, Number(row.points));
    }
    return legislatureIds.map((id) => counts.get(id) ?? 0);
  }

  async unitsByIds(ids: readonly string[]): Promise<(LiaisonUnitEntity | undefined)[]> {
    return loadByIds(this.db, LiaisonUnitEntity, ids);
  }

  async collectorsByIds(ids: readonly string[]): Promise<(InformationCollectorEntity | undefined)[]> {
    return loadByIds(this.db, InformationCollectorEntity, ids);
  }

  /**
   * The point's units and collectors during a span of China dates (a year's evaluation lists each, with zeros where
   * they gathered nothing): its units in service (a unit records no dates of its own; one wound up still shows where
   * it has figures), and the collectors whose active period overlaps the span. By name.
   */
  async pointMembersDuring(
    contactPointId: string,
    from: string,
    to: string,
  ): Promise<{ units: LiaisonUnitEntity[]; collectors: InformationCollectorEntity[] }> {
    const units = await this.db.getRepository(LiaisonUnitEntity).findBy({ contactPointId, active: true });
    const collectors = (
      await this.db.getRepository(InformationCollectorEntity).findBy({ contactPointId })
    ).filter(
      (c) => c.activeFrom.slice(0, 10) <= to && (!c.activeUntil || c.activeUntil.slice(0, 10) >= from),
    );
    const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'zh-CN');
    return { units: units.sort(byName), collectors: collectors.sort(byName) };
  }

  executiveMembersByPoints(pointIds: readonly string[]): Promise<ExecutiveMemberEntity[][]> {
    return loadChildren(this.db, ExecutiveMemberEntity, 'contactPointId', pointIds, {
      where: { active: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The active head accounts of each point (a DataLoader's batch: the grant options of a page of points). */
  activeHeadsByPoints(pointIds: readonly string[]): Promise<string[][]> {
    return this.accounts.activeAccountsWithRoleAtPoints(Role.POINT_HEAD, pointIds);
  }

  expertPages(pointIds: readonly string[], args: ConnectionArgs & { includeInactive?: boolean }) {
    return this.childPages(ExpertEntity, 'contact_point_id', pointIds, args);
  }

  unitPages(pointIds: readonly string[], args: ConnectionArgs & { includeInactive?: boolean }) {
    return this.childPages(LiaisonUnitEntity, 'contact_point_id', pointIds, args);
  }

  collectorPagesByUnit(unitIds: readonly string[], args: ConnectionArgs & { includeInactive?: boolean }) {
    return this.childPages(InformationCollectorEntity, 'liaison_unit_id', unitIds, args);
  }

  collectorPagesByPoint(pointIds: readonly string[], args: ConnectionArgs & { includeInactive?: boolean }) {
    return this.childPages(InformationCollectorEntity, 'contact_point_id', pointIds, args);
  }

  private childPages<E extends Row>(
    entity: EntityTarget<E>,
    parentColumn: string,
    parentIds: readonly string[],
    args: ConnectionArgs & { includeInactive?: boolean },
  ): Promise<Connection<E>[]> {
    return loadChildPages(
      this.db,
      entity,
      parentIds,
      {
        parentColumn,
        orderBy: 'created_at, id',
        where: args.includeInactive ? undefined : 'active = :active',
        params: { active: true },
      },
      pageWindow(args),
    );
  }

  // ── changing ───────────────────────────────────────────────────────────────────────────────────────────────────

  async createLegislature(
    actor: Actor,
    input: CreateLegislatureInput,
    outer?: EntityManager,
  ): Promise<LegislatureEntity> {
    return inTransaction(this.db, outer, async (em) => {
      await this.assertUniqueLegislatureName(em, input.name);
      return this.insert(em, actor, 'legislature', { ...input, commission: input.commission ?? null });
    });
  }

  /** Name, region, level and working body; the name stays unique as on creation. */
  async updateLegislature(
    actor: Actor,
    input: UpdateLegislatureInput,
    outer?: EntityManager,
  ): Promise<LegislatureEntity> {
    // LEGISLATURE_MANAGE (system administrators only, as for createLegislature) is the whole authorisation.
    return this.update(
      outer,
      actor,
      'legislature',
      input,
      () => Promise.resolve(),
      async (em, legislature) => {
        if (input.name && input.name !== legislature.name)
          await this.assertUniqueLegislatureName(em, input.name);
      },
    );
  }

  async createContactPoint(
    actor: Actor,
    input: CreateContactPointInput,
    outer?: EntityManager,
  ): Promise<ContactPointEntity> {
    return inTransaction(this.db, outer, async (em) => {
      await this.mustFindVisible(actor, 'legislature', input.legislatureId, em);
      if (!canManageContactPoint(actor, input.legislatureId)) {
        throw new ForbiddenError('只有该立法机关的工作人员可以设立联系点');
      }
      await this.assertUniquePointName(em, input.legislatureId, input.name);
      return this.insert(em, actor, 'contactPoint', { ...input, address: input.address ?? null });
    });
  }

  async updateContactPoint(
    actor: Actor,
    input: UpdateContactPointInput,
    outer?: EntityManager,
  ): Promise<ContactPointEntity> {
    return this.update(outer, actor, 'contactPoint', input, async (em, point) => {
      if (!canManageContactPoint(actor, point.legislatureId))
        throw new ForbiddenError('只有该立法机关的工作人员可以修改联系点');
      if (input.name && input.name !== point.name)
        await this.assertUniquePointName(em, point.legislatureId, input.name);
    });
  }

  async addExecutiveMember(
    actor: Actor,
    input: AddExecutiveMemberInput,
    outer?: EntityManager,
  ): Promise<ExecutiveMemberEntity> {
    return inTransaction(this.db, outer, async (em) => {
      const point = await this.authorizeStructure(em, actor, input.contactPointId);
      // A record of the executing body is for whoever may grant its position, as a change of position is (review
      // SEC-1): a liaison officer's fake 点长 record blocked the real head (POINT_HEAD_EXISTS), and an administrator's
      // 副点长 at a point with its head went round the head's staffing.
      const role = roleOfPosition(input.position);
      const refusal = grantRefusal(
        actor,
        role,
        { legislatureId: point.legislatureId, contactPointId: point.id },
        { accountId: null, activeHeadAccountIds: await this.lockedActiveHeads(em, point.id) },
      );
      if (refusal)
        throw refusedGrant(
          refusal,
          refusal === GrantRefusal.NOT_GRANTABLE
            ? `无权添加${ROLE_LABELS[role]}：副点长和联络员由点长添加，点长由系统管理员添加`
            : grantRefusalMessage(refusal, role),
        );
      await this.assertOrganizationActive(em, { contactPointId: point.id }, '不能添加执行机构成员');
      if (input.position === ExecutivePosition.POINT_HEAD)
        await this.assertNoOtherHead(em, input.contactPointId, null);
      return this.insert(em, actor, 'executiveMember', {
        ...input,
        jobTitle: input.jobTitle ?? null,
        phone: input.phone ?? null,
        accountId: null,
      });
    });
  }

  async updateExecutiveMember(
    actor: Actor,
    input: UpdateExecutiveMemberInput,
    outer?: EntityManager,
  ): Promise<ExecutiveMemberEntity> {
    return this.update(
      outer,
      actor,
      'executiveMember',
      input,
      (em, member) => this.authorizeStructure(em, actor, member.contactPointId),
      // After the standing check: a caller who may not name a head is told so, not that there is one already.
      async (em, member) => {
        const becomesHead =
          (input.position ?? member.position) === ExecutivePosition.POINT_HEAD &&
          (input.active ?? member.active);
        if (becomesHead) await this.assertNoOtherHead(em, member.contactPointId, member.id);
      },
    );
  }

  async addExpert(actor: Actor, input: AddExpertInput, outer?: EntityManager): Promise<ExpertEntity> {
    return inTransaction(this.db, outer, async (em) => {
      await this.authorizeStructure(em, actor, input.contactPointId);
      await this.assertOrganizationActive(em, { contactPointId: input.contactPointId }, '不能添加专家');
      return this.insert(em, actor, 'expert', {
        ...input,
        title: input.title ?? null,
        phone: input.phone ?? null,
        accountId: null,
      });
    });
  }

  async updateExpert(actor: Actor, input: UpdateExpertInput, outer?: EntityManager): Promise<ExpertEntity> {
    return this.update(outer, actor, 'expert', input, (em, expert) =>
      this.authorizeStructure(em, actor, expert.contactPointId),
    );
  }

  async addLiaisonUnit(
    actor: Actor,
    input: AddLiaisonUnitInput,
    outer?: EntityManager,
  ): Promise<LiaisonUnitEntity> {
    return inTransaction(this.db, outer, async (em) => {
      await this.authorizeStructure(em, actor, input.contactPointId);
      await this.assertOrganizationActive(em, { contactPointId: input.contactPointId }, '不能添加联系单位');
      await this.assertUniqueUnitName(em, input.contactPointId, input.name);
      return this.insert(em, actor, 'liaisonUnit', {
        ...input,
        address: input.address ?? null,
        contactPerson: input.contactPerson ?? null,
        contactPhone: input.contactPhone ?? null,
      });
    });
  }

  async updateLiaisonUnit(
    actor: Actor,
    input: UpdateLiaisonUnitInput,
    outer?: EntityManager,
  ): Promise<LiaisonUnitEntity> {
    return this.update(outer, actor, 'liaisonUnit', input, async (em, unit) => {
      await this.authorizeStructure(em, actor, unit.contactPointId);
      if (input.name && input.name !== unit.name)
        await this.assertUniqueUnitName(em, unit.contactPointId, input.name);
      if (input.active === false && unit.active) {
        const activeCollectors = await em.countBy(InformationCollectorEntity, {
          liaisonUnitId: unit.id,
          active: true,
        });
        if (activeCollectors > 0) {
          throw new ConflictError(
            'UNIT_HAS_ACTIVE_COLLECTORS',
            `该单位还有 ${activeCollectors} 名在任采集员，请先停用或调整到其他单位后再停用该单位`,
            { activeCollectors },
          );
        }
      }
    });
  }

  async addCollector(
    actor: Actor,
    input: AddCollectorInput,
    outer?: EntityManager,
  ): Promise<InformationCollectorEntity> {
    return inTransaction(this.db, outer, async (em) => {
      const unit = await this.mustFindVisible(actor, 'liaisonUnit', input.liaisonUnitId, em);
      await this.authorizeStructure(em, actor, unit.contactPointId);
      await this.assertOrganizationActive(em, { contactPointId: unit.contactPointId }, '不能添加采集员');
      if (!unit.active)
        throw new ConflictError('UNIT_INACTIVE', `联系单位“${unit.name}”已停用，不能添加采集员`);
      return this.insert(em, actor, 'collector', {
        ...input,
        contactPointId: unit.contactPointId,
        phone: input.phone ?? null,
        activeFrom: input.activeFrom ?? chinaDate(this.clock.now()),
        activeUntil: null,
        accountId: null,
      });
    });
  }

  async updateCollector(
    actor: Actor,
    input: UpdateCollectorInput,
    outer?: EntityManager,
  ): Promise<InformationCollectorEntity> {
    const patch: Partial<InformationCollectorEntity> & { id: string } = { ...input };
    if (input.active === false) patch.activeUntil = chinaDate(this.clock.now());
    if (input.active === true) patch.activeUntil = null;
    return this.update(outer, actor, 'collector', patch, async (em, collector) => {
      await this.authorizeStructure(em, actor, collector.contactPointId);
      if (input.liaisonUnitId && input.liaisonUnitId !== collector.liaisonUnitId) {
        // Another point's unit answers as a missing one (it is outside the caller's scope).
        const unit = await this.mustFindVisible(actor, 'liaisonUnit', input.liaisonUnitId, em);
        if (unit.contactPointId !== collector.contactPointId) {
          throw BadInputError.field(
            'input.liaisonUnitId',
            '只能调整到本联系点的联系单位',
            'UNIT_OF_OTHER_POINT',
          );
        }
        if (!unit.active) throw new ConflictError('UNIT_INACTIVE', `联系单位“${unit.name}”已停用`);
      }
    });
  }

  /**
   * Creates an account and its role, optionally linked to a registered member, in one transaction. `tellHead: false`
   * only for setting up a point from scratch (the demo), where the head would be told of its own team's creation.
   */
  async createAccount(
    actor: Actor,
    input: CreateAccountInput,
    outer?: EntityManager,
    options: { tellHead?: boolean } = {},
  ) {
    return inTransaction(this.db, outer, async (em) => {
      const grant = await this.resolveGrant(em, actor, input.role, input.organizationId ?? null);
      // The scope first, before any lock: a caller who may never grant this role is told so at once.
      if (!withinGrantScope(actor, input.role, grant)) {
        throw refusedGrant(
          GrantRefusal.NOT_GRANTABLE,
          grant.contactPointId
            ? '联系点的角色只能由系统管理员或该联系点的点长授予（联络员可为专家、单位和采集员开通账号）'
            : '无权在该组织中创建此角色的账号',
        );
      }
      const heads = grant.contactPointId ? await this.lockedActiveHeads(em, grant.contactPointId) : [];
      // A new account is nobody's own yet (SELF_GRANT concerns existing accounts: reactivation, a member's standing).
      const refusal = grantRefusal(actor, input.role, grant, {
        accountId: null,
        activeHeadAccountIds: heads,
      });
      if (refusal) throw refusedGrant(refusal, grantRefusalMessage(refusal, input.role));
      await this.assertOrganizationActive(em, grant, '不能开通新账号');
      // The member is checked first: their name and phone are what the password may not be built on.
      const link = input.memberId ? await this.memberToLink(em, actor, input.memberId, grant) : null;
      const account = await this.accounts.create(em, {
        username: input.username,
        password: input.password,
        displayName: input.displayName,
        grants: [grant],
        person: link ? { names: [link.member.name], phones: [link.member.phone] } : undefined,
      });
      if (link) await em.update(link.entity, { id: link.member.id }, { accountId: account.id });
      await this.audit.record(em, actor, {
        action: 'account.create',
        entityType: 'Account',
        entityId: account.id,
        after: {
          username: account.username,
          displayName: account.displayName,
          grant,
          memberId: input.memberId ?? null,
        },
      });
      if (grant.contactPointId && options.tellHead !== false)
        await this.tellHeadsOfGrant(em, actor, account, grant);
      return account;
    });
  }

  /**
   * The names and phones of the member records linked to an account (executive member, expert, collector): what a new
   * password may not be built on (AccountService.verifyPasswordChange).
   */
  async personOfAccount(accountId: string): Promise<{ names: string[]; phones: Array<string | null> }> {
    const kinds = ['executiveMember', 'expert', 'collector'] as const;
    const rows = (
      await Promise.all(
        kinds.map((kind) =>
          this.db
            .getRepository(KINDS[kind].entity)
            .find({ where: { accountId }, select: { name: true, phone: true } }),
        ),
      )
    ).flat();
    return { names: rows.map((r) => r.name), phones: rows.map((r) => r.phone) };
  }

  /**
   * Keeps the linked account's grant in step with its member record, inside the record's transaction: a collector moved
   * to another unit (updateCollector's liaisonUnitId) holds COLLECTOR for the new unit, an executive member given
   * another position (updateExecutiveMember's position) holds the new position's role. Before, the record moved and
   * the grant stayed: the account kept reading the old unit's tasks, drafts and 我的任务 while its submissions followed
   * the record (attack notes F3), and a head made deputy kept the head's rights.
   *
   * The sessions stay signed in (no credential version bump): a token carries no grants, every request reads them
   * through AccountCache, which setGrants empties in this transaction and again at its commit — so the old unit's or
   * position's data is refused from the very next request, while a collector mid-work keeps the page and the offline
   * queue (待同步), whose opinions are then checked against the new unit like any submission. Audited as
   * `account.regrant`, with the grants before and after.
   */
  private async regrantLinkedAccount(
    em: EntityManager,
    actor: Actor,
    kind: Kind,
    row: Record<string, unknown>,
    changes: Record<string, unknown>,
    accountId: string,
  ): Promise<void> {
    let moves: ((g: RoleGrant) => RoleGrant | null) | null = null;
    if (kind === 'collector' && typeof changes.liaisonUnitId === 'string') {
      const from = row.liaisonUnitId as string;
      const to = changes.liaisonUnitId;
      moves = (g) =>
        g.role === Role.COLLECTOR && g.liaisonUnitId === from ? { ...g, liaisonUnitId: to } : null;
    } else if (kind === 'executiveMember' && typeof changes.position === 'string') {
      const from = roleOfPosition(row.position as ExecutivePosition);
      const to = roleOfPosition(changes.position as ExecutivePosition);
      const point = row.contactPointId as string;
      moves = (g) => (g.role === from && g.contactPointId === point ? { ...g, role: to } : null);
    }
    if (!moves) return;
    const move = moves;
    const before = await this.accounts.grantsOf(accountId, em);
    const moved = before.map((g) => move(g));
    if (!moved.some(Boolean)) return;
    const after: RoleGrant[] = [];
    for (const grant of before.map((g, i) => moved[i] ?? g)) {
      if (!after.some((g) => sameGrant(g, grant))) after.push(grant);
    }
    await this.accounts.setGrants(em, accountId, after);
    const account = await this.accounts.findById(accountId, em);
    await this.audit.record(em, actor, {
      action: 'account.regrant',
      entityType: 'Account',
      entityId: accountId,
      before: { username: account?.username ?? null, grants: before },
      after: {
        username: account?.username ?? null,
        grants: after,
        memberType: KINDS[kind].type,
        memberId: row.id as string,
      },
    });
    // A new role at the point reaches its head(s), as a new account's does (a unit move keeps the role).
    if (kind === 'executiveMember' && account) {
      for (const grant of moved) if (grant) await this.tellHeadsOfGrant(em, actor, account, grant);
    }
  }

  /** Activates or deactivates an account (and audits it) inside the caller's transaction. */
  private async setLinkedAccountActive(
    em: EntityManager,
    actor: Actor,
    accountId: string,
    active: boolean,
  ): Promise<void> {
    const account = await this.accounts.findById(accountId, em);
    if (!account || account.active === active) return;
    // Identity also refuses every token issued before, so a reactivated account's old tokens stay dead.
    await this.accounts.setActive(em, accountId, active);
    await this.audit.record(em, actor, {
      action: active ? 'account.reactivate' : 'account.deactivate',
      entityType: 'Account',
      entityId: accountId,
      before: { username: account.username, active: account.active },
      after: { username: account.username, active },
    });
  }

  /**
   * Deactivates or reactivates an account. Allowed to whoever could grant every role the account holds (so a point head
   * manages their point's collectors' accounts); reactivating is a grant again (grantRefusal), so an administrator
   * switches a deputy head or liaison officer back on only at a point without an active head.
   */
  async setAccountActive(actor: Actor, accountId: string, active: boolean) {
    return this.db.transaction(async (em) => {
      const account = await this.accounts.findById(accountId, em);
      const grants = account ? await this.accounts.grantsOf(accountId, em) : [];
      if (!account || !accountVisible(actor, account.id, grants)) throw accountNotFound(accountId, account);
      if (account.id === actor.accountId)
        throw new ConflictError('CANNOT_DEACTIVATE_SELF', '不能停用自己的账号');
      // Switching off takes every role away: whoever could grant them within their scope (an administrator always, so a
      // compromised point can be stopped). Switching back on grants them again, under the rules of a grant: one active
      // head per point, and the executing body below the head staffed by its head once there is one.
      const reactivates = active && !account.active;
      for (const g of grants) {
        const heads =
          reactivates && g.contactPointId && EXECUTING_BODY_ROLES.includes(g.role)
            ? await this.lockedActiveHeads(em, g.contactPointId)
            : [];
        const refusal = reactivates
          ? grantRefusal(actor, g.role, g, { accountId, activeHeadAccountIds: heads })
          : revokeRefusal(actor, g.role, g, accountId);
        if (refusal)
          throw refusedGrant(
            refusal,
            refusal === GrantRefusal.NOT_GRANTABLE ? '无权管理该账号' : grantRefusalMessage(refusal, g.role),
          );
      }
      // Within the caller's rights, and yet: nobody comes back at a switched-off point or unit.
      if (reactivates) for (const g of grants) await this.assertOrganizationActive(em, g, '不能启用其账号');
      await this.setLinkedAccountActive(em, actor, accountId, active);
      return { ...account, active };
    });
  }

  /**
   * Sets a temporary password on another person's account, for one who forgot theirs. Allowed to whoever may grant
   * every role the account holds (passwordResetRefusal: the rules of a grant, since the caller can then sign in as the
   * account); never one's own account (修改密码), never an inactive one. The password passes the policy as an initial
   * one does; every session of the account is signed out at once (credential version), the reset is audited (never the
   * password) and the account's owner finds a notification in their inbox.
   */
  async resetAccountPassword(actor: Actor, accountId: string, password: string) {
    // Read before the transaction: only what the password may not be built on (names, phones of linked records).
    const person = await this.personOfAccount(accountId);
    return this.db.transaction(async (em) => {
      const account = await this.accounts.findById(accountId, em);
      const grants = account ? await this.accounts.grantsOf(accountId, em) : [];
      if (!account || !accountVisible(actor, account.id, grants)) throw accountNotFound(accountId, account);
      if (account.id === actor.accountId)
        throw refusedGrant(GrantRefusal.SELF_GRANT, '不能重置自己的密码：请在“修改密码”中修改');
      if (!account.active)
        throw new ConflictError(
          'ACCOUNT_INACTIVE',
          '该账号已停用，不能重置密码：如需恢复使用，请先重新启用该账号',
        );
      const heads = new Map<string, string[]>();
      for (const pointId of new Set(grants.flatMap((g) => (g.contactPointId ? [g.contactPointId] : []))))
        heads.set(pointId, await this.lockedActiveHeads(em, pointId));
      const refused = passwordResetRefusal(actor, accountId, grants, (id) => heads.get(id) ?? []);
      if (refused) {
        throw refusedGrant(
          refused.refusal,
          refused.refusal === GrantRefusal.NOT_GRANTABLE || !refused.role
            ? '无权重置该账号的密码：只有可以为该账号授予其全部角色的人员才能重置'
            : `无权重置该账号的密码：${grantRefusalMessage(refused.refusal, refused.role)}`,
        );
      }
      await this.accounts.resetPassword(em, account, password, person);
      await this.audit.record(em, actor, {
        action: 'account.password_reset',
        entityType: 'Account',
        entityId: accountId,
        after: { username: account.username, signedOutEverywhere: true },
      });
      const at = this.clock.now();
      for (const listener of this.passwordResetListeners)
        await listener(em, { accountId, resetBy: actor.displayName, at });
      return account;
    });
  }

  /** Who hears of a password reset (the account's owner, in the inbox): registered by the consultation domain. */
  onPasswordReset(listener: PasswordResetListener): void {
    this.passwordResetListeners.push(listener);
  }

  private readonly passwordResetListeners: PasswordResetListener[] = [];

  /**
   * Who hears of a grant at a point: the inbox lives in the consultation domain, which depends on this one, so it
   * registers here (no cycle). Listeners run inside the granting transaction.
   */
  onRoleGranted(listener: RoleGrantListener): void {
    this.grantListeners.push(listener);
  }

  private readonly grantListeners: RoleGrantListener[] = [];

  /** The active accounts holding POINT_HEAD at a point. */
  async activeHeadAccountIds(em: EntityManager, contactPointId: string): Promise<string[]> {
    return this.accounts.accountIdsWithRole([Role.POINT_HEAD], { contactPointId }, em);
  }

  /**
   * The point's active heads, read for a grant there: after lockPoint, and as a locking read, so that a head granted by
   * the transaction waited for is seen (the snapshot, taken at the transaction's first read, predates it: four heads
   * asked for at once on MariaDB all landed). One active head per point and who staffs the executing body follow.
   */
  private async lockedActiveHeads(em: EntityManager, contactPointId: string): Promise<string[]> {
    await this.lockPoint(em, contactPointId);
    return this.accounts.accountIdsWithRole([Role.POINT_HEAD], { contactPointId }, em, true);
  }

  /**
   * Serialises grants at one point (SQLite already runs one write transaction at a time). On MySQL/MariaDB the point's
   * row is written, not only locked: a Galera cluster certifies the rows a transaction writes, never its locking
   * reads, so with SELECT … FOR UPDATE two grants through two nodes each saw no head and both committed (two heads).
   * The row is flipped and flipped back: unchanged when committed, but in the transaction's write set, so the second
   * grant to commit fails certification and runs again (retryConflicts), then finds the first head. On one server the
   * first UPDATE takes the same row lock as FOR UPDATE did.
   */
  private async lockPoint(em: EntityManager, contactPointId: string): Promise<void> {
    if (em.connection.options.type === 'better-sqlite3') return;
    for (let i = 0; i < 2; i++)
      await em.query('UPDATE contact_point SET active = NOT active WHERE id = ?', [contactPointId]);
  }

  /** Every grant at a point reaches its head(s) — the audit record is written by the caller. */
  private async tellHeadsOfGrant(
    em: EntityManager,
    actor: Actor,
    account: { id: string; username: string; displayName: string },
    grant: RoleGrant,
  ): Promise<void> {
    const others = (ids: string[]) => ids.filter((id) => id !== actor.accountId && id !== account.id);
    let headIds = others(await this.activeHeadAccountIds(em, grant.contactPointId!));
    // No head in office: those who held it (switched off) find it in their inbox if they are switched back on — an
    // administrator could otherwise switch the head off, staff the point and switch the head on unseen (review SEC-2).
    if (!headIds.length)
      headIds = others(
        await this.accounts.accountIdsWithRole(
          [Role.POINT_HEAD],
          { contactPointId: grant.contactPointId! },
          em,
          false,
          true,
        ),
      );
    if (!headIds.length) return;
    const point = await this.mustFind('contactPoint', grant.contactPointId!, em);
    for (const listener of this.grantListeners) {
      await listener(em, {
        recipientAccountIds: headIds,
        grantedBy: actor.displayName,
        account,
        role: grant.role,
        contactPointId: point.id,
        contactPointName: point.name,
      });
    }
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────────────────────────

  /** The grant a role at an organisation makes; an organisation outside the caller's scope answers as missing. */
  private async resolveGrant(
    em: EntityManager,
    actor: Actor,
    role: Role,
    organizationId: string | null,
  ): Promise<RoleGrant> {
    const scope = ROLE_SCOPE[role];
    const none = { legislatureId: null, contactPointId: null, liaisonUnitId: null };
    if (scope === 'SYSTEM') {
      if (organizationId)
        throw BadInputError.field(
          'input.organizationId',
          '系统管理员不属于任何组织，请不要填写所属组织',
          'SCOPE_MISMATCH',
        );
      return { role, ...none };
    }
    if (!organizationId)
      throw BadInputError.field('input.organizationId', '请填写该角色所属的组织 ID', 'SCOPE_MISSING');
    if (scope === 'LEGISLATURE') {
      await this.mustFindVisible(actor, 'legislature', organizationId, em);
      return { role, ...none, legislatureId: organizationId };
    }
    if (scope === 'CONTACT_POINT') {
      const point = await this.mustFindVisible(actor, 'contactPoint', organizationId, em);
      return { role, ...none, legislatureId: point.legislatureId, contactPointId: point.id };
    }
    const unit = await this.mustFindVisible(actor, 'liaisonUnit', organizationId, em);
    const point = await this.mustFind('contactPoint', unit.contactPointId, em);
    return { role, legislatureId: point.legislatureId, contactPointId: point.id, liaisonUnitId: unit.id };
  }

  /**
   * Throws CONTACT_POINT_INACTIVE / UNIT_INACTIVE when the point, or the unit, was switched off (停用), `refusal` saying
   * what is refused (联系点“…”已停用，<refusal>). The one rule for both sides of it: nothing new is written there
   * (TaskService.assertPointActive: opinions, sheets, annotations, activities) and nobody new is put there (this
   * service: a new account or member record, a record or account switched back on, a new position). Switching people
   * off stays open.
   */
  async assertActive(
    at: { contactPointId?: string | null; liaisonUnitId?: string | null },
    refusal: string,
    em: EntityManager = this.db.manager,
  ): Promise<void> {
    if (at.contactPointId) {
      const point = await this.mustFind('contactPoint', at.contactPointId, em);
      if (!point.active)
        throw new ConflictError('CONTACT_POINT_INACTIVE', `联系点“${point.name}”已停用，${refusal}`);
    }
    if (at.liaisonUnitId) {
      const unit = await this.mustFind('liaisonUnit', at.liaisonUnitId, em);
      if (!unit.active) throw new ConflictError('UNIT_INACTIVE', `联系单位“${unit.name}”已停用，${refusal}`);
    }
  }

  /** assertActive for putting someone at the point or unit: the refusal says how to get them there. */
  private assertOrganizationActive(
    em: EntityManager,
    at: { contactPointId?: string | null; liaisonUnitId?: string | null },
    what: string,
  ): Promise<void> {
    return this.assertActive(at, `${what}；如需恢复，请先将其启用`, em);
  }

  /**
   * The member record a new account is to be linked to (the caller links it once the account exists), with its table.
   * The record must match the grant, since the record decides the
   * person's standings (whose opinions, which unit's ledger) and the grant their access: an executive role only an
   * executive member of that position, an expert an expert, a collector a collector of the granted unit — all at the
   * grant's point. A unit's administrator, the legislature's staff and administrators are no member of the point.
   */
  private async memberToLink(em: EntityManager, actor: Actor, memberId: string, grant: RoleGrant) {
    const position = (Object.values(ExecutivePosition) as string[]).includes(grant.role)
      ? (grant.role as unknown as ExecutivePosition)
      : null;
    const kind: Kind | null =
      grant.role === Role.EXPERT
        ? 'expert'
        : grant.role === Role.COLLECTOR
          ? 'collector'
          : position
            ? 'executiveMember'
            : null;
    if (!kind)
      throw BadInputError.field(
        'input.memberId',
        `${ROLE_LABELS[grant.role]}不对应联系点的成员记录，请不要填写关联成员`,
        'MEMBER_ROLE_MISMATCH',
      );
    const entity = KINDS[kind].entity as EntityTarget<{
      id: string;
      contactPointId: string;
      accountId: string | null;
      name: string;
      position?: ExecutivePosition;
      liaisonUnitId?: string;
      phone: string | null;
    }>;
    const member = await em.findOneBy(entity, { id: memberId });
    if (!member) throw new NotFoundError(KINDS[kind].label, memberId);
    if (member.contactPointId !== grant.contactPointId) {
      // Another point's record, to a caller who may not read that point, answers as a missing one (no oracle).
      if (!(await this.visible(actor, kind, member as unknown as EntityOf<typeof kind>, em)))
        throw new NotFoundError(KINDS[kind].label, memberId).concealing('OUT_OF_SCOPE');
      throw BadInputError.field('input.memberId', '成员不属于该角色所在的联系点', 'MEMBER_OF_OTHER_POINT');
    }
    if (position && member.position !== position)
      throw BadInputError.field(
        'input.memberId',
        `“${member.name}”的职务与所授角色（${ROLE_LABELS[grant.role]}）不符，请先调整其职务或选择对应的成员`,
        'MEMBER_ROLE_MISMATCH',
      );
    if (kind === 'collector' && member.liaisonUnitId !== grant.liaisonUnitId)
      throw BadInputError.field(
        'input.memberId',
        `采集员“${member.name}”不属于所选的联系单位，请选择该单位的采集员`,
        'MEMBER_OF_OTHER_UNIT',
      );
    if (member.accountId) throw new ConflictError('MEMBER_HAS_ACCOUNT', '该成员已关联账号');
    return { entity, member };
  }

  private async authorizeStructure(
    em: EntityManager,
    actor: Actor,
    contactPointId: string,
  ): Promise<PointRef> {
    const point = await this.mustFindVisible(actor, 'contactPoint', contactPointId, em);
    if (!canManagePointStructure(actor, point)) {
      throw new ForbiddenError('只有本联系点的点长或联络员可以调整联系点的组成');
    }
    return point;
  }

  /**
   * A change of standing (STANDING_FIELDS) is for whoever could grant every role involved: the linked account's grants —
   * the account goes off and on with the record — and an executive member's position before and after. So a liaison
   * officer, who edits the structure, cannot switch off the head's or a deputy's account, nor make anyone 点长.
   */
  private async authorizeStanding(
    em: EntityManager,
    actor: Actor,
    kind: Kind,
    row: Record<string, unknown>,
    changes: Record<string, unknown>,
  ): Promise<void> {
    const accountId = typeof row.accountId === 'string' ? row.accountId : null;
    const accountRoles = accountId ? (await this.accounts.grantsOf(accountId, em)).map((g) => g.role) : [];
    const before = kind === 'executiveMember' ? [roleOfPosition(row.position as ExecutivePosition)] : [];
    const after = changes.position ? [roleOfPosition(changes.position as ExecutivePosition)] : before;
    const all = [...new Set([...accountRoles, ...before, ...after])];
    // Off: every role goes. On: every role comes back. Another position or unit: the old position goes, the new one
    // and the account's roles stand (again) under the new standing.
    const change =
      changes.active === false
        ? { accountId, revoked: all, granted: [] }
        : changes.active === true
          ? { accountId, revoked: [], granted: all }
          : {
              accountId,
              revoked: changes.position ? before : [],
              granted: [...new Set([...accountRoles, ...(changes.position ? after : [])])],
            };
    // Switched back on, or given a new position: a grant, which a switched-off point or unit takes none of.
    if (changes.active === true || changes.position)
      await this.assertOrganizationActive(
        em,
        {
          contactPointId: row.contactPointId as string,
          liaisonUnitId: kind === 'collector' ? (row.liaisonUnitId as string) : null,
        },
        changes.active === true ? '不能启用其成员' : '不能调整其成员的职务',
      );
    if (all.length === 0) return;
    const point = await this.mustFind('contactPoint', row.contactPointId as string, em);
    const heads = change.granted.some((r) => EXECUTING_BODY_ROLES.includes(r))
      ? await this.lockedActiveHeads(em, point.id)
      : [];
    const refused = standingRefusal(
      actor,
      change,
      { legislatureId: point.legislatureId, contactPointId: point.id },
      heads,
    );
    if (!refused) return;
    const who = `${KINDS[kind].label}“${String(row.name)}”`;
    const messages: Record<GrantRefusal, string> = {
      [GrantRefusal.SELF_GRANT]: `不能改变自己的任职：${who}关联的是您正在使用的账号，请由其他有权授予该角色的人员办理`,
      [GrantRefusal.NOT_GRANTABLE]:
        kind === 'executiveMember'
          ? `无权停用、启用或调整${who}的职务：副点长和联络员由点长调整，点长由系统管理员调整`
          : `无权停用、启用或调动${who}：其关联账号的角色不在您可授予的范围内`,
      [GrantRefusal.POINT_HAS_HEAD]: `不能启用或调整${who}：${grantRefusalMessage(GrantRefusal.POINT_HAS_HEAD, refused.role)}`,
      [GrantRefusal.POINT_HEAD_EXISTS]: '该联系点已有在任点长：请先停用原点长或调整其职务',
      [GrantRefusal.POINT_INACTIVE]: grantRefusalMessage(GrantRefusal.POINT_INACTIVE, refused.role),
    };
    throw refusedGrant(refused.refusal, messages[refused.refusal]);
  }

  private async assertNoOtherHead(
    em: EntityManager,
    contactPointId: string,
    exceptId: string | null,
  ): Promise<void> {
    const heads = await em.findBy(ExecutiveMemberEntity, {
      contactPointId,
      position: ExecutivePosition.POINT_HEAD,
      active: true,
    });
    if (heads.some((h) => h.id !== exceptId)) {
      throw new ConflictError('POINT_HEAD_EXISTS', '该联系点已有在任点长：请先停用原点长或调整其职务');
    }
  }

  private async assertUniqueLegislatureName(em: EntityManager, name: string): Promise<void> {
    if (await em.existsBy(LegislatureEntity, { name })) {
      throw new ConflictError('LEGISLATURE_EXISTS', `立法机关“${name}”已存在`, { field: 'input.name' });
    }
  }

  private async assertUniquePointName(em: EntityManager, legislatureId: string, name: string): Promise<void> {
    if (await em.existsBy(ContactPointEntity, { legislatureId, name })) {
      throw new ConflictError('CONTACT_POINT_EXISTS', `该立法机关已有名为“${name}”的联系点`, {
        field: 'input.name',
      });
    }
  }

  private async assertUniqueUnitName(em: EntityManager, contactPointId: string, name: string): Promise<void> {
    if (await em.existsBy(LiaisonUnitEntity, { contactPointId, name })) {
      throw new ConflictError('LIAISON_UNIT_EXISTS', `本联系点已有名为“${name}”的联系单位`, {
        field: 'input.name',
      });
    }
  }

  async mustFind<K extends Kind>(
    kind: K,
    id: string,
    em: EntityManager = this.db.manager,
  ): Promise<EntityOf<K>> {
    const row = (await em.findOneBy(tableOf(kind), { id })) as EntityOf<K> | null;
    if (!row) throw new NotFoundError(KINDS[kind].label, id);
    return row;
  }

  /**
   * The row, if it lies within what the caller may read: its legislature (any grant there), its contact point (a grant
   * at the point, the legislature's staff). A row outside answers exactly as an id that names nothing — the same
   * NOT_FOUND, message and extensions — so no one learns which ids exist elsewhere; FORBIDDEN is kept for rows the
   * caller can see but may not change.
   */
  async mustFindVisible<K extends Kind>(
    actor: Actor,
    kind: K,
    id: string,
    em: EntityManager = this.db.manager,
  ): Promise<EntityOf<K>> {
    const row = await this.mustFind(kind, id, em);
    if (!(await this.visible(actor, kind, row, em)))
      throw new NotFoundError(KINDS[kind].label, id).concealing('OUT_OF_SCOPE');
    return row;
  }

  private async visible<K extends Kind>(
    actor: Actor,
    kind: K,
    row: EntityOf<K>,
    em: EntityManager,
  ): Promise<boolean> {
    if (kind === 'legislature') return canReadLegislature(actor, row.id);
    const point =
      kind === 'contactPoint'
        ? (row as unknown as PointRef)
        : await this.mustFind(
            'contactPoint',
            (row as unknown as { contactPointId: string }).contactPointId,
            em,
          );
    return canReadPoint(actor, point);
  }

  private async insert<K extends Kind>(
    em: EntityManager,
    actor: Actor,
    kind: K,
    values: Omit<EntityOf<K>, keyof Row | 'contactPoint' | 'legislature' | 'account' | 'liaisonUnit'>,
  ): Promise<EntityOf<K>> {
    const { type } = KINDS[kind];
    const now = this.clock.now();
    const row = {
      ...values,
      id: newId(),
      active: true,
      createdAt: now,
      updatedAt: now,
    } as unknown as EntityOf<K>;
    await em.insert(tableOf(kind), row);
    await this.audit.record(em, actor, {
      action: `${lowerFirst(type)}.create`,
      entityType: type,
      entityId: row.id,
      after: row,
    });
    return row;
  }

  /**
   * Reads the row (locked for update where the engine can), authorises (`check`, then the standing check), validates,
   * applies the patch, audits before/after.
   */
  private async update<K extends Kind>(
    outer: EntityManager | undefined,
    actor: Actor,
    kind: K,
    patch: { id: string },
    check: (em: EntityManager, row: EntityOf<K>) => Promise<unknown>,
    validate?: (em: EntityManager, row: EntityOf<K>) => Promise<unknown>,
  ): Promise<EntityOf<K>> {
    const { type, label } = KINDS[kind];
    return inTransaction(this.db, outer, async (em) => {
      const before = (await em.getRepository(tableOf(kind)).findOne({
        where: { id: patch.id },
        lock: em.connection.options.type === 'better-sqlite3' ? undefined : { mode: 'pessimistic_write' },
      })) as EntityOf<K> | null;
      if (!before) throw new NotFoundError(label, patch.id);
      // A row of another point or legislature answers as a missing one; the check refuses what the caller can see.
      if (!(await this.visible(actor, kind, before, em)))
        throw new NotFoundError(label, patch.id).concealing('OUT_OF_SCOPE');
      await check(em, before);
      const { id: _id, ...patchValues } = defined(patch) as { id: string };
      const row = before as unknown as Record<string, unknown>;
      // Deactivating the record one's own account hangs on would lock oneself out (the account goes with it): someone
      // else does it (the legislature, an administrator, the head for a liaison officer), as in setAccountActive.
      if (
        (patch as { active?: boolean }).active === false &&
        row.active !== false &&
        'accountId' in row &&
        row.accountId === actor.accountId
      )
        throw new ConflictError(
          'CANNOT_DEACTIVATE_SELF',
          `不能停用自己：${label}“${String(row.name)}”关联的是您正在使用的账号`,
        );
      const changes = Object.fromEntries(
        Object.entries(patchValues).filter(([key, value]) => row[key] !== value),
      );
      // Nothing to change: nothing written, nothing audited.
      if (Object.keys(changes).length === 0) return before;
      if (STANDING_FIELDS[kind].some((field) => field in changes))
        await this.authorizeStanding(em, actor, kind, row, changes);
      if (validate) await validate(em, before);
      const after = { ...before, ...changes, updatedAt: this.clock.now() };
      await em.update(tableOf(kind), { id: before.id }, { ...changes, updatedAt: after.updatedAt });
      const action =
        changes.active === false ? 'deactivate' : changes.active === true ? 'reactivate' : 'update';
      await this.audit.record(em, actor, {
        action: `${lowerFirst(type)}.${action}`,
        entityType: type,
        entityId: before.id,
        before,
        after,
      });
      // A member who leaves (动态调整) loses the account linked to them; one who returns gets it back.
      const accountId = 'accountId' in row ? (row.accountId as string | null) : null;
      // A member moved to another unit or position takes the linked account's grant along (attack notes F3).
      if (accountId) await this.regrantLinkedAccount(em, actor, kind, row, changes, accountId);
      if (accountId && typeof changes.active === 'boolean')
        await this.setLinkedAccountActive(em, actor, accountId, changes.active);
      return after;
    });
  }
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const sameGrant = (a: RoleGrant, b: RoleGrant) =>
  a.role === b.role &&
  a.legislatureId === b.legislatureId &&
  a.contactPointId === b.contactPointId &&
  a.liaisonUnitId === b.liaisonUnitId;

/**
 * A refused grant or revocation: FORBIDDEN / GRANT_FORBIDDEN with the refusal beside it (`extensions.grantRefusal`);
 * a second head is a CONFLICT (POINT_HEAD_EXISTS), as it always was — the first must be switched off.
 */
/**
 * Whether an account lies within what the caller may read: one of its roles is at a legislature or contact point the
 * caller reads (their own account always; an account with no such role — an administrator — only for administrators).
 */
function accountVisible(actor: Actor, accountId: string, grants: readonly RoleGrant[]): boolean {
  if (isSystemAdmin(actor) || accountId === actor.accountId) return true;
  return grants.some((g) =>
    g.contactPointId
      ? canReadPoint(actor, { id: g.contactPointId, legislatureId: g.legislatureId ?? '' })
      : g.legislatureId !== null && canReadLegislature(actor, g.legislatureId),
  );
}

/** An account id that names nothing, or an account outside the caller's scope: the same answer. */
function accountNotFound(accountId: string, found: unknown): DomainError {
  const missing = new NotFoundError('账号', accountId);
  return found ? missing.concealing('OUT_OF_SCOPE') : missing;
}

function refusedGrant(refusal: GrantRefusal, message: string): DomainError {
  if (refusal === GrantRefusal.POINT_HEAD_EXISTS) return new ConflictError('POINT_HEAD_EXISTS', message);
  return new ForbiddenError(message, 'GRANT_FORBIDDEN', { grantRefusal: refusal });
}
