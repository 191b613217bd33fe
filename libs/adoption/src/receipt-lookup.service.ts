import { Injectable } from '@nestjs/common';
import { chinaDate } from '@app/common';
import { ConsolidationService, SuggestionService } from '@app/consolidation';
import { TaskService } from '@app/consultation';
import { DraftsService } from '@app/drafts';
import { OpinionService, OpinionStatus, checkedReceiptNumber } from '@app/feedback';
import { AddressThrottler, type AddressLimit } from '@app/identity';
import { AdoptionDecisionEntity } from './adoption.entities.js';
import { ReceiptNotFoundError } from './adoption.errors.js';
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

/**
 * 意见回执查询: anyone holding a receipt number learns where the opinion stands — the draft, the provision, the date it
 * was received, its stage and the legislature's published decisions — and nothing else (no text, no person, no unit).
 */
@Injectable()
export class ReceiptLookupService {
  constructor(
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
    if (!opinion) throw new ReceiptNotFoundError();
    const [task] = await this.tasks.tasksByIds([opinion.taskId]);
    const [version] = task ? await this.drafts.versionsByIds([task.draftVersionId]) : [];
    if (!task || !version) throw new ReceiptNotFoundError();
    const draft = await this.drafts.mustFindDraft(version.draftId);

    let stage: ReceiptStage;
    let decisions: ReceiptDecisionModel[] = [];
    if (opinion.status === OpinionStatus.WITHDRAWN) stage = ReceiptStage.WITHDRAWN;
    else if (opinion.status === OpinionStatus.OUT_OF_SCOPE) stage = ReceiptStage.OUT_OF_SCOPE;
    else {
      const links = await this.linksWithDecisions(opinion.id);
      decisions = links.decisions;
      // Decided needs no more reading; otherwise whether the point submitted its table tells 已报送 from 已汇总.
      const submitted =
        !decisions.length &&
        links.linked &&
        (await this.consolidations.submittedTaskIds(opinion.contactPointId, [opinion.taskId])).length > 0;
      stage = decisions.length
        ? ReceiptStage.DECIDED
        : submitted
          ? ReceiptStage.SUBMITTED
          : links.linked
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

  /**
   * In one statement: whether the opinion went into a suggestion, and the published decisions (never a working copy)
   * of those suggestions, best outcome first. The decision is left-joined, so a suggestion without one still counts as
   * a link.
   */
  private async linksWithDecisions(
    opinionId: string,
  ): Promise<{ linked: boolean; decisions: ReceiptDecisionModel[] }> {
    const links = await this.suggestions
      .linksOfOpinions([opinionId])
      .leftJoin(AdoptionDecisionEntity, 'd', 'd.suggestion_id = s.suggestion_id')
      .addSelect('d.published_outcome', 'outcome')
      .addSelect('d.published_reason', 'reason')
      .addSelect('d.published_at', 'publishedAt')
      .getRawMany<{
        outcome: AdoptionOutcome | null;
        reason: string | null;
        publishedAt: Date | string | null;
        number: unknown;
      }>();
    const rows = links.flatMap((r) =>
      r.outcome && r.publishedAt
        ? [{ outcome: r.outcome, reason: r.reason ?? '', publishedAt: r.publishedAt, number: r.number }]
        : [],
    );
    const decisions = rows
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
    return { linked: links.length > 0, decisions };
  }
}
