// 审核与报送: where the point's consolidated table stands and how it got there (a timeline of every step, who took it
// and when), the table itself as it will be sent (the exported .docx's rows and columns, a page at a time), the
// steps the signed-in person may take now (提交审核 / 审核通过 / 退回修改 / 报送), and the files to download.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Grid,
  Input,
  List,
  Modal,
  Result,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage, showFieldErrors } from '../../common/api-errors';
import { formatDateTime } from '../../common/dates';
import { CONSOLIDATION_STATUS_LABELS, CONSOLIDATION_STEP_LABELS } from '../../common/labels';
import { LinkButton } from '../../common/link-button';
import type { ConsolidationStatus, SignoffQuery } from '../../gql/graphql';
import { contactPointOf } from '../../identity/roles';
import { useSession } from '../../identity/use-session';
import { Pager, useCursorPages } from './cursor-pages';
import { DelegationCard } from './delegation-card';
import { ExportLinks } from './export-links';
import {
  ApproveDocument,
  RequestApprovalDocument,
  ReturnDocument,
  SignoffDocument,
  SignoffFreshStateDocument,
  SignoffLegislatureDocument,
  SubmitDocument,
} from './signoff.operations';
import { useConfirmRequestApproval, useFreshSignoffState, WhatIsSent } from './signoff-confirm';
import './signoff.css';

const PAGE_SIZE = 20;

type Consolidation = SignoffQuery['consolidation'];
type Row = Consolidation['suggestions']['edges'][number]['node'] & { shownNumber: number };

const STATUS_COLORS: Record<ConsolidationStatus, string> = {
  DRAFTING: 'default',
  PENDING_APPROVAL: 'orange',
  APPROVED: 'blue',
  SUBMITTED: 'green',
};

const STATUS_HINTS: Record<ConsolidationStatus, string> = {
  DRAFTING: '联络员正在汇总；所有意见都纳入汇总条目或标记不予报送后，可提交点长审核。',
  PENDING_APPROVAL: '等待点长（或受委托的副点长）审核。',
  APPROVED: '已审核通过，内容已冻结，可以报送立法机关。',
  SUBMITTED: '已报送立法机关。',
};

function Cell({ text }: { text: string | null | undefined }) {
  return <span className="signoff-cell">{text || '—'}</span>;
}

/** The table as the .docx prints it: 序号, 条款, 原文, 修改意见, 理由, 提出单位或个人. */
function SuggestionTable({ rows, phone }: { rows: Row[]; phone: boolean }) {
  if (phone) {
    return (
      <List
        dataSource={rows}
        locale={{ emptyText: '（无汇总意见）' }}
        renderItem={(row) => (
          <List.Item key={row.id}>
            <article aria-label={`第 ${row.shownNumber} 条汇总意见`} style={{ width: '100%' }}>
              <Typography.Text strong>
                {row.shownNumber}．{row.citation}
              </Typography.Text>
              <Descriptions
                column={1}
                size="small"
                layout="vertical"
                style={{ marginTop: 8 }}
                items={[
                  { key: 'o', label: '原文', children: <Cell text={row.originalText} /> },
                  { key: 'p', label: '修改意见', children: <Cell text={row.proposedChange} /> },
                  { key: 'r', label: '理由', children: <Cell text={row.reason} /> },
                  { key: 'u', label: '提出单位或个人', children: <Cell text={row.proposers} /> },
                ]}
              />
            </article>
          </List.Item>
        )}
      />
    );
  }
  return (
    <Table<Row>
      rowKey="id"
      size="small"
      bordered
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: '（无汇总意见）' }}
      columns={[
        { title: '序号', dataIndex: 'shownNumber', width: 64, align: 'center' },
        { title: '条款', dataIndex: 'citation', width: 120 },
        { title: '原文', dataIndex: 'originalText', render: (t: string | null) => <Cell text={t} /> },
        { title: '修改意见', dataIndex: 'proposedChange', render: (t: string) => <Cell text={t} /> },
        { title: '理由', dataIndex: 'reason', render: (t: string | null) => <Cell text={t} /> },
        {
          title: '提出单位或个人',
          dataIndex: 'proposers',
          width: 200,
          render: (t: string) => <Cell text={t} />,
        },
      ]}
    />
  );
}

function StepsTimeline({ steps }: { steps: Consolidation['steps'] }) {
  if (!steps.length) return <Typography.Text type="secondary">尚未开始汇总</Typography.Text>;
  return (
    <Timeline
      items={steps.map((step, i) => ({
        key: i,
        color: step.kind === 'RETURNED' ? 'red' : step.kind === 'SUBMITTED' ? 'green' : 'blue',
        content: (
          <div>
            <Typography.Text strong>{CONSOLIDATION_STEP_LABELS[step.kind]}</Typography.Text>
            <div>
              {formatDateTime(step.at)} · {step.capacity ? `${step.capacity} ` : ''}
              {step.actorName}
            </div>
            {step.reason && <div className="signoff-reason">退回理由：{step.reason}</div>}
          </div>
        ),
      }))}
    />
  );
}

export default function SignoffPage() {
  const { taskId = '' } = useParams();
  const { session } = useSession();
  const contactPointId = contactPointOf(session) ?? '';
  const isHead = session?.account.roles.some(
    (r) => r.role === 'POINT_HEAD' && r.contactPointId === contactPointId,
  );
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const { message, modal } = App.useApp();
  const client = useApolloClient();
  const pages = useCursorPages();
  const { data, error, loading, refetch } = useQuery(SignoffDocument, {
    variables: { taskId, contactPointId, first: PAGE_SIZE, after: pages.after },
    skip: !contactPointId,
    notifyOnNetworkStatusChange: true,
  });
  const legislatureId = data?.consultationTask?.legislatureId;
  const legislature = useQuery(SignoffLegislatureDocument, {
    variables: { id: legislatureId ?? '' },
    skip: !legislatureId,
    errorPolicy: 'ignore',
  }).data?.legislature;
  const [requestApproval, requesting] = useMutation(RequestApprovalDocument);
  const [approve, approving] = useMutation(ApproveDocument);
  const [returnIt, returning] = useMutation(ReturnDocument);
  const [submit, submitting] = useMutation(SubmitDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [returnOpen, setReturnOpen] = useState(false);
  const [returnForm] = Form.useForm<{ reason: string }>();

  const input = { taskId, contactPointId };
  const run = async (step: () => Promise<unknown>, done: string) => {
    setProblem(null);
    try {
      await step();
      void message.success(done);
      pages.reset();
      await refetch();
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };
  const confirmReturn = async ({ reason }: { reason: string }) => {
    setProblem(null);
    try {
      await returnIt({ variables: { input: { ...input, reason } } });
      setReturnOpen(false);
      returnForm.resetFields();
      void message.success('已退回联络员修改');
      await refetch();
    } catch (e) {
      if (!showFieldErrors(returnForm, e)) {
        setReturnOpen(false);
        setProblem(errorMessage(e));
      }
    }
  };

  /**
   * The table's state as it is now, for a confirmation: the page's counts are those it was loaded with, and a colleague
   * may have changed opinions or suggestions since. Asked past the cache (the answer updates the page's card too); the
   * table and the timeline below the dialog may be as stale as the counts were: read again behind it.
   */
  const { checking, freshState } = useFreshSignoffState({
    read: async () =>
      (
        await client.query({
          query: SignoffFreshStateDocument,
          variables: { taskId, contactPointId },
          fetchPolicy: 'network-only',
        })
      ).data?.consolidation,
    onProblem: setProblem,
    onRead: () => {
      pages.reset();
      void refetch();
    },
  });
  const confirmRequestApproval = useConfirmRequestApproval();

  // 提交审核 ends the point's collection, 审核通过 freezes the table and 报送 cannot be taken back: each asks first, with
  // the counts asked again as the dialog opens, naming what it hands over, signs off or sends (like 发布采纳情况 on the
  // legislature's side).
  const legislatureName = legislature
    ? `${legislature.name}${legislature.commission ? legislature.commission : ''}`
    : '立法机关';
  const confirmRequest = async () => {
    const c = await freshState('requestApproval');
    if (!c) return;
    confirmRequestApproval(c, () => run(() => requestApproval({ variables: { input } }), '已提交点长审核'));
  };
  const confirmApprove = async () => {
    const c = await freshState('approve');
    if (!c) return;
    modal.confirm({
      title: '审核通过汇总表？',
      content: (
        <Space direction="vertical">
          <WhatIsSent state={c} lead="审核通过" />
          <span>通过后汇总表内容冻结、按条文顺序编号，之后可以报送{legislatureName}。</span>
        </Space>
      ),
      okText: '确认通过',
      cancelText: '取消',
      onOk: () => run(() => approve({ variables: { input } }), '已审核通过'),
    });
  };
  const confirmSubmit = async () => {
    const c = await freshState('submit');
    if (!c) return;
    modal.confirm({
      title: `报送${legislatureName}？`,
      content: (
        <Space direction="vertical">
          <WhatIsSent
            state={c}
            lead={
              <>
                将向 <strong>{legislatureName}</strong> 报送
              </>
            }
          />
          <Typography.Text strong type="danger">
            报送后不能撤回，也不能再修改汇总表。
          </Typography.Text>
        </Space>
      ),
      okText: '确认报送',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => run(() => submit({ variables: { input } }), '已报送立法机关'),
    });
  };

  if (!contactPointId) {
    return <Result status="403" title="只有联系点的具体执行机构可以审核与报送汇总表" />;
  }
  const c = data?.consolidation;
  const offset = (pages.page - 1) * PAGE_SIZE;
  const rows: Row[] =
    c?.suggestions.edges.map((e, i) => ({ ...e.node, shownNumber: e.node.number ?? offset + i + 1 })) ?? [];
  const can = c?.viewerCan;
  const busy =
    !!checking || requesting.loading || approving.loading || returning.loading || submitting.loading;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2} style={{ fontSize: 22, margin: 0 }}>
          审核与报送
        </Typography.Title>
        <Typography.Paragraph style={{ margin: '4px 0 0' }}>
          {data?.consultationTask?.title ?? '征求意见任务'}
        </Typography.Paragraph>
      </div>
      <Space wrap>
        <LinkButton to={`/tasks/${taskId}/consolidation`}>汇总工作台</LinkButton>
        <LinkButton to={`/tasks/${taskId}/outcomes`}>采纳反馈</LinkButton>
      </Space>
      {error && !data && <Alert type="error" showIcon title={errorMessage(error)} />}
      {problem && <Alert type="error" showIcon title={problem} closable onClose={() => setProblem(null)} />}
      {c && (
        <>
          <Card title={<h3 className="signoff-card-title">汇总表状态</h3>}>
            <Space direction="vertical" size="small" style={{ width: '100%' }}>
              <Space wrap>
                <Tag color={STATUS_COLORS[c.status]} className="signoff-status">
                  {CONSOLIDATION_STATUS_LABELS[c.status]}
                </Tag>
                <span>{STATUS_HINTS[c.status]}</span>
              </Space>
              <Typography.Text>
                意见 {c.counts.active} 条（代表 {c.counts.people} 人），汇总条目 {c.counts.suggestions}{' '}
                条，不予报送 {c.counts.outOfScope} 条
                {c.counts.unaccounted > 0 ? `，尚未处理 ${c.counts.unaccounted} 条` : ''}
              </Typography.Text>
              {c.status === 'DRAFTING' && c.returnReason && (
                <Alert
                  type="warning"
                  showIcon
                  title="汇总表被退回修改"
                  description={`退回理由：${c.returnReason}`}
                />
              )}
              {(can?.requestApproval || can?.approve || can?.submit) && (
                <div className="signoff-actions">
                  {can.requestApproval && (
                    <Button
                      type="primary"
                      loading={requesting.loading || checking === 'requestApproval'}
                      disabled={busy}
                      onClick={() => void confirmRequest()}
                    >
                      提交审核
                    </Button>
                  )}
                  {can.approve && c.status === 'PENDING_APPROVAL' && (
                    <Button
                      type="primary"
                      loading={approving.loading || checking === 'approve'}
                      disabled={busy}
                      onClick={() => void confirmApprove()}
                    >
                      审核通过
                    </Button>
                  )}
                  {can.approve && (
                    <Button danger disabled={busy} onClick={() => setReturnOpen(true)}>
                      退回修改
                    </Button>
                  )}
                  {can.submit && (
                    <Button
                      type="primary"
                      loading={submitting.loading || checking === 'submit'}
                      disabled={busy}
                      onClick={() => void confirmSubmit()}
                    >
                      报送立法机关
                    </Button>
                  )}
                </div>
              )}
            </Space>
          </Card>
          <Card title={<h3 className="signoff-card-title">审核与报送经过</h3>}>
            <StepsTimeline steps={c.steps} />
          </Card>
          <Card
            title={<h3 className="signoff-card-title">意见建议汇总表</h3>}
            extra={`共 ${c.suggestions.totalCount} 条`}
          >
            <Typography.Paragraph type="secondary">
              与报送的文件相同的行和列；序号在审核通过时按条文顺序编定。
            </Typography.Paragraph>
            <div aria-busy={loading}>
              <SuggestionTable rows={rows} phone={phone} />
            </div>
            <div style={{ marginTop: 12 }}>
              <Pager
                pages={pages}
                pageSize={PAGE_SIZE}
                totalCount={c.suggestions.totalCount}
                hasNextPage={c.suggestions.pageInfo.hasNextPage}
                endCursor={c.suggestions.pageInfo.endCursor}
                label="汇总表"
              />
            </div>
          </Card>
          <Card title={<h3 className="signoff-card-title">下载</h3>}>
            <ExportLinks taskId={taskId} contactPointId={contactPointId} />
          </Card>
          {isHead && c.status !== 'SUBMITTED' && (
            <DelegationCard taskId={taskId} contactPointId={contactPointId} />
          )}
        </>
      )}
      <Modal
        title="退回修改"
        open={returnOpen}
        okText="退回"
        cancelText="取消"
        okButtonProps={{ danger: true, loading: returning.loading }}
        onOk={() => returnForm.submit()}
        onCancel={() => setReturnOpen(false)}
        destroyOnHidden
      >
        <Form form={returnForm} layout="vertical" onFinish={(v) => void confirmReturn(v)} preserve={false}>
          <Form.Item
            name="reason"
            label="退回理由"
            rules={[
              { required: true, whitespace: true, message: '请说明退回理由' },
              { max: 500, message: '退回理由不超过 500 字' },
            ]}
          >
            <Input.TextArea rows={4} maxLength={500} showCount placeholder="请写明需要修改的地方" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
