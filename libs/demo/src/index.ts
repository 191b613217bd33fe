export * from './demo-data.js';
export * from './demo-seed.service.js';
export * from './demo.module.js';
