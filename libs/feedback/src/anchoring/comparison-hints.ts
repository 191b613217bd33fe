/**
 * From a comparison of two versions (compareVersions) to where an annotation's text should be looked for first: the
 * new article(s) its old article became, renumbered, moved, split or merged.
 */
import type { ArticleChange } from '@app/drafts/text';
import type { ReanchorHints } from './anchoring.types.js';

/**
 * The comparison's entry for the article holding `oldAddress` (`art_12__para_2` is held by `art_12`), and the
 * sub-path below it (`__para_2`, or '' for the article itself). Null when no article of the old version holds it.
 */
export function findArticleChange(
  changes: readonly ArticleChange[],
  oldAddress: string,
): { change: ArticleChange; subPath: string } | null {
  let found: { change: ArticleChange; subPath: string } | null = null;
  let foundLength = -1;
  for (const change of changes) {
    for (const from of change.from) {
      const holds = oldAddress === from.address || oldAddress.startsWith(`${from.address}__`);
      // The longest holder wins, should addresses ever nest (art_17 and art_17__dup_2).
      if (holds && from.address.length > foundLength) {
        found = { change, subPath: oldAddress.slice(from.address.length) };
        foundLength = from.address.length;
      }
    }
  }
  return found;
}

/**
 * The addresses of the new version in the article(s) the old article maps to: for each new article, first the same
 * sub-path (`art_13__para_2` for `art_12__para_2`) when it exists there, then the article's other nodes in the order of
 * `newAddresses` (document order). Empty when the article was removed or is not in the comparison.
 */
export function candidateAddressesFromComparison(
  changes: readonly ArticleChange[],
  oldAddress: string,
  newAddresses: readonly string[],
): string[] {
  const found = findArticleChange(changes, oldAddress);
  if (found === null) return [];
  const existing = new Set(newAddresses);
  const out = new Set<string>();
  for (const to of found.change.to) {
    const same = to.address + found.subPath;
    if (existing.has(same)) out.add(same);
  }
  for (const to of found.change.to) {
    if (existing.has(to.address)) out.add(to.address);
    for (const address of newAddresses) if (address.startsWith(`${to.address}__`)) out.add(address);
  }
  return [...out];
}

/**
 * Hints for `reanchor` from a comparison: the candidate addresses and what happened to the article (to explain a
 * move). When the comparison does not know the old article, no hints: the old address is then trusted as usual.
 */
export function reanchorHintsFromComparison(
  changes: readonly ArticleChange[],
  oldAddress: string,
  newAddresses: readonly string[],
): ReanchorHints {
  const found = findArticleChange(changes, oldAddress);
  if (found === null) return {};
  return {
    candidateAddresses: candidateAddressesFromComparison(changes, oldAddress, newAddresses),
    change: { kind: found.change.kind, renumbered: found.change.renumbered },
  };
}
