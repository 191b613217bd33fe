import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Drops the single-column index on opinion.author_account_id. The unique (author_account_id, idempotency_key) index
 * begins with the same column and serves every lookup by author alone (there is no foreign key on the column either),
 * so the single-column one only cost a B-tree write per inserted opinion — 10,000 of them per spreadsheet import.
 * Lists of an author's own opinions use idx_opinion_author_newest (task_id, author_account_id, created_at, id).
 */
export class DropOpinionAuthorIndex1764840000000 implements MigrationInterface {
  name = 'DropOpinionAuthorIndex1764840000000';

  async up(qr: QueryRunner): Promise<void> {
    const table = await qr.getTable('opinion');
    const single = table?.indices.find((i) => i.columnNames.join() === 'author_account_id' && !i.isUnique);
    if (table && single) await qr.dropIndex(table, single);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.createIndex('opinion', new TableIndex({ columnNames: ['author_account_id'] }));
  }
}
