import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError, chinaDate } from '@app/common';
import { ConsolidationService, SuggestionService } from '@app/consolidation';
import { TaskService } from '@app/consultation';
import { DraftsService } from '@app/drafts';
import { OpinionService, OpinionStatus, checkedReceiptNumber } from '@app/feedback';
import { AddressThrottler, type AddressLimit } from '@app/identity';
import { AdoptionDecisionEntity } from './adoption.entities.js';
import { OUTCOME_RANK, type AdoptionOutcome } from './adoption.enums.js';
import {
  ReceiptStage,
  type OpinionReceiptModel,
  type ReceiptDecisionModel,
} from './receipt-lookup.models.js';

/**
 * The public 回执查询's limit per client address. A day's receipt numbers are 10^7 (seven random digits and a check
 * digit): at these rates one address tries 100 of them a day, so guessing finds next to nothing, while a person (or a
 * community office helping a few residents) checking their numbers never meets it. Mistyped numbers (check digit
 * wrong) are refused before counting: they read nothing.
 */
export const RECEIPT_LOOKUP_LIMITS = { perMinute: 10, perDay: 100 } as const;

const LOOKUP_LIMIT: AddressLimit = {
  kind: 'receipt',
  windows: [
    { limit: RECEIPT_LOOKUP_LIMITS.perMinute, seconds: 60 },
    { limit: RECEIPT_LOOKUP_LIMITS.perDay, seconds: 24 * 3600 },
  ],
  reason: 'RECEIPT_LOOKUP_RATE_LIMITED',
  message: (window) =>
    window === 0
      ? `当前网络每分钟最多查询 ${RECEIPT_LOOKUP_LIMITS.perMinute} 次回执号`
      : `当前网络每天最多查询 ${RECEIPT_LOOKUP_LIMITS.perDay} 次回执号`,
};

/** The one answer for a number that names nothing to show: the same whether it was never issued or not. */
export const RECEIPT_NOT_FOUND_MESSAGE =
  '没有查到这个回执号的意见。请核对号码；如仍查不到，请联系为您记录意见的采集员';

/**
 * 意见回执查询: anyone holding a receipt number learns where the opinion stands — the draft, the provision, the date it
 * was received, its stage and the legislature's published decisions — and nothing else (no text, no person, no unit).
 */
@Injectable()
export class ReceiptLookupService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly opinions: OpinionService,
    private readonly tasks: TaskService,
    private readonly drafts: DraftsService,
    private readonly consolidations: ConsolidationService,
    private readonly suggestions: SuggestionService,
    private readonly throttler: AddressThrottler,
  ) {}

  /** Checks the number (no read), spends one lookup of the address's budget, then reads. */
  async lookup(receiptNumber: string, address: string): Promise<OpinionReceiptModel> {
    const digits = checkedReceiptNumber(receiptNumber, 'receiptNumber');
    await this.throttler.spend(LOOKUP_LIMIT, address);
    const opinion = await this.opinions.opinionByReceipt(digits);
    const notFound = () => new DomainError('NOT_FOUND', 'RECEIPT_NOT_FOUND', RECEIPT_NOT_FOUND_MESSAGE);
    if (!opinion) throw notFound();
    const [task] = await this.tasks.tasksByIds([opinion.taskId]);
    const [version] = task ? await this.drafts.versionsByIds([task.draftVersionId]) : [];
    if (!task || !version) throw notFound();
    const draft = await this.drafts.mustFindDraft(version.draftId);

    let stage: ReceiptStage;
    let decisions: ReceiptDecisionModel[] = [];
    if (opinion.status === OpinionStatus.WITHDRAWN) stage = ReceiptStage.WITHDRAWN;
    else if (opinion.status === OpinionStatus.OUT_OF_SCOPE) stage = ReceiptStage.OUT_OF_SCOPE;
    else {
      decisions = await this.publishedDecisions(opinion.id);
      const linked = (await this.suggestions.linksOfOpinions([opinion.id]).getRawMany()).length > 0;
      const submitted =
        linked &&
        (await this.consolidations.submittedTaskIds(opinion.contactPointId, [opinion.taskId])).length > 0;
      stage = decisions.length
        ? ReceiptStage.DECIDED
        : submitted
          ? ReceiptStage.SUBMITTED
          : linked
            ? ReceiptStage.CONSOLIDATED
            : ReceiptStage.RECEIVED;
    }
    return {
      receiptNumber: digits,
      draftTitle: draft.title,
      provisionCitation: opinion.provisionCitation,
      receivedOn: chinaDate(opinion.createdAt),
      stage,
      decisions,
    };
  }

  /** The published decisions (never a working copy) of the suggestions the opinion went into, best outcome first. */
  private async publishedDecisions(opinionId: string): Promise<ReceiptDecisionModel[]> {
    const rows = await this.suggestions
      .linksOfOpinions([opinionId])
      .innerJoin(AdoptionDecisionEntity, 'd', 'd.suggestion_id = s.suggestion_id')
      .addSelect('d.published_outcome', 'outcome')
      .addSelect('d.published_reason', 'reason')
      .addSelect('d.published_at', 'publishedAt')
      .andWhere('d.published_outcome IS NOT NULL')
      .getRawMany<{
        outcome: AdoptionOutcome;
        reason: string;
        publishedAt: Date | string;
        number: unknown;
      }>();
    return rows
      .sort(
        (a, b) => OUTCOME_RANK[a.outcome] - OUTCOME_RANK[b.outcome] || Number(a.number) - Number(b.number),
      )
      .map((r) => ({
        outcome: r.outcome,
        reason: r.reason,
        publishedOn: chinaDate(
          r.publishedAt instanceof Date ? r.publishedAt : new Date(`${r.publishedAt.replace(' ', 'T')}Z`),
        ),
      }));
  }
}
