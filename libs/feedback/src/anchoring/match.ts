/**
 * Finding and scoring the places where an anchor's quote may now be, in one text. Shared by `locateQuote` (one text)
 * and `reanchor` (a whole version); the decisions between places are theirs.
 */
import type { AnchoringOptions, AnchorMatchMethod, QuoteMatch, TextAnchor } from './anchoring.types.js';
import { type FoldedText, foldPoints } from './fold.js';
import {
  approximateOccurrences,
  exactOccurrences,
  type FoldedHit,
  lcsSimilarity,
  mayContainApproximately,
} from './quote-search.js';

/** An anchor folded once for all the texts it is looked for in. */
export interface PreparedAnchor {
  anchor: TextAnchor;
  quote: Int32Array;
  prefix: Int32Array;
  suffix: Int32Array;
  /** Edits a fuzzy match may have. */
  maxDistance: number;
  /** The quote also occurs in its own prefix or suffix: the old provision held it more than once. */
  repeatedNearby: boolean;
}

/** Stands for the edge of the provision in a context that reached it (a code point no text holds). */
export const EDGE = -1;

export function prepareAnchor(anchor: TextAnchor, options: AnchoringOptions): PreparedAnchor {
  const quote = foldPoints(anchor.quote);
  // A side that reached the edge of the provision has the edge as part of it, so that 取 ending a provision does not
  // agree with 取本 in the middle of another. The prefix reached it when it runs back to offset 0; the suffix, when
  // it is shorter than the context length (the anchor should be made with the same `contextLength`).
  const prefix = foldPoints(anchor.prefix);
  const suffix = foldPoints(anchor.suffix);
  const prefixAtEdge = anchor.prefix.length === anchor.start;
  const suffixAtEdge = [...anchor.suffix].length < options.contextLength;
  const around = new Int32Array(prefix.length + quote.length + suffix.length);
  around.set(prefix);
  around.set(quote, prefix.length);
  around.set(suffix, prefix.length + quote.length);
  return {
    anchor,
    quote,
    prefix: prefixAtEdge ? withEdge(prefix, 'before') : prefix,
    suffix: suffixAtEdge ? withEdge(suffix, 'after') : suffix,
    repeatedNearby: quote.length > 0 && exactOccurrences(around, quote, 2).length > 1,
    // The epsilon keeps 0.2 · 10 from rounding down to 1.
    maxDistance: Math.floor((1 - options.minQuoteSimilarity) * quote.length + 1e-9),
  };
}

function withEdge(points: Int32Array, where: 'before' | 'after'): Int32Array {
  const out = new Int32Array(points.length + 1);
  if (where === 'before') {
    out[0] = EDGE;
    out.set(points, 1);
  } else {
    out.set(points);
    out[points.length] = EDGE;
  }
  return out;
}

export interface ScoredMatch extends QuoteMatch {
  evidence: number;
  /** Agreement of each side on its own: a match elsewhere needs both, not one strong side hiding a wrong one. */
  prefixAgreement: number;
  suffixAgreement: number;
}

/** What a text offers for fuzzy search: its bigrams, to skip it cheaply when it cannot hold a match. */
export interface SearchableText {
  text: string;
  folded: FoldedText;
  bigrams?: Set<number>;
}

/**
 * Every place in `target` where the quote occurs exactly or (with `fuzzy`) within the edit budget, non-overlapping,
 * scored. Fuzzy search is skipped when the quote is too short to allow an edit or the text's bigrams rule a match out.
 */
export function findMatches(
  target: SearchableText,
  prepared: PreparedAnchor,
  options: AnchoringOptions,
  fuzzy: boolean,
): ScoredMatch[] {
  const { folded } = target;
  const m = prepared.quote.length;
  // Exact occurrences are all kept, overlapping ones too ("啊啊" twice in "啊啊啊"): each may be the annotated one.
  let hits: FoldedHit[] = exactOccurrences(folded.points, prepared.quote, options.maxOccurrences).map(
    (start) => ({
      start,
      end: start + m,
      distance: 0,
    }),
  );
  const tryFuzzy =
    fuzzy &&
    prepared.maxDistance > 0 &&
    (target.bigrams === undefined ||
      mayContainApproximately(target.bigrams, prepared.quote, prepared.maxDistance));
  if (tryFuzzy) {
    // An approximate hit overlapping an exact one is that exact one seen through a window one character off.
    const exact = hits;
    const approximate = approximateOccurrences(folded.points, prepared.quote, prepared.maxDistance).filter(
      (h) => h.distance > 0 && exact.every((e) => h.end <= e.start || h.start >= e.end),
    );
    hits = [...exact, ...approximate.slice(0, options.maxOccurrences)];
  }
  return hits.map((hit) => scoreHit(target, prepared, options, hit));
}

function scoreHit(
  target: SearchableText,
  prepared: PreparedAnchor,
  options: AnchoringOptions,
  hit: FoldedHit,
): ScoredMatch {
  const { folded, text } = target;
  const start = folded.from[hit.start];
  const end = folded.to[hit.end - 1];
  const found = text.slice(start, end);
  const score = 1 - hit.distance / prepared.quote.length;
  const points = folded.points;
  // The same number of code points as the anchor's side, the edge of the text counting as one when it is reached.
  const p = prepared.prefix.length;
  const before =
    hit.start >= p
      ? points.subarray(hit.start - p, hit.start)
      : withEdge(points.subarray(0, hit.start), 'before');
  const q = prepared.suffix.length;
  const after =
    points.length - hit.end >= q
      ? points.subarray(hit.end, hit.end + q)
      : withEdge(points.subarray(hit.end), 'after');
  const prefixAgreement = lcsSimilarity(prepared.prefix, before);
  const suffixAgreement = lcsSimilarity(prepared.suffix, after);
  // Each side weighs by its length: a prefix clipped to three characters by the start of the provision agrees by luck
  // more easily than a full one.
  const prefixWeight = Math.max(1, p);
  const suffixWeight = Math.max(1, q);
  const context =
    (prefixAgreement * prefixWeight + suffixAgreement * suffixWeight) / (prefixWeight + suffixWeight);
  let method: AnchorMatchMethod = 'FUZZY';
  if (hit.distance === 0) method = found === prepared.anchor.quote ? 'EXACT' : 'NORMALIZED';
  return {
    start,
    end,
    text: found,
    score,
    context,
    method,
    evidence: options.quoteWeight * score + (1 - options.quoteWeight) * context,
    prefixAgreement,
    suffixAgreement,
  };
}

/**
 * How a match in a provision the annotation is expected in (its old address, or one the hints name) may be taken.
 * STRONG: its context agrees on average, or strongly on one full side (text inserted right before a quote wipes out
 * that side only). WEAK: a distinctive quote that occurs once in the provision (and did not occur twice around its old
 * place), whatever its context: the words the expert annotated are probably still there, their surroundings rewritten;
 * but the same words with their context elsewhere (after a renumbering nobody told us about) are more probably it.
 * `matches` are all the matches in that provision.
 */
export type InPlaceVerdict = 'STRONG' | 'WEAK' | 'NO';

export function judgeInPlace(
  match: ScoredMatch,
  matches: readonly ScoredMatch[],
  prepared: PreparedAnchor,
  options: AnchoringOptions,
): InPlaceVerdict {
  if (match.method === 'FUZZY' && match.evidence < options.acceptInPlace) return 'NO';
  const distinctive = prepared.quote.length >= options.distinctiveQuoteLength;
  const minContext = distinctive ? options.minContextInPlace : options.minContextShortQuote;
  const strongSide = Math.max(
    prepared.prefix.length >= options.minStrongSideLength ? match.prefixAgreement : 0,
    prepared.suffix.length >= options.minStrongSideLength ? match.suffixAgreement : 0,
  );
  if (match.context >= minContext || strongSide >= options.strongSideInPlace) return 'STRONG';
  const sole =
    distinctive &&
    !prepared.repeatedNearby &&
    match.method !== 'FUZZY' &&
    matches.every((m) => m === match || m.method === 'FUZZY');
  return sole ? 'WEAK' : 'NO';
}

/**
 * May a match be taken in a provision nobody pointed to? Only the quote itself (exact or normalized: an edited quote
 * that also moved is too doubtful), with the text on both sides agreeing.
 */
export function acceptableElsewhere(
  match: ScoredMatch,
  prepared: PreparedAnchor,
  options: AnchoringOptions,
): boolean {
  if (match.method === 'FUZZY') return false;
  const distinctive = prepared.quote.length >= options.distinctiveQuoteLength;
  const minContext = distinctive ? options.minContextElsewhere : options.minContextShortQuoteElsewhere;
  return (
    match.context >= minContext &&
    Math.min(match.prefixAgreement, match.suffixAgreement) >= options.minSideElsewhere
  );
}
