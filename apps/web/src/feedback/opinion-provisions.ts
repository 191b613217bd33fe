// The 针对条款 choice of the opinion form: 总体意见 or one article (or an assigned paragraph) the person may submit on,
// by the API's PROVISION_NOT_ASSIGNED rule (opinion.service.ts `covers`): the executing body and an assignment that
// names no provisions cover the whole draft; otherwise a provision is covered when it or an ancestor (its chapter,
// section) is named. Plain data in, plain data out: the page only renders it.
import { chineseNumber, citationOfAddress } from '../drafts/citation';

/** The value of 总体意见 in the choice (an opinion with no provision). */
export const GENERAL = '__general__';

export interface ProvisionRow {
  address: string;
  citation: string;
  label: string;
  heading?: string | null;
  kind: string;
  depth: number;
}

export interface ProvisionChoice {
  value: string;
  label: string;
}

const isHeading = (p: ProvisionRow) => p.kind !== 'article';

/**
 * The choices, in the draft's order. `assignments` null: not known yet (or the executing body): nothing is held back,
 * the API decides. `keep`: an address that must be offered whatever the rule says (the one in the URL, the one a
 * queued opinion carries), so a value set on the form is never shown as a bare code.
 */
export function provisionChoices(
  provisions: readonly ProvisionRow[],
  assignments: ReadonlyArray<{ provisionAddresses: readonly string[] }> | null,
  keep: ReadonlyArray<{ address: string; citation?: string | null }> = [],
): ProvisionChoice[] {
  const whole = assignments === null || assignments.some((a) => a.provisionAddresses.length === 0);
  const given = new Set(assignments?.flatMap((a) => a.provisionAddresses) ?? []);
  const choices: ProvisionChoice[] = [{ value: GENERAL, label: '总体意见（不针对某一条）' }];
  const seen = new Set<string>();
  // The headings above the current article (a stack by depth): an article is covered when one of them is named.
  const above: ProvisionRow[] = [];
  for (const p of provisions) {
    if (isHeading(p)) {
      while (above.length && above[above.length - 1].depth >= p.depth) above.pop();
      above.push(p);
      continue;
    }
    const covered =
      whole || given.has(p.address) || above.some((h) => h.depth < p.depth && given.has(h.address));
    if (!covered) continue;
    seen.add(p.address);
    choices.push({ value: p.address, label: `${p.citation}${p.heading ? `（${p.heading}）` : ''}` });
  }
  // A paragraph or item named on its own (its article is not the person's as a whole), or kept: offered as cited.
  const citations = new Map(provisions.map((p) => [p.address, p.citation]));
  const extra = [
    ...[...given].filter((a) => a.includes('__')).map((address) => ({ address, citation: null })),
    ...keep,
  ];
  for (const { address, citation } of extra) {
    if (seen.has(address)) continue;
    seen.add(address);
    choices.push({ value: address, label: citation || citations.get(address) || citationOfAddress(address) });
  }
  return choices;
}

/**
 * Whether a choice matches what was typed in the search box on a phone: "8" or "第八条" finds 第八条 (and its
 * paragraphs, 第八条之一), not 第八十条; "总体" finds 总体意见; other words search the label and heading.
 */
export function choiceMatches(choice: ProvisionChoice, typed: string): boolean {
  const q = typed.trim();
  if (!q) return true;
  const article = /^\d+$/.test(q) ? `第${chineseNumber(Number(q))}条` : /^第.+条$/.test(q) ? q : null;
  if (article) return choice.label.startsWith(article);
  return choice.label.includes(q);
}
