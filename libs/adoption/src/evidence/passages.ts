/**
 * Where a wording stands in a text: greedy string tiling on folded letters and digits. The longest common run of the
 * text and the wording is taken first, then the longest run among what is left, down to a minimum length. Runs are
 * read off the diagonals of a match table once; a run that meets a taken position is cut around it and queued again.
 */
import type { FoldedText } from './fold.js';
import type { Passage } from './evidence.types.js';

/** A common run: `length` folded characters at `textStart` in the text and `wordStart` in the wording. */
export interface Tile {
  textStart: number;
  wordStart: number;
  length: number;
}

/** Beyond this many text × wording characters the table would cost too much; no passages are looked for. */
const MAX_CELLS = 16_000_000;

export function tiles(text: Int32Array, word: Int32Array, minLength: number): Tile[] {
  const n = text.length;
  const m = word.length;
  const min = Math.max(1, minLength);
  if (n === 0 || m < min || n * m > MAX_CELLS) return [];
  const queue = new TileHeap();
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let i = 0; i < n; i++) {
    const c = text[i];
    for (let j = 0; j < m; j++) cur[j + 1] = c === word[j] ? prev[j] + 1 : 0;
    for (let j = 0; j < m; j++) {
      const length = cur[j + 1];
      // A run ends where its diagonal does not go on.
      if (length >= min && (i + 1 === n || j + 1 === m || text[i + 1] !== word[j + 1])) {
        queue.push({ textStart: i - length + 1, wordStart: j - length + 1, length });
      }
    }
    [prev, cur] = [cur, prev];
  }

  const textTaken = new Uint8Array(n);
  const wordTaken = new Uint8Array(m);
  const out: Tile[] = [];
  for (let tile = queue.pop(); tile !== undefined; tile = queue.pop()) {
    let runStart = 0;
    let whole = true;
    for (let k = 0; k <= tile.length; k++) {
      const free =
        k < tile.length && textTaken[tile.textStart + k] === 0 && wordTaken[tile.wordStart + k] === 0;
      if (free) continue;
      if (k < tile.length) whole = false;
      if (!whole && k - runStart >= min) {
        queue.push({
          textStart: tile.textStart + runStart,
          wordStart: tile.wordStart + runStart,
          length: k - runStart,
        });
      }
      runStart = k + 1;
    }
    if (!whole) continue;
    textTaken.fill(1, tile.textStart, tile.textStart + tile.length);
    wordTaken.fill(1, tile.wordStart, tile.wordStart + tile.length);
    out.push(tile);
  }
  return out.sort((a, b) => a.textStart - b.textStart);
}

/** Folded ranges [start, end), sorted, with overlapping or touching ones merged. */
export function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/**
 * The passage of the original text for a folded range: whole original characters, with whatever punctuation or
 * spaces stand between them.
 */
export function passageOf(text: string, folded: FoldedText, [s, e]: [number, number]): Passage {
  const start = folded.from[s];
  const end = folded.to[e - 1];
  return { text: text.slice(start, end), start, end };
}

/** A max-heap of tiles: longest first, then leftmost in the text, then in the wording (a stable order). */
class TileHeap {
  private readonly items: Tile[] = [];

  push(tile: Tile): void {
    const items = this.items;
    items.push(tile);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop(): Tile | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < items.length && before(items[l], items[best])) best = l;
        if (r < items.length && before(items[r], items[best])) best = r;
        if (best === i) break;
        [items[i], items[best]] = [items[best], items[i]];
        i = best;
      }
    }
    return top;
  }
}

function before(a: Tile, b: Tile): boolean {
  if (a.length !== b.length) return a.length > b.length;
  if (a.textStart !== b.textStart) return a.textStart < b.textStart;
  return a.wordStart < b.wordStart;
}
