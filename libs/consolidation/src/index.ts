export * from './consolidation.enums.js';
export * from './consolidation.models.js';
export * from './consolidation-access.js';
export * from './consolidation.service.js';
export * from './suggestion.service.js';
export * from './duplicate-group.service.js';
export * from './opinion-facts.js';
export {
  EXPERT_CHANNEL_LABEL,
  EXPERT_ORIGIN_KEY,
  EXPERT_TEAM_LABEL,
  originSuggestionRows,
  originSuggestionTally,
  type OriginColumn,
  type OriginSuggestionRow,
} from './submitted-origins.js';
export { NO_UNIT_LABEL } from './workbench.service.js';
export * from './feedback-document.service.js';
export * from './consolidation.module.js';
export * from './suggestion-model.js';
export * from './near-duplicates/index.js';
export * from './documents/index.js';
export {
  CONSOLIDATED_EXPORT_JOB,
  EXPORT_RETENTION_MS,
  type ConsolidatedExportPayload,
} from './consolidated-export.job.js';
