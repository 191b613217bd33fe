/**
 * Benchmark of the consolidated table as an .xlsx with BENCH_ROWS suggestions and as many source opinions (default
 * 70,000 each): "whole" builds every row in memory and writes the workbook with shared strings into a Buffer (how the
 * .xlsx was made before it became an export job); "streamed" writes it as the export job does, rows a page at a time
 * and inline strings, into a sink. Each mode runs in a child process of its own so its peak memory
 * (process.resourceUsage().maxRSS) is its own; both in one run, for a ratio on a loaded machine.
 *
 *   npm run bench:xlsx
 *   BENCH_ROWS=10000 npm run bench:xlsx
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type {
  ConsolidatedRow,
  ConsolidatedSource,
} from '../../libs/consolidation/src/documents/consolidated-document.js';
import {
  renderConsolidatedXlsx,
  writeConsolidatedXlsx,
} from '../../libs/consolidation/src/documents/index.js';
import { sampleDocument } from '../../libs/consolidation/src/documents/testing.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 70_000);
const PAGE = 500;
const ARTICLES = ['第八条第一款第（二）项', '第九条', '第十七条第二款', '第三十条', '总体意见'];

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

function source(n: number): ConsolidatedSource {
  return {
    receiptNumber: `YJ2026${String(n).padStart(8, '0')}`,
    suggestionNumber: n,
    provision: ARTICLES[n % ARTICLES.length],
    channel: '网上征集',
    unit: n % 3 ? '北碚区总工会' : '',
    category: '居民群众',
    peopleRepresented: (n % 40) + 1,
    gatheredOn: `2026-0${(n % 9) + 1}-1${n % 10}`,
    disposition: `纳入第${n}条`,
  };
}

async function* pages<T>(make: (n: number) => T): AsyncGenerator<T[]> {
  for (let from = 1; from <= ROWS; from += PAGE) {
    const page: T[] = [];
    for (let n = from; n < Math.min(from + PAGE, ROWS + 1); n++) page.push(make(n));
    await new Promise((resolve) => setImmediate(resolve)); // as a database query would
    yield page;
  }
}

async function measure(mode: string): Promise<void> {
  const doc = sampleDocument();
  const started = performance.now();
  let bytes = 0;
  if (mode === 'whole') {
    doc.rows = Array.from({ length: ROWS }, (_, i) => row(i + 1));
    doc.sources = Array.from({ length: ROWS }, (_, i) => source(i + 1));
    bytes = (await renderConsolidatedXlsx(doc)).length;
  } else {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        setImmediate(done); // as the job's chunk inserts would
      },
    });
    const finished = new Promise((resolve) => sink.on('finish', resolve));
    await writeConsolidatedXlsx(
      doc,
      {
        suggestionCount: ROWS,
        sourceCount: ROWS,
        contactPointColumn: false,
        suggestions: pages(row),
        sources: pages(source),
      },
      sink,
    );
    await finished;
  }
  const seconds = (performance.now() - started) / 1000;
  const mb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ mode, seconds, mb, bytes }));
}

const mode = process.argv[2];
if (mode) await measure(mode);
else {
  const self = fileURLToPath(import.meta.url);
  const load = loadavg()[0].toFixed(1);
  const results = ['whole', 'streamed'].map(
    (m) =>
      JSON.parse(execFileSync(process.execPath, [...process.execArgv, self, m], { encoding: 'utf8' })) as {
        mode: string;
        seconds: number;
        mb: number;
        bytes: number;
      },
  );
  for (const r of results)
    console.log(
      `${r.mode.padEnd(8)} ${ROWS} 条汇总 + ${ROWS} 条来源：${r.seconds.toFixed(1)} s，峰值内存 ${Math.round(r.mb)} MB，文件 ${(r.bytes / 1024 / 1024).toFixed(1)} MB`,
    );
  const [whole, streamed] = results;
  console.log(
    `streamed / whole: 时间 ×${(streamed.seconds / whole.seconds).toFixed(2)}，峰值内存 ×${(streamed.mb / whole.mb).toFixed(2)}（负载 ${load}，uptime: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}）`,
  );
}
