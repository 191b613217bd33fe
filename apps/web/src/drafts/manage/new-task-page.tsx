// 发出征求意见任务: a draft's current version, the contact points it goes to, the deadline, the focus questions
// (重点问题提纲) and the notice; createConsultationTask then issueConsultationTask. The API's field errors sit on the
// fields they are about.
import { useMutation, useQuery } from '@apollo/client/react';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Form, Input, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { errorMessage, fieldErrors } from '../../common/api-errors';
import { LinkButton } from '../../common/link-button';
import { endOfBeijingDay } from '../../common/dates';
import { DRAFT_STAGE_LABELS } from './manage-labels';
import {
  CreateConsultationTaskDocument,
  IssueConsultationTaskDocument,
  NewTaskFormDataDocument,
} from './manage.operations';
import './manage.css';

interface Values {
  draftVersionId: string;
  title: string;
  deadline: string;
  issueDate?: string;
  contactPointIds: string[];
  focusQuestions: string[];
  noticeText: string;
}

const FORM_FIELDS = [
  'draftVersionId',
  'title',
  'deadline',
  'issueDate',
  'contactPointIds',
  'focusQuestions',
  'noticeText',
];

/** Today in Beijing as YYYY-MM-DD (the deadline is a Beijing date). */
function beijingDate(offsetDays = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The points to send to, as checkboxes. Form.Item hands its control aria-required/aria-invalid, which a plain group of
 * checkboxes may not carry (axe: aria-allowed-attr), so only value and onChange are passed on.
 */
function PointChecks({
  points,
  value,
  onChange,
}: {
  points: Array<{ id: string; name: string }>;
  value?: string[];
  onChange?: (value: string[]) => void;
}) {
  return (
    <Checkbox.Group
      value={value}
      onChange={(v) => onChange?.(v)}
      style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
    >
      {points.map((p) => (
        <Checkbox key={p.id} value={p.id}>
          {p.name}
        </Checkbox>
      ))}
    </Checkbox.Group>
  );
}

export default function NewTaskPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const { data, error, loading } = useQuery(NewTaskFormDataDocument);
  const [create, creating] = useMutation(CreateConsultationTaskDocument);
  const [issue, issuing] = useMutation(IssueConsultationTaskDocument, {
    refetchQueries: ['WorkTasks'],
  });
  const [problem, setProblem] = useState<string | null>(null);
  // A task made but not yet issued (issuing failed): 发出 again issues it rather than making another.
  const [createdId, setCreatedId] = useState<string | null>(null);

  const versions = useMemo(
    () =>
      (data?.drafts.edges.map((e) => e.node) ?? []).flatMap((d) =>
        d.versions.filter((v) => !v.supersededById).map((v) => ({ draftTitle: d.title, ...v })),
      ),
    [data],
  );
  const points = (data?.contactPoints.edges.map((e) => e.node) ?? []).filter((p) => p.active);

  // A version chosen in the URL (from a draft's page), and the title that goes with it.
  useEffect(() => {
    const wanted = params.get('version');
    const version = versions.find((v) => v.id === wanted);
    if (version && !form.getFieldValue('draftVersionId')) {
      form.setFieldsValue({
        draftVersionId: version.id,
        title: `关于征求《${version.draftTitle}》意见的通知`,
      });
    }
  }, [versions, params, form]);

  const submit = async (values: Values) => {
    setProblem(null);
    try {
      let id = createdId;
      if (!id) {
        const { data: made } = await create({
          variables: {
            input: {
              draftVersionId: values.draftVersionId,
              title: values.title.trim(),
              deadline: endOfBeijingDay(values.deadline),
              issueDate: values.issueDate || undefined,
              contactPointIds: values.contactPointIds,
              focusQuestions: (values.focusQuestions ?? []).map((q) => q.trim()).filter(Boolean),
              noticeText: values.noticeText.trim(),
            },
          },
        });
        id = made?.createConsultationTask.id ?? null;
        setCreatedId(id);
      }
      if (!id) return;
      await issue({ variables: { input: { id } } });
      void navigate(`/tasks/${id}/points`);
    } catch (e) {
      const problems = fieldErrors(e).filter((p) =>
        FORM_FIELDS.includes(String(Array.isArray(p.name) ? p.name[0] : p.name)),
      );
      if (problems.length) form.setFields(problems as never[]);
      else setProblem(errorMessage(e));
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} className="manage-page">
      <Typography.Title level={2} style={{ fontSize: 22, margin: 0 }}>
        发出征求意见任务
      </Typography.Title>
      <Space wrap>
        <LinkButton to="/">返回首页</LinkButton>
        <LinkButton to="/drafts">草案</LinkButton>
      </Space>
      {error && !data && <Alert type="error" showIcon title={errorMessage(error)} />}
      {loading && !data ? (
        <Spin />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark="optional"
          initialValues={{ focusQuestions: [''], contactPointIds: [], deadline: beijingDate(15) }}
          onFinish={(v) => void submit(v)}
          onValuesChange={(changed: Partial<Values>) => {
            if (changed.draftVersionId) {
              const version = versions.find((v) => v.id === changed.draftVersionId);
              if (version && !form.isFieldTouched('title'))
                form.setFieldsValue({ title: `关于征求《${version.draftTitle}》意见的通知` });
            }
          }}
        >
          <Card
            title={<h2 style={{ fontSize: 18, margin: 0 }}>草案和联系点</h2>}
            style={{ marginBottom: 16 }}
          >
            <Form.Item
              name="draftVersionId"
              label="征求意见的稿次"
              extra="只能用各草案的最新稿次；先在“草案”中登记或上传新稿次"
              rules={[{ required: true, message: '请选择草案稿次' }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                placeholder="选择草案"
                options={versions.map((v) => ({
                  value: v.id,
                  label: `${v.draftTitle} 第${v.sequence}稿 ${v.label}（${DRAFT_STAGE_LABELS[v.stage]}，${v.articleCount} 条）`,
                }))}
              />
            </Form.Item>
            <Form.Item
              name="contactPointIds"
              label="发往的联系点"
              rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个联系点' }]}
            >
              <PointChecks points={points} />
            </Form.Item>
          </Card>
          <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>通知</h2>} style={{ marginBottom: 16 }}>
            <Form.Item
              name="title"
              label="任务名称"
              rules={[{ required: true, whitespace: true, message: '请填写任务名称' }, { max: 200 }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="deadline"
              label="截止日期"
              extra="北京时间当天 24 时前"
              rules={[{ required: true, message: '请选择截止日期' }]}
            >
              <Input type="date" />
            </Form.Item>
            <Form.Item name="issueDate" label="通知落款日期" extra="不填则为发出当天">
              <Input type="date" />
            </Form.Item>
            <Form.Item
              name="noticeText"
              label="征求意见通知"
              rules={[{ required: true, whitespace: true, message: '请填写通知正文' }]}
            >
              <Input.TextArea
                rows={5}
                placeholder="请组织本联系点的联系单位、信息采集员征求群众意见，于截止日期前报送。"
              />
            </Form.Item>
            <Form.List name="focusQuestions">
              {(fields, { add, remove }) => (
                <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
                  <legend style={{ fontSize: 16, marginBottom: 8, border: 0, color: 'rgba(0, 0, 0, 0.88)' }}>
                    重点问题提纲
                  </legend>
                  {fields.map((field, i) => (
                    <div key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                      <Form.Item
                        name={field.name}
                        rules={[{ max: 500, message: '每条重点问题不能超过 500 个字符' }]}
                        style={{ flex: 1, minWidth: 0, marginBottom: 12 }}
                      >
                        <Input.TextArea
                          autoSize={{ minRows: 1, maxRows: 4 }}
                          aria-label={`重点问题 ${i + 1}`}
                        />
                      </Form.Item>
                      <Button
                        icon={<MinusCircleOutlined />}
                        aria-label={`删去重点问题 ${i + 1}`}
                        onClick={() => remove(field.name)}
                      />
                    </div>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} block>
                    添加重点问题
                  </Button>
                </fieldset>
              )}
            </Form.List>
          </Card>
          {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" block loading={creating.loading || issuing.loading}>
            {createdId ? '再次发出' : '发出任务'}
          </Button>
        </Form>
      )}
    </Space>
  );
}
