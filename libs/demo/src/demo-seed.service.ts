import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccountEntity, AccountService, Role, permissionsOf, type Actor } from '@app/identity';
import { OrganizationService } from '@app/organization';
import {
  DEMO_EXECUTIVES,
  DEMO_EXPERTS,
  DEMO_LEGISLATURE,
  DEMO_OTHER_POINT,
  DEMO_PASSWORD,
  DEMO_POINT,
  DEMO_UNITS,
} from './demo-data.js';

/**
 * Seeds the demo organisation through the same services the API uses (so it passes the same checks and leaves an
 * audit trail), in one transaction: a failed seed leaves an empty database, never half a structure.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountService,
    private readonly organization: OrganizationService,
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
      for (const { account: username, ...expert } of DEMO_EXPERTS) {
        const row = await this.organization.addExpert(actor, { ...expert, contactPointId: point.id }, em);
        if (username) await account(username, expert.name, Role.EXPERT, point.id, row.id);
      }
      for (const { collectors, adminAccount, ...unit } of DEMO_UNITS) {
        const unitRow = await this.organization.addLiaisonUnit(
          actor,
          { ...unit, contactPointId: point.id },
          em,
        );
        if (adminAccount)
          await account(adminAccount, `${unit.contactPerson}（${unit.name}）`, Role.UNIT_ADMIN, unitRow.id);
        for (const { account: username, ...collector } of collectors) {
          const row = await this.organization.addCollector(
            actor,
            { ...collector, liaisonUnitId: unitRow.id, activeFrom: '2022-04-01' },
            em,
          );
          if (username) await account(username, collector.name, Role.COLLECTOR, unitRow.id, row.id);
        }
      }
    });
    this.logger.log(`演示数据已写入（${Date.now() - started} ms）`);
  }
}
