import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mysql from 'mysql2/promise';
import { pino } from 'pino';
import { ReadReplicas, REPLICA_LAG_DEFAULTS } from '@app/database';
import { loadSettings, SettingsError } from '../../apps/api/src/settings.js';
import { OwnMariadb, ownMariadbAvailable, startReplicatedPair } from '../support/own-mariadb.js';
import { must, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Read replicas (issue 17): a MariaDB primary and a replica of the test's own (binlog on the primary, server-id 1 and
 * 2, CHANGE MASTER TO … START SLAVE), never the shared server. The replica's state is made to differ from the
 * primary's by stopping replication and changing a row on the replica alone: what a list query answers then says which
 * server served it.
 */
const WINDOW_MS = 4000;
/** REPLICA_MAX_LAG_MS and REPLICA_LAG_CHECK_MS here (2000 + 2 × 250 fits in the window, as the settings demand). */
const MAX_LAG_MS = 2000;
const CHECK_MS = 250;
/** The helper's port range (REPLICA_TEST_PORT overrides it): the primary here, the replica on the next port. */
const BASE_PORT = Number(process.env.REPLICA_TEST_PORT || 3421);
const DATABASE = 'minyi_replica';
const ON_REPLICA = '只在副本上的地址';
const ON_PRIMARY = '主库上的新地址';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('DATABASE_REPLICA_URLS settings', () => {
  const base = { NODE_ENV: 'test', TOKEN_SECRET: 'test-secret-'.padEnd(48, 'x') };

  it('refuses replicas with SQLite, in Chinese and English, and checks the window', () => {
    const refused = () =>
      loadSettings({
        ...base,
        DATABASE_URL: 'sqlite::memory:',
        DATABASE_REPLICA_URLS: 'mariadb://r:3306/minyi',
      });
    expect(refused).toThrow(SettingsError);
    expect(refused).toThrow(
      /DATABASE_REPLICA_URLS 只能与 MySQL\/MariaDB.*needs a MySQL\/MariaDB DATABASE_URL/s,
    );
    expect(() =>
      loadSettings({
        ...base,
        DATABASE_URL: 'mariadb://p:3306/minyi',
        DATABASE_REPLICA_URLS: 'sqlite:replica.sqlite',
      }),
    ).toThrow(/SQLite 没有只读副本/);
    expect(() =>
      loadSettings({
        ...base,
        DATABASE_URL: 'mariadb://p:3306/minyi',
        REPLICA_READ_AFTER_WRITE_MS: '300001',
      }),
    ).toThrow(/REPLICA_READ_AFTER_WRITE_MS 应为 0–300000/);
    const settings = loadSettings({
      ...base,
      DATABASE_URL: 'mariadb://p:3306/minyi',
      DATABASE_REPLICA_URLS: ' mariadb://r1:3306/minyi , mariadb://r2:3307/minyi ',
    });
    expect(settings.databaseReplicaUrls).toEqual(['mariadb://r1:3306/minyi', 'mariadb://r2:3307/minyi']);
    expect(settings.replicaReadAfterWriteMs).toBe(5000);
    expect(settings.replicaLag).toEqual({
      maxLagMs: REPLICA_LAG_DEFAULTS.maxLagMs,
      checkMs: REPLICA_LAG_DEFAULTS.checkMs,
    });
    expect(loadSettings({ ...base, DATABASE_URL: 'sqlite::memory:' }).databaseReplicaUrls).toEqual([]);
  });

  it('checks REPLICA_MAX_LAG_MS and REPLICA_LAG_CHECK_MS, and that a lagging replica is out before a window ends', () => {
    const primary = {
      ...base,
      DATABASE_URL: 'mariadb://p:3306/minyi',
      DATABASE_REPLICA_URLS: 'mariadb://r1:3306/minyi',
    };
    expect(() => loadSettings({ ...primary, REPLICA_MAX_LAG_MS: '99' })).toThrow(
      /REPLICA_MAX_LAG_MS 应为 100–300000 的整数（毫秒），而不是 "99"/,
    );
    expect(() => loadSettings({ ...primary, REPLICA_LAG_CHECK_MS: 'often' })).toThrow(
      /REPLICA_LAG_CHECK_MS 应为 100–60000 的整数（毫秒），而不是 "often"/,
    );
    // 3500 + 2 × 1000 > 5000: a caller could read a replica still missing their write after the window.
    expect(() => loadSettings({ ...primary, REPLICA_MAX_LAG_MS: '3500' })).toThrow(
      /REPLICA_MAX_LAG_MS（3500）加两倍 REPLICA_LAG_CHECK_MS（1000）应不大于 REPLICA_READ_AFTER_WRITE_MS（5000）/,
    );
    expect(loadSettings({ ...primary, REPLICA_MAX_LAG_MS: '3000' }).replicaLag).toEqual({
      maxLagMs: 3000,
      checkMs: 1000,
    });
    // Without replicas, or without the window, the bound constrains nothing.
    expect(() =>
      loadSettings({ ...base, DATABASE_URL: 'mariadb://p:3306/minyi', REPLICA_MAX_LAG_MS: '60000' }),
    ).not.toThrow();
    expect(() =>
      loadSettings({ ...primary, REPLICA_MAX_LAG_MS: '60000', REPLICA_READ_AFTER_WRITE_MS: '0' }),
    ).not.toThrow();
  });
});

/** CI installs MariaDB, so there the suite runs (and fails loudly without it); elsewhere it is skipped and says why. */
const describeOwnMariadb =
  ownMariadbAvailable() || process.env.CI === 'true'
    ? describe
    : (console.warn(
        '跳过：没有 mariadbd / mariadb-install-db，无法启动测试自己的 MariaDB 主库与副本。CI 中此测试必定运行。',
      ),
      describe.skip);

describeOwnMariadb('reads from a MariaDB replica', () => {
  let primary: OwnMariadb | undefined;
  let replica: OwnMariadb | undefined;
  let t: TestApp | undefined;
  let onPrimary: mysql.Connection | undefined;
  let onReplica: mysql.Connection | undefined;
  const tokens: Record<string, string> = {};
  let pointId: string;
  let originalAddress: string | null;
  /** What the replica routing logged (ReadReplicas' lines of the app's log). */
  const logged: Array<{ level: number; msg: string }> = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) {
          const entry = JSON.parse(line) as { level: number; msg: string; context?: string };
          if (entry.context === 'ReadReplicas') logged.push({ level: entry.level, msg: entry.msg });
        }
        done();
      },
    }),
  );

  afterAll(async () => {
    await t?.close();
    await onPrimary?.end();
    await onReplica?.end();
    await replica?.remove();
    await primary?.remove();
  });

  /** Waits until the replica has applied everything the primary has written so far. */
  const caughtUp = async () => {
    const [[master]] = (await onPrimary!.query('SHOW MASTER STATUS')) as unknown as [
      Array<{ File: string; Position: number }>,
    ];
    const [[waited]] = (await onReplica!.query('SELECT MASTER_POS_WAIT(?, ?, 60) AS w', [
      master.File,
      master.Position,
    ])) as unknown as [Array<{ w: number | null }>];
    if (waited.w === null || waited.w < 0) {
      const [[status]] = (await onReplica!.query('SHOW SLAVE STATUS')) as unknown as [
        Array<Record<string, unknown>>,
      ];
      throw new Error(
        `the replica did not catch up (${waited.w}): IO ${String(status?.Slave_IO_Running)} ${String(
          status?.Last_IO_Error,
        )}; SQL ${String(status?.Slave_SQL_Running)} ${String(status?.Last_SQL_Error)}`,
      );
    }
  };

  /** The contact point's address as the `contactPoints` list shows it to `user`. */
  const listedAddress = async (user: string): Promise<string | null> => {
    const { contactPoints } = must(
      await t!.gql<{ contactPoints: { edges: Array<{ node: { id: string; address: string | null } }> } }>(
        '{ contactPoints(first: 100) { edges { node { id address } } } }',
        {},
        tokens[user],
      ),
    );
    return contactPoints.edges.find((edge) => edge.node.id === pointId)!.node.address;
  };

  const storedAddress = async (connection: mysql.Connection): Promise<string | null> => {
    const [[row]] = (await connection.query(`SELECT address FROM ${DATABASE}.contact_point WHERE id = ?`, [
      pointId,
    ])) as unknown as [Array<{ address: string | null }>];
    return row.address;
  };

  beforeAll(async () => {
    ({ primary, replica, onPrimary, onReplica } = await startReplicatedPair(BASE_PORT));
    await onPrimary.query(`CREATE DATABASE ${DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    // Migrations and the demo data are written to the primary and replicated.
    t = await startTestApp({
      env: {
        DATABASE_URL: primary.url(DATABASE),
        DATABASE_REPLICA_URLS: replica.url(DATABASE),
        REPLICA_READ_AFTER_WRITE_MS: String(WINDOW_MS),
        REPLICA_MAX_LAG_MS: String(MAX_LAG_MS),
        REPLICA_LAG_CHECK_MS: String(CHECK_MS),
      },
      logger,
    });
    // Queries read the replica from now on: wait until it has the demo data.
    await caughtUp();
    for (const user of ['legislature', 'head']) tokens[user] = await t.login(user);
    pointId = must(
      await t.gql<{ contactPoints: { edges: Array<{ node: { id: string } }> } }>(
        '{ contactPoints(first: 1) { edges { node { id } } } }',
        {},
        tokens.head,
      ),
    ).contactPoints.edges[0].node.id;
    originalAddress = await storedAddress(onPrimary);
  }, 240_000);

  it("serves callers' list queries from the replica", async () => {
    await onReplica!.query('STOP SLAVE');
    await onReplica!.query(`UPDATE ${DATABASE}.contact_point SET address = ? WHERE id = ?`, [
      ON_REPLICA,
      pointId,
    ]);
    expect(await storedAddress(onPrimary!)).not.toBe(ON_REPLICA);
    const replicas = t!.app.get(ReadReplicas);
    const before = replicas.counts.replicaReads;
    // Two callers who have not written (signing in is not counted: it names no caller yet) both read the replica.
    expect(await listedAddress('head')).toBe(ON_REPLICA);
    expect(await listedAddress('legislature')).toBe(ON_REPLICA);
    expect(replicas.counts.replicaReads).toBeGreaterThan(before);

    // The ledger's statements run on the replica: its own count of SELECTs grows by them.
    const selects = async (connection: mysql.Connection) => {
      const [[row]] = (await connection.query("SHOW GLOBAL STATUS LIKE 'Com_select'")) as unknown as [
        Array<{ Value: string }>,
      ];
      return Number(row.Value);
    };
    const replicaBefore = await selects(onReplica!);
    const ledger = must(
      await t!.gql<{ adoptionLedger: { tasks: number; opinions: number } }>(
        'query($p: ID!) { adoptionLedger(contactPointId: $p, year: 2022) { tasks opinions } }',
        { p: pointId },
        tokens.head,
      ),
    );
    expect(ledger.adoptionLedger.tasks).toBeGreaterThan(0);
    // More than this test's own SHOW (which MariaDB counts as a SELECT too).
    expect((await selects(onReplica!)) - replicaBefore).toBeGreaterThan(2);
    expect(replicas.counts.fallbacks).toBe(0);
  });

  it("sends a caller's reads to the primary right after their write, while another caller's go to the replica", async () => {
    // Replication is still stopped: the replica will not see this write.
    const updated = must(
      await t!.gql<{ updateContactPoint: { address: string } }>(
        'mutation($i: UpdateContactPointInput!) { updateContactPoint(input: $i) { address } }',
        { i: { id: pointId, address: ON_PRIMARY } },
        tokens.legislature,
      ),
    );
    const wrote = Date.now();
    expect(updated.updateContactPoint.address).toBe(ON_PRIMARY);
    expect(await storedAddress(onPrimary!)).toBe(ON_PRIMARY);
    expect(await storedAddress(onReplica!)).toBe(ON_REPLICA);

    // The writer sees the write at once; the other caller, within the same window, reads the (stale) replica.
    expect(await listedAddress('legislature')).toBe(ON_PRIMARY);
    expect(await listedAddress('head')).toBe(ON_REPLICA);
    expect(await listedAddress('legislature')).toBe(ON_PRIMARY);
    // All of that happened within the window (otherwise the assertions above proved nothing about it).
    expect(Date.now() - wrote).toBeLessThan(WINDOW_MS);

    // The window is bounded: afterwards the writer's queries are routed like anyone's — and since the replica has
    // missed that write for longer than REPLICA_MAX_LAG_MS (< the window), it is out of the rotation: they, and the
    // other caller, read the primary (counted as reads kept off a lagging replica).
    await sleep(wrote + WINDOW_MS + 300 - Date.now());
    const replicas = t!.app.get(ReadReplicas);
    const lagged = replicas.counts.laggedReads;
    expect(await listedAddress('legislature')).toBe(ON_PRIMARY);
    expect(replicas.counts.laggedReads).toBeGreaterThan(lagged);
    expect(await listedAddress('head')).toBe(ON_PRIMARY);
  });

  it('leaves a replica out once it lags more than REPLICA_MAX_LAG_MS, and takes it back once it has caught up', async () => {
    const replicas = t!.app.get(ReadReplicas);
    const waitFor = async (what: string, ready: () => boolean | Promise<boolean>, ms: number) => {
      for (const until = Date.now() + ms; !(await ready()); await sleep(50)) {
        if (Date.now() > until) throw new Error(`${what}: not within ${ms} ms`);
      }
    };
    // Replication resumes (the replica's own change undone first, so the primary's changes apply as written).
    await onReplica!.query(`UPDATE ${DATABASE}.contact_point SET address = ? WHERE id = ?`, [
      originalAddress,
      pointId,
    ]);
    await onReplica!.query('START SLAVE');
    await caughtUp();
    await waitFor('back in the rotation', () => replicas.lag!.inRotation().length === 1, 2 * CHECK_MS + 2000);
    expect(await storedAddress(onReplica!)).toBe(ON_PRIMARY);
    const before = logged.length;

    // The replica receives but no longer applies: a write on the primary (by nobody who reads here) is missing there.
    await onReplica!.query('STOP SLAVE SQL_THREAD');
    const LAGGED = '副本尚未应用的地址';
    await onPrimary!.query(`UPDATE ${DATABASE}.contact_point SET address = ? WHERE id = ?`, [LAGGED, pointId]);
    const wrote = Date.now();
    // Within the bound the replica still serves the reads: the old address.
    expect(await listedAddress('head')).toBe(ON_PRIMARY);
    // Past it, the reads move to the primary — not before the lag exceeded the bound, and within two checks after.
    await waitFor('reads on the primary', async () => (await listedAddress('head')) === LAGGED, 10_000);
    const movedAfter = Date.now() - wrote;
    expect(movedAfter).toBeGreaterThan(MAX_LAG_MS);
    expect(movedAfter).toBeLessThan(MAX_LAG_MS + 2 * CHECK_MS + 1500);
    expect(replicas.lag!.states[0]).toMatchObject({ inRotation: false });
    expect(replicas.lag!.states[0].lagMs).toBeGreaterThan(MAX_LAG_MS);
    const lagged = replicas.counts.laggedReads;
    expect(await listedAddress('legislature')).toBe(LAGGED);
    expect(replicas.counts.laggedReads).toBeGreaterThan(lagged);

    // Replication resumes: once applied, the replica is back within a check or two, and serves reads again
    // (shown by a change made on the replica alone, with replication stopped and nothing new on the primary).
    await onReplica!.query('START SLAVE SQL_THREAD');
    await caughtUp();
    const resumed = Date.now();
    await waitFor('back in the rotation', () => replicas.lag!.inRotation().length === 1, 2 * CHECK_MS + 2000);
    expect(Date.now() - resumed).toBeLessThan(2 * CHECK_MS + 1000);
    // The log so far: stopping replication below makes a later check see the replica stopped, and log that too (at
    // load 13 a check ran before the lines were read).
    const lines = logged.slice(before);
    await onReplica!.query('STOP SLAVE');
    await onReplica!.query(`UPDATE ${DATABASE}.contact_point SET address = ? WHERE id = ?`, [ON_REPLICA, pointId]);
    expect(await listedAddress('head')).toBe(ON_REPLICA);

    // Logged once on the way out and once on the way back, however many checks ran in between.
    expect(lines.map((line) => line.level)).toEqual([40, 30]);
    expect(lines[0].msg).toMatch(/只读副本 .* 暂停使用，其读取改由主库完成：落后主库 \d+ ms，超过 REPLICA_MAX_LAG_MS=2000/);
    expect(lines[1].msg).toMatch(/只读副本 .* 已追上主库/);
  });

  it('answers from the primary when the replica is down', async () => {
    const replicas = t!.app.get(ReadReplicas);
    // The replica dies between two lag checks (here: with no more checks), so reads still try it first.
    await replicas.stopLagChecks();
    await onReplica!.end();
    onReplica = undefined;
    await replica!.stop();
    // Failing reads are retried on the primary: the request does not fail, and shows the primary's state.
    const onPrimaryNow = await storedAddress(onPrimary!);
    expect(onPrimaryNow).not.toBe(ON_REPLICA);
    expect(await listedAddress('head')).toBe(onPrimaryNow);
    expect(await listedAddress('legislature')).toBe(onPrimaryNow);
    expect(replicas.counts.fallbacks).toBeGreaterThan(0);
    // Writes never depended on the replica.
    must(
      await t!.gql(
        'mutation($i: UpdateContactPointInput!) { updateContactPoint(input: $i) { address } }',
        { i: { id: pointId, address: '副本停机时写入' } },
        tokens.legislature,
      ),
    );
    expect(await listedAddress('head')).toBe('副本停机时写入');
  });
});
