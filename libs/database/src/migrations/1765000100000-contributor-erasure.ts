import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { at, ref, text } from './migration-helpers.js';

/**
 * Contributors' personal data is erased once it is no longer needed (个人信息保护法 art. 19, 47): on withdrawal, on the
 * person's request, after the outcome was told or the retention period ran out. The row stays as the consent record
 * and says when, by whom and why its sealed data was erased. Existing rows still hold their data (the retention job
 * erases those already due, withdrawn ones included, on its first runs).
 */
export class ContributorErasure1765000100000 implements MigrationInterface {
  name = 'ContributorErasure1765000100000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumns('contributor', [
      new TableColumn(at('erased_at', true)),
      new TableColumn(ref('erased_by_id', true)),
      new TableColumn(text('erasure_reason', 32, true)),
    ]);
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const column of ['erasure_reason', 'erased_by_id', 'erased_at'])
      await qr.dropColumn('contributor', column);
  }
}
