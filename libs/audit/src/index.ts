export * from './audit-record.entity.js';
export * from './audit.service.js';
export * from './audit.module.js';
export * from './security-events.js';

import { AuditRecordEntity } from './audit-record.entity.js';
export const AUDIT_ENTITIES = [AuditRecordEntity];
