/**
 * Chinese full-text search tokens: computed by the application, indexed alike by SQLite FTS5 and InnoDB FULLTEXT.
 * See search-tokens.ts for the scheme, and the specs next to it for the table definitions that were proven.
 */
export {
  ASCII_WORD_MAX,
  INDEX_TOKENS_MAX_LENGTH,
  QUERY_TOKENS_MAX,
  SEARCH_TOKENS_SCHEME_VERSION,
  decodeToken,
  highlightRanges,
  indexTokens,
  mysqlBooleanExpression,
  queryTokens,
  sqliteMatchExpression,
  type SearchHighlight,
} from './search-tokens.js';
