// The consolidated table's files, exported as background jobs (issue 17): 导出 starts one (startConsolidatedExport),
// the shared job progress bar follows it (pushed progress, polling while the stream is down) and stays with the job's
// summary when it ends; then the page reads the finished file's signed address once (JobFile.signedUrl: no token
// needed, valid a few minutes, only for the one who asked), opens it and leaves a plain link to it.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { JobProgressBar, jobRunning, useJob } from '../../app/job-progress';
import { errorMessage } from '../../common/api-errors';
import { formatDateTime } from '../../common/dates';
import type { ExportFormat, ExportJobFieldsFragment } from '../../gql/graphql';
import { ExportJobDocument, StartConsolidatedExportDocument } from './signoff.operations';

const FORMATS: Array<{ format: ExportFormat; label: string; noun: string }> = [
  { format: 'DOCX', label: 'Word 文档（.docx）', noun: '导出 Word 文档' },
  { format: 'XLSX', label: 'Excel 表格（.xlsx）', noun: '导出 Excel 表格' },
];

type ExportFile = NonNullable<ExportJobFieldsFragment['file']>;

function ExportRow({
  taskId,
  contactPointId,
  format,
  label,
  noun,
}: {
  taskId: string;
  contactPointId: string;
  format: ExportFormat;
  label: string;
  noun: string;
}) {
  const client = useApolloClient();
  const [startExport, { loading: starting }] = useMutation(StartConsolidatedExportDocument);
  const [started, setStarted] = useState<ExportJobFieldsFragment | null>(null);
  const [file, setFile] = useState<ExportFile | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const followed = useJob(started?.id ?? null, started);
  const job = followed.job;
  const opened = useRef(new Set<string>());

  // Finished: its file is read once (the signed address is made when asked), opened as a download, and linked.
  useEffect(() => {
    if (job?.state !== 'SUCCEEDED' || opened.current.has(job.id)) return;
    opened.current.add(job.id);
    void (async () => {
      try {
        const { data } = await client.query({
          query: ExportJobDocument,
          variables: { id: job.id },
          fetchPolicy: 'network-only',
        });
        const ready = data?.job.file;
        if (!ready) return setProblem('导出的文件已过期，请重新导出');
        setFile(ready);
        const link = document.createElement('a');
        link.href = ready.signedUrl;
        link.download = ready.filename;
        link.click();
      } catch (e) {
        setProblem(errorMessage(e));
      }
    })();
  }, [job, client]);

  const prepare = async () => {
    setProblem(null);
    setFile(null);
    try {
      const { data } = await startExport({ variables: { input: { taskId, contactPointId, format } } });
      if (data) setStarted(data.startConsolidatedExport);
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  return (
    <div className="signoff-export">
      <Button loading={starting || jobRunning(job)} onClick={() => void prepare()}>
        导出 {label}
      </Button>
      {started && (
        <JobProgressBar followed={followed} label={noun} testId={`export-progress-${format.toLowerCase()}`} />
      )}
      {problem && <Alert type="error" showIcon title={problem} />}
      {file && (
        <span className="signoff-export-link">
          <a href={file.signedUrl} download={file.filename}>
            下载 {file.filename}
          </a>
          <Typography.Text type="secondary">
            （{formatDateTime(file.signedUrlExpiresAt)} 前有效）
          </Typography.Text>
        </span>
      )}
    </div>
  );
}

export function ExportLinks({ taskId, contactPointId }: { taskId: string; contactPointId: string }) {
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph style={{ margin: 0 }}>
        导出的文件与报送立法机关的汇总表相同（含封面、统计和来源意见），不含提出人的姓名和电话。大表在后台生成，可离开本页，完成后文件保留
        24 小时。
      </Typography.Paragraph>
      {FORMATS.map(({ format, label, noun }) => (
        <ExportRow
          key={format}
          taskId={taskId}
          contactPointId={contactPointId}
          format={format}
          label={label}
          noun={noun}
        />
      ))}
    </Space>
  );
}
