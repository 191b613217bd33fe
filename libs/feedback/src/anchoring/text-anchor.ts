/**
 * Anchoring a selection of a provision's text (createAnchor) and finding it again in a text that may have changed
 * (locateQuote).
 */
import { BadInputError } from '@app/common/errors';
import {
  type AnchoringOptions,
  DEFAULT_ANCHORING_OPTIONS,
  type ProvisionAnchor,
  type ProvisionText,
  type QuoteMatch,
  type TextAnchor,
} from './anchoring.types.js';
import { foldText, isExtendingAt, splitsSurrogatePair } from './fold.js';
import { findMatches, judgeInPlace, prepareAnchor, type ScoredMatch } from './match.js';

export interface CreateAnchorOptions {
  /** Characters (code points) of context kept on each side; 1..256, default 32. */
  contextLength?: number;
}

const BLANK = /^[\s\p{Cf}]$/u;

/**
 * Anchors the selection [start, end) of `provisionText` (UTF-16 offsets, as a browser reports them).
 * The selection is first widened to whole characters (a surrogate pair such as 𠮷, a character with its variation
 * selector) and then trimmed of whitespace at both ends, so the stored quote is what the expert meant; the returned
 * `start`/`end` are the adjusted ones. Throws a BadInputError (INVALID_SELECTION) for offsets outside the text, an
 * empty or reversed selection, or one made only of whitespace.
 */
export function createAnchor(
  provisionText: string,
  start: number,
  end: number,
  options: CreateAnchorOptions = {},
): TextAnchor {
  const contextLength = options.contextLength ?? DEFAULT_ANCHORING_OPTIONS.contextLength;
  if (!Number.isInteger(contextLength) || contextLength < 1 || contextLength > 256) {
    throw new RangeError(`contextLength must be an integer in 1..256, got ${contextLength}`);
  }
  const length = provisionText.length;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start >= end) {
    throw new BadInputError(
      'INVALID_SELECTION',
      `所选文字的位置无效（起点 ${start}，终点 ${end}）：起点须小于终点，且都在条文长度 ${length} 以内`,
      [{ field: 'selection', message: '所选文字的位置无效' }],
    );
  }
  let s = start;
  let e = end;
  if (splitsSurrogatePair(provisionText, s)) s--;
  while (s > 0 && isExtendingAt(provisionText, s)) s = previousBoundary(provisionText, s);
  if (splitsSurrogatePair(provisionText, e)) e++;
  while (e < length && isExtendingAt(provisionText, e)) e = nextBoundary(provisionText, e);
  const blankAt = (i: number): boolean => BLANK.test(String.fromCodePoint(provisionText.codePointAt(i) ?? 0));
  while (s < e && blankAt(s)) s = nextBoundary(provisionText, s);
  while (e > s && blankAt(previousBoundary(provisionText, e))) e = previousBoundary(provisionText, e);
  if (s >= e) {
    throw new BadInputError('INVALID_SELECTION', '所选内容只有空白，请选择条文中的文字', [
      { field: 'selection', message: '所选内容只有空白' },
    ]);
  }
  let p = s;
  for (let i = 0; i < contextLength && p > 0; i++) p = previousBoundary(provisionText, p);
  let q = e;
  for (let i = 0; i < contextLength && q < length; i++) q = nextBoundary(provisionText, q);
  return {
    quote: provisionText.slice(s, e),
    prefix: provisionText.slice(p, s),
    suffix: provisionText.slice(e, q),
    start: s,
    end: e,
  };
}

/** `createAnchor` on a provision, carrying its address. */
export function createProvisionAnchor(
  provision: Pick<ProvisionText, 'address' | 'text'>,
  start: number,
  end: number,
  options: CreateAnchorOptions = {},
): ProvisionAnchor {
  return { address: provision.address, ...createAnchor(provision.text, start, end, options) };
}

/**
 * Finds the anchor's quote in `text`, a (possibly changed) version of the provision it was made in.
 * Candidates are the exact occurrences, the occurrences after folding width, quotes and whitespace, and (for quotes of
 * 5+ folded characters) approximate occurrences within ⌊0.2 · length⌋ edits. Each is scored by its evidence
 * (0.6 · quote similarity + 0.4 · context agreement); the best acceptable one wins, ties going to the one nearest the
 * old offset. So among identical occurrences the context decides, and an identical phrase in another sentence does not
 * beat the quote edited in its own place. Returns null when nothing is acceptable (see AnchoringOptions).
 */
export function locateQuote(
  text: string,
  anchor: TextAnchor,
  options: Partial<AnchoringOptions> = {},
): QuoteMatch | null {
  const opts: AnchoringOptions = { ...DEFAULT_ANCHORING_OPTIONS, ...options };
  const prepared = prepareAnchor(anchor, opts);
  if (prepared.quote.length === 0) return null;
  const all = findMatches({ text, folded: foldText(text) }, prepared, opts, true);
  const matches = all.filter((m) => judgeInPlace(m, all, prepared, opts) !== 'NO');
  if (matches.length === 0) return null;
  matches.sort(
    (a, b) => byEvidence(a, b) || Math.abs(a.start - anchor.start) - Math.abs(b.start - anchor.start),
  );
  return publicMatch(matches[0]);
}

/** Higher evidence first; differences under 1e-9 are floating-point noise and count as a tie. */
export function byEvidence(a: { evidence: number }, b: { evidence: number }): number {
  const d = b.evidence - a.evidence;
  return Math.abs(d) < 1e-9 ? 0 : d;
}

export function publicMatch(match: ScoredMatch): QuoteMatch {
  const { start, end, text, score, context, method } = match;
  return { start, end, text, score, context, method };
}

function previousBoundary(text: string, offset: number): number {
  return splitsSurrogatePair(text, offset - 1) ? offset - 2 : offset - 1;
}

function nextBoundary(text: string, offset: number): number {
  return splitsSurrogatePair(text, offset + 1) ? offset + 2 : offset + 1;
}
