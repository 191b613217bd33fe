import { originSuggestionTally } from '@app/consolidation';

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
