/**
 * What a signed-in request and a submission cost against the stack's own ceiling, over real HTTP with 50 concurrent
 * clients, all three against the same server in one run, in turns (A B C A B C …) so the machine's noise falls on each
 * alike (issue 16):
 *   - `{ __typename }`, anonymous: HTTP + Fastify + Apollo + our plugins, nothing of ours behind it — the ceiling;
 *   - `{ me { username } }`, signed in: what authentication adds;
 *   - `submitOpinion`: the write path (idempotency key, audit and search index in one transaction).
 * For each: throughput, p50/p99, the server's CPU per request (from /proc, the server being our child), and the ratios
 * me/typename and submit/typename, with the load average (figures are comparable only as ratios within one run).
 *
 *   npm run bench:submit                                                                  # SQLite, temporary file
 *   BENCH_DATABASE_URL=mariadb://root@127.0.0.1:3306/minyi_bench npm run bench:submit     # emptied first!
 *   BENCH_PROFILE=1 npm run bench:submit        # the server under --cpu-prof: top self time by package and function
 *
 * BENCH_CLIENTS (50), BENCH_SECONDS (per turn, 5), BENCH_ROUNDS (2), BENCH_SQLITE_SYNCHRONOUS (FULL, the default),
 * BENCH_SQLITE_CHECKPOINT (thread, the default, or commit: where checkpoints run; alternate runs to compare),
 * BENCH_KINDS (typename,me,submit: the requests to run).
 *
 * Several instances (issue 17): with BENCH_INSTANCES=2 and a MySQL/MariaDB BENCH_DATABASE_URL, both servers share
 * Redis (BENCH_REDIS_URL, redis://127.0.0.1:6379, under the key prefix BENCH_REDIS_KEY_PREFIX, minyi-bench-submit:)
 * as instances of one deployment do; after the turns above, a second instance starts on the same database and each
 * round adds a submitOpinion turn with the clients split between the two, printed next to one instance's:
 *   BENCH_INSTANCES=2 BENCH_DATABASE_URL=mariadb://root@127.0.0.1:3306/minyi_bench npm run bench:submit
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BENCH_BASE, gql, percentile, startBenchServer, startInstance } from './bench-server.js';
import { formatSummary, profileClockNow, summarizeWindow } from './support/profile-summary.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const PROFILE = process.env.BENCH_PROFILE === '1';
/** Which requests to run (BENCH_KINDS=submit profiles the write path alone); the ratios need typename. */
const KINDS = (process.env.BENCH_KINDS ?? 'typename,me,submit').split(',').map((k) => k.trim()) as Array<
  'typename' | 'me' | 'submit'
>;
/** The targets of issue 16, as shares of the anonymous ceiling. */
const TARGET_ME = 0.8;
const TARGET_SUBMIT = 0.4;
const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 1);

type Kind = 'typename' | 'me' | 'submit' | 'submit2';

interface Tally {
  latencies: number[];
  errors: number;
  firstError: string | null;
  seconds: number;
  cpuMs: number;
  /** This process's (the clients') CPU time in the turns, ms: the machine's cores are shared with the server. */
  clientCpuMs: number;
  /** The turns' spans in the CPU profile's clock (µs), to summarise the profile by request kind. */
  windows: Array<[number, number]>;
}

/** User + system CPU time of a process so far, in ms (Linux /proc; clock ticks are 1/100 s). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // After "pid (comm) ", utime and stime are the 12th and 13th fields.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function main(): Promise<void> {
  if (![1, 2].includes(INSTANCES)) throw new Error('BENCH_INSTANCES: 1 or 2');
  if (INSTANCES === 2 && !process.env.BENCH_DATABASE_URL?.match(/^(mysql|mariadb):/))
    throw new Error(
      'BENCH_INSTANCES=2 needs BENCH_DATABASE_URL=mariadb://… (two instances cannot share SQLite)',
    );
  const profileDir = PROFILE ? mkdtempSync(join(tmpdir(), 'minyi-prof-')) : null;
  const env: Record<string, string> = {
    // The clients stand for 50 collectors; they share one account here, so the per-client bound is lifted.
    OVERLOAD_MAX_IN_FLIGHT_PER_CLIENT: '1000',
    ...(process.env.BENCH_SQLITE_SYNCHRONOUS
      ? { SQLITE_SYNCHRONOUS: process.env.BENCH_SQLITE_SYNCHRONOUS }
      : {}),
    ...(process.env.BENCH_SQLITE_CHECKPOINT
      ? { SQLITE_CHECKPOINT: process.env.BENCH_SQLITE_CHECKPOINT }
      : {}),
    ...(INSTANCES > 1
      ? {
          REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
          REDIS_KEY_PREFIX: process.env.BENCH_REDIS_KEY_PREFIX ?? 'minyi-bench-submit:',
        }
      : {}),
  };
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const { engine, pid, taskId, collector, stop, exited, databaseUrl } = await startBenchServer({
    env,
    nodeArgs,
  });
  const tallies: Record<Kind, Tally> = {
    typename: {
      latencies: [],
      errors: 0,
      firstError: null,
      seconds: 0,
      cpuMs: 0,
      clientCpuMs: 0,
      windows: [],
    },
    me: { latencies: [], errors: 0, firstError: null, seconds: 0, cpuMs: 0, clientCpuMs: 0, windows: [] },
    submit: { latencies: [], errors: 0, firstError: null, seconds: 0, cpuMs: 0, clientCpuMs: 0, windows: [] },
    submit2: {
      latencies: [],
      errors: 0,
      firstError: null,
      seconds: 0,
      cpuMs: 0,
      clientCpuMs: 0,
      windows: [],
    },
  };
  /** The second instance (BENCH_INSTANCES=2), started once the one-instance turns are done. */
  let second: Awaited<ReturnType<typeof startInstance>> | null = null;
  const SUBMIT = 'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { receiptNumber } }';
  let submitted = 0;
  const request = (kind: Kind, c: number): Promise<unknown> => {
    if (kind === 'typename') return gql('{ __typename }');
    if (kind === 'me') return gql('{ me { username } }', {}, collector);
    const n = submitted++;
    // Two instances: the clients split between them, as a load balancer would spread them.
    const base = kind === 'submit2' && c % 2 === 1 ? second!.base : BENCH_BASE;
    return gql(
      SUBMIT,
      {
        i: {
          taskId,
          provisionAddress: `art_${(n % 60) + 1}`,
          proposedChange: `建议第${n}号：养犬登记手续应当简化，客户端${c}`,
          channel: 'ONLINE',
          idempotencyKey: `bench-${c}-${n}`,
        },
      },
      collector,
      base,
    );
  };
  const turn = async (kind: Kind): Promise<void> => {
    const tally = tallies[kind];
    const pids = kind === 'submit2' ? [pid, second!.pid] : [pid];
    const cpu0 = pids.reduce((sum, p) => sum + cpuMsOf(p), 0);
    const clientCpu0 = process.cpuUsage();
    const from = profileClockNow();
    const until = performance.now() + SECONDS * 1000;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        while (performance.now() < until) {
          const started = performance.now();
          try {
            await request(kind, c);
            tally.latencies.push(performance.now() - started);
          } catch (error) {
            tally.errors += 1;
            tally.firstError ??= String(error);
          }
        }
      }),
    );
    tally.seconds += (performance.now() - t0) / 1000;
    tally.cpuMs += pids.reduce((sum, p) => sum + cpuMsOf(p), 0) - cpu0;
    const clientCpu = process.cpuUsage(clientCpu0);
    tally.clientCpuMs += (clientCpu.user + clientCpu.system) / 1000;
    tally.windows.push([from, profileClockNow()]);
  };
  const loads: number[] = [];
  try {
    // A short warm-up of each (JIT, prepared statements, caches) that is not counted.
    for (const kind of KINDS) for (let c = 0; c < 20; c++) await request(kind, c);
    for (let round = 0; round < ROUNDS; round++) {
      for (const kind of KINDS) {
        await turn(kind);
        loads.push(loadavg()[0]);
      }
    }
    if (INSTANCES === 2) {
      // Started after the one-instance turns (its start, migrations checked and demo seen, costs CPU of its own), with
      // the first instance still running: then the same rounds, the clients split between the two.
      second = await startInstance(databaseUrl, { env });
      for (let c = 0; c < 20; c++) await request('submit2', c);
      for (let round = 0; round < ROUNDS; round++) {
        await turn('submit2');
        loads.push(loadavg()[0]);
      }
    }
  } finally {
    second?.stop();
    stop();
    await exited;
    await second?.exited;
  }

  console.log(
    `${engine}${
      engine === 'SQLite'
        ? ` (synchronous ${env.SQLITE_SYNCHRONOUS ?? 'FULL'}, checkpoints in ${env.SQLITE_CHECKPOINT ?? 'thread'})`
        : ''
    }, ${CLIENTS} concurrent clients, ${ROUNDS} rounds of ${SECONDS} s per request, ` +
      `load average during the run ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} ` +
      `(now ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')})`,
  );
  const perSecond: Partial<Record<Kind, number>> = {};
  const labels: Record<Kind, string> = {
    typename: '{ __typename } anonymous',
    me: '{ me { username } } signed in',
    submit: 'submitOpinion',
    submit2: 'submitOpinion, 2 instances',
  };
  for (const kind of INSTANCES === 2 ? [...KINDS, 'submit2' as const] : KINDS) {
    const t = tallies[kind];
    t.latencies.sort((a, b) => a - b);
    perSecond[kind] = t.latencies.length / t.seconds;
    console.log(
      `  ${labels[kind].padEnd(32)} ${perSecond[kind].toFixed(0).padStart(6)} req/s  ` +
        `p50 ${percentile(t.latencies, 50).toFixed(1)} ms  p99 ${percentile(t.latencies, 99).toFixed(1)} ms  ` +
        `CPU ${(t.cpuMs / Math.max(1, t.latencies.length)).toFixed(2)} ms/req ` +
        `(clients ${(t.clientCpuMs / Math.max(1, t.latencies.length)).toFixed(2)})  ` +
        `(${t.latencies.length} ok, ${t.errors} errors${t.firstError ? `: ${t.firstError.slice(0, 160)}` : ''})`,
    );
  }
  if (perSecond.typename && perSecond.me) {
    const me = perSecond.me / perSecond.typename;
    console.log(
      `  me/typename     ${(me * 100).toFixed(0)}% (target ≥ ${TARGET_ME * 100}%)${me >= TARGET_ME ? '' : '  BELOW TARGET'}`,
    );
  }
  if (perSecond.submit && perSecond.submit2) {
    const t1 = tallies.submit;
    const t2 = tallies.submit2;
    console.log(
      `  2 instances / 1 instance: throughput ×${(perSecond.submit2 / perSecond.submit).toFixed(2)}, ` +
        `p99 ${percentile(t2.latencies, 99).toFixed(0)} ms against ${percentile(t1.latencies, 99).toFixed(0)} ms ` +
        `(one database, one machine: both instances share its ${cpus().length} cores with the clients and the database)`,
    );
  }
  if (perSecond.typename && perSecond.submit) {
    const submit = perSecond.submit / perSecond.typename;
    console.log(
      `  submit/typename ${(submit * 100).toFixed(0)}% (target ≥ ${TARGET_SUBMIT * 100}%)${submit >= TARGET_SUBMIT ? '' : '  BELOW TARGET'}`,
    );
    // The clients run on the same cores: with every core busy and the work spread perfectly over them, the most this
    // machine could serve is cores / (server + client CPU per request). Its ratio bounds what any change that moves
    // work between threads (rather than removing it) could reach here.
    const most = (kind: Kind) => {
      const t = tallies[kind];
      return (cpus().length * 1000 * t.latencies.length) / Math.max(1, t.cpuMs + t.clientCpuMs);
    };
    console.log(
      `  all ${cpus().length} cores busy, perfectly spread: typename ≤ ${most('typename').toFixed(0)}/s, ` +
        `submit ≤ ${most('submit').toFixed(0)}/s — submit/typename ≤ ${((most('submit') / most('typename')) * 100).toFixed(0)}% ` +
        `at this CPU per request; ${((perSecond.submit / most('submit')) * 100).toFixed(0)}% of submit's bound reached`,
    );
  }

  if (profileDir) {
    const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) {
      console.log(`  no profile written in ${profileDir} (did the server exit cleanly?)`);
      return;
    }
    const top = Number(process.env.BENCH_PROFILE_TOP ?? 15);
    for (const kind of KINDS) {
      const t = tallies[kind];
      console.log(
        `\nCPU profile of the server (${join(profileDir, file)}) during the ${labels[kind]} turns:`,
      );
      console.log(
        formatSummary(
          summarizeWindow(join(profileDir, file), { windows: t.windows, top }),
          t.latencies.length,
        ),
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
