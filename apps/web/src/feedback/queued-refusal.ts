// Which refusals of a queued opinion (待同步) no correction in the form can fix, so 待同步 offers 复制内容 and 删除 and
// says to ask the liaison officer, instead of 修改.
import type { QueuedOpinion } from './offline-queue';

/**
 * The point no longer takes new opinions for this task (COLLECTION_CLOSED, DEADLINE_PASSED), or at all (it was switched
 * off: CONTACT_POINT_INACTIVE), or the task is not — or no longer — given to this person (NOT_ASSIGNED: e.g. a collector
 * moved to another unit before the queue was sent; the form cannot change that, and the task may not even open for
 * them any more).
 */
export const UNFIXABLE_REASONS: ReadonlySet<string> = new Set([
  'COLLECTION_CLOSED',
  'DEADLINE_PASSED',
  'CONTACT_POINT_INACTIVE',
  'NOT_ASSIGNED',
]);

export function refusedForGood(q: Pick<QueuedOpinion, 'state' | 'error' | 'errorReason'>): boolean {
  if (q.state !== 'rejected') return false;
  // Items refused before the reason was kept: the API's sentence says it (…不再接收新的意见).
  return q.errorReason ? UNFIXABLE_REASONS.has(q.errorReason) : !!q.error?.includes('不再接收');
}
