// The consolidated table's files, exported as background jobs (issue 17): 导出 starts one (startConsolidatedExport),
// the page polls its progress once a second and shows a progress bar, then a plain link to the finished file's signed
// address (JobFile.signedUrl: no token needed, valid a few minutes, only for the one who asked) and opens it.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Progress, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../common/api-errors';
import { formatDateTime } from '../../common/dates';
import type { ExportFormat, ExportJobFieldsFragment } from '../../gql/graphql';
import { ExportJobDocument, StartConsolidatedExportDocument } from './signoff.operations';

/** How often a running export is asked for its progress. */
const EXPORT_POLL_MS = 1000;

const FORMATS: Array<{ format: ExportFormat; label: string }> = [
  { format: 'DOCX', label: 'Word 文档（.docx）' },
  { format: 'XLSX', label: 'Excel 表格（.xlsx）' },
];

const running = (job: ExportJobFieldsFragment | undefined) =>
  !!job && (job.state === 'QUEUED' || job.state === 'RUNNING');

export function ExportLinks({ taskId, contactPointId }: { taskId: string; contactPointId: string }) {
  const client = useApolloClient();
  const [startExport] = useMutation(StartConsolidatedExportDocument);
  const [starting, setStarting] = useState<ExportFormat | null>(null);
  const [jobs, setJobs] = useState<Partial<Record<ExportFormat, ExportJobFieldsFragment>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const opened = useRef(new Set<string>());

  // Polls every running export until it ends; a finished file is opened once, as a download.
  useEffect(() => {
    const open = Object.entries(jobs).filter(([, job]) => running(job));
    if (open.length === 0) return;
    const timer = setTimeout(() => {
      void Promise.all(
        open.map(async ([format, job]) => {
          try {
            const { data } = await client.query({
              query: ExportJobDocument,
              variables: { id: job.id },
              fetchPolicy: 'network-only',
            });
            if (data) setJobs((j) => ({ ...j, [format]: data.job }));
          } catch (e) {
            setProblem(errorMessage(e));
            setJobs((j) => {
              const { [format as ExportFormat]: _gone, ...rest } = j;
              return rest;
            });
          }
        }),
      );
    }, EXPORT_POLL_MS);
    return () => clearTimeout(timer);
  }, [jobs, client]);

  useEffect(() => {
    for (const job of Object.values(jobs)) {
      if (job?.state !== 'SUCCEEDED' || !job.file || opened.current.has(job.id)) continue;
      opened.current.add(job.id);
      const link = document.createElement('a');
      link.href = job.file.signedUrl;
      link.download = job.file.filename;
      link.click();
    }
  }, [jobs]);

  const prepare = async (format: ExportFormat) => {
    setProblem(null);
    setStarting(format);
    try {
      const { data } = await startExport({ variables: { input: { taskId, contactPointId, format } } });
      if (data)
        setJobs((j) => ({
          ...j,
          [format]: data.startConsolidatedExport,
        }));
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setStarting(null);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph style={{ margin: 0 }}>
        导出的文件与报送立法机关的汇总表相同（含封面、统计和来源意见），不含提出人的姓名和电话。大表在后台生成，可离开本页，完成后文件保留
        24 小时。
      </Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} />}
      {FORMATS.map(({ format, label }) => {
        const job = jobs[format];
        const file = job?.state === 'SUCCEEDED' ? job.file : null;
        return (
          <div key={format} className="signoff-export">
            <Button loading={starting === format || running(job)} onClick={() => void prepare(format)}>
              导出 {label}
            </Button>
            {running(job) && (
              <div role="status" data-testid={`export-progress-${format.toLowerCase()}`}>
                <Typography.Text type="secondary">{job?.step ?? '排队等待'}</Typography.Text>
                <Progress percent={job?.progress ?? 0} size="small" aria-label={`导出${label}的进度`} />
              </div>
            )}
            {job?.state === 'FAILED' && (
              <Alert type="error" showIcon title={job.error?.message ?? '导出失败，请重试'} />
            )}
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
      })}
    </Space>
  );
}
