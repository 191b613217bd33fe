/**
 * The provisions of one version, prepared for re-anchoring many annotations: each text is folded (and its bigrams
 * collected) once, on first use, instead of once per annotation.
 */
import type { ProvisionNode } from '@app/drafts/text';
import type { ProvisionText } from './anchoring.types.js';
import { citationFromAddress } from './citation.js';
import { type FoldedText, foldText } from './fold.js';
import { bigramKey, bigramSet, sharesBigrams } from './quote-search.js';

export class IndexedProvision {
  private foldedText: FoldedText | undefined;
  private bigramsOfText: Set<number> | undefined;

  constructor(
    readonly address: string,
    readonly text: string,
    readonly citation: string,
    /** Position in document order, to break ties the way a reader would. */
    readonly order: number,
  ) {}

  get folded(): FoldedText {
    return (this.foldedText ??= foldText(this.text));
  }

  get bigrams(): Set<number> {
    return (this.bigramsOfText ??= bigramSet(this.folded.points));
  }
}

export class ProvisionIndex {
  private readonly byAddress = new Map<string, IndexedProvision>();
  readonly provisions: readonly IndexedProvision[];

  constructor(provisions: readonly ProvisionText[]) {
    const list: IndexedProvision[] = [];
    for (const p of provisions) {
      // Addresses are unique within a parsed version; should a caller repeat one, the first stands.
      if (this.byAddress.has(p.address)) continue;
      const indexed = new IndexedProvision(
        p.address,
        p.text,
        p.citation ?? citationFromAddress(p.address),
        list.length,
      );
      this.byAddress.set(p.address, indexed);
      list.push(indexed);
    }
    this.provisions = list;
  }

  get(address: string): IndexedProvision | undefined {
    return this.byAddress.get(address);
  }

  private postings: Map<number, Int32Array> | undefined;
  private searches = 0;

  /**
   * The provisions that may hold `pattern` within the edits its `needed` bigrams allow: those containing at least
   * `needed` of its bigram positions (the q-gram lemma; `needed` = length − 1 for an exact match). Counted through an
   * inverted index of bigrams, built on first use, instead of reading every provision for every annotation.
   */
  mayContain(pattern: Int32Array, needed: number): IndexedProvision[] {
    if (needed <= 0 || pattern.length < 2) return [...this.provisions];
    // One search does not repay building the inverted index: read each provision's bigram set instead.
    if (++this.searches === 1)
      return this.provisions.filter((p) => sharesBigrams(p.bigrams, pattern, needed));
    const postings = this.bigramPostings();
    const counts = new Int32Array(this.provisions.length);
    const found: IndexedProvision[] = [];
    for (let i = 0; i + 1 < pattern.length; i++) {
      const list = postings.get(bigramKey(pattern[i], pattern[i + 1]));
      if (list === undefined) continue;
      for (const order of list) if (++counts[order] === needed) found.push(this.provisions[order]);
    }
    return found.sort((a, b) => a.order - b.order);
  }

  private bigramPostings(): Map<number, Int32Array> {
    if (this.postings !== undefined) return this.postings;
    const lists = new Map<number, number[]>();
    for (const provision of this.provisions) {
      for (const key of provision.bigrams) {
        let list = lists.get(key);
        if (list === undefined) lists.set(key, (list = []));
        list.push(provision.order);
      }
    }
    this.postings = new Map([...lists].map(([key, list]) => [key, Int32Array.from(list)]));
    return this.postings;
  }
}

/** Prepares a version's provisions once when many annotations are re-anchored against it. */
export function indexProvisions(provisions: readonly ProvisionText[]): ProvisionIndex {
  return new ProvisionIndex(provisions);
}

/** Every node of a provision tree with its own text, in document order (containers and articles included: their
 *  text is usually empty, which simply matches nothing). */
export function provisionTexts(tree: readonly ProvisionNode[]): ProvisionText[] {
  const out: ProvisionText[] = [];
  const walk = (nodes: readonly ProvisionNode[]): void => {
    for (const node of nodes) {
      out.push({ address: node.address, text: node.text, citation: node.citation });
      walk(node.children);
    }
  };
  walk(tree);
  return out;
}
