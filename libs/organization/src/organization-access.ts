import { EXECUTING_BODY_ROLES, Role, isSystemAdmin, type Actor } from '@app/identity';

/**
 * Object-level access to the organisation, as plain functions of the caller's grants (no query needed: grants carry
 * their contact point and legislature). The permission an operation declares comes first; these decide *which*
 * legislature, point or unit.
 */
export interface PointRef {
  id: string;
  legislatureId: string;
}

const grantsFor = (actor: Actor, roles: readonly Role[]) =>
  actor.grants.filter((g) => roles.includes(g.role));

export function isStaffOf(actor: Actor, legislatureId: string): boolean {
  return grantsFor(actor, [Role.LEGISLATURE_STAFF]).some((g) => g.legislatureId === legislatureId);
}

export function canReadPoint(actor: Actor, point: PointRef): boolean {
  return (
    isSystemAdmin(actor) ||
    isStaffOf(actor, point.legislatureId) ||
    actor.grants.some((g) => g.contactPointId === point.id)
  );
}

/** Create, edit and deactivate the contact point itself: its designating legislature. */
export function canManageContactPoint(actor: Actor, legislatureId: string): boolean {
  return isSystemAdmin(actor) || isStaffOf(actor, legislatureId);
}

/** Add, edit and deactivate the point's members and units: its head and liaison officer. */
export function canManagePointStructure(actor: Actor, point: PointRef): boolean {
  return (
    isSystemAdmin(actor) ||
    grantsFor(actor, [Role.POINT_HEAD, Role.LIAISON_OFFICER]).some((g) => g.contactPointId === point.id)
  );
}

/** Phone numbers of members and units: the executing body, the legislature's staff, administrators. */
export function canSeeContactDetails(actor: Actor, point: PointRef): boolean {
  return (
    isSystemAdmin(actor) ||
    isStaffOf(actor, point.legislatureId) ||
    grantsFor(actor, EXECUTING_BODY_ROLES).some((g) => g.contactPointId === point.id)
  );
}

export type PointVisibility = { all: true } | { all: false; legislatureIds: string[]; pointIds: string[] };

/** Which contact points a list query may return to this caller. */
export function pointVisibility(actor: Actor): PointVisibility {
  if (isSystemAdmin(actor)) return { all: true };
  const legislatureIds = grantsFor(actor, [Role.LEGISLATURE_STAFF]).flatMap((g) =>
    g.legislatureId ? [g.legislatureId] : [],
  );
  const pointIds = actor.grants.flatMap((g) => (g.contactPointId ? [g.contactPointId] : []));
  return { all: false, legislatureIds: [...new Set(legislatureIds)], pointIds: [...new Set(pointIds)] };
}

/** Which legislatures a caller sees: its own, or the designating legislature of its points. */
export function canReadLegislature(actor: Actor, legislatureId: string): boolean {
  return isSystemAdmin(actor) || actor.grants.some((g) => g.legislatureId === legislatureId);
}

/**
 * Which roles a caller may grant, and within which organisation. Administrators: any. Legislature staff: staff of their
 * own legislature and the executing body of its points. A point's head and liaison officer: deputy heads, liaison
 * officers, experts, unit admins and collectors of their own point.
 */
export function canGrantRole(
  actor: Actor,
  role: Role,
  target: { legislatureId: string | null; contactPointId: string | null },
): boolean {
  if (isSystemAdmin(actor)) return true;
  if (role === Role.SYSTEM_ADMIN) return false;
  if (target.legislatureId && isStaffOf(actor, target.legislatureId)) {
    return (
      role === Role.LEGISLATURE_STAFF ||
      (EXECUTING_BODY_ROLES.includes(role) && target.contactPointId !== null)
    );
  }
  if (!target.contactPointId) return false;
  const managesPoint = grantsFor(actor, [Role.POINT_HEAD, Role.LIAISON_OFFICER]).some(
    (g) => g.contactPointId === target.contactPointId,
  );
  const grantable: Role[] = [
    Role.DEPUTY_HEAD,
    Role.LIAISON_OFFICER,
    Role.EXPERT,
    Role.UNIT_ADMIN,
    Role.COLLECTOR,
  ];
  return managesPoint && grantable.includes(role);
}
