/**
 * Character n-gram shingles, MinHash signatures and LSH band keys for short Chinese texts, on typed arrays and 32-bit
 * integer arithmetic (Math.imul): no string is allocated per shingle. See README.md for the parameters and why.
 */

/** Murmur3's 32-bit finaliser: spreads every input bit over the whole word. */
export function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * Writes the distinct shingle keys of `text` (already normalised) into `out` from `offset`, sorted ascending as signed
 * 32-bit integers, and returns how many there are (0 when the text is shorter than `n`).
 *
 * A shingle is `n` consecutive UTF-16 code units. For n = 1 and n = 2 the key is the code units themselves (exact: two
 * different bigrams never share a key); for n ≥ 3 it is an FNV-1a hash of them (collisions: about 2^-32 per pair).
 * `out` needs room for `text.length` keys from `offset`.
 */
export function shingleKeys(text: string, n: number, out: Int32Array, offset: number): number {
  const count = text.length - n + 1;
  if (count <= 0) return 0;
  if (n === 1) {
    for (let i = 0; i < count; i++) out[offset + i] = text.charCodeAt(i);
  } else if (n === 2) {
    let previous = text.charCodeAt(0);
    for (let i = 0; i < count; i++) {
      const next = text.charCodeAt(i + 1);
      out[offset + i] = (previous << 16) | next;
      previous = next;
    }
  } else {
    for (let i = 0; i < count; i++) {
      let h = 0x811c9dc5 | 0;
      for (let j = 0; j < n; j++) h = Math.imul(h ^ text.charCodeAt(i + j), 0x01000193);
      out[offset + i] = h;
    }
  }
  sortInPlace(out, offset, offset + count);
  // Distinct keys only: a shingle set, not a bag.
  let distinct = 1;
  for (let i = 1; i < count; i++) {
    const key = out[offset + i];
    if (key !== out[offset + distinct - 1]) out[offset + distinct++] = key;
  }
  return distinct;
}

/** Insertion sort for the short runs most texts give, the engine's numeric sort for long ones. */
function sortInPlace(a: Int32Array, from: number, to: number): void {
  if (to - from > 16) {
    a.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const x = a[i];
    let j = i - 1;
    while (j >= from && a[j] > x) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
}

/**
 * Exact Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted, distinct key runs `keys[aFrom, aTo)` and
 * `keys[bFrom, bTo)`; 0 when either is empty.
 */
export function jaccard(keys: Int32Array, aFrom: number, aTo: number, bFrom: number, bTo: number): number {
  const la = aTo - aFrom;
  const lb = bTo - bFrom;
  if (la === 0 || lb === 0) return 0;
  let i = aFrom;
  let j = bFrom;
  let common = 0;
  while (i < aTo && j < bTo) {
    const x = keys[i];
    const y = keys[j];
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common / (la + lb - common);
}

/**
 * Whether `jaccard(keys, aFrom, aTo, bFrom, bTo) >= threshold`, giving up as soon as the answer is known to be no: when
 * the sizes alone rule it out (J ≤ min/max), or when the keys left cannot bring the common count up to what is needed.
 */
export function similarEnough(
  keys: Int32Array,
  aFrom: number,
  aTo: number,
  bFrom: number,
  bTo: number,
  threshold: number,
): boolean {
  const la = aTo - aFrom;
  const lb = bTo - bFrom;
  if (la === 0 || lb === 0) return false;
  if (Math.min(la, lb) < threshold * Math.max(la, lb) - 1e-9) return false;
  // J ≥ t ⇔ common ≥ t (la + lb) / (1 + t).
  const needed = (threshold * (la + lb)) / (1 + threshold) - 1e-9;
  let i = aFrom;
  let j = bFrom;
  let common = 0;
  while (i < aTo && j < bTo) {
    if (common + Math.min(aTo - i, bTo - j) < needed) return false;
    const x = keys[i];
    const y = keys[j];
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common / (la + lb - common) >= threshold;
}

/** Which bins of the signature being built hold a value of their own (not one copied by densification). */
let filled = new Uint8Array(128);

/**
 * Writes the MinHash signature of the key run `keys[from, to)` into `signature[at, at + hashes)`, by one permutation
 * hashing (Li, Owen & Zhang 2012) with optimal densification (Shrivastava 2017): each key is hashed once (mix32), the
 * hash picks one of `hashes` bins (its high bits) and competes for the bin's minimum; an empty bin then copies the
 * value of the first non-empty bin along a probe sequence that depends on the bin only (the same for every text).
 * For two texts, each position of the signatures agrees with probability equal to their Jaccard similarity, as with
 * `hashes` independent permutations, at the cost of one hash per shingle instead of `hashes`. An empty run gets the
 * all −1 signature (callers leave such texts out of LSH).
 */
export function minHashSignature(
  keys: Int32Array,
  from: number,
  to: number,
  hashes: number,
  signature: Int32Array,
  at: number,
): void {
  signature.fill(-1, at, at + hashes);
  if (to <= from) return;
  if (filled.length < hashes) filled = new Uint8Array(hashes);
  filled.fill(0, 0, hashes);
  let nonEmpty = 0;
  for (let i = from; i < to; i++) {
    const h = mix32(keys[i] ^ 0x5bd1e995);
    const bin = (((h >>> 0) * hashes) / 4294967296) | 0;
    // The bin is a range of h's high bits; inside it, the low 31 bits order the keys (a fixed random permutation).
    const value = h & 0x7fffffff;
    if (filled[bin] === 0) {
      filled[bin] = 1;
      nonEmpty++;
      signature[at + bin] = value;
    } else if (value < signature[at + bin]) signature[at + bin] = value;
  }
  if (nonEmpty === hashes) return;
  for (let bin = 0; bin < hashes; bin++) {
    if (filled[bin] === 1) continue;
    for (let attempt = 1; ; attempt++) {
      const probe =
        (((mix32(Math.imul(bin + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b)) >>> 0) * hashes) /
          4294967296) |
        0;
      if (filled[probe] === 1) {
        signature[at + bin] = signature[at + probe];
        break;
      }
    }
  }
}

/** A 32-bit key for band `band` (rows `[band · rows, band · rows + rows)`) of the signature at `signature[at…]`. */
export function bandKey(signature: Int32Array, at: number, band: number, rows: number): number {
  let h = Math.imul(band + 1, 0x9e3779b1);
  for (let r = 0, s = at + band * rows; r < rows; r++, s++) {
    h = Math.imul(h ^ signature[s], 0x01000193);
    h ^= h >>> 15;
  }
  return mix32(h);
}

/**
 * Probability that two texts of Jaccard similarity `s` share at least one of `bands` bands of `rows` rows, i.e. become
 * a candidate pair: 1 − (1 − s^rows)^bands.
 */
export function candidateProbability(s: number, bands: number, rows: number): number {
  return 1 - Math.pow(1 - Math.pow(s, rows), bands);
}
