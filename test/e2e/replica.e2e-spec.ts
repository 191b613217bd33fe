import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mysql from 'mysql2/promise';
import { ReadReplicas } from '@app/database';
import { loadSettings, SettingsError } from '../../apps/api/src/settings.js';
import { OwnMariadb, ownMariadbAvailable } from '../support/own-mariadb.js';
import { must, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Read replicas (issue 17): a MariaDB primary and a replica of the test's own (binlog on the primary, server-id 1 and
 * 2, CHANGE MASTER TO … START SLAVE), never the shared server. The replica's state is made to differ from the
 * primary's by stopping replication and changing a row on the replica alone: what a list query answers then says which
 * server served it.
 */
const WINDOW_MS = 4000;
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
    expect(loadSettings({ ...base, DATABASE_URL: 'sqlite::memory:' }).databaseReplicaUrls).toEqual([]);
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
  const primary = new OwnMariadb({ serverId: 1, binlog: true, grantTables: true, port: BASE_PORT });
  const replica = new OwnMariadb({ serverId: 2, port: BASE_PORT + 1 });
  let t: TestApp | undefined;
  let onPrimary: mysql.Connection | undefined;
  let onReplica: mysql.Connection | undefined;
  const tokens: Record<string, string> = {};
  let pointId: string;

  afterAll(async () => {
    await t?.close();
    await onPrimary?.end();
    await onReplica?.end();
    await replica.remove();
    await primary.remove();
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
    if (!ownMariadbAvailable())
      throw new Error('mariadbd and mariadb-install-db are needed (apt-get install mariadb-server)');
    await primary.install();
    await replica.install();
    onPrimary = await mysql.createConnection({ host: '127.0.0.1', port: primary.port, user: 'root' });
    onReplica = await mysql.createConnection({ host: '127.0.0.1', port: replica.port, user: 'root' });
    const [[master]] = (await onPrimary.query('SHOW MASTER STATUS')) as unknown as [
      Array<{ File: string; Position: number }>,
    ];
    await onReplica.query(
      `CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = ${primary.port}, MASTER_USER = 'root', ` +
        `MASTER_PASSWORD = '', MASTER_LOG_FILE = ${onReplica.escape(master.File)}, ` +
        `MASTER_LOG_POS = ${Number(master.Position)}, MASTER_CONNECT_RETRY = 1`,
    );
    await onReplica.query('START SLAVE');
    await onPrimary.query(`CREATE DATABASE ${DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    // Migrations and the demo data are written to the primary and replicated.
    t = await startTestApp({
      env: {
        DATABASE_URL: primary.url(DATABASE),
        DATABASE_REPLICA_URLS: replica.url(DATABASE),
        REPLICA_READ_AFTER_WRITE_MS: String(WINDOW_MS),
      },
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

    // The window is bounded: afterwards the writer's queries go back to the replica.
    await sleep(wrote + WINDOW_MS + 300 - Date.now());
    expect(await listedAddress('legislature')).toBe(ON_REPLICA);
  });

  it('answers from the primary when the replica is down', async () => {
    const replicas = t!.app.get(ReadReplicas);
    await onReplica!.end();
    onReplica = undefined;
    await replica.stop();
    // Failing reads are retried on the primary: the request does not fail, and shows the primary's state.
    expect(await listedAddress('head')).toBe(ON_PRIMARY);
    expect(await listedAddress('legislature')).toBe(ON_PRIMARY);
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
