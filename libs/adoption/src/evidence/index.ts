/**
 * Evidence from the text: what a later version of a draft says about each suggestion (did its provision change, is the
 * new wording closer to the change asked for), offered to the legislature to confirm. Pure functions; see README.md.
 */
export * from './evidence.types.js';
export { textEvidence, ADOPTED_AT, MOVED, STILL, FAR, MIN_PASSAGE } from './text-evidence.js';
export { extractProposal } from './proposal.js';
export { CONTEXT_WEIGHT } from './measure.js';
