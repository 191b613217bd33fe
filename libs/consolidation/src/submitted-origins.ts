import { isMySqlFamily, newIdSql } from '@app/database';
import { originTallySelects } from '@app/feedback';
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
 * submittedOpinions counts them); per suggestion, its active opinions (as the suggestion's counts do). The SELECTs over
 * the opinion table are feedback's (originTallySelects: covering indexes, join order forced); this domain adds its own
 * links and the table they are written to. Placeholders are `?` on both engines.
 */
export function submittedOriginStatements(
  table: SubmittedTable,
  db: { options: { type: string } },
): Array<{ sql: string; params: unknown[] }> {
  const into = `INSERT INTO submitted_origin
    (id, consolidation_id, task_id, contact_point_id, suggestion_id, liaison_unit_id, collector_id, channel, opinions)`;
  const selects = originTallySelects(
    table,
    isMySqlFamily(db),
    { sql: `${newIdSql(db)}, ?, ?, ?`, params: [table.id, table.taskId, table.contactPointId] },
    {
      table: 'suggestion_source s',
      group: 's.suggestion_id',
      where: 's.consolidation_id = ? AND s.source_type = ?',
      params: [table.id, SourceType.OPINION],
      sourceId: 's.source_id',
    },
  );
  return [selects.gathered, selects.held].map(({ sql, params }) => ({
    sql: `${into}\n        ${sql}`,
    params,
  }));
}

/** A column of submitted_origin an origin is keyed by: the unit, the collector or the channel. */
export type OriginColumn = 'liaison_unit_id' | 'collector_id' | 'channel';

/**
 * The SELECT that counts a point's task's submitted suggestions per origin (one origin column) and per a key of the
 * caller's own table, LEFT JOINed on the suggestion (`joined.on` correlates it with `so.suggestion_id`; adoption: the
 * decisions, keyed by the published outcome). Reads submitted_origin's (point, task, suggestion) index. `columns` is
 * what the caller selects first (its own fixed values, as `?`); then point, task, origin key, the caller's key and the
 * count. Placeholders are `?` on both engines.
 */
export function originSuggestionTally(
  scope: { taskId: string; contactPointId: string },
  column: OriginColumn,
  columns: { sql: string; params: unknown[] },
  joined: { table: string; on: string; key: string },
): { sql: string; params: unknown[] } {
  return {
    sql: `SELECT ${columns.sql}, so.contact_point_id, so.task_id, so.${column}, ${joined.key},
        COUNT(DISTINCT so.suggestion_id)
      FROM submitted_origin so LEFT JOIN ${joined.table} ON ${joined.on}
      WHERE so.contact_point_id = ? AND so.task_id = ? AND so.suggestion_id IS NOT NULL
      GROUP BY so.contact_point_id, so.task_id, so.${column}, ${joined.key}`,
    params: [...columns.params, scope.contactPointId, scope.taskId],
  };
}

/** One frozen origin of a submitted suggestion, with the caller's key (null when its joined row is missing). */
export interface OriginSuggestionRow {
  suggestionId: string;
  liaisonUnitId: string | null;
  collectorId: string | null;
  channel: string;
  joinedKey: string | null;
}

/**
 * The rows {@link originSuggestionTally} counts, read once for every origin column: a point's task's submitted
 * suggestions and their origins, LEFT JOINed to the caller's table like there. Counting them in the application
 * (every breakdown from one pass) costs a fraction of one GROUP BY per breakdown: on MariaDB each of those sorts
 * 100,000 rows of string keys in a temporary table (2.5 s each at 100,000 suggestions), the read itself is ~0.7 s.
 * A suggestion's rows come together (ordered by it: the index's order, no sort).
 * `joined` null: no join, joinedKey is NULL — for a caller that already holds each suggestion's key (the join costs
 * two random index reads per suggestion: ~2.4 s against ~0.5 s without at 100,000 on MariaDB, issue 16).
 */
export function originSuggestionRows(
  scope: { taskId: string; contactPointId: string },
  joined: { table: string; on: string; key: string } | null,
): { sql: string; params: unknown[] } {
  return {
    sql: `SELECT so.suggestion_id AS suggestionId, so.liaison_unit_id AS liaisonUnitId,
        so.collector_id AS collectorId, so.channel AS channel, ${joined ? joined.key : 'NULL'} AS joinedKey
      FROM submitted_origin so${joined ? ` LEFT JOIN ${joined.table} ON ${joined.on}` : ''}
      WHERE so.contact_point_id = ? AND so.task_id = ? AND so.suggestion_id IS NOT NULL
      ORDER BY so.suggestion_id`,
    params: [scope.contactPointId, scope.taskId],
  };
}
