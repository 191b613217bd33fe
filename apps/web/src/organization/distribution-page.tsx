// 分发 (/tasks/:taskId/distribution): the executing body gives a received task — the whole draft or chosen provisions,
// picked from the draft's tree — to liaison units, collectors and experts, with a due date and a note; below, everyone
// it went to, whether they have opened it, who is overdue, and 催办 (an inbox reminder, once per assignee per day).
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Form,
  Input,
  Select,
  Skeleton,
  Space,
  Tag,
  Tree,
  Typography,
} from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage, fieldErrors } from '../common/api-errors';
import { endOfBeijingDay, formatDate, formatDateTime } from '../common/dates';
import { ASSIGNEE_TYPE_LABELS, POINT_TASK_STATE_LABELS } from '../common/labels';
import { PointTaskStateTag } from '../consultation/point-task-state-tag';
import { LinkButton } from '../common/link-button';
import type { AssigneeType, AssignmentInput, RemindAssigneesMutation } from '../gql/graphql';
import { useTaskProvisions, type ReaderProvision } from '../drafts/use-task-provisions';
import { contactPointOf } from '../identity/roles';
import { useSession } from '../identity/use-session';
import {
  DistributeTaskDocument,
  DistributionDocument,
  PointStructureDocument,
  RemindAssigneesDocument,
} from './organization.operations';
import './organization.css';

const DISTRIBUTABLE = ['RECEIVED', 'DISPATCHED', 'COLLECTING'];

interface DistributeValues {
  unitIds?: string[];
  collectorIds?: string[];
  expertIds?: string[];
  dueAt?: string;
  note?: string;
}

/** The draft's provisions (chapters, sections, articles in reading order) as a tree, with each node's parent. */
function provisionTree(provisions: ReaderProvision[]): { nodes: DataNode[]; parent: Map<string, string> } {
  const nodes: DataNode[] = [];
  const parent = new Map<string, string>();
  const stack: Array<{ depth: number; node: DataNode }> = [];
  for (const p of [...provisions].sort((a, b) => a.position - b.position)) {
    const text = p.kind === 'article' ? p.fullText.replace(/^\S+\s*/, '').slice(0, 24) : (p.heading ?? '');
    const node: DataNode = {
      key: p.address,
      title: `${p.citation}${text ? ` ${text}${p.kind === 'article' && p.fullText.length > 30 ? '…' : ''}` : ''}`,
      children: [],
    };
    while (stack.length && stack.at(-1)!.depth >= p.depth) stack.pop();
    const up = stack.at(-1);
    if (up) {
      up.node.children!.push(node);
      parent.set(p.address, String(up.node.key));
    } else nodes.push(node);
    stack.push({ depth: p.depth, node });
  }
  const prune = (list: DataNode[]) =>
    list.forEach((n) => {
      if (!n.children?.length) n.isLeaf = true;
      else prune(n.children);
    });
  prune(nodes);
  return { nodes, parent };
}

export default function DistributionPage() {
  const { taskId = '' } = useParams();
  const { session } = useSession();
  const { message } = App.useApp();
  const pointId = contactPointOf(session) ?? '';
  const task = useQuery(DistributionDocument, { variables: { taskId } });
  const structure = useQuery(PointStructureDocument, { variables: { id: pointId }, skip: !pointId });
  const { provisions, loading: provisionsLoading } = useTaskProvisions(taskId);
  const [distribute, { loading: distributing }] = useMutation(DistributeTaskDocument, {
    refetchQueries: [DistributionDocument],
    awaitRefetchQueries: true,
  });
  const [remind, { loading: reminding }] = useMutation(RemindAssigneesDocument);
  const [form] = Form.useForm<DistributeValues>();
  const [checked, setChecked] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [provisionProblem, setProvisionProblem] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [reminders, setReminders] = useState<RemindAssigneesMutation['remindAssignees'] | null>(null);

  const tree = useMemo(() => provisionTree(provisions), [provisions]);
  // A checked chapter stands for everything in it: only the topmost checked provisions are sent.
  const addresses = useMemo(() => {
    const set = new Set(checked);
    return checked.filter((a) => !set.has(tree.parent.get(a) ?? ''));
  }, [checked, tree]);

  const t = task.data?.consultationTask;
  const pointTask = t?.pointTasks.find((p) => p.contactPointId === pointId) ?? t?.pointTasks[0];
  const point = structure.data?.contactPoint;
  const units = point?.liaisonUnits.edges.map((e) => e.node).filter((u) => u.active) ?? [];
  const collectorOptions = units
    .map((u) => ({
      label: u.name,
      title: u.name,
      options: u.collectors.edges
        .map((c) => c.node)
        .filter((c) => c.active)
        .map((c) => ({ value: c.id, label: `${c.name}（${u.name}）` })),
    }))
    .filter((g) => g.options.length);
  const expertOptions =
    point?.experts.edges
      .map((e) => e.node)
      .filter((e) => e.active)
      .map((e) => ({ value: e.id, label: `${e.name}（${e.discipline}）` })) ?? [];

  if (task.error && !task.data) return <Alert type="error" showIcon title={errorMessage(task.error)} />;
  if (!t || !pointTask) return <Skeleton active />;
  const assignments = pointTask.assignments ?? [];
  const distributable = DISTRIBUTABLE.includes(pointTask.state);

  const submit = async (values: DistributeValues) => {
    setProblem(null);
    setProvisionProblem(null);
    const targets: Array<[AssigneeType, string[] | undefined]> = [
      ['LIAISON_UNIT', values.unitIds],
      ['COLLECTOR', values.collectorIds],
      ['EXPERT', values.expertIds],
    ];
    const list: AssignmentInput[] = targets.flatMap(([assigneeType, ids]) =>
      (ids ?? []).map((assigneeId) => ({
        assigneeType,
        assigneeId,
        dueAt: endOfBeijingDay(values.dueAt ?? ''),
        provisionAddresses: addresses,
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
      })),
    );
    if (!list.length) {
      form.setFields([{ name: 'unitIds', errors: ['请至少选择一个联系单位、采集员或专家'] }]);
      return;
    }
    try {
      await distribute({
        variables: { input: { taskId, contactPointId: pointTask.contactPointId, assignments: list } },
      });
      void message.success(`已分发给 ${list.length} 个对象`);
      form.resetFields(['unitIds', 'collectorIds', 'expertIds', 'note']);
      setChecked([]);
    } catch (e) {
      // The API names the item (input.assignments.2.dueAt); every item shares the form's fields.
      const problems = fieldErrors(e);
      if (!problems.length) return setProblem(errorMessage(e));
      const rest: string[] = [];
      for (const p of problems) {
        const last = Array.isArray(p.name) ? p.name.at(-1) : p.name;
        if (last === 'dueAt' || last === 'note') form.setFields([{ name: last, errors: p.errors }]);
        else if (last === 'provisionAddresses') setProvisionProblem(p.errors.join('；'));
        else rest.push(...p.errors);
      }
      if (rest.length) setProblem([...new Set(rest)].join('；'));
    }
  };

  const sendReminders = async (ids: string[]) => {
    setReminders(null);
    try {
      const { data } = await remind({
        variables: { input: { taskId, contactPointId: pointTask.contactPointId, assignmentIds: ids } },
      });
      setReminders(data?.remindAssignees ?? []);
      setSelected([]);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  const unopened = assignments.filter((a) => !a.openedAt).map((a) => a.id);
  const overdue = assignments.filter((a) => a.overdue).length;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          分发任务
        </Typography.Title>
        <Typography.Paragraph style={{ margin: '4px 0 0', overflowWrap: 'anywhere' }}>
          {t.title}
        </Typography.Paragraph>
        <Space size={[6, 4]} wrap>
          <PointTaskStateTag status={pointTask} testId="point-task-state" />
          <span>立法机关截止：{formatDateTime(pointTask.effectiveDeadline)}</span>
        </Space>
      </div>
      <Space wrap>
        <LinkButton to={`/tasks/${taskId}`}>查看草案</LinkButton>
        <LinkButton to="/">返回首页</LinkButton>
      </Space>

      <Card
        title={
          <h2 style={{ fontSize: 18, margin: 0 }}>
            已分发 <span style={{ fontWeight: 400, fontSize: 15 }}>{assignments.length} 项</span>
          </h2>
        }
      >
        {assignments.length ? (
          <Space direction="vertical" size="small" style={{ width: '100%' }}>
            <Typography.Text>
              已打开 {assignments.length - unopened.length} 项，未打开 {unopened.length} 项
              {overdue ? `，已逾期 ${overdue} 项` : ''}。
            </Typography.Text>
            <div role="list" aria-label="分发对象">
              {assignments.map((a) => (
                <div role="listitem" key={a.id} className="org-line">
                  <Space align="start" style={{ minWidth: 0, flex: '1 1 240px' }}>
                    {distributable && (
                      <Checkbox
                        aria-label={`选择${a.assigneeName}`}
                        checked={selected.includes(a.id)}
                        onChange={(e) =>
                          setSelected((s) => (e.target.checked ? [...s, a.id] : s.filter((x) => x !== a.id)))
                        }
                      />
                    )}
                    <div style={{ minWidth: 0 }}>
                      <Space size={[6, 4]} wrap>
                        <Typography.Text strong>{a.assigneeName}</Typography.Text>
                        <Tag>{ASSIGNEE_TYPE_LABELS[a.assigneeType]}</Tag>
                        {a.openedAt ? <Tag color="green">已打开</Tag> : <Tag>未打开</Tag>}
                        {a.overdue && <Tag color="red">已逾期</Tag>}
                      </Space>
                      <div>
                        <Typography.Text type="secondary" style={{ fontSize: 14, overflowWrap: 'anywhere' }}>
                          完成时限 {formatDate(a.dueAt)} ·{' '}
                          {a.provisionAddresses.length ? `${a.provisionAddresses.length} 处条文` : '全文'}
                          {a.openedAt ? ` · ${formatDateTime(a.openedAt)} 打开` : ''}
                          {a.note ? ` · ${a.note}` : ''}
                        </Typography.Text>
                      </div>
                    </div>
                  </Space>
                </div>
              ))}
            </div>
            {distributable && (
              <Space wrap>
                <Button
                  type="primary"
                  disabled={!selected.length}
                  loading={reminding}
                  onClick={() => void sendReminders(selected)}
                >
                  催办所选（{selected.length}）
                </Button>
                <Button disabled={!unopened.length} onClick={() => setSelected(unopened)}>
                  选择未打开的
                </Button>
              </Space>
            )}
            {reminders && (
              <Alert
                type={reminders.every((r) => r.sent) ? 'success' : 'warning'}
                showIcon
                title={`已提醒 ${reminders.filter((r) => r.sent).length} 项`}
                description={
                  <ul style={{ margin: 0, paddingLeft: 20 }}>
                    {reminders.map((r) => (
                      <li key={r.assignmentId}>
                        {r.assigneeName}：{r.sent ? '已发送站内提醒' : r.message}
                      </li>
                    ))}
                  </ul>
                }
              />
            )}
          </Space>
        ) : (
          <Empty description="尚未分发" />
        )}
      </Card>

      {distributable ? (
        <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>新的分发</h2>}>
          {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
          <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark="optional">
            <Form.Item name="unitIds" label="联系单位和信息采集点">
              <Select
                mode="multiple"
                allowClear
                placeholder="选择单位（单位管理员和本单位采集员都能看到）"
                options={units.map((u) => ({ value: u.id, label: u.name }))}
                optionFilterProp="label"
              />
            </Form.Item>
            <Form.Item name="collectorIds" label="采集员">
              <Select
                mode="multiple"
                allowClear
                placeholder="选择采集员"
                options={collectorOptions}
                optionFilterProp="label"
              />
            </Form.Item>
            <Form.Item name="expertIds" label="专家">
              <Select
                mode="multiple"
                allowClear
                placeholder="选择专家"
                options={expertOptions}
                optionFilterProp="label"
              />
            </Form.Item>
            <Form.Item
              label="请重点研究的条文"
              extra={addresses.length ? `已选 ${addresses.length} 处` : '不选则分发全文'}
              validateStatus={provisionProblem ? 'error' : undefined}
              help={provisionProblem ?? undefined}
            >
              {provisionsLoading ? (
                <Skeleton active paragraph={{ rows: 3 }} />
              ) : (
                <div
                  style={{ maxHeight: 360, overflowY: 'auto', border: '1px solid #d9d9d9', borderRadius: 6 }}
                  role="group"
                  aria-label="草案条文"
                >
                  <Tree
                    className="org-tree"
                    checkable
                    selectable={false}
                    defaultExpandAll
                    treeData={tree.nodes}
                    checkedKeys={checked}
                    onCheck={(keys) => setChecked((Array.isArray(keys) ? keys : keys.checked).map(String))}
                  />
                </div>
              )}
            </Form.Item>
            <Form.Item
              name="dueAt"
              label="完成时限"
              rules={[{ required: true, message: '请填写完成时限' }]}
              extra={`不得晚于立法机关的截止时间 ${formatDate(pointTask.effectiveDeadline)}`}
            >
              <Input type="date" />
            </Form.Item>
            <Form.Item name="note" label="说明">
              <Input.TextArea
                rows={2}
                maxLength={500}
                showCount
                placeholder="例如：请组织座谈会，重点听取养犬人意见"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={distributing}>
              分发
            </Button>
          </Form>
        </Card>
      ) : (
        <Alert
          type="info"
          showIcon
          title={`任务当前为“${POINT_TASK_STATE_LABELS[pointTask.state]}”，不能再分发`}
        />
      )}
    </Space>
  );
}
