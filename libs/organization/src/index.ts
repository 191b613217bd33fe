export * from './organization.enums.js';
export * from './organization.models.js';
export * from './organization.inputs.js';
export * from './organization-access.js';
export * from './organization.service.js';
export * from './organization.module.js';
export * from './organization.loaders.js';
