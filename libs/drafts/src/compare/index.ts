export * from './compare.types.js';
export { articleText, normalizeForComparison } from './articles.js';
export { DEFAULT_COMPARE_OPTIONS, compareVersions, diffTexts, summarizeChanges } from './compare-versions.js';
