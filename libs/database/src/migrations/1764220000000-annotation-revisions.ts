import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { at, createTable, id, integer, longText, ref, text, unique } from './migration-helpers.js';

/**
 * Experts correct and withdraw their annotations until consolidation starts, like opinions: an annotation gets a status
 * (a withdrawn one is kept, out of lists and the table), the reason, a revision counter for optimistic locking, and a
 * history table holding each earlier state. Existing annotations are active, at revision 0.
 */
export class AnnotationRevisions1764220000000 implements MigrationInterface {
  name = 'AnnotationRevisions1764220000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumns('annotation', [
      new TableColumn({ name: 'status', type: 'varchar', length: '16', default: "'ACTIVE'" }),
      new TableColumn({ ...text('status_reason', 500, true) }),
      new TableColumn({ ...integer('revision'), default: 0 }),
    ]);
    await createTable(
      qr,
      new Table({
        name: 'annotation_revision',
        columns: [
          id(),
          ref('annotation_id'),
          integer('revision'),
          text('action', 32),
          longText('snapshot'),
          ref('changed_by_id'),
          at('changed_at'),
        ],
        indices: [unique('annotation_id', 'revision')],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('annotation_revision');
    for (const column of ['revision', 'status_reason', 'status']) await qr.dropColumn('annotation', column);
  }
}
