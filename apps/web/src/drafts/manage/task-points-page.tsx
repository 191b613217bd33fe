// 各联系点: each point's state on a task (PointTask), whether it is overdue, the deadline that applies to it, and
// 延长截止时间 for one point (extendTaskDeadline with contactPointId) with a reason.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, List, Modal, Result, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage, fieldErrors } from '../../common/api-errors';
import { endOfBeijingDay, formatDate, formatDateTime } from '../../common/dates';
import { LinkButton } from '../../common/link-button';
import type { TaskPointsQuery } from '../../gql/graphql';
import { PointTaskStateTag } from '../../consultation/point-task-state-tag';
import { ExtendTaskDeadlineDocument, TaskPointsDocument } from './manage.operations';
import './manage.css';

/** The states in which a point still collects: the only ones an extension applies to (the API's rule). */
const COLLECTING_STATES = ['RECEIVED', 'DISPATCHED', 'COLLECTING'];

type PointTask = NonNullable<TaskPointsQuery['consultationTask']>['pointTasks'][number];

interface ExtendValues {
  deadline: string;
  reason: string;
}

/** A Beijing date (YYYY-MM-DD) of a moment. */
function beijingDay(at: string | number): string {
  return new Date(new Date(at).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

function ExtendDialog({
  taskId,
  point,
  onClose,
}: {
  taskId: string;
  point: PointTask;
  onClose: (done: boolean) => void;
}) {
  const [form] = Form.useForm<ExtendValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [extend, { loading }] = useMutation(ExtendTaskDeadlineDocument);
  const later = new Date(Math.max(Date.parse(point.effectiveDeadline), Date.now()) + 7 * 86_400_000);
  const submit = async (values: ExtendValues) => {
    setProblem(null);
    try {
      await extend({
        variables: {
          input: {
            taskId,
            contactPointId: point.contactPointId,
            deadline: endOfBeijingDay(values.deadline),
            reason: values.reason.trim(),
          },
        },
      });
      onClose(true);
    } catch (e) {
      const problems = fieldErrors(e).filter((p) => ['deadline', 'reason'].includes(String(p.name)));
      if (problems.length) form.setFields(problems as never[]);
      else setProblem(errorMessage(e));
    }
  };
  return (
    <Modal
      open
      title={`延长截止时间：${point.contactPoint.name}`}
      okText="延长"
      cancelText="取消"
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Typography.Paragraph>现在的截止时间：{formatDateTime(point.effectiveDeadline)}</Typography.Paragraph>
      <Form<ExtendValues>
        form={form}
        layout="vertical"
        initialValues={{ deadline: beijingDay(later.getTime()) }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="deadline"
          label="新的截止日期"
          extra="北京时间当天 24 时前"
          rules={[{ required: true, message: '请选择新的截止日期' }]}
        >
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="reason"
          label="延长理由"
          rules={[{ required: true, whitespace: true, message: '请填写延长理由' }, { max: 500 }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} />}
    </Modal>
  );
}

export default function TaskPointsPage() {
  const { taskId = '' } = useParams();
  const { data, error, loading } = useQuery(TaskPointsDocument, { variables: { id: taskId } });
  const [extending, setExtending] = useState<PointTask | null>(null);
  const [done, setDone] = useState<string | null>(null);
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
  const submitted = task.pointTasks.filter((p) =>
    ['SUBMITTED', 'FEEDBACK_RECEIVED', 'ARCHIVED'].includes(p.state),
  ).length;
  const overdue = task.pointTasks.filter((p) => p.overdue).length;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} className="manage-page">
      <div>
        <Typography.Title level={2} style={{ fontSize: 22, margin: 0 }}>
          各联系点情况
        </Typography.Title>
        <Typography.Paragraph style={{ margin: '4px 0 0' }}>{task.title}</Typography.Paragraph>
      </div>
      <Space wrap>
        <LinkButton to="/">返回首页</LinkButton>
        <LinkButton to={`/tasks/${task.id}`}>查看草案</LinkButton>
        <LinkButton to={`/tasks/${task.id}/received`}>收到的汇总表</LinkButton>
      </Space>
      {done && <Alert type="success" showIcon title={done} closable onClose={() => setDone(null)} />}
      <Card>
        <Space wrap size={[24, 8]}>
          <span>截止 {formatDateTime(task.deadline)}</span>
          <span data-testid="points-total">{task.pointTasks.length} 个联系点</span>
          <span data-testid="points-submitted">已报送 {submitted}</span>
          <span data-testid="points-overdue">逾期 {overdue}</span>
          {task.status === 'DRAFT' && <Tag>草拟中，尚未发出</Tag>}
        </Space>
      </Card>
      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>联系点</h2>}>
        <List
          dataSource={task.pointTasks}
          locale={{ emptyText: '这项任务没有发往任何联系点' }}
          renderItem={(p) => (
            <List.Item
              actions={[
                // Only while the point still collects: the API refuses the rest (TASK_NOT_COLLECTING).
                COLLECTING_STATES.includes(p.state) ? (
                  <Button
                    key="extend"
                    size="middle"
                    onClick={() => setExtending(p)}
                    disabled={task.status !== 'ISSUED'}
                    aria-label={`延长截止时间：${p.contactPoint.name}`}
                  >
                    延长截止时间
                  </Button>
                ) : (
                  <Typography.Text key="extend" type="secondary" data-testid="no-extension">
                    已停止征集，无需延长
                  </Typography.Text>
                ),
              ]}
              className="point-row"
            >
              <List.Item.Meta
                title={p.contactPoint.name}
                description={
                  <Space wrap size={[8, 4]}>
                    <PointTaskStateTag status={p} />
                    {p.overdue && <Tag color="red">已逾期</Tag>}
                    <span>适用截止 {formatDateTime(p.effectiveDeadline)}</span>
                    {p.extendedDeadline && <Tag color="orange">已延长</Tag>}
                    {p.receivedAt && <span>接收于 {formatDate(p.receivedAt)}</span>}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      {extending && (
        <ExtendDialog
          taskId={task.id}
          point={extending}
          onClose={(ok) => {
            if (ok) setDone(`已延长${extending.contactPoint.name}的截止时间`);
            setExtending(null);
          }}
        />
      )}
    </Space>
  );
}
