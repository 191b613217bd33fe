import type { DataSource, EntityManager } from 'typeorm';
import { OpinionStatus } from './feedback.enums.js';
import { OpinionEntity } from './feedback.entities.js';

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
 * of that column: one GROUP BY over the opinion table, which feedback owns (the ledger counts the tasks not yet
 * submitted this way; a submission froze its own counts).
 */
export async function tallyLiveOpinions(
  db: DataSource | EntityManager,
  contactPointId: string,
  taskIds: readonly string[],
  by?: OpinionTallyColumn,
): Promise<OpinionTallyRow[]> {
  if (!taskIds.length) return [];
  const query = db
    .createQueryBuilder(OpinionEntity, 'o')
    .select('o.task_id', 'taskId')
    .addSelect(by ? `o.${by}` : 'NULL', 'key')
    .addSelect('COUNT(*)', 'n')
    .where('o.task_id IN (:...taskIds) AND o.contact_point_id = :contactPointId AND o.status <> :withdrawn', {
      taskIds,
      contactPointId,
      withdrawn: OpinionStatus.WITHDRAWN,
    })
    .groupBy('o.task_id');
  if (by) query.addGroupBy(`o.${by}`);
  const rows = await query.getRawMany<{ taskId: string; key: string | null; n: unknown }>();
  return rows.map((r) => ({ taskId: r.taskId, key: r.key, n: Number(r.n) }));
}
