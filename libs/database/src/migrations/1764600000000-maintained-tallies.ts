import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isMySqlFamily } from '../dialect.js';

/**
 * Counts the workbench's first screen reads, kept current as rows are written instead of counted at each read (at a
 * million opinions the GROUP BY over the point's opinions and the COUNT(DISTINCT source_id) over the consolidation's
 * links each read a million index entries per request):
 * - `opinion_tally`: opinions and the people they stand for per task, point, status, provision, channel and unit
 *   (NULL provision and unit kept as '', so that the key is unique on both engines);
 * - `consolidation_link_tally`: per consolidation, how many distinct opinions its suggestions link;
 * - `consolidation_item_tally`: per consolidation and provision, its suggestions and its duplicate groups (a drafted
 *   table holds hundreds of thousands of suggestions; the provision lines and the counters add these up).
 * Database triggers keep them, in the writing statement's own transaction: exact whatever writes the rows (the API, an
 * import, a bulk load), rolled back with it, and on MariaDB each change is an atomic upsert on the tally's row (its row
 * lock orders concurrent writers). The link trigger's "is this opinion already linked" is a locking read there, so a
 * writer waiting on the consolidation's row lock sees the links committed before it (a plain read would see its older
 * snapshot). Both start from the rows already present.
 * NB on SQLite a later migration that rebuilds `opinion` or `suggestion_source` (TypeORM's changeColumn) drops their
 * triggers: recreate them there (the tallies' test compares them with a count at read time).
 */
const TALLY_KEY = [
  'task_id',
  'contact_point_id',
  'status',
  'provision_address',
  'channel',
  'liaison_unit_id',
];

const OPINION_COLUMNS = [
  'task_id',
  'contact_point_id',
  'status',
  'provision_address',
  'channel',
  'liaison_unit_id',
  'people_represented',
];

/** The tally key's values of an opinion row (OLD or NEW). */
const keyValues = (row: 'OLD' | 'NEW') =>
  `${row}.task_id, ${row}.contact_point_id, ${row}.status, COALESCE(${row}.provision_address, ''), ${row}.channel, COALESCE(${row}.liaison_unit_id, '')`;
const keyMatch = (row: 'OLD' | 'NEW') =>
  `task_id = ${row}.task_id AND contact_point_id = ${row}.contact_point_id AND status = ${row}.status
   AND provision_address = COALESCE(${row}.provision_address, '') AND channel = ${row}.channel
   AND liaison_unit_id = COALESCE(${row}.liaison_unit_id, '')`;

export class MaintainedTallies1764600000000 implements MigrationInterface {
  name = 'MaintainedTallies1764600000000';

  async up(qr: QueryRunner): Promise<void> {
    const mysql = isMySqlFamily(qr.connection);
    const tail = mysql ? ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci' : '';
    await qr.query(`CREATE TABLE opinion_tally (
      task_id varchar(36) NOT NULL,
      contact_point_id varchar(36) NOT NULL,
      status varchar(16) NOT NULL,
      provision_address varchar(200) NOT NULL,
      channel varchar(32) NOT NULL,
      liaison_unit_id varchar(36) NOT NULL,
      opinions integer NOT NULL,
      people integer NOT NULL,
      PRIMARY KEY (${TALLY_KEY.join(', ')})
    )${tail}`);
    await qr.query(`CREATE TABLE consolidation_link_tally (
      consolidation_id varchar(36) NOT NULL PRIMARY KEY,
      linked_opinions integer NOT NULL
    )${tail}`);
    await qr.query(`CREATE TABLE consolidation_item_tally (
      consolidation_id varchar(36) NOT NULL,
      provision_address varchar(200) NOT NULL,
      suggestions integer NOT NULL,
      duplicate_groups integer NOT NULL,
      PRIMARY KEY (consolidation_id, provision_address)
    )${tail}`);
    await qr.query(`INSERT INTO consolidation_item_tally (consolidation_id, provision_address, suggestions, duplicate_groups)
      SELECT consolidation_id, address, SUM(suggestions), SUM(duplicate_groups) FROM (
        SELECT consolidation_id, COALESCE(provision_address, '') AS address, 1 AS suggestions, 0 AS duplicate_groups
        FROM consolidated_suggestion
        UNION ALL
        SELECT consolidation_id, COALESCE(provision_address, ''), 0, 1 FROM duplicate_group
      ) items
      GROUP BY consolidation_id, address`);
    await qr.query(`INSERT INTO opinion_tally (${TALLY_KEY.join(', ')}, opinions, people)
      SELECT task_id, contact_point_id, status, COALESCE(provision_address, ''), channel, COALESCE(liaison_unit_id, ''),
             COUNT(*), SUM(people_represented)
      FROM opinion
      GROUP BY task_id, contact_point_id, status, COALESCE(provision_address, ''), channel, COALESCE(liaison_unit_id, '')`);
    await qr.query(`INSERT INTO consolidation_link_tally (consolidation_id, linked_opinions)
      SELECT consolidation_id, COUNT(DISTINCT source_id) FROM suggestion_source WHERE source_type = 'OPINION'
      GROUP BY consolidation_id`);
    for (const sql of [...(mysql ? mySqlTriggers() : sqliteTriggers()), ...itemTriggers(mysql)])
      await qr.query(sql);
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const name of TRIGGERS) await qr.query(`DROP TRIGGER IF EXISTS ${name}`);
    await qr.query('DROP TABLE consolidation_item_tally');
    await qr.query('DROP TABLE consolidation_link_tally');
    await qr.query('DROP TABLE opinion_tally');
  }
}

/** The tables whose rows consolidation_item_tally counts, and the column each adds to. */
const ITEM_TABLES = [
  ['consolidated_suggestion', 'suggestions'],
  ['duplicate_group', 'duplicate_groups'],
] as const;

/** Triggers keeping consolidation_item_tally: +1 on insert, −1 on delete, moved when the provision changes. */
function itemTriggers(mysql: boolean): string[] {
  return ITEM_TABLES.flatMap(([table, column]) => {
    const add = (row: 'OLD' | 'NEW') =>
      `INSERT INTO consolidation_item_tally (consolidation_id, provision_address, suggestions, duplicate_groups)
       VALUES (${row}.consolidation_id, COALESCE(${row}.provision_address, ''), ${column === 'suggestions' ? '1, 0' : '0, 1'})
       ${mysql ? 'ON DUPLICATE KEY UPDATE' : 'ON CONFLICT (consolidation_id, provision_address) DO UPDATE SET'} ${column} = ${column} + 1`;
    const remove = (row: 'OLD' | 'NEW') =>
      `UPDATE consolidation_item_tally SET ${column} = ${column} - 1
       WHERE consolidation_id = ${row}.consolidation_id AND provision_address = COALESCE(${row}.provision_address, '')`;
    const moved = mysql
      ? 'NOT (OLD.consolidation_id <=> NEW.consolidation_id AND OLD.provision_address <=> NEW.provision_address)'
      : 'NOT (OLD.consolidation_id IS NEW.consolidation_id AND OLD.provision_address IS NEW.provision_address)';
    return mysql
      ? [
          `CREATE TRIGGER ${table}_tally_insert AFTER INSERT ON ${table} FOR EACH ROW ${add('NEW')}`,
          `CREATE TRIGGER ${table}_tally_update AFTER UPDATE ON ${table} FOR EACH ROW
           BEGIN IF ${moved} THEN ${remove('OLD')}; ${add('NEW')}; END IF; END`,
          `CREATE TRIGGER ${table}_tally_delete AFTER DELETE ON ${table} FOR EACH ROW ${remove('OLD')}`,
        ]
      : [
          `CREATE TRIGGER ${table}_tally_insert AFTER INSERT ON ${table} BEGIN ${add('NEW')}; END`,
          `CREATE TRIGGER ${table}_tally_update AFTER UPDATE OF consolidation_id, provision_address ON ${table}
           WHEN ${moved} BEGIN ${remove('OLD')}; ${add('NEW')}; END`,
          `CREATE TRIGGER ${table}_tally_delete AFTER DELETE ON ${table} BEGIN ${remove('OLD')}; END`,
        ];
  });
}

const TRIGGERS = [
  'opinion_tally_insert',
  'opinion_tally_update',
  'opinion_tally_delete',
  'link_tally_insert',
  'link_tally_delete',
  ...ITEM_TABLES.flatMap(([table]) => [
    `${table}_tally_insert`,
    `${table}_tally_update`,
    `${table}_tally_delete`,
  ]),
];

/** Another link of the same consolidation to the same opinion than `row`. */
const otherLink = (row: 'OLD' | 'NEW') =>
  `SELECT 1 FROM suggestion_source s WHERE s.consolidation_id = ${row}.consolidation_id AND s.source_type = 'OPINION'
   AND s.source_id = ${row}.source_id AND s.id <> ${row}.id`;

function sqliteTriggers(): string[] {
  const add = (row: 'OLD' | 'NEW') =>
    `INSERT INTO opinion_tally (${TALLY_KEY.join(', ')}, opinions, people)
     VALUES (${keyValues(row)}, 1, ${row}.people_represented)
     ON CONFLICT (${TALLY_KEY.join(', ')}) DO UPDATE SET opinions = opinions + 1, people = people + excluded.people;`;
  const remove = (row: 'OLD' | 'NEW') =>
    `UPDATE opinion_tally SET opinions = opinions - 1, people = people - ${row}.people_represented WHERE ${keyMatch(row)};`;
  const unchanged = OPINION_COLUMNS.map((c) => `OLD.${c} IS NEW.${c}`).join(' AND ');
  return [
    `CREATE TRIGGER opinion_tally_insert AFTER INSERT ON opinion BEGIN ${add('NEW')} END`,
    `CREATE TRIGGER opinion_tally_update AFTER UPDATE OF ${OPINION_COLUMNS.join(', ')} ON opinion
     WHEN NOT (${unchanged}) BEGIN ${remove('OLD')} ${add('NEW')} END`,
    `CREATE TRIGGER opinion_tally_delete AFTER DELETE ON opinion BEGIN ${remove('OLD')} END`,
    `CREATE TRIGGER link_tally_insert AFTER INSERT ON suggestion_source
     WHEN NEW.source_type = 'OPINION' AND NOT EXISTS (${otherLink('NEW')})
     BEGIN
       INSERT INTO consolidation_link_tally (consolidation_id, linked_opinions) VALUES (NEW.consolidation_id, 1)
       ON CONFLICT (consolidation_id) DO UPDATE SET linked_opinions = linked_opinions + 1;
     END`,
    `CREATE TRIGGER link_tally_delete AFTER DELETE ON suggestion_source
     WHEN OLD.source_type = 'OPINION' AND NOT EXISTS (${otherLink('OLD')})
     BEGIN
       UPDATE consolidation_link_tally SET linked_opinions = linked_opinions - 1
       WHERE consolidation_id = OLD.consolidation_id;
     END`,
  ];
}

function mySqlTriggers(): string[] {
  const add = (row: 'OLD' | 'NEW') =>
    `INSERT INTO opinion_tally (${TALLY_KEY.join(', ')}, opinions, people)
     VALUES (${keyValues(row)}, 1, ${row}.people_represented)
     ON DUPLICATE KEY UPDATE opinions = opinions + 1, people = people + VALUES(people)`;
  const remove = (row: 'OLD' | 'NEW') =>
    `UPDATE opinion_tally SET opinions = opinions - 1, people = people - ${row}.people_represented WHERE ${keyMatch(row)}`;
  const unchanged = OPINION_COLUMNS.map((c) => `OLD.${c} <=> NEW.${c}`).join(' AND ');
  // A locking read: the committed links, not this transaction's snapshot.
  const others = (row: 'OLD' | 'NEW') =>
    `SELECT COUNT(*) INTO others FROM suggestion_source s WHERE s.consolidation_id = ${row}.consolidation_id
     AND s.source_type = 'OPINION' AND s.source_id = ${row}.source_id AND s.id <> ${row}.id LOCK IN SHARE MODE`;
  return [
    `CREATE TRIGGER opinion_tally_insert AFTER INSERT ON opinion FOR EACH ROW ${add('NEW')}`,
    `CREATE TRIGGER opinion_tally_update AFTER UPDATE ON opinion FOR EACH ROW
     BEGIN
       IF NOT (${unchanged}) THEN
         ${remove('OLD')};
         ${add('NEW')};
       END IF;
     END`,
    `CREATE TRIGGER opinion_tally_delete AFTER DELETE ON opinion FOR EACH ROW ${remove('OLD')}`,
    `CREATE TRIGGER link_tally_insert AFTER INSERT ON suggestion_source FOR EACH ROW
     BEGIN
       DECLARE others INT DEFAULT 0;
       IF NEW.source_type = 'OPINION' THEN
         ${others('NEW')};
         IF others = 0 THEN
           INSERT INTO consolidation_link_tally (consolidation_id, linked_opinions) VALUES (NEW.consolidation_id, 1)
           ON DUPLICATE KEY UPDATE linked_opinions = linked_opinions + 1;
         END IF;
       END IF;
     END`,
    `CREATE TRIGGER link_tally_delete AFTER DELETE ON suggestion_source FOR EACH ROW
     BEGIN
       DECLARE others INT DEFAULT 0;
       IF OLD.source_type = 'OPINION' THEN
         ${others('OLD')};
         IF others = 0 THEN
           UPDATE consolidation_link_tally SET linked_opinions = linked_opinions - 1
           WHERE consolidation_id = OLD.consolidation_id;
         END IF;
       END IF;
     END`,
  ];
}
