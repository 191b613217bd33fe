import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Not } from 'typeorm';
import { AuditRecordEntity } from '@app/audit/entities';
import { NotificationEntity } from '@app/consultation/entities';
import { AccountEntity } from '@app/identity/entities';
import { InformationCollectorEntity } from '@app/organization/entities';
import { errorOf, must, startTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

/**
 * Password reset (resetAccountPassword): a person who forgot their password gets a temporary one from whoever may
 * switch their account off and on — whoever may grant every role it holds. Every session of the account is signed out
 * at once, the reset is audited without the password, and the owner finds it in their inbox. Nobody resets their own
 * (修改密码 is for that), an inactive account is not reset, and a weak temporary password is refused by the policy.
 */
const RESET =
  'mutation($i: ResetAccountPasswordInput!) { resetAccountPassword(input: $i) { id username active } }';
const TEMPORARY = 'river-stone-lantern-42';

/** The refusal as a person and a client see it. */
function refusal(res: GqlResult<unknown>) {
  const error = res.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(res.data)}`);
  expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
  return {
    code: error.extensions.code,
    reason: error.extensions.reason,
    grantRefusal: error.extensions.grantRefusal,
    fields: error.extensions.fields?.map((f) => f.field),
    message: error.message,
  };
}

describe('password reset', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const accountOf = (username: string) => t.db.getRepository(AccountEntity).findOneByOrFail({ username });

  /** What a reset could write: every account's password and credentials, the audit trail, the inboxes. */
  async function written() {
    const accounts = (await t.db.getRepository(AccountEntity).find({ order: { id: 'ASC' } })).map((a) => ({
      id: a.id,
      passwordHash: a.passwordHash,
      credentialVersion: a.credentialVersion,
      active: a.active,
    }));
    return {
      accounts,
      // A refusal itself is on record (security.refused), outside the refused transaction; nothing else is.
      audit: await t.db.getRepository(AuditRecordEntity).countBy({ action: Not('security.refused') }),
      notifications: await t.db.getRepository(NotificationEntity).count(),
    };
  }
  const signIn = (username: string, password: string) =>
    t.gql<{ login: { accessToken: string; account: { mustChangePassword: boolean } } }>(
      'mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { accessToken account { mustChangePassword } } }',
      {
        u: username,
        p: password,
      },
    );

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['admin', 'head', 'deputy', 'liaison', 'collector', 'expert'])
      tokens[user] = await t.login(user);
  });
  afterAll(() => t.close());

  it("lets the point's head reset a collector's password: old password and old sessions dead, new one signs in, audited without it, the owner told", async () => {
    const collector = await accountOf('collector');
    expect(must(await t.gql<{ me: { id: string } }>('{ me { id } }', {}, tokens.collector)).me.id).toBe(
      collector.id,
    );

    const res = await t.gql<{ resetAccountPassword: { id: string; username: string; active: boolean } }>(
      RESET,
      { i: { accountId: collector.id, password: TEMPORARY } },
      tokens.head,
    );
    expect(must(res).resetAccountPassword).toEqual({ id: collector.id, username: 'collector', active: true });

    expect(errorOf(await signIn('collector', 'demo-password'))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_CREDENTIALS',
    });
    expect(errorOf(await t.gql('{ me { id } }', {}, tokens.collector))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_REVOKED',
    });
    const fresh = must(await signIn('collector', TEMPORARY));
    expect(fresh.login.account.mustChangePassword).toBe(true);
    expect(
      must(await t.gql<{ me: { id: string } }>('{ me { id } }', {}, fresh.login.accessToken)).me.id,
    ).toBe(collector.id);
    expect((await accountOf('collector')).credentialVersion).toBe(collector.credentialVersion + 1);
    // Marked to change the password at once: the sign-in says so, and so does `me`.
    expect(collector.mustChangePassword).toBe(false);
    expect(
      must(
        await t.gql<{ me: { mustChangePassword: boolean } }>(
          '{ me { mustChangePassword } }',
          {},
          fresh.login.accessToken,
        ),
      ).me.mustChangePassword,
    ).toBe(true);

    const audit = await t.db
      .getRepository(AuditRecordEntity)
      .findBy({ action: 'account.password_reset', entityId: collector.id });
    expect(audit.map((r) => ({ actor: r.actorUsername, type: r.entityType }))).toEqual([
      { actor: 'head', type: 'Account' },
    ]);
    const recorded = JSON.stringify(audit);
    expect(recorded).not.toContain(TEMPORARY);
    expect(recorded).not.toContain((await accountOf('collector')).passwordHash);

    tokens.collector = fresh.login.accessToken;
  });

  it('clears the mark when the person changes the temporary password (修改密码)', async () => {
    must(
      await t.gql(
        'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { id } }',
        { i: { currentPassword: TEMPORARY, newPassword: '北碚的清晨江雾很浓' } },
        tokens.collector,
      ),
    );
    expect((await accountOf('collector')).mustChangePassword).toBe(false);
    const again = must(await signIn('collector', '北碚的清晨江雾很浓'));
    expect(again.login.account.mustChangePassword).toBe(false);
    // The owner is told in the inbox (read once the password is changed: until then only 修改密码 is open).
    const inbox = must(
      await t.gql<{
        notifications: { edges: Array<{ node: { kind: string; title: string; body: string } }> };
      }>('{ notifications(first: 5) { edges { node { kind title body } } } }', {}, again.login.accessToken),
    )
      .notifications.edges.map((e) => e.node)
      .filter((n) => n.kind === 'PASSWORD_RESET');
    expect(inbox).toHaveLength(1);
    expect(inbox[0].title).toBe('您的登录密码已被重置');
    expect(inbox[0].body).toContain('修改密码');
    expect(inbox[0].body).not.toContain(TEMPORARY);
  });

  it("refuses a liaison officer the head's password (GRANT_FORBIDDEN, NOT_GRANTABLE), changing nothing", async () => {
    const head = await accountOf('head');
    const before = await written();
    const res = await t.gql(RESET, { i: { accountId: head.id, password: TEMPORARY } }, tokens.liaison);
    expect(refusal(res)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'GRANT_FORBIDDEN',
      grantRefusal: 'NOT_GRANTABLE',
      message: '无权重置该账号的密码：只有可以为该账号授予其全部角色的人员才能重置',
    });
    expect(await written()).toEqual(before);
    expect(errorOf(await signIn('head', TEMPORARY)).reason).toBe('INVALID_CREDENTIALS');
    expect(must(await t.gql('{ me { id } }', {}, tokens.head))).toBeTruthy();
  });

  it("refuses an administrator a deputy head's password at a point with an active head (POINT_HAS_HEAD)", async () => {
    const deputy = await accountOf('deputy');
    const before = await written();
    const res = await t.gql(RESET, { i: { accountId: deputy.id, password: TEMPORARY } }, tokens.admin);
    expect(refusal(res)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'GRANT_FORBIDDEN',
      grantRefusal: 'POINT_HAS_HEAD',
    });
    expect(await written()).toEqual(before);
  });

  it('refuses everyone their own password (SELF_GRANT, pointing to 修改密码), changing nothing', async () => {
    for (const user of ['head', 'admin', 'liaison']) {
      const own = await accountOf(user);
      const before = await written();
      const res = await t.gql(RESET, { i: { accountId: own.id, password: TEMPORARY } }, tokens[user]);
      expect([user, refusal(res)]).toEqual([
        user,
        {
          code: 'FORBIDDEN',
          reason: 'GRANT_FORBIDDEN',
          grantRefusal: 'SELF_GRANT',
          fields: undefined,
          message: '不能重置自己的密码：请在“修改密码”中修改',
        },
      ]);
      expect(await written()).toEqual(before);
    }
  });

  it("refuses a weak temporary password with the policy's reason on input.password, changing nothing", async () => {
    const expert = await accountOf('expert');
    const collector = await t.db
      .getRepository(InformationCollectorEntity)
      .findOneByOrFail({ accountId: (await accountOf('collector')).id });
    const cases: Array<[string, string, string]> = [
      [expert.id, 'woaini1314', 'PASSWORD_TOO_COMMON'],
      [expert.id, 'expert-2026', 'PASSWORD_CONTAINS_USERNAME'],
      [expert.id, '12345678', 'PASSWORD_TOO_COMMON'],
      // Too short is refused by the input's validation, as createAccount's initial password is.
      [expert.id, 'short', 'VALIDATION_FAILED'],
    ];
    if (collector.phone)
      cases.push([collector.accountId!, `${collector.phone}x`, 'PASSWORD_CONTAINS_PERSONAL_INFO']);
    for (const [accountId, password, reason] of cases) {
      const before = await written();
      const res = await t.gql(RESET, { i: { accountId, password } }, tokens.head);
      expect([password, refusal(res)]).toMatchObject([
        password,
        { code: 'BAD_USER_INPUT', reason, fields: ['input.password'] },
      ]);
      expect(await written()).toEqual(before);
    }
    expect(must(await t.gql('{ me { id } }', {}, tokens.expert))).toBeTruthy();
  });

  it('refuses to reset an inactive account (CONFLICT, ACCOUNT_INACTIVE)', async () => {
    const expert = await accountOf('expert');
    must(
      await t.gql(
        'mutation($i: SetAccountActiveInput!) { setAccountActive(input: $i) { id } }',
        { i: { accountId: expert.id, active: false } },
        tokens.head,
      ),
    );
    const before = await written();
    const res = await t.gql(RESET, { i: { accountId: expert.id, password: TEMPORARY } }, tokens.head);
    expect(refusal(res)).toMatchObject({ code: 'CONFLICT', reason: 'ACCOUNT_INACTIVE' });
    expect(refusal(res).message).toContain('已停用');
    expect(await written()).toEqual(before);
  });
});
