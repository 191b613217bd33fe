/** The origins the ledger breaks figures down by, and the submitted_origin column each is keyed by. */
export const LEDGER_DIMENSIONS = {
  unit: 'liaison_unit_id',
  collector: 'collector_id',
  channel: 'channel',
} as const;

export type Breakdown = keyof typeof LEDGER_DIMENSIONS;

/**
 * The statements that count one point's task into ledger_tally: for each dimension, the submitted suggestions once per
 * origin and published outcome, from submitted_origin and the decisions (one INSERT … SELECT each, read through the
 * (point, task, suggestion) index). They add rows; LedgerService.retally removes the task's old rows by id afterwards.
 * Placeholders are `?` on both engines; `newId` is the engine's SQL for a fresh id (newIdSql).
 */
export function ledgerTallyInserts(
  scope: { taskId: string; contactPointId: string },
  newId: string,
): Array<{ sql: string; params: unknown[] }> {
  return Object.entries(LEDGER_DIMENSIONS).map(([dimension, column]) => ({
    sql: `INSERT INTO ledger_tally (id, contact_point_id, task_id, dimension, origin_key, outcome, suggestions)
      SELECT ${newId}, so.contact_point_id, so.task_id, ?, so.${column}, d.published_outcome,
        COUNT(DISTINCT so.suggestion_id)
      FROM submitted_origin so LEFT JOIN adoption_decision d ON d.suggestion_id = so.suggestion_id
      WHERE so.contact_point_id = ? AND so.task_id = ? AND so.suggestion_id IS NOT NULL
      GROUP BY so.contact_point_id, so.task_id, so.${column}, d.published_outcome`,
    params: [dimension, scope.contactPointId, scope.taskId],
  }));
}
