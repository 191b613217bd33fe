/**
 * Consolidation at national scale, over real HTTP against the built server:
 *  1. a Civil-Code-sized draft (1,260 articles, from the fixture laws) and BENCH_OPINIONS synthetic opinions on it
 *     (default 1,000,000: 30% mass-campaign copies with small edits, skewed towards a few provisions), written
 *     straight into the database (going through the API a million times would measure the API, not consolidation);
 *  2. `groupDuplicateOpinions`: grouping by provision and near-duplicate clustering — target < 60 s, < 1.5 GB;
 *  3. the workbench's first page of groups and provisions;
 *  4. on a second task with BENCH_EXPORT_OPINIONS (default 100,000) opinions: `draftSuggestions`, then both exports
 *     of the consolidated table — target < 10 s each.
 * The server's peak memory is read from /proc (reset before each step).
 *
 *   npm run bench:consolidate
 *   BENCH_DATABASE_URL=mariadb://root@127.0.0.1:3306/minyi_bench npm run bench:consolidate     # emptied first!
 *   BENCH_KEEP_DATA=1 BENCH_DATABASE_URL=… npm run bench:consolidate   # seed once, then measure the workbench again
 *
 * BENCH_KEEP_DATA=1 keeps the database of an earlier run (MySQL/MariaDB: seeding a million rows there takes most of
 * an hour): its task's opinions are not written again (their number must be BENCH_OPINIONS), their grouping is not
 * measured again when they are grouped, and the export step (a new task each run) is left out. The workbench is
 * measured BENCH_WORKBENCH_RUNS times (default 3 with kept data, else 1), each figure beside the load average.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { download, gql, login, memoryOf, startBenchServer, type BenchServer } from './bench-server.js';
import {
  bulkWriter,
  draftText,
  fill,
  keptState,
  mergeSmallSuggestions,
  newTask,
  resetPeak,
} from './support/fill-opinions.js';

const OPINIONS = Number(process.env.BENCH_OPINIONS ?? 1_000_000);
const EXPORT_OPINIONS = Number(process.env.BENCH_EXPORT_OPINIONS ?? 100_000);

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

/** The workbench's first request (counts, 50 groups, 50 provisions), BENCH_WORKBENCH_RUNS times. */
async function workbench(server: BenchServer, liaison: string): Promise<void> {
  const runs = Number(process.env.BENCH_WORKBENCH_RUNS ?? (server.kept ? 3 : 1));
  for (let run = 1; run <= runs; run++) {
    const t0 = performance.now();
    const bench = await gql<{
      consolidation: {
        counts: { active: number; duplicateGroups: number };
        duplicateGroups: { edges: Array<{ node: { opinionCount: number; variantCount: number } }> };
        provisions: { totalCount: number };
      };
    }>(
      `query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) {
        counts { active duplicateGroups }
        duplicateGroups(first: 50) { edges { node { opinionCount variantCount representative { receiptNumber } } } }
        provisions(first: 50) { totalCount edges { node { citation opinions } } } } }`,
      { t: server.taskId, p: server.pointId },
      liaison,
    );
    const top = bench.consolidation.duplicateGroups.edges[0]?.node;
    console.log(
      `  workbench (counts, 50 groups, 50 provisions)${runs > 1 ? `, run ${run}` : ''}: ${seconds(t0)} s (target < 1 s); ${bench.consolidation.provisions.totalCount} provisions; first group ${top?.opinionCount} opinions / ${top?.variantCount} variants; load average ${load()}`,
    );
  }
}

async function main(): Promise<void> {
  let t0 = performance.now();
  const server = await startBenchServer({ draftText: draftText() });
  const liaison = await login('liaison');
  try {
    console.log(
      `consolidation benchmark on ${server.engine}; server started with the 1,260-article draft in ${seconds(t0)} s`,
    );
    const ref = { taskId: server.taskId, contactPointId: server.pointId };
    const kept = server.kept ? await keptState(server) : { opinions: 0, grouped: false };
    if (server.kept && kept.opinions !== OPINIONS)
      throw new Error(
        `BENCH_KEEP_DATA: the kept task holds ${kept.opinions.toLocaleString('en')} opinions, not BENCH_OPINIONS=${OPINIONS.toLocaleString('en')}: run without BENCH_KEEP_DATA to seed again`,
      );

    t0 = performance.now();
    if (server.kept) console.log(`  kept the ${OPINIONS.toLocaleString('en')} opinions of an earlier run`);
    else {
      await fill(server, server.taskId, OPINIONS, 20200528, 'a');
      console.log(
        `  wrote ${OPINIONS.toLocaleString('en')} opinions in ${seconds(t0)} s (setup, not measured)`,
      );
    }
    if (kept.grouped) {
      console.log("  kept the earlier run's duplicate groups (groupDuplicateOpinions not measured again)");
      await workbench(server, liaison);
      return;
    }

    resetPeak(server.pid);
    const before = memoryOf(server.pid);
    t0 = performance.now();
    const grouped = await gql<{
      groupDuplicateOpinions: Record<string, number>;
    }>(
      'mutation($i: PointTaskRefInput!) { groupDuplicateOpinions(input: $i) { opinions groups grouped milliseconds readMilliseconds clusterMilliseconds writeMilliseconds } }',
      { i: ref },
      liaison,
    );
    const wall = seconds(t0);
    const after = memoryOf(server.pid);
    const g = grouped.groupDuplicateOpinions;
    console.log(
      `  groupDuplicateOpinions: ${wall} s over HTTP, target < 60 s (server ${(g.milliseconds / 1000).toFixed(1)} s: read ${(g.readMilliseconds / 1000).toFixed(1)} s, cluster ${(g.clusterMilliseconds / 1000).toFixed(1)} s, write ${(g.writeMilliseconds / 1000).toFixed(1)} s)`,
    );
    console.log(
      `    ${g.opinions.toLocaleString('en')} opinions → ${g.groups.toLocaleString('en')} groups holding ${g.grouped.toLocaleString('en')} opinions`,
    );
    console.log(
      `    server memory: ${before.currentMiB} MiB before, peak ${after.peakMiB} MiB during (target < 1,536 MiB)`,
    );

    await workbench(server, liaison);
    if (server.kept) return;

    // The export: a second task of EXPORT_OPINIONS opinions, drafted into suggestions.
    const exportTask = await newTask(server, '导出压测任务');
    await fill(server, exportTask, EXPORT_OPINIONS, 19490927, 'b');
    const exportRef = { taskId: exportTask, contactPointId: server.pointId };
    t0 = performance.now();
    await gql(
      'mutation($i: PointTaskRefInput!) { groupDuplicateOpinions(input: $i) { groups } }',
      { i: exportRef },
      liaison,
    );
    const drafted = await gql<{ draftSuggestions: { created: number; opinions: number } }>(
      'mutation($i: PointTaskRefInput!) { draftSuggestions(input: $i) { created opinions } }',
      { i: exportRef },
      liaison,
    );
    console.log(
      `  ${EXPORT_OPINIONS.toLocaleString('en')} opinions grouped and drafted into ${drafted.draftSuggestions.created.toLocaleString('en')} suggestions in ${seconds(t0)} s`,
    );
    // A table people read: campaigns (20+ opinions) keep their own row, the rest of each provision is merged into one.
    const consolidationId = (
      await gql<{ consolidation: { id: string } }>(
        'query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { id } }',
        { t: exportTask, p: server.pointId },
        liaison,
      )
    ).consolidation.id;
    const writer = await bulkWriter(server.databaseUrl);
    const rows = await mergeSmallSuggestions(writer, consolidationId, 20);
    await writer.close();
    console.log(
      `  merged by provision (directly in the database, as the executing body would): ${rows.toLocaleString('en')} rows, every opinion still linked`,
    );
    for (const format of ['DOCX', 'XLSX']) {
      const link = await gql<{ exportConsolidatedFeedback: { url: string } }>(
        'mutation($i: ExportConsolidatedFeedbackInput!) { exportConsolidatedFeedback(input: $i) { url } }',
        { i: { ...exportRef, format } },
        liaison,
      );
      resetPeak(server.pid);
      t0 = performance.now();
      const file = await download(link.exportConsolidatedFeedback.url, liaison);
      console.log(
        `  export ${format}: ${seconds(t0)} s, ${(file.length / 1024 / 1024).toFixed(1)} MiB, server peak ${memoryOf(server.pid).peakMiB} MiB (target < 10 s)`,
      );
    }
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
