/** The tables of this lib: only for where the data source and migrations are assembled, this lib itself, tests and the demo. */
import { AuditRecordEntity } from './audit-record.entity.js';

export { AuditRecordEntity };
export const AUDIT_ENTITIES = [AuditRecordEntity];
