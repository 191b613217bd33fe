import { isMySqlFamily, newIdSql } from '@app/database';
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
 * submittedOpinions counts them); per suggestion, its active opinions (as the suggestion's counts do). Both read
 * covering indexes only: the opinions' tally index in order, each probing the links' index (the join order is forced:
 * driven from the links instead, each link would fetch its opinion's whole row, 1M random reads on MariaDB).
 * Placeholders are `?` on both engines.
 */
export function submittedOriginStatements(
  table: SubmittedTable,
  db: { options: { type: string } },
): Array<{ sql: string; params: unknown[] }> {
  const newId = newIdSql(db);
  // MySQL/MariaDB: STRAIGHT_JOIN; SQLite: CROSS JOIN (its way of fixing the left table as the outer loop).
  const join = isMySqlFamily(db) ? 'STRAIGHT_JOIN' : 'CROSS JOIN';
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
        FROM opinion o ${join} suggestion_source s
        WHERE o.task_id = ? AND o.contact_point_id = ? AND o.status = ?
          AND s.consolidation_id = ? AND s.source_type = ? AND s.source_id = o.id
        GROUP BY s.suggestion_id, o.liaison_unit_id, o.collector_id, o.channel`,
      params: [
        ...fixed,
        table.taskId,
        table.contactPointId,
        OpinionStatus.ACTIVE,
        table.id,
        SourceType.OPINION,
      ],
    },
  ];
}
