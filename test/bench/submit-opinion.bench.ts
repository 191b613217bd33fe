/**
 * Throughput and latency of submitOpinion over real HTTP, 50 concurrent clients, on the embedded SQLite database or on
 * MySQL/MariaDB (see bench-server.ts).
 *
 *   npm run bench:submit                                                                  # SQLite, temporary file
 *   BENCH_DATABASE_URL=mariadb://root@127.0.0.1:3306/minyi_bench npm run bench:submit     # emptied first!
 */
import { performance } from 'node:perf_hooks';
import { gql, percentile, startBenchServer } from './bench-server.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);

async function main(): Promise<void> {
  const { engine, taskId, collector, stop } = await startBenchServer();
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
    console.log(`submitOpinion on ${engine}, ${CLIENTS} concurrent clients, ${elapsed.toFixed(1)} s`);
    console.log(
      `  ${latencies.length} accepted, ${errors} errors, ${(latencies.length / elapsed).toFixed(0)} opinions/s`,
    );
    console.log(
      `  latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms`,
    );
  } finally {
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
