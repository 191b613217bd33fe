/**
 * The provisions of one version, prepared for re-anchoring many annotations: each text is folded (and its bigrams
 * collected) once, on first use, instead of once per annotation.
 */
import type { ProvisionNode } from '@app/drafts';
import type { ProvisionText } from './anchoring.types.js';
import { citationFromAddress } from './citation.js';
import { type FoldedText, foldText } from './fold.js';
import { bigramSet } from './quote-search.js';

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
