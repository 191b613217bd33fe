import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BadInputError } from '@app/common';
import { BULK_INSERT_MAX_PARAMS, isMySqlFamily } from '@app/database';
import { indexTokens, mysqlBooleanExpression, sqliteMatchExpression } from './search/search-tokens.js';

export interface SearchDocument {
  kind: 'opinion' | 'annotation';
  ownerId: string;
  taskId: string;
  contactPointId: string;
  text: string;
}

/** Matches considered per search before permissions and filters; a broader query should be narrowed. */
export const SEARCH_MAX_CANDIDATES = 10_000;

/** Writes and queries the full-text index (see the Search migration) on whichever engine is configured. */
@Injectable()
export class SearchIndexService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private get mysql(): boolean {
    return isMySqlFamily(this.db);
  }

  /** Indexes (or re-indexes) a document inside the caller's transaction. */
  async index(em: EntityManager, doc: SearchDocument): Promise<void> {
    const tokens = indexTokens(doc.text);
    if (this.mysql) {
      await em.query(
        'INSERT INTO search_document (owner_id, kind, task_id, contact_point_id, tokens) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE tokens = VALUES(tokens)',
        [doc.ownerId, doc.kind, doc.taskId, doc.contactPointId, tokens],
      );
    } else {
      await em.query(
        'INSERT INTO search_document (owner_id, kind, task_id, contact_point_id, tokens) VALUES (?, ?, ?, ?, ?) ON CONFLICT(owner_id) DO UPDATE SET tokens = excluded.tokens',
        [doc.ownerId, doc.kind, doc.taskId, doc.contactPointId, tokens],
      );
    }
  }

  /**
   * Indexes many documents inside the caller's transaction, as multi-row statements (an import of 10,000 rows writes
   * 7 statements, not 10,000); the same upsert as `index`, document by document.
   */
  async indexMany(em: EntityManager, docs: readonly SearchDocument[]): Promise<void> {
    const upsert = this.mysql
      ? 'ON DUPLICATE KEY UPDATE tokens = VALUES(tokens)'
      : 'ON CONFLICT(owner_id) DO UPDATE SET tokens = excluded.tokens';
    const perStatement = Math.floor(BULK_INSERT_MAX_PARAMS / 5);
    // Pipelined like bulkInsert: the next chunk's tokens are computed while the previous statement executes.
    let inFlight: Promise<unknown> | undefined;
    for (let start = 0; start < docs.length; start += perStatement) {
      const part = docs.slice(start, start + perStatement);
      const params: unknown[] = [];
      for (const doc of part)
        params.push(doc.ownerId, doc.kind, doc.taskId, doc.contactPointId, indexTokens(doc.text));
      await inFlight;
      inFlight = em.query(
        `INSERT INTO search_document (owner_id, kind, task_id, contact_point_id, tokens) VALUES ${part
          .map(() => '(?, ?, ?, ?, ?)')
          .join(', ')} ${upsert}`,
        params,
      );
    }
    await inFlight;
  }

  /** Owner ids of the documents of a task matching every term of `query`, best first, at most SEARCH_MAX_CANDIDATES. */
  async search(kind: SearchDocument['kind'], taskId: string, query: string): Promise<string[]> {
    if (this.mysql) {
      const expression = mysqlBooleanExpression(query);
      if (!expression)
        throw BadInputError.field('query', '请输入要搜索的文字（标点和空格不能单独搜索）', 'EMPTY_QUERY');
      const rows = await this.db.query<Array<{ owner_id: string }>>(
        `SELECT owner_id FROM search_document
         WHERE task_id = ? AND kind = ? AND MATCH(tokens) AGAINST (? IN BOOLEAN MODE)
         ORDER BY MATCH(tokens) AGAINST (? IN BOOLEAN MODE) DESC, owner_id LIMIT ${SEARCH_MAX_CANDIDATES}`,
        [taskId, kind, expression, expression],
      );
      return rows.map((r) => r.owner_id);
    }
    const expression = sqliteMatchExpression(query);
    if (!expression)
      throw BadInputError.field('query', '请输入要搜索的文字（标点和空格不能单独搜索）', 'EMPTY_QUERY');
    const rows = await this.db.query<Array<{ owner_id: string }>>(
      `SELECT d.owner_id FROM search_fts JOIN search_document d ON d.row_id = search_fts.rowid
       WHERE search_fts MATCH ? AND d.task_id = ? AND d.kind = ?
       ORDER BY bm25(search_fts), d.owner_id LIMIT ${SEARCH_MAX_CANDIDATES}`,
      [expression, taskId, kind],
    );
    return rows.map((r) => r.owner_id);
  }
}
