import type { ConsolidatedSuggestionEntity } from './consolidation.entities.js';
import type { ConsolidatedSuggestionModel } from './consolidation.models.js';

/** A suggestion row as GraphQL shows it: a suggestion on no provision is cited as 总体意见. */
export const toSuggestionModel = (row: ConsolidatedSuggestionEntity): ConsolidatedSuggestionModel => ({
  ...row,
  citation: row.provisionCitation ?? '总体意见',
});
