import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';

/**
 * A MariaDB server of the test's own — its own data folder, port and socket — that the test may kill and restart
 * (the shared server on 3306 is never touched). Needs mariadbd and mariadb-install-db (CI installs MariaDB).
 */
export const MARIADBD = ['/usr/sbin/mariadbd', '/usr/bin/mariadbd'].find((path) => existsSync(path));
const INSTALL_DB = ['/usr/bin/mariadb-install-db', '/usr/sbin/mariadb-install-db'].find((path) =>
  existsSync(path),
);

export const ownMariadbAvailable = (): boolean => Boolean(MARIADBD && INSTALL_DB);

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port, timeout: 500 });
    const answer = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => answer(true));
    socket.once('error', () => answer(false));
    socket.once('timeout', () => answer(false));
  });
}

export interface OwnMariadbOptions {
  /** The server id (replication needs distinct ids); 1 when absent. */
  serverId?: number;
  /** Write a binary log (a replication primary); off by default. */
  binlog?: boolean;
  /** The port to listen on; a free one chosen by the system when absent. */
  port?: number;
  /**
   * Check accounts (root@localhost without a password): a replication primary needs it, since under
   * --skip-grant-tables the current user is empty and a trigger's DEFINER is written to the binlog as ``, which the
   * replica refuses.
   */
  grantTables?: boolean;
}

export class OwnMariadb {
  readonly dir = mkdtempSync(join(tmpdir(), 'minyi-mariadb-'));
  port = 0;
  private process: ChildProcess | undefined;

  constructor(private readonly options: OwnMariadbOptions = {}) {}

  /** `mariadb-install-db` into a temporary folder, then start. */
  async install(): Promise<void> {
    const result = spawnSync(
      INSTALL_DB!,
      [
        '--no-defaults',
        `--datadir=${join(this.dir, 'data')}`,
        '--user=root',
        '--skip-test-db',
        '--auth-root-authentication-method=normal',
      ],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`mariadb-install-db failed: ${result.stderr}`);
    this.port = this.options.port ?? (await freePort());
    await this.start();
  }

  /** Starts mariadbd on its data folder and waits until it accepts connections (after crash recovery too). */
  async start(): Promise<void> {
    const child = spawn(
      MARIADBD!,
      [
        '--no-defaults',
        `--datadir=${join(this.dir, 'data')}`,
        `--port=${this.port}`,
        `--socket=${join(this.dir, 'mariadb.sock')}`,
        `--pid-file=${join(this.dir, 'mariadb.pid')}`,
        '--bind-address=127.0.0.1',
        '--user=root',
        // A throwaway instance: no accounts to manage. Durability settings stay at their defaults
        // (innodb_flush_log_at_trx_commit = 1), which is what the test relies on.
        ...(this.options.grantTables ? [] : ['--skip-grant-tables']),
        `--server-id=${this.options.serverId ?? 1}`,
        ...(this.options.binlog ? [`--log-bin=${join(this.dir, 'binlog')}`] : ['--skip-log-bin']),
        '--innodb-buffer-pool-size=32M',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let log = '';
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    this.process = child;
    const until = Date.now() + 30_000;
    while (!(await accepts(this.port))) {
      if (child.exitCode !== null) throw new Error(`mariadbd exited (${child.exitCode}):\n${log}`);
      if (Date.now() > until) throw new Error(`mariadbd did not start within 30 s:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** kill -9: no shutdown, no flush; InnoDB recovers from its redo log at the next start. */
  async kill(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /** A clean stop (SIGTERM: mariadbd closes its connections, flushes and exits), as an operator's restart does. */
  async stop(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  /** SIGSTOP: the process stays, its sockets stay open, nothing answers — a hung database. */
  freeze(): void {
    this.process?.kill('SIGSTOP');
  }

  /** SIGCONT after freeze(). */
  thaw(): void {
    this.process?.kill('SIGCONT');
  }

  url(database: string): string {
    return `mariadb://root@127.0.0.1:${this.port}/${database}`;
  }

  async remove(): Promise<void> {
    this.thaw();
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * A MariaDB primary (binary log, server id 1) and a replica of it (server id 2) of the test's own, replicating from
 * the primary's current position, with a connection to each (root, no database chosen). `basePort`: the primary's
 * port, the replica's the next one; ports of the system's choosing when absent.
 */
export async function startReplicatedPair(basePort?: number): Promise<{
  primary: OwnMariadb;
  replica: OwnMariadb;
  onPrimary: mysql.Connection;
  onReplica: mysql.Connection;
}> {
  if (!ownMariadbAvailable())
    throw new Error('mariadbd and mariadb-install-db are needed (apt-get install mariadb-server)');
  const primary = new OwnMariadb({ serverId: 1, binlog: true, grantTables: true, port: basePort });
  const replica = new OwnMariadb({ serverId: 2, port: basePort === undefined ? undefined : basePort + 1 });
  await primary.install();
  await replica.install();
  const onPrimary = await mysql.createConnection({ host: '127.0.0.1', port: primary.port, user: 'root' });
  const onReplica = await mysql.createConnection({ host: '127.0.0.1', port: replica.port, user: 'root' });
  const [[master]] = (await onPrimary.query('SHOW MASTER STATUS')) as unknown as [
    Array<{ File: string; Position: number }>,
  ];
  await onReplica.query(
    `CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = ${primary.port}, MASTER_USER = 'root', ` +
      `MASTER_PASSWORD = '', MASTER_LOG_FILE = ${onReplica.escape(master.File)}, ` +
      `MASTER_LOG_POS = ${Number(master.Position)}, MASTER_CONNECT_RETRY = 1`,
  );
  await onReplica.query('START SLAVE');
  return { primary, replica, onPrimary, onReplica };
}
