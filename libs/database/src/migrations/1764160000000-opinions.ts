import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import {
  at,
  createTable,
  day,
  flag,
  id,
  index,
  integer,
  longText,
  ref,
  text,
  unique,
} from './migration-helpers.js';

/** Collection activities, opinions with their history, contributors' personal data (sealed), expert annotations. */
export class Opinions1764160000000 implements MigrationInterface {
  name = 'Opinions1764160000000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      new Table({
        name: 'collection_activity',
        columns: [
          id(),
          ref('task_id'),
          ref('contact_point_id'),
          ref('liaison_unit_id', true),
          text('channel', 32),
          text('title', 200),
          day('held_on'),
          text('place', 100, true),
          text('organizer', 100, true),
          longText('collector_ids'),
          integer('participants'),
          longText('summary', true),
          ref('created_by_id'),
          at('created_at'),
        ],
        indices: [index('task_id'), index('contact_point_id')],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'opinion',
        columns: [
          id(),
          text('receipt_number', 16),
          ref('task_id'),
          ref('contact_point_id'),
          ref('draft_version_id'),
          text('provision_address', 200, true),
          text('provision_citation', 100, true),
          longText('original_text', true),
          longText('proposed_change'),
          longText('reason', true),
          text('channel', 32),
          ref('activity_id', true),
          integer('people_represented'),
          longText('tags'),
          day('gathered_on', true),
          text('place', 100, true),
          text('contributor_category', 32, true),
          text('contributor_unit', 100, true),
          text('status', 16),
          text('status_reason', 500, true),
          ref('author_account_id'),
          text('author_role', 32),
          ref('liaison_unit_id', true),
          ref('collector_id', true),
          ref('expert_id', true),
          text('idempotency_key', 100, true),
          text('content_hash', 64),
          integer('revision'),
          at('created_at'),
          at('updated_at'),
        ],
        indices: [
          unique('receipt_number'),
          unique('author_account_id', 'idempotency_key'),
          index('task_id', 'contact_point_id', 'provision_address'),
          index('status'),
          index('author_account_id'),
          index('liaison_unit_id'),
        ],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'opinion_revision',
        columns: [
          id(),
          ref('opinion_id'),
          integer('revision'),
          text('action', 32),
          longText('snapshot'),
          ref('changed_by_id'),
          at('changed_at'),
        ],
        indices: [unique('opinion_id', 'revision')],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'contributor',
        columns: [
          id(),
          ref('opinion_id'),
          ref('contact_point_id'),
          longText('sealed'),
          text('consent_text', 500),
          text('consent_method', 16),
          at('consent_at'),
          flag('minor'),
          flag('guardian_consent'),
          flag('notify_outcome'),
          ref('recorded_by_id'),
          at('created_at'),
        ],
        indices: [unique('opinion_id')],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'annotation',
        columns: [
          id(),
          ref('task_id'),
          ref('contact_point_id'),
          ref('draft_version_id'),
          ref('parent_id', true),
          text('provision_address', 200, true),
          longText('quote', true),
          text('prefix', 100, true),
          text('suffix', 100, true),
          integer('start_offset', true),
          integer('end_offset', true),
          text('anchor_status', 16, true),
          text('anchor_note', 200, true),
          longText('note'),
          longText('proposed_wording', true),
          longText('legal_basis', true),
          ref('author_account_id'),
          at('created_at'),
          at('updated_at'),
        ],
        indices: [index('task_id', 'contact_point_id'), index('parent_id')],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of ['annotation', 'contributor', 'opinion_revision', 'opinion', 'collection_activity'])
      await qr.dropTable(table);
  }
}
