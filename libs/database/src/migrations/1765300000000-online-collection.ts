import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { isMySqlFamily } from '../dialect.js';

/**
 * 网上征集 by the public themselves (扫码提意见): an online collection activity carries an unguessable public token, its
 * closing time and when (and by whom) it was closed early; an opinion a member of the public submitted through it has no
 * author account (author_account_id NULL, author_role PUBLIC) — nobody signed in wrote it, so nobody may edit it as
 * its author, count it as their own or be told its outcome as its author.
 *
 * SQLite cannot drop a NOT NULL in place: the opinion table is rebuilt (one copy of its rows), its indexes (the DESC
 * ones as written) and every trigger that names it (the maintained tallies) saved from sqlite_master and recreated
 * as they were. A rebuild inside the migration's transaction cannot switch foreign keys off, so nothing may
 * reference opinion by a foreign key with an action: nothing does (checked before dropping).
 */
export class OnlineCollection1765300000000 implements MigrationInterface {
  name = 'OnlineCollection1765300000000';

  async up(qr: QueryRunner): Promise<void> {
    const mysql = isMySqlFamily(qr.connection);
    for (const column of mysql
      ? ['`public_token` varchar(43) NULL', '`closes_at` datetime NULL', '`closed_at` datetime NULL']
      : ['"public_token" varchar(43)', '"closes_at" datetime', '"closed_at" datetime'])
      await qr.query(
        `ALTER TABLE ${mysql ? '`collection_activity`' : '"collection_activity"'} ADD ${column}`,
      );
    await qr.createIndex(
      'collection_activity',
      new TableIndex({ columnNames: ['public_token'], isUnique: true }),
    );
    await setAuthorNullable(qr, true);
  }

  async down(qr: QueryRunner): Promise<void> {
    const [row] = (await qr.query(
      'SELECT COUNT(*) AS n FROM opinion WHERE author_account_id IS NULL',
    )) as Array<{
      n: number | string;
    }>;
    if (Number(row?.n ?? 0) > 0)
      throw new Error('网上征集中由公众提交的意见没有提交账号，不能回退本迁移（请先导出并处理这些意见）');
    await setAuthorNullable(qr, false);
    const table = await qr.getTable('collection_activity');
    const index = table?.indices.find((i) => i.columnNames.join() === 'public_token');
    if (table && index) await qr.dropIndex(table, index);
    for (const column of ['public_token', 'closes_at', 'closed_at'])
      await qr.dropColumn('collection_activity', column);
  }
}

async function setAuthorNullable(qr: QueryRunner, nullable: boolean): Promise<void> {
  const null_ = nullable ? 'NULL' : 'NOT NULL';
  if (isMySqlFamily(qr.connection)) {
    await qr.query(`ALTER TABLE \`opinion\` MODIFY \`author_account_id\` varchar(36) ${null_}`);
    return;
  }
  const references = (await qr.query(
    `SELECT m.name FROM sqlite_master m, pragma_foreign_key_list(m.name) f
     WHERE m.type = 'table' AND f."table" = 'opinion'`,
  )) as Array<{ name: string }>;
  if (references.length)
    throw new Error(`opinion is referenced by foreign keys (${references.map((r) => r.name).join(', ')})`);
  const [table] = (await qr.query(
    "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'opinion'",
  )) as Array<{ sql: string }>;
  const from = nullable ? '"author_account_id" varchar(36) NOT NULL' : '"author_account_id" varchar(36)';
  const to = nullable ? '"author_account_id" varchar(36)' : '"author_account_id" varchar(36) NOT NULL';
  const pattern = new RegExp(`${from.replace(/[()]/g, '\\$&')}(?=\\s*[,)])`);
  if (!pattern.test(table.sql)) throw new Error(`unexpected opinion table: ${table.sql}`);
  const created = table.sql
    .replace(pattern, to)
    .replace(/^CREATE TABLE\s+("opinion"|opinion)/, 'CREATE TABLE "opinion_rebuilt"');
  // Everything that names the table and would be lost or broken by dropping it: its indexes and triggers, and the
  // triggers of other tables that read it (renaming checks them).
  const saved = (await qr.query(
    `SELECT type, name, sql FROM sqlite_master
     WHERE sql IS NOT NULL AND ((type = 'index' AND tbl_name = 'opinion') OR (type = 'trigger' AND sql LIKE '%opinion%'))`,
  )) as Array<{ type: string; name: string; sql: string }>;
  for (const s of saved.filter((x) => x.type === 'trigger')) await qr.query(`DROP TRIGGER "${s.name}"`);
  await qr.query(created);
  await qr.query('INSERT INTO "opinion_rebuilt" SELECT * FROM "opinion"');
  await qr.query('DROP TABLE "opinion"');
  await qr.query('ALTER TABLE "opinion_rebuilt" RENAME TO "opinion"');
  for (const s of saved.filter((x) => x.type === 'index')) await qr.query(s.sql);
  for (const s of saved.filter((x) => x.type === 'trigger')) await qr.query(s.sql);
}
