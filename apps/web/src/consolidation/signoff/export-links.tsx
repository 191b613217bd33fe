// The consolidated table's files: 导出 asks the API for the file (exportConsolidatedFeedback) and shows a plain link to
// its signed address (ExportedFile.signedUrl: no token needed, valid a few minutes, only for whoever exported it).
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../common/api-errors';
import { formatDateTime } from '../../common/dates';
import type { ExportFormat } from '../../gql/graphql';
import { ExportConsolidatedDocument } from './signoff.operations';

interface Prepared {
  filename: string;
  signedUrl: string;
  signedUrlExpiresAt: string;
}

const FORMATS: Array<{ format: ExportFormat; label: string }> = [
  { format: 'DOCX', label: 'Word 文档（.docx）' },
  { format: 'XLSX', label: 'Excel 表格（.xlsx）' },
];

export function ExportLinks({ taskId, contactPointId }: { taskId: string; contactPointId: string }) {
  const [exportFile] = useMutation(ExportConsolidatedDocument);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [files, setFiles] = useState<Partial<Record<ExportFormat, Prepared>>>({});
  const [problem, setProblem] = useState<string | null>(null);

  const prepare = async (format: ExportFormat) => {
    setProblem(null);
    setBusy(format);
    try {
      const { data } = await exportFile({ variables: { input: { taskId, contactPointId, format } } });
      if (data) setFiles((f) => ({ ...f, [format]: data.exportConsolidatedFeedback }));
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph style={{ margin: 0 }}>
        导出的文件与报送立法机关的汇总表相同（含封面、统计和来源意见），不含提出人的姓名和电话。
      </Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} />}
      {FORMATS.map(({ format, label }) => {
        const file = files[format];
        return (
          <div key={format} className="signoff-export">
            <Button loading={busy === format} onClick={() => void prepare(format)}>
              导出 {label}
            </Button>
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
