/** The consolidated feedback rendered as files: a .docx for the legislature and an .xlsx to sort and filter. */
export * from './consolidated-document.js';
export { renderConsolidatedDocx } from './consolidated-docx.js';
export { renderConsolidatedXlsx } from './consolidated-xlsx.js';
export { xmlSafe, cellText, MAX_CELL_CHARACTERS } from './text-safety.js';
