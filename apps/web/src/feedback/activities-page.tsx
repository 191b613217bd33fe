// 征集活动 (phone first): the task's forums, courtyard meetings, visits… with the opinions recorded at each, a form to
// record one (the API's field errors on their fields), and 提出意见 with the activity already chosen.
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage, showFieldErrors } from '../common/api-errors';
import { CHANNEL_LABELS } from '../common/labels';
import { LinkButton } from '../common/link-button';
import {
  activitiesClosedReason,
  anyAccepting,
  closedReason,
  onlineClosedReason,
  onlineStoppedTag,
} from '../consultation/collection-status';
import { isExecutiveBody } from '../identity/roles';
import { useSession } from '../identity/use-session';
import type { OpinionChannel } from '../gql/graphql';
import { activityDateRange } from './activity-dates';
import { OnlineCollectionPanel } from './online-collection-panel';
import {
  ActivitiesDocument,
  ActivityOpinionsDocument,
  OpinionFormDataDocument,
  RecordActivityDocument,
} from './feedback.operations';

/** The kinds of gathering a collector holds (letters, experts and 其他 are not activities one attends). */
const ACTIVITY_CHANNELS: OpinionChannel[] = [
  'FORUM',
  'COURTYARD_MEETING',
  'VISIT',
  'QUESTIONNAIRE',
  'DEPUTY_RECEPTION',
  'ONLINE',
];

interface ActivityValues {
  channel: OpinionChannel;
  title: string;
  heldOn: string;
  place?: string;
  organizer?: string;
  participants: number;
  summary?: string;
}

export default function ActivitiesPage() {
  const { taskId = '' } = useParams();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActivityValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const task = useQuery(OpinionFormDataDocument, { variables: { taskId } });
  const { data, error, loading } = useQuery(ActivitiesDocument, { variables: { taskId } });
  const opinions = useQuery(ActivityOpinionsDocument, { variables: { taskId } });
  const [record, { loading: saving }] = useMutation(RecordActivityDocument, {
    refetchQueries: [ActivitiesDocument, OpinionFormDataDocument],
  });
  const taskFacts = task.data?.consultationTask;
  const { session } = useSession();
  // What the API will answer (ActivityService.record, submitOpinion): the form and 提出意见 are not offered when it
  // would refuse them, and the page says why instead. Unknown (not loaded): offered, the API has the last word.
  const collection = anyAccepting(taskFacts?.pointTasks ?? []);
  const recordingClosed = activitiesClosedReason(collection, isExecutiveBody(session));
  const opinionsClosed = collection ? closedReason(collection) : null;
  // The picker offers the days the API accepts (ActivityService.record), no narrower and no wider.
  const { min, max } = activityDateRange({
    issueDate: taskFacts?.issueDate,
    issuedAt: taskFacts?.issuedAt,
    pointTasks: taskFacts?.pointTasks ?? [],
  });

  const byActivity = new Map<string, Array<{ id: string; receiptNumber: string; proposedChange: string }>>();
  for (const { node } of opinions.data?.opinions.edges ?? []) {
    if (node.activityId) byActivity.set(node.activityId, [...(byActivity.get(node.activityId) ?? []), node]);
  }
  const activities = [...(data?.collectionActivities ?? [])].sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  const executive = isExecutiveBody(session);
  // 网上征集 rounds live in their own card (OnlineCollectionPanel): they take the public's submissions through their link,
  // never a signed-in person's 提出意见 (the API refuses that, ACTIVITY_IS_ONLINE_ROUND).
  const onlineRounds = activities.filter((a) => a.onlineRound);
  const ordinary = activities.filter((a) => !a.onlineRound);
  const pointDeadline =
    taskFacts?.pointTasks.map((p) => p.effectiveDeadline).find((d): d is string => Boolean(d)) ?? null;

  const submit = async (v: ActivityValues) => {
    setProblem(null);
    try {
      await record({
        variables: {
          input: {
            taskId,
            channel: v.channel,
            title: v.title.trim(),
            heldOn: v.heldOn,
            place: v.place?.trim() || null,
            organizer: v.organizer?.trim() || null,
            participants: v.participants,
            summary: v.summary?.trim() || null,
          },
        },
      });
      form.resetFields();
      void message.success('征集活动已登记');
    } catch (e) {
      if (!showFieldErrors(form, e)) setProblem(errorMessage(e));
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2} style={{ fontSize: 22, margin: 0 }}>
          征集活动
        </Typography.Title>
        <Typography.Paragraph style={{ margin: '4px 0 0' }}>
          {task.data?.consultationTask?.title ?? '征求意见任务'}
        </Typography.Paragraph>
      </div>
      <Space wrap>
        <LinkButton to={`/tasks/${taskId}`}>返回草案</LinkButton>
        <LinkButton to={`/tasks/${taskId}/paper`}>纸质意见表</LinkButton>
      </Space>
      <Card title={<h3 style={{ fontSize: 18, margin: 0 }}>已登记的活动</h3>}>
        {error && !data && <Alert type="error" showIcon title={errorMessage(error)} />}
        <List
          loading={loading && !data}
          locale={{ emptyText: '还没有登记征集活动' }}
          dataSource={ordinary}
          renderItem={(a) => {
            const gathered = byActivity.get(a.id) ?? [];
            return (
              <List.Item>
                <section aria-label={a.title} style={{ width: '100%', minWidth: 0 }}>
                  <Space wrap size={[8, 4]}>
                    <strong>{a.title}</strong>
                    <Tag>{CHANNEL_LABELS[a.channel]}</Tag>
                  </Space>
                  <div>
                    {a.heldOn}
                    {a.place ? ` · ${a.place}` : ''} · {a.participants} 人参加
                  </div>
                  {a.summary && (
                    <Typography.Paragraph style={{ margin: 0 }}>{a.summary}</Typography.Paragraph>
                  )}
                  <div style={{ marginTop: 4 }}>本活动的意见：{gathered.length} 条</div>
                  {gathered.length > 0 && (
                    <ul style={{ margin: '4px 0', paddingLeft: 20, overflowWrap: 'anywhere' }}>
                      {gathered.map((o) => (
                        <li key={o.id}>
                          {o.proposedChange}（回执号 {o.receiptNumber}）
                        </li>
                      ))}
                    </ul>
                  )}
                  {opinionsClosed ? null : (
                    <LinkButton
                      to={`/tasks/${taskId}/opinions/new?activity=${encodeURIComponent(a.id)}`}
                      size="middle"
                      type="primary"
                      aria-label={`在“${a.title}”提出意见`}
                      style={{ marginTop: 8 }}
                    >
                      提出意见
                    </LinkButton>
                  )}
                </section>
              </List.Item>
            );
          }}
        />
      </Card>
      {executive && (
        <OnlineCollectionPanel
          taskId={taskId}
          rounds={onlineRounds}
          deadline={pointDeadline}
          closedReason={collection ? onlineClosedReason(collection) : null}
          stopped={collection ? onlineStoppedTag(collection) : null}
        />
      )}
      <Card title={<h3 style={{ fontSize: 18, margin: 0 }}>登记征集活动</h3>}>
        {recordingClosed ? (
          <Typography.Paragraph type="secondary" data-testid="activities-closed" style={{ margin: 0 }}>
            {recordingClosed}
          </Typography.Paragraph>
        ) : (
          <>
            {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
            <Form
              form={form}
              layout="vertical"
              initialValues={{ channel: 'FORUM', heldOn: max, participants: 10 }}
              onFinish={(v) => void submit(v)}
              scrollToFirstError
              // The date's max only guides the phone's picker; the browser must not block a later date before the API says why.
              noValidate
            >
              <Form.Item
                label="活动形式"
                name="channel"
                rules={[{ required: true, message: '请选择活动形式' }]}
              >
                <Select options={ACTIVITY_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))} />
              </Form.Item>
              <Form.Item
                label="活动名称"
                name="title"
                rules={[{ required: true, whitespace: true, message: '请填写活动名称' }]}
              >
                <Input maxLength={200} placeholder="如：养犬管理条例座谈会" />
              </Form.Item>
              <Form.Item
                label="活动日期"
                name="heldOn"
                // Not after today, not before the task reached the point, not after the point's deadline: the API's rules
                // (activity-dates.ts), their messages shown here on this field. min and max only guide the picker.
                rules={[{ required: true, message: '请填写活动日期' }]}
              >
                <Input
                  type="date"
                  min={min}
                  max={max}
                  // Enter confirms a typed date; it must not submit the form behind the person's back (it did, and their
                  // click on 登记活动 then submitted the emptied form: a red 请填写活动名称 beside the green toast).
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') e.preventDefault();
                  }}
                />
              </Form.Item>
              <Form.Item label="地点" name="place">
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item label="组织者" name="organizer">
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item
                label="参加人数"
                name="participants"
                rules={[{ required: true, message: '请填写参加人数' }]}
              >
                <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item label="活动纪要" name="summary">
                <Input.TextArea autoSize={{ minRows: 3 }} maxLength={10000} />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={saving}>
                登记活动
              </Button>
            </Form>
          </>
        )}
      </Card>
    </Space>
  );
}
