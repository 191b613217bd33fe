/**
 * Reading one upload in the current thread: decoding, converting Word, parsing, and the size limits of a draft's text.
 * readDraftUpload runs this in a worker thread; it is the worker's whole job.
 */
// Deep imports, not '@app/common': this file runs in the upload worker, whose start must not load all of common.
import { BadInputError } from '../../../common/src/errors.js';
import type { ParsedRegulation, ProvisionNode } from '../provision.js';
import { decodeRegulationFile, type RegulationFileEncoding } from './decode-regulation-file.js';
import { parseRegulation } from './parse-regulation.js';

/** Size of a draft's text, checked before parsing (lines) and after (provisions). */
export const DRAFT_TEXT_LIMITS = {
  /** Non-empty lines; the Civil Code has about 3,000. */
  maxLines: 40_000,
  /** Provisions of every level; the Civil Code has about 5,000. */
  maxProvisions: 20_000,
} as const;

/** Refuses a text with more lines than any draft has, before it is parsed. Cheap: one pass over the string. */
export function checkDraftLines(text: string): void {
  let lines = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (!blank) lines++;
      blank = true;
    } else if (c !== 32 && c !== 9 && c !== 13 && c !== 0x3000) blank = false;
  }
  if (!blank) lines++;
  if (lines > DRAFT_TEXT_LIMITS.maxLines) {
    throw new BadInputError(
      'DRAFT_TOO_LONG',
      `草案有 ${lines} 行，超过 ${DRAFT_TEXT_LIMITS.maxLines} 行的上限（约为《民法典》的十倍），请检查文本是否正确`,
    );
  }
}

export function checkProvisionCount(count: number): void {
  if (count > DRAFT_TEXT_LIMITS.maxProvisions) {
    throw new BadInputError(
      'DRAFT_TOO_LONG',
      `草案共 ${count} 个条文单位，超过 ${DRAFT_TEXT_LIMITS.maxProvisions} 个的上限，请检查文本是否正确`,
    );
  }
}

export interface DraftUpload {
  bytes?: Uint8Array;
  text?: string;
  fileName?: string;
}

export interface ReadDraft {
  parsed: ParsedRegulation;
  encoding: RegulationFileEncoding;
}

function count(nodes: ProvisionNode[]): number {
  return nodes.reduce((sum, n) => sum + 1 + count(n.children), 0);
}

export async function readDraftInThisThread(upload: DraftUpload): Promise<ReadDraft> {
  const decoded =
    upload.bytes !== undefined
      ? await decodeRegulationFile(Buffer.from(upload.bytes), upload.fileName)
      : { text: upload.text ?? '', encoding: 'utf-8' as const };
  checkDraftLines(decoded.text);
  const parsed = parseRegulation(decoded.text);
  checkProvisionCount(count(parsed.provisions));
  return { parsed, encoding: decoded.encoding };
}
