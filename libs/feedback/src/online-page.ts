/**
 * The public 网上征集 page's draft, as plain data: the version's provision tree flattened once into what the public may
 * read, its articles for the 针对条款 picker, and the pages the page loads as the reader scrolls. Pure: no Nest, no
 * database; the service keeps the flattened drafts in a cache bounded by characters (PublicDraftCache).
 */
import type { ProvisionNode } from '@app/drafts';
import { MAX_PAGE_SIZE, type PageWindow } from '@app/common';

/**
 * The public page's limits (F2: one 4,500-article draft in one answer was 4.65 MB and ~0.5 s of CPU per anonymous
 * load, 120 loads a minute per address).
 * - `pageProvisions`: provisions of one page at most (the API's page size, MAX_PAGE_SIZE);
 * - `pageCharacters`: text characters of one page at most — a page stops before the provision that would pass it
 *   (a page always holds at least one provision, itself bounded by the draft limits), so a page of long articles is
 *   as bounded as a page of short ones: about 60 KB of JSON, 20 KB gzipped;
 * - `cachedCharacters`: characters of the flattened drafts kept in memory, least recently used dropped first — a
 *   version's provisions never change once it exists, so the flattening is done once per version; 20 M is five drafts
 *   at the 3.5 M-character draft limit, or hundreds of ordinary ones (the text strings are the version index's own,
 *   shared, so this is mostly bookkeeping).
 */
export const ONLINE_PAGE_LIMITS = {
  pageProvisions: MAX_PAGE_SIZE,
  pageCharacters: 20_000,
  cachedCharacters: 20_000_000,
} as const;

/** One provision as the public reads it. */
export interface PublicProvision {
  address: string;
  kind: string;
  label: string;
  heading: string | null;
  text: string;
  citation: string;
  depth: number;
}

/** One article for the 针对条款 picker: what it is cited as, and its title if any. */
export interface PublicArticle {
  address: string;
  citation: string;
  heading: string | null;
}

export interface PublicDraft {
  provisions: PublicProvision[];
  articles: PublicArticle[];
  /** Characters of every provision's label, heading, text and citation: the draft's weight in the cache. */
  characters: number;
}

/** The tree in reading order, each node with its depth; the articles apart for the picker. */
export function flattenPublicDraft(tree: ProvisionNode[]): PublicDraft {
  const provisions: PublicProvision[] = [];
  const articles: PublicArticle[] = [];
  let characters = 0;
  const walk = (nodes: ProvisionNode[], depth: number) => {
    for (const node of nodes) {
      provisions.push({
        address: node.address,
        kind: node.kind,
        label: node.label,
        heading: node.heading,
        text: node.text,
        citation: node.citation,
        depth,
      });
      if (node.kind === 'article')
        articles.push({ address: node.address, citation: node.citation, heading: node.heading });
      characters +=
        node.address.length +
        node.label.length +
        (node.heading?.length ?? 0) +
        node.text.length +
        node.citation.length;
      walk(node.children, depth + 1);
    }
  };
  walk(tree, 0);
  return { provisions, articles, characters };
}

/**
 * The provisions of one page: from `window.offset`, at most `window.limit` of them and no more text than
 * `maxCharacters` (the first one always, so that every page moves on).
 */
export function publicPage(
  provisions: readonly PublicProvision[],
  window: PageWindow,
  maxCharacters: number = ONLINE_PAGE_LIMITS.pageCharacters,
): PublicProvision[] {
  const page: PublicProvision[] = [];
  let characters = 0;
  for (let i = window.offset; i < provisions.length && page.length < window.limit; i++) {
    const p = provisions[i];
    characters += p.text.length + p.label.length + (p.heading?.length ?? 0) + p.citation.length;
    if (page.length > 0 && characters > maxCharacters) break;
    page.push(p);
  }
  return page;
}

/**
 * Flattened drafts by version id, least recently used dropped first once their characters pass the limit (a draft
 * larger than the whole limit is computed for its request and not kept). A computation is shared by the requests that
 * wait for it; a failed one is not kept.
 */
export class PublicDraftCache {
  private readonly entries = new Map<string, { draft: Promise<PublicDraft>; characters: number }>();
  private held = 0;

  constructor(private readonly maxCharacters: number = ONLINE_PAGE_LIMITS.cachedCharacters) {}

  /** Characters held now (for tests and the benchmark). */
  get characters(): number {
    return this.held;
  }

  get size(): number {
    return this.entries.size;
  }

  async get(key: string, compute: () => Promise<PublicDraft>): Promise<PublicDraft> {
    const seen = this.entries.get(key);
    if (seen) {
      this.entries.delete(key);
      this.entries.set(key, seen);
      return seen.draft;
    }
    const entry = { draft: compute(), characters: 0 };
    this.entries.set(key, entry);
    try {
      const draft = await entry.draft;
      if (this.entries.get(key) === entry && draft.characters > this.maxCharacters) this.entries.delete(key);
      else if (this.entries.get(key) === entry) {
        entry.characters = draft.characters;
        this.held += draft.characters;
        this.evict();
      }
      return draft;
    } catch (error) {
      if (this.entries.get(key) === entry) this.entries.delete(key);
      throw error;
    }
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.held <= this.maxCharacters) break;
      this.entries.delete(key);
      this.held -= entry.characters;
    }
  }
}
