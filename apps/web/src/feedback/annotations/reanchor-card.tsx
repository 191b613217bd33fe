// 重新定位批注: when the task's draft has a newer version, the point's executing body (点长, 副点长, 联络员) re-places the
// task's annotations on it (startAnnotationReanchor, a background job), and follows it with the shared progress bar
// until its summary (原位 / 随条文移动 / 未能定位). The experts then see on this page how each annotation stands.
// Only the executing body may start it (the API refuses others), so only they see the button.
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { JobProgressBar, jobRunning, useJob, type JobStatus } from '../../app/job-progress';
import { errorMessage } from '../../common/api-errors';
import { isExecutiveBody } from '../../identity/roles';
import { useSession } from '../../identity/use-session';
import { StartAnnotationReanchorDocument } from './annotations.operations';

export function ReanchorCard({
  taskId,
  newVersionId,
  waiting,
  onDone,
}: {
  taskId: string;
  /** The version that superseded the task's. */
  newVersionId: string;
  /** Annotations not yet on the new version. */
  waiting: number;
  /** Called when the job has ended (the annotations are to be read again). */
  onDone: () => void;
}) {
  const { session } = useSession();
  const [start, { loading }] = useMutation(StartAnnotationReanchorDocument);
  const [started, setStarted] = useState<JobStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const followed = useJob(started?.id ?? null, started);
  const job = followed.job;
  const reported = useRef(new Set<string>());
  const latestDone = useRef(onDone);
  latestDone.current = onDone;

  useEffect(() => {
    if (!job || jobRunning(job) || reported.current.has(job.id)) return;
    reported.current.add(job.id);
    latestDone.current();
  }, [job]);

  if (!isExecutiveBody(session)) return null;
  if (!started && waiting === 0) return null;

  const run = async () => {
    setProblem(null);
    try {
      const { data } = await start({ variables: { input: { taskId, toVersionId: newVersionId } } });
      if (data) setStarted(data.startAnnotationReanchor);
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  return (
    <section className="anno-reanchor" aria-label="重新定位批注">
      <Typography.Title level={4}>草案已有新稿次</Typography.Title>
      <Typography.Paragraph>
        {waiting > 0
          ? `本任务还有 ${waiting} 条批注停留在原稿次上。重新定位后，专家可以看到每条批注在新稿次中的位置（原位、随条文移动或未能定位）。`
          : '本任务的批注都已定位到新稿次。'}
      </Typography.Paragraph>
      {waiting > 0 && (
        <Button type="primary" loading={loading || jobRunning(job)} onClick={() => void run()}>
          重新定位批注到新稿次
        </Button>
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
