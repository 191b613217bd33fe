/** Whether a data source speaks MySQL/MariaDB (production) rather than the embedded SQLite. */
export function isMySqlFamily(db: { options: { type: string } }): boolean {
  return db.options.type === 'mysql' || db.options.type === 'mariadb';
}

/** An SQL expression giving a fresh row id (fits the varchar(36) ids) for each row of an INSERT … SELECT. */
export function newIdSql(db: { options: { type: string } }): string {
  return isMySqlFamily(db) ? 'UUID()' : 'lower(hex(randomblob(16)))';
}
