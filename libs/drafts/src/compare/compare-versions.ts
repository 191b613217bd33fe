import diff from 'fast-diff';
import type { ProvisionNode } from '../provision.js';
import { flattenArticles, normalizeForComparison, type FlatArticle } from './articles.js';
import {
  BigramDictionary,
  candidatePairs,
  coveredShare,
  diceOf,
  lcsLength,
  lcsMasks,
  pairStats,
  shingleSet,
  textSimilarity,
  type LcsMasks,
  type PairStats,
} from './similarity.js';
import {
  ARTICLE_CHANGE_KINDS,
  type ArticleChange,
  type ArticleChangeKind,
  type ArticleRef,
  type CompareOptions,
  type ComparisonSummary,
  type DiffSegment,
  type VersionComparison,
} from './compare.types.js';

export const DEFAULT_COMPARE_OPTIONS: Readonly<CompareOptions> = Object.freeze({
  // On the benchmark no pair under 0.8 × the bar in bigram Dice reached the bar in character similarity.
  candidateDiceFactor: 0.8,
  // On the benchmark no pair under 0.6 × the bar in 4-gram Dice reached the bar in character similarity.
  candidateShingleFactor: 0.6,
  // An article that kept at least half of its wording. On the benchmark's synthetic Civil-Code text (short phrases
  // recombined, so harsher than real drafts) unrelated articles reach 0.3–0.45 but rarely 0.5.
  matchThreshold: 0.5,
  // Between the same unchanged neighbours an article rewritten in place is still that article.
  inPlaceMatchThreshold: 0.3,
  weakMatchBelow: 0.65,
  maxInPlaceGap: 8,
  containmentThreshold: 0.75,
  // Ten characters are four or five words: longer than most stock phrases (承担赔偿责任, 法律另有规定的).
  minRunLength: 10,
  minPieceLength: 10,
  candidatesPerArticle: 8,
});

/** An alignment group under construction: indices into the old and new article lists. */
interface Group {
  from: number[];
  to: number[];
  shape: 'PAIR' | 'SPLIT' | 'MERGED';
}

/**
 * Aligns the articles of two versions of a draft and says what happened to each. Pure: no I/O, no clock.
 *
 * 1. Articles whose normalised texts are equal are paired first (duplicates pair by nearest relative position).
 * 2. For the rest, an inverted index of character bigrams proposes candidates; a character diff confirms them; the
 *    most similar pairs are taken first, with a lower bar between the same unchanged neighbours and a small preference
 *    for the same place and number.
 * 3. A left-over new article whose text mostly occurs, in long runs, in an old one is a piece of it (SPLIT); a
 *    left-over old article mostly found in a new one was merged into it (MERGED) — unless the rest of the group
 *    already holds that text (then it was repeated or dropped, not split or merged). A single such piece is simply
 *    that article, heavily shortened or extended.
 * 4. Each new chapter continues the old chapter that sent it most articles; an article is `relocated` when its new
 *    chapter continues another old chapter than its own, and `reordered` when it is off the longest common order of
 *    the two versions.
 */
export function compareVersions(
  from: ProvisionNode[],
  to: ProvisionNode[],
  options: Partial<CompareOptions> = {},
): VersionComparison {
  const opts: CompareOptions = { ...DEFAULT_COMPARE_OPTIONS, ...options };
  const oldVersion = flattenArticles(from);
  const newVersion = flattenArticles(to);
  const olds = oldVersion.articles;
  const news = newVersion.articles;
  const oldNorm = olds.map((a) => normalizeForComparison(a.ref.text));
  const newNorm = news.map((a) => normalizeForComparison(a.ref.text));
  const oldPartner = new Int32Array(olds.length).fill(-1);
  const newPartner = new Int32Array(news.length).fill(-1);
  const pair = (o: number, n: number): void => {
    oldPartner[o] = n;
    newPartner[n] = o;
  };

  // 1. Equal normalised text.
  const byText = new Map<string, { olds: number[]; news: number[] }>();
  oldNorm.forEach((t, o) => bucket(byText, t).olds.push(o));
  newNorm.forEach((t, n) => bucket(byText, t).news.push(n));
  for (const { olds: os, news: ns } of byText.values()) {
    if (os.length === 0 || ns.length === 0) continue;
    for (const [o, n] of pairDuplicates(os, ns, olds.length, news.length)) pair(o, n);
  }

  // Gaps between exact matches that kept their order: an old and a new article in the same short gap sit in the same
  // place. A long gap (say, no anchor at all when a wrong file is compared) says nothing about place.
  const exact: [number, number][] = [];
  oldPartner.forEach((n, o) => {
    if (n >= 0) exact.push([o, n]);
  });
  const anchors = longestIncreasing(exact.map(([, n]) => n));
  const oldGap = new Int32Array(olds.length);
  const newGap = new Int32Array(news.length);
  {
    let gap = -1;
    const isAnchorNew = new Uint8Array(news.length);
    exact.forEach(([, n], i) => {
      if (anchors[i]) isAnchorNew[n] = 1;
    });
    for (let n = 0; n < news.length; n++) {
      if (isAnchorNew[n]) gap = n;
      newGap[n] = gap;
    }
    gap = -1;
    for (let o = 0; o < olds.length; o++) {
      const n = oldPartner[o];
      if (n >= 0 && isAnchorNew[n]) gap = n;
      oldGap[o] = gap;
    }
  }
  const oldGapSize = countBy(oldGap);
  const newGapSize = countBy(newGap);
  const inPlace = (o: number, n: number): boolean =>
    oldGap[o] === newGap[n] &&
    (oldGapSize.get(oldGap[o]) ?? 0) <= opts.maxInPlaceGap + 1 &&
    (newGapSize.get(newGap[n]) ?? 0) <= opts.maxInPlaceGap + 1;

  // 2. Similarity among the rest.
  const dictionary = new BigramDictionary();
  const empty = new Int32Array(0);
  const oldSets: Int32Array[] = olds.map((_, o) =>
    oldPartner[o] < 0 ? dictionary.setOf(oldNorm[o]) : empty,
  );
  const newSets: Int32Array[] = news.map((_, n) =>
    newPartner[n] < 0 ? dictionary.setOf(newNorm[n]) : empty,
  );
  const oldRest = olds.map((_, o) => o).filter((o) => oldPartner[o] < 0);
  const newRest = news.map((_, n) => n).filter((n) => newPartner[n] < 0);
  const candidates = candidatePairs(
    oldSets,
    oldRest,
    newSets,
    newRest,
    dictionary.size,
    opts.candidatesPerArticle,
  );
  // The index ranks by rare bigrams; a short article made of stock phrases may rank low even against its own edited
  // self. Articles in the same short gap are candidates anyway: it is the "same place, same number" stage.
  {
    const seen = new Set(candidates.map((p) => p.oldIndex * news.length + p.newIndex));
    const newsByGap = groupBy(newRest, (n) => newGap[n]);
    for (const o of oldRest) {
      for (const n of newsByGap.get(oldGap[o]) ?? []) {
        if (inPlace(o, n) && !seen.has(o * news.length + n))
          candidates.push(pairStats(o, n, oldSets[o], newSets[n]));
      }
    }
  }
  const sameNumber = (o: number, n: number): boolean => sameArticleNumber(olds[o].ref, news[n].ref);
  const oldShingles = new Map<number, Int32Array>();
  const newShingles = new Map<number, Int32Array>();
  const shingles = (cache: Map<number, Int32Array>, i: number, text: string): Int32Array => {
    let set = cache.get(i);
    if (set === undefined) cache.set(i, (set = shingleSet(text)));
    return set;
  };
  const masks = new Map<number, LcsMasks>();
  const scored: { p: PairStats; similarity: number; score: number }[] = [];
  for (const p of candidates) {
    const here = inPlace(p.oldIndex, p.newIndex);
    const bar = here ? opts.inPlaceMatchThreshold : opts.matchThreshold;
    // Diffing is the costly step: only pairs whose bigrams, and away from their place also 4-grams, make the bar
    // plausible get one.
    if (p.dice < bar * opts.candidateDiceFactor) continue;
    if (
      !here &&
      diceOf(
        shingles(oldShingles, p.oldIndex, oldNorm[p.oldIndex]),
        shingles(newShingles, p.newIndex, newNorm[p.newIndex]),
      ) <
        bar * opts.candidateShingleFactor
    ) {
      continue;
    }
    const a = oldNorm[p.oldIndex];
    const b = newNorm[p.newIndex];
    let m = masks.get(p.oldIndex);
    if (m === undefined) masks.set(p.oldIndex, (m = lcsMasks(a)));
    if ((2 * lcsLength(a, m, b)) / (a.length + b.length) < bar) continue; // What a diff keeps is at most the LCS.
    const similarity = textSimilarity(a, b);
    if (similarity < bar) continue;
    // Small preferences decide between near-equal candidates (duplicated boilerplate): same place, then same number.
    const bonus =
      (inPlace(p.oldIndex, p.newIndex) ? 0.05 : 0) + (sameNumber(p.oldIndex, p.newIndex) ? 0.02 : 0);
    scored.push({ p, similarity, score: similarity + bonus });
  }
  scored.sort((x, y) => y.score - x.score || x.p.newIndex - y.p.newIndex);
  // A pair found by similarity alone, far from its place and not very similar, may be a coincidence of boilerplate:
  // a better explanation (piece of a split, part of a merge) may take its articles away.
  const weak = new Uint8Array(news.length);
  const weakOld = new Uint8Array(olds.length);
  for (const { p, similarity } of scored) {
    if (oldPartner[p.oldIndex] >= 0 || newPartner[p.newIndex] >= 0) continue;
    pair(p.oldIndex, p.newIndex);
    if (similarity < opts.weakMatchBelow && !inPlace(p.oldIndex, p.newIndex)) {
      weak[p.newIndex] = 1;
      weakOld[p.oldIndex] = 1;
    }
  }
  const unpair = (o: number, n: number): void => {
    oldPartner[o] = -1;
    newPartner[n] = -1;
  };

  // 3. Splits, then merges, among what is left.
  const groups: Group[] = [];
  const inGroupOld = new Uint8Array(olds.length);
  const inGroupNew = new Uint8Array(news.length);
  const byNew = groupBy(candidates, (p) => p.newIndex);
  const byOld = groupBy(candidates, (p) => p.oldIndex);
  // Bigram containment only preselects (order-blind, fooled by boilerplate); long common runs of characters decide.
  const preselect = opts.containmentThreshold * opts.candidateDiceFactor;
  const runCache = new Map<string, Set<number>>();
  const contained = (piece: string, whole: string, atLeast: number): number =>
    coveredShare(piece, whole, opts.minRunLength, atLeast, runCache);
  const bar = opts.containmentThreshold;

  const pieces = new Map<number, number[]>();
  for (const n of newRest) {
    const current = newPartner[n];
    if ((current >= 0 && !weak[n]) || newNorm[n].length < opts.minPieceLength) continue;
    const source = best(byNew.get(n), (p) => {
      if (p.newInOld < preselect || p.oldIndex === current) return -1;
      const share = contained(newNorm[n], oldNorm[p.oldIndex], bar);
      if (share < bar) return -1;
      if (current >= 0 && share <= contained(newNorm[n], oldNorm[current], share)) return -1;
      const partner = oldPartner[p.oldIndex];
      // If the old article's own successor still holds this text, the new article repeats it rather than splits it.
      if (partner >= 0 && contained(newNorm[n], newNorm[partner], bar) >= bar) return -1;
      return share + p.dice / 100;
    });
    if (source === undefined) continue;
    if (current >= 0) unpair(current, n);
    listIn(pieces, source.oldIndex).push(n);
  }
  for (const [o, ns] of pieces) {
    const partner = oldPartner[o];
    if (partner < 0 && ns.length === 1) {
      // One piece only: the article was heavily shortened, if it stayed in place; otherwise too weak a link.
      if (inPlace(o, ns[0])) pair(o, ns[0]);
      continue;
    }
    const to = partner >= 0 ? [partner, ...ns] : ns;
    if (partner >= 0) unpair(o, partner);
    groups.push({ from: [o], to: to.sort((a, b) => a - b), shape: 'SPLIT' });
    inGroupOld[o] = 1;
    for (const n of to) inGroupNew[n] = 1;
  }

  const parts = new Map<number, number[]>();
  for (const o of oldRest) {
    const current = oldPartner[o];
    if ((current >= 0 && !weakOld[o]) || inGroupOld[o] || oldNorm[o].length < opts.minPieceLength) continue;
    const target = best(byOld.get(o), (p) => {
      if (p.oldInNew < preselect || inGroupNew[p.newIndex] || p.newIndex === current) return -1;
      const share = contained(oldNorm[o], newNorm[p.newIndex], bar);
      if (share < bar) return -1;
      if (current >= 0 && share <= contained(oldNorm[o], newNorm[current], share)) return -1;
      const partner = newPartner[p.newIndex];
      if (partner >= 0 && contained(oldNorm[o], oldNorm[partner], bar) >= bar) return -1;
      return share + p.dice / 100;
    });
    if (target === undefined) continue;
    if (current >= 0) unpair(o, current);
    listIn(parts, target.newIndex).push(o);
  }
  for (const [n, os] of parts) {
    const partner = newPartner[n];
    if (partner < 0 && os.length === 1) {
      if (inPlace(os[0], n)) pair(os[0], n); // Heavily extended in place rather than merged.
      continue;
    }
    const from = partner >= 0 ? [partner, ...os] : os;
    if (partner >= 0) unpair(partner, n);
    groups.push({ from: from.sort((a, b) => a - b), to: [n], shape: 'MERGED' });
    inGroupNew[n] = 1;
    for (const o of from) inGroupOld[o] = 1;
  }
  oldPartner.forEach((n, o) => {
    if (n >= 0) groups.push({ from: [o], to: [n], shape: 'PAIR' });
  });

  // 4. Place: where each old chapter went, and the longest common order.
  const owners = containerOwners(groups, olds, news, newVersion.containers.length);
  groups.sort((a, b) => a.from[0] - b.from[0]);
  const inOrder = longestIncreasing(groups.map((g) => g.to[0]));

  const matched = groups.map((g, i) => buildChange(g, olds, news, oldNorm, newNorm, owners, !inOrder[i]));
  const groupOfOld = new Int32Array(olds.length).fill(-1);
  groups.forEach((g, i) => g.from.forEach((o) => (groupOfOld[o] = i)));

  // Document order of the new version; a removed article follows the last old article before it that kept its order.
  const keyed: { key: [number, number, number]; change: ArticleChange }[] = matched.map((change, i) => ({
    key: [groups[i].to[0], 0, 0],
    change,
  }));
  let after = -1;
  for (let o = 0; o < olds.length; o++) {
    const g = groupOfOld[o];
    if (g >= 0) {
      if (inOrder[g]) after = groups[g].to[0];
    } else {
      keyed.push({ key: [after, 1, o], change: single('REMOVED', olds[o].ref) });
    }
  }
  news.forEach((a, n) => {
    if (!inGroupNew[n] && newPartner[n] < 0) keyed.push({ key: [n, 0, 0], change: single('ADDED', a.ref) });
  });
  keyed.sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1] || x.key[2] - y.key[2]);
  const changes = keyed.map((k) => k.change);
  return { changes, summary: summarizeChanges(changes) };
}

export function summarizeChanges(changes: readonly ArticleChange[]): ComparisonSummary {
  const counts = Object.fromEntries(ARTICLE_CHANGE_KINDS.map((k) => [k, 0])) as Record<
    ArticleChangeKind,
    number
  >;
  let renumbered = 0;
  let fromArticles = 0;
  let toArticles = 0;
  for (const c of changes) {
    counts[c.kind]++;
    if (c.renumbered) renumbered++;
    fromArticles += c.from.length;
    toArticles += c.to.length;
  }
  return { counts, renumbered, fromArticles, toArticles };
}

/** Character-level difference; `equal`+`delete` reassemble `a`, `equal`+`insert` reassemble `b`. */
export function diffTexts(a: string, b: string): DiffSegment[] {
  // Semantic cleanup merges the one-character islands Myers' diff leaves in Chinese text, so a reader sees phrases.
  return diff(a, b, undefined, true).map(([op, text]) => ({
    op: op === diff.EQUAL ? 'equal' : op === diff.INSERT ? 'insert' : 'delete',
    text,
  }));
}

function buildChange(
  g: Group,
  olds: FlatArticle[],
  news: FlatArticle[],
  oldNorm: string[],
  newNorm: string[],
  owners: Int32Array,
  reordered: boolean,
): ArticleChange {
  const from = g.from.map((o) => olds[o].ref);
  const to = g.to.map((n) => news[n].ref);
  const oldText = from.map((r) => r.text).join('\n');
  const newText = to.map((r) => r.text).join('\n');
  const textChanged = g.from.map((o) => oldNorm[o]).join('') !== g.to.map((n) => newNorm[n]).join('');
  const headingChanged =
    g.shape === 'PAIR' &&
    normalizeForComparison(from[0].heading ?? '') !== normalizeForComparison(to[0].heading ?? '');
  const relocated = g.from.some((o) => g.to.some((n) => owners[news[n].containerId] !== olds[o].containerId));
  const renumbered = !from.some((f) => to.some((t) => sameArticleNumber(f, t)));
  const segments = textChanged ? diffTexts(oldText, newText) : null;
  const kind: ArticleChangeKind =
    g.shape !== 'PAIR'
      ? g.shape
      : relocated || reordered
        ? 'MOVED'
        : textChanged || headingChanged
          ? 'MODIFIED'
          : 'UNCHANGED';
  const change: ArticleChange = {
    kind,
    from,
    to,
    renumbered,
    relocated,
    reordered,
    textChanged,
    // Only for one-to-one pairs: the \n that joins the pieces of a split is not the drafter's formatting.
    formattingChanged: g.shape === 'PAIR' && !textChanged && oldText !== newText,
    headingChanged,
    similarity: segments === null ? 1 : ratio(segments, oldText.length + newText.length),
    diff: segments,
    description: '',
  };
  change.description = describe(change);
  return change;
}

function single(kind: 'ADDED' | 'REMOVED', ref: ArticleRef): ArticleChange {
  const change: ArticleChange = {
    kind,
    from: kind === 'REMOVED' ? [ref] : [],
    to: kind === 'ADDED' ? [ref] : [],
    renumbered: false,
    relocated: false,
    reordered: false,
    textChanged: false,
    formattingChanged: false,
    headingChanged: false,
    similarity: 0,
    diff: null,
    description: '',
  };
  change.description = describe(change);
  return change;
}

function ratio(segments: DiffSegment[], total: number): number {
  if (total === 0) return 1;
  let kept = 0;
  for (const s of segments) if (s.op === 'equal') kept += s.text.length;
  return (2 * kept) / total;
}

const labelOf = (r: ArticleRef): string => r.label || r.citation;

function placeOf(r: ArticleRef): string {
  if (r.containers.length === 0) return '正文';
  const inner = r.containers[r.containers.length - 1];
  const labels = r.containers.map((c) => c.label).join('');
  return inner.heading ? `${labels}（${inner.heading}）` : labels;
}

function describe(c: ArticleChange): string {
  const olds = c.from.map(labelOf).join('、');
  const news = c.to.map(labelOf).join('、');
  const arrow = c.renumbered ? `${olds} → ${news}` : news;
  const edited = c.textChanged || c.headingChanged;
  switch (c.kind) {
    case 'UNCHANGED':
      return c.renumbered ? `${arrow}（内容未变）` : `${news}（未修改）`;
    case 'MODIFIED':
      return `${arrow}（修改）`;
    case 'MOVED': {
      const where = c.relocated ? `由${placeOf(c.from[0])}移至${placeOf(c.to[0])}` : '调整顺序';
      return `${arrow}（${where}，${edited ? '内容有修改' : '内容未变'}）`;
    }
    case 'SPLIT':
      return `${olds} 拆分为 ${news}${edited ? '（内容有修改）' : ''}`;
    case 'MERGED':
      return `${olds} 合并为 ${news}${edited ? '（内容有修改）' : ''}`;
    case 'ADDED':
      return `新增${news}`;
    case 'REMOVED':
      return `删除${olds}`;
  }
}

export function sameArticleNumber(a: ArticleRef, b: ArticleRef): boolean {
  return a.number === b.number && a.insertion === b.insertion;
}

/**
 * For each new 编/章/节, the old one it continues: the one that sent it most articles (ties: the earlier one); -1 for
 * a container that received none. An article has moved when its new container continues another old one than its
 * own. So a chapter split in two, or a flat draft given chapters, moves nothing; an article taken into a chapter that
 * continues another one has moved.
 */
function containerOwners(
  groups: Group[],
  olds: FlatArticle[],
  news: FlatArticle[],
  newCount: number,
): Int32Array {
  const votes = new Map<number, Map<number, number>>(); // new container → old container → articles
  for (const g of groups) {
    for (const o of g.from) {
      for (const n of g.to) {
        const byOld = votes.get(news[n].containerId) ?? new Map<number, number>();
        votes.set(news[n].containerId, byOld);
        byOld.set(olds[o].containerId, (byOld.get(olds[o].containerId) ?? 0) + 1);
      }
    }
  }
  const owners = new Int32Array(newCount).fill(-1);
  for (const [target, byOld] of votes) {
    let owner = -1;
    let most = 0;
    for (const [source, count] of byOld) {
      if (count > most || (count === most && source < owner)) [owner, most] = [source, count];
    }
    owners[target] = owner;
  }
  return owners;
}

/**
 * Pairs articles with the same normalised text. Equal counts pair in order; otherwise nearest relative position first,
 * so a duplicated boilerplate article is not paired with one at the other end of the draft.
 */
function pairDuplicates(os: number[], ns: number[], oldTotal: number, newTotal: number): [number, number][] {
  if (os.length === ns.length || os.length * ns.length > 10_000) {
    return os.slice(0, ns.length).map((o, i) => [o, ns[i]]);
  }
  const options: [number, number, number][] = [];
  for (const o of os) for (const n of ns) options.push([Math.abs(o / oldTotal - n / newTotal), o, n]);
  options.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, o, n] of options) {
    if (usedOld.has(o) || usedNew.has(n)) continue;
    usedOld.add(o);
    usedNew.add(n);
    pairs.push([o, n]);
  }
  return pairs;
}

/** Marks the members of one longest strictly increasing subsequence (O(n log n), patience sorting). */
export function longestIncreasing(values: readonly number[]): boolean[] {
  const tails: number[] = []; // index into values of the smallest tail of each length
  const previous = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < values[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const member = new Array<boolean>(values.length).fill(false);
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) member[i] = true;
  return member;
}

function bucket(
  map: Map<string, { olds: number[]; news: number[] }>,
  key: string,
): { olds: number[]; news: number[] } {
  let v = map.get(key);
  if (v === undefined) {
    v = { olds: [], news: [] };
    map.set(key, v);
  }
  return v;
}

function countBy(values: Int32Array): Map<number, number> {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) listIn(map, key(item)).push(item);
  return map;
}

function listIn<T>(map: Map<number, T[]>, key: number): T[] {
  let list = map.get(key);
  if (list === undefined) {
    list = [];
    map.set(key, list);
  }
  return list;
}

function best(items: PairStats[] | undefined, score: (p: PairStats) => number): PairStats | undefined {
  let top: PairStats | undefined;
  let topScore = -1;
  for (const p of items ?? []) {
    const s = score(p);
    if (s > topScore && s >= 0) [top, topScore] = [p, s];
  }
  return top;
}
