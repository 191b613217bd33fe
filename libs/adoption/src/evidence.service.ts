import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { BadInputError, Clock, ForbiddenError, chunk, newId } from '@app/common';
import { AuditService } from '@app/audit';
import { ConsolidationService, SuggestionService } from '@app/consolidation';
import { TaskService } from '@app/consultation';
import { JobInterruptedError } from '@app/jobs';
import { DraftsService, type ArticleChange, type DraftVersionModel, type VersionIndex } from '@app/drafts';
import type { Actor } from '@app/identity';
import { actsForLegislature } from '@app/organization';
import { AdoptionEvidenceEntity } from './adoption.entities.js';
import type { AdoptionOutcome } from './adoption.enums.js';
import { textEvidence } from './evidence/index.js';

/** The article a provision belongs to (itself, or its nearest enclosing article). */
export function articleOf(version: VersionIndex, address: string): string | null {
  for (const a of version.lineage(address)) if (version.get(a)?.kind === 'article') return a;
  return null;
}

/** For each old article address, what became of it in the later version: its new article(s), or nothing. */
export function articleMapping(changes: readonly ArticleChange[]): Map<string, ArticleChange> {
  const map = new Map<string, ArticleChange>();
  for (const change of changes) for (const from of change.from) map.set(from.address, change);
  return map;
}

/**
 * 文本佐证: when a later version of a task's draft exists, what its text says about each suggestion submitted on the
 * task — computed as soon as the version is added (and again on request, say after more points submitted), stored,
 * shown next to the decision as a proposal to confirm. It never changes a decision by itself.
 */
@Injectable()
export class EvidenceService implements OnModuleInit {
  private readonly logger = new Logger(EvidenceService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tasks: TaskService,
    private readonly drafts: DraftsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly consolidations: ConsolidationService,
    private readonly suggestionRows: SuggestionService,
  ) {}

  onModuleInit(): void {
    this.drafts.onVersionAdded((actor, version, progress) =>
      this.proposeFromNewVersion(actor, version, progress),
    );
  }

  /**
   * A new version of a draft: evidence for every task consulted on an earlier version that received submissions (a
   * step of the version's follow-up job, one transaction per task, each replacing what an earlier attempt wrote).
   * Returns the sentence for the job's summary.
   */
  async proposeFromNewVersion(
    actor: Actor,
    version: Pick<DraftVersionModel, 'id' | 'draftId' | 'sequence'>,
    progress: (percent: number, step?: string) => Promise<void> = () => Promise.resolve(),
  ): Promise<string> {
    await progress(0, '查找在先前稿次上提交了汇总意见的任务');
    const [versions] = await this.drafts.versionsOfDrafts([version.draftId]);
    const earlier = versions.filter((v) => v.sequence < version.sequence).map((v) => v.id);
    const tasks = await this.tasks.tasksOnVersions(earlier, (taskId) =>
      this.consolidations.hasSubmittedTable(taskId),
    );
    if (!tasks.length) return '先前稿次上没有已提交的汇总意见，无需生成文本佐证';
    let suggestions = 0;
    const failed: string[] = [];
    for (const [i, task] of tasks.entries()) {
      await progress((i / tasks.length) * 100, `生成文本佐证：第 ${i + 1}/${tasks.length} 个任务`);
      // One task's failure leaves the others their evidence; proposeAdoptionFromText can compute it again. The job's
      // lost claim is not a failure: it stops here, and the retry starts again.
      try {
        suggestions += (await this.propose(actor, task.id, version.id)).length;
      } catch (error) {
        if (error instanceof JobInterruptedError) throw error;
        failed.push(task.id);
        this.logger.warn(`任务 ${task.id} 的文本佐证未能生成：${(error as Error).message}`);
      }
    }
    await progress(100);
    return (
      `为 ${tasks.length - failed.length} 个任务的 ${suggestions} 条汇总意见生成文本佐证` +
      (failed.length ? `，${failed.length} 个任务未能生成（可再次比对后续稿次）` : '')
    );
  }

  async propose(actor: Actor, taskId: string, laterVersionId: string): Promise<AdoptionEvidenceEntity[]> {
    const task = await this.tasks.mustFindVisibleTask(actor, taskId);
    if (!actsForLegislature(actor, task.legislatureId)) {
      throw new ForbiddenError('只有立法机关可以比对后续稿次', 'NOT_RECEIVING_LEGISLATURE');
    }
    const consulted = await this.drafts.mustFindVersion(task.draftVersionId);
    // Another legislature's version answers as a missing one; the staff's own other drafts are told apart.
    const later = await this.drafts.mustFindVisibleVersion(actor, laterVersionId);
    if (later.draftId !== consulted.draftId || later.id === consulted.id) {
      throw BadInputError.field(
        'input.laterVersionId',
        '请选择同一草案的另一个稿次',
        'VERSION_OF_OTHER_DRAFT',
      );
    }
    const submitted = await this.consolidations.submittedOf(taskId);
    const suggestions = await this.suggestionRows.ofConsolidations(submitted.map((c) => c.id));
    const version = await this.drafts.versionIndex(consulted.id);
    const mapping = articleMapping((await this.drafts.comparison(consulted.id, later.id)).changes);
    const now = this.clock.now();
    const rows = suggestions.map((s): AdoptionEvidenceEntity => {
      const article = s.provisionAddress ? articleOf(version, s.provisionAddress) : null;
      const change = article ? mapping.get(article) : undefined;
      const consultedText = change ? change.from.map((a) => a.text).join('\n') : null;
      const laterText = change && change.to.length ? change.to.map((a) => a.text).join('\n') : null;
      const evidence = textEvidence({
        consultedText,
        laterText,
        proposedChange: s.proposedChange,
        provisionLabel: s.provisionCitation ?? undefined,
      });
      return {
        id: newId(),
        suggestionId: s.id,
        taskId,
        laterVersionId: later.id,
        laterCitation: change?.to.map((a) => a.citation).join('、') || null,
        provisionChanged: evidence.provisionChanged,
        provisionDeleted: evidence.provisionDeleted,
        beforeMilli: Math.round(evidence.before * 1000),
        afterMilli: Math.round(evidence.after * 1000),
        suggestedOutcome: evidence.suggestedOutcome as AdoptionOutcome | null,
        matchedPassages: JSON.stringify(evidence.matchedPassages),
        summary: evidence.summary.slice(0, 500),
        computedAt: now,
      };
    });
    await this.db.transaction(async (em) => {
      await em.delete(AdoptionEvidenceEntity, { taskId, laterVersionId: later.id });
      for (const part of chunk(rows, 200)) await em.insert(AdoptionEvidenceEntity, part);
      await this.audit.record(em, actor, {
        action: 'adoption.evidence',
        entityType: 'ConsultationTask',
        entityId: taskId,
        before: null,
        after: { laterVersionId: later.id, suggestions: rows.length },
      });
    });
    return rows;
  }

  /** Evidence per suggestion, newest version first (batch). */
  async evidenceFor(suggestionIds: readonly string[]): Promise<AdoptionEvidenceEntity[][]> {
    const bySuggestion = new Map<string, AdoptionEvidenceEntity[]>();
    for (const part of chunk(suggestionIds)) {
      const rows = await this.db
        .getRepository(AdoptionEvidenceEntity)
        .find({ where: { suggestionId: In(part) }, order: { computedAt: 'DESC', id: 'ASC' } });
      for (const row of rows)
        bySuggestion.set(row.suggestionId, [...(bySuggestion.get(row.suggestionId) ?? []), row]);
    }
    return suggestionIds.map((id) => bySuggestion.get(id) ?? []);
  }
}
