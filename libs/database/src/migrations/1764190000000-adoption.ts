import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import {
  at,
  createTable,
  flag,
  id,
  index,
  integer,
  longText,
  ref,
  text,
  unique,
} from './migration-helpers.js';

/**
 * Adoption decisions, text evidence for them, the record of feedback given to contributors, and the ledger's counts of
 * suggestions per origin and published outcome.
 */
export class Adoption1764190000000 implements MigrationInterface {
  name = 'Adoption1764190000000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      new Table({
        name: 'adoption_decision',
        columns: [
          id(),
          ref('suggestion_id'),
          ref('task_id'),
          ref('contact_point_id'),
          ref('legislature_id'),
          text('outcome', 24),
          text('reason', 1000),
          ref('reflected_version_id', true),
          text('reflected_provision_address', 200, true),
          text('reflected_citation', 100, true),
          integer('version'),
          ref('decided_by_id'),
          at('created_at'),
          at('updated_at'),
          text('published_outcome', 24, true),
          text('published_reason', 1000, true),
          text('published_citation', 100, true),
          at('published_at', true),
          ref('published_by_id', true),
          integer('publications'),
        ],
        indices: [
          unique('suggestion_id'),
          index('task_id', 'contact_point_id'),
          index('contact_point_id', 'task_id', 'published_outcome'),
        ],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'adoption_evidence',
        columns: [
          id(),
          ref('suggestion_id'),
          ref('task_id'),
          ref('later_version_id'),
          text('later_citation', 100, true),
          flag('provision_changed'),
          flag('provision_deleted'),
          integer('before_milli'),
          integer('after_milli'),
          text('suggested_outcome', 24, true),
          longText('matched_passages'),
          text('summary', 500),
          at('computed_at'),
        ],
        indices: [unique('suggestion_id', 'later_version_id'), index('task_id')],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'feedback_delivery',
        columns: [
          id(),
          ref('opinion_id'),
          ref('contact_point_id'),
          text('method', 16),
          text('note', 500, true),
          ref('delivered_by_id'),
          at('delivered_at'),
        ],
        indices: [index('opinion_id')],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'ledger_tally',
        columns: [
          id(),
          ref('contact_point_id'),
          ref('task_id'),
          text('dimension', 16),
          ref('origin_key', true),
          text('outcome', 24, true),
          integer('suggestions'),
        ],
        indices: [index('contact_point_id', 'task_id', 'dimension'), index('task_id')],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of ['ledger_tally', 'feedback_delivery', 'adoption_evidence', 'adoption_decision'])
      await qr.dropTable(table);
  }
}
