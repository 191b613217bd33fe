/**
 * The data of annotation anchoring: where an expert's annotation (批注) sits in a provision, and where it went in a new
 * version of the draft. Plain data, stored with the annotation and sent to clients.
 */
import type { ArticleChange } from '@app/drafts/text';

/**
 * A selection of a provision's text, anchored three ways (in the spirit of the W3C Web Annotation text quote and text
 * position selectors): the exact `quote`, some text around it (`prefix`, `suffix`) to tell repeated quotes apart and
 * to judge a match found elsewhere, and the offsets. Offsets are UTF-16 code units, as JavaScript strings and browser
 * selections count them, `start` inclusive and `end` exclusive; they never fall inside a surrogate pair (𠮷 is two
 * units) nor between a character and a variation selector or combining mark that belongs to it.
 */
export interface TextAnchor {
  quote: string;
  /** Up to `contextLength` characters (code points) before the quote; empty when the quote opens the provision. */
  prefix: string;
  /** Up to `contextLength` characters after the quote; empty when the quote closes the provision. */
  suffix: string;
  start: number;
  end: number;
}

/** A text anchor in a given provision, by the provision's stable address (`art_17__para_1__item_2`). */
export interface ProvisionAnchor extends TextAnchor {
  address: string;
}

/** One provision of a version, as the anchoring needs it: its own text (not its children's). */
export interface ProvisionText {
  address: string;
  text: string;
  /** How a person cites it (第十三条第一款), for messages; derived from the address when absent. */
  citation?: string;
}

/**
 * How the quote was found: EXACT (the same characters), NORMALIZED (the same after folding full/half-width forms,
 * quotes and whitespace), FUZZY (a lightly edited quote).
 */
export type AnchorMatchMethod = 'EXACT' | 'NORMALIZED' | 'FUZZY';

/** Where a quote was found in a text. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** The text now at [start, end): the quote itself, or its edited form for a FUZZY match. */
  text: string;
  /** How alike the found text is to the quote, 0..1: 1 − edits / quote length, on folded text (1 unless FUZZY). */
  score: number;
  /** How well the text around the match agrees with the anchor's prefix and suffix, 0..1. */
  context: number;
  method: AnchorMatchMethod;
}

/** A match in one provision of the new version. */
export interface AnchorCandidate extends QuoteMatch {
  address: string;
  citation: string;
}

export type ReanchorStatus = 'ANCHORED' | 'MOVED' | 'ORPHANED';

/**
 * Why an annotation ended where it did, for code (the `reason` says it for a person, in Chinese).
 * ANCHORED: UNCHANGED (same text, same offsets), SHIFTED (same text, offsets moved by edits around it), REFORMATTED
 * (only width/space/quote forms differ), EDITED (the quote itself was lightly edited).
 * MOVED: RENUMBERED, SPLIT, MERGED, RELOCATED (as the comparison says of its article), FOUND_ELSEWHERE (no comparison
 * given, or the text left its article).
 * ORPHANED: DELETED (nothing like the quote anywhere), CONTEXT_MISMATCH (found only where the text around it
 * disagrees), AMBIGUOUS (found in several places that nothing tells apart).
 */
export type ReanchorDetail =
  | 'UNCHANGED'
  | 'SHIFTED'
  | 'REFORMATTED'
  | 'EDITED'
  | 'RENUMBERED'
  | 'SPLIT'
  | 'MERGED'
  | 'RELOCATED'
  | 'FOUND_ELSEWHERE'
  | 'DELETED'
  | 'CONTEXT_MISMATCH'
  | 'AMBIGUOUS';

/** An annotation placed in the new version. */
export interface PlacedAnnotation extends AnchorCandidate {
  status: 'ANCHORED' | 'MOVED';
  detail: ReanchorDetail;
  /** For a person: 原文未变 / 条文已重新编号，批注随之移到第十三条第一款. */
  reason: string;
  /** The anchor rebuilt on the new text (its quote is the text now there), for the next version. */
  anchor: ProvisionAnchor;
  candidates: [];
}

/** An annotation that could not be placed with confidence: it keeps its old anchor and waits for a person. */
export interface OrphanedAnnotation {
  status: 'ORPHANED';
  detail: ReanchorDetail;
  reason: string;
  address: null;
  start: null;
  end: null;
  text: null;
  /** Quote similarity and context agreement of the best candidate (0 when nothing came close). */
  score: number;
  context: number;
  method: null;
  anchor: null;
  /** Places a person may choose from (best first, at most `maxCandidates`): similar text that was not taken because
   *  its context disagreed or because it was not the only one. */
  candidates: AnchorCandidate[];
}

export type ReanchorResult = PlacedAnnotation | OrphanedAnnotation;

/**
 * Where the caller expects the old provision's text in the new version, best first; usually from
 * `reanchorHintsFromComparison` (the article it was renumbered, moved or split into, the same sub-path first).
 * Given, it replaces the default trust in the old address: after a renumbering the old address may hold another
 * article, whose similar wording must not capture the annotation.
 */
export interface ReanchorHints {
  candidateAddresses?: readonly string[];
  /** What the comparison says happened to the article, to explain a move. */
  change?: Pick<ArticleChange, 'kind' | 'renumbered'>;
}

/**
 * Thresholds of the anchoring, measured on five real regulations (see README.md). Agreements are 2·LCS / total length
 * of the folded texts; `context` weighs prefix and suffix agreement by their lengths. `evidence` =
 * quoteWeight · score + (1 − quoteWeight) · context. A quote is *distinctive* from `distinctiveQuoteLength` folded
 * characters.
 *
 * In place (the old address, or an address the hints name), a match is taken when its context reaches
 * `minContextInPlace` (`minContextShortQuote` for a short quote), or one side of at least `minStrongSideLength`
 * characters agrees to `strongSideInPlace`, or it is the only occurrence of a distinctive quote there (and the quote
 * did not occur twice around its old place). A fuzzy match also needs `acceptInPlace` evidence.
 * Elsewhere, a match is taken only if exact or normalized, with a context of `minContextElsewhere`
 * (`minContextShortQuoteElsewhere` for a short quote) and each side at least `minSideElsewhere`; and it must lead every
 * other place by `ambiguityMargin`.
 */
export interface AnchoringOptions {
  /** Characters (code points) of prefix and suffix recorded with an anchor. */
  contextLength: number;
  /** Lowest quote similarity of a fuzzy match (1 − edits / folded quote length); the edit budget is
   *  ⌊(1 − this) · length⌋, so quotes under 5 characters are matched exactly or not at all. */
  minQuoteSimilarity: number;
  quoteWeight: number;
  distinctiveQuoteLength: number;
  minContextInPlace: number;
  minContextShortQuote: number;
  strongSideInPlace: number;
  minStrongSideLength: number;
  acceptInPlace: number;
  minContextElsewhere: number;
  minContextShortQuoteElsewhere: number;
  minSideElsewhere: number;
  /** Added to the evidence of a match in place when ranking, so that an equal match elsewhere does not win. */
  trustBonus: number;
  ambiguityMargin: number;
  /** Exact occurrences examined per provision (a one-character quote may occur thousands of times). */
  maxOccurrences: number;
  /** Candidates listed with an orphaned annotation. */
  maxCandidates: number;
}

export const DEFAULT_ANCHORING_OPTIONS: Readonly<AnchoringOptions> = Object.freeze({
  contextLength: 32,
  minQuoteSimilarity: 0.8,
  quoteWeight: 0.6,
  distinctiveQuoteLength: 8,
  minContextInPlace: 0.45,
  minContextShortQuote: 0.6,
  strongSideInPlace: 0.9,
  minStrongSideLength: 16,
  acceptInPlace: 0.85,
  minContextElsewhere: 0.8,
  minContextShortQuoteElsewhere: 0.85,
  minSideElsewhere: 0.5,
  trustBonus: 0.1,
  ambiguityMargin: 0.1,
  maxOccurrences: 1000,
  maxCandidates: 5,
});
