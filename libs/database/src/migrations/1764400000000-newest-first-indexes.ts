import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Indexes in the exact order of the lists that page by keyset, so a page reads its rows in order from the index and
 * stops after one page, instead of sorting every matching row in a temporary B-tree first (at a million opinions, a
 * second a page):
 * - the opinions newest first (created_at DESC, then id ASC), one index per part of the read scope: the point's
 *   (executing body), the author's own, and a unit's (its administrator);
 * - the consolidated suggestions in the draft's order (sort_key, created_at, id); it replaces (consolidation_id,
 *   sort_key), its prefix;
 * - the consolidated suggestions by provision: the workbench's first screen counts them per provision, which read
 *   every suggestion's row (with its texts) once the table was drafted (694,302 rows at a million opinions).
 * TableIndex has no per-column direction, hence the SQL, which both SQLite and MariaDB (10.8+) read alike.
 */
const NEWEST = [
  ['idx_opinion_newest', 'task_id, contact_point_id'],
  ['idx_opinion_author_newest', 'task_id, author_account_id'],
  ['idx_opinion_unit_newest', 'task_id, liaison_unit_id'],
] as const;

export class NewestFirstIndexes1764400000000 implements MigrationInterface {
  name = 'NewestFirstIndexes1764400000000';

  async up(qr: QueryRunner): Promise<void> {
    for (const [name, prefix] of NEWEST)
      await qr.query(`CREATE INDEX ${name} ON opinion (${prefix}, created_at DESC, id)`);
    await this.replace(
      qr,
      ['consolidation_id', 'sort_key'],
      new TableIndex({
        name: 'idx_suggestion_order',
        columnNames: ['consolidation_id', 'sort_key', 'created_at', 'id'],
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
    await qr.dropIndex('consolidated_suggestion', 'idx_suggestion_order');
    await qr.createIndex(
      'consolidated_suggestion',
      new TableIndex({ columnNames: ['consolidation_id', 'sort_key'] }),
    );
    for (const [name] of NEWEST) await qr.dropIndex('opinion', name);
  }

  private async replace(qr: QueryRunner, from: string[], to: TableIndex): Promise<void> {
    const table = await qr.getTable('consolidated_suggestion');
    const old = table?.indices.find((i) => i.columnNames.join() === from.join());
    if (table && old) await qr.dropIndex(table, old);
    await qr.createIndex('consolidated_suggestion', to);
  }
}
