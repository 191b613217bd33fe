export * from './errors.js';
export * from './error-formatter.js';
export * from './pagination.js';
export * from './validation.js';
export * from './clock.js';
export * from './request-context.js';
export * from './common.module.js';
export * from './query-complexity.js';
