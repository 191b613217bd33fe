// 登记草案: name the draft, give its first version's text (file or pasted), read the parsed provision tree and its
// warnings, then save (createDraft, then addDraftVersion with the same text).
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage, fieldErrors } from '../../common/api-errors';
import { LinkButton } from '../../common/link-button';
import type { DraftStage } from '../../gql/graphql';
import { useSession } from '../../identity/use-session';
import { DraftSourceInput, type DraftPreview, type DraftSource } from './draft-source';
import { STAGE_OPTIONS } from './manage-labels';
import { AddDraftVersionDocument, CreateDraftDocument } from './manage.operations';
import './manage.css';

interface Values {
  title: string;
  subject?: string;
  stage: DraftStage;
  label?: string;
}

const FORM_FIELDS = ['title', 'subject', 'stage', 'label'];

export default function NewDraftPage() {
  const { session } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [source, setSource] = useState<DraftSource | null>(null);
  const [preview, setPreview] = useState<DraftPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Kept when the draft was made but its text was refused, so a second 保存 does not make a second draft.
  const [draftId, setDraftId] = useState<string | null>(null);
  const [createDraft, created] = useMutation(CreateDraftDocument);
  const [addVersion, added] = useMutation(AddDraftVersionDocument, { refetchQueries: ['DraftsList'] });
  const legislatureId = session?.account.roles.find((r) => r.legislatureId)?.legislatureId ?? null;

  const show = (error: unknown) => {
    const problems = fieldErrors(error).filter((p) => FORM_FIELDS.includes(String(p.name)));
    if (problems.length) form.setFields(problems as never[]);
    else setProblem(errorMessage(error));
  };

  const save = async (values: Values) => {
    setProblem(null);
    if (!source || !preview) return setProblem('请先解析预览，核对条文结构后再保存');
    if (!legislatureId) return setProblem('您的账号不属于任何立法机关，不能登记草案');
    let id = draftId;
    try {
      if (!id) {
        const { data } = await createDraft({
          variables: {
            input: {
              legislatureId,
              title: values.title.trim(),
              subject: values.subject?.trim() || undefined,
            },
          },
        });
        id = data?.createDraft.id ?? null;
        setDraftId(id);
      }
      if (!id) return;
      await addVersion({
        variables: {
          input: { draftId: id, stage: values.stage, label: values.label?.trim() || undefined, ...source },
        },
      });
      void navigate(`/drafts/${id}`);
    } catch (e) {
      show(e);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} className="manage-page">
      <div>
        <Typography.Title level={2} style={{ fontSize: 22, margin: 0 }}>
          登记草案
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          上传或粘贴草案文本，核对解析出的条文结构和问题，再保存为第一稿。
        </Typography.Paragraph>
      </div>
      <Space wrap>
        <LinkButton to="/drafts">返回草案列表</LinkButton>
      </Space>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ stage: 'SOLICITATION' }}
        onFinish={(v) => void save(v)}
        requiredMark="optional"
      >
        <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>草案</h2>} style={{ marginBottom: 16 }}>
          <Form.Item
            name="title"
            label="草案名称"
            rules={[{ required: true, whitespace: true, message: '请填写草案名称' }, { max: 200 }]}
          >
            <Input placeholder="例如 重庆市养犬管理条例（草案）" disabled={!!draftId} />
          </Form.Item>
          <Form.Item name="subject" label="调整事项" rules={[{ max: 200 }]}>
            <Input placeholder="例如 养犬管理" disabled={!!draftId} />
          </Form.Item>
          <Form.Item name="stage" label="稿次" rules={[{ required: true, message: '请选择稿次' }]}>
            <Select options={STAGE_OPTIONS} />
          </Form.Item>
          <Form.Item
            name="label"
            label="稿次名称"
            extra="不填则用稿次，如“征求意见稿”"
            rules={[{ max: 100 }]}
          >
            <Input />
          </Form.Item>
        </Card>
        <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>草案文本</h2>} style={{ marginBottom: 16 }}>
          <DraftSourceInput
            onPreview={(s, p) => {
              setSource(s);
              setPreview(p);
              setProblem(null);
            }}
          />
        </Card>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
        <Button
          type="primary"
          htmlType="submit"
          block
          disabled={!preview}
          loading={created.loading || added.loading}
        >
          {preview ? '保存草案' : '保存草案（请先解析预览）'}
        </Button>
      </Form>
    </Space>
  );
}
