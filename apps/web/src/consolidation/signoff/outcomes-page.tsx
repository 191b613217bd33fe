// 采纳反馈: once the legislature has published its decisions, each suggestion the point sent with its outcome (采纳 /
// 部分采纳 / 未采纳 / 研究中) and reason, the opinions behind it with theirs, and — for contributors who asked to be
// told — a record of how they were told (recordFeedbackDelivery). Before publication, a clear "not yet" state.
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  List,
  Modal,
  Result,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage, showFieldErrors } from '../../common/api-errors';
import { formatDateTime } from '../../common/dates';
import { DELIVERY_METHOD_LABELS, OUTCOME_LABELS } from '../../common/labels';
import { OutcomeBox, OutcomeTag } from '../../common/outcome-tag';
import { LinkButton } from '../../common/link-button';
import type { DeliveryMethod, OutcomesQuery } from '../../gql/graphql';
import { contactPointOf } from '../../identity/roles';
import { useSession } from '../../identity/use-session';
import { Pager, useCursorPages } from './cursor-pages';
import { OutcomesDocument, RecordDeliveryDocument } from './signoff.operations';
import './signoff.css';

const PAGE_SIZE = 10;
const PUBLISHED_STATES = ['FEEDBACK_RECEIVED', 'ARCHIVED'];

type Suggestion = NonNullable<OutcomesQuery['consolidation']>['suggestions']['edges'][number]['node'];
type SourceOpinion = NonNullable<Suggestion['sources']['edges'][number]['node']['opinion']>;

function Told({ opinion, onRecord }: { opinion: SourceOpinion; onRecord: (o: SourceOpinion) => void }) {
  const outcome = opinion.outcome;
  if (!outcome) return null;
  if (outcome.contributorTold) return <Tag color="green">已告知提出人</Tag>;
  if (outcome.contributorErased) {
    return <Typography.Text type="secondary">提出人个人信息已删除，无法再告知</Typography.Text>;
  }
  if (!outcome.contributorWantsFeedback) {
    return <Typography.Text type="secondary">提出人未要求告知结果</Typography.Text>;
  }
  return (
    <Space wrap size={[8, 4]}>
      <Tag color="orange">提出人要求告知结果，尚未告知</Tag>
      <Button
        size="middle"
        onClick={() => onRecord(opinion)}
        aria-label={`登记已告知：回执号 ${opinion.receiptNumber}`}
      >
        登记已告知
      </Button>
    </Space>
  );
}

function SuggestionOutcome({
  suggestion,
  shownNumber,
  onRecord,
}: {
  suggestion: Suggestion;
  shownNumber: number;
  onRecord: (o: SourceOpinion) => void;
}) {
  const decision = suggestion.decision;
  const opinions = suggestion.sources.edges.flatMap((e) => (e.node.opinion ? [e.node.opinion] : []));
  const annotations = suggestion.sources.edges.filter((e) => e.node.type === 'ANNOTATION').length;
  const title = `${shownNumber}．${suggestion.citation}`;
  return (
    <Card
      size="small"
      title={<h3 className="signoff-card-title">{title}</h3>}
      extra={<OutcomeTag outcome={decision?.outcome} pending="尚未公布" />}
      role="region"
      aria-label={`第 ${shownNumber} 条汇总意见`}
    >
      <Typography.Paragraph className="signoff-cell" style={{ marginBottom: 8 }}>
        {suggestion.proposedChange}
      </Typography.Paragraph>
      {decision ? (
        // Tinted as its outcome's tag (研究中 is not green like 采纳): common/outcome-tag.tsx.
        <OutcomeBox outcome={decision.outcome}>
          <div>
            <strong>{OUTCOME_LABELS[decision.outcome]}</strong>
            {decision.reflectedCitation ? `（体现在${decision.reflectedCitation}）` : ''}
          </div>
          <div className="signoff-cell">
            理由：{decision.reason}
            {decision.publishedAt ? `\n公布于 ${formatDateTime(decision.publishedAt)}` : ''}
          </div>
        </OutcomeBox>
      ) : (
        <Typography.Text type="secondary">立法机关尚未公布这一条的采纳情况。</Typography.Text>
      )}
      <div style={{ marginTop: 12 }}>
        <Typography.Text strong>
          来源意见 {opinions.length} 条{annotations ? `，专家团队批注 ${annotations} 条` : ''}
        </Typography.Text>
        {suggestion.sources.totalCount > suggestion.sources.edges.length && (
          <Typography.Text type="secondary">
            （共 {suggestion.sources.totalCount} 条来源，此处列出前 {suggestion.sources.edges.length} 条）
          </Typography.Text>
        )}
        {opinions.map((o) => (
          <div key={o.id} className="outcome-opinion">
            <div>
              <Typography.Text type="secondary">回执号 {o.receiptNumber}</Typography.Text>
              {o.peopleRepresented > 1 && (
                <Typography.Text type="secondary">，代表 {o.peopleRepresented} 人</Typography.Text>
              )}
            </div>
            <div className="signoff-cell">{o.proposedChange}</div>
            <Space wrap size={[8, 4]} style={{ marginTop: 4 }}>
              {o.outcome && <OutcomeTag outcome={o.outcome.outcome} />}
              <Told opinion={o} onRecord={onRecord} />
            </Space>
          </div>
        ))}
      </div>
    </Card>
  );
}

export default function OutcomesPage() {
  const { taskId = '' } = useParams();
  const { session } = useSession();
  const contactPointId = contactPointOf(session) ?? '';
  const { message } = App.useApp();
  const pages = useCursorPages();
  const { data, error, loading, refetch } = useQuery(OutcomesDocument, {
    variables: { taskId, contactPointId, first: PAGE_SIZE, after: pages.after },
    skip: !contactPointId,
  });
  const [recordDelivery, recording] = useMutation(RecordDeliveryDocument);
  const [telling, setTelling] = useState<SourceOpinion | null>(null);
  const [form] = Form.useForm<{ method: DeliveryMethod; note?: string }>();

  const confirm = async (v: { method: DeliveryMethod; note?: string }) => {
    if (!telling) return;
    try {
      await recordDelivery({
        variables: { input: { opinionId: telling.id, method: v.method, note: v.note?.trim() || null } },
      });
      setTelling(null);
      void message.success('已登记告知情况');
      await refetch();
    } catch (e) {
      if (!showFieldErrors(form, e)) void message.error(errorMessage(e));
    }
  };

  if (!contactPointId) {
    return <Result status="403" title="只有联系点的具体执行机构可以查看采纳反馈" />;
  }
  const pointTask = data?.consultationTask?.pointTasks.find((p) => p.contactPointId === contactPointId);
  const c = data?.consolidation;
  const published =
    (pointTask && PUBLISHED_STATES.includes(pointTask.state)) ||
    (c?.suggestions.edges.some((e) => e.node.decision) ?? false);
  const offset = (pages.page - 1) * PAGE_SIZE;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2} style={{ fontSize: 22, margin: 0 }}>
          采纳反馈
        </Typography.Title>
        <Typography.Paragraph style={{ margin: '4px 0 0' }}>
          {data?.consultationTask?.title ?? '征求意见任务'}
        </Typography.Paragraph>
      </div>
      <Space wrap>
        <LinkButton to={`/tasks/${taskId}/signoff`}>审核与报送</LinkButton>
      </Space>
      {error && !data && <Alert type="error" showIcon title={errorMessage(error)} />}
      {loading && !data && <Card loading />}
      {c && !published && (
        <Card>
          <Result
            status="info"
            title="尚未公布采纳情况"
            subTitle={
              c.status === 'SUBMITTED'
                ? '汇总表已报送，立法机关公布采纳决定后，这里将列出每条意见的采纳情况和理由。'
                : '汇总表尚未报送立法机关；报送并由立法机关公布采纳决定后，这里将列出每条意见的采纳情况。'
            }
          />
        </Card>
      )}
      {c && published && (
        <>
          <Typography.Paragraph style={{ margin: 0 }}>
            共 {c.suggestions.totalCount} 条汇总意见。提出人同意接收结果反馈的，告知后请登记告知方式。
          </Typography.Paragraph>
          <List
            dataSource={c.suggestions.edges.map((e) => e.node)}
            split={false}
            renderItem={(s, i) => (
              <List.Item key={s.id} style={{ padding: '0 0 16px' }}>
                <div style={{ width: '100%' }}>
                  <SuggestionOutcome
                    suggestion={s}
                    shownNumber={s.number ?? offset + i + 1}
                    onRecord={(o) => {
                      form.resetFields();
                      setTelling(o);
                    }}
                  />
                </div>
              </List.Item>
            )}
          />
          <Pager
            pages={pages}
            pageSize={PAGE_SIZE}
            totalCount={c.suggestions.totalCount}
            hasNextPage={c.suggestions.pageInfo.hasNextPage}
            endCursor={c.suggestions.pageInfo.endCursor}
            label="采纳情况"
          />
        </>
      )}
      <Modal
        title="登记已告知提出人"
        open={telling !== null}
        okText="登记"
        cancelText="取消"
        okButtonProps={{ loading: recording.loading }}
        onOk={() => form.submit()}
        onCancel={() => setTelling(null)}
        destroyOnHidden
      >
        {telling && (
          <Typography.Paragraph>
            回执号 {telling.receiptNumber}：{telling.outcome ? OUTCOME_LABELS[telling.outcome.outcome] : ''}
          </Typography.Paragraph>
        )}
        <Form form={form} layout="vertical" onFinish={(v) => void confirm(v)} preserve={false}>
          <Form.Item name="method" label="告知方式" rules={[{ required: true, message: '请选择告知方式' }]}>
            <Select
              options={Object.entries(DELIVERY_METHOD_LABELS).map(([value, label]) => ({ value, label }))}
              placeholder="请选择"
            />
          </Form.Item>
          <Form.Item name="note" label="备注" rules={[{ max: 500, message: '备注不超过 500 字' }]}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
