import type { ProvisionNode } from '../provision.js';
import type { ArticleRef, ContainerRef } from './compare.types.js';

const CONTAINER_KINDS = new Set(['part', 'subpart', 'chapter', 'section']);

/** An article with the container it sits in, as a small integer: 0 is the top level of the regulation. */
export interface FlatArticle {
  ref: ArticleRef;
  containerId: number;
}

export interface FlatVersion {
  articles: FlatArticle[];
  /** Container id → its chain (outermost first); id 0 is the top level. */
  containers: ContainerRef[][];
}

/**
 * The full text of an article: its own text (if a parser left any there), then every paragraph, item and subitem, one
 * per line. Items and subitems keep their label (（一）, 1.) because the label is part of what a reader sees.
 */
export function articleText(article: ProvisionNode): string {
  const lines: string[] = [];
  if (article.text !== '') lines.push(article.text);
  const walk = (nodes: ProvisionNode[]): void => {
    for (const node of nodes) {
      lines.push(node.kind === 'paragraph' ? node.text : node.label + node.text);
      walk(node.children);
    }
  };
  walk(article.children);
  return lines.join('\n');
}

/** Walks the tree in document order; articles may sit at the top level or under 编/分编/章/节. */
export function flattenArticles(provisions: ProvisionNode[]): FlatVersion {
  const articles: FlatArticle[] = [];
  const containers: ContainerRef[][] = [[]];
  const walk = (nodes: ProvisionNode[], chain: ContainerRef[], containerId: number): void => {
    for (const node of nodes) {
      if (node.kind === 'article') {
        articles.push({
          containerId,
          ref: {
            address: node.address,
            label: node.label,
            citation: node.citation,
            number: node.number,
            insertion: node.insertion,
            heading: node.heading,
            text: articleText(node),
            index: articles.length,
            containers: chain,
            node,
          },
        });
      } else if (CONTAINER_KINDS.has(node.kind)) {
        const inner = [
          ...chain,
          { kind: node.kind, label: node.label, heading: node.heading, address: node.address },
        ];
        containers.push(inner);
        walk(node.children, inner, containers.length - 1);
      }
      // Paragraphs or items outside any article are not articles: the parser reports them, we ignore them.
    }
  };
  walk(provisions, [], 0);
  return { articles, containers };
}

const QUOTES: Record<string, string> = {
  '“': '"',
  '”': '"',
  '„': '"',
  '‘': "'",
  '’': "'",
  '「': '"',
  '」': '"',
};

/**
 * The text used to decide whether two articles say the same thing: NFKC folds full-width letters, digits and
 * punctuation (，；：（）) to their half-width forms and the ideographic space to a space; curly and corner quotes
 * become straight ones; all whitespace goes, since line breaks and spacing in a draft carry no meaning.
 */
export function normalizeForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[“”„‘’「」]/g, (c) => QUOTES[c] ?? c)
    .replace(/\s+/g, '');
}
