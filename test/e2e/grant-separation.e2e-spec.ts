import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Not } from 'typeorm';
import { AuditRecordEntity } from '@app/audit/entities';
import { AccountEntity, RoleAssignmentEntity } from '@app/identity/entities';
import {
  ExecutiveMemberEntity,
  InformationCollectorEntity,
  LiaisonUnitEntity,
} from '@app/organization/entities';
import { ExecutivePosition } from '@app/organization';
import { must, startTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

/**
 * Separation of grants (security finding F13). A system administrator may grant roles, but the executing body's roles
 * below the head (副点长, 联络员) read contributors' personal data and take part in the sign-off: once a point has an
 * active head, only that head staffs them — an administrator appoints heads, staffs a point without one (a new point,
 * or after switching off a head who left), and may always switch people off. And nobody changes their own roles.
 * Every refusal is FORBIDDEN / GRANT_FORBIDDEN with `extensions.grantRefusal`, and writes nothing.
 */
const CREATE = 'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }';
const ACTIVE = 'mutation($i: SetAccountActiveInput!) { setAccountActive(input: $i) { id active } }';
const UPDATE_MEMBER =
  'mutation($i: UpdateExecutiveMemberInput!) { updateExecutiveMember(input: $i) { id active position } }';
const UPDATE_COLLECTOR =
  'mutation($i: UpdateCollectorInput!) { updateCollector(input: $i) { id liaisonUnitId } }';
const OPTIONS = `query($id: ID!) { contactPoint(id: $id) {
  grantOptions { role grantable revocable refusal message } } }`;

interface Option {
  role: string;
  grantable: boolean;
  revocable: boolean;
  refusal: string | null;
  message: string | null;
}

const account = (username: string, role: string, organizationId: string, memberId?: string) => ({
  username,
  password: 'long-enough-pw',
  displayName: `测试${username}`,
  role,
  organizationId,
  ...(memberId ? { memberId } : {}),
});

/** The refusal as a person and a client see it: class, reason, why, and a message in Chinese. */
function refusal(res: GqlResult<unknown>) {
  const error = res.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(res.data)}`);
  expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
  return {
    code: error.extensions.code,
    reason: error.extensions.reason,
    grantRefusal: error.extensions.grantRefusal,
    message: error.message,
  };
}

describe('grant separation (F13)', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let pointId: string;
  let legislatureId: string;

  /** Everything a grant could write: the grants, the accounts' standing, the member records, the audit trail. */
  async function written() {
    const rows = async <T extends object>(entity: new () => T, keys: Array<keyof T>) =>
      (await t.db.getRepository(entity).find())
        .map((row) => Object.fromEntries(keys.map((k) => [k, row[k]])))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    return {
      grants: await rows(RoleAssignmentEntity, ['accountId', 'role', 'contactPointId', 'liaisonUnitId']),
      accounts: await rows(AccountEntity, ['id', 'username', 'active']),
      members: await rows(ExecutiveMemberEntity, ['id', 'position', 'active', 'accountId']),
      collectors: await rows(InformationCollectorEntity, ['id', 'liaisonUnitId', 'active', 'accountId']),
      // A refusal itself is on record (security.refused), outside the refused transaction; nothing else is.
      audit: await t.db.getRepository(AuditRecordEntity).countBy({ action: Not('security.refused') }),
    };
  }

  const body = async () =>
    (await t.db.getRepository(ExecutiveMemberEntity).findBy({ contactPointId: pointId })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
  const accountOf = async (username: string) =>
    (await t.db.getRepository(AccountEntity).findOneByOrFail({ username })).id;
  const options = async (token: string, point: string) =>
    Object.fromEntries(
      must(
        await t.gql<{ contactPoint: { grantOptions: Option[] } }>(OPTIONS, { id: point }, token),
      ).contactPoint.grantOptions.map((o) => [o.role, o]),
    );
  const signsIn = async (username: string) =>
    (
      await t.gql(
        'mutation($u: String!) { login(input: {username: $u, password: "long-enough-pw"}) { accessToken } }',
        { u: username },
      )
    ).errors === undefined;

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['admin', 'head', 'deputy', 'liaison']) tokens[user] = await t.login(user);
    const me = must(
      await t.gql<{ me: { roles: Array<{ contactPointId: string; legislatureId: string }> } }>(
        '{ me { roles { contactPointId legislatureId } } }',
        {},
        tokens.head,
      ),
    );
    pointId = me.me.roles[0].contactPointId;
    legislatureId = me.me.roles[0].legislatureId;
  });
  afterAll(() => t.close());

  it('seeds the demo through the head: the administrator appointed 点长, the head granted 副点长 and 联络员', async () => {
    const created = await t.db.getRepository(AuditRecordEntity).findBy({ action: 'account.create' });
    const by = (username: string) =>
      created.find((r) => r.after?.includes(`"username":"${username}"`))?.actorUsername;
    expect({ head: by('head'), deputy: by('deputy'), liaison: by('liaison') }).toEqual({
      head: 'admin',
      deputy: 'head',
      liaison: 'head',
    });
  });

  it('refuses everyone a change of their own roles (SELF_GRANT), writing nothing', async () => {
    const members = await body();
    const headRecord = members.find((m) => m.position === ExecutivePosition.POINT_HEAD)!;
    const liaisonRecord = members.find(
      (m) => m.position === ExecutivePosition.LIAISON_OFFICER && m.accountId,
    )!;
    // An administrator's account hanging on a collector's record (no API links one; here for "every actor").
    const collector = (
      await t.db.getRepository(InformationCollectorEntity).findBy({ contactPointId: pointId, active: true })
    ).find((c) => !c.accountId)!;
    const otherUnit = (await t.db.getRepository(LiaisonUnitEntity).findBy({ contactPointId: pointId })).find(
      (u) => u.id !== collector.liaisonUnitId && u.active,
    )!;
    await t.db
      .getRepository(InformationCollectorEntity)
      .update({ id: collector.id }, { accountId: await accountOf('admin') });
    const before = await written();

    const attempts: Array<[string, string, Record<string, unknown>]> = [
      // The head making themselves a deputy (and so, in time, someone else the head), the liaison officer a deputy.
      ['head', UPDATE_MEMBER, { id: headRecord.id, position: 'DEPUTY_HEAD' }],
      ['liaison', UPDATE_MEMBER, { id: liaisonRecord.id, position: 'DEPUTY_HEAD' }],
      ['liaison', UPDATE_MEMBER, { id: liaisonRecord.id, position: 'POINT_HEAD' }],
      // The administrator, who may grant any role, not on its own account either.
      ['admin', UPDATE_COLLECTOR, { id: collector.id, liaisonUnitId: otherUnit.id }],
    ];
    for (const [user, doc, input] of attempts) {
      const res = refusal(await t.gql(doc, { i: input }, tokens[user]));
      expect({ user, input, ...res, message: undefined }).toEqual({
        user,
        input,
        code: 'FORBIDDEN',
        reason: 'GRANT_FORBIDDEN',
        grantRefusal: 'SELF_GRANT',
        message: undefined,
      });
      expect(res.message).toContain('不能改变自己的任职');
    }
    expect(await written()).toEqual(before);
    await t.db.getRepository(InformationCollectorEntity).update({ id: collector.id }, { accountId: null });
  });

  it('refuses an administrator 副点长 and 联络员 at a point that has a head (POINT_HAS_HEAD), writing nothing', async () => {
    const unlinkedDeputy = (await body()).find(
      (m) => m.position === ExecutivePosition.DEPUTY_HEAD && !m.accountId,
    )!;
    const before = await written();
    for (const input of [
      account('admin-deputy', 'DEPUTY_HEAD', pointId),
      account('admin-liaison', 'LIAISON_OFFICER', pointId),
      account('admin-chen', 'DEPUTY_HEAD', pointId, unlinkedDeputy.id),
    ]) {
      const res = refusal(await t.gql(CREATE, { i: input }, tokens.admin));
      expect({ username: input.username, ...res, message: undefined }).toEqual({
        username: input.username,
        code: 'FORBIDDEN',
        reason: 'GRANT_FORBIDDEN',
        grantRefusal: 'POINT_HAS_HEAD',
        message: undefined,
      });
      // It tells the administrator whom to ask.
      expect(res.message).toContain('只能由该联系点的点长授予');
      expect(res.message).toContain('请联系点长办理');
      expect(await signsIn(input.username)).toBe(false);
    }
    // Nor through a member record: another position for a deputy is a grant of that position.
    const deputy = (await body()).find((m) => m.position === ExecutivePosition.DEPUTY_HEAD && m.accountId)!;
    expect(
      refusal(await t.gql(UPDATE_MEMBER, { i: { id: deputy.id, position: 'LIAISON_OFFICER' } }, tokens.admin))
        .grantRefusal,
    ).toBe('POINT_HAS_HEAD');
    expect(await written()).toEqual(before);

    // The point's grant options say the same, for the page to offer only what the administrator may do.
    const offered = await options(tokens.admin, pointId);
    expect(offered.DEPUTY_HEAD).toMatchObject({
      grantable: false,
      revocable: true,
      refusal: 'POINT_HAS_HEAD',
    });
    expect(offered.LIAISON_OFFICER).toMatchObject({
      grantable: false,
      revocable: true,
      refusal: 'POINT_HAS_HEAD',
    });
    expect(offered.DEPUTY_HEAD.message).toContain('请联系点长办理');
    expect(offered.POINT_HEAD).toMatchObject({ grantable: false, refusal: 'POINT_HEAD_EXISTS' });
    expect(offered.EXPERT).toMatchObject({ grantable: true, refusal: null });
    // Experts, units' administrators and collectors are still the administrator's to grant.
    expect(
      (await t.gql(CREATE, { i: account('admin-expert', 'EXPERT', pointId) }, tokens.admin)).errors,
    ).toBeUndefined();
  });

  it('adds a record of the executing body only for whoever may grant its 职务 (review SEC-1), writing nothing else', async () => {
    const ADD =
      'mutation($i: AddExecutiveMemberInput!) { addExecutiveMember(input: $i) { id position } }';
    const add = (token: string, name: string, position: string) =>
      t.gql(ADD, { i: { contactPointId: pointId, name, position } }, token);
    const before = await written();
    // The liaison officer edits the structure but grants no executing-body role: a fake 点长 record would have blocked
    // the real head (POINT_HEAD_EXISTS), a 副点长 record waited for an account.
    for (const position of ['POINT_HEAD', 'DEPUTY_HEAD', 'LIAISON_OFFICER'])
      expect(refusal(await add(tokens.liaison, '假成员', position))).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'GRANT_FORBIDDEN',
        grantRefusal: 'NOT_GRANTABLE',
        message: expect.stringMatching(/^无权添加.*由点长添加/),
      });
    // An administrator at a point with its head: the head staffs it; a second head is a conflict as ever.
    expect(refusal(await add(tokens.admin, '管理员的副点长', 'DEPUTY_HEAD'))).toMatchObject({
      code: 'FORBIDDEN',
      grantRefusal: 'POINT_HAS_HEAD',
    });
    expect(refusal(await add(tokens.admin, '第二点长', 'POINT_HEAD'))).toMatchObject({
      code: 'CONFLICT',
      reason: 'POINT_HEAD_EXISTS',
    });
    expect(await written()).toEqual(before);
    // The head adds a deputy.
    expect(must(await add(tokens.head, '新副点长', 'DEPUTY_HEAD'))).toMatchObject({
      addExecutiveMember: { position: 'DEPUTY_HEAD' },
    });
  });

  it('lets an administrator always switch the executing body off, but back on only through the head', async () => {
    const deputyId = await accountOf('deputy');
    must(await t.gql(ACTIVE, { i: { accountId: deputyId, active: false } }, tokens.admin));
    const switchedOff = await written();
    expect(
      refusal(await t.gql(ACTIVE, { i: { accountId: deputyId, active: true } }, tokens.admin)),
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'GRANT_FORBIDDEN', grantRefusal: 'POINT_HAS_HEAD' });
    expect(await written()).toEqual(switchedOff);
    must(await t.gql(ACTIVE, { i: { accountId: deputyId, active: true } }, tokens.head));

    // The same through the member record.
    const record = (await body()).find((m) => m.accountId === deputyId)!;
    must(await t.gql(UPDATE_MEMBER, { i: { id: record.id, active: false } }, tokens.admin));
    const recordOff = await written();
    expect(
      refusal(await t.gql(UPDATE_MEMBER, { i: { id: record.id, active: true } }, tokens.admin)).grantRefusal,
    ).toBe('POINT_HAS_HEAD');
    expect(await written()).toEqual(recordOff);
    must(await t.gql(UPDATE_MEMBER, { i: { id: record.id, active: true } }, tokens.head));
    tokens.deputy = await t.login('deputy');
  });

  it('lets the head staff their point', async () => {
    const unlinkedDeputy = (await body()).find(
      (m) => m.position === ExecutivePosition.DEPUTY_HEAD && !m.accountId,
    )!;
    const offered = await options(tokens.head, pointId);
    expect(offered.DEPUTY_HEAD).toMatchObject({ grantable: true, refusal: null });
    expect(offered.POINT_HEAD).toMatchObject({ grantable: false, refusal: 'NOT_GRANTABLE' });
    must(
      await t.gql(
        CREATE,
        { i: account('head-chen', 'DEPUTY_HEAD', pointId, unlinkedDeputy.id) },
        tokens.head,
      ),
    );
    must(await t.gql(CREATE, { i: account('head-liaison', 'LIAISON_OFFICER', pointId) }, tokens.head));
    expect(await signsIn('head-chen')).toBe(true);
    expect((await body()).find((m) => m.id === unlinkedDeputy.id)!.accountId).toBe(
      await accountOf('head-chen'),
    );
  });

  it('lets an administrator set up a point without a head, and replace a head who left', async () => {
    const point = must(
      await t.gql<{ createContactPoint: { id: string } }>(
        'mutation($i: CreateContactPointInput!) { createContactPoint(input: $i) { id } }',
        {
          i: {
            legislatureId,
            name: '（测试）新设联系点',
            hostInstitution: '测试街道办事处',
            level: 'CITY',
            kind: 'STREET_TOWN',
            designatedOn: '2026-01-01',
          },
        },
        tokens.admin,
      ),
    ).createContactPoint.id;
    expect((await options(tokens.admin, point)).DEPUTY_HEAD).toMatchObject({
      grantable: true,
      refusal: null,
    });
    // No head yet: the administrator sets up the executing body, the head included.
    must(await t.gql(CREATE, { i: account('new-liaison', 'LIAISON_OFFICER', point) }, tokens.admin));
    const firstHead = must(
      await t.gql<{ createAccount: { id: string } }>(
        CREATE,
        { i: account('new-head', 'POINT_HEAD', point) },
        tokens.admin,
      ),
    ).createAccount.id;
    // From now on the head staffs it.
    expect(
      refusal(await t.gql(CREATE, { i: account('new-deputy-admin', 'DEPUTY_HEAD', point) }, tokens.admin))
        .grantRefusal,
    ).toBe('POINT_HAS_HEAD');
    const newHead = await t.login('new-head', 'long-enough-pw');
    must(await t.gql(CREATE, { i: account('new-deputy', 'DEPUTY_HEAD', point) }, newHead));

    // The head leaves: the administrator switches the account off, staffs the point and appoints the successor.
    must(await t.gql(ACTIVE, { i: { accountId: firstHead, active: false } }, tokens.admin));
    expect((await options(tokens.admin, point)).DEPUTY_HEAD).toMatchObject({ grantable: true });
    must(await t.gql(CREATE, { i: account('interim-deputy', 'DEPUTY_HEAD', point) }, tokens.admin));
    must(await t.gql(CREATE, { i: account('next-head', 'POINT_HEAD', point) }, tokens.admin));
    expect(
      refusal(await t.gql(CREATE, { i: account('late-deputy', 'DEPUTY_HEAD', point) }, tokens.admin))
        .grantRefusal,
    ).toBe('POINT_HAS_HEAD');
    // Whatever was granted while no head was in office reaches the heads switched off, should they come back
    // (review SEC-2: switching the head off, staffing the point and switching the head on went unseen).
    const toldFirstHead = await t.db.query<Array<{ title: string }>>(
      'SELECT title FROM notification WHERE account_id = ? AND kind = ?',
      [firstHead, 'ROLE_GRANTED'],
    );
    expect(toldFirstHead.map((n) => n.title)).toEqual(
      expect.arrayContaining([expect.stringMatching(/新开通了副点长账号/)]),
    );
    // The old head does not come back beside the new one.
    expect(
      refusal(await t.gql(ACTIVE, { i: { accountId: firstHead, active: true } }, tokens.admin)),
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'POINT_HEAD_EXISTS',
    });
    for (const username of ['new-liaison', 'new-deputy', 'interim-deputy', 'next-head'])
      expect({ username, signsIn: await signsIn(username) }).toEqual({ username, signsIn: true });
    expect(await signsIn('new-head')).toBe(false);
  });
});
