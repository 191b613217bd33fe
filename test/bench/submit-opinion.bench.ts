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
 * BENCH_CLIENTS (50), BENCH_SECONDS (per turn, 5), BENCH_ROUNDS (2), BENCH_SQLITE_SYNCHRONOUS (FULL, the default).
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gql, percentile, startBenchServer } from './bench-server.js';
import { formatSummary, profileClockNow, summarizeWindow } from './support/profile-summary.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const PROFILE = process.env.BENCH_PROFILE === '1';
/** Which requests to run (BENCH_KINDS=submit profiles the write path alone); the ratios need typename. */
const KINDS = (process.env.BENCH_KINDS ?? 'typename,me,submit')
  .split(',')
  .map((k) => k.trim()) as Array<'typename' | 'me' | 'submit'>;
/** The targets of issue 16, as shares of the anonymous ceiling. */
const TARGET_ME = 0.8;
const TARGET_SUBMIT = 0.4;

type Kind = 'typename' | 'me' | 'submit';

interface Tally {
  latencies: number[];
  errors: number;
  firstError: string | null;
  seconds: number;
  cpuMs: number;
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
  const profileDir = PROFILE ? mkdtempSync(join(tmpdir(), 'minyi-prof-')) : null;
  const env: Record<string, string> = {
    // The clients stand for 50 collectors; they share one account here, so the per-client bound is lifted.
    OVERLOAD_MAX_IN_FLIGHT_PER_CLIENT: '1000',
    ...(process.env.BENCH_SQLITE_SYNCHRONOUS
      ? { SQLITE_SYNCHRONOUS: process.env.BENCH_SQLITE_SYNCHRONOUS }
      : {}),
  };
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const { engine, pid, taskId, collector, stop, exited } = await startBenchServer({ env, nodeArgs });
  const tallies: Record<Kind, Tally> = {
    typename: { latencies: [], errors: 0, firstError: null, seconds: 0, cpuMs: 0, windows: [] },
    me: { latencies: [], errors: 0, firstError: null, seconds: 0, cpuMs: 0, windows: [] },
    submit: { latencies: [], errors: 0, firstError: null, seconds: 0, cpuMs: 0, windows: [] },
  };
  const SUBMIT = 'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { receiptNumber } }';
  let submitted = 0;
  const request = (kind: Kind, c: number): Promise<unknown> => {
    if (kind === 'typename') return gql('{ __typename }');
    if (kind === 'me') return gql('{ me { username } }', {}, collector);
    const n = submitted++;
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
    );
  };
  const turn = async (kind: Kind): Promise<void> => {
    const tally = tallies[kind];
    const cpu0 = cpuMsOf(pid);
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
    tally.cpuMs += cpuMsOf(pid) - cpu0;
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
  } finally {
    stop();
    await exited;
  }

  console.log(
    `${engine}, ${CLIENTS} concurrent clients, ${ROUNDS} rounds of ${SECONDS} s per request, ` +
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
  };
  for (const kind of KINDS) {
    const t = tallies[kind];
    t.latencies.sort((a, b) => a - b);
    perSecond[kind] = t.latencies.length / t.seconds;
    console.log(
      `  ${labels[kind].padEnd(32)} ${perSecond[kind].toFixed(0).padStart(6)} req/s  ` +
        `p50 ${percentile(t.latencies, 50).toFixed(1)} ms  p99 ${percentile(t.latencies, 99).toFixed(1)} ms  ` +
        `CPU ${(t.cpuMs / Math.max(1, t.latencies.length)).toFixed(2)} ms/req  ` +
        `(${t.latencies.length} ok, ${t.errors} errors${t.firstError ? `: ${t.firstError.slice(0, 160)}` : ''})`,
    );
  }
  if (perSecond.typename && perSecond.me) {
    const me = perSecond.me / perSecond.typename;
    console.log(
      `  me/typename     ${(me * 100).toFixed(0)}% (target ≥ ${TARGET_ME * 100}%)${me >= TARGET_ME ? '' : '  BELOW TARGET'}`,
    );
  }
  if (perSecond.typename && perSecond.submit) {
    const submit = perSecond.submit / perSecond.typename;
    console.log(
      `  submit/typename ${(submit * 100).toFixed(0)}% (target ≥ ${TARGET_SUBMIT * 100}%)${submit >= TARGET_SUBMIT ? '' : '  BELOW TARGET'}`,
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
      console.log(`\nCPU profile of the server (${join(profileDir, file)}) during the ${labels[kind]} turns:`);
      console.log(
        formatSummary(summarizeWindow(join(profileDir, file), { windows: t.windows, top }), t.latencies.length),
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
