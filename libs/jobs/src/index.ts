export * from './job.types.js';
export * from './job.model.js';
export * from './job.service.js';
export * from './jobs.module.js';
export * from './jobs.options.js';
export * from './periodic-job.js';
export * from './session-purge.job.js';
