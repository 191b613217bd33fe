import type { ProvisionKind, ProvisionNode } from '../provision.js';

/**
 * What happened to an article between two versions of a draft.
 *
 * One entry of a comparison is an *alignment group*: the old articles on its left (`from`) and the new articles on its
 * right (`to`), as in a 修改前后对照表. Every article of either version belongs to exactly one entry.
 * - UNCHANGED: one → one, same (normalised) text and title, same place. May still be `renumbered`
 *   ("第十二条 → 第十三条（内容未变）"): renumbering is a flag, not a class, because it is a side effect of an insertion
 *   or deletion elsewhere, not a change to the article.
 * - MODIFIED: one → one, same place, text or title differs; carries a character diff.
 * - MOVED: one → one, another chapter/section or out of order with its neighbours; carries a diff if the text changed.
 * - SPLIT: one → several (`to.length >= 2`); the diff compares the old text with the new texts joined by \n.
 * - MERGED: several → one (`from.length >= 2`); the diff compares the old texts joined by \n with the new text.
 * - ADDED: nothing → one. REMOVED: one → nothing.
 */
export const ARTICLE_CHANGE_KINDS = [
  'UNCHANGED',
  'MODIFIED',
  'MOVED',
  'SPLIT',
  'MERGED',
  'ADDED',
  'REMOVED',
] as const;
export type ArticleChangeKind = (typeof ARTICLE_CHANGE_KINDS)[number];

/** A 编/分编/章/节 that holds an article. */
export interface ContainerRef {
  kind: ProvisionKind;
  label: string;
  heading: string | null;
  address: string;
}

/** An article of one version, with what later code needs to re-attach comments by its stable address. */
export interface ArticleRef {
  address: string;
  label: string;
  citation: string;
  number: number;
  insertion: number;
  /** The article's title (第一条（立法目的） → 立法目的), if any. */
  heading: string | null;
  /** The article's full text: its paragraphs, items (with their labels) and subitems, one per line. */
  text: string;
  /** 0-based position among the articles of its version, in document order. */
  index: number;
  /** The enclosing 编/分编/章/节, outermost first; empty for a flat regulation. */
  containers: ContainerRef[];
  node: ProvisionNode;
}

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffSegment {
  op: DiffOp;
  text: string;
}

export interface ArticleChange {
  kind: ArticleChangeKind;
  /** Old articles in old document order: none for ADDED, several for MERGED. */
  from: ArticleRef[];
  /** New articles in new document order: none for REMOVED, several for SPLIT. */
  to: ArticleRef[];
  /** The article number changed (for SPLIT/MERGED: no new article keeps an old article's number). */
  renumbered: boolean;
  /** It now sits in a 编/章/节 that continues another old one than its own (each new container continues the old one
   *  that sent it most articles). */
  relocated: boolean;
  /** It left its order relative to the articles around it (it is not on the longest common order of the versions). */
  reordered: boolean;
  /** The text differs after normalising whitespace and full/half-width forms. */
  textChanged: boolean;
  /** The raw text differs but only in whitespace or full/half-width forms; such an article counts as unchanged. */
  formattingChanged: boolean;
  headingChanged: boolean;
  /**
   * 0..1. For aligned articles: 2·(characters kept) / (old length + new length), from the character diff; 1 when the
   * normalised texts are equal. 0 for ADDED and REMOVED.
   */
  similarity: number;
  /** Character-level difference of the full texts when `textChanged`; concatenating `equal`+`delete` gives the old
   *  text, `equal`+`insert` the new one. Null otherwise. */
  diff: DiffSegment[] | null;
  /** For a person, in Chinese: 第十二条 → 第十三条（内容未变）. */
  description: string;
}

export interface ComparisonSummary {
  counts: Record<ArticleChangeKind, number>;
  /** Entries flagged `renumbered`, whatever their kind. */
  renumbered: number;
  fromArticles: number;
  toArticles: number;
}

export interface VersionComparison {
  /** In document order of the new version (a split at its first piece); a removed article follows the entry of the
   *  last old article before it that kept its order. */
  changes: ArticleChange[];
  summary: ComparisonSummary;
}

/**
 * Thresholds of the alignment. Candidates are found cheaply by the Dice coefficient of the sets of character bigrams of
 * the normalised texts (Chinese has no word spaces, so bigrams stand in for words), then confirmed at character level:
 * bigram sets ignore order, and legal boilerplate makes unrelated articles share many bigrams.
 */
export interface CompareOptions {
  /** A pair is diffed only when its bigram Dice reaches this share of the threshold it has to meet (and a piece is
   *  examined only when its bigram containment reaches this share of `containmentThreshold`). */
  candidateDiceFactor: number;
  /** Away from its place, a pair is diffed only when the Dice of its character 4-gram sets also reaches this share of
   *  the threshold (4-grams, unlike bigrams, are not shared merely because both articles use the same words). */
  candidateShingleFactor: number;
  /** Two articles anywhere in the document are the same article when their character similarity (2·kept / total
   *  length, from a diff of the normalised texts) reaches this. */
  matchThreshold: number;
  /** Lower bar for two articles between the same unchanged neighbours (an article rewritten in place). */
  inPlaceMatchThreshold: number;
  /** Neighbours further apart than this many articles (on either side) do not make a place. */
  maxInPlaceGap: number;
  /** A pair matched away from its place with a similarity under this may be undone when one of its articles is better
   *  explained as the piece of a split or the part of a merge. */
  weakMatchBelow: number;
  /** A new article is a piece of an old one (split), or an old one part of a new one (merge), when at least this share
   *  of its characters occurs in the other in common runs of `minRunLength` or more characters. */
  containmentThreshold: number;
  minRunLength: number;
  /** Pieces shorter than this (normalised characters) are too short to be told apart from boilerplate. */
  minPieceLength: number;
  /** Candidates kept per article from the bigram index before they are confirmed. */
  candidatesPerArticle: number;
}
