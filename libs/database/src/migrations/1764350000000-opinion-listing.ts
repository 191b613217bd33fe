import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The opinions of a point's task newest first (the workbench's 全部意见, the opinion lists): without an index in that
 * order, every page of a million opinions sorted the whole million (each row read with its long texts) before it
 * returned 50. Read backwards, this index hands out a page directly and continues after a page's last row.
 * And the workbench's suggestions counted per provision (a first draft of a million opinions makes hundreds of
 * thousands of them) from an index rather than from the rows with their texts.
 */
export class OpinionListing1764350000000 implements MigrationInterface {
  name = 'OpinionListing1764350000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createIndex(
      'opinion',
      new TableIndex({
        name: 'idx_opinion_listing',
        columnNames: ['task_id', 'contact_point_id', 'created_at', 'id'],
      }),
    );
    await qr.createIndex(
      'consolidated_suggestion',
      new TableIndex({
        name: 'idx_suggestion_provision',
        columnNames: ['consolidation_id', 'provision_address'],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('consolidated_suggestion', 'idx_suggestion_provision');
    await qr.dropIndex('opinion', 'idx_opinion_listing');
  }
}
