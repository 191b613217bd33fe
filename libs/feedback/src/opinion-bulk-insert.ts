import type { EntityManager } from 'typeorm';
import { BULK_INSERT_MAX_PARAMS, bulkInsert, isMySqlFamily } from '@app/database';
import { OpinionEntity } from './feedback.entities.js';
import { tallyUnitKey } from './point-opinions.js';

/**
 * Many opinions in the caller's transaction (an import), with opinion_tally kept exact. On MariaDB/MySQL the tally's
 * per-row trigger is deferred for these statements (migration 1764740000000) and the rows are counted here instead:
 * one upsert per tally line (an import of 10,000 rows on one point has a handful), not 10,000 upserts on the same row.
 * The session variable is cleared before anything else runs on the connection, whether the insert succeeded or not,
 * so that no later writer on that pooled connection goes uncounted. SQLite keeps its triggers (a few µs a row).
 */
export async function insertOpinionsInBulk(
  em: EntityManager,
  opinions: readonly OpinionEntity[],
): Promise<void> {
  if (!opinions.length) return;
  if (!isMySqlFamily(em.connection)) {
    await bulkInsert(em, OpinionEntity, opinions);
    return;
  }
  await em.query('SET @minyi_defer_opinion_tally = 1');
  try {
    await bulkInsert(em, OpinionEntity, opinions);
  } finally {
    await em.query('SET @minyi_defer_opinion_tally = NULL');
  }
  await addToOpinionTally(em, opinions);
}

/** The tally lines of these opinions, each added to opinion_tally as one upsert (what the trigger adds row by row). */
async function addToOpinionTally(em: EntityManager, opinions: readonly OpinionEntity[]): Promise<void> {
  const lines = new Map<string, { key: string[]; opinions: number; people: number }>();
  for (const o of opinions) {
    const key = [o.taskId, o.contactPointId, o.status, o.provisionAddress ?? '', o.channel, tallyUnitKey(o)];
    const id = JSON.stringify(key);
    const line = lines.get(id) ?? { key, opinions: 0, people: 0 };
    lines.set(id, line);
    line.opinions += 1;
    line.people += o.peopleRepresented;
  }
  const all = [...lines.values()];
  const perStatement = Math.floor(BULK_INSERT_MAX_PARAMS / 8);
  for (let start = 0; start < all.length; start += perStatement) {
    const part = all.slice(start, start + perStatement);
    await em.query(
      `INSERT INTO opinion_tally (task_id, contact_point_id, status, provision_address, channel, liaison_unit_id,
         opinions, people)
       VALUES ${part.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
       ON DUPLICATE KEY UPDATE opinions = opinions + VALUES(opinions), people = people + VALUES(people)`,
      part.flatMap((l) => [...l.key, l.opinions, l.people]),
    );
  }
}
