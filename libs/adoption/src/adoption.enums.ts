import { registerLabelledEnum } from '@app/common';

/** 采纳 / 部分采纳 / 未采纳 / 研究中: what the legislature took from a suggestion. */
export enum AdoptionOutcome {
  ADOPTED = 'ADOPTED',
  PARTIALLY_ADOPTED = 'PARTIALLY_ADOPTED',
  NOT_ADOPTED = 'NOT_ADOPTED',
  UNDER_STUDY = 'UNDER_STUDY',
}
export const OUTCOME_LABELS: Record<AdoptionOutcome, string> = {
  ADOPTED: '采纳',
  PARTIALLY_ADOPTED: '部分采纳',
  NOT_ADOPTED: '未采纳',
  UNDER_STUDY: '研究中',
};
registerLabelledEnum(AdoptionOutcome, 'AdoptionOutcome', '采纳情况', OUTCOME_LABELS);

/** The best outcome first: an opinion that went into several suggestions takes the best of their outcomes. */
export const OUTCOME_RANK: Record<AdoptionOutcome, number> = {
  ADOPTED: 0,
  PARTIALLY_ADOPTED: 1,
  UNDER_STUDY: 2,
  NOT_ADOPTED: 3,
};

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
