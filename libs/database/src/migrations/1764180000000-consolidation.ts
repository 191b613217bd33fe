import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { at, createTable, id, index, integer, longText, ref, text, unique } from './migration-helpers.js';

/**
 * Consolidation: duplicate groups, consolidated suggestions and their sources, sign-off delegation, and the origins of
 * a submitted table's opinions frozen at submission.
 */
export class Consolidation1764180000000 implements MigrationInterface {
  name = 'Consolidation1764180000000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      new Table({
        name: 'consolidation',
        columns: [
          id(),
          ref('task_id'),
          ref('contact_point_id'),
          text('status', 16),
          at('grouped_at', true),
          ref('prepared_by_id', true),
          at('prepared_at', true),
          ref('approved_by_id', true),
          text('approved_as', 32, true),
          at('approved_at', true),
          ref('submitted_by_id', true),
          at('submitted_at', true),
          integer('submitted_opinions', true),
          integer('submitted_suggestions', true),
          text('return_reason', 500, true),
          at('created_at'),
          at('updated_at'),
        ],
        indices: [
          unique('task_id', 'contact_point_id'),
          index('contact_point_id'),
          index('status'),
          index('submitted_at'),
        ],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'duplicate_group',
        columns: [
          id(),
          ref('consolidation_id'),
          text('provision_address', 200, true),
          integer('sort_key'),
          ref('representative_opinion_id'),
          integer('opinion_count'),
          integer('variant_count'),
          integer('people_count'),
        ],
        indices: [index('consolidation_id', 'sort_key')],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'duplicate_group_member',
        columns: [
          id(),
          ref('group_id'),
          ref('consolidation_id'),
          integer('position'),
          longText('opinion_ids'),
        ],
        indices: [unique('group_id', 'position'), index('consolidation_id')],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'consolidated_suggestion',
        columns: [
          id(),
          ref('consolidation_id'),
          ref('task_id'),
          ref('contact_point_id'),
          integer('number', true),
          integer('sort_key'),
          text('provision_address', 200, true),
          text('provision_citation', 100, true),
          longText('original_text', true),
          longText('proposed_change'),
          longText('reason', true),
          integer('version'),
          ref('created_by_id'),
          ref('updated_by_id'),
          at('created_at'),
          at('updated_at'),
        ],
        indices: [index('consolidation_id', 'sort_key'), index('task_id')],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'suggestion_source',
        columns: [
          id(),
          ref('suggestion_id'),
          ref('consolidation_id'),
          text('source_type', 16),
          ref('source_id'),
        ],
        indices: [
          unique('suggestion_id', 'source_type', 'source_id'),
          index('consolidation_id', 'source_type', 'source_id', 'suggestion_id'),
        ],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'approval_delegation',
        columns: [
          id(),
          ref('contact_point_id'),
          ref('account_id'),
          ref('granted_by_id'),
          at('granted_at'),
          at('revoked_at', true),
        ],
        indices: [index('contact_point_id', 'account_id')],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'submitted_origin',
        columns: [
          id(),
          ref('consolidation_id'),
          ref('task_id'),
          ref('contact_point_id'),
          ref('suggestion_id', true),
          ref('liaison_unit_id', true),
          ref('collector_id', true),
          text('channel', 32),
          integer('opinions'),
        ],
        indices: [
          index('contact_point_id', 'task_id', 'suggestion_id'),
          index('suggestion_id', 'liaison_unit_id', 'collector_id', 'channel'),
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of [
      'submitted_origin',
      'approval_delegation',
      'suggestion_source',
      'consolidated_suggestion',
      'duplicate_group_member',
      'duplicate_group',
      'consolidation',
    ]) {
      await qr.dropTable(table);
    }
  }
}
