import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BadInputError, Clock, ForbiddenError, chinaDate, newId } from '@app/common';
import { AuditService } from '@app/audit';
import { TaskService, collectionOpensOn } from '@app/consultation';
import { DraftsService, type VersionIndex } from '@app/drafts';
import type { Actor } from '@app/identity';
import { OpinionStatus } from './feedback.enums.js';
import { OpinionEntity } from './feedback.entities.js';
import { insertOpinionsInBulk } from './opinion-bulk-insert.js';
import { OpinionService, covers, type Standing } from './opinion.service.js';
import { OpinionWriteBudget } from './opinion-write-budget.js';
import { newReceiptNumber } from './receipt-number.js';
import { SearchIndexService } from './search-index.service.js';
import {
  buildOpinionTemplate,
  readOpinionSheet,
  type OpinionSheetError,
  type ParsedOpinionRow,
} from './spreadsheet/index.js';

/** An uploaded sheet travels base64-encoded in GraphQL (10 MiB is 13.4 MiB of base64, under the 16 MiB body limit). */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;

/** Provisions offered in the template and accepted by the import: articles and everything below them. */
const CITABLE = new Set(['article', 'paragraph', 'item', 'subitem']);

export interface ImportResult {
  imported: number;
  totalRows: number;
  receiptNumbers: string[];
  errors: OpinionSheetError[];
}

/**
 * The spreadsheet route for opinions gathered on paper: a template with drop-downs, and an import that checks every
 * row, stores the valid ones in one transaction and reports each problem by row and column.
 */
@Injectable()
export class OpinionImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly opinions: OpinionService,
    private readonly tasks: TaskService,
    private readonly drafts: DraftsService,
    private readonly search: SearchIndexService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly budget: OpinionWriteBudget,
  ) {}

  private async context(actor: Actor, taskId: string) {
    const task = await this.tasks.mustFindVisibleTask(actor, taskId, undefined, '该任务没有分发给您');
    const standing = (await this.opinions.standings(actor, task))[0];
    if (!standing) throw new ForbiddenError('该任务没有分发给您', 'NOT_ASSIGNED');
    const version = await this.drafts.versionIndex(task.draftVersionId);
    const provisions = version
      .addresses()
      .map((address) => version.get(address)!)
      .filter((node) => CITABLE.has(node.kind) && covers(standing, version.lineage(node.address)))
      .map((node) => ({ address: node.address, citation: node.citation }));
    return { task, standing, version, provisions };
  }

  async template(actor: Actor, taskId: string): Promise<{ filename: string; content: Buffer }> {
    const { task, provisions } = await this.context(actor, taskId);
    const content = await buildOpinionTemplate({ taskTitle: task.title, provisions });
    return { filename: `意见征集表-${task.title.slice(0, 40)}.xlsx`, content };
  }

  async import(actor: Actor, taskId: string, fileBase64: string): Promise<ImportResult> {
    const bytes = Buffer.from(fileBase64, 'base64');
    if (bytes.length > MAX_IMPORT_FILE_BYTES) {
      throw BadInputError.field(
        'input.fileBase64',
        `文件不能超过 ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MiB`,
        'FILE_TOO_LARGE',
      );
    }
    const { task, standing, version, provisions } = await this.context(actor, taskId);
    const now = this.clock.now();
    const pointTask = await this.tasks.mustFindPointTask(task.id, standing.contactPointId);
    // The rule submitOpinion enforces (and PointTask.acceptingOpinions shows): a sheet brought in while the table is
    // being consolidated or reviewed would add opinions nobody accounts for.
    await this.tasks.assertPointActive(standing.contactPointId, undefined, undefined, standing.liaisonUnitId);
    this.tasks.assertAccepting(task, pointTask, now);
    // In the upload pool's worker threads, never on the event loop (see readOpinionSheet).
    const sheet = await readOpinionSheet(
      bytes,
      { provisions, today: chinaDate(now), earliest: collectionOpensOn(task, pointTask) },
      undefined,
      actor.accountId,
    );
    // Reading may have taken seconds (up to the pool's time limit): the point may have been switched off, stopped
    // collecting or passed its deadline meanwhile. Judged again, as a submission at this moment would be.
    await this.tasks.assertPointActive(standing.contactPointId, undefined, undefined, standing.liaisonUnitId);
    this.tasks.assertAccepting(
      task,
      await this.tasks.mustFindPointTask(task.id, standing.contactPointId),
      this.clock.now(),
    );
    const rows = sheet.rows.map(({ row, value }) => ({
      row,
      opinion: this.toOpinion(actor, task.id, task.draftVersionId, standing, version, value, now),
    }));
    if (rows.length) {
      // The account's budget (F11), for the whole sheet at once: either all its valid rows fit, or none is stored.
      const takenAt = await this.budget.take(actor.accountId, rows.length);
      try {
        await this.store(
          actor,
          task.id,
          rows.map((r) => r.opinion),
          sheet.totalRows,
          sheet.errors.length,
        );
      } catch (error) {
        await this.budget.giveBack(actor.accountId, rows.length, takenAt);
        throw error;
      }
    }
    return {
      imported: rows.length,
      totalRows: sheet.totalRows,
      receiptNumbers: rows.map((r) => r.opinion.receiptNumber),
      errors: sheet.errors,
    };
  }

  private toOpinion(
    actor: Actor,
    taskId: string,
    draftVersionId: string,
    standing: Standing,
    version: VersionIndex,
    value: ParsedOpinionRow,
    now: Date,
  ): OpinionEntity {
    const address = value.provisionAddress;
    return {
      id: newId(),
      receiptNumber: '',
      taskId,
      contactPointId: standing.contactPointId,
      draftVersionId,
      provisionAddress: address,
      provisionCitation: address ? (version.get(address)?.citation ?? null) : null,
      originalText: address ? version.fullText(address) : null,
      proposedChange: value.proposedChange,
      reason: value.reason,
      channel: value.channel,
      activityId: null,
      peopleRepresented: value.peopleRepresented,
      tags: JSON.stringify(value.tags),
      gatheredOn: value.gatheredOn,
      place: value.place,
      contributorCategory: value.contributorCategory,
      contributorUnit: value.contributorUnit,
      status: OpinionStatus.ACTIVE,
      statusReason: null,
      authorAccountId: actor.accountId,
      authorRole: standing.role,
      liaisonUnitId: standing.liaisonUnitId,
      collectorId: standing.collectorId,
      expertId: standing.expertId,
      idempotencyKey: null,
      contentHash: '',
      revision: 0,
      createdAt: now,
      updatedAt: now,
    };
  }

  /** All valid rows in one transaction: either every one of them is stored, or none (and the import can be rerun). */
  private async store(
    actor: Actor,
    taskId: string,
    opinions: OpinionEntity[],
    totalRows: number,
    invalid: number,
  ): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const seen = new Set<string>();
      for (const opinion of opinions) {
        do opinion.receiptNumber = newReceiptNumber(opinion.createdAt);
        while (seen.has(opinion.receiptNumber));
        seen.add(opinion.receiptNumber);
      }
      try {
        await this.db.transaction(async (em) => {
          // Set-based: multi-row statements for the opinions, their tally and their search documents.
          await insertOpinionsInBulk(em, opinions);
          await this.search.indexMany(
            em,
            opinions.map((opinion) => ({
              kind: 'opinion' as const,
              ownerId: opinion.id,
              taskId,
              contactPointId: opinion.contactPointId,
              text: this.opinions.searchText(opinion),
            })),
          );
          await this.audit.record(em, actor, {
            action: 'opinion.import',
            entityType: 'ConsultationTask',
            entityId: taskId,
            after: {
              imported: opinions.length,
              totalRows,
              invalidRows: invalid,
              opinionIds: opinions.map((o) => o.id),
            },
          });
        });
        return;
      } catch (error) {
        // A receipt number may collide with one already stored: draw new ones and try again.
        if (attempt >= 2 || !String((error as Error).message).match(/UNIQUE|Duplicate/i)) throw error;
      }
    }
  }
}
