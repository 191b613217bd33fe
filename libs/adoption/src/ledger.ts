import { AdoptionOutcome } from './adoption.enums.js';

/**
 * 工作台账: the ledger's arithmetic as plain functions over rows the database aggregated. How figures are counted:
 * - a task counts in the year its notice was issued (its issue date, China time), at every point it was sent to;
 * - opinions: those gathered for the point's tasks, not withdrawn (those marked 不予报送 count: they were gathered);
 * - suggestions: consolidated suggestions the point submitted; each counts once per outcome of its published
 *   decision (an unpublished or undecided one counts as submitted only);
 * - per unit, collector or channel, a suggestion counts when at least one of its opinions came from there;
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

/** Rows of (key, task, opinions) and (key, task, suggestion, outcome) folded into one line per key. */
export function foldByKey(
  opinionRows: ReadonlyArray<{ key: string; taskId: string; opinions: number }>,
  suggestionRows: ReadonlyArray<{
    key: string;
    taskId: string;
    suggestionId: string;
    outcome: AdoptionOutcome | null;
  }>,
  labelOf: (key: string) => string,
): LedgerFigures[] {
  const lines = new Map<string, LedgerFigures>();
  const tasks = new Map<string, Set<string>>();
  const seen = new Set<string>();
  const line = (key: string) => {
    let l = lines.get(key);
    if (!l) lines.set(key, (l = emptyFigures(key, labelOf(key))));
    return l;
  };
  const touch = (key: string, taskId: string) => {
    const set = tasks.get(key) ?? new Set<string>();
    set.add(taskId);
    tasks.set(key, set);
  };
  for (const r of opinionRows) {
    line(r.key).opinions += r.opinions;
    touch(r.key, r.taskId);
  }
  for (const r of suggestionRows) {
    const id = `${r.key}\u0000${r.suggestionId}`;
    if (seen.has(id)) continue;
    seen.add(id);
    addSuggestions(line(r.key), r.outcome, 1);
    touch(r.key, r.taskId);
  }
  return [...lines.values()]
    .map((l) => withRate({ ...l, tasks: tasks.get(l.key)?.size ?? 0 }))
    .sort((a, b) => b.opinions - a.opinions || a.label.localeCompare(b.label, 'zh-CN'));
}
