/**
 * The setup the publish and ledger benchmarks share: who the legislature's user is, and a point's submitted table
 * written straight into the database (setup, not measured) — the consolidation, its suggestions, the links to the
 * opinions already filled (fill-opinions.ts), the decisions, and what submission itself computes: the frozen origins
 * and, when asked, the ledger's tally (each timed, since publication and submission pay for them).
 */
import { performance } from 'node:perf_hooks';
import { gql, login, type BenchServer } from '../bench-server.js';
import type { BulkWriter } from './fill-opinions.js';
import { submittedOriginStatements } from '../../../libs/consolidation/src/submitted-origins.js';
import { newIdSql } from '../../../libs/database/src/dialect.js';
import { ledgerTallyInserts } from '../../../libs/adoption/src/ledger-tally.js';

export const OUTCOMES = ['ADOPTED', 'PARTIALLY_ADOPTED', 'NOT_ADOPTED', 'UNDER_STUDY'] as const;

/** The legislature user's token and account id (the decisions' author). */
export async function legislatureUser(): Promise<{ token: string; id: string }> {
  const token = await login('legislature');
  const { me } = await gql<{ me: { id: string } }>('{ me { id } }', {}, token);
  return { token, id: me.id };
}

/** The engine as the libraries' SQL builders take it. */
export const engineOf = (server: BenchServer) => ({
  options: { type: server.engine === 'SQLite' ? 'better-sqlite3' : 'mariadb' },
});

export interface SubmittedTableOptions {
  taskId: string;
  /** Suggestions in the table; the opinions `${opinionPrefix}-000000000001`… must exist (fill). */
  suggestions: number;
  /** Opinions behind each suggestion, in order: suggestion n links opinions (n−1)·k+1 … n·k. */
  opinionsPerSuggestion: number;
  /** The opinions linked, when fewer than suggestions × opinionsPerSuggestion (the last suggestion's share is short). */
  opinions?: number;
  opinionPrefix: string;
  /** Prefix of the ids written here (consolidation, suggestions, links, decisions): unique per table. */
  idPrefix: string;
  /** The decisions' author. */
  deciderId: string;
  legislatureId: string;
  /** Index into OUTCOMES of suggestion n's decision. */
  outcomeOf: (n: number) => number;
  /** Whether the decisions are already published (the ledger) or still to be (publish). */
  published: boolean;
  /** Count the ledger's tally as submission does (publication recounts it anyway). */
  tally: boolean;
  /** Point the task at SUBMITTED (the state publication moves it on from). */
  markSubmitted?: boolean;
}

/** Writes the table; returns the milliseconds spent freezing the origins and counting the tally. */
export async function writeSubmittedTable(
  server: BenchServer,
  writer: BulkWriter,
  o: SubmittedTableOptions,
): Promise<{ freezingMs: number; tallyingMs: number }> {
  const now = new Date().toISOString().slice(0, 19).replace('T', ' ');
  const pointId = server.pointId;
  const opinions = o.opinions ?? o.suggestions * o.opinionsPerSuggestion;
  const cid = `${o.idPrefix}-consolidation`;
  const sid = (n: number) => `${o.idPrefix}-${String(n).padStart(12, '0')}`;
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
    [[cid, o.taskId, pointId, 'SUBMITTED', now, opinions, o.suggestions, now, now]],
  );
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
      for (let n = 1; n <= o.suggestions; n++)
        yield [sid(n), cid, o.taskId, pointId, n, n, `汇总意见 ${n}`, 1, o.deciderId, o.deciderId, now, now];
    })(),
  );
  await writer.insert(
    'suggestion_source',
    ['id', 'suggestion_id', 'consolidation_id', 'source_type', 'source_id'],
    (function* () {
      for (let i = 1; i <= opinions; i++) {
        const opinionId = `${o.opinionPrefix}-${String(i).padStart(12, '0')}`;
        yield [`l${opinionId}`, sid(Math.ceil(i / o.opinionsPerSuggestion)), cid, 'OPINION', opinionId];
      }
    })(),
  );
  if (o.markSubmitted) {
    await writer.query(`UPDATE point_task SET state = 'SUBMITTED' WHERE task_id = ? AND contact_point_id = ?`, [
      o.taskId,
      pointId,
    ]);
  }
  const published = (outcome: string) =>
    o.published ? [outcome, '压测', now, o.deciderId, 1] : [null, null, null, null, 0];
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
      'published_outcome',
      'published_reason',
      'published_at',
      'published_by_id',
      'publications',
    ],
    (function* () {
      for (let n = 1; n <= o.suggestions; n++) {
        const outcome = OUTCOMES[o.outcomeOf(n)];
        yield [
          `d${sid(n)}`,
          sid(n),
          o.taskId,
          pointId,
          o.legislatureId,
          outcome,
          o.published ? '压测' : `理由 ${n}`,
          1,
          o.deciderId,
          now,
          now,
          ...published(outcome),
        ];
      }
    })(),
  );
  // What submitConsolidation does in its transaction: freeze where the table's opinions came from.
  const engine = engineOf(server);
  const f0 = performance.now();
  for (const { sql, params } of submittedOriginStatements(
    { id: cid, taskId: o.taskId, contactPointId: pointId },
    engine,
  ))
    await writer.query(sql, params);
  const freezingMs = performance.now() - f0;
  // What submission and each publication then do: count the breakdowns' tally of the task.
  const c0 = performance.now();
  if (o.tally) {
    for (const { sql, params } of ledgerTallyInserts({ taskId: o.taskId, contactPointId: pointId }, newIdSql(engine)))
      await writer.query(sql, params);
  }
  return { freezingMs, tallyingMs: performance.now() - c0 };
}
