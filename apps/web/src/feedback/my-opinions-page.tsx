// 我的意见: per task, the opinions I recorded with their receipt numbers, state, and (once published) the outcome and
// its reason; edit or withdraw while the API allows it (it answers with the reason when it does not).
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Form, Input, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorCode, errorMessage, showFieldErrors } from '../common/api-errors';
import { formatDateTime } from '../common/dates';
import { CHANNEL_LABELS, STATUS_LABELS } from '../common/labels';
import { OutcomeTag } from '../common/outcome-tag';
import { useDebounced } from '../common/use-debounced';
import { MyAssignmentsDocument } from '../consultation/consultation.operations';
import { closedReason } from '../consultation/collection-status';
import type { MyOpinionFieldsFragment, PointTaskState } from '../gql/graphql';
import {
  MyOpinionByReceiptDocument,
  MyOpinionsDocument,
  UpdateOpinionDocument,
  WithdrawOpinionDocument,
} from './feedback.operations';

type MyOpinion = MyOpinionFieldsFragment;

/** A typed 回执号 once it has its 14 digits (spaces and dashes dropped, as the API takes it), else null. */
export function typedReceipt(value: string): string | null {
  const digits = value.replace(/[\s-]/g, '');
  return /^\d{14}$/.test(digits) ? digits : null;
}

/** The point task's states in which a collector may still edit or withdraw an opinion (the API's EDITABLE_STATES). */
const EDITABLE_STATES: PointTaskState[] = ['RECEIVED', 'DISPATCHED', 'COLLECTING'];

/** Assignments the task picker offers at a time; the others are found by typing words of their title (asked of the API). */
export const TASK_PICKER_PAGE = 20;

export default function MyOpinionsPage() {
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const settled = useDebounced(search.trim(), 300);
  // The picker asks the API (all of my tasks, not a first page of them), in its order: the open tasks first, as on
  // 首页, so the one shown unless another is chosen is the one being worked on now.
  const choices = useQuery(MyAssignmentsDocument, {
    variables: { first: TASK_PICKER_PAGE, search: settled || undefined },
  });
  const taskId = params.get('task') ?? '';
  // 按回执号查找: a person calls with the number the collector read out, not knowing the task. The number is looked up
  // whatever task is chosen (the API checks it: INVALID_RECEIPT_NUMBER; a number the caller may not read answers as
  // one never issued), and the page switches to the opinion's task.
  const receiptNumber = params.get('receipt') ?? undefined;
  const [typed, setTyped] = useState(receiptNumber ?? '');
  const byReceipt = useQuery(MyOpinionByReceiptDocument, {
    variables: { receiptNumber: receiptNumber ?? '' },
    skip: !receiptNumber,
  });
  const found = receiptNumber ? byReceipt.data?.opinionByReceipt : undefined;
  useEffect(() => {
    if (found && receiptNumber && found.taskId !== taskId)
      setParams({ task: found.taskId, receipt: receiptNumber }, { replace: true });
  }, [found, receiptNumber, taskId, setParams]);
  useEffect(() => {
    if (taskId || settled) return;
    // A 回执号 in the address (a link, or typed before any task was chosen) names its own task: wait for it.
    if (receiptNumber && !byReceipt.error) return;
    const first = choices.data?.myAssignments.edges[0]?.node.task.id;
    if (first)
      setParams(receiptNumber ? { task: first, receipt: receiptNumber } : { task: first }, { replace: true });
  }, [taskId, settled, choices.data, receiptNumber, byReceipt.error, setParams]);
  // The chosen task's own assignments (its title, and its point's state), however far down the list it is.
  const chosen = useQuery(MyAssignmentsDocument, { variables: { first: 10, taskId }, skip: !taskId });
  const chosenRows = chosen.data?.myAssignments.edges.map((e) => e.node) ?? [];
  const tasks = [
    ...new Map(
      [...chosenRows, ...(choices.data?.myAssignments.edges.map((e) => e.node) ?? [])].map((a) => [
        a.task.id,
        a.task,
      ]),
    ).values(),
  ];
  const moreTasks =
    (choices.data?.myAssignments.totalCount ?? 0) > (choices.data?.myAssignments.edges.length ?? 0);
  // Once the point has started consolidating (汇总中 onwards) the API refuses 修改 and 撤回 (CONSOLIDATION_STARTED): they
  // are not offered then — a 2022 opinion without a decision showed both, and each only answered with that refusal.
  // A deadline alone freezes only 修改 (below). Unknown (no assignment seen): offered, and the API has the last word.
  const pointTasks = chosenRows.map((a) => a.pointTask);
  const frozen =
    pointTasks.length > 0 && !pointTasks.some((p) => EDITABLE_STATES.includes(p.state))
      ? closedReason({ ...pointTasks[0], acceptingOpinions: false })
      : null;
  // Past the deadline (extensions included) 修改 is refused like a new opinion (DEADLINE_PASSED: a rewrite then would
  // be a late submission); 撤回 stays until consolidation starts, since it only takes an opinion out.
  const late = !frozen && pointTasks.length > 0 && !pointTasks.some((p) => p.acceptingOpinions);
  const list = useQuery(MyOpinionsDocument, {
    variables: { taskId },
    skip: !taskId || !!receiptNumber,
  });
  const { data, loading, fetchMore } = list;
  // The number found and not found answer alike (RECEIPT_NOT_FOUND): said where the list would be, not as a failure.
  const receiptMissing = errorCode(byReceipt.error) === 'NOT_FOUND';
  const error = list.error ?? (receiptMissing ? undefined : byReceipt.error);
  const refetch = () => (receiptNumber ? byReceipt.refetch() : list.refetch());
  const lookUp = (value: string) => {
    const number = value.trim();
    setParams(number ? { task: taskId, receipt: number } : { task: taskId });
  };
  const [editing, setEditing] = useState<MyOpinion | null>(null);
  const [withdrawing, setWithdrawing] = useState<MyOpinion | null>(null);
  const [editForm] = Form.useForm<{ proposedChange: string; reason?: string }>();
  const [withdrawForm] = Form.useForm<{ reason: string }>();
  const [update, { loading: saving }] = useMutation(UpdateOpinionDocument);
  const [withdraw, { loading: withdrawingNow }] = useMutation(WithdrawOpinionDocument);
  // The opinion found is shown once its task is the one chosen (the frozen/late notes above are that task's).
  const opinions = receiptNumber
    ? found && found.taskId === taskId
      ? [found]
      : []
    : (data?.opinions.edges.map((e) => e.node) ?? []);

  const saveEdit = async (v: { proposedChange: string; reason?: string }) => {
    if (!editing) return;
    try {
      await update({
        variables: { input: { id: editing.id, proposedChange: v.proposedChange, reason: v.reason ?? null } },
      });
      setEditing(null);
      void message.success('已修改');
      await refetch();
    } catch (e) {
      if (!showFieldErrors(editForm, e)) void message.error(errorMessage(e));
    }
  };
  const confirmWithdraw = async (v: { reason: string }) => {
    if (!withdrawing) return;
    try {
      await withdraw({ variables: { input: { id: withdrawing.id, reason: v.reason } } });
      setWithdrawing(null);
      void message.success('已撤回');
      await refetch();
    } catch (e) {
      if (!showFieldErrors(withdrawForm, e)) void message.error(errorMessage(e));
    }
  };

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          我的意见
        </Typography.Title>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select
          aria-label="选择任务"
          style={{ width: '100%' }}
          value={taskId || undefined}
          placeholder="选择任务，或输入任务名称查找"
          showSearch={{ filterOption: false, searchValue: search, onSearch: setSearch }}
          loading={choices.loading}
          notFoundContent={choices.loading ? '正在查找…' : '没有名称含这些文字的任务'}
          options={tasks.map((t) => ({ value: t.id, label: t.title }))}
          popupRender={(menu) => (
            <>
              {menu}
              {moreTasks && (
                <Typography.Text type="secondary" style={{ display: 'block', padding: '4px 12px' }}>
                  共 {choices.data?.myAssignments.totalCount} 项分发，输入任务名称查找其余的
                </Typography.Text>
              )}
            </>
          )}
          onChange={(v: string) => {
            // Choosing a task browses it: a 回执号 still looked up would switch straight back to its own task.
            setParams({ task: v });
            setTyped('');
            setSearch('');
          }}
        />
        <Input.Search
          aria-label="按回执号查找"
          placeholder="按回执号查找，如 2611 2648 3107 25"
          inputMode="numeric"
          allowClear
          enterButton="查找"
          value={typed}
          onChange={(e) => {
            setTyped(e.target.value);
            // 14 digits are a whole number: it is offered at once, whatever task is chosen.
            const digits = typedReceipt(e.target.value);
            if (digits && digits !== receiptNumber?.replace(/[\s-]/g, '')) lookUp(e.target.value);
            if (!e.target.value && receiptNumber) lookUp('');
          }}
          onSearch={lookUp}
        />
        {error && <Alert type="error" showIcon title={errorMessage(error)} />}
        {frozen && opinions.length > 0 && (
          <Typography.Text type="secondary" data-testid="my-opinions-frozen">
            {frozen.replace(/。$/, '')}，已记录的意见不能再修改或撤回。
          </Typography.Text>
        )}
        {late && opinions.length > 0 && (
          <Typography.Text type="secondary" data-testid="my-opinions-late">
            {pointTasks.some((p) => p.contactPoint?.active === false)
              ? '本联系点已停用，已记录的意见不能再修改，仍可撤回。'
              : '已截止：已过截止时间，已记录的意见不能再修改，仍可撤回。'}
          </Typography.Text>
        )}
        <List
          loading={receiptNumber ? byReceipt.loading : loading && !data}
          locale={{
            emptyText: receiptNumber
              ? receiptMissing
                ? errorMessage(byReceipt.error)
                : byReceipt.loading
                  ? '正在查找…'
                  : '请核对回执号后再查'
              : '这项任务下还没有您记录的意见',
          }}
          dataSource={opinions}
          renderItem={(o) => (
            <List.Item
              actions={
                o.status === 'ACTIVE' && !o.outcome && !frozen
                  ? [
                      ...(late
                        ? []
                        : [
                            <Button
                              key="edit"
                              onClick={() => {
                                setEditing(o);
                                editForm.setFieldsValue({
                                  proposedChange: o.proposedChange,
                                  reason: o.reason ?? undefined,
                                });
                              }}
                            >
                              修改
                            </Button>,
                          ]),
                      <Button
                        key="withdraw"
                        danger
                        onClick={() => {
                          setWithdrawing(o);
                          withdrawForm.resetFields();
                        }}
                      >
                        撤回
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <span>回执号 {o.receiptNumber}</span>
                    <Tag color={o.status === 'ACTIVE' ? 'blue' : 'default'}>{STATUS_LABELS[o.status]}</Tag>
                    {o.outcome && <OutcomeTag outcome={o.outcome.outcome} />}
                  </Space>
                }
                description={
                  <Space direction="vertical" size={2}>
                    <span>
                      {o.provisionCitation ?? '总体意见'} · {CHANNEL_LABELS[o.channel]} · 代表{' '}
                      {o.peopleRepresented} 人 · {formatDateTime(o.createdAt)}
                    </span>
                    <span style={{ color: '#1f1f1f' }}>{o.proposedChange}</span>
                    {o.statusReason && <span>理由：{o.statusReason}</span>}
                    {o.outcome && <span>采纳情况说明：{o.outcome.reason}</span>}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
        {/* The list came 50 at a time and never offered the rest: a busy collector's 51st opinion was nowhere. */}
        {!receiptNumber && data && data.opinions.totalCount > opinions.length && (
          <Button
            block
            loading={loading}
            onClick={() =>
              void fetchMore({
                variables: { after: data.opinions.pageInfo.endCursor },
                updateQuery: (prev, { fetchMoreResult }) => ({
                  opinions: {
                    ...fetchMoreResult.opinions,
                    edges: [...prev.opinions.edges, ...fetchMoreResult.opinions.edges],
                  },
                }),
              })
            }
          >
            更多意见（已显示 {opinions.length} / {data.opinions.totalCount} 条）
          </Button>
        )}
      </Space>
      <Modal
        title="修改意见"
        open={!!editing}
        onCancel={() => setEditing(null)}
        onOk={() => editForm.submit()}
        confirmLoading={saving}
        okText="保存"
      >
        <Form form={editForm} layout="vertical" onFinish={(v) => void saveEdit(v)}>
          <Form.Item
            label="修改意见"
            name="proposedChange"
            rules={[{ required: true, whitespace: true, message: '请填写修改意见' }]}
          >
            <Input.TextArea autoSize={{ minRows: 4 }} />
          </Form.Item>
          <Form.Item label="理由" name="reason">
            <Input.TextArea autoSize={{ minRows: 2 }} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        title="撤回意见"
        open={!!withdrawing}
        onCancel={() => setWithdrawing(null)}
        onOk={() => withdrawForm.submit()}
        confirmLoading={withdrawingNow}
        okText="撤回"
        okButtonProps={{ danger: true }}
      >
        <Typography.Paragraph>
          撤回后意见不再纳入汇总。记录时如留有提出人的姓名、电话等联系方式，将同时删除，不可恢复（仅保留同意记录和删除记录）。
        </Typography.Paragraph>
        <Form form={withdrawForm} layout="vertical" onFinish={(v) => void confirmWithdraw(v)}>
          <Form.Item
            label="撤回理由"
            name="reason"
            rules={[{ required: true, whitespace: true, message: '请说明撤回理由' }]}
          >
            <Input.TextArea autoSize={{ minRows: 2 }} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
