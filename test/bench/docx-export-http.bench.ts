/**
 * The consolidated table's .docx over HTTP, as a user downloads it: a server (from the sources unless dist/ is
 * current), a task with BENCH_ROWS opinions (default 70,000) written straight into the database and drafted into as
 * many suggestions, then GET of the export link. Prints the download's time (target of issue 16: < 30 s), the server's
 * CPU time, and its peak memory (VmHWM, reset before the download) against what it held before: the same process
 * drafted the suggestions, so the 500 MB target is judged on the writer alone (bench:docx).
 *
 *   npm run bench:docx-http
 *   BENCH_ROWS=5000 BENCH_DATABASE_URL=mariadb://root@127.0.0.1:3306/minyi_bench npm run bench:docx-http   # emptied first!
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { download, gql, login, memoryOf, startBenchServer } from './bench-server.js';
import { draftText, fill, newTask, resetPeak } from './support/fill-opinions.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 70_000);
const TARGET = { seconds: 30 };
const seconds = (from: number) => (performance.now() - from) / 1000;

/** CPU seconds the process has used (user + system, from /proc; 100 ticks a second): steadier than wall time on a busy machine. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function main(): Promise<void> {
  let t0 = performance.now();
  const server = await startBenchServer({ draftText: draftText() });
  const liaison = await login('liaison');
  try {
    const task = await newTask(server, '导出压测任务');
    await fill(server, task, ROWS, 19490927, 'd');
    const ref = { taskId: task, contactPointId: server.pointId };
    const drafted = await gql<{ draftSuggestions: { created: number } }>(
      'mutation($i: PointTaskRefInput!) { draftSuggestions(input: $i) { created } }',
      { i: ref },
      liaison,
    );
    console.log(
      `${server.engine}: ${ROWS.toLocaleString('en')} opinions drafted into ${drafted.draftSuggestions.created.toLocaleString('en')} suggestions in ${seconds(t0).toFixed(1)} s`,
    );
    const link = await gql<{ exportConsolidatedFeedback: { url: string } }>(
      'mutation($i: ExportConsolidatedFeedbackInput!) { exportConsolidatedFeedback(input: $i) { url } }',
      { i: { ...ref, format: 'DOCX' } },
      liaison,
    );
    resetPeak(server.pid);
    const before = memoryOf(server.pid).currentMiB;
    const cpuBefore = cpuSeconds(server.pid);
    t0 = performance.now();
    const file = await download(link.exportConsolidatedFeedback.url, liaison);
    const took = seconds(t0);
    const cpu = cpuSeconds(server.pid) - cpuBefore;
    const peak = memoryOf(server.pid).peakMiB;
    const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
    console.log(
      `GET .docx  ${took.toFixed(1)} s (server CPU ${cpu.toFixed(1)} s), ${(file.length / 1024 / 1024).toFixed(1)} MiB   (target < ${TARGET.seconds} s: ${verdict(took < TARGET.seconds)})\n` +
        `server     peak ${peak} MiB during the download, ${before} MiB before it (what drafting the suggestions left in\n` +
        `           the same process): the download added ${Math.max(0, peak - before)} MiB. The writer's own peak: npm run bench:docx\n` +
        `machine    load ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
    );
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
