import { describe, expect, it } from '@jest/globals';
import { Role, permissionsOf, type Actor, type RoleGrant } from '@app/identity';
import {
  actsForLegislature,
  canManageContactPoint,
  canManagePointStructure,
  canReadPoint,
  canSeeContactDetails,
  grantRefusal,
  passwordResetRefusal,
  pointVisibility,
  revokeRefusal,
  roleOfPosition,
  standingRefusal,
  withinGrantScope,
} from './organization-access.js';
import { GrantRefusal } from './organization.enums.js';

const L1 = 'leg-1';
const P1 = { id: 'point-1', legislatureId: L1 };
const P2 = { id: 'point-2', legislatureId: L1 };
const P3 = { id: 'point-3', legislatureId: 'leg-2' };

function actor(role: Role, scope: Partial<RoleGrant> = {}): Actor {
  const grant: RoleGrant = { role, legislatureId: null, contactPointId: null, liaisonUnitId: null, ...scope };
  return {
    accountId: 'a',
    username: 'u',
    displayName: 'd',
    grants: [grant],
    permissions: permissionsOf([role]),
    requestId: null,
  };
}

const admin = actor(Role.SYSTEM_ADMIN);
const staff = actor(Role.LEGISLATURE_STAFF, { legislatureId: L1 });
const head = actor(Role.POINT_HEAD, { legislatureId: L1, contactPointId: P1.id });
const deputy = actor(Role.DEPUTY_HEAD, { legislatureId: L1, contactPointId: P1.id });
const collector = actor(Role.COLLECTOR, {
  legislatureId: L1,
  contactPointId: P1.id,
  liaisonUnitId: 'unit-1',
});

describe('organisation access', () => {
  it('lets the legislature’s staff and administrators act for it, and no one else (drafts, consolidation use this)', () => {
    expect(actsForLegislature(staff, L1)).toBe(true);
    expect(actsForLegislature(admin, L1)).toBe(true);
    expect(actsForLegislature(staff, 'leg-2')).toBe(false);
    expect(actsForLegislature(head, L1)).toBe(false);
    expect(actsForLegislature(collector, L1)).toBe(false);
  });

  it('lets people read their own point, legislature staff their legislature’s points, admins all', () => {
    expect([admin, staff, head, deputy, collector].map((a) => canReadPoint(a, P1))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([admin, staff, head, deputy, collector].map((a) => canReadPoint(a, P2))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect([admin, staff].map((a) => canReadPoint(a, P3))).toEqual([true, false]);
  });

  it('lets only the head and liaison officer (and admins) change a point’s structure', () => {
    const liaison = actor(Role.LIAISON_OFFICER, { legislatureId: L1, contactPointId: P1.id });
    expect(
      [admin, staff, head, liaison, deputy, collector].map((a) => canManagePointStructure(a, P1)),
    ).toEqual([true, false, true, true, false, false]);
    expect(canManagePointStructure(head, P2)).toBe(false);
    expect([admin, staff, head].map((a) => canManageContactPoint(a, L1))).toEqual([true, true, false]);
  });

  it('shows phone numbers to the executing body and the legislature, not to collectors', () => {
    expect([admin, staff, head, deputy, collector].map((a) => canSeeContactDetails(a, P1))).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(canSeeContactDetails(head, P2)).toBe(false);
  });

  it('limits what a list shows', () => {
    expect(pointVisibility(admin)).toEqual({ all: true });
    expect(pointVisibility(staff)).toEqual({ all: false, legislatureIds: [L1], pointIds: [] });
    expect(pointVisibility(collector)).toEqual({ all: false, legislatureIds: [], pointIds: [P1.id] });
  });

  it('lets each manager grant only the roles below them, in their own organisation', () => {
    const inP1 = { legislatureId: L1, contactPointId: P1.id };
    expect(withinGrantScope(head, Role.COLLECTOR, inP1)).toBe(true);
    expect(withinGrantScope(head, Role.POINT_HEAD, inP1)).toBe(false);
    expect(withinGrantScope(head, Role.COLLECTOR, { legislatureId: L1, contactPointId: P2.id })).toBe(false);
    // The legislature never grants a role at a point: those roles read personal data and sign off the table.
    for (const role of [Role.POINT_HEAD, Role.DEPUTY_HEAD, Role.LIAISON_OFFICER, Role.EXPERT, Role.COLLECTOR])
      expect({ role, may: withinGrantScope(staff, role, inP1) }).toEqual({ role, may: false });
    expect(withinGrantScope(admin, Role.POINT_HEAD, inP1)).toBe(true);
    const liaison = actor(Role.LIAISON_OFFICER, { legislatureId: L1, contactPointId: P1.id });
    expect(
      [Role.COLLECTOR, Role.EXPERT, Role.DEPUTY_HEAD].map((r) => withinGrantScope(liaison, r, inP1)),
    ).toEqual([true, true, false]);
    expect(withinGrantScope(head, Role.DEPUTY_HEAD, inP1)).toBe(true);
    expect(withinGrantScope(staff, Role.LEGISLATURE_STAFF, { legislatureId: L1, contactPointId: null })).toBe(
      true,
    );
    expect(
      withinGrantScope(staff, Role.LEGISLATURE_STAFF, { legislatureId: 'leg-2', contactPointId: null }),
    ).toBe(false);
    expect(withinGrantScope(staff, Role.SYSTEM_ADMIN, { legislatureId: null, contactPointId: null })).toBe(
      false,
    );
    expect(withinGrantScope(collector, Role.COLLECTOR, inP1)).toBe(false);
  });

  it('lets a member’s standing change only by whoever could grant every role involved', () => {
    const inP1 = { legislatureId: L1, contactPointId: P1.id };
    const liaison = actor(Role.LIAISON_OFFICER, { legislatureId: L1, contactPointId: P1.id });
    const may = (a: Actor, roles: Role[], target = inP1) =>
      standingRefusal(a, { accountId: 'someone', revoked: roles, granted: roles }, target, []) === null;
    // The head's record: an administrator only.
    const headRoles = [roleOfPosition('POINT_HEAD')];
    expect([admin, head, liaison, deputy, staff].map((a) => may(a, headRoles))).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
    // A deputy head's record: the head too, not the liaison officer.
    const deputyRoles = [roleOfPosition('DEPUTY_HEAD')];
    expect([head, liaison].map((a) => may(a, deputyRoles))).toEqual([true, false]);
    // An expert whose account is also a deputy head's: the liaison may grant the one, not the other.
    expect(may(liaison, [Role.EXPERT])).toBe(true);
    expect(may(liaison, [Role.EXPERT, Role.DEPUTY_HEAD])).toBe(false);
    expect(may(liaison, [Role.COLLECTOR], { legislatureId: L1, contactPointId: P2.id })).toBe(false);
  });
});

describe('grant separation (F13)', () => {
  const inP1 = { legislatureId: L1, contactPointId: P1.id };
  const asAccount = (a: Actor, accountId: string): Actor => ({ ...a, accountId });
  const headAccount = asAccount(head, 'head-account');
  const noHead = { accountId: null, activeHeadAccountIds: [] };
  const headed = { accountId: null, activeHeadAccountIds: ['head-account'] };

  it('refuses everyone a grant or revocation on their own account, whatever the role', () => {
    for (const a of [admin, staff, headAccount, deputy, collector])
      for (const role of Object.values(Role)) {
        const own = { accountId: a.accountId, activeHeadAccountIds: [] };
        expect({ role, refusal: grantRefusal(a, role, inP1, own) }).toEqual({
          role,
          refusal: GrantRefusal.SELF_GRANT,
        });
        expect(revokeRefusal(a, role, inP1, a.accountId)).toBe(GrantRefusal.SELF_GRANT);
        expect(
          standingRefusal(a, { accountId: a.accountId, revoked: [], granted: [role] }, inP1, [])?.refusal,
        ).toBe(GrantRefusal.SELF_GRANT);
      }
  });

  it('lets an administrator staff the executing body only while the point has no active head', () => {
    for (const role of [Role.DEPUTY_HEAD, Role.LIAISON_OFFICER]) {
      expect(grantRefusal(admin, role, inP1, noHead)).toBeNull();
      expect(grantRefusal(admin, role, inP1, headed)).toBe(GrantRefusal.POINT_HAS_HEAD);
      expect(grantRefusal(headAccount, role, inP1, headed)).toBeNull();
      // Taking them away stays open to the administrator (a compromised point can be stopped).
      expect(revokeRefusal(admin, role, inP1, 'deputy-account')).toBeNull();
    }
    // Experts, units' administrators and collectors do not open the sign-off: unchanged.
    for (const role of [Role.EXPERT, Role.UNIT_ADMIN, Role.COLLECTOR])
      expect(grantRefusal(admin, role, inP1, headed)).toBeNull();
    // A head: one at a time, appointed by an administrator once the old one is switched off.
    expect(grantRefusal(admin, Role.POINT_HEAD, inP1, headed)).toBe(GrantRefusal.POINT_HEAD_EXISTS);
    expect(grantRefusal(admin, Role.POINT_HEAD, inP1, noHead)).toBeNull();
    expect(grantRefusal(headAccount, Role.POINT_HEAD, inP1, noHead)).toBe(GrantRefusal.NOT_GRANTABLE);
    // Reactivating the head's own account is no second head.
    expect(
      grantRefusal(admin, Role.POINT_HEAD, inP1, {
        accountId: 'head-account',
        activeHeadAccountIds: ['head-account'],
      }),
    ).toBeNull();
    // Another point's head changes nothing here.
    expect(grantRefusal(head, Role.DEPUTY_HEAD, { legislatureId: L1, contactPointId: P2.id }, headed)).toBe(
      GrantRefusal.NOT_GRANTABLE,
    );
  });

  it('checks a change of standing as revocations and grants', () => {
    const deputyOff = { accountId: 'deputy-account', revoked: [Role.DEPUTY_HEAD], granted: [] };
    const deputyOn = { accountId: 'deputy-account', revoked: [], granted: [Role.DEPUTY_HEAD] };
    expect(standingRefusal(admin, deputyOff, inP1, ['head-account'])).toBeNull();
    expect(standingRefusal(admin, deputyOn, inP1, ['head-account'])).toEqual({
      refusal: GrantRefusal.POINT_HAS_HEAD,
      role: Role.DEPUTY_HEAD,
    });
    expect(standingRefusal(admin, deputyOn, inP1, [])).toBeNull();
    expect(standingRefusal(headAccount, deputyOn, inP1, ['head-account'])).toBeNull();
  });
});

describe('passwordResetRefusal (who may set another account a temporary password)', () => {
  const at = (role: Role) => ({ role, legislatureId: L1, contactPointId: P1.id, liaisonUnitId: null });
  const liaison = actor(Role.LIAISON_OFFICER, { legislatureId: L1, contactPointId: P1.id });
  const headAt = (heads: string[]) => (id: string) => (id === P1.id ? heads : []);
  const other = { ...head, accountId: 'someone-else' };

  it('lets the head reset its executing body, experts and collectors; a liaison officer not a deputy head', () => {
    for (const role of [Role.DEPUTY_HEAD, Role.LIAISON_OFFICER, Role.EXPERT, Role.COLLECTOR])
      expect([role, passwordResetRefusal(other, 'x', [at(role)], headAt(['someone-else']))]).toEqual([
        role,
        null,
      ]);
    expect(passwordResetRefusal(liaison, 'x', [at(Role.DEPUTY_HEAD)], headAt(['h']))).toEqual({
      refusal: GrantRefusal.NOT_GRANTABLE,
      role: Role.DEPUTY_HEAD,
    });
    expect(passwordResetRefusal(liaison, 'x', [at(Role.POINT_HEAD)], headAt(['x']))?.refusal).toBe(
      GrantRefusal.NOT_GRANTABLE,
    );
  });

  it("keeps an administrator within the point rules: the head's own account yes, a deputy's at a headed point no", () => {
    expect(passwordResetRefusal(admin, 'h', [at(Role.POINT_HEAD)], headAt(['h']))).toBeNull();
    expect(passwordResetRefusal(admin, 'x', [at(Role.DEPUTY_HEAD)], headAt(['h']))?.refusal).toBe(
      GrantRefusal.POINT_HAS_HEAD,
    );
    expect(passwordResetRefusal(admin, 'x', [at(Role.DEPUTY_HEAD)], headAt([]))).toBeNull();
  });

  it('refuses one’s own account and, to all but an administrator, an account without roles', () => {
    expect(passwordResetRefusal(admin, admin.accountId, [], headAt([]))?.refusal).toBe(
      GrantRefusal.SELF_GRANT,
    );
    expect(passwordResetRefusal(head, 'x', [], headAt([]))?.refusal).toBe(GrantRefusal.NOT_GRANTABLE);
    expect(passwordResetRefusal(admin, 'x', [], headAt([]))).toBeNull();
  });
});
