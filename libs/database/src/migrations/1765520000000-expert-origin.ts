import type { MigrationInterface, QueryRunner } from 'typeorm';
import { newIdSql } from '../dialect.js';

/**
 * 专家批注 as its own origin of submitted suggestions: a suggestion drafted from the experts' annotations had no row in
 * submitted_origin (only opinions had origins), so it counted in the ledger's totals and in no breakdown — by unit,
 * collector and channel the lines summed to less than 报送建议. Submission now freezes it under the key 'ANNOTATION'
 * (EXPERT_ORIGIN_KEY in libs/consolidation: keep them equal); this migration does the same for tables already
 * submitted and counts those suggestions into ledger_tally per published outcome, as LedgerService.retally would. Only
 * suggestions drafted from annotations alone: one that also merges opinions counts on its opinions' lines already (and
 * any origin row of a suggestion, this key's included, makes running it again add nothing).
 * Only rows are added (no schema change); down removes them.
 */
const KEY = 'ANNOTATION';
const DIMENSIONS = ['unit', 'collector', 'channel'];

export class ExpertOrigin1765520000000 implements MigrationInterface {
  name = 'ExpertOrigin1765520000000';

  async up(qr: QueryRunner): Promise<void> {
    const id = newIdSql(qr.connection);
    await qr.query(
      `INSERT INTO submitted_origin
        (id, consolidation_id, task_id, contact_point_id, suggestion_id, liaison_unit_id, collector_id, channel, opinions)
       SELECT ${id}, c.id, c.task_id, c.contact_point_id, s.suggestion_id, ?, ?, ?, COUNT(*)
         FROM consolidation c JOIN suggestion_source s ON s.consolidation_id = c.id AND s.source_type = 'ANNOTATION'
        WHERE c.status = 'SUBMITTED'
          AND NOT EXISTS (SELECT 1 FROM submitted_origin so
                           WHERE so.consolidation_id = c.id AND so.suggestion_id = s.suggestion_id)
        GROUP BY c.id, c.task_id, c.contact_point_id, s.suggestion_id`,
      [KEY, KEY, KEY],
    );
    for (const dimension of DIMENSIONS)
      await qr.query(
        `INSERT INTO ledger_tally (id, dimension, contact_point_id, task_id, origin_key, outcome, suggestions)
         SELECT ${id}, ?, so.contact_point_id, so.task_id, ?, d.published_outcome, COUNT(DISTINCT so.suggestion_id)
           FROM submitted_origin so LEFT JOIN adoption_decision d ON d.suggestion_id = so.suggestion_id
          WHERE so.liaison_unit_id = ? AND so.suggestion_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM ledger_tally lt
                             WHERE lt.contact_point_id = so.contact_point_id AND lt.task_id = so.task_id
                               AND lt.dimension = ? AND lt.origin_key = ?)
          GROUP BY so.contact_point_id, so.task_id, d.published_outcome`,
        [dimension, KEY, KEY, dimension, KEY],
      );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DELETE FROM ledger_tally WHERE origin_key = ?`, [KEY]);
    await qr.query(`DELETE FROM submitted_origin WHERE liaison_unit_id = ? AND collector_id = ?`, [KEY, KEY]);
  }
}
