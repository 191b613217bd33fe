import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Drops the single-column indexes on opinion.status and opinion.liaison_unit_id (issue 16). Every query on opinions
 * names its task, and a composite index begins with the task and holds either column: idx_opinion_tally (task, point,
 * status, …) and idx_opinion_unit_newest (task, unit, created_at, id). The single-column ones only cost a B-tree write
 * per opinion (about a tenth of the opinion INSERT's time on SQLite), and one plan was worse for them: SQLite read a
 * unit's yearly 反馈报告 (unit, tasks, status IN …) through `status`, every active opinion in the database, where
 * (task, unit) finds the unit's own. Checked by EXPLAIN QUERY PLAN over every SELECT on opinions the e2e suites run.
 */
export class DropOpinionSingleIndexes1764960000000 implements MigrationInterface {
  name = 'DropOpinionSingleIndexes1764960000000';

  async up(qr: QueryRunner): Promise<void> {
    const table = await qr.getTable('opinion');
    for (const column of ['status', 'liaison_unit_id']) {
      const single = table?.indices.find((i) => i.columnNames.join() === column && !i.isUnique);
      if (table && single) await qr.dropIndex(table, single);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.createIndex('opinion', new TableIndex({ columnNames: ['status'] }));
    await qr.createIndex('opinion', new TableIndex({ columnNames: ['liaison_unit_id'] }));
  }
}
