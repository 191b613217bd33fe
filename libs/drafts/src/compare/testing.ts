/**
 * Builds provision trees by hand for the comparison's tests and benchmark, independently of the text parser (only its
 * numeral conversion is shared). Not part of the public face (index.ts).
 */
import { toChineseNumber } from '../parser/chinese-numerals.js';
import type { ProvisionKind, ProvisionNode } from '../provision.js';
/** Chinese numerals of article labels: the parser's own conversion (1 → 一, 20 → 二十, 101 → 一百零一). */
export const toChineseNumeral = toChineseNumber;

export function articleLabel(number: number, insertion = 0): string {
  return `第${toChineseNumeral(number)}条${insertion > 0 ? `之${toChineseNumeral(insertion)}` : ''}`;
}

export interface ArticleOptions {
  insertion?: number;
  heading?: string | null;
  /** Prefix of the address, e.g. `chp_2__`. */
  prefix?: string;
}

const ITEM = /^[（(]([一二三四五六七八九十]+)[)）]/;
const SUBITEM = /^(\d+)[.．]/;

/**
 * An article from its text, one line per paragraph; lines starting with （一） are items of the paragraph before,
 * lines starting with 1. subitems of the item before.
 */
export function article(number: number, text: string, options: ArticleOptions = {}): ProvisionNode {
  const insertion = options.insertion ?? 0;
  const label = articleLabel(number, insertion);
  const address = `${options.prefix ?? ''}art_${number}${insertion > 0 ? `_${insertion}` : ''}`;
  const node = makeNode('article', label, number, insertion, options.heading ?? null, '', address, label);
  let paragraph: ProvisionNode | undefined;
  let item: ProvisionNode | undefined;
  for (const line of text.split('\n')) {
    const itemMatch = ITEM.exec(line);
    const subMatch = SUBITEM.exec(line);
    if (itemMatch && paragraph) {
      const n = paragraph.children.length + 1;
      item = makeNode(
        'item',
        itemMatch[0],
        n,
        0,
        null,
        line.slice(itemMatch[0].length),
        `${paragraph.address}__item_${n}`,
        `${paragraph.citation}第（${toChineseNumeral(n)}）项`,
      );
      paragraph.children.push(item);
    } else if (subMatch && item) {
      const n = item.children.length + 1;
      item.children.push(
        makeNode(
          'subitem',
          subMatch[0],
          n,
          0,
          null,
          line.slice(subMatch[0].length),
          `${item.address}__subitem_${n}`,
          `${item.citation}第${n}目`,
        ),
      );
    } else {
      const n = node.children.length + 1;
      paragraph = makeNode(
        'paragraph',
        '',
        n,
        0,
        null,
        line,
        `${address}__para_${n}`,
        `${label}第${toChineseNumeral(n)}款`,
      );
      item = undefined;
      node.children.push(paragraph);
    }
  }
  return node;
}

const CONTAINER: Record<'part' | 'subpart' | 'chapter' | 'section', { word: string; eid: string }> = {
  part: { word: '编', eid: 'part' },
  subpart: { word: '分编', eid: 'subpart' },
  chapter: { word: '章', eid: 'chp' },
  section: { word: '节', eid: 'sec' },
};

export function container(
  kind: 'part' | 'subpart' | 'chapter' | 'section',
  number: number,
  heading: string,
  children: ProvisionNode[],
  prefix = '',
): ProvisionNode {
  const label = `第${toChineseNumeral(number)}${CONTAINER[kind].word}`;
  const node = makeNode(
    kind,
    label,
    number,
    0,
    heading,
    '',
    `${prefix}${CONTAINER[kind].eid}_${number}`,
    label,
  );
  node.children = children;
  return node;
}

/** Articles numbered 1, 2, 3… from their texts, for a flat regulation. */
export function flatArticles(texts: string[], first = 1): ProvisionNode[] {
  return texts.map((t, i) => article(first + i, t));
}

function makeNode(
  kind: ProvisionKind,
  label: string,
  number: number,
  insertion: number,
  heading: string | null,
  text: string,
  address: string,
  citation: string,
): ProvisionNode {
  return { kind, label, number, insertion, heading, text, address, citation, children: [] };
}
