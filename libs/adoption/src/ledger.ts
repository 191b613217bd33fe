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
