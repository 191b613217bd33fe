import { registerLabelledEnum } from '@app/common';
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
  /** Years the ledger answers for. */
  firstYear: 2000,
  lastYear: 2100,
} as const;
