/**
 * The outcome of a decision as plain values, with no GraphQL registration: the ledger's arithmetic (ledger.ts, the
 * `@app/adoption/ledger` entry) uses it without loading Nest. adoption.enums.ts registers it for the schema.
 */

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

/** The best outcome first: an opinion that went into several suggestions takes the best of their outcomes. */
export const OUTCOME_RANK: Record<AdoptionOutcome, number> = {
  ADOPTED: 0,
  PARTIALLY_ADOPTED: 1,
  UNDER_STUDY: 2,
  NOT_ADOPTED: 3,
};
