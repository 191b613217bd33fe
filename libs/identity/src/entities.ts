/** The tables of this lib: only for where the data source and migrations are assembled, this lib itself, tests and the demo. */
import { AccountEntity } from './account.entity.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { RoleAssignmentEntity } from './role-assignment.entity.js';

export { AccountEntity, RefreshTokenEntity, RoleAssignmentEntity };
export const IDENTITY_ENTITIES = [AccountEntity, RoleAssignmentEntity, RefreshTokenEntity];
