import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import {
  at,
  createTable,
  day,
  fk,
  flag,
  id,
  index,
  integer,
  longText,
  ref,
  text,
  unique,
} from './migration-helpers.js';

/** Drafts with their versions and provision trees; consultation tasks, their distribution, and the inbox. */
export class DraftsAndTasks1764150000000 implements MigrationInterface {
  name = 'DraftsAndTasks1764150000000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      new Table({
        name: 'draft',
        columns: [
          id(),
          ref('legislature_id'),
          text('title', 200),
          text('subject', 200, true),
          at('created_at'),
          at('updated_at'),
        ],
        indices: [index('legislature_id')],
        foreignKeys: [fk('legislature_id', 'legislature', 'RESTRICT')],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'draft_version',
        columns: [
          id(),
          ref('draft_id'),
          integer('sequence'),
          text('stage', 32),
          text('label', 100),
          text('text_title', 200),
          longText('preamble', true),
          integer('article_count'),
          longText('warnings'),
          text('source_filename', 200, true),
          text('source_encoding', 16),
          text('source_sha256', 64),
          flag('frozen'),
          ref('superseded_by_id', true),
          at('created_at'),
        ],
        indices: [unique('draft_id', 'sequence')],
        foreignKeys: [fk('draft_id', 'draft', 'RESTRICT')],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'provision',
        columns: [
          id(),
          ref('version_id'),
          ref('parent_id', true),
          integer('position'),
          integer('depth'),
          text('kind', 16),
          text('label', 50),
          integer('number'),
          integer('insertion'),
          text('heading', 200, true),
          longText('text'),
          text('address', 200),
          text('citation', 100),
        ],
        indices: [unique('version_id', 'address'), index('version_id', 'position')],
        foreignKeys: [fk('version_id', 'draft_version', 'CASCADE')],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'consultation_task',
        columns: [
          id(),
          ref('legislature_id'),
          ref('draft_version_id'),
          text('title', 200),
          longText('notice_text'),
          text('review_stage', 32),
          longText('focus_questions'),
          text('status', 16),
          day('issue_date', true),
          at('issued_at', true),
          at('deadline'),
          ref('created_by_id'),
          at('created_at'),
          at('updated_at'),
        ],
        indices: [index('legislature_id'), index('draft_version_id')],
        foreignKeys: [
          fk('legislature_id', 'legislature', 'RESTRICT'),
          fk('draft_version_id', 'draft_version', 'RESTRICT'),
        ],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'point_task',
        columns: [
          id(),
          ref('task_id'),
          ref('contact_point_id'),
          text('state', 32),
          at('extended_deadline', true),
          at('received_at', true),
          at('updated_at'),
        ],
        indices: [unique('task_id', 'contact_point_id'), index('contact_point_id')],
        foreignKeys: [
          fk('task_id', 'consultation_task', 'RESTRICT'),
          fk('contact_point_id', 'contact_point', 'RESTRICT'),
        ],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'assignment',
        columns: [
          id(),
          ref('point_task_id'),
          ref('task_id'),
          ref('contact_point_id'),
          text('assignee_type', 16),
          ref('assignee_id'),
          longText('provision_addresses'),
          at('due_at'),
          text('note', 500, true),
          flag('active'),
          ref('created_by_id'),
          at('created_at'),
        ],
        indices: [index('point_task_id'), index('task_id'), index('assignee_type', 'assignee_id')],
        foreignKeys: [fk('point_task_id', 'point_task', 'RESTRICT')],
      }),
    );
    await createTable(
      qr,
      new Table({
        name: 'notification',
        columns: [
          id(),
          ref('account_id'),
          text('kind', 32),
          text('dedupe_key', 200),
          ref('task_id', true),
          ref('assignment_id', true),
          text('title', 200),
          text('body', 1000),
          at('created_at'),
          at('read_at', true),
        ],
        indices: [unique('dedupe_key'), index('account_id', 'read_at'), index('created_at')],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of [
      'notification',
      'assignment',
      'point_task',
      'consultation_task',
      'provision',
      'draft_version',
      'draft',
    ]) {
      await qr.dropTable(table);
    }
  }
}
