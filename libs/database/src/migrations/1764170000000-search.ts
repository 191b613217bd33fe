import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The full-text index of opinions and annotations. Text is segmented by the application (feedback/search) into ASCII
 * tokens; each engine indexes those: InnoDB FULLTEXT on MySQL/MariaDB, an FTS5 table over the same rows on SQLite
 * (external content, kept in step by triggers). Plain SQL: these tables are not entities, and no schema comparison
 * looks at them.
 */
export class Search1764170000000 implements MigrationInterface {
  name = 'Search1764170000000';

  async up(qr: QueryRunner): Promise<void> {
    const type = qr.connection.options.type;
    if (type === 'mysql' || type === 'mariadb') {
      await qr.query(`CREATE TABLE search_document (
        owner_id varchar(36) NOT NULL PRIMARY KEY,
        kind varchar(16) NOT NULL,
        task_id varchar(36) NOT NULL,
        contact_point_id varchar(36) NOT NULL,
        tokens text NOT NULL,
        KEY idx_search_document_task (task_id, kind),
        FULLTEXT KEY ftx_search_document_tokens (tokens)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
      return;
    }
    await qr.query(`CREATE TABLE search_document (
      row_id INTEGER PRIMARY KEY AUTOINCREMENT,
      owner_id varchar(36) NOT NULL UNIQUE,
      kind varchar(16) NOT NULL,
      task_id varchar(36) NOT NULL,
      contact_point_id varchar(36) NOT NULL,
      tokens text NOT NULL)`);
    await qr.query('CREATE INDEX idx_search_document_task ON search_document (task_id, kind)');
    await qr.query(
      "CREATE VIRTUAL TABLE search_fts USING fts5(tokens, content='search_document', content_rowid='row_id', tokenize='ascii')",
    );
    await qr.query(`CREATE TRIGGER search_document_ai AFTER INSERT ON search_document BEGIN
      INSERT INTO search_fts(rowid, tokens) VALUES (new.row_id, new.tokens); END`);
    await qr.query(`CREATE TRIGGER search_document_ad AFTER DELETE ON search_document BEGIN
      INSERT INTO search_fts(search_fts, rowid, tokens) VALUES ('delete', old.row_id, old.tokens); END`);
    await qr.query(`CREATE TRIGGER search_document_au AFTER UPDATE ON search_document BEGIN
      INSERT INTO search_fts(search_fts, rowid, tokens) VALUES ('delete', old.row_id, old.tokens);
      INSERT INTO search_fts(rowid, tokens) VALUES (new.row_id, new.tokens); END`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP TABLE IF EXISTS search_fts');
    await qr.query('DROP TABLE IF EXISTS search_document');
  }
}
