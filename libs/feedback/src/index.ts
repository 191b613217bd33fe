export * from './feedback.enums.js';
export * from './feedback.entities.js';
export * from './feedback.models.js';
export * from './opinion.service.js';
export * from './search-index.service.js';
export * from './feedback.module.js';
