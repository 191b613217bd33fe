/**
 * Where SQLite's checkpoints run, the database alone (issue 16): SQLite's own, inside the COMMIT that takes the WAL
 * past 1,000 pages (SQLITE_CHECKPOINT=commit), against a thread of their own (thread, the default). 50 writers loop
 * through the write queue (serializeTransactions: group commit, synchronous = FULL), each transaction one row in a
 * table with nine indexes over random keys (about as many pages per row as an opinion writes), for BENCH_SECONDS per
 * turn, the two modes alternated BENCH_ROUNDS times on fresh files. Prints per turn the transactions a second, how long
 * the event loop was held (the delay of a 1 ms timer: p99 and max) and the checkpoints the thread ran.
 *
 *   npm run bench:sqlite-checkpoint            # BENCH_SECONDS (8), BENCH_ROUNDS (3), BENCH_WRITERS (50)
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { serializeTransactions, walCheckpointerOf } from '../../libs/database/src/serialize-transactions.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 50);
type Mode = 'commit' | 'thread';

interface Turn {
  mode: Mode;
  perSecond: number;
  loopP99: number;
  loopMax: number;
  checkpoints: number;
  walMb: number;
  load: number;
}

const word = () => randomBytes(6).toString('hex');

async function turn(mode: Mode): Promise<Turn> {
  const folder = mkdtempSync(join(tmpdir(), 'minyi-ckpt-bench-'));
  const path = join(folder, 'db.sqlite');
  const db = await new DataSource({
    type: 'better-sqlite3',
    database: path,
    enableWAL: true,
    prepareDatabase: (connection: { pragma(source: string): unknown }) => {
      connection.pragma('synchronous = FULL');
      connection.pragma('temp_store = MEMORY');
    },
  }).initialize();
  await db.query(
    'CREATE TABLE row (id TEXT PRIMARY KEY, a TEXT, b TEXT, c TEXT, d TEXT, e TEXT, f INTEGER, g TEXT, h TEXT, body TEXT)',
  );
  for (const column of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])
    await db.query(`CREATE INDEX idx_${column} ON row (${column}, id)`);
  serializeTransactions(db, 0, { checkpointInThread: mode === 'thread' });

  const body = '意见'.repeat(300);
  let done = 0;
  let running = true;
  const writer = async () => {
    while (running) {
      await db.manager.transaction((manager) =>
        manager.query('INSERT INTO row VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
          randomUUID(),
          word(),
          word(),
          word(),
          word(),
          word(),
          Math.floor(Math.random() * 1e9),
          word(),
          word(),
          body,
        ]),
      );
      done += 1;
    }
  };
  const loop = monitorEventLoopDelay({ resolution: 1 });
  const started = performance.now();
  loop.enable();
  const writers = Array.from({ length: WRITERS }, writer);
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  running = false;
  await Promise.all(writers);
  loop.disable();
  const seconds = (performance.now() - started) / 1000;
  const checkpoints = walCheckpointerOf(db)?.stats().runs ?? 0;
  const walMb = statSync(`${path}-wal`).size / 2 ** 20;
  await db.destroy();
  rmSync(folder, { recursive: true, force: true });
  return {
    mode,
    perSecond: done / seconds,
    loopP99: loop.percentile(99) / 1e6,
    loopMax: loop.max / 1e6,
    checkpoints,
    walMb,
    load: loadavg()[0],
  };
}

async function main(): Promise<void> {
  const turns: Turn[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of ['commit', 'thread'] as const) {
      const t = await turn(mode);
      turns.push(t);
      console.log(
        `${mode.padEnd(6)}  ${t.perSecond.toFixed(0).padStart(5)} tx/s   event loop held p99 ${t.loopP99.toFixed(1)} ms, ` +
          `max ${t.loopMax.toFixed(1)} ms   checkpoints in the thread ${t.checkpoints}   WAL at the end ${t.walMb.toFixed(1)} MB` +
          `   load ${t.load.toFixed(1)}`,
      );
    }
  }
  const range = (mode: Mode, pick: (t: Turn) => number, digits = 0) => {
    const values = turns.filter((t) => t.mode === mode).map(pick);
    return `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
  };
  console.log(
    `\n${WRITERS} writers, ${ROUNDS} rounds of ${SECONDS} s per mode, alternated:\n` +
      `  checkpoints in COMMIT (SQLite's default): ${range('commit', (t) => t.perSecond)} tx/s, loop held p99 ` +
      `${range('commit', (t) => t.loopP99, 1)} ms, max ${range('commit', (t) => t.loopMax, 1)} ms\n` +
      `  checkpoints in a thread (the default):    ${range('thread', (t) => t.perSecond)} tx/s, loop held p99 ` +
      `${range('thread', (t) => t.loopP99, 1)} ms, max ${range('thread', (t) => t.loopMax, 1)} ms`,
  );
  const ratios = turns
    .filter((t) => t.mode === 'thread')
    .map((t, i) => t.perSecond / turns.filter((c) => c.mode === 'commit')[i].perSecond);
  console.log(`  thread / commit per round: ${ratios.map((r) => `×${r.toFixed(2)}`).join(' ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
