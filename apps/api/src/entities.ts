import { AUDIT_ENTITIES } from '@app/audit';
import { IDENTITY_ENTITIES } from '@app/identity';
import { ORGANIZATION_ENTITIES } from '@app/organization';

/** Every entity of the application, for the one DataSource. */
export const ENTITIES = [...IDENTITY_ENTITIES, ...ORGANIZATION_ENTITIES, ...AUDIT_ENTITIES];
