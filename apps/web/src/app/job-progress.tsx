// One progress bar for every background job (issue 17): grouping duplicates, exports, a new version's evidence,
// re-placing annotations. useJob follows a job by its id: pushed progress first (GET /events, live-events.ts), asking
// job(id) once a second only while the stream is down (and rarely while it is up, a safety net for an event lost
// between instances), once more when the stream comes back and when the job ends. JobProgressBar shows it: the step and
// the percentage while it runs, then — kept on screen, so even a job that ends before the first poll is seen to have
// run — a full bar with the job's Chinese summary, or its error.
import { useApolloClient } from '@apollo/client/react';
import { Progress, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../common/api-errors';
import type { JobStatusFieldsFragment } from '../gql/graphql';
import { JobStatusDocument } from './jobs.operations';
import { useLiveConnected, useLiveEvents } from './live-events';

/** Asked for a running job's progress this often while the pushed events are down, and while they are up. */
export const JOB_POLL_MS = 1000;
export const JOB_POLL_LIVE_MS = 15_000;

export type JobStatus = JobStatusFieldsFragment;

export const jobRunning = (job: Pick<JobStatus, 'state'> | null | undefined): boolean =>
  !!job && (job.state === 'QUEUED' || job.state === 'RUNNING');

export const jobEnded = (job: Pick<JobStatus, 'state'> | null | undefined): boolean =>
  !!job && (job.state === 'SUCCEEDED' || job.state === 'FAILED');

export interface FollowedJob {
  /** The job as last seen (null until the first answer when no starting state was given). */
  job: JobStatus | null;
  /** Why the job could not be read (gone, or no longer visible to this account). */
  problem: string | null;
}

/**
 * Follows the job `jobId` (null: none) until it ends. `initial`: its state as the mutation that started it returned
 * it, so the bar shows at once. A new id starts over.
 */
export function useJob(jobId: string | null, initial?: JobStatus | null): FollowedJob {
  const client = useApolloClient();
  const live = useLiveConnected();
  const [state, setState] = useState<FollowedJob>({
    job: initial && initial.id === jobId ? initial : null,
    problem: null,
  });
  const current = useRef(jobId);
  current.current = jobId;
  const [asked, setAsked] = useState(0);

  // Another job: start from what the caller knows about it.
  const [followedId, setFollowedId] = useState(jobId);
  if (followedId !== jobId) {
    setFollowedId(jobId);
    setState({ job: initial && initial.id === jobId ? initial : null, problem: null });
  }

  const ask = useCallback(async () => {
    const id = current.current;
    if (!id) return;
    try {
      const { data } = await client.query({
        query: JobStatusDocument,
        variables: { id },
        fetchPolicy: 'network-only',
      });
      if (data && current.current === id) setState({ job: data.job, problem: null });
    } catch (e) {
      if (current.current === id) setState((s) => ({ job: s.job, problem: errorMessage(e) }));
    } finally {
      setAsked((n) => n + 1);
    }
  }, [client]);

  const job = state.job;
  const done = jobEnded(job) || !!state.problem;
  // The first answer at once when nothing is known yet; then a poll while the job runs (rarely when pushed).
  useEffect(() => {
    if (!jobId || done) return;
    const timer = setTimeout(() => void ask(), job ? (live ? JOB_POLL_LIVE_MS : JOB_POLL_MS) : 0);
    return () => clearTimeout(timer);
  }, [jobId, job, done, live, ask, asked]);

  useLiveEvents((event) => {
    const id = current.current;
    if (!id) return;
    if (event.type === 'ready') {
      if (!done) void ask(); // whatever passed while the stream was down
      return;
    }
    if (event.type !== 'job' || event.job.id !== id) return;
    const pushed = event.job;
    setState((s) => ({
      problem: null,
      job: {
        ...(s.job ?? {}),
        id: pushed.id,
        kind: pushed.kind,
        state: pushed.state,
        progress: pushed.progress,
        step: pushed.step,
        summary: pushed.summary,
        error: pushed.error ? { ...pushed.error } : null,
      },
    }));
  });

  return state;
}

/**
 * The bar for one job. `label`: what the job does, as a noun phrase (导出 Word 文档, 文本佐证, 重新定位批注): it names
 * the bar and starts its texts. `detail`: a sentence shown while it runs. The finished state stays until the caller
 * stops showing the bar.
 */
export function JobProgressBar({
  followed,
  label,
  detail,
  testId,
}: {
  followed: FollowedJob;
  label: string;
  detail?: string;
  testId?: string;
}) {
  const { job, problem } = followed;
  const state = problem ? 'LOST' : (job?.state ?? 'QUEUED');
  const percent = state === 'SUCCEEDED' ? 100 : (job?.progress ?? 0);
  let text: string;
  if (state === 'SUCCEEDED') text = job?.summary ?? `${label}已完成`;
  else if (state === 'FAILED') text = `${label}失败：${job?.error?.message ?? '请稍后重试'}`;
  else if (state === 'LOST') text = `${label}的进度暂时无法读取：${problem}`;
  else text = `${label}：${job?.step ?? '排队等待'}${detail ? `。${detail}` : ''}`;
  return (
    <div className="job-progress" role="status" data-testid={testId} data-state={state}>
      <Typography.Text type={state === 'FAILED' || state === 'LOST' ? 'danger' : undefined}>
        {text}
      </Typography.Text>
      <Progress
        percent={percent}
        size="small"
        status={
          state === 'SUCCEEDED' ? 'success' : state === 'FAILED' || state === 'LOST' ? 'exception' : 'active'
        }
        aria-label={`${label}的进度`}
      />
    </div>
  );
}
