// 重新定位批注: when the task's draft has newer versions, the point's executing body (点长, 副点长, 联络员) re-places the
// task's annotations straight onto the draft's latest version (startAnnotationReanchor, a background job) — not one
// version at a time — and follows it with the shared progress bar until its summary (原位 / 随条文移动 / 未能定位).
// The card says which version(s) the annotations are on now and which they will move to (annotationReanchorPlan,
// which only the executing body may read, so only they see the card). The experts then see on this page how each
// annotation stands.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { JobProgressBar, jobRunning, useJob, type JobStatus } from '../../app/job-progress';
import { errorMessage } from '../../common/api-errors';
import { formatDate } from '../../common/dates';
import { isExecutiveBody } from '../../identity/roles';
import { useSession } from '../../identity/use-session';
import { AnnotationReanchorPlanDocument, StartAnnotationReanchorDocument } from './annotations.operations';

/** 「二审稿」（第 3 稿）. */
function versionName(v: { label: string; sequence: number }): string {
  return `「${v.label}」（第 ${v.sequence} 稿）`;
}

export function ReanchorCard({
  taskId,
  onDone,
}: {
  taskId: string;
  /** Called when the job has ended (the annotations are to be read again). */
  onDone: () => void;
}) {
  const { session } = useSession();
  const executive = isExecutiveBody(session);
  const plan = useQuery(AnnotationReanchorPlanDocument, {
    variables: { taskId },
    skip: !executive,
    fetchPolicy: 'cache-and-network',
  });
  const [start, { loading }] = useMutation(StartAnnotationReanchorDocument);
  const [started, setStarted] = useState<JobStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const followed = useJob(started?.id ?? null, started);
  const job = followed.job;
  const reported = useRef(new Set<string>());
  const latestDone = useRef(onDone);
  latestDone.current = onDone;
  const refetchPlan = plan.refetch;

  useEffect(() => {
    if (!job || jobRunning(job) || reported.current.has(job.id)) return;
    reported.current.add(job.id);
    latestDone.current();
    void refetchPlan();
  }, [job, refetchPlan]);

  const p = plan.data?.annotationReanchorPlan;
  if (!executive || !p) return null;
  const waiting = p.waiting.reduce((n, w) => n + w.count, 0);
  if (!started && waiting === 0) return null;
  const latest = p.latestVersion;

  const run = async () => {
    setProblem(null);
    try {
      const { data } = await start({ variables: { input: { taskId, toVersionId: latest.id } } });
      if (data) setStarted(data.startAnnotationReanchor);
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  return (
    <section className="anno-reanchor" aria-label="重新定位批注">
      <Typography.Title level={4}>草案已有新稿次</Typography.Title>
      {waiting > 0 ? (
        <>
          <Typography.Paragraph>
            本任务还有 {waiting} 条批注停留在较早的稿次上，可以一次定位到草案的最新稿次。
          </Typography.Paragraph>
          <dl className="anno-reanchor-versions">
            <dt>批注现在所在</dt>
            <dd>
              {p.waiting.map((w) => (
                <div key={w.version.id}>
                  {versionName(w.version)}：{w.count} 条
                </div>
              ))}
            </dd>
            <dt>将定位到</dt>
            <dd>
              <Typography.Text strong>{versionName(latest)}</Typography.Text>
              <span className="muted">（最新稿次，{formatDate(latest.createdAt)} 收到）</span>
            </dd>
          </dl>
          <Typography.Paragraph className="muted">
            定位后，专家可以在本页看到每条批注在新稿次中的位置（原位、随条文移动或未能定位）。
          </Typography.Paragraph>
          <Button type="primary" loading={loading || jobRunning(job)} onClick={() => void run()}>
            重新定位批注到新稿次
          </Button>
        </>
      ) : (
        <Typography.Paragraph>本任务的批注都已定位到最新稿次{versionName(latest)}。</Typography.Paragraph>
      )}
      {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 8 }} />}
      {started && (
        <div style={{ marginTop: 8 }}>
          <JobProgressBar
            followed={followed}
            label="重新定位批注"
            detail="可离开本页，稍后回来查看"
            testId="reanchor-progress"
          />
        </div>
      )}
    </section>
  );
}
