/**
 * How close a text is to the change asked for, on character bigrams of the folded letters and digits (Chinese has no
 * word spaces; a bigram is about a word). The proposal becomes a set of weighted signals, each one a bigram the text
 * should hold or should have lost; closeness is the satisfied share of the weight. See README.md for the reasoning.
 */
/** Weight of a wanted bigram the consulted text already held: context, which tells little about whether a text moved. */
export const CONTEXT_WEIGHT = 0.25;

/** Bigram (and single-character) counts of a folded text. */
export type Counts = Map<number, number>;

export interface Signal {
  key: number;
  weight: number;
  /** wanted: the text holds the bigram; unwanted: it holds it at most `allowed` times; provision: the text is gone. */
  kind: 'wanted' | 'unwanted' | 'provision';
  allowed: number;
  /** A wanted bigram the consulted text already held. */
  context: boolean;
}

/** A bigram key; a single character (a one-character wording) gets a key of its own, below zero. */
function bigramKey(a: number, b: number): number {
  return a * 0x110000 + b;
}

function unigramKey(a: number): number {
  return -(a + 1);
}

export function counts(points: Int32Array): Counts {
  const out: Counts = new Map();
  const add = (key: number): void => {
    out.set(key, (out.get(key) ?? 0) + 1);
  };
  for (let i = 0; i < points.length; i++) {
    add(unigramKey(points[i]));
    if (i + 1 < points.length) add(bigramKey(points[i], points[i + 1]));
  }
  return out;
}

/** The distinct keys a wording is made of: its bigrams, or its one character. */
export function wordingKeys(points: Int32Array): Set<number> {
  const keys = new Set<number>();
  if (points.length === 1) keys.add(unigramKey(points[0]));
  for (let i = 0; i + 1 < points.length; i++) keys.add(bigramKey(points[i], points[i + 1]));
  return keys;
}

/** The keys inside points[start, end): used to tell whether a passage holds a given key. */
export function keysWithin(points: Int32Array, start: number, end: number, of: Set<number>): boolean {
  if (end - start === 1 && of.has(unigramKey(points[start]))) return true;
  for (let i = start; i + 1 < end; i++) if (of.has(bigramKey(points[i], points[i + 1]))) return true;
  return false;
}

export interface FoldedProposal {
  wanted: Int32Array[];
  /** Removed and replaced wording together: both should be gone from the text. */
  unwanted: Int32Array[];
  deleteProvision: boolean;
}

/**
 * The signals of a proposal, against the consulted text when there is one.
 * - A wanted bigram: the text should hold it. Weight 1, or less when the consulted text already held it (context).
 * - An unwanted bigram (of removed or replaced wording, not also wanted): the text should hold it fewer times, as many
 *   as the consulted text held minus those the wording took away. Bigrams the consulted text did not hold are dropped:
 *   there was nothing to remove. Counting rather than presence keeps a deletion visible when the same words (犬只,
 *   个人) stand elsewhere in the provision.
 * - Deleting the whole provision: one signal, met when the later text is gone.
 */
export function signalsOf(proposal: FoldedProposal, consulted: Counts | null): Signal[] {
  if (proposal.deleteProvision) return [{ key: 0, weight: 1, kind: 'provision', allowed: 0, context: false }];
  const signals: Signal[] = [];
  const wanted = new Set<number>();
  for (const w of proposal.wanted) for (const key of wordingKeys(w)) wanted.add(key);
  for (const key of wanted) {
    const context = consulted !== null && (consulted.get(key) ?? 0) > 0;
    signals.push({ key, weight: 1, kind: 'wanted', allowed: 0, context });
  }
  const taken = new Map<number, number>();
  for (const u of proposal.unwanted) {
    for (const [key, n] of counts(u)) {
      // A one-character wording is its own signal; in longer ones single characters say too little.
      if (key < 0 && u.length > 1) continue;
      if (!wanted.has(key)) taken.set(key, (taken.get(key) ?? 0) + n);
    }
  }
  for (const [key, n] of taken) {
    const held = consulted === null ? 0 : (consulted.get(key) ?? 0);
    if (consulted !== null && held === 0) continue;
    signals.push({ key, weight: 1, kind: 'unwanted', allowed: Math.max(0, held - n), context: false });
  }
  // Context weighs CONTEXT_WEIGHT a bigram, and never more in all than the rest: a wording that restates a whole
  // paragraph to change two characters must not look mostly there already.
  const contextCount = signals.filter((s) => s.context).length;
  const fresh = signals.length - contextCount;
  const weight = fresh === 0 ? CONTEXT_WEIGHT : Math.min(CONTEXT_WEIGHT, fresh / contextCount);
  for (const s of signals) if (s.context) s.weight = weight;
  return signals;
}

/** Satisfied share of the signals' weight in a text (null: the text is gone); 0 when there are no signals. */
export function closeness(signals: Signal[], text: Counts | null): number {
  let total = 0;
  let met = 0;
  for (const s of signals) {
    total += s.weight;
    const n = text === null ? 0 : (text.get(s.key) ?? 0);
    const ok = s.kind === 'provision' ? text === null : s.kind === 'wanted' ? n > 0 : n <= s.allowed;
    if (ok) met += s.weight;
  }
  return total === 0 ? 0 : met / total;
}
