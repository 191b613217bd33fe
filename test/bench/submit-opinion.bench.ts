/**
 * Throughput and latency of submitOpinion over real HTTP, 50 concurrent clients, on the embedded SQLite database or on
 * MySQL/MariaDB (see bench-server.ts). On SQLite it runs twice in one go — `synchronous = FULL` (the default: every
 * commit fsynced, so a receipt survives a power cut) and NORMAL (fsync only at checkpoints) — and prints what FULL
 * costs as ratios.
 *
 *   npm run bench:submit                                                                  # SQLite, temporary file
 *   BENCH_DATABASE_URL=mariadb://root@127.0.0.1:3306/minyi_bench npm run bench:submit     # emptied first!
 */
import { performance } from 'node:perf_hooks';
import { gql, percentile, startBenchServer } from './bench-server.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);

interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
}

async function run(label: string, env: Record<string, string>): Promise<Figures> {
  // The clients stand for 50 collectors; they share one account here, so the per-client bound is lifted.
  const { engine, taskId, collector, stop, exited } = await startBenchServer({
    env: { ...env, OVERLOAD_MAX_IN_FLIGHT_PER_CLIENT: '1000' },
  });
  try {
    const SUBMIT = 'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { receiptNumber } }';
    const latencies: number[] = [];
    let errors = 0;
    const until = performance.now() + SECONDS * 1000;
    const client = async (c: number) => {
      for (let n = 0; performance.now() < until; n++) {
        const started = performance.now();
        try {
          await gql(
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
          latencies.push(performance.now() - started);
        } catch {
          errors += 1;
        }
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    const elapsed = (performance.now() - t0) / 1000;
    latencies.sort((a, b) => a - b);
    const figures = {
      perSecond: latencies.length / elapsed,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
    };
    console.log(`submitOpinion on ${engine}${label}, ${CLIENTS} concurrent clients, ${elapsed.toFixed(1)} s`);
    console.log(
      `  ${latencies.length} accepted, ${errors} errors, ${figures.perSecond.toFixed(0)} opinions/s`,
    );
    console.log(
      `  latency p50 ${figures.p50.toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms`,
    );
    return figures;
  } finally {
    stop();
    await exited;
  }
}

async function main(): Promise<void> {
  if (process.env.BENCH_DATABASE_URL && !process.env.BENCH_DATABASE_URL.startsWith('sqlite:')) {
    await run('', {});
    return;
  }
  const full = await run(' (synchronous = FULL, the default)', { SQLITE_SYNCHRONOUS: 'FULL' });
  const normal = await run(' (synchronous = NORMAL)', { SQLITE_SYNCHRONOUS: 'NORMAL' });
  console.log(
    `cost of FULL against NORMAL: throughput ×${(full.perSecond / normal.perSecond).toFixed(2)}, ` +
      `p50 ×${(full.p50 / normal.p50).toFixed(2)}, p99 ×${(full.p99 / normal.p99).toFixed(2)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
