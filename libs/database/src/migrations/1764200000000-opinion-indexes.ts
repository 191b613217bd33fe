import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Indexes for opinions at a million: by provision now also in receipt order (consolidation reads them provision by
 * provision, oldest first, and the index serves that order instead of a sort per provision), and one covering the
 * counts of the workbench and the ledger (status, provision, channel, unit, collector, people, and the id the origins
 * frozen at submission join on), so that counting never reads the table's long texts.
 */
const TALLY_COLUMNS = [
  'task_id',
  'contact_point_id',
  'status',
  'provision_address',
  'channel',
  'liaison_unit_id',
  'collector_id',
  'people_represented',
  'id',
];

export class OpinionIndexes1764200000000 implements MigrationInterface {
  name = 'OpinionIndexes1764200000000';

  async up(qr: QueryRunner): Promise<void> {
    await this.replace(
      qr,
      ['task_id', 'contact_point_id', 'provision_address'],
      ['task_id', 'contact_point_id', 'provision_address', 'receipt_number'],
    );
    await qr.createIndex(
      'opinion',
      new TableIndex({ name: 'idx_opinion_tally', columnNames: TALLY_COLUMNS }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('opinion', 'idx_opinion_tally');
    await this.replace(
      qr,
      ['task_id', 'contact_point_id', 'provision_address', 'receipt_number'],
      ['task_id', 'contact_point_id', 'provision_address'],
    );
  }

  private async replace(qr: QueryRunner, from: string[], to: string[]): Promise<void> {
    const table = await qr.getTable('opinion');
    const old = table?.indices.find((i) => i.columnNames.join() === from.join());
    if (table && old) await qr.dropIndex(table, old);
    await qr.createIndex('opinion', new TableIndex({ columnNames: to }));
  }
}
