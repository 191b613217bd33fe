/**
 * Overload: 200 clients for 20 s — 190 sending an expensive request (submitOpinion: a write, one at a time on SQLite)
 * and 10 a cheap one (`{ me }`) — against the server with load shedding (the defaults) and without (every bound
 * lifted), one after the other in one run. Prints, for each: accepted, shed (503), throughput and p50/p99 of accepted
 * requests per class, resident memory before and after; then the cheap requests' figures with shedding as ratios of
 * those without. A shed client waits BENCH_BACKOFF_MS (250) before its next request; the per-client bound is lifted in
 * both runs, since the 190 writers stand for many collectors but share one demo account.
 *
 * "first answer" is how long a client waited for its first answer, connection included: when the server falls behind
 * accepting connections (it accepts one per event-loop turn), this is where it shows. The machine's load average is
 * printed with each run: on a shared machine, compare the two runs' ratios rather than absolute figures.
 * BENCH_RUNS=on (or off) runs one of the two; BENCH_RUNS=noadmit,on first runs the bounds without the admission queue
 * (OVERLOAD_ADMIT_SLICE_MS=0), to compare in one sitting.
 *
 *   npm run bench:overload                                                                   # SQLite
 *   BENCH_DATABASE_URL=mariadb://root@127.0.0.1:3306/minyi_bench npm run bench:overload      # emptied first!
 */
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { BENCH_BASE, login, memoryOf, percentile, startBenchServer } from './bench-server.js';

const EXPENSIVE = Number(process.env.BENCH_EXPENSIVE_CLIENTS ?? 190);
const CHEAP = Number(process.env.BENCH_CHEAP_CLIENTS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const BACKOFF_MS = Number(process.env.BENCH_BACKOFF_MS ?? 250);
const cpus = availableParallelism();

interface ClassFigures {
  accepted: number;
  shed: number;
  failed: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** The slowest client's wait for its first answer (ms). */
  firstMax: number;
  firstP50: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(body: unknown, token: string): Promise<'ok' | 'shed' | 'failed'> {
  try {
    const res = await fetch(`${BENCH_BASE}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    const answer = (await res.json()) as { errors?: unknown[] };
    if (res.status === 503) return 'shed';
    return answer.errors ? 'failed' : 'ok';
  } catch {
    return 'failed';
  }
}

async function run(label: string, env: Record<string, string>) {
  const server = await startBenchServer({ env: { ...env, OVERLOAD_MAX_IN_FLIGHT_PER_CLIENT: '100000' } });
  try {
    const head = await login('head');
    const before = memoryOf(server.pid).currentMiB;
    const t0 = performance.now();
    const until = t0 + SECONDS * 1000;
    const classes = {
      expensive: { latencies: [] as number[], shed: 0, failed: 0, first: [] as number[] },
      cheap: { latencies: [] as number[], shed: 0, failed: 0, first: [] as number[] },
    };
    const load = () =>
      loadavg()
        .map((l) => l.toFixed(1))
        .join(' ');
    const loadBefore = load();
    const client = async (kind: 'expensive' | 'cheap', c: number) => {
      const stats = classes[kind];
      for (let n = 0; performance.now() < until; n++) {
        const body =
          kind === 'cheap'
            ? { query: '{ me { username } }' }
            : {
                query: 'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { receiptNumber } }',
                variables: {
                  i: {
                    taskId: server.taskId,
                    provisionAddress: `art_${(n % 60) + 1}`,
                    proposedChange: `过载测试：客户端${c}的第${n}条意见`,
                    channel: 'ONLINE',
                    idempotencyKey: `overload-${label}-${c}-${n}`,
                  },
                },
              };
        const started = performance.now();
        const outcome = await post(body, kind === 'cheap' ? head : server.collector);
        if (n === 0) stats.first.push(performance.now() - t0);
        if (outcome === 'ok') stats.latencies.push(performance.now() - started);
        else if (outcome === 'shed') {
          stats.shed += 1;
          await sleep(BACKOFF_MS);
        } else stats.failed += 1;
      }
    };
    await Promise.all([
      ...Array.from({ length: EXPENSIVE }, (_, c) => client('expensive', c)),
      ...Array.from({ length: CHEAP }, (_, c) => client('cheap', c)),
    ]);
    const elapsed = (performance.now() - t0) / 1000;
    const after = memoryOf(server.pid);
    const figures = (kind: 'expensive' | 'cheap'): ClassFigures => {
      const { latencies, shed, failed, first } = classes[kind];
      latencies.sort((a, b) => a - b);
      first.sort((a, b) => a - b);
      return {
        accepted: latencies.length,
        shed,
        failed,
        perSecond: latencies.length / elapsed,
        p50: percentile(latencies, 50) ?? NaN,
        p99: percentile(latencies, 99) ?? NaN,
        firstMax: first[first.length - 1] ?? NaN,
        firstP50: percentile(first, 50) ?? NaN,
      };
    };
    const result = { expensive: figures('expensive'), cheap: figures('cheap') };
    console.log(
      `${server.engine}, load shedding ${label}: ${EXPENSIVE + CHEAP} clients, ${elapsed.toFixed(1)} s ` +
        `(load average ${loadBefore} before, ${load()} after; ${cpus} CPUs)`,
    );
    for (const kind of ['expensive', 'cheap'] as const) {
      const f = result[kind];
      console.log(
        `  ${kind === 'expensive' ? 'submitOpinion' : '{ me }       '}  accepted ${f.accepted} (${f.perSecond.toFixed(0)}/s), ` +
          `shed (503) ${f.shed}, failed ${f.failed}; accepted p50 ${f.p50.toFixed(0)} ms, p99 ${f.p99.toFixed(0)} ms; ` +
          `first answer p50 ${f.firstP50.toFixed(0)} ms, max ${f.firstMax.toFixed(0)} ms`,
      );
    }
    console.log(
      `  resident memory ${before} MiB before, ${after.currentMiB} MiB after (peak ${after.peakMiB} MiB)`,
    );
    return result;
  } finally {
    server.stop();
    await server.exited;
  }
}

async function main(): Promise<void> {
  const runs = (process.env.BENCH_RUNS ?? 'on,off').split(',');
  // The bounds without the admission queue (every request handled in the turn that read it): what it adds, in one run.
  if (runs.includes('noadmit')) await run('on, admission off', { OVERLOAD_ADMIT_SLICE_MS: '0' });
  const on = runs.includes('on') ? await run('on', {}) : undefined;
  if (!on || !runs.includes('off')) return;
  const off = await run('off', {
    OVERLOAD_MAX_IN_FLIGHT: '100000',
    OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: '0',
    OVERLOAD_MAX_HEAP_USED_MB: '0',
    OVERLOAD_MAX_WRITE_QUEUE_WAIT_MS: '0',
  });
  const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : 'n/a');
  console.log(
    `cheap requests under overload, shedding on ÷ off: throughput ×${ratio(on.cheap.perSecond, off.cheap.perSecond)}, ` +
      `p50 ×${ratio(on.cheap.p50, off.cheap.p50)}, p99 ×${ratio(on.cheap.p99, off.cheap.p99)}`,
  );
  console.log(
    `all accepted requests' p99: ${Math.max(on.expensive.p99, on.cheap.p99).toFixed(0)} ms with shedding, ` +
      `${Math.max(off.expensive.p99, off.cheap.p99).toFixed(0)} ms without`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
