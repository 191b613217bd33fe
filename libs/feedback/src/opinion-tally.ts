import type { DataSource, EntityManager } from 'typeorm';
import { chunk } from '@app/common';
import { OpinionStatus } from './feedback.enums.js';
import { OpinionEntity } from './feedback.entities.js';
import { OPINION_TALLY, PUBLIC_ORIGIN_KEY } from './point-opinions.js';

/** The opinion columns another domain may count by (the ledger's breakdowns). */
export type OpinionTallyColumn = 'liaison_unit_id' | 'collector_id' | 'channel';

export interface OpinionTallyRow {
  taskId: string;
  /** The value of the column counted by; null when counting per task only. */
  key: string | null;
  n: number;
}

/**
 * A contact point's live (not withdrawn) opinions on some tasks, counted per task and, when `by` is given, per value
 * of that column (the ledger counts the tasks not yet submitted this way; a submission froze its own counts). Per task,
 * unit or channel from the kept tally (opinion_tally, a few rows per provision); per collector, which the tally does
 * not keep, one GROUP BY over the opinion table's covering index idx_opinion_tally (task, point, status, …). Counted
 * per unit from the opinions, SQLite grouped through (task, unit, created_at) for the order it gives and read every
 * opinion of the tasks, every point's, row by row: the ledger of one point read a whole consultation (issue 16).
 */
export async function tallyLiveOpinions(
  db: DataSource | EntityManager,
  contactPointId: string,
  taskIds: readonly string[],
  by?: OpinionTallyColumn,
): Promise<OpinionTallyRow[]> {
  if (!taskIds.length) return [];
  const params = { taskIds, contactPointId, withdrawn: OpinionStatus.WITHDRAWN };
  if (by === 'collector_id') {
    const rows = await db
      .createQueryBuilder(OpinionEntity, 'o')
      .select('o.task_id', 'taskId')
      .addSelect('o.collector_id', 'key')
      .addSelect('COUNT(*)', 'n')
      .where(
        'o.task_id IN (:...taskIds) AND o.contact_point_id = :contactPointId AND o.status <> :withdrawn',
        params,
      )
      .groupBy('o.task_id')
      .addGroupBy('o.collector_id')
      .getRawMany<{ taskId: string; key: string | null; n: unknown }>();
    // The public's opinions (no collector, like the executing body's) are their own origin: counted from the tally
    // (kept under PUBLIC_ORIGIN_KEY) and moved out of the no-collector line, not read from the opinions.
    const publicOnes = await tallyLiveOpinions(db, contactPointId, taskIds, 'liaison_unit_id');
    const counted = rows.map((r) => ({ taskId: r.taskId, key: r.key, n: Number(r.n) }));
    for (const p of publicOnes.filter((r) => r.key === PUBLIC_ORIGIN_KEY)) {
      const none = counted.find((r) => r.taskId === p.taskId && r.key === null);
      if (none) none.n -= p.n;
      counted.push(p);
    }
    return counted.filter((r) => r.n > 0);
  }
  const query = db
    .createQueryBuilder()
    .select('t.task_id', 'taskId')
    .addSelect(by ? `t.${by}` : 'NULL', 'key')
    .addSelect('SUM(t.opinions)', 'n')
    .from(OPINION_TALLY, 't')
    .where(
      't.task_id IN (:...taskIds) AND t.contact_point_id = :contactPointId AND t.status <> :withdrawn',
      params,
    )
    .groupBy('t.task_id');
  if (by) query.addGroupBy(`t.${by}`);
  const rows = await query.getRawMany<{ taskId: string; key: string | null; n: unknown }>();
  return rows
    .map((r) => ({ taskId: r.taskId, key: r.key === '' ? null : r.key, n: Number(r.n ?? 0) }))
    .filter((r) => r.n > 0);
}

/**
 * Every point's live (not withdrawn) opinions on some tasks, per point and task, from the kept tally: what
 * tallyLiveOpinions counts per task for one point, for all points at once (the legislature's ledger overview). One
 * statement per IN_LIST_CHUNK tasks, however many points.
 */
export async function tallyLiveOpinionsPerPoint(
  db: DataSource | EntityManager,
  taskIds: readonly string[],
): Promise<Array<{ contactPointId: string; taskId: string; n: number }>> {
  const rows: Array<{ contactPointId: string; taskId: string; n: number }> = [];
  for (const ids of chunk([...new Set(taskIds)])) {
    const found = await db
      .createQueryBuilder()
      .select('t.contact_point_id', 'contactPointId')
      .addSelect('t.task_id', 'taskId')
      .addSelect('SUM(t.opinions)', 'n')
      .from(OPINION_TALLY, 't')
      .where('t.task_id IN (:...ids) AND t.status <> :withdrawn', { ids, withdrawn: OpinionStatus.WITHDRAWN })
      .groupBy('t.contact_point_id')
      .addGroupBy('t.task_id')
      .getRawMany<{ contactPointId: string; taskId: string; n: unknown }>();
    for (const r of found) {
      const n = Number(r.n ?? 0);
      if (n > 0) rows.push({ contactPointId: r.contactPointId, taskId: r.taskId, n });
    }
  }
  return rows;
}
