/**
 * Anchoring expert annotations (批注) to the text of a provision, and re-placing them when a new version of the draft
 * arrives. Pure functions over plain data; see README.md for the design and its thresholds.
 */
export * from './anchoring.types.js';
export { createAnchor, createProvisionAnchor, locateQuote, type CreateAnchorOptions } from './text-anchor.js';
export { reanchor } from './reanchor.js';
export {
  reanchorThrough,
  versionsOnTheWay,
  type ReanchorStep,
  type VersionInOrder,
} from './reanchor-through.js';
export { indexProvisions, provisionTexts, ProvisionIndex } from './provision-index.js';
export {
  candidateAddressesFromComparison,
  findArticleChange,
  reanchorHintsFromComparison,
} from './comparison-hints.js';
export { citationFromAddress } from './citation.js';
export { foldText, type FoldedText } from './fold.js';
