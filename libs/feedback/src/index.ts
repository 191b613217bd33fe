export * from './feedback.enums.js';
export * from './feedback.models.js';
export * from './opinion.service.js';
export * from './search-index.service.js';
export * from './feedback.module.js';
export * from './annotation.models.js';
export * from './annotation.service.js';
export * from './activity.models.js';
export * from './activity.service.js';
export * from './online-collection.models.js';
export { OnlineCollectionService, PUBLIC_AUTHOR_ROLE } from './online-collection.service.js';
export { ONLINE_FLOW_LIMITS, onlineFlowSql } from './online-flow.js';
export { ONLINE_PAGE_LIMITS, PublicDraftCache, flattenPublicDraft, publicPage } from './online-page.js';
export type { PublicArticle, PublicDraft, PublicProvision } from './online-page.js';
export * from './spreadsheet/index.js';
export * from './opinion-import.service.js';
export { foldText, type FoldedText } from './anchoring/index.js';
export * from './feedback.loaders.js';
export * from './feedback.options.js';
export * from './opinion-tally.js';
export * from './point-opinions.js';
export {
  formatReceiptNumber,
  isValidReceiptNumber,
  receiptDigits,
  receiptNumberProblem,
} from './receipt-number.js';
