// One draft: its versions (第几稿, stage, articles, the parser's warnings), 稿次对照 between them, and 上传新稿次 with the
// same parse preview as a new draft. A new version returns at once; its follow-up (文本佐证 for the tasks consulted on
// earlier versions) runs as a background job, shown with the shared progress bar until its summary.
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Collapse,
  Form,
  Input,
  List,
  Result,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { JobProgressBar, jobRunning, useJob, type JobStatus } from '../../app/job-progress';
import { useParams } from 'react-router';
import { errorMessage, fieldErrors } from '../../common/api-errors';
import { formatDateTime } from '../../common/dates';
import { LinkButton } from '../../common/link-button';
import type { DraftStage } from '../../gql/graphql';
import { DraftSourceInput, type DraftPreview, type DraftSource } from './draft-source';
import { DRAFT_STAGE_LABELS, STAGE_OPTIONS } from './manage-labels';
import { AddDraftVersionDocument, DraftDetailDocument } from './manage.operations';
import { splitParseNotes } from './parse-notes';
import './manage.css';

interface Values {
  stage: DraftStage;
  label?: string;
}

interface Added {
  label: string;
  followUpJob: JobStatus | null;
}

function AddVersionCard({ draftId, onAdded }: { draftId: string; onAdded: (added: Added) => void }) {
  const [form] = Form.useForm<Values>();
  const [source, setSource] = useState<DraftSource | null>(null);
  const [preview, setPreview] = useState<DraftPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const [addVersion, { loading }] = useMutation(AddDraftVersionDocument, {
    refetchQueries: ['DraftDetail', 'DraftsList'],
    awaitRefetchQueries: true,
  });

  const save = async (values: Values) => {
    setProblem(null);
    if (!source || !preview) return setProblem('请先解析预览，核对条文结构后再保存');
    try {
      const { data } = await addVersion({
        variables: {
          input: { draftId, stage: values.stage, label: values.label?.trim() || undefined, ...source },
        },
      });
      form.resetFields();
      setSource(null);
      setPreview(null);
      setResetKey((k) => k + 1);
      if (data)
        onAdded({ label: data.addDraftVersion.label, followUpJob: data.addDraftVersion.followUpJob ?? null });
    } catch (e) {
      const problems = fieldErrors(e).filter((p) => ['stage', 'label'].includes(String(p.name)));
      if (problems.length) form.setFields(problems as never[]);
      else setProblem(errorMessage(e));
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ stage: 'FIRST_READING' }}
      onFinish={(v) => void save(v)}
      requiredMark="optional"
    >
      <Form.Item name="stage" label="稿次" rules={[{ required: true, message: '请选择稿次' }]}>
        <Select options={STAGE_OPTIONS} />
      </Form.Item>
      <Form.Item name="label" label="稿次名称" extra="不填则用稿次，如“一审稿”" rules={[{ max: 100 }]}>
        <Input />
      </Form.Item>
      <DraftSourceInput
        key={resetKey}
        onPreview={(s, p) => {
          setSource(s);
          setPreview(p);
          setProblem(null);
        }}
      />
      {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 16 }} />}
      <Button
        type="primary"
        htmlType="submit"
        block
        disabled={!preview}
        loading={loading}
        style={{ marginTop: 16 }}
      >
        {preview ? '保存新稿次' : '保存新稿次（请先解析预览）'}
      </Button>
    </Form>
  );
}

export default function DraftPage() {
  const { draftId = '' } = useParams();
  const { data, error, loading } = useQuery(DraftDetailDocument, { variables: { id: draftId } });
  const [added, setAdded] = useState<Added | null>(null);
  const draft = data?.draft;
  // The follow-up shown: the one of the version just added, or one still running when the page opened.
  const running = draft?.versions.find((v) => jobRunning(v.followUpJob))?.followUpJob ?? null;
  const shownJob = added?.followUpJob ?? running;
  const followUp = useJob(shownJob?.id ?? null, shownJob);
  if (loading && !data) return <Spin />;
  if (!draft)
    return (
      <Result
        status="warning"
        title={error ? errorMessage(error) : '找不到这件草案'}
        extra={<LinkButton to="/drafts">返回草案列表</LinkButton>}
      />
    );
  const versions = [...draft.versions].sort((a, b) => b.sequence - a.sequence);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} className="manage-page">
      <div>
        <Typography.Title level={2} style={{ fontSize: 22, margin: 0 }}>
          {draft.title}
        </Typography.Title>
        {draft.subject && (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {draft.subject}
          </Typography.Paragraph>
        )}
      </div>
      <Space wrap>
        <LinkButton to="/drafts">返回草案列表</LinkButton>
        {versions.length > 1 && <LinkButton to={`/drafts/${draft.id}/compare`}>稿次对照</LinkButton>}
        <LinkButton to={`/tasks/new?version=${versions[0]?.id ?? ''}`}>用最新稿次发出任务</LinkButton>
      </Space>
      {added && (
        <Alert
          type="success"
          showIcon
          title={`新稿次“${added.label}”已保存`}
          closable
          onClose={() => setAdded(null)}
        />
      )}
      {shownJob && (
        <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>新稿次的后续处理</h2>}>
          <JobProgressBar
            followed={followUp}
            label="文本佐证"
            detail="正在比对先前稿次上提交的汇总意见，可离开本页"
            testId="version-follow-up-progress"
          />
        </Card>
      )}
      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>稿次</h2>} extra={`${versions.length} 个`}>
        <List
          dataSource={versions}
          renderItem={(v, i) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Space wrap size={[8, 4]}>
                    <span>
                      第{v.sequence}稿 {v.label}
                    </span>
                    {!v.supersededById && <Tag color="blue">最新</Tag>}
                    {v.frozen && <Tag>已用于任务</Tag>}
                  </Space>
                }
                description={
                  <Space direction="vertical" size={4} style={{ width: '100%' }}>
                    <span>
                      {DRAFT_STAGE_LABELS[v.stage]}，{v.articleCount} 条，{formatDateTime(v.createdAt)}
                      {v.sourceFilename ? `，${v.sourceFilename}` : ''}
                    </span>
                    <span>{v.textTitle}</span>
                    {splitParseNotes(v.warnings).notes.map((w) => (
                      <Typography.Text key={`${w.line}-${w.code}`} type="secondary">
                        {w.message}
                      </Typography.Text>
                    ))}
                    {splitParseNotes(v.warnings).problems.length > 0 && (
                      <Collapse
                        size="small"
                        items={[
                          {
                            key: 'w',
                            label: `解析时发现 ${splitParseNotes(v.warnings).problems.length} 个问题`,
                            children: (
                              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                                {splitParseNotes(v.warnings).problems.map((w) => (
                                  <li key={`${w.line}-${w.code}`}>
                                    第 {w.line} 行：{w.message}
                                  </li>
                                ))}
                              </ul>
                            ),
                          },
                        ]}
                      />
                    )}
                    {i < versions.length - 1 && (
                      <LinkButton
                        size="middle"
                        to={`/drafts/${draft.id}/compare?from=${versions[i + 1].id}&to=${v.id}`}
                        aria-label={`与上一稿对照（第${versions[i + 1].sequence}稿和第${v.sequence}稿）`}
                      >
                        与上一稿对照
                      </LinkButton>
                    )}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>上传新稿次</h2>}>
        <AddVersionCard draftId={draft.id} onAdded={setAdded} />
      </Card>
    </Space>
  );
}
