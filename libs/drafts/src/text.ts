/**
 * `@app/drafts/text`: the text of a regulation without the framework — the provision tree's types, the parser (and
 * reading uploads), rendering, Chinese numerals and version comparison. Loading it loads no Nest, TypeORM or GraphQL
 * file (test/unit/pure-entries.spec.ts checks); other libs' pure cores import this entry, not `@app/drafts`.
 */
export * from './provision.js';
export * from './parser/index.js';
export * from './compare/index.js';
