/**
 * How alike two articles are, from cheap to costly: character-bigram sets and an inverted index over them find
 * candidates without looking at every pair (1,260 × 1,260 full diffs of a Civil Code would take minutes); 4-gram sets
 * and a bit-parallel LCS bound the similarity cheaply; a Myers diff with semantic cleanup decides.
 */
import diff from 'fast-diff';

/** Gives each distinct bigram a dense integer id, shared by both versions. */
export class BigramDictionary {
  private readonly ids = new Map<number, number>();
  /** Per bigram id, the last text that contained it: deduplicates without a Set per text. */
  private seenIn = new Int32Array(1024);
  private texts = 0;

  get size(): number {
    return this.ids.size;
  }

  /** The sorted distinct bigram ids of a normalised text. A one-character text gets a pseudo-bigram of itself. */
  setOf(text: string): Int32Array {
    const stamp = ++this.texts;
    const found: number[] = [];
    const add = (key: number): void => {
      const id = this.id(key);
      if (this.seenIn[id] !== stamp) {
        this.seenIn[id] = stamp;
        found.push(id);
      }
    };
    if (text.length === 1) add(text.charCodeAt(0) * 65536 + 0xffff);
    for (let i = 0; i + 1 < text.length; i++) add(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
    return Int32Array.from(found).sort();
  }

  private id(key: number): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
      if (id >= this.seenIn.length) {
        const grown = new Int32Array(this.seenIn.length * 2);
        grown.set(this.seenIn);
        this.seenIn = grown;
      }
    }
    return id;
  }
}

/**
 * Hashes of the character 4-grams of a text, sorted and distinct. Order-local where bigrams are not: two articles that
 * share only stock words share few 4-grams. A rare hash collision only blurs an estimate, never a decision on its own.
 */
export function shingleSet(text: string): Int32Array {
  const found = new Set<number>();
  for (let i = 0; i + 4 <= text.length; i++) {
    let h = 0;
    for (let j = i; j < i + 4; j++) h = (Math.imul(h, 0x01000193) ^ text.charCodeAt(j)) | 0;
    found.add(h);
  }
  return Int32Array.from(found).sort();
}

export function diceOf(a: Int32Array, b: Int32Array): number {
  return a.length + b.length === 0 ? 0 : (2 * intersectionSize(a, b)) / (a.length + b.length);
}

export function intersectionSize(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

export interface PairStats {
  oldIndex: number;
  newIndex: number;
  /** Dice coefficient of the two bigram sets. */
  dice: number;
  /** Share of the new article's bigrams found in the old one (high when the new one is a piece of the old). */
  newInOld: number;
  /** Share of the old article's bigrams found in the new one (high when the old one became part of the new). */
  oldInNew: number;
}

export function pairStats(oldIndex: number, newIndex: number, a: Int32Array, b: Int32Array): PairStats {
  const common = intersectionSize(a, b);
  return {
    oldIndex,
    newIndex,
    dice: a.length + b.length === 0 ? 0 : (2 * common) / (a.length + b.length),
    newInOld: b.length === 0 ? 0 : common / b.length,
    oldInNew: a.length === 0 ? 0 : common / a.length,
  };
}

/** Below this estimated score a pair cannot reach any threshold, so it is not kept as a candidate. */
const CANDIDATE_FLOOR = 0.2;

/**
 * Candidate pairs between the given old and new articles: for each new article the `k` old ones it most resembles or
 * is most contained in, and for each old article the `k` new ones it most resembles or is most contained in. Bigrams
 * that occur in more than one article in twenty (应当, 规定, 的，) are skipped while counting: they say little and their
 * posting lists dominate the cost. The returned statistics are exact, computed on the full sets.
 */
export function candidatePairs(
  oldSets: Int32Array[],
  oldIds: number[],
  newSets: Int32Array[],
  newIds: number[],
  dictionarySize: number,
  k: number,
): PairStats[] {
  if (oldIds.length === 0 || newIds.length === 0) return [];
  const df = new Int32Array(dictionarySize);
  for (const o of oldIds) for (const b of oldSets[o]) df[b]++;
  for (const n of newIds) for (const b of newSets[n]) df[b]++;
  const cap = Math.max(32, Math.ceil(0.05 * (oldIds.length + newIds.length)));
  const informative = (set: Int32Array): Int32Array => {
    const kept = set.filter((b) => df[b] <= cap);
    // An article made only of common bigrams still needs candidates: fall back to all of them.
    return kept.length >= 4 ? kept : set;
  };

  // Postings of the old articles, in compressed-row form.
  const oldQuerySize = new Int32Array(oldSets.length);
  for (const o of oldIds) oldQuerySize[o] = Math.max(1, informative(oldSets[o]).length);
  const start = new Int32Array(dictionarySize + 1);
  for (const o of oldIds) for (const b of oldSets[o]) start[b + 1]++;
  for (let b = 0; b < dictionarySize; b++) start[b + 1] += start[b];
  const fill = start.slice(0, dictionarySize);
  const postings = new Int32Array(start[dictionarySize]);
  for (const o of oldIds) for (const b of oldSets[o]) postings[fill[b]++] = o;

  // Typed arrays rather than objects: this loop touches hundreds of thousands of pairs on a large draft.
  const counts = new Int32Array(oldSets.length);
  const touched = new Int32Array(oldSets.length);
  const bestForNew = new TopK(1, k);
  const bestForOld = new TopK(oldSets.length, k);
  const keys = new Set<number>();
  const pairs: PairStats[] = [];
  const add = (o: number, n: number): void => {
    const key = o * newSets.length + n;
    if (keys.has(key)) return;
    keys.add(key);
    pairs.push(pairStats(o, n, oldSets[o], newSets[n]));
  };

  for (const n of newIds) {
    const query = informative(newSets[n]);
    let touchedCount = 0;
    for (const b of query) {
      for (let p = start[b]; p < start[b + 1]; p++) {
        const o = postings[p];
        if (counts[o]++ === 0) touched[touchedCount++] = o;
      }
    }
    bestForNew.clear(0);
    for (let t = 0; t < touchedCount; t++) {
      const o = touched[t];
      const c = counts[o];
      counts[o] = 0;
      const oSize = oldQuerySize[o];
      const dice = (2 * c) / (query.length + oSize);
      const forNew = Math.max(dice, c / query.length);
      if (forNew >= CANDIDATE_FLOOR) bestForNew.offer(0, o, forNew);
      const forOld = Math.max(dice, Math.min(1, c / oSize));
      if (forOld >= CANDIDATE_FLOOR) bestForOld.offer(o, n, forOld);
    }
    bestForNew.each(0, (o) => add(o, n));
  }
  for (const o of oldIds) bestForOld.each(o, (n) => add(o, n));
  return pairs;
}

/** Match masks of a text for the bit-parallel LCS: for each character, the bit set of its positions. */
export type LcsMasks = Map<number, Uint32Array>;

export function lcsMasks(a: string): LcsMasks {
  const words = (a.length + 31) >>> 5;
  const masks: LcsMasks = new Map();
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    let m = masks.get(c);
    if (m === undefined) masks.set(c, (m = new Uint32Array(words)));
    m[i >>> 5] |= 1 << (i & 31);
  }
  return masks;
}

/**
 * Length of the longest common subsequence of `a` (given by its masks) and `b`: Hyyrö's bit-parallel algorithm,
 * O(|a|·|b| / 32). An upper bound of what any diff keeps, at a fraction of a diff's cost on unrelated texts.
 */
export function lcsLength(a: string, masks: LcsMasks, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  const words = (a.length + 31) >>> 5;
  const v = new Uint32Array(words).fill(0xffffffff);
  for (let j = 0; j < b.length; j++) {
    const m = masks.get(b.charCodeAt(j));
    if (m === undefined) continue; // no match: V stays as it is
    let carry = 0;
    for (let w = 0; w < words; w++) {
      const vw = v[w];
      const u = (vw & m[w]) >>> 0;
      const sum = vw + u + carry;
      carry = sum > 0xffffffff ? 1 : 0;
      // V' = (V + U) | (V − U), and V − U = V & ~U because U's bits are a subset of V's.
      v[w] = (sum >>> 0) | (vw & ~u);
    }
  }
  let zeros = 0;
  for (let i = 0; i < a.length; i++) if ((v[i >>> 5] & (1 << (i & 31))) === 0) zeros++;
  return zeros;
}

/** 2·(characters kept) / (total length), from a Myers diff with semantic cleanup (1 for two empty texts). */
export function textSimilarity(a: string, b: string): number {
  if (a.length + b.length === 0) return 1;
  let kept = 0;
  for (const [op, text] of diff(a, b, undefined, true)) if (op === diff.EQUAL) kept += text.length;
  return (2 * kept) / (a.length + b.length);
}

/**
 * Share of `piece` found in `whole` in common runs of at least `minRun` characters (the whole piece if shorter), in
 * order. A cheap order-free bound (positions covered by any shared run-length substring) comes first: when it is under
 * `atLeast`, that bound is returned without diffing, since the caller only needs to know the share falls short.
 */
export function coveredShare(
  piece: string,
  whole: string,
  minRun: number,
  atLeast = 0,
  cache?: Map<string, Set<number>>,
): number {
  if (piece.length === 0) return 0;
  const run = Math.min(minRun, piece.length);
  if (whole.length < run) return 0;
  // The same article is often the `whole` of many candidate pieces: its run hashes are worth keeping.
  const key = run === minRun ? whole : `${run}\u0000${whole}`;
  let inWhole = cache?.get(key);
  if (inWhole === undefined) {
    inWhole = new Set(runHashes(whole, run));
    cache?.set(key, inWhole);
  }
  const hashes = runHashes(piece, run);
  let bound = 0;
  let coveredTo = 0;
  for (let i = 0; i < hashes.length; i++) {
    if (!inWhole.has(hashes[i])) continue;
    bound += i + run - Math.max(i, coveredTo);
    coveredTo = i + run;
  }
  if (bound === 0 || bound < atLeast * piece.length) return bound / piece.length;
  let covered = 0;
  for (const [op, text] of diff(whole, piece, undefined, true)) {
    if (op === diff.EQUAL && text.length >= run) covered += text.length;
  }
  return Math.min(covered, bound) / piece.length;
}

/** Polynomial rolling hashes of every substring of length `k`; a collision only loosens the bound they serve. */
function runHashes(text: string, k: number): Int32Array {
  const out = new Int32Array(Math.max(0, text.length - k + 1));
  if (out.length === 0) return out;
  const base = 0x01000193;
  let top = 1; // base^(k-1), to drop the character leaving the window
  for (let i = 1; i < k; i++) top = Math.imul(top, base);
  let h = 0;
  for (let i = 0; i < text.length; i++) {
    if (i >= k) h = (h - Math.imul(text.charCodeAt(i - k), top)) | 0;
    h = (Math.imul(h, base) + text.charCodeAt(i)) | 0;
    if (i >= k - 1) out[i - k + 1] = h;
  }
  return out;
}

/** The k best-scored ids for each of several slots, in flat typed arrays. */
class TopK {
  private readonly ids: Int32Array;
  private readonly scores: Float64Array;

  constructor(
    slots: number,
    private readonly k: number,
  ) {
    this.ids = new Int32Array(slots * k).fill(-1);
    this.scores = new Float64Array(slots * k).fill(-1);
  }

  clear(slot: number): void {
    this.ids.fill(-1, slot * this.k, (slot + 1) * this.k);
    this.scores.fill(-1, slot * this.k, (slot + 1) * this.k);
  }

  offer(slot: number, id: number, score: number): void {
    let worst = slot * this.k;
    for (let i = worst + 1; i < (slot + 1) * this.k; i++) if (this.scores[i] < this.scores[worst]) worst = i;
    if (score > this.scores[worst]) {
      this.scores[worst] = score;
      this.ids[worst] = id;
    }
  }

  each(slot: number, visit: (id: number) => void): void {
    for (let i = slot * this.k; i < (slot + 1) * this.k; i++) if (this.ids[i] >= 0) visit(this.ids[i]);
  }
}
