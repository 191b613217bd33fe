import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isMySqlFamily } from '../dialect.js';

/**
 * 网上征集（公众）as its own origin in opinion_tally: an opinion a member of the public submitted through an online
 * collection's link (author_role PUBLIC, no unit) is kept under the unit key 'PUBLIC' instead of '' (the executing
 * body and its experts), so the workbench's 按联系单位, the feedback document's cover tallies and the ledger's unit
 * breakdown tell the public apart without reading the opinions. No column changes (no table rebuild on SQLite): the
 * three opinion_tally triggers are recreated with the new key (on MariaDB the insert trigger keeps its deferral,
 * migration 1764740000000), and the public opinions already counted under '' are moved, one upsert per tally line.
 * Keep PUBLIC_ORIGIN_KEY (libs/feedback) and this key equal.
 */
const PUBLIC_KEY = 'PUBLIC';

type Row = 'OLD' | 'NEW';

const TALLY_COLUMNS =
  'task_id, contact_point_id, status, provision_address, channel, liaison_unit_id, opinions, people';
const OPINION_COLUMNS = [
  'task_id',
  'contact_point_id',
  'status',
  'provision_address',
  'channel',
  'liaison_unit_id',
  'people_represented',
];

/** The unit key of an opinion row: its unit, 'PUBLIC' for the public's (when `publicKey`), '' otherwise. */
const unitKey = (row: Row, publicKey: boolean) =>
  publicKey
    ? `COALESCE(${row}.liaison_unit_id, CASE WHEN ${row}.author_role = '${PUBLIC_KEY}' THEN '${PUBLIC_KEY}' ELSE '' END)`
    : `COALESCE(${row}.liaison_unit_id, '')`;

function triggers(mysql: boolean, publicKey: boolean): string[] {
  const values = (row: Row) =>
    `${row}.task_id, ${row}.contact_point_id, ${row}.status, COALESCE(${row}.provision_address, ''), ${row}.channel,
     ${unitKey(row, publicKey)}, 1, ${row}.people_represented`;
  const match = (row: Row) =>
    `task_id = ${row}.task_id AND contact_point_id = ${row}.contact_point_id AND status = ${row}.status
     AND provision_address = COALESCE(${row}.provision_address, '') AND channel = ${row}.channel
     AND liaison_unit_id = ${unitKey(row, publicKey)}`;
  const remove = (row: Row) =>
    `UPDATE opinion_tally SET opinions = opinions - 1, people = people - ${row}.people_represented WHERE ${match(row)}`;
  const columns = publicKey ? [...OPINION_COLUMNS, 'author_role'] : OPINION_COLUMNS;
  if (mysql) {
    const add = (row: Row) =>
      `INSERT INTO opinion_tally (${TALLY_COLUMNS}) VALUES (${values(row)})
       ON DUPLICATE KEY UPDATE opinions = opinions + 1, people = people + VALUES(people)`;
    const unchanged = columns.map((c) => `OLD.${c} <=> NEW.${c}`).join(' AND ');
    return [
      `CREATE TRIGGER opinion_tally_insert AFTER INSERT ON opinion FOR EACH ROW
       BEGIN
         IF @minyi_defer_opinion_tally IS NULL THEN
           ${add('NEW')};
         END IF;
       END`,
      `CREATE TRIGGER opinion_tally_update AFTER UPDATE ON opinion FOR EACH ROW
       BEGIN
         IF NOT (${unchanged}) THEN
           ${remove('OLD')};
           ${add('NEW')};
         END IF;
       END`,
      `CREATE TRIGGER opinion_tally_delete AFTER DELETE ON opinion FOR EACH ROW ${remove('OLD')}`,
    ];
  }
  const add = (row: Row) =>
    `INSERT INTO opinion_tally (${TALLY_COLUMNS}) VALUES (${values(row)})
     ON CONFLICT (task_id, contact_point_id, status, provision_address, channel, liaison_unit_id)
     DO UPDATE SET opinions = opinions + 1, people = people + excluded.people;`;
  const unchanged = columns.map((c) => `OLD.${c} IS NEW.${c}`).join(' AND ');
  return [
    `CREATE TRIGGER opinion_tally_insert AFTER INSERT ON opinion BEGIN ${add('NEW')} END`,
    `CREATE TRIGGER opinion_tally_update AFTER UPDATE OF ${columns.join(', ')} ON opinion
     WHEN NOT (${unchanged}) BEGIN ${remove('OLD')}; ${add('NEW')} END`,
    `CREATE TRIGGER opinion_tally_delete AFTER DELETE ON opinion BEGIN ${remove('OLD')}; END`,
  ];
}

/** Moves the public's opinions already counted from one unit key to the other: per tally line, out of one, into the other. */
async function move(qr: QueryRunner, from: string, to: string): Promise<void> {
  const mysql = isMySqlFamily(qr.connection);
  const lines = (await qr.query(
    `SELECT task_id AS taskId, contact_point_id AS pointId, status, COALESCE(provision_address, '') AS address,
       channel, COUNT(*) AS n, SUM(people_represented) AS people
     FROM opinion WHERE author_role = ? AND liaison_unit_id IS NULL
     GROUP BY task_id, contact_point_id, status, COALESCE(provision_address, ''), channel`,
    [PUBLIC_KEY],
  )) as Array<{
    taskId: string;
    pointId: string;
    status: string;
    address: string;
    channel: string;
    n: unknown;
    people: unknown;
  }>;
  for (const l of lines) {
    const key = [l.taskId, l.pointId, l.status, l.address, l.channel];
    const [n, people] = [Number(l.n), Number(l.people ?? 0)];
    await qr.query(
      `UPDATE opinion_tally SET opinions = opinions - ?, people = people - ?
       WHERE task_id = ? AND contact_point_id = ? AND status = ? AND provision_address = ? AND channel = ?
         AND liaison_unit_id = ?`,
      [n, people, ...key, from],
    );
    await qr.query(
      `INSERT INTO opinion_tally (${TALLY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ${
         mysql
           ? 'ON DUPLICATE KEY UPDATE opinions = opinions + VALUES(opinions), people = people + VALUES(people)'
           : `ON CONFLICT (task_id, contact_point_id, status, provision_address, channel, liaison_unit_id)
              DO UPDATE SET opinions = opinions + excluded.opinions, people = people + excluded.people`
       }`,
      [...key, to, n, people],
    );
  }
}

async function recreate(qr: QueryRunner, publicKey: boolean): Promise<void> {
  for (const name of ['opinion_tally_insert', 'opinion_tally_update', 'opinion_tally_delete'])
    await qr.query(`DROP TRIGGER IF EXISTS ${name}`);
  for (const sql of triggers(isMySqlFamily(qr.connection), publicKey)) await qr.query(sql);
}

export class PublicOriginTally1765400000000 implements MigrationInterface {
  name = 'PublicOriginTally1765400000000';

  async up(qr: QueryRunner): Promise<void> {
    await recreate(qr, true);
    await move(qr, '', PUBLIC_KEY);
  }

  async down(qr: QueryRunner): Promise<void> {
    await recreate(qr, false);
    await move(qr, PUBLIC_KEY, '');
    await qr.query('DELETE FROM opinion_tally WHERE liaison_unit_id = ?', [PUBLIC_KEY]);
  }
}
