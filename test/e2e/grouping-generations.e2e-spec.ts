import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import {
  DuplicateGroupService,
  GROUPING_WRITE_LIMITS,
  type GroupingProgress,
} from '../../libs/consolidation/src/duplicate-group.service.js';
import { AccountService, type Actor } from '@app/identity';
import { demoTaskRefs, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Grouping writes its groups in bounded transactions (issue 17: on a Galera cluster one transaction of tens of
 * thousands of rows kept every node's reads waiting past the statement timeout), under a new generation that readers
 * do not see until one small transaction switches to it; older generations are then deleted in batches. Shown with
 * 1,200 pairs of identical opinions (1,200 groups and 1,200 member rows, more than one transaction may write), on
 * SQLite and (DATABASE_URL) MySQL/MariaDB.
 */
describe('grouping duplicates in bounded transactions', () => {
  let t: TestApp;
  let token: string;
  let actor: Actor;
  let groups: DuplicateGroupService;
  let ref: { taskId: string; contactPointId: string };
  let consolidationId: string;
  let pairs = 0;

  /** What a reader sees: the groups listed and the workbench's count (a tally). */
  const seen = async () => {
    const res = await t.gql<{
      consolidation: { duplicateGroups: { totalCount: number }; counts: { duplicateGroups: number } };
    }>(
      'query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { duplicateGroups(first: 1) { totalCount } counts { duplicateGroups } } }',
      { t: ref.taskId, p: ref.contactPointId },
      token,
    );
    const c = res.data!.consolidation;
    return { listed: c.duplicateGroups.totalCount, counted: c.counts.duplicateGroups };
  };
  /** Rows of every generation in the database, and the current generation. */
  const stored = async () => {
    const [row] = await t.db.query<Array<{ g: unknown; m: unknown; current: unknown }>>(
      `SELECT (SELECT COUNT(*) FROM duplicate_group WHERE consolidation_id = ?) AS g,
              (SELECT COUNT(*) FROM duplicate_group_member WHERE consolidation_id = ?) AS m,
              (SELECT group_generation FROM consolidation WHERE id = ?) AS current`,
      [consolidationId, consolidationId, consolidationId],
    );
    return { groups: Number(row.g), members: Number(row.m), current: Number(row.current) };
  };
  const regroup = (progress?: GroupingProgress) =>
    groups.regroup(actor, ref.taskId, ref.contactPointId, progress);

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('liaison');
    const refs = await demoTaskRefs(t, await t.login('head'));
    ref = { taskId: refs.dogTaskId, contactPointId: refs.pointId };
    const me = (await t.gql<{ me: { id: string } }>('{ me { id } }', {}, token)).data!.me.id;
    actor = (await t.app.get(AccountService).loadActor(me, 'test'))!;
    groups = t.app.get(DuplicateGroupService);
    await addPairs(t.db, ref, 0, 1_200, t.engine);
    pairs = 1_200;
    await regroup();
    const [c] = await t.db.query<Array<{ id: string }>>(
      'SELECT id FROM consolidation WHERE task_id = ? AND contact_point_id = ?',
      [ref.taskId, ref.contactPointId],
    );
    consolidationId = c.id;
  });
  afterAll(() => t.close());

  it('writes at most GROUPING_WRITE_LIMITS.rows rows a transaction; readers see the previous grouping until the switch', async () => {
    const before = await seen();
    expect(before.listed).toBeGreaterThanOrEqual(pairs);
    expect(before.counted).toBe(before.listed);
    await addPairs(t.db, ref, pairs, 300, t.engine);
    pairs += 300;

    // Before each write transaction: the rows written so far (all generations) and what a reader sees meanwhile.
    const during: Array<{ rows: number; seen: { listed: number; counted: number } }> = [];
    const result = await regroup(async (_percent, step) => {
      if (!step.startsWith('写入')) return;
      const now = await stored();
      during.push({ rows: now.groups + now.members, seen: await seen() });
    });
    expect(result.groups).toBe(before.listed + 300);
    expect(result.writeTransactions).toBeGreaterThanOrEqual(4);
    expect(result.largestWriteRows).toBe(GROUPING_WRITE_LIMITS.rows);
    expect(during.length).toBe(result.writeTransactions);
    // Measured in the database: no transaction added more than the bound.
    const steps = during.slice(1).map((d, i) => d.rows - during[i].rows);
    expect(Math.max(...steps)).toBeLessThanOrEqual(GROUPING_WRITE_LIMITS.rows);
    expect(during.at(-1)!.rows).toBeGreaterThan(during[0].rows + GROUPING_WRITE_LIMITS.rows);
    // The whole time, readers saw the previous complete grouping, listed and counted alike.
    for (const d of during) expect(d.seen).toEqual(before);

    // After: the new grouping only; the old generation deleted.
    expect(await seen()).toEqual({ listed: result.groups, counted: result.groups });
    const after = await stored();
    expect(after.groups).toBe(result.groups);
    expect(after.members).toBe(result.groups); // pairs: one member row per group
  });

  it('a grouping that stops mid-way (the job taken over) leaves the previous grouping, and nothing of its own', async () => {
    const before = await seen();
    const rows = await stored();
    let batches = 0;
    await expect(
      regroup((_percent, step) =>
        step.startsWith('写入') && ++batches === 3
          ? Promise.reject(new Error('instance stopping'))
          : Promise.resolve(),
      ),
    ).rejects.toThrow('instance stopping');
    expect(await seen()).toEqual(before);
    expect(await stored()).toEqual(rows);
  });

  it('after an attempt that died mid-way, a retry ends with exactly one complete grouping, the leftovers deleted', async () => {
    const before = await seen();
    const current = (await stored()).current;
    // As a killed instance leaves it: half a grouping written under the next generation, never switched to.
    const dead = current + 1;
    await t.db.query('UPDATE consolidation SET group_generations = ? WHERE id = ?', [dead, consolidationId]);
    await t.db.query(
      `INSERT INTO duplicate_group (id, consolidation_id, generation, provision_address, sort_key, representative_opinion_id, opinion_count, variant_count, people_count)
       SELECT ${t.engine === 'mysql' ? 'UUID()' : 'lower(hex(randomblob(16)))'}, consolidation_id, ?, provision_address, sort_key, representative_opinion_id, opinion_count, variant_count, people_count
       FROM duplicate_group WHERE consolidation_id = ? AND generation = ? ORDER BY id LIMIT 700`,
      [dead, consolidationId, current],
    );
    expect(await seen()).toEqual(before); // not seen, not counted
    expect((await stored()).groups).toBe(before.listed + 700);

    const result = await regroup();
    expect(result.groups).toBe(before.listed);
    expect(await seen()).toEqual(before);
    const after = await stored();
    expect(after).toEqual({ groups: before.listed, members: before.listed, current: dead + 1 });
  });

  it('a grouping that finishes after a later one has switched is not used: the later one stays, complete', async () => {
    // A: started first (the lower generation), held before its first write; B runs whole meanwhile.
    let release!: () => void;
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    const first = regroup(async (_percent, step) => {
      if (step.startsWith('写入') && release === undefined) {
        await new Promise<void>((resolve) => {
          release = resolve;
          held();
        });
      }
    });
    await holding;
    await addPairs(t.db, ref, pairs, 10, t.engine);
    pairs += 10;
    const later = await regroup();
    release();
    await expect(first).rejects.toMatchObject({ reason: 'GROUPING_SUPERSEDED' });
    expect(await seen()).toEqual({ listed: later.groups, counted: later.groups });
    expect(await stored()).toMatchObject({ groups: later.groups, members: later.groups });
  });
});

/**
 * Adds `count` pairs of identical opinions (pair k: two copies of a text of 40 characters drawn from k's own sequence,
 * so no two pairs are near-duplicates) to the point's task, as copies of one of its opinions, straight into the table.
 */
async function addPairs(
  db: DataSource,
  ref: { taskId: string; contactPointId: string },
  from: number,
  count: number,
  engine: 'sqlite' | 'mysql',
): Promise<void> {
  const [template] = await db.query<Array<Record<string, unknown>>>(
    "SELECT * FROM opinion WHERE task_id = ? AND contact_point_id = ? AND status = 'ACTIVE' AND provision_address IS NOT NULL LIMIT 1",
    [ref.taskId, ref.contactPointId],
  );
  const columns = Object.keys(template);
  const quote = (c: string) => (engine === 'mysql' ? `\`${c}\`` : `"${c}"`);
  const rows: unknown[][] = [];
  for (let k = from; k < from + count; k++) {
    let seed = (k + 1) * 2654435761;
    let text = '建议';
    for (let i = 0; i < 40; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      text += String.fromCodePoint(0x4e00 + (seed % 20000));
    }
    for (const copy of [0, 1]) {
      const n = 2 * k + copy;
      const own: Record<string, unknown> = {
        id: `gen-${String(n).padStart(8, '0')}`,
        receipt_number: `8G${String(n).padStart(10, '0')}`,
        proposed_change: text,
        reason: null,
        idempotency_key: null,
      };
      rows.push(columns.map((c) => (c in own ? own[c] : template[c])));
    }
  }
  for (let at = 0; at < rows.length; at += 500) {
    const part = rows.slice(at, at + 500);
    await db.query(
      `INSERT INTO opinion (${columns.map(quote).join(', ')}) VALUES ${part.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ')}`,
      part.flat(),
    );
  }
}
