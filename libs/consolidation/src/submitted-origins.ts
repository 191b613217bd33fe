import type { EntityManager } from 'typeorm';
import { newId } from '@app/common';
import { bulkInsert, isMySqlFamily, newIdSql } from '@app/database';
import { PUBLIC_ORIGIN_KEY, originTallySelects, publicOriginSelects } from '@app/feedback';
import { SubmittedOriginEntity } from './consolidation.entities.js';
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
    heldLinks(table),
  );
  return [selects.gathered, selects.held].map(({ sql, params }) => ({
    sql: `${into}\n        ${sql}`,
    params,
  }));
}

/** The table's links to opinions, as feedback's origin SELECTs join them. */
const heldLinks = (table: SubmittedTable) => ({
  table: 'suggestion_source s',
  group: 's.suggestion_id',
  where: 's.consolidation_id = ? AND s.source_type = ?',
  params: [table.id, SourceType.OPINION],
  sourceId: 's.source_id',
});

/**
 * After submittedOriginStatements: moves the public's opinions (网上征集 through the public link; no unit, no
 * collector, like the executing body's, which the covering index cannot tell apart) out of the no-unit, no-collector
 * rows into their own, keyed PUBLIC_ORIGIN_KEY for the unit and the collector, so every breakdown of the ledger names
 * them 网上征集（公众）. Reads the tally and the public's own opinions only; rows left at zero are removed.
 */
export async function movePublicOrigins(em: EntityManager, table: SubmittedTable): Promise<void> {
  const selects = publicOriginSelects(table, isMySqlFamily(em.connection), heldLinks(table));
  const lines: Array<{ grp: string | null; channel: string; n: unknown }> = [];
  for (const { sql, params } of [selects.gathered, selects.held])
    lines.push(...(await em.query<Array<{ grp: string | null; channel: string; n: unknown }>>(sql, params)));
  const moved = lines.filter((l) => Number(l.n) > 0);
  if (!moved.length) return;
  for (const l of moved)
    await em.query(
      `UPDATE submitted_origin SET opinions = opinions - ?
       WHERE contact_point_id = ? AND task_id = ? AND consolidation_id = ? AND suggestion_id ${l.grp === null ? 'IS NULL' : '= ?'}
         AND liaison_unit_id IS NULL AND collector_id IS NULL AND channel = ?`,
      [
        Number(l.n),
        table.contactPointId,
        table.taskId,
        table.id,
        ...(l.grp === null ? [] : [l.grp]),
        l.channel,
      ],
    );
  await bulkInsert(
    em,
    SubmittedOriginEntity,
    moved.map((l): SubmittedOriginEntity => ({
      id: newId(),
      consolidationId: table.id,
      taskId: table.taskId,
      contactPointId: table.contactPointId,
      suggestionId: l.grp,
      liaisonUnitId: PUBLIC_ORIGIN_KEY,
      collectorId: PUBLIC_ORIGIN_KEY,
      channel: l.channel,
      opinions: Number(l.n),
    })),
  );
  await em.query(
    `DELETE FROM submitted_origin WHERE contact_point_id = ? AND task_id = ? AND consolidation_id = ? AND opinions <= 0`,
    [table.contactPointId, table.taskId, table.id],
  );
}

/**
 * The origin of a suggestion drafted from the experts' annotations (专家批注): the expert team, not a unit, collector or
 * channel of opinions. Its key stands in all three columns of submitted_origin (no unit, collector or channel value can
 * be it: not 'EXPERT', which is the channel 专家团队意见 of opinions experts typed in), so every breakdown of the ledger gives
 * the experts' suggestions a line of their own and adds up to its total. Keep migration 1765520000000-expert-origin's
 * key equal.
 */
export const EXPERT_ORIGIN_KEY = 'ANNOTATION';
/** The expert team's line by unit and by collector (the brief: 专家团队 is the team, 批注 what it wrote). */
export const EXPERT_TEAM_LABEL = '专家团队（批注）';
/** The expert team's line by channel (an annotation is a 批注). */
export const EXPERT_CHANNEL_LABEL = '专家批注';

/**
 * After submittedOriginStatements: freezes each submitted suggestion drafted from annotations alone as the expert
 * team's (one row per suggestion, keyed EXPERT_ORIGIN_KEY in the unit, collector and channel columns; `opinions` holds
 * its annotations, which are not opinions: no task-wide row, so the opinion figures are unchanged). A suggestion that
 * also merges opinions already has their origins and counts there: a second, expert line would count it twice and the
 * breakdowns would sum to more than 报送建议. One INSERT … SELECT over the table's links (suggestion_source's
 * consolidation index).
 */
export async function freezeExpertOrigins(em: EntityManager, table: SubmittedTable): Promise<void> {
  await em.query(
    `INSERT INTO submitted_origin
      (id, consolidation_id, task_id, contact_point_id, suggestion_id, liaison_unit_id, collector_id, channel, opinions)
     SELECT ${newIdSql(em.connection)}, ?, ?, ?, s.suggestion_id, ?, ?, ?, COUNT(*)
       FROM suggestion_source s
      WHERE s.consolidation_id = ? AND s.source_type = ?
        AND NOT EXISTS (SELECT 1 FROM submitted_origin so
                         WHERE so.consolidation_id = s.consolidation_id AND so.suggestion_id = s.suggestion_id)
      GROUP BY s.suggestion_id`,
    [
      table.id,
      table.taskId,
      table.contactPointId,
      EXPERT_ORIGIN_KEY,
      EXPERT_ORIGIN_KEY,
      EXPERT_ORIGIN_KEY,
      table.id,
      SourceType.ANNOTATION,
    ],
  );
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
