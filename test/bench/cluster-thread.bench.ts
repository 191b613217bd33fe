/**
 * Clustering in place against clustering in the grouping's thread (issue 17), in one sitting, alternating: the time a
 * grouping's clustering takes (the thread's overhead: starting it, sending the texts, receiving the results) and how
 * long the event loop is held meanwhile (the largest gap of a 10 ms timer, and monitorEventLoopDelay's p99) — what an
 * all-in-one instance's HTTP requests, BullMQ lock renewals and database connects wait for.
 *
 *   npm run bench:cluster-thread                                 60,000 opinions on one provision (the case)
 *   BENCH_OPINIONS=300000 BENCH_SINGLE_GROUP=0 npm run bench:cluster-thread   spread over 1,260 provisions
 *   BENCH_ROUNDS=3 …   rounds of each (default 2)
 *   BENCH_DIST=1 …     the compiled dist/ (npm run build:api first)
 */
import { loadavg } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { generateOpinions } from './support/synthetic-opinions.js';

type WorkerModule = typeof import('../../libs/consolidation/src/near-duplicate-worker.js');
type CoreModule = typeof import('../../libs/consolidation/src/near-duplicates/index.js');
/** BENCH_DIST=1: the compiled dist/ (npm run build:api first), as `npm start` runs it — the thread loads plain JS. */
const DIST = process.env.BENCH_DIST === '1';
const from = (path: string) =>
  new URL(`../../${DIST ? 'dist/' : ''}libs/consolidation/src/${path}`, import.meta.url).href;
const { NearDuplicateWorker } = (await import(from('near-duplicate-worker.js'))) as WorkerModule;
const { clusterNearDuplicates } = (await import(from('near-duplicates/index.js'))) as CoreModule;

const COUNT = Number(process.env.BENCH_OPINIONS ?? 60_000);
const SINGLE_GROUP = (process.env.BENCH_SINGLE_GROUP ?? '1') === '1';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

const byProvision = new Map<string, string[]>();
for (const o of generateOpinions(COUNT, 20200528)) {
  const key = SINGLE_GROUP ? 'one' : (o.provisionAddress ?? '');
  const list = byProvision.get(key) ?? [];
  list.push(`${o.proposedChange}\n${o.reason}`);
  byProvision.set(key, list);
}
const provisions = [...byProvision.values()];
const largest = Math.max(...provisions.map((p) => p.length));

const yieldToLoop = () => new Promise((resolve) => setImmediate(resolve));

/** Clusters every provision one way, between provisions letting the loop run as the grouping does; returns figures. */
async function run(mode: 'inline' | 'thread') {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  let tick = performance.now();
  let gapMax = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    gapMax = Math.max(gapMax, now - tick - 10);
    tick = now;
  }, 10);
  histogram.enable();
  const worker = new NearDuplicateWorker();
  let checksum = 0;
  const started = performance.now();
  try {
    for (const texts of provisions) {
      if (texts.length < 2) continue;
      const { clusterOf } = mode === 'inline' ? clusterNearDuplicates(texts) : await worker.cluster(texts);
      for (let i = 0; i < clusterOf.length; i++) checksum = (checksum * 31 + clusterOf[i]) | 0;
      await yieldToLoop();
    }
  } finally {
    await worker.close();
  }
  const ms = performance.now() - started;
  // One more turn so that the timer sees the last block.
  await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(timer);
  histogram.disable();
  return {
    ms,
    loopMaxMs: Math.max(gapMax, histogram.max / 1e6),
    loopP99Ms: histogram.percentile(99) / 1e6,
    checksum,
  };
}

console.log(
  `聚类线程基准 clustering in place vs in the grouping's thread: ${COUNT.toLocaleString('en')} opinions on ` +
    `${provisions.length.toLocaleString('en')} provision(s), largest ${largest.toLocaleString('en')}; ` +
    `${DIST ? 'dist/' : 'sources (tsx)'}; ` +
    `load average ${loadavg()[0].toFixed(1)}`,
);
const results: Record<'inline' | 'thread', Array<Awaited<ReturnType<typeof run>>>> = {
  inline: [],
  thread: [],
};
for (let round = 0; round < ROUNDS; round++) {
  for (const mode of round % 2 ? (['thread', 'inline'] as const) : (['inline', 'thread'] as const)) {
    const r = await run(mode);
    results[mode].push(r);
    console.log(
      `  round ${round + 1} ${mode.padEnd(6)}: ${(r.ms / 1000).toFixed(2)} s; event loop held at most ` +
        `${Math.round(r.loopMaxMs)} ms (p99 ${Math.round(r.loopP99Ms)} ms); load ${loadavg()[0].toFixed(1)}`,
    );
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const inline = median(results.inline.map((r) => r.ms));
const thread = median(results.thread.map((r) => r.ms));
const same = [...results.inline, ...results.thread].every((r) => r.checksum === results.inline[0].checksum);
console.log(
  `  median: in place ${(inline / 1000).toFixed(2)} s, loop max ${Math.round(median(results.inline.map((r) => r.loopMaxMs)))} ms; ` +
    `thread ${(thread / 1000).toFixed(2)} s (×${(thread / inline).toFixed(2)}), loop max ` +
    `${Math.round(median(results.thread.map((r) => r.loopMaxMs)))} ms; same clusters: ${same ? 'yes' : 'NO'}`,
);
if (!same) process.exitCode = 1;
