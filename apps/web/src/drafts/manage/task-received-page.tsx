// 收到的汇总表: what each point submitted on a task (its consolidated table as .docx or .xlsx, through a signed link
// that opens without the bearer token) and the cross-point view by provision: per provision in draft order, which
// points said what, with counts (feedbackByProvision, 20 provisions a page).
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Collapse, List, Result, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage } from '../../common/api-errors';
import { formatDateTime } from '../../common/dates';
import { PointTaskStateTag } from '../../consultation/point-task-state-tag';
import { LinkButton } from '../../common/link-button';
import type { ExportFormat } from '../../gql/graphql';
import {
  ExportConsolidatedFeedbackDocument,
  FeedbackByProvisionDocument,
  ReceivedConsolidationsDocument,
} from './manage.operations';
import './manage.css';

const PAGE_SIZE = 20;
/** Suggestions shown under each provision; the rest are in each point's table (the API allows up to 100). */
const ITEMS_PER_PROVISION = 10;

/** Opens a signed download link (valid a few minutes, no Authorization header needed) as a file download. */
function openDownload(url: string, filename: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
}

function ByProvision({ taskId, names }: { taskId: string; names: Map<string, string> }) {
  const { data, error, loading, fetchMore } = useQuery(FeedbackByProvisionDocument, {
    variables: { taskId, first: PAGE_SIZE, itemsPerProvision: ITEMS_PER_PROVISION },
    notifyOnNetworkStatusChange: true,
  });
  const rows = data?.feedbackByProvision.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.feedbackByProvision.pageInfo;
  const more = () =>
    void fetchMore({
      variables: { after: pageInfo?.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({
        feedbackByProvision: {
          ...fetchMoreResult.feedbackByProvision,
          edges: [...prev.feedbackByProvision.edges, ...fetchMoreResult.feedbackByProvision.edges],
        },
      }),
    });
  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>按条文汇总</h2>}
      extra={data ? `${data.feedbackByProvision.totalCount} 处条文` : null}
    >
      <Typography.Paragraph type="secondary">
        各联系点已报送的汇总条目，按草案条文顺序排列，总体意见在后。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      <List
        loading={loading && !data}
        locale={{ emptyText: '尚无联系点报送' }}
        dataSource={rows}
        renderItem={(r) => (
          <List.Item className="provision-row" data-testid="provision-row">
            <Space direction="vertical" size={6} style={{ width: '100%' }}>
              <Space wrap size={[12, 4]}>
                <Typography.Text strong style={{ fontSize: 17 }}>
                  {r.citation}
                </Typography.Text>
                <span data-testid="provision-suggestions">{r.suggestions} 条汇总意见</span>
                <span>
                  来自 {r.opinions} 条原始意见、{r.people} 人
                </span>
              </Space>
              <Space wrap size={[8, 4]}>
                {r.points.map((p) => (
                  <Tag key={p.contactPointId} color="geekblue">
                    {p.contactPointName}：{p.suggestions} 条
                  </Tag>
                ))}
              </Space>
              {r.items.length > 0 && (
                <Collapse
                  size="small"
                  items={[
                    {
                      key: 'items',
                      label: r.moreItems
                        ? `查看前 ${r.items.length} 条意见（共 ${r.suggestions} 条）`
                        : `查看 ${r.items.length} 条意见`,
                      children: (
                        <>
                          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                            {r.items.map((s) => (
                              <li key={s.id} style={{ marginBottom: 8 }}>
                                <div>{s.proposedChange}</div>
                                {s.reason && (
                                  <div style={{ color: 'rgba(0,0,0,0.65)' }}>理由：{s.reason}</div>
                                )}
                                <div style={{ color: 'rgba(0,0,0,0.65)' }}>
                                  {names.get(s.contactPointId) ?? '联系点'}，{s.counts.opinions} 条意见
                                  {s.counts.people ? `、${s.counts.people} 人` : ''}
                                </div>
                              </li>
                            ))}
                          </ol>
                          {r.moreItems && (
                            <Typography.Text type="secondary">
                              其余 {r.suggestions - r.items.length} 条见上方各联系点的汇总表（.docx /
                              .xlsx）。
                            </Typography.Text>
                          )}
                        </>
                      ),
                    },
                  ]}
                />
              )}
            </Space>
          </List.Item>
        )}
      />
      {pageInfo?.hasNextPage && (
        <Button block onClick={more} loading={loading}>
          加载更多条文
        </Button>
      )}
    </Card>
  );
}

export default function TaskReceivedPage() {
  const { taskId = '' } = useParams();
  const { data, error, loading } = useQuery(ReceivedConsolidationsDocument, { variables: { taskId } });
  const [exportFile] = useMutation(ExportConsolidatedFeedbackDocument);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const task = data?.consultationTask;
  if (loading && !data) return <Spin />;
  if (!task)
    return (
      <Result
        status="warning"
        title={error ? errorMessage(error) : '找不到这项任务'}
        extra={<LinkButton to="/">返回首页</LinkButton>}
      />
    );
  const received = new Map(data.submittedConsolidations.map((c) => [c.contactPointId, c]));
  const names = new Map(task.pointTasks.map((p) => [p.contactPointId, p.contactPoint.name]));

  const download = async (contactPointId: string, format: ExportFormat) => {
    setProblem(null);
    setBusy(`${contactPointId}:${format}`);
    try {
      const { data: file } = await exportFile({ variables: { input: { taskId, contactPointId, format } } });
      if (file)
        openDownload(file.exportConsolidatedFeedback.signedUrl, file.exportConsolidatedFeedback.filename);
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} className="manage-page">
      <div>
        <Typography.Title level={2} style={{ fontSize: 22, margin: 0 }}>
          收到的汇总表
        </Typography.Title>
        <Typography.Paragraph style={{ margin: '4px 0 0' }}>{task.title}</Typography.Paragraph>
      </div>
      <Space wrap>
        <LinkButton to="/">返回首页</LinkButton>
        <LinkButton to={`/tasks/${task.id}/points`}>各联系点情况</LinkButton>
        {/* The next step on what was received: deciding each row. */}
        <LinkButton to={`/tasks/${task.id}/decisions`}>采纳情况</LinkButton>
      </Space>
      {problem && <Alert type="error" showIcon title={problem} closable onClose={() => setProblem(null)} />}
      <Card
        title={<h2 style={{ fontSize: 18, margin: 0 }}>各联系点报送的汇总表</h2>}
        extra={`已报送 ${received.size} / ${task.pointTasks.length}`}
      >
        <List
          dataSource={task.pointTasks}
          locale={{ emptyText: '这项任务没有发往任何联系点' }}
          renderItem={(p) => {
            const c = received.get(p.contactPointId);
            return (
              <List.Item>
                <Space direction="vertical" size={6} style={{ width: '100%' }}>
                  <Typography.Text strong>{p.contactPoint.name}</Typography.Text>
                  {c ? (
                    <>
                      <Space wrap size={[12, 4]}>
                        <PointTaskStateTag status={p} testId="point-task-state" />
                        <span>{formatDateTime(c.submittedAt)}</span>
                        <span data-testid="received-suggestions">{c.counts.suggestions} 条汇总意见</span>
                        <span>
                          来自 {c.counts.active} 条有效意见、{c.counts.people} 人
                        </span>
                      </Space>
                      <Space wrap>
                        <Button
                          size="middle"
                          loading={busy === `${p.contactPointId}:DOCX`}
                          onClick={() => void download(p.contactPointId, 'DOCX')}
                          aria-label={`下载 Word：${p.contactPoint.name}的汇总表`}
                        >
                          下载 Word
                        </Button>
                        <Button
                          size="middle"
                          loading={busy === `${p.contactPointId}:XLSX`}
                          onClick={() => void download(p.contactPointId, 'XLSX')}
                          aria-label={`下载 Excel：${p.contactPoint.name}的汇总表`}
                        >
                          下载 Excel
                        </Button>
                      </Space>
                    </>
                  ) : (
                    <Space wrap size={[12, 4]}>
                      <PointTaskStateTag status={p} testId="point-task-state" />
                      <span>尚未报送</span>
                    </Space>
                  )}
                </Space>
              </List.Item>
            );
          }}
        />
      </Card>
      <ByProvision taskId={task.id} names={names} />
    </Space>
  );
}
