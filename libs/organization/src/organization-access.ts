import { EXECUTING_BODY_ROLES, ROLE_SCOPE, Role, isSystemAdmin, type Actor } from '@app/identity';

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

/** A grant as the legislature's staff (法工委 / 人大常委会工作人员), administrators not included. */
export function isStaffOf(actor: Actor, legislatureId: string): boolean {
  return grantsFor(actor, [Role.LEGISLATURE_STAFF]).some((g) => g.legislatureId === legislatureId);
}

/**
 * Acts for the legislature: its staff or a system administrator. The one rule for the legislature's own work — its
 * contact points, its drafts and versions, the consolidated results of its tasks (drafts and consolidation use it).
 */
export function actsForLegislature(actor: Actor, legislatureId: string): boolean {
  return isSystemAdmin(actor) || isStaffOf(actor, legislatureId);
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
  return actsForLegislature(actor, legislatureId);
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

/** The roles a point's head may grant at their own point (never POINT_HEAD: one active head, set by an administrator). */
export const HEAD_GRANTABLE_ROLES: readonly Role[] = [
  Role.DEPUTY_HEAD,
  Role.LIAISON_OFFICER,
  Role.EXPERT,
  Role.UNIT_ADMIN,
  Role.COLLECTOR,
];

/** The liaison officer manages the point's structure (experts, units, collectors) and may give them accounts; the
 *  executing body's own roles, which open personal data and the sign-off, are the head's to grant. */
export const LIAISON_GRANTABLE_ROLES: readonly Role[] = [Role.EXPERT, Role.UNIT_ADMIN, Role.COLLECTOR];

/**
 * Which roles a caller may grant, and within which organisation. Administrators: any. Legislature staff: staff of their
 * own legislature only — never a role at a point, since a point's roles read contributors' personal data and sign off
 * its table, which the legislature must never do. A point's head: HEAD_GRANTABLE_ROLES at their point; its liaison
 * officer: LIAISON_GRANTABLE_ROLES at their point.
 */
export function canGrantRole(
  actor: Actor,
  role: Role,
  target: { legislatureId: string | null; contactPointId: string | null },
): boolean {
  if (isSystemAdmin(actor)) return true;
  const scope = ROLE_SCOPE[role];
  if (scope === 'SYSTEM') return false;
  if (scope === 'LEGISLATURE') return !!target.legislatureId && isStaffOf(actor, target.legislatureId);
  if (!target.contactPointId) return false;
  const holds = (r: Role) => grantsFor(actor, [r]).some((g) => g.contactPointId === target.contactPointId);
  return (
    (holds(Role.POINT_HEAD) && HEAD_GRANTABLE_ROLES.includes(role)) ||
    (holds(Role.LIAISON_OFFICER) && LIAISON_GRANTABLE_ROLES.includes(role))
  );
}

/** The role an executive member's position stands for (点长 / 副点长 / 联络员): the same names on both sides. */
export function roleOfPosition(position: 'POINT_HEAD' | 'DEPUTY_HEAD' | 'LIAISON_OFFICER'): Role {
  return Role[position];
}

/**
 * May the caller change a member's standing — switch the record (and so its linked account) off or on, give it another
 * position, move it to another unit? Only whoever could grant every role involved: the linked account's grants (as
 * setAccountActive requires) and, for an executive member, the role of its position before and after. Editing the
 * structure (canManagePointStructure) is not enough: a liaison officer edits names and phones of the executing body but
 * must not switch off the head's account or make himself 点长 through the member record.
 */
export function canChangeStanding(
  actor: Actor,
  roles: readonly Role[],
  target: { legislatureId: string | null; contactPointId: string | null },
): boolean {
  return roles.every((role) => canGrantRole(actor, role, target));
}
