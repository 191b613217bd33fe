import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Redis } from 'ioredis';
import { SignJWT } from 'jose';
import { Clock } from '@app/common';
import { LOGIN_LIMITS } from '@app/identity';
import { AccountEntity } from '@app/identity/entities';
import { deleteKeys, redisTestsRun, TEST_REDIS_URL, testKeyPrefix } from '../support/redis.js';
import { errorOf, startTestApp, type TestApp } from '../support/test-app.js';

const LOGIN =
  'mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { accessToken tokenType expiresAt account { username roles { role } } } }';

describe('signing in and who I am', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each([
    ['admin', 'SYSTEM_ADMIN'],
    ['legislature', 'LEGISLATURE_STAFF'],
    ['head', 'POINT_HEAD'],
    ['liaison', 'LIAISON_OFFICER'],
    ['expert', 'EXPERT'],
    ['collector', 'COLLECTOR'],
    ['unit', 'UNIT_ADMIN'],
  ])('signs in the demo account %s as %s and answers me', async (username, role) => {
    const res = await t.gql<{
      login: {
        accessToken: string;
        tokenType: string;
        expiresAt: string;
        account: { roles: Array<{ role: string }> };
      };
    }>(LOGIN, {
      u: username,
      p: 'demo-password',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.tokenType).toBe('Bearer');
    expect(res.data!.login.account.roles.map((r) => r.role)).toEqual([role]);
    const me = await t.gql<{ me: { username: string } }>(
      '{ me { username } }',
      {},
      res.data!.login.accessToken,
    );
    expect(me.data!.me.username).toBe(username);
  });

  it('stores only an argon2id hash with OWASP minimum parameters', async () => {
    const account = await t.db.getRepository(AccountEntity).findOneByOrFail({ username: 'head' });
    expect(account.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(account.passwordHash).not.toContain('demo-password');
  });

  it('answers a wrong password and an unknown user alike, with UNAUTHENTICATED', async () => {
    const wrong = errorOf(await t.gql(LOGIN, { u: 'liaison', p: 'not-the-password' }));
    const unknown = errorOf(await t.gql(LOGIN, { u: 'nobody-here', p: 'not-the-password' }));
    expect(wrong).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_CREDENTIALS',
      message: '用户名或密码错误',
    });
    expect(unknown).toEqual(wrong);
  });

  it(`makes one address wait after ${LOGIN_LIMITS.freeFailuresPerAddress} failures, saying how long`, async () => {
    for (let i = 0; i < LOGIN_LIMITS.freeFailuresPerAddress; i++) {
      expect(errorOf(await t.gql(LOGIN, { u: 'expert', p: `wrong-${i}` })).code).toBe('UNAUTHENTICATED');
    }
    const locked = await t.gql(LOGIN, { u: 'expert', p: 'demo-password' });
    expect(errorOf(locked)).toEqual({
      code: 'TOO_MANY_REQUESTS',
      reason: 'LOGIN_LOCKED',
      message: '从当前网络登录该账号失败次数过多，请 1 分钟后再试',
    });
    expect(locked.errors![0].extensions.retryAfterSeconds).toBe(LOGIN_LIMITS.firstDelaySeconds);

    const clock = t.app.get(Clock);
    const later = new Date(Date.now() + (LOGIN_LIMITS.firstDelaySeconds + 1) * 1000);
    const spy = jest.spyOn(clock, 'now').mockReturnValue(later);
    try {
      expect((await t.gql(LOGIN, { u: 'expert', p: 'demo-password' })).errors).toBeUndefined();
    } finally {
      spy.mockRestore();
    }
  });

  it('refuses requests without a token, with a malformed one, a forged one or an expired one', async () => {
    expect(errorOf(await t.gql('{ me { username } }'))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_MISSING',
    });
    expect(errorOf(await t.gql('{ me { username } }', {}, 'not-a-jwt'))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_INVALID',
    });

    const token = await t.login('head');
    const payload = token.split('.')[1];
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    expect(errorOf(await t.gql('{ me { username } }', {}, unsigned)).code).toBe('UNAUTHENTICATED');
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('minyi')
      .setAudience('minyi-api')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-another-secret-another'));
    expect(errorOf(await t.gql('{ me { username } }', {}, forged)).code).toBe('UNAUTHENTICATED');

    const clock = t.app.get(Clock);
    const spy = jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 2 * 3600_000));
    try {
      expect(errorOf(await t.gql('{ me { username } }', {}, token))).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'TOKEN_EXPIRED',
      });
    } finally {
      spy.mockRestore();
    }
  });

  it('stops a deactivated account at once, even with a valid token', async () => {
    const token = await t.login('unit');
    await t.db.getRepository(AccountEntity).update({ username: 'unit' }, { active: false });
    try {
      expect(errorOf(await t.gql('{ me { username } }', {}, token))).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'ACCOUNT_INACTIVE',
      });
      expect(errorOf(await t.gql(LOGIN, { u: 'unit', p: 'demo-password' })).code).toBe('UNAUTHENTICATED');
    } finally {
      await t.db.getRepository(AccountEntity).update({ username: 'unit' }, { active: true });
    }
  });

  it('validates new accounts: username shape, password length, role scope', async () => {
    const admin = await t.login('admin');
    const CREATE =
      'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id username roles { role legislatureId } } }';
    const base = {
      username: 'new-user',
      password: 'long-enough-pw',
      displayName: '新用户',
      role: 'SYSTEM_ADMIN',
    };
    expect(errorOf(await t.gql(CREATE, { input: { ...base, username: '张三' } }, admin))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_USERNAME',
    });
    expect(errorOf(await t.gql(CREATE, { input: { ...base, password: 'short' } }, admin)).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorOf(await t.gql(CREATE, { input: { ...base, role: 'COLLECTOR' } }, admin))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SCOPE_MISSING',
    });
    expect(
      errorOf(await t.gql(CREATE, { input: { ...base, role: 'COLLECTOR', organizationId: 'nope' } }, admin))
        .code,
    ).toBe('NOT_FOUND');
    const ok = await t.gql<{ createAccount: { username: string } }>(
      CREATE,
      { input: { ...base, username: 'New.Admin' } },
      admin,
    );
    expect(ok.data!.createAccount.username).toBe('new.admin');
    const head = await t.login('head');
    expect(errorOf(await t.gql(CREATE, { input: { ...base, username: 'sneaky' } }, head))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

/**
 * A room behind one address (a 座谈会's Wi-Fi, a university's NAT): its successful sign-ins never use up the address's
 * budget; its failures (a spray of usernames) do. Over HTTP, with the attempts counted in memory and, when Redis
 * answers, in Redis as a cluster of instances would (the same rules: login-throttler.spec.ts runs both stores).
 */
const redisRuns = await redisTestsRun();
describe.each([['in memory', false], ...(redisRuns ? ([['in Redis', true]] as const) : [])])(
  'sign-ins from one client address, counted %s',
  (_name, withRedis) => {
    let t: TestApp;
    const prefix = testKeyPrefix();
    beforeAll(async () => {
      t = await startTestApp({
        env: withRedis ? { REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: prefix } : {},
      });
    });
    afterAll(async () => {
      await t.close();
      if (!withRedis) return;
      const client = new Redis(TEST_REDIS_URL);
      try {
        await deleteKeys(client, prefix);
      } finally {
        client.disconnect();
      }
    });

    it(`lets ${LOGIN_LIMITS.failuresPerAddress + 10} successful sign-ins through, then stops the address after ${LOGIN_LIMITS.failuresPerAddress} failures, naming the limit`, async () => {
      const accounts = ['admin', 'legislature', 'head', 'liaison', 'expert', 'collector', 'unit'];
      for (let i = 0; i < LOGIN_LIMITS.failuresPerAddress + 10; i++) {
        const res = await t.gql(LOGIN, { u: accounts[i % accounts.length], p: 'demo-password' });
        expect(res.errors).toBeUndefined();
      }
      for (let i = 0; i < LOGIN_LIMITS.failuresPerAddress; i++) {
        expect(errorOf(await t.gql(LOGIN, { u: `sprayed-${i}`, p: 'password-1' })).code).toBe(
          'UNAUTHENTICATED',
        );
      }
      const stopped = await t.gql(LOGIN, { u: 'head', p: 'demo-password' });
      expect(errorOf(stopped)).toEqual({
        code: 'TOO_MANY_REQUESTS',
        reason: 'LOGIN_RATE_LIMITED',
        message: '当前网络 15 分钟内登录失败已达 30 次，请 15 分钟后再试',
      });
    });
  },
);
