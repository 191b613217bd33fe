/**
 * A provision tree back to plain text, laid out as legislatures do: one paragraph, item or subitem per line, the first
 * paragraph on the article's line. parseRegulation(renderRegulation(p)) gives back p's tree (the property tests hold
 * it to that), as long as no paragraph's text itself starts like a provision (第十二条 …, （一）, 1.).
 */
import type { ParsedRegulation, ProvisionNode } from '../provision.js';

export interface RenderOptions {
  /** Put a 目录 listing the 编/分编/章/节 headings before the body, as some drafts do. */
  tableOfContents?: boolean;
  /** Separate lines with a blank line, as many published texts do. */
  blankLines?: boolean;
}

const DIVISION_KINDS = new Set<ProvisionNode['kind']>(['part', 'subpart', 'chapter', 'section']);

export function renderRegulation(parsed: ParsedRegulation, options: RenderOptions = {}): string {
  const lines: string[] = [];
  if (parsed.title !== '') lines.push(parsed.title);
  if (parsed.preamble !== null) lines.push(...parsed.preamble.split('\n'));
  if (options.tableOfContents) {
    const headings: string[] = [];
    collectHeadings(parsed.provisions, headings);
    if (headings.length > 0) lines.push('目　　录', ...headings);
  }
  for (const provision of parsed.provisions) renderNode(provision, lines);
  return lines.join(options.blankLines ? '\n\n' : '\n') + '\n';
}

function divisionLine(division: ProvisionNode): string {
  return division.heading === null ? division.label : `${division.label}　${division.heading}`;
}

function collectHeadings(nodes: ProvisionNode[], out: string[]): void {
  for (const n of nodes) {
    if (!DIVISION_KINDS.has(n.kind)) continue;
    out.push(divisionLine(n));
    collectHeadings(n.children, out);
  }
}

function renderNode(n: ProvisionNode, lines: string[]): void {
  switch (n.kind) {
    case 'part':
    case 'subpart':
    case 'chapter':
    case 'section':
      lines.push(divisionLine(n));
      if (n.text !== '') lines.push(...n.text.split('\n'));
      for (const child of n.children) renderNode(child, lines);
      return;
    case 'article': {
      const head = n.heading === null ? n.label : `${n.label}（${n.heading}）`;
      const [first, ...others] = n.children;
      // The first paragraph's words share the label's line; an empty first paragraph (items only) leaves it bare.
      lines.push(first && first.text !== '' ? `${head} ${first.text}` : head);
      if (first) for (const child of first.children) renderNode(child, lines);
      for (const child of others) renderNode(child, lines);
      return;
    }
    case 'paragraph':
      lines.push(n.text);
      for (const child of n.children) renderNode(child, lines);
      return;
    case 'item':
    case 'subitem':
      // 1. 2020年… would read as the decimal 1.2020: a space keeps the label apart.
      lines.push(/^[0-9０-９]/.test(n.text) ? `${n.label} ${n.text}` : n.label + n.text);
      for (const child of n.children) renderNode(child, lines);
      return;
  }
}
