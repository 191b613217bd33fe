import { TableForeignKey, TableIndex, type QueryRunner, type Table } from 'typeorm';
import type { TableColumnOptions } from 'typeorm/schema-builder/options/TableColumnOptions.js';

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

/** Column shapes shared by the migrations; they must match the entities' decorators exactly (a test checks). */
export const id = (): TableColumnOptions => ({ name: 'id', type: 'varchar', length: '36', isPrimary: true });
export const ref = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isNullable: nullable,
});
export const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
export const flag = (name: string): TableColumnOptions => ({ name, type: 'boolean' });
export const at = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  isNullable: nullable,
});
export const day = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'date',
  isNullable: nullable,
});
export const timestamps = (): TableColumnOptions[] => [flag('active'), at('created_at'), at('updated_at')];
export const fk = (
  column: string,
  table: string,
  onDelete: 'RESTRICT' | 'CASCADE' | 'SET NULL',
): TableForeignKey =>
  new TableForeignKey({
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: ['id'],
    onDelete,
    // Ids never change; RESTRICT is also what MariaDB reports for NO ACTION, so both engines read back alike.
    onUpdate: 'RESTRICT',
  });
export const index = (...columns: string[]): TableIndex => new TableIndex({ columnNames: columns });
export const integer = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'integer',
  isNullable: nullable,
});
export const longText = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'text',
  isNullable: nullable,
});
export const unique = (...columns: string[]): TableIndex =>
  new TableIndex({ columnNames: columns, isUnique: true });
