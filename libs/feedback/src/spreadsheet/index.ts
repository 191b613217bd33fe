/** The opinion spreadsheet: the .xlsx template collectors fill in, and the parser of a filled-in sheet. */
export {
  buildOpinionTemplate,
  TEMPLATE_DATA_ROWS,
  type OpinionTemplateInput,
  type TemplateProvision,
} from './opinion-template.js';
export {
  parseOpinionSheet,
  MAX_OPINION_SHEET_BYTES,
  OPINION_SHEET_LIMITS,
  HEADER_SEARCH_ROWS,
  type OpinionSheetContext,
  type OpinionSheetResult,
  type OpinionSheetError,
  type ParsedOpinionRow,
  type OpinionCellErrorCode,
  type OpinionFileErrorReason,
} from './opinion-import.js';
export { readOpinionSheet } from './read-opinion-sheet.js';
export {
  OPINION_COLUMNS,
  GENERAL_OPINION,
  SHEET_NAMES,
  provisionEntry,
  type OpinionColumn,
  type OpinionColumnKey,
} from './opinion-columns.js';
