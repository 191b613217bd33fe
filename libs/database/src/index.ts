export * from './database-url.js';
export * from './data-source-options.js';
export * from './database.module.js';
export * from './snake-naming.strategy.js';
export { MIGRATIONS } from './migrations/index.js';
export * from './find-page.js';
export * from './transaction.js';
export * from './child-page.loader.js';
export * from './serialize-transactions.js';
