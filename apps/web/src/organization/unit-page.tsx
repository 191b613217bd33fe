// 本单位 (/unit): a liaison unit's administrator sees the unit's collectors, the tasks distributed to the unit, the
// unit's opinions per task (a page of 20 at a time; the API never returns another unit's), and downloads the unit's
// adoption feedback report (意见建议采纳情况反馈, .docx) through a short-lived signed link.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Input, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../common/api-errors';
import { formatDate } from '../common/dates';
import {
  CHANNEL_LABELS,
  COLLECTOR_CATEGORY_LABELS,
  OUTCOME_LABELS,
  STATUS_LABELS,
  UNIT_TYPE_LABELS,
} from '../common/labels';
import { LinkButton } from '../common/link-button';
import { PointTaskStateTag } from '../consultation/point-task-state-tag';
import { useSession } from '../identity/use-session';
import {
  ExportFeedbackReportDocument,
  UnitAssignmentsDocument,
  UnitDocument,
  UnitOpinionsDocument,
} from './organization.operations';
import './organization.css';

const PAGE_SIZE = 20;
/** Tasks given to the unit listed at a time; 更多任务 reads the next page from the server (a unit has years of them). */
export const UNIT_TASKS_PAGE = 50;

function UnitOpinions({ taskId, unitId }: { taskId: string; unitId: string }) {
  // Cursors of the pages seen so far: page n starts after cursors[n - 1].
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  // 按回执号查找 within the unit's opinions (the API keeps it to what this admin may read).
  const [receiptNumber, setReceiptNumber] = useState<string | undefined>(undefined);
  const page = cursors.length - 1;
  const opinions = useQuery(UnitOpinionsDocument, {
    variables: { taskId, liaisonUnitId: unitId, first: PAGE_SIZE, after: cursors[page], receiptNumber },
  });
  const conn = opinions.data?.opinions;
  const search = (
    <Input.Search
      aria-label="按回执号查找"
      placeholder="按回执号查找"
      inputMode="numeric"
      allowClear
      enterButton="查找"
      onSearch={(value) => {
        setCursors([null]);
        setReceiptNumber(value.trim() || undefined);
      }}
    />
  );
  // The search box stays put while a search loads (an unmounted box would lose what was typed).
  if (opinions.error && !conn)
    return (
      <Space direction="vertical" size="small" style={{ width: '100%' }}>
        {search}
        <Alert type="error" showIcon title={errorMessage(opinions.error)} />
      </Space>
    );
  if (!conn)
    return (
      <Space direction="vertical" size="small" style={{ width: '100%' }}>
        {search}
        <Skeleton active />
      </Space>
    );
  const pages = Math.max(1, Math.ceil(conn.totalCount / PAGE_SIZE));
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      {search}
      <Typography.Text>共 {conn.totalCount} 条意见</Typography.Text>
      {conn.edges.length ? (
        <div role="list" aria-label="本单位的意见">
          {conn.edges.map(({ node: o }) => (
            <div role="listitem" key={o.id} className="org-line">
              <div style={{ minWidth: 0, flex: '1 1 260px' }}>
                <Space size={[6, 4]} wrap>
                  <Typography.Text strong>{o.provisionCitation ?? '总体意见'}</Typography.Text>
                  <Tag>{CHANNEL_LABELS[o.channel]}</Tag>
                  {o.status !== 'ACTIVE' && <Tag>{STATUS_LABELS[o.status]}</Tag>}
                  {o.outcome && <Tag color="green">{OUTCOME_LABELS[o.outcome.outcome]}</Tag>}
                </Space>
                <Typography.Paragraph style={{ margin: '4px 0 0', overflowWrap: 'anywhere' }}>
                  {o.proposedChange}
                </Typography.Paragraph>
                <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                  回执 {o.receiptNumber} · {o.peopleRepresented} 人 ·{' '}
                  {formatDate(o.gatheredOn ?? o.createdAt)}
                </Typography.Text>
              </div>
            </div>
          ))}
        </div>
      ) : (
        <Empty
          description={receiptNumber ? '本单位在该任务上没有这个回执号的意见' : '本单位在该任务上还没有意见'}
        />
      )}
      {pages > 1 && (
        <Space wrap>
          <Button disabled={page === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
            上一页
          </Button>
          <span>
            第 {page + 1} / {pages} 页
          </span>
          <Button
            disabled={!conn.pageInfo.hasNextPage}
            onClick={() => setCursors((c) => [...c, conn.pageInfo.endCursor ?? null])}
          >
            下一页
          </Button>
        </Space>
      )}
    </Space>
  );
}

export default function UnitPage() {
  const { session } = useSession();
  const unitId = session?.account.roles.find((r) => r.role === 'UNIT_ADMIN')?.liaisonUnitId ?? '';
  const unit = useQuery(UnitDocument, { variables: { id: unitId }, skip: !unitId });
  // The unit's assignments in the server's order (open rounds first, soonest due; then the rest, latest first), a page
  // at a time: the page read the first 100 and a unit's 101st task was nowhere, nor its opinions.
  const assignments = useQuery(UnitAssignmentsDocument, {
    variables: { first: UNIT_TASKS_PAGE },
    skip: !unitId,
  });
  const [exportReport, { loading: exporting }] = useMutation(ExportFeedbackReportDocument);
  const [taskId, setTaskId] = useState<string | null>(null);
  // ?task=… (from 采纳情况已反馈 in 通知) chooses the task whose opinions and outcomes are shown.
  const [params] = useSearchParams();
  const asked = params.get('task');
  // The task asked for by the address, however far down the list it is.
  const askedRow = useQuery(UnitAssignmentsDocument, {
    variables: { first: 1, taskId: asked },
    skip: !unitId || !asked,
  });
  const thisYear = Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
  );
  const [year, setYear] = useState(thisYear);
  const [problem, setProblem] = useState<string | null>(null);

  if (!unitId) return <Alert type="info" showIcon title="您不是联系单位的管理员" />;
  const failed = (unit.error && !unit.data) || (assignments.error && !assignments.data);
  if (failed) return <Alert type="error" showIcon title={errorMessage(unit.error ?? assignments.error)} />;
  const u = unit.data?.liaisonUnit;
  const given = assignments.data?.myAssignments;
  if (!u || !given) return <Skeleton active />;

  const ofUnit = (rows: typeof given.edges) =>
    rows.map((e) => e.node).filter((a) => a.assigneeType === 'LIAISON_UNIT' && a.assigneeId === unitId);
  const tasks = ofUnit(given.edges);
  const askedTask = ofUnit(askedRow.data?.myAssignments.edges ?? [])[0];
  const chosen = taskId ?? askedTask?.task.id ?? tasks[0]?.task.id ?? null;
  const taskOptions = [
    ...new Map([...(askedTask ? [askedTask] : []), ...tasks].map((a) => [a.task.id, a.task.title])),
  ];
  const loadMoreTasks = () =>
    void assignments.fetchMore({
      variables: { after: given.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({
        myAssignments: {
          ...fetchMoreResult.myAssignments,
          edges: [...prev.myAssignments.edges, ...fetchMoreResult.myAssignments.edges],
        },
      }),
    });
  const collectors = u.collectors.edges.map((e) => e.node);
  const years = [
    ...new Set([thisYear, ...tasks.map((a) => Number((a.task.issueDate ?? a.task.deadline).slice(0, 4)))]),
  ].sort((a, b) => b - a);

  const download = async () => {
    setProblem(null);
    try {
      const { data } = await exportReport({ variables: { input: { liaisonUnitId: unitId, year } } });
      const file = data?.exportFeedbackReport;
      if (!file) return;
      // The signed link needs no token and lasts a few minutes: the browser downloads it directly.
      const a = document.createElement('a');
      a.href = file.signedUrl;
      a.download = file.filename;
      document.body.append(a);
      a.click();
      a.remove();
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {u.name}
        </Typography.Title>
        <Typography.Paragraph style={{ margin: '4px 0 0' }}>
          {UNIT_TYPE_LABELS[u.type]} · {u.contactPoint.name}
        </Typography.Paragraph>
      </div>

      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>采纳情况反馈报告</h2>}>
        <Typography.Paragraph>
          本单位意见在该年度任务中的采纳情况（Word 文档），可转发给采集员和提出意见的群众。
        </Typography.Paragraph>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
        <Space wrap>
          <label htmlFor="report-year">年度</label>
          <Select
            id="report-year"
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: `${y} 年` }))}
            style={{ width: 120 }}
          />
          <Button type="primary" loading={exporting} onClick={() => void download()}>
            下载反馈报告
          </Button>
        </Space>
      </Card>

      <Card
        title={
          <h2 style={{ fontSize: 18, margin: 0 }}>
            分发给本单位的任务 <span style={{ fontWeight: 400, fontSize: 15 }}>{given.totalCount} 项</span>
          </h2>
        }
      >
        {tasks.length ? (
          <div role="list" aria-label="分发给本单位的任务">
            {tasks.map((a) => (
              <div role="listitem" key={a.id} className="org-line">
                <div style={{ minWidth: 0, flex: '1 1 240px' }}>
                  <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                    {a.task.title}
                  </Typography.Text>
                  <div>
                    <Space size={[6, 4]} wrap>
                      {/* The point's state, as on 首页: 征集中, 已截止, 已报送, 已收到采纳反馈… */}
                      <PointTaskStateTag status={a.pointTask} testId="unit-task-state" />
                      <span>完成时限 {formatDate(a.dueAt)}</span>
                      {a.overdue && <Tag color="red">已逾期</Tag>}
                      <Tag>
                        {a.provisionAddresses.length ? `${a.provisionAddresses.length} 处条文` : '全文'}
                      </Tag>
                    </Space>
                  </div>
                  {a.note && <Typography.Text type="secondary">{a.note}</Typography.Text>}
                </div>
                <LinkButton size="small" to={`/tasks/${a.task.id}`} aria-label={`查看草案：${a.task.title}`}>
                  查看草案
                </LinkButton>
              </div>
            ))}
          </div>
        ) : (
          <Empty description="还没有分发给本单位的任务" />
        )}
        {given.pageInfo.hasNextPage && (
          <Button block style={{ marginTop: 12 }} loading={assignments.loading} onClick={loadMoreTasks}>
            更多任务（已显示 {given.edges.length} / {given.totalCount} 项）
          </Button>
        )}
      </Card>

      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>本单位的意见</h2>}>
        {chosen ? (
          <Space direction="vertical" size="small" style={{ width: '100%' }}>
            <label htmlFor="opinion-task">任务</label>
            <Select
              id="opinion-task"
              value={chosen}
              onChange={setTaskId}
              style={{ width: '100%' }}
              options={taskOptions.map(([value, label]) => ({ value, label }))}
            />
            <UnitOpinions key={chosen} taskId={chosen} unitId={unitId} />
          </Space>
        ) : (
          <Empty description="没有任务，也就没有意见" />
        )}
      </Card>

      <Card
        title={
          <h2 style={{ fontSize: 18, margin: 0 }}>
            本单位采集员{' '}
            <span style={{ fontWeight: 400, fontSize: 15 }}>
              在任 {collectors.filter((c) => c.active).length} 人
            </span>
          </h2>
        }
      >
        <Typography.Paragraph type="secondary">
          采集员的增加、调整和停用由联系点的点长或联络员办理。
        </Typography.Paragraph>
        <div role="list" aria-label="本单位采集员">
          {collectors.map((c) => (
            <div role="listitem" key={c.id} className="org-line">
              <div style={{ minWidth: 0 }}>
                <Space size={[6, 4]} wrap>
                  <Typography.Text strong>{c.name}</Typography.Text>
                  <Tag>{COLLECTOR_CATEGORY_LABELS[c.category]}</Tag>
                  {!c.active && <Tag>已停用</Tag>}
                </Space>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                    {c.active ? `${c.activeFrom} 起` : `${c.activeFrom} 至 ${c.activeUntil ?? ''}`}
                    {c.phone ? ` · ${c.phone}` : ''}
                  </Typography.Text>
                </div>
              </div>
            </div>
          ))}
        </div>
      </Card>
    </Space>
  );
}
