import { OpinionStatus } from '@app/feedback';
import { SourceType } from './consolidation.enums.js';

/** The consolidation being submitted: which point's table for which task. */
export interface SubmittedTable {
  id: string;
  taskId: string;
  contactPointId: string;
}

/**
 * The two INSERT … SELECT statements that freeze where a submitted table's opinions came from (submitted_origin), so
 * that a million opinions never pass through the server: per task, every opinion gathered, not withdrawn (as
 * submittedOpinions counts them); per suggestion, its active opinions (as the suggestion's counts do). Placeholders are
 * `?` on both engines. `newId` is the engine's SQL for a fresh id (newIdSql).
 */
export function submittedOriginStatements(
  table: SubmittedTable,
  newId: string,
): Array<{ sql: string; params: unknown[] }> {
  const into = `INSERT INTO submitted_origin
    (id, consolidation_id, task_id, contact_point_id, suggestion_id, liaison_unit_id, collector_id, channel, opinions)`;
  const fixed = [table.id, table.taskId, table.contactPointId];
  return [
    {
      sql: `${into}
        SELECT ${newId}, ?, ?, ?, NULL, o.liaison_unit_id, o.collector_id, o.channel, COUNT(*)
        FROM opinion o
        WHERE o.task_id = ? AND o.contact_point_id = ? AND o.status <> ?
        GROUP BY o.liaison_unit_id, o.collector_id, o.channel`,
      params: [...fixed, table.taskId, table.contactPointId, OpinionStatus.WITHDRAWN],
    },
    {
      sql: `${into}
        SELECT ${newId}, ?, ?, ?, s.suggestion_id, o.liaison_unit_id, o.collector_id, o.channel, COUNT(*)
        FROM suggestion_source s INNER JOIN opinion o ON o.id = s.source_id
        WHERE s.consolidation_id = ? AND s.source_type = ? AND o.status = ?
        GROUP BY s.suggestion_id, o.liaison_unit_id, o.collector_id, o.channel`,
      params: [...fixed, table.id, SourceType.OPINION, OpinionStatus.ACTIVE],
    },
  ];
}
