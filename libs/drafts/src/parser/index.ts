/** The text of a regulation: reading uploaded files, parsing plain text into provisions, and writing it back. */
export { parseRegulation } from './parse-regulation.js';
export { renderRegulation, type RenderOptions } from './render-regulation.js';
export { readDraftUpload, UPLOAD_WORKER_LIMITS } from './read-draft-upload.js';
export { checkDraftLines, DRAFT_TEXT_LIMITS } from './draft-upload-reader.js';
export {
  DOCX_LIMITS,
  decodeRegulationFile,
  MAX_REGULATION_FILE_BYTES,
  type DecodedRegulationFile,
  type RegulationFileEncoding,
} from './decode-regulation-file.js';
export { parseChineseNumber, toChineseNumber } from './chinese-numerals.js';
