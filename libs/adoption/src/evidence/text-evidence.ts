/**
 * Evidence from the text: when a later version of a draft arrives, what its wording says about one suggestion. The
 * result is a proposal for the legislature to confirm, never an outcome by itself. Thresholds: see README.md.
 */
import type {
  EvidenceInput,
  Passage,
  ProposalWording,
  SuggestedOutcome,
  TextEvidence,
} from './evidence.types.js';
import { comparisonKey, foldText, type FoldedText } from './fold.js';
import { closeness, counts, keysWithin, signalsOf, wordingKeys, type Signal } from './measure.js';
import { mergeRanges, passageOf, tiles } from './passages.js';
import { extractProposal } from './proposal.js';

/** The later text is this close to the change asked for, and moved at least MOVED towards it: adopted. */
export const ADOPTED_AT = 0.8;
/** The later text moved at least this much towards the change asked for: adopted at least in part. */
export const MOVED = 0.2;
/** A changed text that moved no more than this towards the change… */
export const STILL = 0.05;
/** …and stays below this is not adopted. */
export const FAR = 0.5;
/** A matched passage has at least this many folded characters (or the whole wording, when shorter). */
export const MIN_PASSAGE = 3;

export function textEvidence(input: EvidenceInput): TextEvidence {
  const { consultedText, laterText } = input;
  const label = input.provisionLabel ?? '该条款';
  const proposal = extractProposal(input.proposedChange, consultedText);

  const consulted = consultedText === null ? null : foldText(consultedText, true);
  const later = laterText === null ? null : foldText(laterText, true);
  const wanted = proposal.wanted.map((w) => foldText(w, true).points).filter((p) => p.length > 0);
  const unwanted = [...proposal.removed, ...proposal.replaced]
    .map((w) => foldText(w, true).points)
    .filter((p) => p.length > 0);
  const consultedCounts = consulted === null ? null : counts(consulted.points);
  const laterCounts = later === null ? null : counts(later.points);
  const signals = signalsOf({ wanted, unwanted, deleteProvision: proposal.deleteProvision }, consultedCounts);

  const provisionDeleted = consultedText !== null && laterText === null;
  const provisionChanged =
    consultedText !== null &&
    (laterText === null || comparisonKey(consultedText) !== comparisonKey(laterText));
  const after = closeness(signals, laterCounts);
  // With no consulted text there is no baseline: the text is not taken to have moved.
  const before = consultedCounts === null ? after : closeness(signals, consultedCounts);
  const score = after - before;

  const matchedRanges = later === null ? [] : mergeRanges(wantedRanges(later, wanted));
  const remainingRanges = later === null ? [] : mergeRanges(unwantedRanges(later, unwanted, signals));
  const passages = (ranges: Array<[number, number]>): Passage[] =>
    laterText === null || later === null ? [] : ranges.map((r) => passageOf(laterText, later, r));
  const matchedPassages = passages(matchedRanges);
  const remainingPassages = passages(remainingRanges);

  const suggestedOutcome = decide({
    proposal,
    signals,
    hasConsulted: consultedText !== null,
    provisionDeleted,
    provisionChanged,
    before,
    after,
  });
  const summary = summarize({
    label,
    proposal,
    signals,
    hasConsulted: consultedText !== null,
    provisionDeleted,
    provisionChanged,
    before,
    after,
    outcome: suggestedOutcome,
    matched: passages(freshRanges(matchedRanges, later, consultedCounts, wanted)),
    remaining: remainingPassages,
  });
  return {
    provisionChanged,
    provisionDeleted,
    before,
    after,
    score,
    suggestedOutcome,
    matchedPassages,
    remainingPassages,
    proposal,
    summary,
  };
}

interface Facts {
  proposal: ProposalWording;
  signals: Signal[];
  hasConsulted: boolean;
  provisionDeleted: boolean;
  provisionChanged: boolean;
  before: number;
  after: number;
}

function decide(f: Facts): SuggestedOutcome | null {
  // A general opinion, or nothing to measure: the text cannot say.
  if (!f.hasConsulted || f.signals.length === 0) return null;
  if (f.provisionDeleted) return f.proposal.deleteProvision ? 'ADOPTED' : null;
  // Unchanged: not adopted, unless the text already held all the proposal asks for (nothing but context to look for).
  if (!f.provisionChanged) return f.signals.some((s) => !s.context) ? 'NOT_ADOPTED' : null;
  // Asked to delete the provision, which was kept but reworded: maybe in answer to the proposal, maybe not.
  if (f.proposal.deleteProvision) return null;
  const score = f.after - f.before;
  if (score >= MOVED) return f.after >= ADOPTED_AT ? 'ADOPTED' : 'PARTIALLY_ADOPTED';
  // Changed, but not towards the wording asked for. Only quoted wording is precise enough to say no.
  if (score <= STILL && f.after < FAR && f.proposal.explicit) return 'NOT_ADOPTED';
  return null;
}

function wantedRanges(later: FoldedText, wanted: Int32Array[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const w of wanted) {
    for (const t of tiles(later.points, w, Math.min(MIN_PASSAGE, w.length))) {
      ranges.push([t.textStart, t.textStart + t.length]);
    }
  }
  return ranges;
}

/** Runs of removed or replaced wording still in the later text, when they hold one of its own bigrams (not context). */
function unwantedRanges(
  later: FoldedText,
  unwanted: Int32Array[],
  signals: Signal[],
): Array<[number, number]> {
  const own = new Set(signals.filter((s) => s.kind === 'unwanted').map((s) => s.key));
  const ranges: Array<[number, number]> = [];
  for (const u of unwanted) {
    for (const t of tiles(later.points, u, Math.min(MIN_PASSAGE, u.length))) {
      if (keysWithin(later.points, t.textStart, t.textStart + t.length, own)) {
        ranges.push([t.textStart, t.textStart + t.length]);
      }
    }
  }
  return ranges;
}

/** The matched ranges that bring wording the consulted text did not have, longest first: what a summary quotes. */
function freshRanges(
  ranges: Array<[number, number]>,
  later: FoldedText | null,
  consulted: Map<number, number> | null,
  wanted: Int32Array[],
): Array<[number, number]> {
  if (later === null) return [];
  const fresh = new Set<number>();
  for (const w of wanted)
    for (const k of wordingKeys(w)) if (consulted === null || !consulted.has(k)) fresh.add(k);
  return ranges
    .filter(([s, e]) => keysWithin(later.points, s, e, fresh))
    .sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0]);
}

interface SummaryFacts extends Facts {
  label: string;
  outcome: SuggestedOutcome | null;
  matched: Passage[];
  remaining: Passage[];
}

function summarize(f: SummaryFacts): string {
  const figures = `（相似度 ${f.after.toFixed(2)}，原文 ${f.before.toFixed(2)}）`;
  const asksDeletionOnly = f.proposal.wanted.length === 0 && !f.proposal.deleteProvision;
  if (!f.hasConsulted) return '总体意见或条款不明，文本无法说明是否采纳';
  if (f.signals.length === 0) return `未能从修改意见中读出建议的表述，文本无法说明${f.label}是否采纳`;
  if (f.provisionDeleted) {
    return f.proposal.deleteProvision
      ? `${f.label}已删除，与删除该条的建议一致`
      : `${f.label}在新文本中已删除或未找到，文本无法说明是否采纳`;
  }
  if (f.proposal.deleteProvision) {
    return f.provisionChanged
      ? `${f.label}已修改但仍保留，建议删除该条，需人工判断`
      : `${f.label}未修改，仍保留，未按建议删除`;
  }
  if (!f.provisionChanged) {
    return f.outcome === null
      ? `${f.label}未修改，原文已接近建议的表述${figures}`
      : `${f.label}未修改，新文本不含建议的表述${figures}`;
  }
  const head = `${f.label}已修改：`;
  const quote = f.matched.length > 0 ? `“${clip(f.matched[0].text)}”` : '';
  const gone = f.remaining.length === 0;
  switch (f.outcome) {
    case 'ADOPTED':
      if (asksDeletionOnly) return `${head}建议删除的表述已不在新文本中${figures}`;
      return quote !== ''
        ? `${head}新文本包含建议的表述${quote}${figures}`
        : `${head}新文本接近建议的表述${figures}`;
    case 'PARTIALLY_ADOPTED':
      if (asksDeletionOnly) return `${head}建议删除的表述部分已删去${figures}`;
      return quote !== ''
        ? `${head}新文本部分采用建议的表述，如${quote}${figures}`
        : `${head}新文本部分接近建议的表述${figures}`;
    case 'NOT_ADOPTED':
      return gone
        ? `${head}修改未采用建议的表述${figures}`
        : `${head}修改未采用建议，“${clip(f.remaining[0].text)}”仍在新文本中${figures}`;
    default:
      return `${head}与建议的接近程度变化不大，需人工判断${figures}`;
  }
}

function clip(text: string): string {
  const chars = Array.from(text);
  return chars.length <= 30 ? text : `${chars.slice(0, 28).join('')}…`;
}
