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
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gql, startBenchServer } from './bench-server.js';
import { bulkWriter, fill } from './support/fill-opinions.js';
// @ts-expect-error -- a plain .mjs script without types
import { summarizeProfile } from './support/cpu-profile-summary.mjs';
import { submittedOriginStatements } from '../../libs/consolidation/src/submitted-origins.js';
import { newIdSql } from '../../libs/database/src/dialect.js';
import { ledgerTallyInserts } from '../../libs/adoption/src/ledger-tally.js';

const SUGGESTIONS = Number(process.env.BENCH_SUGGESTIONS ?? 100_000);
const TARGET_SECONDS = 10;
const OUTCOMES = ['ADOPTED', 'PARTIALLY_ADOPTED', 'NOT_ADOPTED', 'UNDER_STUDY'];
const PROFILE = process.env.BENCH_PROFILE === '1';

async function main(): Promise<void> {
  const profileDir = PROFILE ? mkdtempSync(join(tmpdir(), 'minyi-prof-')) : null;
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const server = await startBenchServer({ nodeArgs });
  let stopped = false;
  try {
    const { taskId, pointId } = server;
    const legislature = server.tokens.legislature;
    const me = (await gql<{ me: { id: string } }>('{ me { id } }', {}, legislature)).me.id;
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
    const now = new Date().toISOString().slice(0, 19).replace('T', ' ');
    const cid = 'cp-consolidation';
    await writer.insert(
      'consolidation',
      [
        'id',
        'task_id',
        'contact_point_id',
        'status',
        'submitted_at',
        'submitted_opinions',
        'submitted_suggestions',
        'created_at',
        'updated_at',
      ],
      [[cid, taskId, pointId, 'SUBMITTED', now, SUGGESTIONS, SUGGESTIONS, now, now]],
    );
    const sid = (n: number) => `sp-${String(n).padStart(12, '0')}`;
    await writer.insert(
      'consolidated_suggestion',
      [
        'id',
        'consolidation_id',
        'task_id',
        'contact_point_id',
        'number',
        'sort_key',
        'proposed_change',
        'version',
        'created_by_id',
        'updated_by_id',
        'created_at',
        'updated_at',
      ],
      (function* () {
        for (let n = 1; n <= SUGGESTIONS; n++)
          yield [sid(n), cid, taskId, pointId, n, n, `汇总意见 ${n}`, 1, me, me, now, now];
      })(),
    );
    await writer.insert(
      'suggestion_source',
      ['id', 'suggestion_id', 'consolidation_id', 'source_type', 'source_id'],
      (function* () {
        for (let n = 1; n <= SUGGESTIONS; n++) {
          const opinionId = `p-${String(n).padStart(12, '0')}`;
          yield [`l${opinionId}`, sid(n), cid, 'OPINION', opinionId];
        }
      })(),
    );
    await writer.query(
      `UPDATE point_task SET state = 'SUBMITTED' WHERE task_id = ? AND contact_point_id = ?`,
      [taskId, pointId],
    );
    const engine = { options: { type: server.engine === 'SQLite' ? 'better-sqlite3' : 'mariadb' } };
    for (const { sql, params } of submittedOriginStatements(
      { id: cid, taskId, contactPointId: pointId },
      engine,
    ))
      await writer.query(sql, params);
    for (const { sql, params } of ledgerTallyInserts({ taskId, contactPointId: pointId }, newIdSql(engine)))
      await writer.query(sql, params);
    // The legislature's decisions, made one by one in real life; none published yet.
    await writer.insert(
      'adoption_decision',
      [
        'id',
        'suggestion_id',
        'task_id',
        'contact_point_id',
        'legislature_id',
        'outcome',
        'reason',
        'version',
        'decided_by_id',
        'created_at',
        'updated_at',
        'publications',
      ],
      (function* () {
        for (let n = 1; n <= SUGGESTIONS; n++)
          yield [
            `d${sid(n)}`,
            sid(n),
            taskId,
            pointId,
            legislatureId,
            OUTCOMES[n % 4],
            `理由 ${n}`,
            1,
            me,
            now,
            now,
            0,
          ];
      })(),
    );
    console.log(
      `publishAdoptionDecisions on ${server.engine}: ${SUGGESTIONS.toLocaleString('en')} submitted suggestions, one opinion each, all decided (written in ${((performance.now() - t0) / 1000).toFixed(0)} s, not measured)`,
    );

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
  if (profileDir) {
    const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) {
      console.log(`  no profile written in ${profileDir} (did the server exit cleanly?)`);
      return;
    }
    console.log(`\nCPU profile of the server (${join(profileDir, file)}), self time:`);
    console.log(summarizeProfile(join(profileDir, file), { root: process.cwd(), top: 25 }));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
