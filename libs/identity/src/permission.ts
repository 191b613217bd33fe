import { Role } from './role.js';

/**
 * What an operation needs. Every query and mutation declares one (deny by default: an operation that declares none
 * is refused). Object-level checks — which contact point, which unit — come on top, in the domain services.
 */
export enum Permission {
  /** Read legislatures, contact points and their 1+1+X structure (within what the caller may see). */
  ORGANIZATION_READ = 'organization:read',
  /** Create legislatures. */
  LEGISLATURE_MANAGE = 'legislature:manage',
  /** Create, edit and deactivate contact points (of one's own legislature). */
  CONTACT_POINT_MANAGE = 'contact-point:manage',
  /** Add, edit and deactivate a point's executing body, experts, units and collectors (of one's own point). */
  POINT_STRUCTURE_MANAGE = 'point-structure:manage',
  /** Create accounts and grant roles (within one's own organisation). */
  ACCOUNT_MANAGE = 'account:manage',
  /** Register drafts and their versions (the legislature). */
  DRAFT_MANAGE = 'draft:manage',
  /** See consultation tasks (which ones is decided per task), their drafts, "my tasks". */
  TASK_READ = 'task:read',
  /** Create, issue and extend consultation tasks (the legislature). */
  TASK_MANAGE = 'task:manage',
  /** Distribute a task inside a contact point and move it through its states (the executing body). */
  TASK_DISTRIBUTE = 'task:distribute',
  /** Submit, edit and withdraw one's own opinions; record collection activities. */
  OPINION_WRITE = 'opinion:write',
  /** List, open and search the opinions one may see (one's own, one's unit's, one's point's: decided per opinion). */
  OPINION_READ = 'opinion:read',
  /** Mark opinions out of scope (不予报送) and read the contributors' personal data of one's point (executing body). */
  OPINION_MANAGE = 'opinion:manage',
  /** Annotate a draft and read the expert team's annotations (experts and the executing body). */
  ANNOTATION_WRITE = 'annotation:write',
  /** Consolidate a point's opinions into suggestions, prepare them for sign-off and submit them (executing body). */
  CONSOLIDATION_WRITE = 'consolidation:write',
  /** Approve (sign off) or return a point's consolidated feedback: the point head, or a deputy head the head delegated
   *  to (checked per point in the service). */
  CONSOLIDATION_APPROVE = 'consolidation:approve',
  /** Read the consolidated feedback submitted to one's legislature, across its points (legislature staff). */
  SUBMISSION_READ = 'submission:read',
  /** Record and publish adoption decisions on the suggestions one's legislature received (legislature staff). */
  ADOPTION_DECIDE = 'adoption:decide',
  /** Read a contact point's ledger and export its yearly evaluation (its executing body; its legislature). */
  LEDGER_READ = 'ledger:read',
  /** Read the audit trail. */
  AUDIT_READ = 'audit:read',
  /** Any signed-in account: `me`. */
  SELF = 'self',
}

const ALL = Object.values(Permission);

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.SYSTEM_ADMIN]: ALL,
  [Role.LEGISLATURE_STAFF]: [
    Permission.SELF,
    Permission.ORGANIZATION_READ,
    Permission.CONTACT_POINT_MANAGE,
    Permission.ACCOUNT_MANAGE,
    Permission.DRAFT_MANAGE,
    Permission.TASK_READ,
    Permission.TASK_MANAGE,
    Permission.SUBMISSION_READ,
    Permission.ADOPTION_DECIDE,
    Permission.LEDGER_READ,
  ],
  [Role.POINT_HEAD]: [
    Permission.SELF,
    Permission.ORGANIZATION_READ,
    Permission.POINT_STRUCTURE_MANAGE,
    Permission.ACCOUNT_MANAGE,
    Permission.TASK_READ,
    Permission.TASK_DISTRIBUTE,
    Permission.OPINION_WRITE,
    Permission.OPINION_READ,
    Permission.OPINION_MANAGE,
    Permission.ANNOTATION_WRITE,
    Permission.CONSOLIDATION_WRITE,
    Permission.CONSOLIDATION_APPROVE,
    Permission.LEDGER_READ,
  ],
  [Role.LIAISON_OFFICER]: [
    Permission.SELF,
    Permission.ORGANIZATION_READ,
    Permission.POINT_STRUCTURE_MANAGE,
    Permission.ACCOUNT_MANAGE,
    Permission.TASK_READ,
    Permission.TASK_DISTRIBUTE,
    Permission.OPINION_WRITE,
    Permission.OPINION_READ,
    Permission.OPINION_MANAGE,
    Permission.ANNOTATION_WRITE,
    Permission.CONSOLIDATION_WRITE,
    Permission.LEDGER_READ,
  ],
  [Role.DEPUTY_HEAD]: [
    Permission.SELF,
    Permission.ORGANIZATION_READ,
    Permission.TASK_READ,
    Permission.TASK_DISTRIBUTE,
    Permission.OPINION_WRITE,
    Permission.OPINION_READ,
    Permission.OPINION_MANAGE,
    Permission.ANNOTATION_WRITE,
    Permission.CONSOLIDATION_WRITE,
    Permission.CONSOLIDATION_APPROVE,
    Permission.LEDGER_READ,
  ],
  [Role.EXPERT]: [
    Permission.SELF,
    Permission.ORGANIZATION_READ,
    Permission.TASK_READ,
    Permission.OPINION_WRITE,
    Permission.OPINION_READ,
    Permission.ANNOTATION_WRITE,
  ],
  [Role.UNIT_ADMIN]: [
    Permission.SELF,
    Permission.ORGANIZATION_READ,
    Permission.TASK_READ,
    Permission.OPINION_WRITE,
    Permission.OPINION_READ,
  ],
  [Role.COLLECTOR]: [
    Permission.SELF,
    Permission.ORGANIZATION_READ,
    Permission.TASK_READ,
    Permission.OPINION_WRITE,
    Permission.OPINION_READ,
  ],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}
