import {
  EXECUTING_BODY_ROLES,
  ROLE_LABELS,
  ROLE_SCOPE,
  Role,
  isSystemAdmin,
  type Actor,
} from '@app/identity';

import { GrantRefusal } from './organization.enums.js';

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
 * The executing body's roles below the head (副点长, 联络员): they read contributors' personal data and take part in
 * the sign-off, so once a point has an active head only that head staffs them — the point's people are chosen by the
 * point itself. An administrator grants them only while the point has no active head (a new point; a head who left
 * and whose account the administrator switched off), and may always take them away.
 */
export const HEAD_STAFFED_ROLES: readonly Role[] = [Role.DEPUTY_HEAD, Role.LIAISON_OFFICER];

export interface GrantTarget {
  legislatureId: string | null;
  contactPointId: string | null;
}

/** What a grant's outcome depends on beside the caller and the role. */
export interface GrantSituation {
  /** The account that receives the role; null while it is being created. */
  accountId: string | null;
  /** The active accounts holding POINT_HEAD at the target's point (none outside a point). */
  activeHeadAccountIds: readonly string[];
}

const holdsAt = (actor: Actor, role: Role, contactPointId: string | null) =>
  !!contactPointId && grantsFor(actor, [role]).some((g) => g.contactPointId === contactPointId);

/**
 * Which roles a caller may grant or take away at all, and within which organisation. Administrators: any. Legislature
 * staff: staff of their own legislature only — never a role at a point, since a point's roles read contributors'
 * personal data and sign off its table, which the legislature must never do. A point's head: HEAD_GRANTABLE_ROLES at
 * their point; its liaison officer: LIAISON_GRANTABLE_ROLES at their point. Only the scope: grantRefusal and
 * revokeRefusal add the rules about whose account and which point.
 */
export function withinGrantScope(actor: Actor, role: Role, target: GrantTarget): boolean {
  if (isSystemAdmin(actor)) return true;
  const scope = ROLE_SCOPE[role];
  if (scope === 'SYSTEM') return false;
  if (scope === 'LEGISLATURE') return !!target.legislatureId && isStaffOf(actor, target.legislatureId);
  if (!target.contactPointId) return false;
  return (
    (holdsAt(actor, Role.POINT_HEAD, target.contactPointId) && HEAD_GRANTABLE_ROLES.includes(role)) ||
    (holdsAt(actor, Role.LIAISON_OFFICER, target.contactPointId) && LIAISON_GRANTABLE_ROLES.includes(role))
  );
}

/**
 * Why the caller may not grant `role` (to a new account, or back to an existing one: reactivation, a new position), or
 * null when they may. In this order: nobody changes their own roles (SELF_GRANT, every role and every actor); the
 * scope (NOT_GRANTABLE); one active head per point (POINT_HEAD_EXISTS); the executing body below the head is staffed
 * by the point's active head, not by an administrator (POINT_HAS_HEAD). The API and the 组织 page both use this.
 */
export function grantRefusal(
  actor: Actor,
  role: Role,
  target: GrantTarget,
  situation: GrantSituation,
): GrantRefusal | null {
  if (situation.accountId !== null && situation.accountId === actor.accountId) return GrantRefusal.SELF_GRANT;
  if (!withinGrantScope(actor, role, target)) return GrantRefusal.NOT_GRANTABLE;
  const heads = situation.activeHeadAccountIds.filter((id) => id !== situation.accountId);
  if (role === Role.POINT_HEAD && heads.length > 0) return GrantRefusal.POINT_HEAD_EXISTS;
  if (
    HEAD_STAFFED_ROLES.includes(role) &&
    heads.length > 0 &&
    !holdsAt(actor, Role.POINT_HEAD, target.contactPointId)
  )
    return GrantRefusal.POINT_HAS_HEAD;
  return null;
}

/**
 * Why the caller may not take `role` away from an account (switching it or its member record off), or null. Not
 * one's own; otherwise whoever could grant it within their scope — an administrator always, so a compromised point can
 * be stopped even when it has a head.
 */
export function revokeRefusal(
  actor: Actor,
  role: Role,
  target: GrantTarget,
  accountId: string | null,
): GrantRefusal | null {
  if (accountId !== null && accountId === actor.accountId) return GrantRefusal.SELF_GRANT;
  return withinGrantScope(actor, role, target) ? null : GrantRefusal.NOT_GRANTABLE;
}

/**
 * Why the caller may not set another account's password (resetAccountPassword) and for which role, or null when they
 * may. Whoever sets a
 * password can sign in as the account, so it counts as granting every role the account holds again: grantRefusal for
 * each (a point's head for the point's collectors, experts and deputies; a liaison officer for collectors, experts and
 * unit administrators; an administrator within the point rules — not a deputy's or liaison officer's at a point with an
 * active head, POINT_HAS_HEAD). Never one's own account (SELF_GRANT: 修改密码 is for that); an account holding no role,
 * only an administrator. `activeHeadsAt`: the active head accounts of a contact point.
 */
export function passwordResetRefusal(
  actor: Actor,
  accountId: string,
  grants: readonly RoleGrantLike[],
  activeHeadsAt: (contactPointId: string) => readonly string[],
): { refusal: GrantRefusal; role: Role | null } | null {
  if (accountId === actor.accountId) return { refusal: GrantRefusal.SELF_GRANT, role: null };
  if (!grants.length)
    return isSystemAdmin(actor) ? null : { refusal: GrantRefusal.NOT_GRANTABLE, role: null };
  for (const g of grants) {
    const refusal = grantRefusal(actor, g.role, g, {
      accountId,
      activeHeadAccountIds: g.contactPointId ? activeHeadsAt(g.contactPointId) : [],
    });
    if (refusal) return { refusal, role: g.role };
  }
  return null;
}

/** A role grant as passwordResetRefusal reads it. */
export interface RoleGrantLike extends GrantTarget {
  role: Role;
}

/** What a person is told of a refusal (NOT_GRANTABLE's wording depends on the operation: the callers say it). */
export function grantRefusalMessage(refusal: GrantRefusal, role: Role): string {
  switch (refusal) {
    case GrantRefusal.SELF_GRANT:
      return '不能为自己的账号授予或收回角色：请由其他有权授予该角色的人员办理';
    case GrantRefusal.POINT_HAS_HEAD:
      // Both roles the head staffs are named: the 组织 page shows this once, above the executing body.
      return '该联系点已有在任点长，副点长和联络员只能由该联系点的点长授予：请联系点长办理（点长离任的，先停用原点长的账号，再任命新点长）';
    case GrantRefusal.POINT_HEAD_EXISTS:
      return '该联系点已有在任点长的账号：请先停用原点长的账号';
    case GrantRefusal.NOT_GRANTABLE:
      return `${ROLE_LABELS[role]}不在您可授予的范围内`;
    case GrantRefusal.POINT_INACTIVE:
      return '本联系点已停用：不能开通账号或增加人员（仍可停用）；如需恢复，请系统管理员先启用本联系点';
  }
}

/** The role an executive member's position stands for (点长 / 副点长 / 联络员): the same names on both sides. */
export function roleOfPosition(position: 'POINT_HEAD' | 'DEPUTY_HEAD' | 'LIAISON_OFFICER'): Role {
  return Role[position];
}

/** A change of a member's standing, as roles: those the person (and the linked account) loses and gains. */
export interface StandingChange {
  /** The account linked to the member record, if any. */
  accountId: string | null;
  revoked: readonly Role[];
  granted: readonly Role[];
}

/**
 * May the caller change a member's standing — switch the record (and so its linked account) off or on, give it another
 * position, move it to another unit? Only whoever could take away every role lost and grant every role gained
 * (grantRefusal, revokeRefusal): the linked account's grants (as setAccountActive requires) and, for an executive
 * member, the role of its position before and after. Editing the structure (canManagePointStructure) is not enough: a
 * liaison officer edits names and phones of the executing body but must not switch off the head's account or make
 * himself 点长 through the member record; nobody changes the standing of the record their own account hangs on.
 */
export function standingRefusal(
  actor: Actor,
  change: StandingChange,
  target: GrantTarget,
  activeHeadAccountIds: readonly string[],
): { refusal: GrantRefusal; role: Role } | null {
  for (const role of change.revoked) {
    const refusal = revokeRefusal(actor, role, target, change.accountId);
    if (refusal) return { refusal, role };
  }
  for (const role of change.granted) {
    const refusal = grantRefusal(actor, role, target, { accountId: change.accountId, activeHeadAccountIds });
    if (refusal) return { refusal, role };
  }
  return null;
}

/** The roles held at a contact point (its executing body, experts, units' administrators, collectors). */
export const POINT_ROLES: readonly Role[] = (Object.values(Role) as Role[]).filter(
  (role) => ROLE_SCOPE[role] === 'CONTACT_POINT' || ROLE_SCOPE[role] === 'LIAISON_UNIT',
);

export interface GrantOption {
  role: Role;
  /** May the caller give this role to a new account (or a member record) at the point now? */
  grantable: boolean;
  /** May the caller take it away (switch off an account or a member record holding it)? */
  revocable: boolean;
  refusal: GrantRefusal | null;
  message: string | null;
}

/**
 * What the 组织 page offers the caller at a point, role by role, by the API's own rule (grantRefusal, revokeRefusal),
 * with the reason to show when a role cannot be granted. For others' records: one's own is refused whatever the role
 * (SELF_GRANT), which the page knows from the record's account.
 */
export function pointGrantOptions(
  actor: Actor,
  point: PointRef & { active?: boolean },
  activeHeadAccountIds: readonly string[],
): GrantOption[] {
  const target = { legislatureId: point.legislatureId, contactPointId: point.id };
  return POINT_ROLES.map((role) => {
    // Within the caller's rights, a switched-off point still takes nobody new (OrganizationService's rule).
    const refusal =
      grantRefusal(actor, role, target, { accountId: null, activeHeadAccountIds }) ??
      (point.active === false ? GrantRefusal.POINT_INACTIVE : null);
    return {
      role,
      grantable: refusal === null,
      revocable: revokeRefusal(actor, role, target, null) === null,
      refusal,
      message: refusal ? grantRefusalMessage(refusal, role) : null,
    };
  });
}
