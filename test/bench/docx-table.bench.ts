/**
 * Benchmark of the consolidated table (意见建议汇总表) as a Word document with BENCH_ROWS rows (default 70,000): the
 * rows are generated as the service pages them from the database, written to a file, and the time and the peak
 * memory (process.resourceUsage().maxRSS) are printed against the target of issue 16: < 30 s and < 500 MB.
 *
 *   npm run bench:docx
 *   BENCH_ROWS=5000 BENCH_OUT=/tmp/table.docx npm run bench:docx
 */
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import type { ConsolidatedRow } from '../../libs/consolidation/src/documents/consolidated-document.js';
import { sampleDocument } from '../../libs/consolidation/src/documents/testing.js';
import * as documents from '../../libs/consolidation/src/documents/index.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 70_000);
const OUT = process.env.BENCH_OUT ?? join(tmpdir(), `docx-table-bench-${process.pid}.docx`);
const TARGET = { seconds: 30, mb: 500 };

const ARTICLES = ['第八条第一款第（二）项', '第九条', '第十七条第二款', '第三十条', '总体意见'];

/** Row n of the table: the texts of a real consolidated suggestion, a little different each time. */
function row(n: number): ConsolidatedRow {
  return {
    number: n,
    provision: ARTICLES[n % ARTICLES.length],
    originalText:
      n % ARTICLES.length === 4
        ? ''
        : '养犬人应当自取得犬只之日起三十日内，持本人身份证明和犬只免疫证明到所在地公安派出所办理养犬登记。',
    proposedChange: `建议将“三十日”修改为“${(n % 29) + 1}日”。\n同时增加“可以通过网上办理”的规定（第${n}条意见）。`,
    reason: '1. 期限过长，不利于及时掌握犬只情况；\n2. 与周边省市的规定保持一致 & <方便群众办理>。',
    proposers: `北碚区总工会（${(n % 7) + 1}条，代表${(n % 40) + 1}人）；居民群众（2条）`,
    opinionCount: (n % 7) + 3,
    peopleCount: (n % 40) + 3,
  };
}

async function* rows(): AsyncGenerator<ConsolidatedRow[]> {
  const PAGE = 500;
  for (let from = 1; from <= ROWS; from += PAGE) {
    const page: ConsolidatedRow[] = [];
    for (let n = from; n < Math.min(from + PAGE, ROWS + 1); n++) page.push(row(n));
    await new Promise((resolve) => setImmediate(resolve)); // as a database query would
    yield page;
  }
}

const doc = sampleDocument();
const started = performance.now();
const cpuAtStart = process.cpuUsage();
// The streaming writer where it exists; else (before issue 16) the whole document built in memory.
const api = documents as Record<string, unknown>;
if (typeof api.streamConsolidatedDocx === 'function') {
  const stream = documents.streamConsolidatedDocx(doc, {
    count: ROWS,
    contactPointColumn: false,
    pages: rows(),
  });
  await pipeline(stream, createWriteStream(OUT));
} else {
  const all: ConsolidatedRow[] = [];
  for await (const page of rows()) all.push(...page);
  const buffer = await documents.renderConsolidatedDocx({ ...doc, rows: all });
  await pipeline(
    (function* () {
      yield buffer;
    })(),
    createWriteStream(OUT),
  );
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuAtStart);
const peakMb = process.resourceUsage().maxRSS / 1024;
const size = (await stat(OUT)).size;
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
console.log(
  `${ROWS.toLocaleString('en')} rows → ${(size / 1024 / 1024).toFixed(1)} MB .docx (${OUT})\n` +
    `time      ${seconds.toFixed(1)} s   (target < ${TARGET.seconds} s: ${verdict(seconds < TARGET.seconds)}; ` +
    `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s — on a loaded machine the CPU time is the steadier figure)\n` +
    `peak RSS  ${Math.round(peakMb)} MB   (target < ${TARGET.mb} MB: ${verdict(peakMb < TARGET.mb)})\n` +
    `machine   ${cpus().length} cores, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
);
