import { originSuggestionRows, originSuggestionTally, type OriginSuggestionRow } from '@app/consolidation';

/** The origins the ledger breaks figures down by, and the submitted_origin column each is keyed by. */
export const LEDGER_DIMENSIONS = {
  unit: 'liaison_unit_id',
  collector: 'collector_id',
  channel: 'channel',
} as const;

export type Breakdown = keyof typeof LEDGER_DIMENSIONS;

/**
 * The statements that count one point's task into ledger_tally: for each dimension, the submitted suggestions once per
 * origin and published outcome, from the origins the submission froze (consolidation's originSuggestionTally) and the
 * decisions (one INSERT … SELECT each, read through the (point, task, suggestion) index). They add rows;
 * LedgerService.retally removes the task's old rows by id afterwards. Placeholders are `?` on both engines; `newId` is
 * the engine's SQL for a fresh id (newIdSql).
 */
export function ledgerTallyInserts(
  scope: { taskId: string; contactPointId: string },
  newId: string,
): Array<{ sql: string; params: unknown[] }> {
  return Object.entries(LEDGER_DIMENSIONS).map(([dimension, column]) => {
    const select = originSuggestionTally(
      scope,
      column,
      { sql: `${newId}, ?`, params: [dimension] },
      { table: 'adoption_decision d', on: 'd.suggestion_id = so.suggestion_id', key: 'd.published_outcome' },
    );
    return {
      sql: `INSERT INTO ledger_tally (id, dimension, contact_point_id, task_id, origin_key, outcome, suggestions)
      ${select.sql}`,
      params: select.params,
    };
  });
}

/** The joined decisions of ledgerTallyRows' read: the published outcome of each suggestion. */
export const LEDGER_DECISIONS_JOIN = {
  table: 'adoption_decision d',
  on: 'd.suggestion_id = so.suggestion_id',
  key: 'd.published_outcome',
};

/** The one statement ledgerTally counts: every submitted suggestion's origins with its published outcome. */
export function ledgerOriginRows(scope: { taskId: string; contactPointId: string }): {
  sql: string;
  params: unknown[];
} {
  return originSuggestionRows(scope, LEDGER_DECISIONS_JOIN);
}

export interface LedgerTallyLine {
  dimension: Breakdown;
  originKey: string | null;
  outcome: string | null;
  suggestions: number;
}

/**
 * What ledgerTallyInserts counts, from the rows of ledgerOriginRows: per dimension, the distinct suggestions per origin
 * key and published outcome (a null key or outcome is its own group, as in GROUP BY). Pure; every breakdown from one
 * read instead of one GROUP BY statement each.
 */
export function ledgerTally(rows: readonly OriginSuggestionRow[]): LedgerTallyLine[] {
  const lines: LedgerTallyLine[] = [];
  for (const [dimension, column] of Object.entries(LEDGER_DIMENSIONS) as Array<[Breakdown, string]>) {
    const property = ROW_PROPERTY[column];
    const groups = new Map<string, { originKey: string | null; outcome: string | null; ids: Set<string> }>();
    for (const row of rows) {
      const originKey = row[property] ?? null;
      const outcome = row.joinedKey ?? null;
      // A marker keeps null apart from every string; ids, channels and outcomes hold no control characters.
      const id = `${originKey === null ? '\u0000' : `=${originKey}`}\u0001${outcome ?? '\u0000'}`;
      let group = groups.get(id);
      if (group === undefined) groups.set(id, (group = { originKey, outcome, ids: new Set() }));
      group.ids.add(row.suggestionId);
    }
    for (const { originKey, outcome, ids } of groups.values())
      lines.push({ dimension, originKey, outcome, suggestions: ids.size });
  }
  return lines;
}

/** The property of an OriginSuggestionRow that holds each submitted_origin column. */
const ROW_PROPERTY: Record<string, keyof OriginSuggestionRow> = {
  liaison_unit_id: 'liaisonUnitId',
  collector_id: 'collectorId',
  channel: 'channel',
};
