import { AdoptionOutcome } from './adoption-outcome.js';

/**
 * 工作台账: the ledger's arithmetic as plain functions over rows the database aggregated. How figures are counted:
 * - a task counts in the year its notice was issued (its issue date, China time), at every point it was sent to;
 * - opinions: those gathered for the point's tasks, not withdrawn (those marked 不予报送 count: they were gathered);
 * - suggestions: consolidated suggestions the point submitted; each counts once per outcome of its published
 *   decision (an unpublished or undecided one counts as submitted only);
 * - per unit, collector or channel, a suggestion counts when at least one of its active opinions came from there,
 *   as the table stood when it was submitted (submitted_origin); opinions of a submitted task likewise;
 * - adoption rate = (adopted + partly adopted) / suggestions submitted (0 when none).
 */
export interface LedgerFigures {
  key: string;
  label: string;
  tasks: number;
  opinions: number;
  suggestions: number;
  adopted: number;
  partiallyAdopted: number;
  notAdopted: number;
  underStudy: number;
  adoptionRate: number;
}

export const emptyFigures = (key: string, label: string): LedgerFigures => ({
  key,
  label,
  tasks: 0,
  opinions: 0,
  suggestions: 0,
  adopted: 0,
  partiallyAdopted: 0,
  notAdopted: 0,
  underStudy: 0,
  adoptionRate: 0,
});

/** Adds `n` suggestions with a published outcome (or none) to a line. */
export function addSuggestions(line: LedgerFigures, outcome: AdoptionOutcome | null, n: number): void {
  line.suggestions += n;
  if (outcome === AdoptionOutcome.ADOPTED) line.adopted += n;
  else if (outcome === AdoptionOutcome.PARTIALLY_ADOPTED) line.partiallyAdopted += n;
  else if (outcome === AdoptionOutcome.NOT_ADOPTED) line.notAdopted += n;
  else if (outcome === AdoptionOutcome.UNDER_STUDY) line.underStudy += n;
}

export function withRate(line: LedgerFigures): LedgerFigures {
  return {
    ...line,
    adoptionRate: line.suggestions ? (line.adopted + line.partiallyAdopted) / line.suggestions : 0,
  };
}

/**
 * Rows of (key, task, opinions) and (key, task, outcome, suggestions) folded into one line per key. The database
 * counted each suggestion once per key (a suggestion with several opinions from one unit is one suggestion of that
 * unit); here a key's tasks are the distinct tasks it appears in.
 */
/**
 * The lines of a breakdown with every member listed: those without figures added as zeros (an evaluation lists each
 * unit and collector of the point, not only those who contributed), after the others, by name.
 */
export function withEveryMember(
  lines: readonly LedgerFigures[],
  members: ReadonlyArray<{ key: string; label: string }>,
): LedgerFigures[] {
  const seen = new Set(lines.map((l) => l.key));
  const zeros = members
    .filter((m) => !seen.has(m.key))
    .map((m) => emptyFigures(m.key, m.label))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
  return [...lines, ...zeros];
}

export function foldByKey(
  opinionRows: ReadonlyArray<{ key: string; taskId: string; opinions: number }>,
  suggestionRows: ReadonlyArray<{
    key: string;
    taskId: string;
    outcome: AdoptionOutcome | null;
    suggestions: number;
  }>,
  labelOf: (key: string) => string,
): LedgerFigures[] {
  const lines = new Map<string, LedgerFigures>();
  const tasks = new Map<string, Set<string>>();
  const line = (key: string, taskId: string) => {
    let l = lines.get(key);
    if (!l) lines.set(key, (l = emptyFigures(key, labelOf(key))));
    const set = tasks.get(key) ?? new Set<string>();
    set.add(taskId);
    tasks.set(key, set);
    return l;
  };
  for (const r of opinionRows) line(r.key, r.taskId).opinions += r.opinions;
  for (const r of suggestionRows) addSuggestions(line(r.key, r.taskId), r.outcome, r.suggestions);
  return [...lines.values()]
    .map((l) => withRate({ ...l, tasks: tasks.get(l.key)?.size ?? 0 }))
    .sort((a, b) => b.opinions - a.opinions || a.label.localeCompare(b.label, 'zh-CN'));
}

/** What the database counted for one point's tasks of a year: the rows pointLedger folds. */
export interface PointLedgerRows {
  tasks: ReadonlyArray<{ id: string; title: string }>;
  /** Its submitted tables, with the counts each submission froze. */
  submitted: ReadonlyArray<{
    taskId: string;
    submittedOpinions: number | null;
    submittedSuggestions: number | null;
  }>;
  /** Live opinions per task (only those of tasks not submitted count: a submission froze its own). */
  live: ReadonlyArray<{ taskId: string; n: number }>;
  /** Published outcomes per task. */
  outcomes: ReadonlyArray<{ taskId: string; outcome: AdoptionOutcome; n: number }>;
}

/**
 * One point's year as the ledger counts it, total and per task, from its rows: the one fold behind the point's 工作台账
 * and its line in the legislature's overview, so both read the same figures. Rows of tasks outside `tasks` are ignored.
 * A submitted suggestion with no published outcome counts as submitted only (待反馈).
 */
export function pointLedger(
  key: string,
  label: string,
  rows: PointLedgerRows,
): { total: LedgerFigures; byTask: LedgerFigures[] } {
  const total = emptyFigures(key, label);
  total.tasks = rows.tasks.length;
  const byTask = new Map(rows.tasks.map((t) => [t.id, { ...emptyFigures(t.id, t.title), tasks: 1 }]));
  const frozen = new Set(rows.submitted.map((c) => c.taskId));
  const counted = [
    ...rows.submitted.map((c) => ({ taskId: c.taskId, opinions: c.submittedOpinions ?? 0 })),
    ...rows.live.filter((r) => !frozen.has(r.taskId)).map((r) => ({ taskId: r.taskId, opinions: r.n })),
  ];
  for (const r of counted) {
    const line = byTask.get(r.taskId);
    if (!line) continue;
    line.opinions += r.opinions;
    total.opinions += r.opinions;
  }
  const decided = new Map<string, number>();
  for (const r of rows.outcomes) {
    const line = byTask.get(r.taskId);
    if (!line) continue;
    addSuggestions(line, r.outcome, r.n);
    addSuggestions(total, r.outcome, r.n);
    decided.set(r.taskId, (decided.get(r.taskId) ?? 0) + r.n);
  }
  // Submitted but not (yet) decided, or decided and not yet published: counted as submitted only.
  for (const c of rows.submitted) {
    const line = byTask.get(c.taskId);
    if (!line) continue;
    const pending = Math.max(0, (c.submittedSuggestions ?? 0) - (decided.get(c.taskId) ?? 0));
    addSuggestions(line, null, pending);
    addSuggestions(total, null, pending);
  }
  return { total: withRate(total), byTask: [...byTask.values()].map(withRate) };
}

/** Submitted suggestions with no published decision yet (待反馈): what a line's outcomes leave of its suggestions. */
export const awaitingDecision = (line: LedgerFigures): number =>
  Math.max(0, line.suggestions - line.adopted - line.partiallyAdopted - line.notAdopted - line.underStudy);

/** What the legislature's overview sorts its points by. */
export type OverviewSortKey =
  | 'name'
  | 'tasks'
  | 'opinions'
  | 'suggestions'
  | 'adopted'
  | 'partiallyAdopted'
  | 'notAdopted'
  | 'underStudy'
  | 'awaitingDecision'
  | 'adoptionRate';

/**
 * The overview's lines in the asked order; ties (and the name order itself) by name in Chinese collation, then key, so
 * that pages never overlap or skip a point. A line with nothing submitted has no rate: it counts as the lowest.
 */
export function sortOverview(
  lines: readonly LedgerFigures[],
  by: OverviewSortKey,
  descending: boolean,
): LedgerFigures[] {
  const byName = (a: LedgerFigures, b: LedgerFigures) =>
    a.label.localeCompare(b.label, 'zh-CN') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const value = (l: LedgerFigures): number =>
    by === 'awaitingDecision'
      ? awaitingDecision(l)
      : by === 'adoptionRate'
        ? l.suggestions
          ? l.adoptionRate
          : -1
        : by === 'name'
          ? 0
          : l[by];
  const sign = descending ? -1 : 1;
  return [...lines].sort((a, b) => {
    if (by === 'name') return sign * byName(a, b);
    return sign * (value(a) - value(b)) || byName(a, b);
  });
}
