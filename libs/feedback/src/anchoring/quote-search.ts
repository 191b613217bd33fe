/**
 * Searching folded code points: exact occurrences (Knuth–Morris–Pratt), approximate occurrences within an edit
 * distance (Sellers' dynamic programming, which finds the best substring rather than comparing whole strings), and the
 * similarity of two short contexts (longest common subsequence). All work on code points, never UTF-16 units.
 */

/** A place in folded text: [start, end) in code points, and its edit distance to the pattern (0 for exact). */
export interface FoldedHit {
  start: number;
  end: number;
  distance: number;
}

/** Start indexes of every occurrence of `pattern` in `text`, overlapping ones included, at most `limit`. */
export function exactOccurrences(text: Int32Array, pattern: Int32Array, limit: number): number[] {
  const m = pattern.length;
  const found: number[] = [];
  if (m === 0 || m > text.length) return found;
  const failure = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i++) {
    while (k > 0 && pattern[i] !== pattern[k]) k = failure[k - 1];
    if (pattern[i] === pattern[k]) k++;
    failure[i] = k;
  }
  for (let i = 0, k = 0; i < text.length; i++) {
    while (k > 0 && text[i] !== pattern[k]) k = failure[k - 1];
    if (text[i] === pattern[k]) k++;
    if (k === m) {
      found.push(i - m + 1);
      if (found.length >= limit) break;
      k = failure[k - 1];
    }
  }
  return found;
}

/**
 * Every substring of `text` within 1..`maxDistance` edits (Levenshtein) of `pattern`, reduced to non-overlapping hits:
 * for each place the fewest edits win, then the length nearest the pattern's.
 *
 * Filtration first (the pigeonhole principle): cut the pattern into k + 1 pieces; a substring within k edits contains
 * at least one piece unchanged, so only windows around exact occurrences of a piece can hold a match. The dynamic
 * programming then runs on those windows alone, which on a long text (a chapter's full text) is most of the saving.
 */
export function approximateOccurrences(
  text: Int32Array,
  pattern: Int32Array,
  maxDistance: number,
): FoldedHit[] {
  const m = pattern.length;
  const n = text.length;
  const k = maxDistance;
  if (m === 0 || n === 0 || k <= 0) return [];
  const windows: [number, number][] = [];
  const pieceLength = Math.floor(m / (k + 1));
  if (pieceLength >= 1) {
    for (let p = 0; p <= k; p++) {
      const from = p * pieceLength;
      const piece = pattern.subarray(from, p === k ? m : from + pieceLength);
      for (const at of exactOccurrences(text, piece, n)) {
        windows.push([Math.max(0, at - from - k), Math.min(n, at - from + m + k)]);
      }
    }
  } else {
    windows.push([0, n]);
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last !== undefined && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  const raw: FoldedHit[] = [];
  for (const [from, to] of merged) {
    for (const hit of sellers(text.subarray(from, to), pattern, k)) {
      raw.push({ start: hit.start + from, end: hit.end + from, distance: hit.distance });
    }
  }
  return nonOverlapping(raw, m);
}

/**
 * Sellers' algorithm: the end of every substring within 1..k edits of the pattern, with the start of its best
 * alignment. O(|text|·|pattern|) time, O(|pattern|) memory.
 */
function sellers(text: Int32Array, pattern: Int32Array, k: number): FoldedHit[] {
  const m = pattern.length;
  // Column j of the matrix: cost[i] = fewest edits turning pattern[0, i) into a substring ending at j, and
  // origin[i] = where that substring starts. Row 0 is free: a match may start anywhere.
  let cost = new Int32Array(m + 1);
  let origin = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextOrigin = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) cost[i] = i;
  const raw: FoldedHit[] = [];
  for (let j = 1; j <= text.length; j++) {
    const c = text[j - 1];
    nextCost[0] = 0;
    nextOrigin[0] = j;
    for (let i = 1; i <= m; i++) {
      // Prefer the diagonal (match or substitution), then a skipped pattern character, then an extra text character.
      let best = cost[i - 1] + (pattern[i - 1] === c ? 0 : 1);
      let start = origin[i - 1];
      if (nextCost[i - 1] + 1 < best) {
        best = nextCost[i - 1] + 1;
        start = nextOrigin[i - 1];
      }
      if (cost[i] + 1 < best) {
        best = cost[i] + 1;
        start = origin[i];
      }
      nextCost[i] = best;
      nextOrigin[i] = start;
    }
    // Exact hits are left to exactOccurrences, which keeps overlapping ones.
    if (nextCost[m] > 0 && nextCost[m] <= k)
      raw.push({ start: nextOrigin[m], end: j, distance: nextCost[m] });
    [cost, nextCost] = [nextCost, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
  }
  return raw;
}

/** Keeps the best of overlapping hits: fewest edits, then length nearest `patternLength`, then the earliest. */
export function nonOverlapping(hits: FoldedHit[], patternLength: number): FoldedHit[] {
  const ranked = [...hits].sort(
    (a, b) =>
      a.distance - b.distance ||
      Math.abs(a.end - a.start - patternLength) - Math.abs(b.end - b.start - patternLength) ||
      a.start - b.start,
  );
  const kept: FoldedHit[] = [];
  for (const hit of ranked) {
    if (kept.every((k) => hit.end <= k.start || hit.start >= k.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Levenshtein distance, for scoring a hit whose distance is not known (two rows, O(|a|·|b|)). */
export function editDistance(a: Int32Array, b: Int32Array): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Int32Array(b.length + 1);
  let next = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    next[0] = i;
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j] + 1, next[j - 1] + 1);
    }
    [prev, next] = [next, prev];
  }
  return prev[b.length];
}

/**
 * 2·LCS / (|a| + |b|): how much of two contexts agrees, in order, tolerating an insertion or an edited character.
 * 1 for two empty contexts (both at the edge of the provision), 0 when only one is empty.
 */
export function lcsSimilarity(a: Int32Array, b: Int32Array): number {
  if (a.length + b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Int32Array(b.length + 1);
  let next = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      next[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], next[j - 1]);
    }
    [prev, next] = [next, prev];
  }
  return (2 * prev[b.length]) / (a.length + b.length);
}

/** Distinct character bigrams of folded text, as numbers; a one-character text gets a pseudo-bigram of itself. */
export function bigramSet(points: Int32Array): Set<number> {
  const set = new Set<number>();
  if (points.length === 1) set.add(bigramKey(points[0], -1));
  for (let i = 0; i + 1 < points.length; i++) set.add(bigramKey(points[i], points[i + 1]));
  return set;
}

/**
 * The q-gram lemma for q = 2: a substring within `k` edits of a pattern of length m shares at least m − 1 − 2k of the
 * pattern's bigram positions. A text containing fewer of them cannot hold a match, and needs no dynamic programming.
 */
export function mayContainApproximately(
  textBigrams: Set<number>,
  pattern: Int32Array,
  maxDistance: number,
): boolean {
  return sharesBigrams(textBigrams, pattern, pattern.length - 1 - 2 * maxDistance);
}

/** Whether at least `needed` of the pattern's bigram positions occur in the text. */
export function sharesBigrams(textBigrams: Set<number>, pattern: Int32Array, needed: number): boolean {
  if (needed <= 0) return true;
  let present = 0;
  for (let i = 0; i + 1 < pattern.length; i++) {
    if (textBigrams.has(bigramKey(pattern[i], pattern[i + 1])) && ++present >= needed) return true;
  }
  return false;
}

export function bigramKey(a: number, b: number): number {
  // Code points fit in 21 bits: a · 2^22 + b + 1 stays an exact double and never collides.
  return a * 4194304 + (b + 1);
}
