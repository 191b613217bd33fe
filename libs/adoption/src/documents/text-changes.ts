/**
 * What changed between the consulted text and the later one, as runs to print in a comparison table (修改对照表):
 * kept text plain, insertions underlined, deletions struck through — the way such tables are printed. Semantic
 * cleanup keeps a rewritten phrase as one deletion and one insertion rather than a scatter of shared characters.
 */
import diff from 'fast-diff';

export type ChangeKind = 'kept' | 'inserted' | 'deleted';

export interface ChangeRun {
  text: string;
  change: ChangeKind;
}

const KIND = { [diff.EQUAL]: 'kept', [diff.INSERT]: 'inserted', [diff.DELETE]: 'deleted' } as const;

/**
 * The later text with the consulted text's deletions in place: runs in reading order, within each change the deletion
 * before the insertion. A kept run no longer than the changes on both sides of it is folded into them: 三十 → 十五
 * reads as "三十" struck and "十五" underlined, not 三 struck, 十 kept, 五 underlined.
 */
export function textChanges(before: string, after: string): ChangeRun[] {
  let runs = normalised(diff(before, after, undefined, true).map(([op, text]) => ({ text, change: KIND[op] })));
  for (let folded = true; folded; ) {
    folded = false;
    for (let i = 1; i < runs.length - 1; i++) {
      const run = runs[i];
      if (run.change !== 'kept') continue;
      const left = changedLength(runs, i, -1);
      const right = changedLength(runs, i, 1);
      if (left > 0 && right > 0 && run.text.length <= Math.min(left, right)) {
        runs.splice(i, 1, { text: run.text, change: 'deleted' }, { text: run.text, change: 'inserted' });
        folded = true;
      }
    }
    if (folded) runs = normalised(runs);
  }
  return runs;
}

/** Characters of the changes next to runs[at], going one way, up to the next kept run. */
function changedLength(runs: readonly ChangeRun[], at: number, step: 1 | -1): number {
  let length = 0;
  for (let i = at + step; i >= 0 && i < runs.length && runs[i].change !== 'kept'; i += step) {
    length += runs[i].text.length;
  }
  return length;
}

/** Empty runs dropped, kept runs merged, and each stretch of changes as one deletion then one insertion. */
function normalised(runs: readonly ChangeRun[]): ChangeRun[] {
  const out: ChangeRun[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted !== '') out.push({ text: deleted, change: 'deleted' });
    if (inserted !== '') out.push({ text: inserted, change: 'inserted' });
    deleted = inserted = '';
  };
  for (const run of runs) {
    if (run.change === 'deleted') deleted += run.text;
    else if (run.change === 'inserted') inserted += run.text;
    else if (run.text !== '') {
      flush();
      const last = out[out.length - 1];
      if (last?.change === 'kept') last.text += run.text;
      else out.push({ text: run.text, change: 'kept' });
    }
  }
  flush();
  return out;
}

/**
 * The runs split into lines, a paragraph each. A line break that was deleted or inserted ends a line only in the
 * version it belongs to: a deleted break stays within the line (shown as ↵, struck through), an inserted one breaks.
 */
export function changeLines(runs: readonly ChangeRun[]): ChangeRun[][] {
  const lines: ChangeRun[][] = [[]];
  for (const run of runs) {
    const parts = run.text.split(/\r?\n/u);
    parts.forEach((part, i) => {
      if (i > 0) {
        if (run.change === 'deleted') lines[lines.length - 1].push({ text: '↵', change: 'deleted' });
        else lines.push([]);
      }
      if (part !== '') lines[lines.length - 1].push({ text: part, change: run.change });
    });
  }
  return lines;
}

/** Whether the runs change anything at all. */
export function hasChanges(runs: readonly ChangeRun[]): boolean {
  return runs.some((r) => r.change !== 'kept');
}
