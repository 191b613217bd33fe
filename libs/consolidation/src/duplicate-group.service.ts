import { performance } from 'node:perf_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, In, type DataSource, type EntityManager } from 'typeorm';
import { addressCondition, type AddressScope } from './address-scope.js';
import { Clock, chunk, newId, toConnection, type Connection, type PageWindow } from '@app/common';
import { AuditService } from '@app/audit';
import { findPage } from '@app/database';
import { DraftsService } from '@app/drafts';
import { activeOpinionsByProvision, type OpinionText } from '@app/feedback';
import type { Actor } from '@app/identity';
import {
  ConsolidationEntity,
  DuplicateGroupEntity,
  DuplicateGroupMembersEntity,
  DUPLICATE_GROUP_CHUNK,
} from './consolidation.entities.js';
import { ConsolidationService } from './consolidation.service.js';
import { clusterNearDuplicates } from './near-duplicates/index.js';
import { ProvisionOrder } from './provision-order.js';

interface ProvisionTexts {
  /** This provision's place among the point's provisions (0-based), and how many there are: for progress. */
  index: number;
  total: number;
  address: string | null;
  ids: string[];
  texts: string[];
  people: number[];
}

const textsOf = (
  address: string | null,
  rows: OpinionText[],
  index: number,
  total: number,
): ProvisionTexts => ({
  index,
  total,
  address,
  ids: rows.map((r) => r.id),
  texts: rows.map((r) => (r.reason ? `${r.proposal}\n${r.reason}` : r.proposal)),
  people: rows.map((r) => Number(r.people)),
});

export interface GroupingResult {
  opinions: number;
  groups: number;
  grouped: number;
  milliseconds: number;
  readMilliseconds: number;
  clusterMilliseconds: number;
  writeMilliseconds: number;
}

/** Told how far grouping is (0–100) and what it does; may throw to stop it (the job was interrupted). */
export type GroupingProgress = (percent: number, step: string) => Promise<void>;

const noProgress: GroupingProgress = () => Promise.resolve();

/** Where each phase ends on the progress bar: reading and clustering take most of the time, writing the rest. */
const PROGRESS = { checked: 2, clustered: 90 } as const;

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

  /**
   * Recomputes and replaces a point's groups. Safe to run again from the start (a job retried after its instance died
   * does): nothing is written until the last step, which replaces the groups in one transaction.
   */
  async regroup(
    actor: Actor,
    taskId: string,
    contactPointId: string,
    progress: GroupingProgress = noProgress,
  ): Promise<GroupingResult> {
    const started = performance.now();
    await progress(0, '检查权限与汇总状态');
    // Check first (cheap), read and cluster outside any transaction (long), then write in one transaction.
    const checked = await this.db.transaction((em) =>
      this.consolidations.forEditing(em, actor, taskId, contactPointId),
    );
    const c = checked.consolidation;
    const order = new ProvisionOrder(await this.drafts.versionIndex(checked.task.draftVersionId));
    await progress(PROGRESS.checked, '读取意见');
    const { groups, members, opinions, readMs, clusterMs } = await this.compute(c, order, progress);
    const grouped = groups.reduce((n, g) => n + g.opinionCount, 0);
    // The last report before the transaction: a progress write waits for it on SQLite (one writer at a time).
    await progress(PROGRESS.clustered, `写入 ${groups.length} 个重复意见组`);
    const writing = performance.now();
    return this.db.transaction(async (em) => {
      await this.consolidations.forEditing(em, actor, taskId, contactPointId);
      await em.delete(DuplicateGroupMembersEntity, { consolidationId: c.id });
      await em.delete(DuplicateGroupEntity, { consolidationId: c.id });
      for (const part of chunk(groups, 500)) {
        await em
          .createQueryBuilder()
          .insert()
          .into(DuplicateGroupEntity)
          .values(part)
          .updateEntity(false)
          .execute();
      }
      // Rows of up to 1,000 ids each; a few rows per statement keeps statements well under max_allowed_packet.
      for (const part of chunk(members, 20)) {
        await em
          .createQueryBuilder()
          .insert()
          .into(DuplicateGroupMembersEntity)
          .values(part)
          .updateEntity(false)
          .execute();
      }
      const now = this.clock.now();
      await em.update(ConsolidationEntity, { id: c.id }, { groupedAt: now });
      const result: GroupingResult = {
        opinions,
        groups: groups.length,
        grouped,
        milliseconds: Math.round(performance.now() - started),
        readMilliseconds: Math.round(readMs),
        clusterMilliseconds: Math.round(clusterMs),
        writeMilliseconds: Math.round(performance.now() - writing),
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
    progress: GroupingProgress = noProgress,
  ): Promise<{
    groups: DuplicateGroupEntity[];
    members: DuplicateGroupMembersEntity[];
    opinions: number;
    readMs: number;
    clusterMs: number;
  }> {
    const groups: DuplicateGroupEntity[] = [];
    const members: DuplicateGroupMembersEntity[] = [];
    const timings = { read: 0, cluster: 0 };
    let opinions = 0;
    let read = performance.now();
    for await (const provision of this.provisionsOf(c)) {
      const { address, ids, texts, people, index, total } = provision;
      timings.read += performance.now() - read;
      opinions += ids.length;
      const span = PROGRESS.clustered - PROGRESS.checked;
      await progress(
        PROGRESS.checked + (span * index) / total,
        `比对第 ${index + 1}/${total} 个条文的意见（已读 ${opinions} 条）`,
      );
      if (ids.length < 2) {
        read = performance.now();
        continue;
      }
      const clustering = performance.now();
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
      timings.cluster += performance.now() - clustering;
      for (const [representative, entry] of byRepresentative) {
        if (entry.members.length < 2) continue;
        const group: DuplicateGroupEntity = {
          id: newId(),
          consolidationId: c.id,
          provisionAddress: address,
          sortKey: order.sortKey(address),
          representativeOpinionId: ids[representative],
          opinionCount: entry.members.length,
          variantCount: entry.variants,
          peopleCount: entry.people,
        };
        groups.push(group);
        for (let at = 0; at < entry.members.length; at += DUPLICATE_GROUP_CHUNK) {
          members.push({
            id: newId(),
            groupId: group.id,
            consolidationId: c.id,
            position: at / DUPLICATE_GROUP_CHUNK,
            opinionIds: JSON.stringify(
              entry.members.slice(at, at + DUPLICATE_GROUP_CHUNK).map((i) => ids[i]),
            ),
          });
        }
      }
      read = performance.now();
    }
    return { groups, members, opinions, readMs: timings.read, clusterMs: timings.cluster };
  }

  /**
   * A point's active opinions, provision by provision, each provision's oldest first (the earliest opinion represents
   * its group), as proposal + reason — the same ask for other reasons is another opinion (near-duplicates/README.md).
   * Feedback reads them (activeOpinionsByProvision: per provision on SQLite, one streamed pass on MySQL/MariaDB).
   */
  private async *provisionsOf(c: ConsolidationEntity): AsyncGenerator<ProvisionTexts> {
    for await (const { address, rows, index, total } of activeOpinionsByProvision(this.db, c)) {
      yield textsOf(address, rows, index, total);
    }
  }

  async list(
    c: ConsolidationEntity,
    window: PageWindow,
    provisionAddresses?: AddressScope,
  ): Promise<Connection<DuplicateGroupEntity>> {
    const [rows, total] = await findPage(
      this.db.getRepository(DuplicateGroupEntity),
      {
        where: {
          consolidationId: c.id,
          ...addressCondition(provisionAddresses),
        },
        order: { sortKey: 'ASC', opinionCount: 'DESC', id: 'ASC' },
      },
      window,
    );
    return toConnection(rows, total, window);
  }

  /** The member opinion ids of each group, in receipt order (batch: one statement per 500 groups). */
  async membersOf(groupIds: readonly string[], em: EntityManager = this.db.manager): Promise<string[][]> {
    const byGroup = new Map<string, string[]>();
    for (const part of chunk(groupIds)) {
      const rows = await em.find(DuplicateGroupMembersEntity, {
        where: { groupId: In(part) },
        order: { groupId: 'ASC', position: 'ASC' },
      });
      for (const row of rows) {
        const ids = JSON.parse(row.opinionIds) as string[];
        const list = byGroup.get(row.groupId);
        if (list) list.push(...ids);
        else byGroup.set(row.groupId, ids);
      }
    }
    return groupIds.map((id) => byGroup.get(id) ?? []);
  }

  /**
   * A page of one group's members (opinion ids in receipt order) and how many there are: only the chunks the page
   * falls in are read, never the whole group (a campaign's group holds tens of thousands).
   */
  async membersPage(
    group: Pick<DuplicateGroupEntity, 'id' | 'opinionCount'>,
    window: PageWindow,
  ): Promise<{ ids: string[]; total: number }> {
    const total = group.opinionCount;
    const end = Math.min(total, window.offset + window.limit);
    if (end <= window.offset) return { ids: [], total };
    const first = Math.floor(window.offset / DUPLICATE_GROUP_CHUNK);
    const last = Math.floor((end - 1) / DUPLICATE_GROUP_CHUNK);
    const rows = await this.db.getRepository(DuplicateGroupMembersEntity).find({
      where: { groupId: group.id, position: Between(first, last) },
      order: { position: 'ASC' },
    });
    const ids = rows.flatMap((r) => JSON.parse(r.opinionIds) as string[]);
    const from = window.offset - first * DUPLICATE_GROUP_CHUNK;
    return { ids: ids.slice(from, from + (end - window.offset)), total };
  }

  /** Which group each grouped opinion of a consolidation is in. */
  async groupIndex(
    consolidationId: string,
    em: EntityManager = this.db.manager,
  ): Promise<Map<string, string>> {
    const index = new Map<string, string>();
    const rows = await em.find(DuplicateGroupMembersEntity, { where: { consolidationId } });
    for (const row of rows)
      for (const id of JSON.parse(row.opinionIds) as string[]) index.set(id, row.groupId);
    return index;
  }
}
