import { performance } from 'node:perf_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, In, LessThan, type DataSource, type EntityManager } from 'typeorm';
import { addressCondition, type AddressScope } from './address-scope.js';
import {
  Clock,
  ConflictError,
  chunk,
  newId,
  toConnection,
  type Connection,
  type PageWindow,
} from '@app/common';
import { AuditService } from '@app/audit';
import { findPage, isMySqlFamily } from '@app/database';
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
import { CLUSTER_WORKER_LIMITS, NearDuplicateWorker } from './near-duplicate-worker.js';
import type { GroupClustering } from './near-duplicates/index.js';
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
  /** How many transactions wrote the groups, and the most rows one of them wrote (≤ GROUPING_WRITE_LIMITS.rows). */
  writeTransactions: number;
  largestWriteRows: number;
}

/** Told how far grouping is (0–100) and what it does; may throw to stop it (the job was interrupted). */
export type GroupingProgress = (percent: number, step: string) => Promise<void>;

const noProgress: GroupingProgress = () => Promise.resolve();

/** Where each phase ends on the progress bar: reading and clustering take most of the time, writing the rest. */
const PROGRESS = { checked: 2, clustered: 90, written: 98 } as const;

/**
 * How much one transaction of a grouping writes or deletes (issue 17): on a Galera cluster every node certifies and
 * applies a transaction's rows, and a read there waits (wsrep_sync_wait) until its node has applied it — a grouping of
 * 60,000 opinions written in one transaction kept reads waiting past the statement timeout.
 */
export const GROUPING_WRITE_LIMITS = {
  /** Rows (groups or member chunks) written per transaction. */
  rows: 1_000,
  /** Bytes of member ids (about 39 an opinion) written per transaction: ~25,000 opinions. */
  bytes: 1_000_000,
  /** Rows of an old generation deleted per transaction. */
  deleteRows: 1_000,
} as const;

/**
 * Clusters one provision (in the grouping's thread when it is large) and, while the thread works, reports progress
 * every CLUSTER_WORKER_LIMITS.checkEveryMs with the time spent: each report is written to the job, so a job that was
 * stopped or taken over learns it within that time (the report throws) and the thread is terminated at once.
 */
async function clusterWatched(
  worker: NearDuplicateWorker,
  texts: readonly string[],
  report: (seconds: number) => Promise<void>,
): Promise<GroupClustering> {
  const abort = new AbortController();
  const started = performance.now();
  // Held in an object: both are set by the timer's callbacks.
  const state: { reporting: Promise<void> | null; stopped: { error: unknown } | null } = {
    reporting: null,
    stopped: null,
  };
  const timer = setInterval(() => {
    if (state.reporting) return;
    state.reporting = report(Math.round((performance.now() - started) / 1000))
      .catch((error: unknown) => {
        state.stopped = { error };
        abort.abort(error);
      })
      .finally(() => (state.reporting = null));
  }, CLUSTER_WORKER_LIMITS.checkEveryMs);
  try {
    const result = await worker.cluster(texts, abort.signal);
    // A report still being written ends first (the next provision's must not overtake it), and one that found the job
    // stopped stops it even though the clustering finished.
    await state.reporting;
    if (state.stopped) throw state.stopped.error;
    return result;
  } finally {
    clearInterval(timer);
    await state.reporting;
  }
}

/**
 * Building a provision's groups from its clustering lets the event loop run after this many opinions: one pass over
 * 60,000 held it 0.2 s in Jest (issue 17).
 */
const YIELD_EVERY_OPINIONS = 10_000;

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Rows cut into batches of at most GROUPING_WRITE_LIMITS.rows rows and .bytes bytes (a larger row goes alone). */
function boundedBatches<T>(rows: readonly T[], bytesOf: (row: T) => number): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let bytes = 0;
  for (const row of rows) {
    const size = bytesOf(row);
    if (
      batch.length &&
      (batch.length >= GROUPING_WRITE_LIMITS.rows || bytes + size > GROUPING_WRITE_LIMITS.bytes)
    ) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(row);
    bytes += size;
  }
  if (batch.length) batches.push(batch);
  return batches;
}

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
   * Recomputes and replaces a point's groups, never in one large transaction (issue 17: on a Galera cluster every node
   * certifies and applies a transaction's rows, and reads there wait for it):
   * 1. check, and take the next generation number (a small transaction);
   * 2. read and cluster outside any transaction (long);
   * 3. write the groups under that generation in transactions of at most GROUPING_WRITE_LIMITS — readers do not see
   *    them, they read only the consolidation's current generation;
   * 4. switch the consolidation to the new generation in one small transaction (with its tallies and audit record),
   *    only if no later grouping has switched already (generations only grow);
   * 5. delete the older generations — the one replaced, and whatever a dead attempt left — in bounded batches.
   * Safe to run again from the start (a job retried after its instance died does): the retry takes a new generation,
   * and whichever grouping switches last leaves exactly one complete grouping.
   */
  async regroup(
    actor: Actor,
    taskId: string,
    contactPointId: string,
    progress: GroupingProgress = noProgress,
  ): Promise<GroupingResult> {
    const started = performance.now();
    await progress(0, '检查权限与汇总状态');
    const { checked, generation } = await this.db.transaction(async (em) => {
      const context = await this.consolidations.forEditing(em, actor, taskId, contactPointId);
      const id = context.consolidation.id;
      await em.increment(ConsolidationEntity, { id }, 'groupGenerations', 1);
      const row = await em.findOneOrFail(ConsolidationEntity, {
        where: { id },
        select: { id: true, groupGenerations: true },
      });
      return { checked: context, generation: row.groupGenerations };
    });
    const c = checked.consolidation;
    const order = new ProvisionOrder(await this.drafts.versionIndex(checked.task.draftVersionId));
    await progress(PROGRESS.checked, '读取意见');
    const { groups, members, opinions, readMs, clusterMs } = await this.compute(
      c,
      order,
      progress,
      generation,
    );
    const grouped = groups.reduce((n, g) => n + g.opinionCount, 0);
    const writing = performance.now();
    const batches = [
      ...boundedBatches(groups, () => 200).map((rows) => ({ groups: rows, members: [] })),
      ...boundedBatches(members, (m) => m.opinionIds.length).map((rows) => ({ groups: [], members: rows })),
    ];
    const total = groups.length + members.length;
    let written = 0;
    let largest = 0;
    try {
      for (const batch of batches) {
        // Reported between transactions, never inside one: a progress write waits for it on SQLite (one writer).
        await progress(
          PROGRESS.clustered + ((PROGRESS.written - PROGRESS.clustered) * written) / Math.max(1, total),
          `写入 ${groups.length} 个重复意见组（${written}/${total} 行）`,
        );
        await this.db.transaction(async (em) => {
          for (const part of chunk(batch.groups, 500)) {
            await em
              .createQueryBuilder()
              .insert()
              .into(DuplicateGroupEntity)
              .values(part)
              .updateEntity(false)
              .execute();
          }
          // Rows of up to 1,000 ids each; a few rows per statement keeps statements well under max_allowed_packet.
          for (const part of chunk(batch.members, 20)) {
            await em
              .createQueryBuilder()
              .insert()
              .into(DuplicateGroupMembersEntity)
              .values(part)
              .updateEntity(false)
              .execute();
          }
        });
        const rows = batch.groups.length + batch.members.length;
        written += rows;
        largest = Math.max(largest, rows);
      }
    } catch (error) {
      // Interrupted (the job was taken over or the instance stops) or failed: what this attempt wrote is seen by
      // nobody; drop it now rather than leave it to the next grouping.
      await this.deleteGenerations(c.id, generation).catch(() => undefined);
      throw error;
    }
    await progress(PROGRESS.written, '切换到新的分组结果');
    const result = await this.db.transaction(async (em) => {
      await this.consolidations.forEditing(em, actor, taskId, contactPointId);
      const now = this.clock.now();
      const switched = await em
        .createQueryBuilder()
        .update(ConsolidationEntity)
        .set({ groupGeneration: generation, groupedAt: now })
        .where('id = :id AND group_generation < :generation', { id: c.id, generation })
        .execute();
      if (!switched.affected) return null;
      await this.setGroupTallies(em, c.id, groups);
      const result: GroupingResult = {
        opinions,
        groups: groups.length,
        grouped,
        milliseconds: Math.round(performance.now() - started),
        readMilliseconds: Math.round(readMs),
        clusterMilliseconds: Math.round(clusterMs),
        writeMilliseconds: Math.round(performance.now() - writing),
        writeTransactions: batches.length,
        largestWriteRows: largest,
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
    await progress(PROGRESS.written, '清理旧的分组结果');
    await this.deleteGenerations(c.id, 'older');
    if (!result) {
      throw new ConflictError(
        'GROUPING_SUPERSEDED',
        '本次分组期间已有之后开始的另一次分组完成，本次结果未采用；请查看最新的分组结果',
      );
    }
    return result;
  }

  /**
   * Deletes, in transactions of at most GROUPING_WRITE_LIMITS.deleteRows rows, either every generation older than the
   * consolidation's current one (read again in each transaction: it only grows, so an older generation is never current
   * again) or one generation that never became current (an attempt that stopped).
   */
  private async deleteGenerations(consolidationId: string, which: 'older' | number): Promise<number> {
    let deleted = 0;
    for (const entity of [DuplicateGroupMembersEntity, DuplicateGroupEntity]) {
      for (;;) {
        const count = await this.db.transaction(async (em) => {
          const { groupGeneration } = await em.findOneOrFail(ConsolidationEntity, {
            where: { id: consolidationId },
            select: { id: true, groupGeneration: true },
          });
          // An attempt's own generation that became current after all (a switch whose answer was lost) is kept.
          if (which === groupGeneration) return 0;
          const generation = which === 'older' ? LessThan(groupGeneration) : which;
          const rows: { id: string }[] = await em.find(entity, {
            select: { id: true },
            where: { consolidationId, generation },
            take: GROUPING_WRITE_LIMITS.deleteRows,
          });
          if (rows.length) await em.delete(entity, { id: In(rows.map((r) => r.id)) });
          return rows.length;
        });
        deleted += count;
        if (count < GROUPING_WRITE_LIMITS.deleteRows) break;
      }
    }
    return deleted;
  }

  /**
   * The workbench's duplicate-group counts per provision for the generation switched to (the tally triggers count
   * only rows of the current generation, so neither writing the new one nor deleting the old one moves them): one row
   * per provision, in the switch's transaction.
   */
  private async setGroupTallies(
    em: EntityManager,
    consolidationId: string,
    groups: readonly DuplicateGroupEntity[],
  ): Promise<void> {
    const counts = new Map<string, number>();
    for (const g of groups)
      counts.set(g.provisionAddress ?? '', (counts.get(g.provisionAddress ?? '') ?? 0) + 1);
    await em.query(
      'UPDATE consolidation_item_tally SET duplicate_groups = 0 WHERE consolidation_id = ? AND duplicate_groups <> 0',
      [consolidationId],
    );
    const upsert = isMySqlFamily(this.db)
      ? 'ON DUPLICATE KEY UPDATE duplicate_groups = VALUES(duplicate_groups)'
      : 'ON CONFLICT (consolidation_id, provision_address) DO UPDATE SET duplicate_groups = excluded.duplicate_groups';
    for (const part of chunk([...counts], 300)) {
      await em.query(
        `INSERT INTO consolidation_item_tally (consolidation_id, provision_address, suggestions, duplicate_groups)
         VALUES ${part.map(() => '(?, ?, 0, ?)').join(', ')} ${upsert}`,
        part.flatMap(([address, n]) => [consolidationId, address, n]),
      );
    }
  }

  /** Reads the point's active opinions provision by provision and clusters each provision's texts. */
  async compute(
    c: ConsolidationEntity,
    order: ProvisionOrder,
    progress: GroupingProgress = noProgress,
    generation = c.groupGeneration,
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
    // One clustering thread for the whole grouping, started at its first large provision (issue 17: clustering a
    // large provision in place held the event loop for seconds).
    const clusterer = new NearDuplicateWorker();
    try {
      for await (const provision of this.provisionsOf(c)) {
        const { address, ids, texts, people, index, total } = provision;
        timings.read += performance.now() - read;
        opinions += ids.length;
        const span = PROGRESS.clustered - PROGRESS.checked;
        const percent = PROGRESS.checked + (span * index) / total;
        const step = `比对第 ${index + 1}/${total} 个条文的意见（已读 ${opinions} 条）`;
        await progress(percent, step);
        if (ids.length < 2) {
          read = performance.now();
          continue;
        }
        const clustering = performance.now();
        const { clusterOf, variantOf } = await clusterWatched(clusterer, texts, (seconds) =>
          progress(percent, `${step.slice(0, -1)}，本条文 ${ids.length} 条已比对 ${seconds} 秒）`),
        );
        const byRepresentative = new Map<number, { members: number[]; variants: number; people: number }>();
        for (let i = 0; i < clusterOf.length; i++) {
          if (i % YIELD_EVERY_OPINIONS === YIELD_EVERY_OPINIONS - 1) await yieldToLoop();
          const r = clusterOf[i];
          let entry = byRepresentative.get(r);
          if (!entry) byRepresentative.set(r, (entry = { members: [], variants: 0, people: 0 }));
          entry.members.push(i);
          entry.people += people[i];
          if (variantOf[i] === i) entry.variants++;
        }
        timings.cluster += performance.now() - clustering;
        let built = 0;
        for (const [representative, entry] of byRepresentative) {
          built += entry.members.length;
          if (built >= YIELD_EVERY_OPINIONS) {
            built = 0;
            await yieldToLoop();
          }
          if (entry.members.length < 2) continue;
          const group: DuplicateGroupEntity = {
            id: newId(),
            consolidationId: c.id,
            generation,
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
              generation,
              position: at / DUPLICATE_GROUP_CHUNK,
              opinionIds: JSON.stringify(
                entry.members.slice(at, at + DUPLICATE_GROUP_CHUNK).map((i) => ids[i]),
              ),
            });
          }
        }
        read = performance.now();
      }
    } finally {
      await clusterer.close();
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
          generation: c.groupGeneration,
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

  /** Which group each grouped opinion of a consolidation is in (its current generation). */
  async groupIndex(
    c: Pick<ConsolidationEntity, 'id' | 'groupGeneration'>,
    em: EntityManager = this.db.manager,
  ): Promise<Map<string, string>> {
    const index = new Map<string, string>();
    const rows = await em.find(DuplicateGroupMembersEntity, {
      where: { consolidationId: c.id, generation: c.groupGeneration },
    });
    for (const row of rows)
      for (const id of JSON.parse(row.opinionIds) as string[]) index.set(id, row.groupId);
    return index;
  }
}
