/**
 * Shared by the re-anchoring specs: a version's provisions from its text, and an expert's anchor on words of one of
 * them. Not part of the public face (index.ts).
 */
import { parseRegulation, type ProvisionNode } from '@app/drafts/text';
import type { ProvisionAnchor } from './anchoring.types.js';
import { provisionTexts } from './provision-index.js';
import { createProvisionAnchor } from './text-anchor.js';

export const tree = (text: string): ProvisionNode[] =>
  parseRegulation(`某市养犬管理条例（草案）\n${text}`).provisions;

/** The anchor an expert makes selecting `quote` (its first occurrence) in the provision at `address`. */
export function annotate(versionText: string, address: string, quote: string): ProvisionAnchor {
  const provision = provisionTexts(tree(versionText)).find((p) => p.address === address)!;
  const at = provision.text.indexOf(quote);
  return createProvisionAnchor(provision, at, at + quote.length);
}
