/**
 * Publishing the decisions of a task with BENCH_SUGGESTIONS (default 100,000) submitted suggestions, one opinion
 * behind each, all decided and none published yet. The opinions, the submitted consolidation, its suggestions, their
 * sources and the decisions are written straight into the database (setup, not measured), with what submission
 * itself computes (frozen origins, the ledger's tally). Then, over real HTTP against the built server, one
 * `publishAdoptionDecisions` is timed (target < 10 s, issue 16) and what it wrote is counted.
 *
 *   npm run bench:publish
 *   BENCH_DATABASE_URL=mariadb://root@127.0.0.1:3306/minyi_bench npm run bench:publish     # emptied first!
 *   BENCH_PROFILE=1 npm run bench:publish        # the server under --cpu-prof: top self time by package and function
 */
import { performance } from 'node:perf_hooks';
import { gql, startBenchServer } from './bench-server.js';
import { bulkWriter, fill } from './support/fill-opinions.js';
import { serverProfile } from './support/server-profile.js';
import { legislatureUser, writeSubmittedTable } from './support/submitted-table.js';

const SUGGESTIONS = Number(process.env.BENCH_SUGGESTIONS ?? 100_000);
const TARGET_SECONDS = 10;

async function main(): Promise<void> {
  const profile = serverProfile();
  const server = await startBenchServer({ nodeArgs: profile.nodeArgs });
  let stopped = false;
  try {
    const { taskId, pointId } = server;
    const { token: legislature, id: me } = await legislatureUser();
    const legislatureId = (
      await gql<{ legislatures: { edges: Array<{ node: { id: string } }> } }>(
        '{ legislatures(first: 1) { edges { node { id } } } }',
        {},
        legislature,
      )
    ).legislatures.edges[0].node.id;
    const t0 = performance.now();
    await fill(server, taskId, SUGGESTIONS, 4242, 'p');
    const writer = await bulkWriter(server.databaseUrl);
    // The legislature's decisions, made one by one in real life; none published yet.
    await writeSubmittedTable(server, writer, {
      taskId,
      suggestions: SUGGESTIONS,
      opinionsPerSuggestion: 1,
      opinionPrefix: 'p',
      idPrefix: 'sp',
      deciderId: me,
      legislatureId,
      outcomeOf: (n) => n % 4,
      published: false,
      tally: true,
      markSubmitted: true,
    });
    console.log(
      `publishAdoptionDecisions on ${server.engine}: ${SUGGESTIONS.toLocaleString('en')} submitted suggestions, one opinion each, all decided (written in ${((performance.now() - t0) / 1000).toFixed(0)} s, not measured)`,
    );

    profile.markRequestStart();
    const p0 = performance.now();
    const result = await gql<{
      publishAdoptionDecisions: { decisions: number; opinions: number; notified: number };
    }>(
      'mutation($i: PublishAdoptionDecisionsInput!) { publishAdoptionDecisions(input: $i) { decisions opinions notified } }',
      { i: { taskId } },
      legislature,
    );
    const seconds = (performance.now() - p0) / 1000;
    const count = async (sql: string, params: unknown[]) =>
      Number(Object.values((await writer.query<Record<string, unknown>>(sql, params))[0])[0]);
    const published = await count(
      'SELECT COUNT(*) FROM adoption_decision WHERE task_id = ? AND published_at IS NOT NULL AND published_outcome = outcome AND publications = 1',
      [taskId],
    );
    const audited = await count(
      `SELECT COUNT(*) FROM audit_record WHERE action = 'adoption.publish' AND entity_type = 'AdoptionDecision'
       AND entity_id IN (SELECT id FROM adoption_decision WHERE task_id = ?)`,
      [taskId],
    );
    const state = (
      await writer.query<{ state: string }>(
        'SELECT state FROM point_task WHERE task_id = ? AND contact_point_id = ?',
        [taskId, pointId],
      )
    )[0].state;
    await writer.close();
    const r = result.publishAdoptionDecisions;
    console.log(
      `  published ${r.decisions.toLocaleString('en')} decisions (${published.toLocaleString('en')} in the table, ${audited.toLocaleString('en')} audit rows), ${r.opinions.toLocaleString('en')} opinions, ${r.notified} accounts notified; the point's task is now ${state}`,
    );
    if (
      published !== SUGGESTIONS ||
      audited !== SUGGESTIONS ||
      r.opinions !== SUGGESTIONS ||
      state !== 'FEEDBACK_RECEIVED'
    ) {
      console.log(
        '  WRONG: every decision must be published and audited, every opinion told, the task moved on',
      );
      process.exitCode = 1;
    }
    console.log(
      `  ${seconds.toFixed(2)} s for the request, target < ${TARGET_SECONDS} s${seconds < TARGET_SECONDS ? '' : '  ABOVE TARGET'}`,
    );
    server.stop();
    stopped = true;
    await server.exited;
  } finally {
    if (!stopped) server.stop();
  }
  profile.report();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
