import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isMySqlFamily } from '../dialect.js';

/**
 * On MariaDB/MySQL, the opinion tally's insert trigger (migration 1764600000000) can be deferred by the writing
 * session: while `@minyi_defer_opinion_tally` is set, an inserted opinion is not counted by the trigger, and the writer
 * must add its rows to opinion_tally itself in the same transaction (libs/feedback insertOpinionsInBulk: one upsert per
 * tally line). The per-row upsert on the same tally row was 1.7 s of a 10,000-row import here (170 µs a row), the
 * largest part of its time on MariaDB. SQLite's triggers cost a few µs a row and stay as they are.
 */
const COUNTED = `INSERT INTO opinion_tally (task_id, contact_point_id, status, provision_address, channel, liaison_unit_id, opinions, people)
  VALUES (NEW.task_id, NEW.contact_point_id, NEW.status, COALESCE(NEW.provision_address, ''), NEW.channel,
          COALESCE(NEW.liaison_unit_id, ''), 1, NEW.people_represented)
  ON DUPLICATE KEY UPDATE opinions = opinions + 1, people = people + VALUES(people)`;

export class DeferrableOpinionTally1764740000000 implements MigrationInterface {
  name = 'DeferrableOpinionTally1764740000000';

  async up(qr: QueryRunner): Promise<void> {
    if (!isMySqlFamily(qr.connection)) return;
    await qr.query('DROP TRIGGER IF EXISTS opinion_tally_insert');
    await qr.query(`CREATE TRIGGER opinion_tally_insert AFTER INSERT ON opinion FOR EACH ROW
      BEGIN
        IF @minyi_defer_opinion_tally IS NULL THEN
          ${COUNTED};
        END IF;
      END`);
  }

  async down(qr: QueryRunner): Promise<void> {
    if (!isMySqlFamily(qr.connection)) return;
    await qr.query('DROP TRIGGER IF EXISTS opinion_tally_insert');
    await qr.query(`CREATE TRIGGER opinion_tally_insert AFTER INSERT ON opinion FOR EACH ROW ${COUNTED}`);
  }
}
