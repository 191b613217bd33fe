import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { isMySqlFamily } from '../dialect.js';

/**
 * Duplicate groups in generations (issue 17, Galera): a grouping used to replace a consolidation's groups in one
 * transaction — at 60,000 opinions a write set of tens of thousands of rows that every Galera node must certify and
 * apply, while each read on a node (wsrep_sync_wait) waits for it. Now a grouping writes its groups under a new
 * generation in bounded transactions, switches `consolidation.group_generation` to it in one small transaction, then
 * deletes older generations in bounded batches. Readers see only the consolidation's current generation; the rows
 * present now become generation 0, which is current.
 *
 * The item tally's duplicate_group triggers (migration 1764600000000) count only rows of the current generation: a
 * generation being written, or an old one being deleted, does not move the workbench's counts. The switch sets the
 * consolidation's counts for its new generation itself (DuplicateGroupService). Columns are added with ALTER TABLE
 * rather than TypeORM's addColumn, which rebuilds the table on SQLite and would drop its triggers.
 */
const CURRENT = (row: 'OLD' | 'NEW') =>
  `${row}.generation = (SELECT c.group_generation FROM consolidation c WHERE c.id = ${row}.consolidation_id)`;

const ADD = (row: 'OLD' | 'NEW', mysql: boolean) =>
  `INSERT INTO consolidation_item_tally (consolidation_id, provision_address, suggestions, duplicate_groups)
   VALUES (${row}.consolidation_id, COALESCE(${row}.provision_address, ''), 0, 1)
   ${mysql ? 'ON DUPLICATE KEY UPDATE' : 'ON CONFLICT (consolidation_id, provision_address) DO UPDATE SET'} duplicate_groups = duplicate_groups + 1`;
const REMOVE = (row: 'OLD' | 'NEW') =>
  `UPDATE consolidation_item_tally SET duplicate_groups = duplicate_groups - 1
   WHERE consolidation_id = ${row}.consolidation_id AND provision_address = COALESCE(${row}.provision_address, '')`;

function triggers(mysql: boolean, generations: boolean): string[] {
  const when = (row: 'OLD' | 'NEW') => (generations ? CURRENT(row) : '1 = 1');
  const moved = mysql
    ? 'NOT (OLD.consolidation_id <=> NEW.consolidation_id AND OLD.provision_address <=> NEW.provision_address)'
    : 'NOT (OLD.consolidation_id IS NEW.consolidation_id AND OLD.provision_address IS NEW.provision_address)';
  return mysql
    ? [
        `CREATE TRIGGER duplicate_group_tally_insert AFTER INSERT ON duplicate_group FOR EACH ROW
         BEGIN IF ${when('NEW')} THEN ${ADD('NEW', true)}; END IF; END`,
        `CREATE TRIGGER duplicate_group_tally_update AFTER UPDATE ON duplicate_group FOR EACH ROW
         BEGIN IF ${moved} AND ${when('NEW')} THEN ${REMOVE('OLD')}; ${ADD('NEW', true)}; END IF; END`,
        `CREATE TRIGGER duplicate_group_tally_delete AFTER DELETE ON duplicate_group FOR EACH ROW
         BEGIN IF ${when('OLD')} THEN ${REMOVE('OLD')}; END IF; END`,
      ]
    : [
        `CREATE TRIGGER duplicate_group_tally_insert AFTER INSERT ON duplicate_group
         WHEN ${when('NEW')} BEGIN ${ADD('NEW', false)}; END`,
        `CREATE TRIGGER duplicate_group_tally_update AFTER UPDATE OF consolidation_id, provision_address ON duplicate_group
         WHEN ${moved} AND ${when('NEW')} BEGIN ${REMOVE('OLD')}; ${ADD('NEW', false)}; END`,
        `CREATE TRIGGER duplicate_group_tally_delete AFTER DELETE ON duplicate_group
         WHEN ${when('OLD')} BEGIN ${REMOVE('OLD')}; END`,
      ];
}

const TRIGGERS = [
  'duplicate_group_tally_insert',
  'duplicate_group_tally_update',
  'duplicate_group_tally_delete',
];

const index = (...columnNames: string[]) => new TableIndex({ columnNames });

export class DuplicateGroupGenerations1764800000000 implements MigrationInterface {
  name = 'DuplicateGroupGenerations1764800000000';

  async up(qr: QueryRunner): Promise<void> {
    const mysql = isMySqlFamily(qr.connection);
    for (const [table, column] of [
      ['consolidation', 'group_generation'],
      ['consolidation', 'group_generations'],
      ['duplicate_group', 'generation'],
      ['duplicate_group_member', 'generation'],
    ])
      await qr.query(`ALTER TABLE ${table} ADD COLUMN ${column} integer NOT NULL DEFAULT 0`);
    // The new index first: on MySQL/MariaDB an index may not be dropped while nothing else covers its columns.
    await qr.createIndex('duplicate_group', index('consolidation_id', 'generation', 'sort_key'));
    await qr.dropIndex('duplicate_group', index('consolidation_id', 'sort_key'));
    await qr.createIndex('duplicate_group_member', index('consolidation_id', 'generation'));
    await qr.dropIndex('duplicate_group_member', index('consolidation_id'));
    for (const name of TRIGGERS) await qr.query(`DROP TRIGGER IF EXISTS ${name}`);
    for (const sql of triggers(mysql, true)) await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    const mysql = isMySqlFamily(qr.connection);
    for (const name of TRIGGERS) await qr.query(`DROP TRIGGER IF EXISTS ${name}`);
    await qr.createIndex('duplicate_group_member', index('consolidation_id'));
    await qr.dropIndex('duplicate_group_member', index('consolidation_id', 'generation'));
    await qr.createIndex('duplicate_group', index('consolidation_id', 'sort_key'));
    await qr.dropIndex('duplicate_group', index('consolidation_id', 'generation', 'sort_key'));
    for (const [table, column] of [
      ['duplicate_group_member', 'generation'],
      ['duplicate_group', 'generation'],
      ['consolidation', 'group_generations'],
      ['consolidation', 'group_generation'],
    ])
      await qr.query(`ALTER TABLE ${table} DROP COLUMN ${column}`);
    for (const sql of triggers(mysql, false)) await qr.query(sql);
  }
}
