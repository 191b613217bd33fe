/**
 * Re-placing an annotation when a new version of the draft arrives: ANCHORED where it was, MOVED where its text went,
 * or ORPHANED for a person to decide. Never attached to the wrong text: a doubtful move is an orphan.
 */
import {
  type AnchorCandidate,
  type AnchoringOptions,
  DEFAULT_ANCHORING_OPTIONS,
  type OrphanedAnnotation,
  type PlacedAnnotation,
  type ProvisionAnchor,
  type ProvisionText,
  type ReanchorDetail,
  type ReanchorHints,
  type ReanchorResult,
} from './anchoring.types.js';
import { acceptableElsewhere, judgeInPlace, findMatches, prepareAnchor, type ScoredMatch } from './match.js';
import { type IndexedProvision, ProvisionIndex } from './provision-index.js';
import { byEvidence, createProvisionAnchor, publicMatch } from './text-anchor.js';

interface Place extends ScoredMatch {
  provision: IndexedProvision;
  /** In a provision the annotation is expected in (its old address, or named by the hints). */
  inPlace: boolean;
  /** Position in the expected provisions (0 = first); Infinity elsewhere. */
  rank: number;
  accepted: boolean;
  /** Accepted in place only because the quote occurs there once (see judgeInPlace): the old place, but not for sure. */
  weak: boolean;
  /** evidence, plus the trust bonus in place: what the ranking compares. */
  standing: number;
}

/**
 * Re-places `anchor` in the provisions of the new version.
 *
 * 1. The expected provisions are searched first: `hints.candidateAddresses` when given (in their order), otherwise the
 *    old address. A match there needs less context (see AnchoringOptions).
 * 2. Unless an expected provision holds a match no other place could beat, every other provision is searched too
 *    (exactly, and fuzzily where its bigrams allow), under the stricter rules for a match elsewhere.
 * 3. Matches are ranked by evidence, in place counting `trustBonus` more; ties go to the old address and the offset
 *    nearest the old one, then to the hints' order, then to document order.
 * 4. A strong match in the first expected provision (the old address, or the hint standing for it) wins. Any other
 *    winner (a weak one there included) must lead every other place by `ambiguityMargin`, or the annotation is
 *    ORPHANED as AMBIGUOUS, the places listed. The same words seen through an enclosing provision (an article's full
 *    text holds its paragraphs') are one place, not rivals; the one at the old address's level is taken.
 *
 * ANCHORED means found at the old address (offsets may differ), MOVED found at another one.
 */
export function reanchor(
  anchor: ProvisionAnchor,
  newProvisions: readonly ProvisionText[] | ProvisionIndex,
  hints: ReanchorHints = {},
  options: Partial<AnchoringOptions> = {},
): ReanchorResult {
  const opts: AnchoringOptions = { ...DEFAULT_ANCHORING_OPTIONS, ...options };
  const index = newProvisions instanceof ProvisionIndex ? newProvisions : new ProvisionIndex(newProvisions);
  const prepared = prepareAnchor(anchor, opts);
  if (prepared.quote.length === 0) return orphan('DELETED', [], hints, opts);

  const expected = expectedProvisions(anchor, index, hints);
  const primary = expected.find((p) => p.address === anchor.address) ?? expected[0];
  const places: Place[] = [];
  expected.forEach((provision, rank) => {
    const matches = findMatches(provision, prepared, opts, true);
    for (const m of matches) {
      const verdict = judgeInPlace(m, matches, prepared, opts);
      places.push({
        ...m,
        provision,
        inPlace: true,
        rank,
        accepted: verdict !== 'NO',
        weak: verdict === 'WEAK',
        standing: m.evidence + opts.trustBonus,
      });
    }
  });
  // A strong match in the first expected provision wins outright, and one in another expected provision with a
  // standing of 1 + margin cannot be rivalled (a match elsewhere stands at 1 at most): then nothing else is read.
  const settles = (p: Place): boolean =>
    p.accepted && !p.weak && (p.provision === primary || p.standing >= 1 + opts.ambiguityMargin - 1e-9);
  const settled = places.some(settles);
  if (!settled) {
    const skip = new Set(expected);
    // The q-gram lemma: a match within k edits shares at least length − 1 − 2k of the quote's bigram positions.
    const needed = prepared.quote.length - 1 - 2 * prepared.maxDistance;
    for (const provision of index.mayContain(prepared.quote, needed)) {
      if (skip.has(provision)) continue;
      for (const m of findMatches(provision, prepared, opts, true)) {
        const accepted = acceptableElsewhere(m, prepared, opts);
        places.push({
          ...m,
          provision,
          inPlace: false,
          rank: Infinity,
          accepted,
          weak: false,
          standing: m.evidence,
        });
      }
    }
  }

  places.sort((a, b) => compareStanding(a, b, anchor));
  // Found strongly where it was expected first: that is its place, whatever resembles it elsewhere.
  const first =
    places.find((p) => p.accepted && !p.weak && p.provision === primary) ?? places.find((p) => p.accepted);
  if (first === undefined) {
    return orphan(places.length === 0 ? 'DELETED' : 'CONTEXT_MISMATCH', places, hints, opts);
  }
  const winner = first.provision === primary ? first : preferredGranularity(first, places, anchor);
  if (winner.provision !== primary || winner.weak) {
    const rival = places.find((p) => !sameWords(p, winner));
    if (rival !== undefined && winner.standing - rival.standing < opts.ambiguityMargin - 1e-9) {
      return orphan('AMBIGUOUS', places, hints, opts);
    }
  }
  return placed(winner, anchor, hints, opts);
}

/**
 * Two places hold the same words when they overlap in one provision, or when one provision encloses the other (an
 * article's full text holds its paragraphs', a chapter's its articles') and the places line up there. Enclosing is
 * told by the addresses (`art_13` holds `art_13__para_1`) or by one being a 编/分编/章/节, never by the texts alone: a
 * short paragraph may recur inside an unrelated one by chance, and two equal paragraphs are two places.
 */
function sameWords(a: Place, b: Place): boolean {
  if (a.provision === b.provision) return a.start < b.end && b.start < a.end;
  if (a.text !== b.text) return false;
  const [outer, inner] = a.provision.text.length >= b.provision.text.length ? [a, b] : [b, a];
  const outerText = outer.provision.text;
  const innerText = inner.provision.text;
  if (innerText === '') return false;
  const nested =
    isWithin(b.provision.address, a.provision.address) ||
    isWithin(a.provision.address, b.provision.address) ||
    CONTAINER_LEVELS.has(levelOf(a.provision.address)) ||
    CONTAINER_LEVELS.has(levelOf(b.provision.address));
  if (!nested) return false;
  for (let at = outerText.indexOf(innerText); at !== -1; at = outerText.indexOf(innerText, at + 1)) {
    if (outer.start === at + inner.start) return true;
  }
  return false;
}

const CONTAINER_LEVELS = new Set(['part', 'subp', 'chp', 'sec']);

function isWithin(inner: string, outer: string): boolean {
  return inner.startsWith(`${outer}__`);
}

/**
 * Among accepted places holding the same words (a paragraph and the article containing it), the one at the old
 * address's level (a paragraph for a paragraph), else the most specific: offsets then mean what they meant before.
 */
function preferredGranularity(winner: Place, places: readonly Place[], anchor: ProvisionAnchor): Place {
  const same = places.filter((p) => p.accepted && sameWords(p, winner));
  const level = levelOf(anchor.address);
  return (
    same.find((p) => levelOf(p.provision.address) === level) ??
    same.reduce((best, p) => (p.provision.text.length < best.provision.text.length ? p : best), winner)
  );
}

/** The kind of the last segment of an address: `para` for `art_13__para_2`, `art` for `art_17_1`. */
function levelOf(address: string): string {
  const cut = address.lastIndexOf('__');
  const last = cut < 0 ? address : address.slice(cut + 2);
  return /^[a-z]+/.exec(last)?.[0] ?? last;
}

function expectedProvisions(
  anchor: ProvisionAnchor,
  index: ProvisionIndex,
  hints: ReanchorHints,
): IndexedProvision[] {
  const addresses = hints.candidateAddresses ?? [anchor.address];
  const seen = new Set<IndexedProvision>();
  for (const address of addresses) {
    const p = index.get(address);
    if (p !== undefined) seen.add(p);
  }
  return [...seen];
}

function compareStanding(a: Place, b: Place, anchor: ProvisionAnchor): number {
  const d = byEvidence({ evidence: a.standing }, { evidence: b.standing });
  if (d !== 0) return d;
  const distance = (p: Place): number =>
    p.provision.address === anchor.address ? Math.abs(p.start - anchor.start) : Number.MAX_SAFE_INTEGER;
  return (
    distance(a) - distance(b) ||
    (a.rank === b.rank ? 0 : a.rank < b.rank ? -1 : 1) ||
    a.provision.order - b.provision.order ||
    a.start - b.start
  );
}

function placed(
  winner: Place,
  anchor: ProvisionAnchor,
  hints: ReanchorHints,
  opts: AnchoringOptions,
): PlacedAnnotation {
  const { provision } = winner;
  const match = publicMatch(winner);
  const similarity = `相似度 ${Math.round(match.score * 100)}%`;
  let detail: ReanchorDetail;
  let reason: string;
  if (provision.address === anchor.address) {
    if (match.method === 'FUZZY') {
      detail = 'EDITED';
      reason = `原文略有修改（${similarity}），批注已附到修改后的文字`;
    } else if (match.method === 'NORMALIZED') {
      detail = 'REFORMATTED';
      reason = '原文未变，仅标点全半角或空格有差异';
    } else if (match.start === anchor.start && match.end === anchor.end) {
      detail = 'UNCHANGED';
      reason = '原文未变';
    } else {
      detail = 'SHIFTED';
      reason = '原文未变，因条文其他文字有修改，位置相应调整';
    }
  } else {
    const where = provision.citation;
    const change = hints.change;
    if (change?.kind === 'SPLIT') {
      detail = 'SPLIT';
      reason = `条文已拆分，批注随之移到${where}`;
    } else if (change?.kind === 'MERGED') {
      detail = 'MERGED';
      reason = `条文已与其他条文合并，批注随之移到${where}`;
    } else if (change?.renumbered === true && winner.inPlace) {
      detail = 'RENUMBERED';
      reason = `条文已重新编号，批注随之移到${where}`;
    } else if (change?.kind === 'MOVED' && winner.inPlace) {
      detail = 'RELOCATED';
      reason = `条文位置已调整，批注随之移到${where}`;
    } else {
      detail = 'FOUND_ELSEWHERE';
      reason = `原处已找不到该文字，在${where}找到，批注随之移到该处`;
    }
    if (match.method === 'FUZZY') reason += `（文字略有修改，${similarity}）`;
  }
  return {
    status: provision.address === anchor.address ? 'ANCHORED' : 'MOVED',
    detail,
    reason,
    address: provision.address,
    citation: provision.citation,
    ...match,
    anchor: createProvisionAnchor(provision, match.start, match.end, { contextLength: opts.contextLength }),
    candidates: [],
  };
}

function orphan(
  detail: 'DELETED' | 'CONTEXT_MISMATCH' | 'AMBIGUOUS',
  places: Place[],
  hints: ReanchorHints,
  opts: AnchoringOptions,
): OrphanedAnnotation {
  const distinct: Place[] = [];
  for (const p of places) {
    if (distinct.length >= opts.maxCandidates) break;
    if (!distinct.some((d) => sameWords(d, p))) distinct.push(p);
  }
  const candidates: AnchorCandidate[] = distinct.map((p) => ({
    address: p.provision.address,
    citation: p.provision.citation,
    ...publicMatch(p),
  }));
  const where = [...new Set(candidates.map((c) => c.citation))];
  const listed = where.slice(0, 3).join('、') + (where.length > 3 ? '等' : '');
  let reason: string;
  if (detail === 'AMBIGUOUS') {
    reason = `该文字在${listed}多处出现，无法确定批注应随之移到哪里，请人工确认`;
  } else if (detail === 'CONTEXT_MISMATCH') {
    reason = `在${listed}找到相同或相近的文字，但前后文不符，未能确认就是批注所指的文字，请人工确认`;
  } else if (hints.change?.kind === 'REMOVED') {
    reason = '原条文已被删除，未能找到对应文字';
  } else {
    reason = '原文已被删除或改写，未能找到对应文字';
  }
  return {
    status: 'ORPHANED',
    detail,
    reason,
    address: null,
    start: null,
    end: null,
    text: null,
    score: places[0]?.score ?? 0,
    context: places[0]?.context ?? 0,
    method: null,
    anchor: null,
    candidates,
  };
}
