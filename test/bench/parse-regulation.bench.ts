/**
 * Benchmark of the text parser on the Criminal Law fixture (216 KB, 2 编, 15 章, 37 节, 505 条). Prints the median,
 * p95 and fastest time per parse and the throughput; the target is under 50 ms per parse on a 2-core machine.
 * Run: npm run bench:parse
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseRegulation } from '../../libs/drafts/src/parser/parse-regulation.js';
import type { ProvisionNode } from '../../libs/drafts/src/provision.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/regulations/criminal-law.txt', import.meta.url));
const WARMUP = 30;
const RUNS = 300;
const TARGET_MS = 50;

const text = readFileSync(FIXTURE, 'utf8');
const bytes = Buffer.byteLength(text, 'utf8');

function count(nodes: ProvisionNode[], kind: ProvisionNode['kind']): number {
  return nodes.reduce((sum, n) => sum + (n.kind === kind ? 1 : 0) + count(n.children, kind), 0);
}

// Warm up so that the figures measure optimised code, not the JIT's first passes.
let articles = 0;
for (let i = 0; i < WARMUP; i++) articles = count(parseRegulation(text).provisions, 'article');

const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  parseRegulation(text);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);

const at = (q: number): number => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
const median = at(0.5);
const p95 = at(0.95);
const min = times[0];
const mean = times.reduce((a, b) => a + b, 0) / times.length;
const fmt = (ms: number): string => `${ms.toFixed(2)} ms`;

console.log(
  `parseRegulation on criminal-law.txt: ${bytes.toLocaleString('en')} bytes, ${articles} articles, ${RUNS} runs after ${WARMUP} warm-up parses`,
);
console.log(`  median ${fmt(median)}   p95 ${fmt(p95)}   min ${fmt(min)}   mean ${fmt(mean)}`);
console.log(
  `  throughput ${(bytes / 1024 / 1024 / (median / 1000)).toFixed(1)} MB/s, ` +
    `${Math.round(articles / (median / 1000)).toLocaleString('en')} articles/s, ` +
    `${(1000 / median).toFixed(0)} parses/s (at the median)`,
);
console.log(`  target < ${TARGET_MS} ms per parse: ${p95 < TARGET_MS ? 'met' : 'NOT MET'} (p95)`);
if (p95 >= TARGET_MS) process.exitCode = 1;
