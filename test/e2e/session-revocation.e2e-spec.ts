import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { SignJWT } from 'jose';
import request from 'supertest';
import { conflictRetries } from '@app/database';
import {
  AccountService,
  IDENTITY_OPTIONS,
  type IdentityOptions,
  SESSIONLESS_TOKEN_GRACE_SECONDS,
  SessionService,
  TokenService,
} from '@app/identity';
import { AccountCache } from '../../libs/identity/src/account-cache.js';
import { demoTaskRefs, errorOf, type TestApp, startTestApp } from '../support/test-app.js';

const LOGIN =
  'mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { accessToken refreshToken } }';
const REFRESH =
  'mutation($t: String!) { refreshSession(input: {refreshToken: $t}) { accessToken refreshToken } }';
const LOGOUT =
  'mutation($t: String!, $e: Boolean) { logout(input: {refreshToken: $t, everywhere: $e}) { everywhere } }';
const ME = '{ me { username } }';
const EXPORT =
  'mutation($i: ExportLedgerInput!) { exportEvaluation(input: $i) { url signedUrl signedUrlExpiresAt } }';
const SET_ACTIVE = 'mutation($input: SetAccountActiveInput!) { setAccountActive(input: $input) { active } }';
const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { id } }';
const PASSWORD = 'probe-password';

interface Session {
  accessToken: string;
  refreshToken: string;
}

/**
 * What a sign-out ends, at once: the access token of the signed-out device (not just its refresh token), and the signed
 * download links made in a sign-in that a password change, a sign-out (everywhere or of that device) or a deactivation
 * has ended. Every check runs with the account cache warm, since the requests before it were answered from it.
 */
describe('sign-out and revocation end access tokens and signed links at once', () => {
  let t: TestApp;
  let pointId: string;
  let admin: string;
  let head: string;
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    head = await t.login('head');
    ({ pointId } = await demoTaskRefs(t, head));
  });
  afterAll(() => t.close());

  const signIn = async (username: string, password = PASSWORD): Promise<Session> => {
    const res = await t.gql<{ login: Session }>(LOGIN, { u: username, p: password });
    expect(res.errors).toBeUndefined();
    return res.data!.login;
  };
  const me = (token: string) => t.gql<{ me: { username: string } }>(ME, {}, token);
  /** Used twice, so that its account (and the sign-in's state) is in the account cache. */
  const warm = async (token: string) => {
    for (let i = 0; i < 2; i++) expect((await me(token)).errors).toBeUndefined();
  };
  /** A fresh account with the demo deputy head's grants (may export the point's evaluation), of its own per test. */
  const probe = async () => {
    const accounts = t.app.get(AccountService);
    const [deputy] = await t.db.query<Array<{ id: string }>>(
      "SELECT id FROM account WHERE username = 'deputy'",
    );
    const grants = await accounts.grantsOf(deputy.id);
    const username = `revocation-${++n}`;
    const account = await t.db.transaction((em) =>
      accounts.create(em, { username, password: PASSWORD, displayName: username, grants }),
    );
    return { id: account.id, username };
  };
  const signedLink = async (token: string) => {
    const res = await t.gql<{ exportEvaluation: { signedUrl: string } }>(
      EXPORT,
      { i: { contactPointId: pointId, year: 2022 } },
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.exportEvaluation.signedUrl;
  };
  const open = async (link: string) => {
    const res = await request(t.app.getHttpServer()).get(link);
    return {
      status: res.status,
      error: res.body?.errors?.[0]?.extensions as Record<string, unknown> | undefined,
    };
  };
  const opens = async (link: string) => expect((await open(link)).status).toBe(200);
  const refused = async (link: string, reason: string) => {
    const res = await open(link);
    expect(res.status).toBe(401);
    expect(res.error).toMatchObject({ code: 'UNAUTHENTICATED', reason });
    return res;
  };

  it("refuses the signed-out device's access token on its very next request; the other device's lives on", async () => {
    const { username } = await probe();
    const phone = await signIn(username);
    const laptop = await signIn(username);
    await warm(phone.accessToken);
    await warm(laptop.accessToken);

    expect((await t.gql(LOGOUT, { t: phone.refreshToken })).errors).toBeUndefined();
    expect(errorOf(await me(phone.accessToken))).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_REVOKED',
      message: '本次登录已退出，访问令牌随之失效，请重新登录',
    });
    expect((await me(laptop.accessToken)).data).toEqual({ me: { username } });
    // A new sign-in on the phone is a session of its own.
    expect((await me((await signIn(username)).accessToken)).errors).toBeUndefined();
  });

  it('refuses every access token of the signed-out session, also those from before a refresh', async () => {
    const { username } = await probe();
    const first = await signIn(username);
    const renewed = await t.gql<{ refreshSession: Session }>(REFRESH, { t: first.refreshToken });
    expect(renewed.errors).toBeUndefined();
    const second = renewed.data!.refreshSession;
    await warm(first.accessToken);
    await warm(second.accessToken);

    expect((await t.gql(LOGOUT, { t: second.refreshToken })).errors).toBeUndefined();
    for (const token of [first.accessToken, second.accessToken]) {
      expect(errorOf(await me(token))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_REVOKED' });
    }
  });

  it('refuses the access tokens of a session revoked because its spent refresh token was replayed', async () => {
    const { username } = await probe();
    const first = await signIn(username);
    const next = (await t.gql<{ refreshSession: Session }>(REFRESH, { t: first.refreshToken })).data!
      .refreshSession;
    await warm(next.accessToken);
    expect(errorOf(await t.gql(REFRESH, { t: first.refreshToken })).reason).toBe('REFRESH_TOKEN_REUSED');
    expect(errorOf(await me(next.accessToken)).reason).toBe('TOKEN_REVOKED');
  });

  it("ends a signed link with its sign-in's sign-out, not with another device's", async () => {
    const { username } = await probe();
    const phone = await signIn(username);
    const laptop = await signIn(username);
    const fromPhone = await signedLink(phone.accessToken);
    const fromLaptop = await signedLink(laptop.accessToken);
    await opens(fromPhone);
    await opens(fromLaptop);

    expect((await t.gql(LOGOUT, { t: phone.refreshToken })).errors).toBeUndefined();
    await refused(fromPhone, 'TOKEN_REVOKED');
    await opens(fromLaptop);
  });

  it('refuses a signed link after its account changes the password', async () => {
    const { username } = await probe();
    const session = await signIn(username);
    const link = await signedLink(session.accessToken);
    await opens(link);
    const changed = await t.gql(
      CHANGE,
      { input: { currentPassword: PASSWORD, newPassword: 'probe-password-2' } },
      session.accessToken,
    );
    expect(changed.errors).toBeUndefined();
    await refused(link, 'TOKEN_REVOKED');
    // A link made after signing in with the new password opens.
    await opens(await signedLink((await signIn(username, 'probe-password-2')).accessToken));
  });

  it('refuses a signed link after a sign-out everywhere', async () => {
    const { username } = await probe();
    const session = await signIn(username);
    const other = await signIn(username);
    const link = await signedLink(session.accessToken);
    await opens(link);
    expect((await t.gql(LOGOUT, { t: other.refreshToken, e: true })).errors).toBeUndefined();
    await refused(link, 'TOKEN_REVOKED');
  });

  it('refuses a signed link of an account deactivated, and still after it is reactivated', async () => {
    const { id, username } = await probe();
    const link = await signedLink((await signIn(username)).accessToken);
    await opens(link);
    expect(
      (await t.gql(SET_ACTIVE, { input: { accountId: id, active: false } }, admin)).errors,
    ).toBeUndefined();
    await refused(link, 'ACCOUNT_INACTIVE');
    // Back on through the point's head: at a point with its head, a deputy's account is the head's to switch on
    // (POINT_HAS_HEAD for an administrator).
    expect(
      (await t.gql(SET_ACTIVE, { input: { accountId: id, active: true } }, head)).errors,
    ).toBeUndefined();
    await refused(link, 'TOKEN_REVOKED');
    const body = (await request(t.app.getHttpServer()).get(link)).body as {
      errors: Array<{ message: string }>;
    };
    expect(body.errors[0].message).toBe(
      '下载链接已失效（密码已修改、账号曾被停用或已退出登录），请重新登录后再导出',
    );
  });
  it("keeps a sign-out made while another transaction is open and then fails (SQLite: the write queue's group)", async () => {
    const { username } = await probe();
    const session = await signIn(username);
    await warm(session.accessToken);
    // A transaction that holds its group open (on SQLite every write shares one connection) and then fails: a write
    // made meanwhile outside the write queue ran inside it and was rolled back with it, after logout had answered.
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const failing = t.db.transaction(async (em) => {
      await em.query('SELECT 1');
      entered();
      await new Promise((resolve) => setTimeout(resolve, 300));
      throw new Error('a failing member');
    });
    await inside;
    const logout = t.gql(LOGOUT, { t: session.refreshToken });
    await expect(failing).rejects.toThrow('a failing member');
    expect((await logout).errors).toBeUndefined();
    expect(errorOf(await me(session.accessToken)).reason).toBe('TOKEN_REVOKED');
    expect(errorOf(await t.gql(REFRESH, { t: session.refreshToken })).reason).toBe('REFRESH_TOKEN_REVOKED');
    const [row] = await t.db.query<Array<{ n: number | string }>>(
      'SELECT COUNT(*) AS n FROM refresh_token WHERE token_hash IS NOT NULL AND revoked_at IS NULL AND account_id = (SELECT id FROM account WHERE username = ?)',
      [username],
    );
    expect(Number(row.n)).toBe(0);
  });

  it("forgets only the signed-out account's cached entry, not every account's", async () => {
    const a = await probe();
    const b = await probe();
    const aSession = await signIn(a.username);
    const bSession = await signIn(b.username);
    await warm(aSession.accessToken);
    await warm(bSession.accessToken);
    const cache = t.app.get(AccountCache, { strict: false });
    expect(cache.peek(b.id)?.id).toBe(b.id);
    expect((await t.gql(LOGOUT, { t: aSession.refreshToken })).errors).toBeUndefined();
    expect(cache.peek(a.id)).toBeUndefined();
    expect(cache.peek(b.id)?.id).toBe(b.id);
    expect(errorOf(await me(aSession.accessToken)).reason).toBe('TOKEN_REVOKED');
  });

  it('says a refresh raced by a sign-out was signed out, not that its token was used twice', async () => {
    const { username } = await probe();
    const session = await signIn(username);
    const accounts = t.app.get(AccountService);
    const sessions = t.app.get(SessionService);
    // The sign-out lands after the refresh read its token and before it spends it.
    const findById = accounts.findById.bind(accounts);
    const spy = jest.spyOn(accounts, 'findById').mockImplementationOnce(async (id, em) => {
      await sessions.logout(session.refreshToken, false);
      return findById(id, em);
    });
    try {
      expect(errorOf(await t.gql(REFRESH, { t: session.refreshToken }))).toEqual({
        code: 'UNAUTHENTICATED',
        reason: 'REFRESH_TOKEN_REVOKED',
        message: '本次登录已退出或已被撤销，请重新登录',
      });
    } finally {
      spy.mockRestore();
    }
  });

  it('lets a sign-out wait for a refresh holding its session, then revokes the new token too, without a deadlock', async () => {
    const { username } = await probe();
    const sessions = t.app.get(SessionService);
    const internals = sessions as unknown as { insertRefresh: (...args: unknown[]) => Promise<unknown> };
    const insertRefresh = internals.insertRefresh.bind(sessions);
    const retriedBefore = conflictRetries(t.db);
    // Several rounds: the new token's row lands before or after the spent one in the family_id index (ids are random),
    // and only before it did the old lock order deadlock.
    for (let round = 0; round < 4; round++) {
      const session = await signIn(username);
      let logout: Promise<unknown> | undefined;
      const spy = jest.spyOn(internals, 'insertRefresh').mockImplementationOnce(async (...args) => {
        // The refresh has spent its token (and holds what it locked); a sign-out of the session starts now.
        logout = sessions.logout(session.refreshToken, false);
        await new Promise((resolve) => setTimeout(resolve, 150));
        return insertRefresh(...args);
      });
      try {
        const renewed = await t.gql<{ refreshSession: Session }>(REFRESH, { t: session.refreshToken });
        await logout;
        // Whichever finished first, the session is signed out: the token the refresh issued included.
        if (!renewed.errors) {
          expect(errorOf(await t.gql(REFRESH, { t: renewed.data!.refreshSession.refreshToken })).reason).toBe(
            'REFRESH_TOKEN_REVOKED',
          );
          expect(errorOf(await me(renewed.data!.refreshSession.accessToken)).reason).toBe('TOKEN_REVOKED');
        }
      } finally {
        spy.mockRestore();
      }
    }
    expect(conflictRetries(t.db) - retriedBefore).toBe(0);
  });
  /** An access token signed with the app's real secret, with the given claims (`sid` left out when undefined). */
  const craft = async (accountId: string, claims: Record<string, unknown>, issuedAt: number) => {
    const options = t.app.get<IdentityOptions>(IDENTITY_OPTIONS);
    return new SignJWT({ ver: 0, ...claims })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(accountId)
      .setIssuer(options.issuer)
      .setAudience('minyi-api')
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + 15 * 60)
      .sign(new TextEncoder().encode(options.tokenSecret));
  };

  it("accepts the release before's token without a session during the rollout only, and ends it by a sign-out everywhere", async () => {
    const { id, username } = await probe();
    const now = Math.floor(Date.now() / 1000);
    const old = await craft(id, {}, now);
    expect((await me(old)).data).toEqual({ me: { username } });
    // Issued after the rollout's grace: no instance issues such a token any more.
    const late = await craft(id, {}, now + SESSIONLESS_TOKEN_GRACE_SECONDS + 60);
    expect(errorOf(await me(late)).reason).toBe('TOKEN_INVALID');
    const session = await signIn(username);
    expect((await t.gql(LOGOUT, { t: session.refreshToken, e: true })).errors).toBeUndefined();
    expect(errorOf(await me(old)).reason).toBe('TOKEN_REVOKED');
  });

  it('refuses a token whose session is empty or not a string', async () => {
    const { id } = await probe();
    const now = Math.floor(Date.now() / 1000);
    for (const sid of ['', 123, null, ['x']]) {
      expect(errorOf(await me(await craft(id, { sid }, now)))).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'TOKEN_INVALID',
      });
    }
  });

  it('hands every request the same frozen claims object, which no code can change', async () => {
    const { username } = await probe();
    const { accessToken } = await signIn(username);
    const tokens = t.app.get(TokenService);
    const claims = await tokens.verify(accessToken);
    expect(Object.isFrozen(claims)).toBe(true);
    expect(await tokens.verify(accessToken)).toBe(claims);
    expect(() => {
      (claims as { sessionId: string | null }).sessionId = null;
    }).toThrow(TypeError);
  });
});
