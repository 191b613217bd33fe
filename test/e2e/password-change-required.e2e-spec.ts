// While an account's password is one someone else set (resetAccountPassword → mustChangePassword), the API does only
// what changing it needs: sign-in, refresh, sign-out, `me` and changePassword. Everything else — reads and writes, of
// every kind, and the live-event stream — is FORBIDDEN / PASSWORD_CHANGE_REQUIRED with a Chinese message, writing
// nothing; once the password is changed (and the person signed in again) everything is open as before. The account
// cache (issue 16) must not keep the mark after the change, nor miss it after the reset.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AccountEntity } from '@app/identity/entities';
import { ExpertEntity } from '@app/organization/entities';
import { errorOf, must, startTestApp, type TestApp } from '../support/test-app.js';

const TEMPORARY = 'river-stone-lantern-42';
const CHOSEN = '北碚的清晨江雾很浓';

/** A sample of every kind of operation the head uses: reads of each domain, a write, an account change. */
const OPERATIONS: Array<[string, string, Record<string, unknown>?]> = [
  ['contactPoints', '{ contactPoints(first: 5) { totalCount } }'],
  ['myAssignments', '{ myAssignments(first: 5) { totalCount } }'],
  ['notifications', '{ notifications(first: 5) { totalCount } }'],
  ['unreadNotificationCount', '{ unreadNotificationCount }'],
  ['consultationTasks', '{ consultationTasks(first: 5) { totalCount } }'],
  [
    'addExpert',
    'mutation($i: AddExpertInput!) { addExpert(input: $i) { id } }',
    { i: { contactPointId: '', name: '（测试）专家', discipline: '法学', affiliation: '西南大学' } },
  ],
  [
    'createAccount',
    'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
    {
      i: {
        username: 'test-while-temporary',
        password: '山城夜色里的长江索道',
        displayName: '（测试）采集员',
        role: 'EXPERT',
        organizationId: '',
      },
    },
  ],
];

describe('a password someone else set must be changed before anything else', () => {
  let t: TestApp;
  let pointId: string;
  let base: string;
  const signIn = (username: string, password: string) =>
    t.gql<{ login: { accessToken: string; refreshToken: string; account: { mustChangePassword: boolean } } }>(
      'mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { accessToken refreshToken account { mustChangePassword } } }',
      { u: username, p: password },
    );
  /** Runs each sample operation as `token`; its first error (or null), by name. */
  async function outcomes(token: string) {
    const out: Record<string, { code: string; reason?: string; message: string } | null> = {};
    for (const [name, query, variables] of OPERATIONS) {
      const vars = JSON.parse(
        JSON.stringify(variables ?? {}).replaceAll('""', JSON.stringify(pointId)),
      ) as Record<string, unknown>;
      const res = await t.gql(query, vars, token);
      out[name] = res.errors?.length ? errorOf(res) : null;
    }
    return out;
  }

  beforeAll(async () => {
    t = await startTestApp();
    // Over real HTTP for the event stream (W2_TEST_PORT where ports are handed out; any free one otherwise).
    await t.app.listen({ port: Number(process.env.W2_TEST_PORT ?? 0), host: '127.0.0.1' });
    const address = t.app.getHttpServer().address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const admin = await t.login('admin');
    const head = await t.db.getRepository(AccountEntity).findOneByOrFail({ username: 'head' });
    pointId = must(
      await t.gql<{ contactPoints: { edges: Array<{ node: { id: string } }> } }>(
        '{ contactPoints(first: 1) { edges { node { id } } } }',
        {},
        await t.login('head'),
      ),
    ).contactPoints.edges[0].node.id;
    // Only an administrator resets the head's password (it is granting 点长 again).
    must(
      await t.gql(
        'mutation($i: ResetAccountPasswordInput!) { resetAccountPassword(input: $i) { id } }',
        { i: { accountId: head.id, password: TEMPORARY } },
        admin,
      ),
    );
  });
  afterAll(() => t.close());

  it('refuses every other operation with PASSWORD_CHANGE_REQUIRED and writes nothing; me, refresh and sign-out pass', async () => {
    const session = must(await signIn('head', TEMPORARY)).login;
    expect(session.account.mustChangePassword).toBe(true);
    const experts = await t.db.getRepository(ExpertEntity).count();
    const refused = await outcomes(session.accessToken);
    for (const [name] of OPERATIONS)
      expect([name, refused[name]]).toEqual([
        name,
        {
          code: 'FORBIDDEN',
          reason: 'PASSWORD_CHANGE_REQUIRED',
          message: '请先修改密码：您的密码是他人重置的临时密码，修改密码后才能办理其他事项',
        },
      ]);
    expect(await t.db.getRepository(ExpertEntity).count()).toEqual(experts);
    expect(await t.db.getRepository(AccountEntity).countBy({ username: 'test-while-temporary' })).toBe(0);

    // What the sign-in and the header read, and the session's own upkeep.
    expect(
      must(
        await t.gql<{ me: { username: string; mustChangePassword: boolean } }>(
          '{ me { username mustChangePassword } }',
          {},
          session.accessToken,
        ),
      ).me,
    ).toEqual({ username: 'head', mustChangePassword: true });
    const refreshed = must(
      await t.gql<{ refreshSession: { accessToken: string; refreshToken: string } }>(
        'mutation($i: RefreshSessionInput!) { refreshSession(input: $i) { accessToken refreshToken } }',
        { i: { refreshToken: session.refreshToken } },
      ),
    ).refreshSession;
    // The refreshed token is held to the same rule.
    expect(errorOf(await t.gql('{ unreadNotificationCount }', {}, refreshed.accessToken)).reason).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );
    // The live-event stream too: no unread counts or job progress for the account meanwhile.
    const stream = await fetch(`${base}/events`, {
      headers: { authorization: `Bearer ${session.accessToken}`, accept: 'text/event-stream' },
    });
    expect(stream.status).toBe(403);
    expect(await stream.json()).toMatchObject({
      errors: [{ extensions: { code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' } }],
    });
    // Signing out is open too; it ends the session, whose tokens are refused from then on.
    must(
      await t.gql('mutation($i: LogoutInput!) { logout(input: $i) { everywhere } }', {
        i: { refreshToken: refreshed.refreshToken },
      }),
    );
    expect(errorOf(await t.gql('{ me { id } }', {}, session.accessToken)).code).toBe('UNAUTHENTICATED');
  });

  it('opens everything again once the password is changed', async () => {
    const session = must(await signIn('head', TEMPORARY)).login;
    // Refused first, so the account is in the auth cache with its mark when the change comes.
    expect(
      errorOf(await t.gql('{ consultationTasks(first: 1) { totalCount } }', {}, session.accessToken)).reason,
    ).toBe('PASSWORD_CHANGE_REQUIRED');
    must(
      await t.gql(
        'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { id } }',
        { i: { currentPassword: TEMPORARY, newPassword: CHOSEN } },
        session.accessToken,
      ),
    );
    const fresh = must(await signIn('head', CHOSEN)).login;
    expect(fresh.account.mustChangePassword).toBe(false);
    const open = await outcomes(fresh.accessToken);
    expect(open).toEqual(Object.fromEntries(OPERATIONS.map(([name]) => [name, null])));
  });
});
