/**
 * Re-placing an annotation across several versions at once (v1 → v3), step by step through the versions between.
 *
 * `reanchor` compares the annotation's words with the target's text directly, and that is what re-placing does first:
 * text that left in one version and came back in the next is found, and no doubtful intermediate step can lead it
 * astray. But a passage reworded a little in each version can drift beyond what one comparison accepts (a quote
 * similarity of 0.8): this follows it version by version instead, each step under the same rules, so a place it
 * reaches is one every single step would have accepted. The caller uses it only when the direct comparison orphans.
 */
import type {
  AnchoringOptions,
  PlacedAnnotation,
  ProvisionAnchor,
  ProvisionText,
  ReanchorHints,
  ReanchorResult,
} from './anchoring.types.js';
import type { ProvisionIndex } from './provision-index.js';
import { reanchor } from './reanchor.js';

/** One version on the way: its provisions, and where an anchor at an address of the version before is expected. */
export interface ReanchorStep {
  provisions: readonly ProvisionText[] | ProvisionIndex;
  hints?: (previousAddress: string) => ReanchorHints;
  /** The version's name, for the reason shown to a person. */
  label?: string;
}

/**
 * Follows `anchor` through `steps` (the last is the target). ORPHANED as soon as a step cannot place it (that step's
 * result); otherwise the last step's placement, ANCHORED when it ends at the address it started from, else MOVED.
 */
export function reanchorThrough(
  anchor: ProvisionAnchor,
  steps: readonly ReanchorStep[],
  options: Partial<AnchoringOptions> = {},
): ReanchorResult {
  if (!steps.length) throw new Error('reanchorThrough needs at least one step');
  let current = anchor;
  let placed: PlacedAnnotation | null = null;
  for (const step of steps) {
    const result = reanchor(current, step.provisions, step.hints?.(current.address) ?? {}, options);
    if (result.status === 'ORPHANED') return result;
    placed = result;
    current = result.anchor;
  }
  placed = placed!;
  const via = steps
    .slice(0, -1)
    .map((s) => s.label)
    .filter(Boolean);
  return {
    ...placed,
    status: current.address === anchor.address ? 'ANCHORED' : 'MOVED',
    reason: `${via.length ? `经“${via.join('”“')}”` : ''}逐稿次定位：${placed.reason}`,
  };
}

/** A version as far as ordering goes. */
export interface VersionInOrder {
  id: string;
  sequence: number;
}

/**
 * The versions an anchor goes through on its way to `target`, in order: those after the version its words and offsets
 * were taken from (`anchorVersionId`), up to and including the target. An orphan stays written on an older version
 * than the one it is listed on, so its way starts there, not at the version it was last re-placed onto: otherwise
 * its address and offsets would be read as if they were positions in a text they never came from. An anchor version
 * not among `versions` is taken as the oldest.
 */
export function versionsOnTheWay<V extends VersionInOrder>(
  versions: Iterable<V>,
  anchorVersionId: string,
  target: V,
): V[] {
  const all = [...versions];
  const from = all.find((v) => v.id === anchorVersionId)?.sequence ?? Number.NEGATIVE_INFINITY;
  return [
    ...all.filter((v) => v.sequence > from && v.sequence < target.sequence && v.id !== target.id),
    target,
  ].sort((a, b) => a.sequence - b.sequence);
}
