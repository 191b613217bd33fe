export * from './role.js';
export * from './permission.js';
export * from './actor.js';
export * from './account.entity.js';
export * from './role-assignment.entity.js';
export * from './account.service.js';
export * from './identity.models.js';
export * from './identity.module.js';
export * from './identity.options.js';
export * from './password.service.js';
export * from './token.service.js';
export * from './file-link.service.js';
export * from './login-throttler.js';

import { AccountEntity } from './account.entity.js';
import { RoleAssignmentEntity } from './role-assignment.entity.js';
export const IDENTITY_ENTITIES = [AccountEntity, RoleAssignmentEntity];
