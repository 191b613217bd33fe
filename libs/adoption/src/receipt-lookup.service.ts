import { Inject, Injectable, Optional } from '@nestjs/common';
import { chinaDate } from '@app/common';
import { ConsolidationService, SuggestionService } from '@app/consolidation';
import { TaskService } from '@app/consultation';
import { DraftsService } from '@app/drafts';
import { OpinionService, OpinionStatus, checkedReceiptNumber } from '@app/feedback';
import { AddressThrottler, type AddressLimit } from '@app/identity';
import {
  ADOPTION_OPTIONS,
  RECEIPT_LOOKUP_LIMITS,
  type AdoptionOptions,
  type ReceiptLookupLimits,
} from './adoption.options.js';
import { AdoptionDecisionEntity } from './adoption.entities.js';
import { ReceiptNotFoundError } from './adoption.errors.js';
import { OUTCOME_RANK, type AdoptionOutcome } from './adoption.enums.js';
import {
  ReceiptStage,
  type OpinionReceiptModel,
  type ReceiptDecisionModel,
} from './receipt-lookup.models.js';

/** Every lookup, against the minute; and the misses, against the day (see RECEIPT_LOOKUP_LIMITS). */
function lookupLimits(limits: ReceiptLookupLimits): { perMinute: AddressLimit; misses: AddressLimit } {
  return {
    perMinute: {
      kind: 'receipt',
      windows: [{ limit: limits.perMinute, seconds: 60 }],
      reason: 'RECEIPT_LOOKUP_RATE_LIMITED',
      message: () => `当前网络每分钟最多查询 ${limits.perMinute} 次回执号`,
    },
    misses: {
      kind: 'receipt-miss',
      windows: [{ limit: limits.perDay, seconds: 24 * 3600 }],
      reason: 'RECEIPT_LOOKUP_RATE_LIMITED',
      message: () => `当前网络今天已有 ${limits.perDay} 次查询没有查到回执号`,
    },
  };
}

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
    @Optional() @Inject(ADOPTION_OPTIONS) options: AdoptionOptions | null,
  ) {
    this.limits = lookupLimits(options?.receiptLookups ?? RECEIPT_LOOKUP_LIMITS);
  }

  private readonly limits: ReturnType<typeof lookupLimits>;

  /**
   * Checks the number (no read); refuses when the client's misses of the day are used up; spends one lookup of its
   * minute; reads; and charges a miss to the day. The day may overshoot by the lookups in flight, at most a minute's.
   */
  async lookup(receiptNumber: string, address: string): Promise<OpinionReceiptModel> {
    const digits = checkedReceiptNumber(receiptNumber, 'receiptNumber');
    await this.throttler.check(this.limits.misses, address);
    await this.throttler.spend(this.limits.perMinute, address);
    const notFound = async () => {
      await this.throttler.spend(this.limits.misses, address).catch(() => undefined);
      return new ReceiptNotFoundError();
    };
    const opinion = await this.opinions.opinionByReceipt(digits);
    if (!opinion) throw await notFound();
    const [task] = await this.tasks.tasksByIds([opinion.taskId]);
    const [version] = task ? await this.drafts.versionsByIds([task.draftVersionId]) : [];
    if (!task || !version) throw await notFound();
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
