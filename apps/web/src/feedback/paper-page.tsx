// 纸质意见表: download the task's spreadsheet template, fill it in on paper's behalf, upload it; every problem is listed
// by row and column (those rows are not stored), the others are stored at once. Fix the sheet and upload it again.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Result, Space, Table, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage, NETWORK_MESSAGE } from '../common/api-errors';
import { LinkButton } from '../common/link-button';
import type { ImportOpinionsMutation } from '../gql/graphql';
import { sessionForRequest } from '../identity/session';
import { ImportOpinionsDocument, OpinionFormDataDocument } from './feedback.operations';

type ImportResult = ImportOpinionsMutation['importOpinions'];

/** The API's own limit on an uploaded sheet (ImportOpinionsInput.fileBase64: 10 MiB). */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    reader.onerror = () => reject(new Error('读取文件失败'));
    reader.readAsDataURL(file);
  });
}

export default function PaperPage() {
  const { taskId = '' } = useParams();
  const task = useQuery(OpinionFormDataDocument, { variables: { taskId } });
  const [importOpinions, { loading: importing }] = useMutation(ImportOpinionsDocument);
  const [downloading, setDownloading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<(ImportResult & { filename: string }) | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  // The result is below the upload button, off a phone's screen: bring it into view.
  useEffect(() => {
    if (result) resultRef.current?.scrollIntoView({ block: 'start' });
  }, [result]);

  // The template route wants the bearer token (there is no signed link for it), so it is fetched and saved as a blob.
  const download = async () => {
    setProblem(null);
    setDownloading(true);
    try {
      const session = await sessionForRequest();
      const res = await fetch(`/files/tasks/${encodeURIComponent(taskId)}/opinion-template.xlsx`, {
        headers: session ? { authorization: `Bearer ${session.accessToken}` } : {},
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { message?: string } | null;
        setProblem(
          body?.message && /[\u4e00-\u9fff]/.test(body.message) ? body.message : '模板下载失败，请稍后重试',
        );
        return;
      }
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = '意见征集表模板.xlsx';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      setProblem(NETWORK_MESSAGE);
    } finally {
      setDownloading(false);
    }
  };

  const upload = async (file: File) => {
    setProblem(null);
    setResult(null);
    if (file.size > MAX_FILE_BYTES) {
      setProblem('文件超过 10 MB，请分成几个表格上传');
      return;
    }
    try {
      const fileBase64 = await base64Of(file);
      const { data } = await importOpinions({ variables: { input: { taskId, fileBase64 } } });
      if (data) setResult({ ...data.importOpinions, filename: file.name });
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2} style={{ fontSize: 22, margin: 0 }}>
          纸质意见表
        </Typography.Title>
        <Typography.Paragraph style={{ margin: '4px 0 0' }}>
          {task.data?.consultationTask?.title ?? '征求意见任务'}
        </Typography.Paragraph>
      </div>
      <Space wrap>
        <LinkButton to={`/tasks/${taskId}`}>返回草案</LinkButton>
        <LinkButton to={`/tasks/${taskId}/activities`}>征集活动</LinkButton>
      </Space>
      {problem && <Alert type="error" showIcon title={problem} />}
      {/* A collector with a few sheets and only a phone cannot fill in Excel there: the page said nothing of the form. */}
      <Alert
        type="info"
        showIcon
        data-testid="paper-one-by-one"
        title="只有几张表、手边只有手机？"
        description={
          <Space direction="vertical" size={8}>
            <span>
              可以逐张录入：每张意见表录为一条意见；提出人在表上签字同意留下姓名、电话的，同意方式选“书面”。
            </span>
            <LinkButton to={`/tasks/${taskId}/opinions/new`}>逐张录入</LinkButton>
          </Space>
        }
      />
      <Card title={<h3 style={{ fontSize: 18, margin: 0 }}>第一步：下载模板</h3>}>
        <Typography.Paragraph>
          模板是本任务的 Excel
          表格，条款和征集方式可从下拉列表中选择。把纸质意见表上的意见逐行填入，不要填写提出人的姓名、电话等个人信息。
        </Typography.Paragraph>
        <Button type="primary" block loading={downloading} onClick={() => void download()}>
          下载意见征集表模板
        </Button>
      </Card>
      <Card title={<h3 style={{ fontSize: 18, margin: 0 }}>第二步：上传填好的表格</h3>}>
        <Typography.Paragraph>
          合格的行立即保存；有问题的行不保存，会在下面按行、列列出。改正后再次上传整张表即可，已保存的行请先删去，以免重复。
        </Typography.Paragraph>
        <Upload
          className="block-upload"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button block loading={importing}>
            选择填好的表格（.xlsx）上传
          </Button>
        </Upload>
      </Card>
      {result && (
        <Card
          ref={resultRef}
          title={<h3 style={{ fontSize: 18, margin: 0 }}>导入结果</h3>}
          data-testid="import-result"
        >
          <Result
            status={result.errors.length ? 'warning' : 'success'}
            title={`已保存 ${result.imported} 条意见`}
            subTitle={`${result.filename}：读到 ${result.totalRows} 行，${
              result.errors.length ? `${result.errors.length} 个问题，请改正后再次上传` : '没有问题'
            }`}
            style={{ padding: '8px 0' }}
          />
          {result.errors.length > 0 && (
            <Table
              size="small"
              rowKey={(e) => `${e.row}-${e.column}-${e.code}`}
              pagination={false}
              dataSource={result.errors}
              columns={[
                { title: '行', dataIndex: 'row', width: 56 },
                { title: '列', dataIndex: 'column', width: 96 },
                { title: '问题', dataIndex: 'message' },
              ]}
              title={() => '有问题的行（未保存）'}
            />
          )}
          {result.receiptNumbers.length > 0 && (
            <Typography.Paragraph style={{ marginTop: 16, overflowWrap: 'anywhere' }}>
              回执号：{result.receiptNumbers.join('、')}
            </Typography.Paragraph>
          )}
        </Card>
      )}
    </Space>
  );
}
