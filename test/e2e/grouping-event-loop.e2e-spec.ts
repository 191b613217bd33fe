import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { DuplicateGroupService } from '../../libs/consolidation/src/duplicate-group.service.js';
import { clusterNearDuplicates } from '../../libs/consolidation/src/near-duplicates/index.js';
import { AccountService } from '@app/identity';
import { addOpinions } from '../support/many-opinions.js';
import { pollJob, START_GROUPING, type JobView } from '../support/jobs.js';
import { demoTaskRefs, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue 17: clustering a large provision in place held the event loop for seconds, so an all-in-one instance (API and
 * jobs in one process, as here: the test app runs its jobs itself) stopped answering while it grouped. With 60,000
 * opinions on one provision — clustering them in place takes well over the bound below (measured in the test) — a
 * trivial query keeps being answered within the bound while the grouping job runs, and the groups stored are exactly
 * those clustering in place gives. SQLite, and MySQL/MariaDB with DATABASE_URL.
 */
const OPINIONS = Number(process.env.GROUPING_LOOP_OPINIONS ?? 60_000);
/**
 * While grouping runs: the 99th percentile of `{ __typename }` round trips and of the event loop's delay, and the
 * largest of each. Not tighter: at a load average of 10 on this 2-core machine (other suites running) scheduling
 * alone delayed the loop by 100–250 ms while the thread clustered and the main thread had nothing of the grouping's
 * to do. Clustering the provision in place holds the loop for its whole duration: 1–9 s in the thread here, 30–85 s in place under Jest.
 */
const LOOP_BOUNDS_MS = { p99: 300, max: 1_000 } as const;

describe('grouping a large provision leaves the event loop free (issue 17)', () => {
  let t: TestApp;
  let token: string;
  let ref: { taskId: string; contactPointId: string };
  let provision: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('liaison');
    const refs = await demoTaskRefs(t, await t.login('head'));
    ref = { taskId: refs.dogTaskId, contactPointId: refs.pointId };
    const [row] = await t.db.query<Array<{ a: string }>>(
      "SELECT provision_address AS a FROM opinion WHERE task_id = ? AND contact_point_id = ? AND status = 'ACTIVE' AND provision_address IS NOT NULL LIMIT 1",
      [ref.taskId, ref.contactPointId],
    );
    provision = row.a;
    await addOpinions(t.db, ref.taskId, ref.contactPointId, OPINIONS, 'loop17', { provision });
  }, 120_000);
  afterAll(() => t.close());

  it('answers { __typename } within the bound while it groups, and stores what clustering in place gives', async () => {
    const loop = monitorEventLoopDelay({ resolution: 10 });
    const started = await t.gql<{ startDuplicateGrouping: JobView }>(START_GROUPING, { i: ref }, token);
    expect(started.errors).toBeUndefined();
    const jobId = started.data!.startDuplicateGrouping.id;
    loop.enable();
    // The histogram missed a single long block (old code: max 104 ms while a probe waited 52 s): a timer's gaps too.
    let tick = performance.now();
    let gapMax = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      gapMax = Math.max(gapMax, now - tick - 10);
      tick = now;
    }, 10);
    const rounds: number[] = [];
    let done = false;
    const probing = (async () => {
      while (!done) {
        const at = performance.now();
        const res = await t.gql<{ __typename: string }>('{ __typename }');
        rounds.push(performance.now() - at);
        expect(res.data?.__typename).toBe('Query');
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const seen = await pollJob((q, v) => t.gql(q, v, token), jobId, { timeoutMs: 240_000, intervalMs: 200 });
    done = true;
    await probing;
    loop.disable();
    clearInterval(ticker);

    const last = seen[seen.length - 1];
    expect(last.error).toBeNull();
    expect(last.state).toBe('SUCCEEDED');
    const [job] = await t.db.query<Array<{ result: string }>>('SELECT result FROM job WHERE id = ?', [jobId]);
    const result = JSON.parse(job.result) as {
      opinions: number;
      clusterMilliseconds: number;
      milliseconds: number;
    };
    rounds.sort((a, b) => a - b);
    const p99 = rounds[Math.floor(rounds.length * 0.99)];
    const figures = {
      engine: t.engine,
      opinions: result.opinions,
      groupingMs: result.milliseconds,
      clusterMs: result.clusterMilliseconds,
      probes: rounds.length,
      probeP99Ms: Math.round(p99),
      probeMaxMs: Math.round(rounds[rounds.length - 1]),
      loopMaxMs: Math.round(Math.max(loop.max / 1e6, gapMax)),
      loopP99Ms: Math.round(loop.percentile(99) / 1e6),
    };

    // The same provision clustered in place, here: what the job's result must equal, and what it would have cost.
    const rows = await t.db.query<
      Array<{ id: string; a: string | null; p: string; r: string | null; n: unknown }>
    >(
      `SELECT id, provision_address AS a, proposed_change AS p, reason AS r, people_represented AS n FROM opinion
       WHERE task_id = ? AND contact_point_id = ? AND status = 'ACTIVE' ORDER BY receipt_number`,
      [ref.taskId, ref.contactPointId],
    );
    const byProvision = new Map<string | null, typeof rows>();
    for (const row of rows) {
      const list = byProvision.get(row.a) ?? [];
      list.push(row);
      byProvision.set(row.a, list);
    }
    const expected: string[] = [];
    let inlineMs = 0;
    for (const [address, list] of byProvision) {
      const at = performance.now();
      const { clusterOf, variantOf } = clusterNearDuplicates(list.map((o) => (o.r ? `${o.p}\n${o.r}` : o.p)));
      if (address === provision) inlineMs = performance.now() - at;
      const groups = new Map<number, { members: string[]; variants: number; people: number }>();
      for (let i = 0; i < clusterOf.length; i++) {
        const g = groups.get(clusterOf[i]) ?? { members: [], variants: 0, people: 0 };
        g.members.push(list[i].id);
        g.people += Number(list[i].n);
        if (variantOf[i] === i) g.variants++;
        groups.set(clusterOf[i], g);
      }
      for (const [representative, g] of groups) {
        if (g.members.length < 2) continue;
        expected.push(
          JSON.stringify([
            address,
            list[representative].id,
            g.members.length,
            g.variants,
            g.people,
            g.members,
          ]),
        );
      }
    }
    const stored = await t.db.query<
      Array<{ id: string; a: string | null; rep: string; c: unknown; v: unknown; n: unknown }>
    >(
      `SELECT g.id, g.provision_address AS a, g.representative_opinion_id AS rep, g.opinion_count AS c,
              g.variant_count AS v, g.people_count AS n
       FROM duplicate_group g JOIN consolidation c ON c.id = g.consolidation_id AND g.generation = c.group_generation
       WHERE c.task_id = ? AND c.contact_point_id = ?`,
      [ref.taskId, ref.contactPointId],
    );
    const memberRows = await t.db.query<Array<{ g: string; ids: string }>>(
      `SELECT m.group_id AS g, m.opinion_ids AS ids FROM duplicate_group_member m
       JOIN consolidation c ON c.id = m.consolidation_id AND m.generation = c.group_generation
       WHERE c.task_id = ? AND c.contact_point_id = ? ORDER BY m.group_id, m.position`,
      [ref.taskId, ref.contactPointId],
    );
    const members = new Map<string, string[]>();
    for (const m of memberRows)
      members.set(m.g, [...(members.get(m.g) ?? []), ...(JSON.parse(m.ids) as string[])]);
    const actual = stored.map((g) =>
      JSON.stringify([g.a, g.rep, Number(g.c), Number(g.v), Number(g.n), members.get(g.id)]),
    );
    console.log(
      `grouping with the event loop watched: ${JSON.stringify({ ...figures, inlineMs: Math.round(inlineMs) })}`,
    );

    expect(result.opinions).toBeGreaterThanOrEqual(OPINIONS);
    expect(actual.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(1);
    // The provision is large enough that clustering it in place would break the bound several times over…
    expect(inlineMs).toBeGreaterThan(3 * LOOP_BOUNDS_MS.max);
    // …and while the job clustered it, the server kept answering.
    expect(rounds.length).toBeGreaterThan(10);
    expect(figures.probeP99Ms).toBeLessThan(LOOP_BOUNDS_MS.p99);
    expect(figures.loopP99Ms).toBeLessThan(LOOP_BOUNDS_MS.p99);
    expect(figures.probeMaxMs).toBeLessThan(LOOP_BOUNDS_MS.max);
    expect(figures.loopMaxMs).toBeLessThan(LOOP_BOUNDS_MS.max);
  }, 300_000);

  it('stops clustering as soon as the job is stopped meanwhile: the stop is the error, nothing is written', async () => {
    const me = (await t.gql<{ me: { id: string } }>('{ me { id } }', {}, token)).data!.me.id;
    const actor = (await t.app.get(AccountService).loadActor(me, 'test'))!;
    const groups = t.app.get(DuplicateGroupService);
    const rowsNow = async () =>
      Number(
        (await t.db.query<Array<{ n: unknown }>>('SELECT COUNT(*) AS n FROM duplicate_group_member'))[0].n,
      );
    const before = await rowsNow();
    const stop = new Error('job interrupted');
    let stoppedAt = 0;
    // The first report made while the thread clusters (they say how long it has) stops the job, as a lost claim does.
    const running = groups.regroup(actor, ref.taskId, ref.contactPointId, (_percent, step) => {
      if (!step.includes('已比对')) return Promise.resolve();
      stoppedAt = performance.now();
      return Promise.reject(stop);
    });
    await expect(running).rejects.toBe(stop);
    expect(stoppedAt).toBeGreaterThan(0);
    // At once, not after the clustering it would otherwise have finished.
    expect(performance.now() - stoppedAt).toBeLessThan(500);
    expect(await rowsNow()).toBe(before);
  }, 120_000);
});
