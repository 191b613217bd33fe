/**
 * The ledger (工作台账) over a database holding BENCH_OPINIONS opinions (default 1,000,000), all at the demo point in
 * this year, spread over BENCH_LEDGER_TASKS tasks (default 10): each task consolidated (one suggestion per ten
 * opinions, every opinion linked), submitted, and decided with published outcomes. Consolidation and decisions are
 * written straight into the database, like the opinions; each table's origins are frozen and its breakdown tally
 * counted with the statements submission and publication run (timed: the cost they add). Then, over real HTTP against
 * the built server:
 * `adoptionLedger` (the contract's figures, target < 1 s), the same with its breakdowns by unit, collector and channel,
 * and a page of the suggestions behind the "adopted" figure. Median of five runs each.
 *
 *   npm run bench:ledger
 *   BENCH_DATABASE_URL=mariadb://root@127.0.0.1:3306/minyi_bench npm run bench:ledger     # emptied first!
 *   BENCH_LEDGER_OPEN=1 npm run bench:ledger    # the tasks left open: the ledger counts their opinions live
 *
 * With BENCH_LEDGER_OPEN=1 nothing is consolidated or submitted: every task is still collecting, and the ledger counts
 * its opinions as they stand (per task, unit and channel from opinion_tally, per collector from the opinions' index) —
 * the figures of a year whose rounds are under way. There are no suggestions then, so the ledgerSuggestions lines show
 * the cost of finding none.
 */
import { performance } from 'node:perf_hooks';
import { gql, percentile, startBenchServer } from './bench-server.js';
import { bulkWriter, fill, newTask } from './support/fill-opinions.js';
import { legislatureUser, writeSubmittedTable } from './support/submitted-table.js';

const OPINIONS = Number(process.env.BENCH_OPINIONS ?? 1_000_000);
const TASKS = Number(process.env.BENCH_LEDGER_TASKS ?? 10);
const PER_SUGGESTION = 10;
const OPEN = process.env.BENCH_LEDGER_OPEN === '1';

/** 5% adopted, 10% partly, 80% not, 5% under study — inside the 2–14% adoption the brief reports, generously. */
const outcomeOf = (n: number) => (n % 20 === 0 ? 0 : n % 10 === 1 ? 1 : n % 20 === 7 ? 3 : 2);

async function timed(label: string, run: () => Promise<unknown>): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(
    `  ${label}: median ${percentile(times, 50).toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[4].toFixed(0)})`,
  );
}

async function main(): Promise<void> {
  const server = await startBenchServer();
  try {
    const year = new Date().getUTCFullYear();
    const head = server.tokens.head;
    const legislature = server.tokens.legislature;
    const me = await legislatureUser();
    const writer = await bulkWriter(server.databaseUrl);
    const t0 = performance.now();
    const perTask = Math.ceil(OPINIONS / TASKS);
    let freezing = 0;
    let tallying = 0;
    for (let k = 0; k < TASKS; k++) {
      const taskId = k === 0 ? server.taskId : await newTask(server, `台账压测任务 ${k + 1}`);
      const prefix = String.fromCharCode(97 + k);
      await fill(server, taskId, perTask, 1000 + k, prefix);
      if (OPEN) continue;
      const { freezingMs, tallyingMs } = await writeSubmittedTable(server, writer, {
        taskId,
        suggestions: Math.ceil(perTask / PER_SUGGESTION),
        opinionsPerSuggestion: PER_SUGGESTION,
        opinions: perTask,
        opinionPrefix: prefix,
        idPrefix: `s${prefix}`,
        deciderId: me.id,
        legislatureId: 'bench',
        outcomeOf,
        published: true,
        tally: true,
      });
      freezing += freezingMs;
      tallying += tallyingMs;
    }
    await writer.close();
    console.log(
      `ledger benchmark on ${server.engine}: ${(perTask * TASKS).toLocaleString('en')} opinions in ${TASKS} tasks at one point, ${OPEN ? 'every task still open (counted live)' : `${Math.ceil(perTask / PER_SUGGESTION) * TASKS} suggestions decided`} (written in ${((performance.now() - t0) / 1000).toFixed(0)} s, not measured)`,
    );

    const contract = `query($p: ID!, $y: Int!) { adoptionLedger(contactPointId: $p, year: $y) { tasks opinions suggestions adopted partiallyAdopted notAdopted } }`;
    const figures = await gql<{ adoptionLedger: Record<string, number> }>(
      contract,
      { p: server.pointId, y: year },
      head,
    );
    console.log(`  figures: ${JSON.stringify(figures.adoptionLedger)}`);
    const perTable = (ms: number) =>
      `${(ms / 1000).toFixed(1)} s for all ${TASKS} tables, ${(ms / TASKS / 1000).toFixed(2)} s per ${perTask.toLocaleString('en')}-opinion table`;
    if (!OPEN) {
      console.log(`  freezing the origins (submitConsolidation's extra statements): ${perTable(freezing)}`);
      console.log(
        `  recounting the breakdowns' tally (on submission and each publication): ${perTable(tallying)}`,
      );
    }
    await timed('adoptionLedger (tasks … notAdopted), target < 1 s', () =>
      gql(contract, { p: server.pointId, y: year }, head),
    );
    await timed('adoptionLedger with byTask', () =>
      gql(
        `query($p: ID!, $y: Int!) { adoptionLedger(contactPointId: $p, year: $y) { adopted byTask { label opinions adopted } } }`,
        { p: server.pointId, y: year },
        legislature,
      ),
    );
    await timed('adoptionLedger with byUnit, byCollector and byChannel', () =>
      gql(
        `query($p: ID!, $y: Int!) { adoptionLedger(contactPointId: $p, year: $y) { adopted byUnit { label adopted } byCollector { label adopted } byChannel { label adopted } } }`,
        { p: server.pointId, y: year },
        head,
      ),
    );
    await timed('ledgerSuggestions(liaisonUnitId, outcome: ADOPTED, first: 20)', () =>
      gql(
        `query($p: ID!, $y: Int!, $u: ID) { ledgerSuggestions(contactPointId: $p, year: $y, liaisonUnitId: $u, outcome: ADOPTED, first: 20) { totalCount edges { node { id } } } }`,
        { p: server.pointId, y: year, u: server.unitId },
        head,
      ),
    );
    await timed('ledgerSuggestions(outcome: ADOPTED, first: 20)', () =>
      gql(
        `query($p: ID!, $y: Int!) { ledgerSuggestions(contactPointId: $p, year: $y, outcome: ADOPTED, first: 20) { totalCount edges { node { id } } } }`,
        { p: server.pointId, y: year },
        head,
      ),
    );
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
