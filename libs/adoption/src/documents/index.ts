/**
 * The documents of the adoption step rendered as files: the comparison table (修改对照表, .docx), the feedback report
 * to a unit or point (意见采纳情况反馈, .docx) and the yearly evaluation (年度考核表, .xlsx and .docx). Pure: data in, bytes out.
 */
export * from './adoption-documents.js';
export { renderComparisonTableDocx } from './comparison-docx.js';
export { renderFeedbackReportDocx } from './feedback-report-docx.js';
export { renderEvaluationXlsx } from './evaluation-xlsx.js';
export { renderEvaluationDocx } from './evaluation-docx.js';
