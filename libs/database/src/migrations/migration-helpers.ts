import type { QueryRunner, Table } from 'typeorm';

/**
 * Creates a table on either engine. On MySQL/MariaDB the table is converted to utf8mb4 whatever the server's default
 * (so that names outside the BMP, 𠮷, and emoji round-trip unchanged) before its foreign keys are added, since a
 * column in a foreign key cannot change its character set afterwards.
 */
export async function createTable(qr: QueryRunner, table: Table): Promise<void> {
  await qr.createTable(table, false, false, true);
  const type = qr.connection.options.type;
  if (type === 'mysql' || type === 'mariadb') {
    await qr.query(
      `ALTER TABLE \`${table.name}\` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  }
  if (table.foreignKeys.length > 0) await qr.createForeignKeys(table.name, table.foreignKeys);
}
