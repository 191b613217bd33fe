/**
 * Groups the opinions on ONE provision into exact variants (equal after normalisation) and clusters of near-duplicates
 * (a campaign's copies with small edits). Opinions on different provisions are never duplicates: the caller feeds one
 * provision's opinions at a time. Pure and deterministic: the same texts in the same order give the same result.
 * Parameters and measurements: README.md beside this file.
 */
import { bandKey, minHashSignature, shingleKeys, similarEnough } from './minhash.js';
import { normalizeOpinionText } from './normalize.js';

export interface NearDuplicateOptions {
  /**
   * Two distinct texts are joined when the Jaccard similarity of their character-shingle sets is at least this
   * (computed exactly on the shingle sets of the candidate pair, not estimated from the signatures).
   */
  threshold: number;
  /** Shingle length n, in characters of the normalised text. */
  shingle: number;
  /** MinHash signature length K; must be a multiple of `bands`. */
  hashes: number;
  /** LSH bands b; each band has K / b rows. */
  bands: number;
}

/**
 * Character trigrams, Jaccard ≥ 0.7, K = 120 hashes in 24 bands of 5 rows: a pair at the threshold becomes a
 * candidate with probability 1 − (1 − 0.7⁵)²⁴ ≈ 0.988, a pair at J = 0.3 with 0.057. Measured in README.md.
 */
export const DEFAULTS: Readonly<NearDuplicateOptions> = Object.freeze({
  threshold: 0.7,
  shingle: 3,
  hashes: 120,
  bands: 24,
});

export interface GroupClustering {
  /** for each input index, the index of its cluster's representative (the lowest index in the cluster) */
  clusterOf: Int32Array;
  /** for each input index, the lowest index with the same normalised text (its exact variant) */
  variantOf: Int32Array;
}

/**
 * Per LSH bucket (texts with the same band key), each member is verified against the bucket's first members, at most
 * this many ("leaders"), unless already in the same cluster: all candidate pairs of a small bucket are verified, and
 * a large one (a campaign's copies, or many texts sharing boilerplate) costs O(members), not O(members²). Pairs that a
 * capped bucket skips usually meet in another band, or are joined through a chain.
 */
const MAX_LEADERS = 8;

export function resolveOptions(options: Partial<NearDuplicateOptions> = {}): NearDuplicateOptions {
  const o: NearDuplicateOptions = {
    threshold: options.threshold ?? DEFAULTS.threshold,
    shingle: options.shingle ?? DEFAULTS.shingle,
    hashes: options.hashes ?? DEFAULTS.hashes,
    bands: options.bands ?? DEFAULTS.bands,
  };
  if (!(o.threshold > 0 && o.threshold <= 1))
    throw new RangeError(`threshold must be in (0, 1]: ${o.threshold}`);
  for (const k of ['shingle', 'hashes', 'bands'] as const) {
    if (!Number.isInteger(o[k]) || o[k] < 1) throw new RangeError(`${k} must be a positive integer: ${o[k]}`);
  }
  if (o.hashes % o.bands !== 0)
    throw new RangeError(`hashes (${o.hashes}) must be a multiple of bands (${o.bands})`);
  return o;
}

export function clusterNearDuplicates(
  texts: readonly string[],
  options?: Partial<NearDuplicateOptions>,
): GroupClustering {
  const o = resolveOptions(options);
  const count = texts.length;

  // 1. Exact variants: the first index of each normalised text. Everything after works on distinct texts only.
  const variantOf = new Int32Array(count);
  const distinctOf = new Int32Array(count);
  const firstOf = new Map<string, number>();
  const normalised: string[] = [];
  const firstIndex: number[] = [];
  let characters = 0;
  for (let i = 0; i < count; i++) {
    const text = normalizeOpinionText(texts[i]);
    let d = firstOf.get(text);
    if (d === undefined) {
      d = normalised.length;
      firstOf.set(text, d);
      normalised.push(text);
      firstIndex.push(i);
      characters += text.length;
    }
    distinctOf[i] = d;
    variantOf[i] = firstIndex[d];
  }
  firstOf.clear();
  const distinct = normalised.length;
  const parent = new Int32Array(distinct);
  for (let d = 0; d < distinct; d++) parent[d] = d;

  // 2. Near duplicates among the distinct texts long enough to have shingles.
  if (distinct > 1) joinNearDuplicates(normalised, parent, characters, o);

  // 3. Each cluster is named by its lowest input index: the first input met in ascending order.
  const clusterOf = new Int32Array(count);
  const representative = new Int32Array(distinct).fill(-1);
  for (let i = 0; i < count; i++) {
    const root = find(parent, distinctOf[i]);
    if (representative[root] < 0) representative[root] = i;
    clusterOf[i] = representative[root];
  }
  return { clusterOf, variantOf };
}

function joinNearDuplicates(
  normalised: readonly string[],
  parent: Int32Array,
  characters: number,
  o: NearDuplicateOptions,
): void {
  const distinct = normalised.length;
  const rows = o.hashes / o.bands;

  // Shingle sets, sorted, one run per distinct text in a flat array.
  const keys = new Int32Array(characters);
  const start = new Int32Array(distinct + 1);
  for (let d = 0; d < distinct; d++) {
    start[d + 1] = start[d] + shingleKeys(normalised[d], o.shingle, keys, start[d]);
  }

  // Signatures of the texts with at least one shingle (shorter ones can only be exact variants).
  const active: number[] = [];
  for (let d = 0; d < distinct; d++) if (start[d + 1] > start[d]) active.push(d);
  const n = active.length;
  if (n < 2) return;
  // Only the band keys are kept (b per text), not the K values of each signature.
  const bandKeys = new Int32Array(n * o.bands);
  const signature = new Int32Array(o.hashes);
  for (let j = 0; j < n; j++) {
    const d = active[j];
    minHashSignature(keys, start[d], start[d + 1], o.hashes, signature, 0);
    for (let band = 0; band < o.bands; band++)
      bandKeys[j * o.bands + band] = bandKey(signature, 0, band, rows);
  }

  // LSH: per band, sort (band key, position) packed in a double, so that equal keys are adjacent and in input order.
  const positionBits = Math.max(1, Math.ceil(Math.log2(n)));
  const keyBits = Math.min(32, 53 - positionBits);
  const keyScale = 2 ** positionBits;
  const packed = new Float64Array(n);
  const leaders = new Int32Array(MAX_LEADERS);
  for (let band = 0; band < o.bands; band++) {
    for (let j = 0; j < n; j++) packed[j] = (bandKeys[j * o.bands + band] >>> (32 - keyBits)) * keyScale + j;
    packed.sort();
    let runStart = 0;
    while (runStart < n) {
      const key = Math.floor(packed[runStart] / keyScale);
      let runEnd = runStart + 1;
      while (runEnd < n && Math.floor(packed[runEnd] / keyScale) === key) runEnd++;
      if (runEnd - runStart > 1) {
        let leaderCount = 0;
        for (let r = runStart; r < runEnd; r++) {
          const d = active[packed[r] % keyScale];
          for (let l = 0; l < leaderCount; l++) {
            const e = leaders[l];
            if (find(parent, d) === find(parent, e)) continue; // already joined: nothing to verify
            if (similarEnough(keys, start[d], start[d + 1], start[e], start[e + 1], o.threshold))
              union(parent, d, e);
          }
          if (leaderCount < MAX_LEADERS) leaders[leaderCount++] = d;
        }
      }
      runStart = runEnd;
    }
  }
}

/** Root of `x`, halving the path on the way. */
function find(parent: Int32Array, x: number): number {
  let node = x;
  while (parent[node] !== node) {
    parent[node] = parent[parent[node]];
    node = parent[node];
  }
  return node;
}

/** Joins the sets of `a` and `b`; the lower root becomes the root (deterministic). */
function union(parent: Int32Array, a: number, b: number): void {
  const ra = find(parent, a);
  const rb = find(parent, b);
  if (ra < rb) parent[rb] = ra;
  else if (rb < ra) parent[ra] = rb;
}

export interface ClusterSummary {
  /** The lowest input index in the cluster. */
  representative: number;
  /** Every input index in the cluster, ascending. */
  members: number[];
  /** How many distinct normalised texts the cluster holds (1 for a cluster of exact copies). */
  variants: number;
  /** The first input index of each variant, ascending (the first is the representative). */
  variantRepresentatives: number[];
}

/**
 * The clusters as lists, ordered by representative. Every input belongs to exactly one cluster, so by default the
 * summary lists singletons too (nothing is silently dropped); pass `minSize` 2 for the groups only.
 */
export function summariseClusters(c: GroupClustering, minSize = 1): ClusterSummary[] {
  const byRepresentative = new Map<number, ClusterSummary>();
  for (let i = 0; i < c.clusterOf.length; i++) {
    const representative = c.clusterOf[i];
    let summary = byRepresentative.get(representative);
    if (summary === undefined) {
      summary = { representative, members: [], variants: 0, variantRepresentatives: [] };
      byRepresentative.set(representative, summary);
    }
    summary.members.push(i);
    if (c.variantOf[i] === i) {
      summary.variants++;
      summary.variantRepresentatives.push(i);
    }
  }
  // Representatives are met in ascending order (each is its cluster's first index), and so is the map's order.
  return [...byRepresentative.values()].filter((s) => s.members.length >= minSize);
}
