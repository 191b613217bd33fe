import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { pino } from 'pino';
import request from 'supertest';
import { Clock } from '@app/common';
import { AuditRecordEntity } from '@app/audit/entities';
import { AccountService, LOGIN_LIMITS, PasswordService, Role, SESSION_DEFAULTS } from '@app/identity';
import { AccountEntity, RefreshTokenEntity } from '@app/identity/entities';
import { demoTaskRefs, errorOf, startTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

const LOGIN =
  'mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { accessToken expiresAt refreshToken refreshExpiresAt } }';
const REFRESH =
  'mutation($t: String!) { refreshSession(input: {refreshToken: $t}) { accessToken tokenType expiresAt refreshToken refreshExpiresAt } }';
const LOGOUT =
  'mutation($t: String!, $e: Boolean) { logout(input: {refreshToken: $t, everywhere: $e}) { everywhere } }';
const ME = '{ me { username } }';

interface Session {
  accessToken: string;
  expiresAt: string;
  refreshToken: string;
  refreshExpiresAt: string;
}

/**
 * Sessions and sign-in as an attacker tries them: tokens from before a password change or a deactivation, refresh
 * tokens replayed, guesses from one address against an account used from another, and the traces left behind.
 */
describe('sessions, sign-in throttling and security events', () => {
  let t: TestApp;
  const lines: Array<Record<string, unknown>> = [];
  const raw: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        raw.push(chunk.toString());
        for (const line of chunk.toString().split('\n').filter(Boolean))
          lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    t = await startTestApp({ env: { TRUST_PROXY: 'loopback' }, logger: pino({ level: 'info' }, sink) });
  });
  afterAll(() => t.close());

  /** A GraphQL call from a given client address (believed because the test trusts the loopback proxy). */
  const from = async <T>(
    address: string,
    query: string,
    variables: Record<string, unknown>,
    token?: string,
  ) => {
    const call = request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-for', address);
    if (token) call.set('authorization', `Bearer ${token}`);
    const res = await call.send({ query, variables });
    return { status: res.status, data: res.body.data ?? null, errors: res.body.errors } as GqlResult<T>;
  };
  const signIn = async (username: string, password = 'demo-password') => {
    const res = await t.gql<{ login: Session }>(LOGIN, { u: username, p: password });
    expect(res.errors).toBeUndefined();
    return res.data!.login;
  };
  const refresh = (token: string) => t.gql<{ refreshSession: Session }>(REFRESH, { t: token });

  it('issues a short access token and a refresh token of the named lifetimes', async () => {
    const before = Date.now();
    const session = await signIn('head');
    const accessMs = new Date(session.expiresAt).getTime() - before;
    const refreshMs = new Date(session.refreshExpiresAt).getTime() - before;
    expect(Math.round(accessMs / 1000 / 60)).toBe(SESSION_DEFAULTS.accessTtlSeconds / 60);
    expect(Math.round(refreshMs / 1000 / 3600)).toBe(SESSION_DEFAULTS.refreshTtlSeconds / 3600);
    expect(session.refreshToken).toMatch(/^[\w-]{43}$/);
    // Stored only as a hash.
    const stored = await t.db.getRepository(RefreshTokenEntity).find();
    expect(stored.some((r) => r.tokenHash.includes(session.refreshToken))).toBe(false);
  });

  it('refuses a token from before a password change at once, and the refresh token with it', async () => {
    const session = await signIn('deputy');
    const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { id } }';
    const changed = await t.gql(
      CHANGE,
      { input: { currentPassword: 'demo-password', newPassword: 'deputy-new-password' } },
      session.accessToken,
    );
    expect(changed.errors).toBeUndefined();
    expect(errorOf(await t.gql(ME, {}, session.accessToken))).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_REVOKED',
      message: '登录凭据已失效（密码已修改、账号曾被停用或已在所有设备退出），请重新登录',
    });
    expect(errorOf(await refresh(session.refreshToken))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_REVOKED',
    });
    const again = await signIn('deputy', 'deputy-new-password');
    expect((await t.gql(ME, {}, again.accessToken)).data).toEqual({ me: { username: 'deputy' } });
  });

  it('refuses the old token of an account deactivated and then reactivated', async () => {
    const admin = (await signIn('admin')).accessToken;
    const unit = await signIn('unit');
    const me = await t.gql<{ me: { id: string } }>('{ me { id } }', {}, unit.accessToken);
    const SET = 'mutation($input: SetAccountActiveInput!) { setAccountActive(input: $input) { active } }';
    for (const active of [false, true]) {
      const res = await t.gql(SET, { input: { accountId: me.data!.me.id, active } }, admin);
      expect(res.errors).toBeUndefined();
    }
    expect(errorOf(await t.gql(ME, {}, unit.accessToken))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_REVOKED',
    });
    expect(errorOf(await refresh(unit.refreshToken)).reason).toBe('TOKEN_REVOKED');
    expect((await t.gql(ME, {}, (await signIn('unit')).accessToken)).errors).toBeUndefined();
  });

  it('rotates the refresh token on each use; replaying a spent one revokes the whole sign-in', async () => {
    const first = await signIn('liaison');
    const second = await refresh(first.refreshToken);
    expect(second.errors).toBeUndefined();
    const next = second.data!.refreshSession;
    expect(next.refreshToken).not.toBe(first.refreshToken);
    expect((await t.gql(ME, {}, next.accessToken)).data).toEqual({ me: { username: 'liaison' } });

    // The spent token again: someone holds a copy. Refused, and the live token of the family dies too.
    expect(errorOf(await refresh(first.refreshToken))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'REFRESH_TOKEN_REUSED',
    });
    expect(errorOf(await refresh(next.refreshToken))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'REFRESH_TOKEN_REVOKED',
    });
    // Another sign-in of the same account is a family of its own and unaffected.
    const other = await signIn('liaison');
    expect((await refresh(other.refreshToken)).errors).toBeUndefined();
  });

  it('lets exactly one of two concurrent uses of a refresh token win', async () => {
    const session = await signIn('liaison');
    const results = await Promise.all([refresh(session.refreshToken), refresh(session.refreshToken)]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
  });

  it('slides the refresh lifetime with each use, and ends an unused one after it', async () => {
    const session = await signIn('collector');
    const clock = t.app.get(Clock);
    const day = 24 * 3600_000;
    const spy = jest.spyOn(clock, 'now');
    try {
      // Used every 10 days, a sign-in lives on past the 14 days (no password every hour, nor every fortnight).
      spy.mockReturnValue(new Date(Date.now() + 10 * day));
      const renewed = await refresh(session.refreshToken);
      expect(renewed.errors).toBeUndefined();
      spy.mockReturnValue(new Date(Date.now() + 20 * day));
      const again = await refresh(renewed.data!.refreshSession.refreshToken);
      expect(again.errors).toBeUndefined();
      // Left unused beyond its lifetime, it expires.
      spy.mockReturnValue(new Date(Date.now() + 35 * day));
      expect(errorOf(await refresh(again.data!.refreshSession.refreshToken))).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'REFRESH_TOKEN_EXPIRED',
      });
    } finally {
      spy.mockRestore();
    }
  });

  it('signs out one device with logout, and every device with everywhere', async () => {
    const phone = await signIn('collector');
    const laptop = await signIn('collector');
    expect((await t.gql(LOGOUT, { t: phone.refreshToken })).data).toEqual({ logout: { everywhere: false } });
    expect(errorOf(await refresh(phone.refreshToken)).reason).toBe('REFRESH_TOKEN_REVOKED');
    expect((await t.gql(ME, {}, laptop.accessToken)).errors).toBeUndefined();

    expect((await t.gql(LOGOUT, { t: laptop.refreshToken, e: true })).data).toEqual({
      logout: { everywhere: true },
    });
    expect(errorOf(await t.gql(ME, {}, laptop.accessToken)).reason).toBe('TOKEN_REVOKED');
    expect(errorOf(await refresh(laptop.refreshToken)).reason).toBe('REFRESH_TOKEN_REVOKED');
  });

  it('locks out the guessing address only: the right password from another address still signs in', async () => {
    for (let i = 0; i < LOGIN_LIMITS.freeFailuresPerAddress; i++) {
      expect(errorOf(await from('203.0.113.7', LOGIN, { u: 'head', p: `guess-${i}` })).reason).toBe(
        'INVALID_CREDENTIALS',
      );
    }
    const locked = await from('203.0.113.7', LOGIN, { u: 'head', p: 'demo-password' });
    expect(errorOf(locked)).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'LOGIN_LOCKED' });
    expect(locked.errors![0].extensions.retryAfterSeconds).toBe(60);
    expect(locked.errors![0].message).toContain('请 1 分钟后再试');

    const owner = await from<{ login: Session }>('198.51.100.20', LOGIN, { u: 'head', p: 'demo-password' });
    expect(owner.errors).toBeUndefined();
    expect(owner.data!.login.accessToken).toBeTruthy();
  });

  /** An account of the test's own (the demo's are shared by the other tests), password `probe-password`. */
  const newAccount = (username: string) =>
    t.db.transaction((em) =>
      t.app.get(AccountService).create(em, {
        username,
        password: 'probe-password',
        displayName: username,
        grants: [{ role: Role.SYSTEM_ADMIN, legislatureId: null, contactPointId: null, liaisonUnitId: null }],
      }),
    );
  const CHANGE_PASSWORD = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { id } }';

  it('checks the current password of a password change through the sign-in throttle, and records each failure (F4)', async () => {
    // A phone left signed in, or a stolen access token: the thief tries passwords through changePassword.
    await newAccount('pw-oracle');
    const token = (await signIn('pw-oracle', 'probe-password')).accessToken;
    const thief = '203.0.113.40';
    const change = (currentPassword: string) =>
      from(thief, CHANGE_PASSWORD, { input: { currentPassword, newPassword: 'thief-new-password' } }, token);
    for (let i = 0; i < LOGIN_LIMITS.freeFailuresPerAddress; i++) {
      expect(errorOf(await change(`guess-${i}`))).toEqual({
        code: 'UNAUTHENTICATED',
        reason: 'INVALID_CREDENTIALS',
        message: '当前密码不正确',
      });
    }
    // The right guess now gets sign-in's refusal, which says nothing about the guess.
    const right = await change('probe-password');
    expect(errorOf(right)).toEqual({
      code: 'TOO_MANY_REQUESTS',
      reason: 'LOGIN_LOCKED',
      message: '从当前网络登录该账号失败次数过多，请 1 分钟后再试',
    });
    expect(right.errors![0].extensions.retryAfterSeconds).toBe(60);
    // Counted with sign-in's failures: signing in to the account from that address is locked as well.
    expect(errorOf(await from(thief, LOGIN, { u: 'pw-oracle', p: 'probe-password' })).reason).toBe(
      'LOGIN_LOCKED',
    );
    // Nothing was changed: the owner signs in elsewhere with the password they know.
    expect(
      (await from('198.51.100.40', LOGIN, { u: 'pw-oracle', p: 'probe-password' })).errors,
    ).toBeUndefined();

    // Each refusal is a security event: in the audit trail under the account, and in the log with the address.
    const rows = await t.db.getRepository(AuditRecordEntity).findBy({ actorUsername: 'pw-oracle' });
    const actions = rows.map((r) => r.action).filter((a) => a.startsWith('security.'));
    expect(actions.filter((a) => a === 'security.passwordFailed')).toHaveLength(
      LOGIN_LIMITS.freeFailuresPerAddress,
    );
    expect(actions.filter((a) => a === 'security.passwordThrottled')).toHaveLength(1);
    expect(rows.find((r) => r.action === 'security.passwordThrottled')).toMatchObject({
      entityType: 'Account',
    });
    expect(
      lines.filter(
        (l) => l.event === 'changePassword.failed' && l.address === thief && l.username === 'pw-oracle',
      ),
    ).toHaveLength(LOGIN_LIMITS.freeFailuresPerAddress);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 40, event: 'changePassword.throttled', reason: 'LOGIN_LOCKED' }),
    );
    expect(raw.join('')).not.toContain('guess-1');
  });

  it('verifies the current password and hashes the new one before opening the transaction; a change made meanwhile wins (S5)', async () => {
    await newAccount('pw-outside');
    const token = (await signIn('pw-outside', 'probe-password')).accessToken;
    const passwords = t.app.get(PasswordService);
    const db = t.db;
    const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
    let open = 0;
    const seenOpen: number[] = [];
    const inTransaction = jest.spyOn(db, 'transaction').mockImplementation(async (...args: unknown[]) => {
      open += 1;
      try {
        return await transaction(...args);
      } finally {
        open -= 1;
      }
    });
    const verify = jest.spyOn(passwords, 'verify').mockImplementation(async function (
      this: unknown,
      ...args
    ) {
      seenOpen.push(open);
      return PasswordService.prototype.verify.apply(passwords, args);
    });
    const hash = jest.spyOn(passwords, 'hash').mockImplementation(async function (this: unknown, ...args) {
      seenOpen.push(open);
      return PasswordService.prototype.hash.apply(passwords, args);
    });
    try {
      const changed = await from(
        '198.51.100.50',
        CHANGE_PASSWORD,
        { input: { currentPassword: 'probe-password', newPassword: 'outside-new-password' } },
        token,
      );
      expect(changed.errors).toBeUndefined();
    } finally {
      inTransaction.mockRestore();
      verify.mockRestore();
      hash.mockRestore();
    }
    expect(seenOpen).toEqual([0, 0]);
    expect(
      (await from('198.51.100.50', LOGIN, { u: 'pw-outside', p: 'outside-new-password' })).errors,
    ).toBeUndefined();

    // Two changes verified together: the first stored wins, the second is refused and writes nothing.
    const accounts = t.app.get(AccountService);
    const [account] = await t.db.getRepository(AccountEntity).findBy({ username: 'pw-outside' });
    const first = await accounts.verifyPasswordChange(
      account.id,
      'outside-new-password',
      'first-new-password',
      'x',
    );
    const second = await accounts.verifyPasswordChange(
      account.id,
      'outside-new-password',
      'second-new-password',
      'x',
    );
    await t.db.transaction((em) => accounts.changePassword(em, first));
    await expect(t.db.transaction((em) => accounts.changePassword(em, second))).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'PASSWORD_CHANGED_MEANWHILE',
    });
    expect(
      (await from('198.51.100.50', LOGIN, { u: 'pw-outside', p: 'first-new-password' })).errors,
    ).toBeUndefined();
  });

  it('refuses a new password equal to the current one alike whether the current one is right or not (F4)', async () => {
    await newAccount('pw-same');
    const token = (await signIn('pw-same', 'probe-password')).accessToken;
    const same = (password: string) =>
      from(
        '203.0.113.41',
        CHANGE_PASSWORD,
        { input: { currentPassword: password, newPassword: password } },
        token,
      );
    const wrong = await same('guess-same-1');
    const right = await same('probe-password');
    expect(errorOf(right)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'PASSWORD_UNCHANGED',
      message: '新密码不能与当前密码相同',
    });
    expect(wrong.errors).toEqual(right.errors);
    // The password is not verified for it, so repeating it counts as no failure.
    for (let i = 0; i < LOGIN_LIMITS.freeFailuresPerAddress; i++) await same(`guess-same-${i}`);
    expect((await from('203.0.113.41', LOGIN, { u: 'pw-same', p: 'probe-password' })).errors).toBeUndefined();
  });

  it('under a spray of wrong passwords from many addresses refuses the sprayers, not the owner from a new address (F9)', async () => {
    await newAccount('sprayed');
    // 100 wrong passwords (the account's hourly ceiling), each address stopping one short of its own wait.
    const perAddress = LOGIN_LIMITS.freeFailuresPerAddress - 1;
    const sprayers = Array.from(
      { length: Math.ceil(LOGIN_LIMITS.failuresPerAccount / perAddress) },
      (_, i) => `198.18.0.${i + 1}`,
    );
    const reasons = await Promise.all(
      sprayers.map(async (address) => {
        const seen: Array<string | undefined> = [];
        for (let i = 0; i < perAddress; i++) {
          seen.push(errorOf(await from(address, LOGIN, { u: 'sprayed', p: `spray-${address}-${i}` })).reason);
        }
        return seen;
      }),
    );
    expect(new Set(reasons.flat())).toEqual(new Set(['INVALID_CREDENTIALS']));

    // The sprayers are refused from now on, the right password included.
    const refused = await from(sprayers[0], LOGIN, { u: 'sprayed', p: 'probe-password' });
    expect(errorOf(refused)).toEqual({
      code: 'TOO_MANY_REQUESTS',
      reason: 'LOGIN_ACCOUNT_THROTTLED',
      // The account's hour started with the spray a moment ago: 60 分钟 left, give or take a second.
      message: expect.stringMatching(
        /^该账号近一小时登录失败次数异常多，当前网络近 24 小时内有登录该账号失败的记录，已暂停从当前网络登录该账号。请在以前登录过的网络（如办公室）登录，或 (60 分钟|1 小时)后再试；如异常登录仍在继续，当前网络最长需等待 24 小时$/,
      ),
    });
    // A further address gets one guess, then it is refused as they are.
    expect(errorOf(await from('198.18.1.1', LOGIN, { u: 'sprayed', p: 'one-more-guess' })).reason).toBe(
      'INVALID_CREDENTIALS',
    );
    expect(errorOf(await from('198.18.1.1', LOGIN, { u: 'sprayed', p: 'probe-password' })).reason).toBe(
      'LOGIN_ACCOUNT_THROTTLED',
    );
    // The owner, on a network the spray has not used, signs in with the right password.
    const owner = await from<{ login: Session }>('198.51.100.77', LOGIN, {
      u: 'sprayed',
      p: 'probe-password',
    });
    expect(owner.errors).toBeUndefined();
    expect((await t.gql(ME, {}, owner.data!.login.accessToken)).data).toEqual({
      me: { username: 'sprayed' },
    });
  });

  it(`lets an owner who stayed signed in for weeks (renewing from a phone's IPv6 line) sign in under a spray of ${LOGIN_LIMITS.sprayCeilingPerAccount}+ failures an hour (M1)`, async () => {
    await newAccount('renewing');
    const clock = t.app.get(Clock);
    const day = 24 * 3600_000;
    const start = Date.now();
    const spy = jest.spyOn(clock, 'now');
    try {
      // Signed in once with the password; from then on the app only renews the session, every 10 days, each time from
      // another temporary address of the phone's /64.
      const first = await from<{ login: Session }>('2001:db8:aa:1::1', LOGIN, {
        u: 'renewing',
        p: 'probe-password',
      });
      expect(first.errors).toBeUndefined();
      let token = first.data!.login.refreshToken;
      for (const [n, at] of [10, 20, 30, 40].entries()) {
        spy.mockReturnValue(new Date(start + at * day));
        const renewed = await from<{ refreshSession: Session }>(`2001:db8:aa:1::${n + 2}`, REFRESH, {
          t: token,
        });
        expect(renewed.errors).toBeUndefined();
        token = renewed.data!.refreshSession.refreshToken;
      }
      // Day 45, 45 days after the last password sign-in: a spray of 200 failures within the hour.
      spy.mockReturnValue(new Date(start + 45 * day));
      const perAddress = LOGIN_LIMITS.freeFailuresPerAddress - 1;
      const spraying = Array.from(
        { length: Math.ceil(LOGIN_LIMITS.failuresPerAccount / perAddress) },
        (_, i) => `198.19.0.${i + 1}`,
      );
      await Promise.all(
        spraying.map(async (address) => {
          for (let i = 0; i < perAddress; i++) await from(address, LOGIN, { u: 'renewing', p: `spray-${i}` });
        }),
      );
      const fresh = Array.from(
        { length: LOGIN_LIMITS.sprayCeilingPerAccount - LOGIN_LIMITS.failuresPerAccount },
        (_, i) => `198.19.${1 + Math.floor(i / 200)}.${(i % 200) + 1}`,
      );
      await Promise.all(fresh.map((address) => from(address, LOGIN, { u: 'renewing', p: 'one-guess' })));
      // Past the ceiling a network the account never used is refused, the right password included, and told to use one
      // it signed in from before…
      expect(
        errorOf(await from('198.51.100.99', LOGIN, { u: 'renewing', p: 'probe-password' })),
      ).toMatchObject({
        reason: 'LOGIN_ACCOUNT_THROTTLED',
        message: expect.stringContaining('暂时只能从以前登录过的网络登录该账号'),
      });
      // …but the phone, today on yet another address of its /64, signs in.
      const owner = await from<{ login: Session }>('2001:db8:aa:1:9::9', LOGIN, {
        u: 'renewing',
        p: 'probe-password',
      });
      expect(owner.errors).toBeUndefined();
      expect(owner.data!.login.accessToken).toBeTruthy();
    } finally {
      spy.mockRestore();
    }
  });

  it('verifies at most the free failures out of 100 concurrent wrong attempts', async () => {
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => from('203.0.113.99', LOGIN, { u: 'expert', p: `burst-${i}` })),
    );
    const reasons = results.map((r) => r.errors?.[0]?.extensions.reason);
    const verified = reasons.filter((r) => r === 'INVALID_CREDENTIALS').length;
    expect(verified).toBe(LOGIN_LIMITS.freeFailuresPerAddress);
    expect(reasons.filter((r) => r === 'LOGIN_LOCKED')).toHaveLength(100 - verified);
  });

  it('logs failed and throttled sign-ins at warn, with username, address and reason but never the password', async () => {
    await from('192.0.2.55', LOGIN, { u: 'legislature', p: 'secret-guess-1234' });
    const failed = lines.find((l) => l.event === 'login.failed' && l.address === '192.0.2.55');
    expect(failed).toMatchObject({ level: 40, username: 'legislature', reason: 'INVALID_CREDENTIALS' });
    expect(lines.some((l) => l.event === 'login.throttled' && l.reason === 'LOGIN_LOCKED')).toBe(true);
    const all = raw.join('');
    expect(all).not.toContain('secret-guess-1234');
    expect(all).not.toContain('demo-password');
    expect(all).not.toContain('burst-1');
  });

  it('audits and logs a refused operation of a signed-in caller', async () => {
    const collector = (await signIn('collector')).accessToken;
    const res = await t.gql('{ auditRecords(first: 1) { totalCount } }', {}, collector);
    expect(errorOf(res)).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
    const row = await t.db
      .getRepository(AuditRecordEntity)
      .findOneBy({ action: 'security.refused', actorUsername: 'collector' });
    expect(row).toMatchObject({ entityType: 'Operation', entityId: 'auditRecords' });
    expect(JSON.parse(row!.after!)).toMatchObject({
      refusals: [{ operation: 'auditRecords', reason: 'PERMISSION_DENIED' }],
    });
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 40, event: 'operation.refused', username: 'collector' }),
    );
    // Anonymous callers leave no audit rows (there is nobody to hold to account), only the refusal itself.
    const before = await t.db.getRepository(AuditRecordEntity).countBy({ action: 'security.refused' });
    await t.gql('{ auditRecords(first: 1) { totalCount } }');
    expect(await t.db.getRepository(AuditRecordEntity).countBy({ action: 'security.refused' })).toBe(before);
  });

  it('audits each download of a generated file, and a refused one', async () => {
    const head = (await signIn('head')).accessToken;
    const { dogTaskId } = await demoTaskRefs(t, head);
    const file = await t.download(`/files/tasks/${dogTaskId}/opinion-template.xlsx`, head);
    expect(file.status).toBe(200);
    const row = await t.db
      .getRepository(AuditRecordEntity)
      .findOneBy({ action: 'file.download', actorUsername: 'head' });
    expect(row).toMatchObject({ entityType: 'File', entityId: dogTaskId });
    expect(JSON.parse(row!.after!)).toMatchObject({ route: '/files/tasks/:taskId/opinion-template.xlsx' });

    const collector = (await signIn('collector')).accessToken;
    const refused = await t.download(`/files/tasks/${dogTaskId}/comparison-table.docx`, collector);
    expect(refused.status).toBe(403);
    const refusal = await t.db
      .getRepository(AuditRecordEntity)
      .findOneBy({ action: 'security.refused', actorUsername: 'collector', entityType: 'File' });
    expect(refusal).toMatchObject({ entityId: dogTaskId });
    expect(JSON.parse(refusal!.after!)).toMatchObject({
      refusals: [{ operation: 'GET /files/tasks/:taskId/comparison-table.docx', reason: 'FORBIDDEN' }],
    });
    expect(
      await t.db
        .getRepository(AuditRecordEntity)
        .countBy({ action: 'file.download', actorUsername: 'collector' }),
    ).toBe(0);
  });

  // Accounts and grants are cached for authentication (issue 16): every change below must still take effect on the
  // very next request, with the cache warm from the requests before it.
  describe('with the account cache warm', () => {
    const ME_ROLES = '{ me { username roles { role } } }';
    const rolesOf = async (token: string) => {
      const res = await t.gql<{ me: { roles: Array<{ role: string }> } }>(ME_ROLES, {}, token);
      expect(res.errors).toBeUndefined();
      return res.data!.me.roles.map((r) => r.role);
    };
    /** A fresh account of its own (the demo's are shared by the other tests), signed in, its cache entry warm. */
    const probe = async (username: string) => {
      const accounts = t.app.get(AccountService);
      const account = await t.db.transaction((em) =>
        accounts.create(em, {
          username,
          password: 'probe-password',
          displayName: username,
          grants: [
            { role: Role.SYSTEM_ADMIN, legislatureId: null, contactPointId: null, liaisonUnitId: null },
          ],
        }),
      );
      const token = (await signIn(username, 'probe-password')).accessToken;
      expect(await rolesOf(token)).toEqual(['SYSTEM_ADMIN']);
      expect(await rolesOf(token)).toEqual(['SYSTEM_ADMIN']);
      return { id: account.id, token };
    };

    it('authorises the next request by a role change committed in a transaction, not by the cached grants', async () => {
      const { id, token } = await probe('cache-role');
      const legislature = (
        await t.app
          .get(AccountService)
          .grantsOf(
            (
              await t.db.query<Array<{ id: string }>>("SELECT id FROM account WHERE username = 'legislature'")
            )[0].id,
          )
      )[0];
      await t.db.transaction(async (em) => {
        await t.app.get(AccountService).setGrants(em, id, [legislature]);
        // A request while the change is not yet committed may see either side, but must not keep the old grants.
        expect((await t.gql(ME_ROLES, {}, token)).errors).toBeUndefined();
      });
      expect(await rolesOf(token)).toEqual(['LEGISLATURE_STAFF']);
      // A system administrator's operation is now refused.
      expect(errorOf(await t.gql('{ auditRecords(first: 1) { totalCount } }', {}, token)).code).toBe(
        'FORBIDDEN',
      );
    });

    it('keeps the cached grants when the change is rolled back', async () => {
      const { id, token } = await probe('cache-rollback');
      await expect(
        t.db.transaction(async (em) => {
          await t.app.get(AccountService).setGrants(em, id, []);
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await rolesOf(token)).toEqual(['SYSTEM_ADMIN']);
    });

    it('refuses the very next request after a deactivation', async () => {
      const admin = (await signIn('admin')).accessToken;
      const { id, token } = await probe('cache-deactivate');
      const SET = 'mutation($input: SetAccountActiveInput!) { setAccountActive(input: $input) { active } }';
      expect((await t.gql(SET, { input: { accountId: id, active: false } }, admin)).errors).toBeUndefined();
      expect(errorOf(await t.gql(ME, {}, token))).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'ACCOUNT_INACTIVE',
      });
    });

    it('refuses the very next request with a token from before a password change or a sign-out everywhere', async () => {
      const { token } = await probe('cache-password');
      const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { id } }';
      const changed = await t.gql(
        CHANGE,
        { input: { currentPassword: 'probe-password', newPassword: 'probe-password-2' } },
        token,
      );
      expect(changed.errors).toBeUndefined();
      expect(errorOf(await t.gql(ME, {}, token)).reason).toBe('TOKEN_REVOKED');

      const session = await signIn('cache-password', 'probe-password-2');
      expect(await rolesOf(session.accessToken)).toEqual(['SYSTEM_ADMIN']);
      expect((await t.gql(LOGOUT, { t: session.refreshToken, e: true })).errors).toBeUndefined();
      expect(errorOf(await t.gql(ME, {}, session.accessToken)).reason).toBe('TOKEN_REVOKED');
    });
  });
});
