import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ForbiddenError, toConnection, type PageWindow } from '@app/common';
import { ConsolidationService, SuggestionService } from '@app/consolidation';
import { TaskService } from '@app/consultation';
import type { Actor } from '@app/identity';
import { actsForLegislature, OrganizationService } from '@app/organization';
import { AdoptionDecisionEntity } from './adoption.entities.js';
import { changedSincePublished } from './adoption.service.js';

export interface ReviewPoint {
  contactPointId: string;
  name: string;
  suggestions: number;
  decided: number;
  published: number;
}

/** Where the legislature stands on one task: what it received, decided, published, and what a publish would send. */
export interface AdoptionReview {
  taskId: string;
  suggestions: number;
  decided: number;
  published: number;
  unpublished: number;
  unpublishedPoints: number;
  points: ReviewPoint[];
  /** The submitted consolidations the rows come from (for the page of rows). */
  consolidationIds: string[];
}

/**
 * 采纳审议: the deciding legislature's one list of every suggestion submitted on a task, across the points that
 * submitted, in the draft's order, with the progress of its decisions — so that hundreds of rows are reviewed in one
 * place and published together.
 */
@Injectable()
export class AdoptionReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tasks: TaskService,
    private readonly organization: OrganizationService,
    private readonly consolidations: ConsolidationService,
    private readonly suggestions: SuggestionService,
  ) {}

  async review(actor: Actor, taskId: string): Promise<AdoptionReview> {
    const task = await this.tasks.mustFindVisibleTask(actor, taskId);
    if (!actsForLegislature(actor, task.legislatureId)) {
      throw new ForbiddenError('只有收到该任务意见的立法机关可以审议采纳情况', 'NOT_RECEIVING_LEGISLATURE');
    }
    // The legislature's staff see every point's submitted table (checked just above).
    const submitted = await this.consolidations.submittedFor(actor, task);
    const consolidationIds = submitted.map((c) => c.id);
    const perPoint = await this.suggestions.countPerPoint(consolidationIds);
    // Decisions on the rows that are submitted now (a decision outlives nothing else, but count only what is listed).
    const decisions = consolidationIds.length
      ? await this.db
          .createQueryBuilder(AdoptionDecisionEntity, 'd')
          .where('d.task_id = :taskId', { taskId })
          .andWhere(
            this.suggestions.inConsolidations('d.suggestion_id', consolidationIds).sql,
            this.suggestions.inConsolidations('d.suggestion_id', consolidationIds).params,
          )
          .getMany()
      : [];
    const names = await this.organization.pointsByIds(submitted.map((c) => c.contactPointId));
    const points = submitted.map((c, i): ReviewPoint => {
      const mine = decisions.filter((d) => d.contactPointId === c.contactPointId);
      return {
        contactPointId: c.contactPointId,
        name: names[i]?.name ?? '',
        suggestions: perPoint.get(c.contactPointId) ?? 0,
        decided: mine.length,
        published: mine.filter((d) => !changedSincePublished(d)).length,
      };
    });
    const unpublished = decisions.filter(changedSincePublished);
    return {
      taskId,
      suggestions: [...perPoint.values()].reduce((a, b) => a + b, 0),
      decided: decisions.length,
      published: decisions.length - unpublished.length,
      unpublished: unpublished.length,
      unpublishedPoints: new Set(unpublished.map((d) => d.contactPointId)).size,
      points,
      consolidationIds,
    };
  }

  /** A page of the rows, in the draft's order (general opinions last), point by point within a provision. */
  async rows(review: AdoptionReview, window: PageWindow) {
    if (!review.consolidationIds.length) return toConnection([], 0, window);
    if (window.limit === 0) return toConnection([], review.suggestions, window);
    const [rows, total] = await this.suggestions.pageOfConsolidations(review.consolidationIds, window);
    return toConnection(rows, total, window);
  }
}
