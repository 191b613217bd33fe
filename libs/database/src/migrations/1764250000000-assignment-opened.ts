import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { at } from './migration-helpers.js';

/**
 * The executing body sees who has opened a distributed task: each assignment records when one of its assignees (the
 * expert, the collector, or any account of the unit) first read the task. Existing assignments have not been opened.
 */
export class AssignmentOpened1764250000000 implements MigrationInterface {
  name = 'AssignmentOpened1764250000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('assignment', new TableColumn(at('opened_at', true)));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn('assignment', 'opened_at');
  }
}
