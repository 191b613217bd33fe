import { EXECUTING_BODY_ROLES, Role, isSystemAdmin, type Actor } from '@app/identity';

/**
 * Who may do what with a point's consolidation, as plain functions of the caller's grants. The executing body
 * consolidates; the point head approves, or a deputy head the head delegated to; the legislature reads what was
 * submitted to it.
 */
export function isExecutiveOf(actor: Actor, contactPointId: string): boolean {
  return (
    isSystemAdmin(actor) ||
    actor.grants.some((g) => EXECUTING_BODY_ROLES.includes(g.role) && g.contactPointId === contactPointId)
  );
}

export function isPointHeadOf(actor: Actor, contactPointId: string): boolean {
  return actor.grants.some((g) => g.role === Role.POINT_HEAD && g.contactPointId === contactPointId);
}

export function isDeputyHeadOf(actor: Actor, contactPointId: string): boolean {
  return actor.grants.some((g) => g.role === Role.DEPUTY_HEAD && g.contactPointId === contactPointId);
}

/**
 * The capacity in which the caller may approve (what the cover page prints instead of a name), or null. A deputy
 * head approves only under a delegation from the head that is still in force.
 */
export function approverCapacity(actor: Actor, contactPointId: string, delegated: boolean): string | null {
  if (isPointHeadOf(actor, contactPointId)) return '点长';
  if (isDeputyHeadOf(actor, contactPointId) && delegated) return '副点长（受点长委托）';
  // Not the platform's administrator either: signing off what a point sends the legislature is the point's own act.
  return null;
}
