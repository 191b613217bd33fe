/**
 * How far a MariaDB replica lags on this machine under a steady write load (issue 17), to choose REPLICA_MAX_LAG_MS:
 * a primary and a replica of the bench's own (test/support/own-mariadb.ts), writes on the primary at a steady rate,
 * and for each write the time from its commit (the INSERT's answer) to the moment the replica shows it (polled every
 * few ms) — p50 / p99 / max per rate, with the load beside them. It also runs the server's own lag check
 * (libs/database/src/replica-lag.ts, every REPLICA_LAG_CHECK_MS) on the same pair and prints what it measured.
 *
 *   npm run bench:replica-lag            # rates 50, 200, 1000 writes/s, 15 s each
 *   RATES=100,500 SECONDS=10 REPLICA_BENCH_PORT=4820 npm run bench:replica-lag
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import mysql from 'mysql2/promise';
import { ReplicaLag, type LagProbe } from '../../libs/database/src/replica-lag.js';
import { startReplicatedPair } from '../support/own-mariadb.js';

const RATES = (process.env.RATES ?? '50,200,1000').split(',').map(Number);
const SECONDS = Number(process.env.SECONDS ?? 15);
const CHECK_MS = Number(process.env.REPLICA_LAG_CHECK_MS ?? 250);
const PORT = process.env.REPLICA_BENCH_PORT ? Number(process.env.REPLICA_BENCH_PORT) : undefined;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const quantile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${quantile(sorted, 0.5).toFixed(1)} ms, p99 ${quantile(sorted, 0.99).toFixed(1)} ms, max ${(
    sorted.at(-1) ?? NaN
  ).toFixed(1)} ms (n=${sorted.length})`;
};

async function main(): Promise<void> {
  const { primary, replica, onPrimary, onReplica } = await startReplicatedPair(PORT);
  const connect = (port: number) => mysql.createConnection({ host: '127.0.0.1', port, user: 'root' });
  const checkPrimary = await connect(primary.port);
  const checkReplica = await connect(replica.port);
  // Up to 8 writes in flight at once, each on its own connection.
  const writers = mysql.createPool({ host: '127.0.0.1', port: primary.port, user: 'root', connectionLimit: 8 });
  try {
    await onPrimary.query('CREATE DATABASE bench');
    await onPrimary.query(
      'CREATE TABLE bench.lag_probe (id BIGINT AUTO_INCREMENT PRIMARY KEY, payload VARCHAR(200)) ENGINE=InnoDB',
    );
    await sleep(500);
    console.log(
      `replica lag under a steady write load: MariaDB primary :${primary.port} → replica :${replica.port}, ` +
        `${SECONDS} s per rate; lag check every ${CHECK_MS} ms`,
    );
    for (const rate of RATES) {
      const committedAt = new Map<number, number>();
      const lags: number[] = [];
      const checked: number[] = [];
      let writing = true;
      let seen = 0;
      /** The last write's id (the poll runs until it has seen it). */
      let maxId = 0;
      let lastId = Number.POSITIVE_INFINITY;
      const loadBefore = load();

      // The server's own measure, on connections of its own.
      const monitor = new ReplicaLag(1, Number.MAX_SAFE_INTEGER, { warn: () => undefined, log: () => undefined });
      const position = async (connection: typeof onPrimary, variable: string) => {
        const [rows] = (await connection.query(`SELECT @@${variable} AS p`)) as unknown as [Array<{ p: string }>];
        return rows[0].p;
      };
      const probe: LagProbe = {
        primaryPosition: () => position(checkPrimary, 'gtid_binlog_pos'),
        replicaPosition: () => position(checkReplica, 'gtid_slave_pos'),
      };
      const checks = (async () => {
        while (writing) {
          await monitor.check(probe);
          checked.push(monitor.states[0].lagMs ?? NaN);
          await sleep(CHECK_MS);
        }
      })();

      // The replica polled as fast as it answers (a few ms apart): when a write shows there.
      const poll = (async () => {
        while (writing || seen < lastId) {
          const [rows] = (await onReplica.query('SELECT MAX(id) AS m FROM bench.lag_probe')) as unknown as [
            Array<{ m: number | null }>,
          ];
          const now = performance.now();
          for (let id = seen + 1; id <= Number(rows[0].m ?? 0); id++) {
            const at = committedAt.get(id);
            if (at !== undefined) lags.push(Math.max(0, now - at));
          }
          seen = Math.max(seen, Number(rows[0].m ?? 0));
          await sleep(2);
        }
      })();

      // Writes at a steady rate: each on its own, as requests commit (autocommit INSERTs, up to 8 in flight).
      const start = performance.now();
      const total = rate * SECONDS;
      const inFlight = new Set<Promise<void>>();
      let late = 0;
      for (let i = 0; i < total; i++) {
        const due = start + (i * 1000) / rate;
        const wait = due - performance.now();
        if (wait > 1) await sleep(wait);
        else if (wait < -100) late += 1;
        while (inFlight.size >= 8) await Promise.race(inFlight);
        const write = writers
          .query('INSERT INTO bench.lag_probe (payload) VALUES (?)', [`w${i}`])
          .then(([result]) => {
            const id = (result as { insertId: number }).insertId;
            maxId = Math.max(maxId, id);
            // Already visible on the replica before its answer got here: no lag to speak of.
            if (id <= seen) lags.push(0);
            else committedAt.set(id, performance.now());
          })
          .finally(() => inFlight.delete(write));
        inFlight.add(write);
      }
      await Promise.all(inFlight);
      lastId = maxId;
      const wroteFor = (performance.now() - start) / 1000;
      writing = false;
      await Promise.all([poll, checks]);
      console.log(
        `${String(rate).padStart(5)} writes/s (${(total / wroteFor).toFixed(0)} achieved${
          late ? `, ${late} more than 100 ms late` : ''
        }): commit → visible on the replica ${summary(lags)}`,
      );
      console.log(`       lag check (every ${CHECK_MS} ms, as the server measures): ${summary(checked)}`);
      console.log(`       load average before ${loadBefore}, after ${load()}`);
    }
  } finally {
    await writers.end();
    await checkPrimary.end();
    await checkReplica.end();
    await onPrimary.end();
    await onReplica.end();
    await replica.remove();
    await primary.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
