import { DATE_INPUT_YEARS, MAX_PAGE_SIZE, registerLabelledEnum } from '@app/common';
import { AdoptionOutcome, OUTCOME_LABELS } from './adoption-outcome.js';

// The outcome's values live in a framework-free file (the ledger's arithmetic loads it without Nest); registered here.
export { AdoptionOutcome, OUTCOME_LABELS, OUTCOME_RANK } from './adoption-outcome.js';
registerLabelledEnum(AdoptionOutcome, 'AdoptionOutcome', '采纳情况', OUTCOME_LABELS);

/** How a contributor who asked to be told was told (反馈方式). */
export enum DeliveryMethod {
  PHONE = 'PHONE',
  SMS = 'SMS',
  IN_PERSON = 'IN_PERSON',
  LETTER = 'LETTER',
  OTHER = 'OTHER',
}
export const DELIVERY_METHOD_LABELS: Record<DeliveryMethod, string> = {
  PHONE: '电话',
  SMS: '短信',
  IN_PERSON: '当面',
  LETTER: '书面',
  OTHER: '其他',
};
registerLabelledEnum(DeliveryMethod, 'DeliveryMethod', '反馈方式', DELIVERY_METHOD_LABELS);

export const ADOPTION_LIMITS = {
  reason: 1000,
  deliveryNote: 500,
  /** Years the ledger answers for: those a `Date` input may fall in. */
  firstYear: DATE_INPUT_YEARS.first,
  lastYear: DATE_INPUT_YEARS.last,
} as const;

/**
 * Most contact points on one page of the legislature's ledger overview (adoptionLedgerOverview's `first`): the common
 * MAX_PAGE_SIZE, as every list. The figures of every point are computed for the totals whatever the page, so a longer
 * page costs only its lines; a client paging with the size it uses elsewhere is not refused here alone.
 */
export const LEDGER_OVERVIEW_PAGE_MAX = MAX_PAGE_SIZE;

/** What the ledger overview's points are sorted by. */
export enum LedgerOverviewOrder {
  NAME = 'NAME',
  TASKS = 'TASKS',
  OPINIONS = 'OPINIONS',
  SUGGESTIONS = 'SUGGESTIONS',
  ADOPTED = 'ADOPTED',
  PARTIALLY_ADOPTED = 'PARTIALLY_ADOPTED',
  NOT_ADOPTED = 'NOT_ADOPTED',
  UNDER_STUDY = 'UNDER_STUDY',
  AWAITING_DECISION = 'AWAITING_DECISION',
  ADOPTION_RATE = 'ADOPTION_RATE',
}
export const LEDGER_OVERVIEW_ORDER_LABELS: Record<LedgerOverviewOrder, string> = {
  NAME: '联系点名称',
  TASKS: '承担任务',
  OPINIONS: '征集意见',
  SUGGESTIONS: '报送建议',
  ADOPTED: '采纳',
  PARTIALLY_ADOPTED: '部分采纳',
  NOT_ADOPTED: '未采纳',
  UNDER_STUDY: '研究中',
  AWAITING_DECISION: '待反馈',
  ADOPTION_RATE: '采纳率',
};
registerLabelledEnum(
  LedgerOverviewOrder,
  'LedgerOverviewOrder',
  '台账总览的排序',
  LEDGER_OVERVIEW_ORDER_LABELS,
);
