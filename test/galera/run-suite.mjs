#!/usr/bin/env node
// The service and e2e suite on a three-node Galera cluster (`npm run test:galera [-- jest paths or options]`).
//
// Starts the cluster (test/galera/cluster.sh), and a round-robin TCP balancer in front of it: every new database
// connection goes to the next node, so one application's pool holds connections to all three, and concurrent
// requests (and a test's own SQL beside the application's) write through different nodes at once — multi-primary, as
// behind a load balancer without a single writer. Certification conflicts between nodes then surface as deadlocks at
// COMMIT (the application retries them). After the suite, every table the last spec left is compared on the three
// nodes (row count and CHECKSUM TABLE): nothing lost, nothing diverged. Then the cluster stops and its folder is
// removed (GALERA_KEEP=1 leaves it running).
//
// Ports: GALERA_PORT_BASE (default 4500) is the balancer (GALERA_BALANCER_PORT to run a second suite beside, with
// GALERA_DATABASE), the nodes use BASE+1.. (see cluster.sh). GALERA_TEST_TIMEOUT (ms, default 120000): each commit
// waits for the cluster, and seeding the demo (hundreds of transactions) took over the usual 60 s at load 15.
import { spawn, spawnSync } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cluster = join(root, 'test', 'galera', 'cluster.sh');
const base = Number(process.env.GALERA_PORT_BASE || 4500);
const nodes = [1, 2, 3].map((n) => base + n);
const database = process.env.GALERA_DATABASE || 'minyi_galera';
const balancerPort = Number(process.env.GALERA_BALANCER_PORT || base);
const testTimeout = Number(process.env.GALERA_TEST_TIMEOUT || 120_000);
const began = Date.now();

function clusterCommand(command) {
  const result = spawnSync('bash', [cluster, command], { stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error(`cluster.sh ${command} failed (${result.status})`);
}

/** Round-robin by connection; counts what each node was given. */
function startBalancer() {
  const given = nodes.map(() => 0);
  let next = 0;
  const sockets = new Set();
  const server = createServer((client) => {
    const index = next++ % nodes.length;
    given[index] += 1;
    const upstream = createConnection({ host: '127.0.0.1', port: nodes[index] });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(balancerPort, '127.0.0.1', () =>
      resolve({
        given,
        close: () => {
          for (const socket of sockets) socket.destroy();
          return new Promise((done) => server.close(done));
        },
      }),
    );
  });
}

async function onNode(port, work) {
  const connection = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root' });
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}

const STATUS = [
  'wsrep_local_cert_failures',
  'wsrep_local_bf_aborts',
  'wsrep_local_commits',
  'wsrep_replicated',
];

async function nodeFigures() {
  return Promise.all(
    nodes.map((port) =>
      onNode(port, async (c) => {
        const [rows] = await c.query(
          `SHOW GLOBAL STATUS WHERE Variable_name IN (${STATUS.map(() => '?').join(',')})`,
          STATUS,
        );
        return Object.fromEntries(rows.map((r) => [r.Variable_name, Number(r.Value)]));
      }),
    ),
  );
}

/** Each table's row count and checksum on every node (a causal read: each node has applied all before answering). */
async function compareNodes() {
  const per = await Promise.all(
    nodes.map((port) =>
      onNode(port, async (c) => {
        await c.query('SET SESSION wsrep_sync_wait = 15');
        const [tables] = await c.query(
          "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name",
          [database],
        );
        const out = {};
        // Schema objects too: a DDL statement a node refused is only logged there (Galera ignores the error).
        const [triggers] = await c.query(
          'SELECT trigger_name AS name FROM information_schema.triggers WHERE trigger_schema = ? ORDER BY trigger_name',
          [database],
        );
        out['(triggers)'] = triggers.map((t) => t.name).join(',');
        for (const { name } of tables) {
          const [[count]] = await c.query(`SELECT COUNT(*) AS n FROM \`${database}\`.\`${name}\``);
          const [[sum]] = await c.query(`CHECKSUM TABLE \`${database}\`.\`${name}\``);
          out[name] = `${count.n} rows, checksum ${sum.Checksum}`;
        }
        return out;
      }),
    ),
  );
  const names = [...new Set(per.flatMap((t) => Object.keys(t)))].sort();
  const differing = names.filter((name) => per.some((t) => t[name] !== per[0][name]));
  const rows = names
    .filter((name) => !name.startsWith('('))
    .reduce((sum, name) => sum + Number(String(per[0][name] ?? '0').split(' ')[0]), 0);
  return {
    tables: names.filter((name) => !name.startsWith('(')).length,
    triggers: per[0]['(triggers)'].split(',').filter(Boolean).length,
    rows,
    differing: differing.map((name) => `${name}: ${per.map((t) => t[name]).join(' | ')}`),
  };
}

let balancer;
let exitCode = 1;
try {
  clusterCommand('start');
  await onNode(nodes[0], (c) => c.query(`CREATE DATABASE IF NOT EXISTS \`${database}\``));
  balancer = await startBalancer();
  const url = `mariadb://root@127.0.0.1:${balancerPort}/${database}`;
  const before = await nodeFigures();
  console.log(`\n=== suite on Galera through ${url} (round-robin over ${nodes.join(', ')}) ===`);
  const jestBin = join(root, 'node_modules', 'jest', 'bin', 'jest.js');
  const args = process.argv.slice(2);
  const child = spawn(
    process.execPath,
    [jestBin, ...args, '--selectProjects', 'service', 'e2e', '--runInBand', `--testTimeout=${testTimeout}`],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
        DATABASE_URL: url,
        // Specs that want "a MySQL/MariaDB server" get the cluster too, never the shared one.
        TEST_MYSQL_URL: url,
        GALERA_NODE_URLS: nodes.map((port) => `mariadb://root@127.0.0.1:${port}/${database}`).join(','),
      },
    },
  );
  exitCode = await new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
  const after = await nodeFigures();
  console.log(
    `\n=== Galera figures (${Math.round((Date.now() - began) / 1000)} s, load ${(await import('node:os'))
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}) ===`,
  );
  console.log(
    `connections given by the balancer: ${nodes.map((port, i) => `${port}: ${balancer.given[i]}`).join(', ')}`,
  );
  for (const [i, port] of nodes.entries()) {
    const delta = STATUS.map((name) => `${name.replace('wsrep_', '')} ${after[i][name] - before[i][name]}`);
    console.log(`node ${port}: ${delta.join(', ')}`);
  }
  const compared = await compareNodes();
  if (compared.differing.length) {
    console.log(
      `NODES DIFFER in ${compared.differing.length} of ${compared.tables} tables:\n  ${compared.differing.join('\n  ')}`,
    );
    exitCode = exitCode || 1;
  } else {
    console.log(
      `the three nodes agree: ${compared.tables} tables, ${compared.triggers} triggers, ${compared.rows} rows, equal counts and checksums`,
    );
  }
} catch (error) {
  console.error(error);
  exitCode = exitCode || 1;
} finally {
  await balancer?.close();
  try {
    clusterCommand(process.env.GALERA_KEEP === '1' ? 'status' : 'remove');
  } catch (error) {
    console.error(error);
  }
}
process.exit(exitCode);
