/**
 * The consolidated feedback rendered as files: a .docx for the legislature and an .xlsx to sort and filter; and the
 * layout and styles the other documents (@app/adoption's) share with them.
 */
export * from './consolidated-document.js';
export {
  renderConsolidatedDocx,
  streamConsolidatedDocx,
  type ConsolidatedRowSource,
} from './consolidated-docx.js';
export {
  renderConsolidatedXlsx,
  writeConsolidatedXlsx,
  type ConsolidatedXlsxRows,
} from './consolidated-xlsx.js';
// Moved to @app/common (the opinion template in feedback writes cells too); still offered here for the documents.
export { xmlSafe, cellText, linesOf, MAX_CELL_CHARACTERS, XLSX_TEXT_FORMAT } from '@app/common';
export * from './docx-layout.js';
export * from './xlsx-styles.js';
export * from './docx-stream.js';
export { xmlText, type DocxCellParagraph, type DocxRun } from './docx-table-xml.js';
