// Spent refresh tokens are purged (SessionService.purgeSpent, run hourly by SessionPurgeJob once across instances):
// sessions whose every token expired long ago go whole, in batches; a live session keeps its rotated tokens (a replay
// must still revoke it), a session signed out within an access token's lifetime keeps its rows (the account cache
// refuses its access tokens by them), and a fresh one is untouched. Before, refresh_token kept every row forever.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MIGRATIONS } from '@app/database';
import { REFRESH_TOKEN_PURGE, SessionService } from '@app/identity';
import { SESSION_PURGE_JOB, SessionPurgeJob } from '@app/jobs';
import { AccountCache } from '../../libs/identity/src/account-cache.js';
import { JOB, pollJob } from '../support/jobs.js';
import { errorOf, startTestApp, type TestApp } from '../support/test-app.js';

const LOGIN =
  'mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { accessToken refreshToken } }';
const REFRESH =
  'mutation($t: String!) { refreshSession(input: {refreshToken: $t}) { accessToken refreshToken } }';
const LOGOUT = 'mutation($t: String!) { logout(input: {refreshToken: $t}) { everywhere } }';
const ME = '{ me { username } }';

interface Session {
  accessToken: string;
  refreshToken: string;
}
interface TokenRow {
  id: string;
  familyId: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

const DAY = 86_400_000;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

describe('the purge of spent refresh tokens', () => {
  let t: TestApp;
  let admin: string;
  const tokens = () => t.db.getRepository<TokenRow & { tokenHash: string }>('RefreshTokenEntity');

  beforeAll(async () => {
    // On a timer like in production (hourly), so that the job can be started by hand for this slot.
    t = await startTestApp({ env: { SESSION_PURGE_INTERVAL_SECONDS: '3600' } });
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  const signIn = async (): Promise<Session> => {
    const res = await t.gql<{ login: Session }>(LOGIN, { u: 'collector', p: 'demo-password' });
    expect(res.errors).toBeUndefined();
    return res.data!.login;
  };
  const refresh = (token: string) => t.gql<{ refreshSession: Session }>(REFRESH, { t: token });
  const familyOf = async (s: Session) =>
    (await tokens().findOneByOrFail({ tokenHash: hashOf(s.refreshToken) })).familyId;
  const rowsOf = (familyId: string) => tokens().findBy({ familyId });
  /** Moves a family's tokens (all, or those other than `keep`) to have expired `days` ago. */
  const expire = async (familyId: string, days: number, keep?: Session) => {
    for (const row of await tokens().findBy({ familyId })) {
      if (keep && row.tokenHash === hashOf(keep.refreshToken)) continue;
      await tokens().update({ id: row.id }, { expiresAt: new Date(Date.now() - days * DAY) });
    }
  };
  const me = (token: string) => t.gql<{ me: { username: string } }>(ME, {}, token);

  it('deletes sessions dead for a day, in batches, and keeps every row something can still use', async () => {
    // Dead: three tokens (two rotated), the newest expired two days ago.
    const dead1 = await signIn();
    const dead2 = (await refresh(dead1.refreshToken)).data!.refreshSession;
    const dead3 = (await refresh(dead2.refreshToken)).data!.refreshSession;
    const dead = await familyOf(dead3);
    await expire(dead, 2);
    // Signed out two days ago, expired as long: nothing refers to it any more.
    const gone = await signIn();
    expect((await t.gql(LOGOUT, { t: gone.refreshToken })).errors).toBeUndefined();
    const goneFamily = await familyOf(gone);
    await tokens().update({ familyId: goneFamily }, { revokedAt: new Date(Date.now() - 2 * DAY) });
    await expire(goneFamily, 2);
    // Alive: its two rotated tokens expired long ago (as in a session renewed for weeks), its newest is valid.
    const live1 = await signIn();
    const live2 = (await refresh(live1.refreshToken)).data!.refreshSession;
    const live3 = (await refresh(live2.refreshToken)).data!.refreshSession;
    const live = await familyOf(live3);
    await expire(live, 30, live3);
    // Expired, but only an hour ago: within the day kept.
    const recent = await signIn();
    const recentFamily = await familyOf(recent);
    await tokens().update({ familyId: recentFamily }, { expiresAt: new Date(Date.now() - 3600_000) });
    // Fresh.
    const fresh = await signIn();
    const freshFamily = await familyOf(fresh);

    const before = await tokens().count();
    // Batches of 2 over the 9 expired rows: the walk goes on past batches that delete nothing.
    const batches: number[] = [];
    const purged = await t.app.get(SessionService).purgeSpent(new Date(), {
      batchSize: 2,
      onBatch: (sofar) => Promise.resolve(void batches.push(sofar)),
    });
    expect(purged).toBe(4);
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(await tokens().count()).toBe(before - 4);
    expect(await rowsOf(dead)).toEqual([]);
    expect(await rowsOf(goneFamily)).toEqual([]);
    expect(await rowsOf(live)).toHaveLength(3);
    expect(await rowsOf(recentFamily)).toHaveLength(1);
    expect(await rowsOf(freshFamily)).toHaveLength(1);
    // Again: nothing more to delete.
    expect(await t.app.get(SessionService).purgeSpent()).toBe(0);
    expect(REFRESH_TOKEN_PURGE.batchSize).toBeGreaterThan(2);

    // The purged ones are refused as unknown; the fresh one still renews.
    expect(errorOf(await refresh(dead3.refreshToken)).reason).toBe('REFRESH_TOKEN_INVALID');
    expect((await refresh(fresh.refreshToken)).errors).toBeUndefined();
    // The live session's replayed rotated token still revokes it, because its rotated rows were kept.
    expect(errorOf(await refresh(live1.refreshToken)).reason).toBe('REFRESH_TOKEN_REUSED');
    expect(errorOf(await refresh(live3.refreshToken)).reason).toBe('REFRESH_TOKEN_REVOKED');
  });

  it('keeps a session signed out just now, whose access token stays refused after the purge', async () => {
    const phone = await signIn();
    for (let i = 0; i < 2; i++) expect((await me(phone.accessToken)).errors).toBeUndefined();
    expect((await t.gql(LOGOUT, { t: phone.refreshToken })).errors).toBeUndefined();
    expect(errorOf(await me(phone.accessToken)).code).toBe('UNAUTHENTICATED');
    // Its tokens expired long ago (a session revived on its last day, say): only its revocation keeps it.
    const family = await familyOf(phone);
    await expire(family, 2);
    await t.app.get(SessionService).purgeSpent();
    expect(await rowsOf(family)).toHaveLength(1);
    // The account is read again from the database (as after any change, or at another instance): still refused.
    t.app.get(AccountCache).invalidate();
    expect(errorOf(await me(phone.accessToken)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await refresh(phone.refreshToken)).reason).toBe('REFRESH_TOKEN_REVOKED');
  });

  it('runs as a system job of its interval slot, seen by system administrators', async () => {
    const session = await signIn();
    const family = await familyOf(session);
    await expire(family, 3);
    const job = await t.app.get(SessionPurgeJob).startSlot();
    // The slot's job once: starting it again (another instance's timer) gives the same job back.
    expect((await t.app.get(SessionPurgeJob).startSlot()).id).toBe(job.id);
    const seen = await pollJob((q, v) => t.gql(q, v, admin), job.id);
    expect(seen.at(-1)).toMatchObject({
      kind: SESSION_PURGE_JOB,
      state: 'SUCCEEDED',
      startedByName: '系统（定时任务）',
      summary: expect.stringMatching(/^已清理 [1-9]\d* 个不再可用的登录刷新令牌/) as unknown,
    });
    expect(await rowsOf(family)).toEqual([]);
    const collector = await t.login('collector');
    expect(errorOf(await t.gql(JOB, { id: job.id }, collector)).code).toBe('NOT_FOUND');
  });

  it('has the purge walk indexed and no single-column account_id index; the migration goes down and up again', async () => {
    const qr = t.db.createQueryRunner();
    const indexes = async () =>
      ((await qr.getTable('refresh_token'))?.indices ?? [])
        .filter((i) => !i.isUnique)
        .map((i) => i.columnNames.join())
        .sort();
    const migration = MIGRATIONS.map((M) => new M()).find(
      (m) => m.name === 'RefreshTokenPurgeIndexes1765000000000',
    )!;
    try {
      expect(await indexes()).toEqual(['account_id,revoked_at', 'expires_at,id', 'family_id']);
      await migration.down(qr);
      expect(await indexes()).toEqual(['account_id', 'account_id,revoked_at', 'family_id']);
      await migration.up(qr);
      expect(await indexes()).toEqual(['account_id,revoked_at', 'expires_at,id', 'family_id']);
    } finally {
      await qr.release();
    }
  });
});
