import { performance } from 'node:perf_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { Clock, chunk, newId, toConnection, type Connection, type PageWindow } from '@app/common';
import { AuditService } from '@app/audit';
import { findPage, loadChildPages } from '@app/database';
import { DraftsService } from '@app/drafts';
import { OpinionEntity, OpinionStatus } from '@app/feedback';
import type { Actor } from '@app/identity';
import {
  ConsolidationEntity,
  DuplicateGroupEntity,
  DuplicateGroupMemberEntity,
} from './consolidation.entities.js';
import { ConsolidationService } from './consolidation.service.js';
import { clusterNearDuplicates } from './near-duplicates/index.js';
import { ProvisionOrder } from './provision-order.js';

export interface GroupingResult {
  opinions: number;
  groups: number;
  grouped: number;
  milliseconds: number;
}

/** Rows fetched per statement while reading a provision's opinions (keeps memory flat on huge provisions). */
const READ_PAGE = 20_000;

/**
 * Duplicate and near-duplicate opinions, grouped provision by provision with the pure clustering core
 * (near-duplicates/). Computed on request — a mass campaign can add thousands of opinions in an hour — and stored, so
 * that the workbench lists groups without recomputing. Only groups of two or more are stored.
 */
@Injectable()
export class DuplicateGroupService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly consolidations: ConsolidationService,
    private readonly drafts: DraftsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async regroup(actor: Actor, taskId: string, contactPointId: string): Promise<GroupingResult> {
    const started = performance.now();
    // Check first (cheap), read and cluster outside any transaction (long), then write in one transaction.
    const checked = await this.db.transaction((em) =>
      this.consolidations.forEditing(em, actor, taskId, contactPointId),
    );
    const c = checked.consolidation;
    const order = new ProvisionOrder(await this.drafts.versionIndex(checked.task.draftVersionId));
    const { groups, members, opinions } = await this.compute(c, order);
    return this.db.transaction(async (em) => {
      await this.consolidations.forEditing(em, actor, taskId, contactPointId);
      await em.delete(DuplicateGroupMemberEntity, { consolidationId: c.id });
      await em.delete(DuplicateGroupEntity, { consolidationId: c.id });
      for (const part of chunk(groups, 200)) await em.insert(DuplicateGroupEntity, part);
      for (const part of chunk(members, 1000)) await em.insert(DuplicateGroupMemberEntity, part);
      const now = this.clock.now();
      await em.update(ConsolidationEntity, { id: c.id }, { groupedAt: now });
      const result: GroupingResult = {
        opinions,
        groups: groups.length,
        grouped: members.length,
        milliseconds: Math.round(performance.now() - started),
      };
      await this.audit.record(em, actor, {
        action: 'consolidation.groupDuplicates',
        entityType: 'Consolidation',
        entityId: c.id,
        before: { groupedAt: c.groupedAt },
        after: { groupedAt: now, ...result },
      });
      return result;
    });
  }

  /** Reads the point's active opinions provision by provision and clusters each provision's texts. */
  async compute(
    c: ConsolidationEntity,
    order: ProvisionOrder,
  ): Promise<{ groups: DuplicateGroupEntity[]; members: DuplicateGroupMemberEntity[]; opinions: number }> {
    const base = () =>
      this.db
        .createQueryBuilder(OpinionEntity, 'o')
        .where('o.task_id = :taskId AND o.contact_point_id = :pointId AND o.status = :active', {
          taskId: c.taskId,
          pointId: c.contactPointId,
          active: OpinionStatus.ACTIVE,
        });
    const provisions = await base()
      .select('o.provision_address', 'address')
      .addSelect('COUNT(*)', 'n')
      .groupBy('o.provision_address')
      .getRawMany<{ address: string | null; n: unknown }>();
    const groups: DuplicateGroupEntity[] = [];
    const members: DuplicateGroupMemberEntity[] = [];
    let opinions = 0;
    for (const provision of provisions) {
      const count = Number(provision.n);
      opinions += count;
      if (count < 2) continue;
      const ids: string[] = [];
      const texts: string[] = [];
      const people: number[] = [];
      // Oldest first (receipt numbers grow with time): the earliest opinion represents its group.
      for (let offset = 0; offset < count; offset += READ_PAGE) {
        const page = base()
          .select('o.id', 'id')
          .addSelect('o.proposed_change', 'text')
          .addSelect('o.people_represented', 'people')
          .andWhere(
            provision.address === null ? 'o.provision_address IS NULL' : 'o.provision_address = :address',
            {
              address: provision.address,
            },
          )
          .orderBy('o.receipt_number', 'ASC')
          .offset(offset)
          .limit(READ_PAGE);
        for (const row of await page.getRawMany<{ id: string; text: string; people: unknown }>()) {
          ids.push(row.id);
          texts.push(row.text);
          people.push(Number(row.people));
        }
      }
      const { clusterOf, variantOf } = clusterNearDuplicates(texts);
      const byRepresentative = new Map<number, { members: number[]; variants: number; people: number }>();
      for (let i = 0; i < clusterOf.length; i++) {
        const r = clusterOf[i];
        let entry = byRepresentative.get(r);
        if (!entry) byRepresentative.set(r, (entry = { members: [], variants: 0, people: 0 }));
        entry.members.push(i);
        entry.people += people[i];
        if (variantOf[i] === i) entry.variants++;
      }
      for (const [representative, entry] of byRepresentative) {
        if (entry.members.length < 2) continue;
        const group: DuplicateGroupEntity = {
          id: newId(),
          consolidationId: c.id,
          provisionAddress: provision.address,
          sortKey: order.sortKey(provision.address),
          representativeOpinionId: ids[representative],
          opinionCount: entry.members.length,
          variantCount: entry.variants,
          peopleCount: entry.people,
        };
        groups.push(group);
        for (const i of entry.members) {
          members.push({ id: newId(), opinionId: ids[i], groupId: group.id, consolidationId: c.id });
        }
      }
    }
    return { groups, members, opinions };
  }

  async list(
    c: ConsolidationEntity,
    window: PageWindow,
    provisionAddresses?: string[],
  ): Promise<Connection<DuplicateGroupEntity>> {
    const [rows, total] = await findPage(
      this.db.getRepository(DuplicateGroupEntity),
      {
        where: {
          consolidationId: c.id,
          ...(provisionAddresses ? { provisionAddress: In(provisionAddresses) } : {}),
        },
        order: { sortKey: 'ASC', opinionCount: 'DESC', id: 'ASC' },
      },
      window,
    );
    return toConnection(rows, total, window);
  }

  /** Pages of member opinion ids for many groups at once (a DataLoader's batch). */
  memberPages(
    groupIds: readonly string[],
    window: PageWindow,
  ): Promise<Connection<DuplicateGroupMemberEntity>[]> {
    return loadChildPages(
      this.db,
      DuplicateGroupMemberEntity,
      groupIds,
      { parentColumn: 'group_id', orderBy: 'opinion_id' },
      window,
    );
  }
}
