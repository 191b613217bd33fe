// Which part of the workbench a signed-in person sees, from their roles. The API decides what they may do; this only
// chooses the places in the navigation and the home page's cards.
import type { Session } from './session';

const EXECUTIVE = ['POINT_HEAD', 'DEPUTY_HEAD', 'LIAISON_OFFICER'];

function roles(session: Session | null): string[] {
  return session?.account.roles.map((r) => r.role) ?? [];
}

/** 执行机构: the point head, deputy heads and the liaison officer. */
export function isExecutiveBody(session: Session | null): boolean {
  return roles(session).some((r) => EXECUTIVE.includes(r));
}

/** 立法机关工作人员. */
export function isLegislatureStaff(session: Session | null): boolean {
  return roles(session).includes('LEGISLATURE_STAFF');
}

/** 系统管理员: bound to no organisation; sets up legislatures and points and appoints their heads. */
export function isSystemAdmin(session: Session | null): boolean {
  return roles(session).includes('SYSTEM_ADMIN');
}

/** 联络单位管理员. */
export function isUnitAdmin(session: Session | null): boolean {
  return roles(session).includes('UNIT_ADMIN');
}

/** Those who write opinions or annotations themselves: collectors and experts. */
export function isContributor(session: Session | null): boolean {
  return roles(session).some((r) => r === 'COLLECTOR' || r === 'EXPERT');
}

/** The contact point the person works for (executive body, expert, collector's point is not known here). */
export function contactPointOf(session: Session | null): string | null {
  return session?.account.roles.find((r) => r.contactPointId)?.contactPointId ?? null;
}
