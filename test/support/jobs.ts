import type { GqlResult } from './test-app.js';

export interface JobView {
  id: string;
  kind: string;
  state: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  progress: number;
  step: string | null;
  summary: string | null;
  error: { code: string; message: string } | null;
  attempts: number;
  startedByName: string;
  createdAt: string;
  finishedAt: string | null;
  duplicateGrouping: { opinions: number; groups: number; grouped: number } | null;
}

export const JOB_FIELDS =
  'id kind state progress step summary error { code message } attempts startedByName createdAt finishedAt duplicateGrouping { opinions groups grouped }';

export const START_GROUPING = `mutation($i: PointTaskRefInput!) { startDuplicateGrouping(input: $i) { ${JOB_FIELDS} } }`;
export const JOB = `query($id: ID!) { job(id: $id) { ${JOB_FIELDS} } }`;

/**
 * Polls `job(id)` as a page would until the job has ended (or `timeoutMs` passed), returning every state seen, the
 * last one ended. Like a page, it asks again after a `SERVICE_UNAVAILABLE` answer (the error says a retry is safe) —
 * at most 5 in a row, each printed: in a CI run on MariaDB a read at the instance that had just taken over a grouping
 * job was once refused so (DATABASE_UNAVAILABLE) while that instance, in the test's own process, was clustering.
 */
export async function pollJob(
  gql: (query: string, variables: Record<string, unknown>) => Promise<GqlResult<{ job: JobView }>>,
  id: string,
  { timeoutMs = 30_000, intervalMs = 50 } = {},
): Promise<JobView[]> {
  const seen: JobView[] = [];
  const deadline = Date.now() + timeoutMs;
  let unavailable = 0;
  for (;;) {
    const res = await gql(JOB, { id });
    const transient = res.errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
    if (!res.data && transient && unavailable < 5 && Date.now() < deadline) {
      unavailable += 1;
      console.warn(`job(${id}) refused for now, asking again: ${JSON.stringify(res.errors)}`);
      await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
    if (!res.data) throw new Error(`job(${id}): ${JSON.stringify(res.errors)}`);
    unavailable = 0;
    seen.push(res.data.job);
    if (res.data.job.state === 'SUCCEEDED' || res.data.job.state === 'FAILED') return seen;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${res.data.job.state} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
