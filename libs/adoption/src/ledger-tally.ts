/** The origins the ledger breaks figures down by, and the submitted_origin column each is keyed by. */
export const LEDGER_DIMENSIONS = {
  unit: 'liaison_unit_id',
  collector: 'collector_id',
  channel: 'channel',
} as const;

export type Breakdown = keyof typeof LEDGER_DIMENSIONS;

/**
 * Recounts ledger_tally for one task (at one point, or at all its points): deletes its rows, then for each dimension
 * counts the submitted suggestions once per origin and published outcome, from submitted_origin and the decisions.
 * Run in the transaction that submitted a table or published decisions. Placeholders are `?` on both engines; `newId`
 * is the engine's SQL for a fresh id (newIdSql).
 */
export function ledgerTallyStatements(
  scope: { taskId: string; contactPointId?: string },
  newId: string,
): Array<{ sql: string; params: unknown[] }> {
  const point = scope.contactPointId === undefined ? '' : ' AND contact_point_id = ?';
  const where = [scope.taskId, ...(scope.contactPointId === undefined ? [] : [scope.contactPointId])];
  return [
    { sql: `DELETE FROM ledger_tally WHERE task_id = ?${point}`, params: where },
    ...Object.entries(LEDGER_DIMENSIONS).map(([dimension, column]) => ({
      sql: `INSERT INTO ledger_tally (id, contact_point_id, task_id, dimension, origin_key, outcome, suggestions)
        SELECT ${newId}, so.contact_point_id, so.task_id, ?, so.${column}, d.published_outcome,
          COUNT(DISTINCT so.suggestion_id)
        FROM submitted_origin so LEFT JOIN adoption_decision d ON d.suggestion_id = so.suggestion_id
        WHERE so.task_id = ?${point.replace('contact_point_id', 'so.contact_point_id')}
          AND so.suggestion_id IS NOT NULL
        GROUP BY so.contact_point_id, so.task_id, so.${column}, d.published_outcome`,
      params: [dimension, ...where],
    })),
  ];
}
