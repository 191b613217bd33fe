// The form the 批注 action opens: the selected words (computed, not typed), 批注内容 (required), 建议修改为 and 依据.
import { useMutation } from '@apollo/client/react';
import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { errorMessage, showFieldErrors } from '../../common/api-errors';
import { CreateAnnotationDocument, TaskAnnotationsDocument } from './annotations.operations';
import type { SelectedPassage } from './selection-offsets';

interface Values {
  note: string;
  proposedWording?: string;
  legalBasis?: string;
}

export function AnnotationForm(props: {
  taskId: string;
  passage: SelectedPassage | null;
  citation: string;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateAnnotationDocument, {
    refetchQueries: [TaskAnnotationsDocument],
    awaitRefetchQueries: true,
  });
  const { passage } = props;
  const submit = async (values: Values) => {
    if (!passage) return;
    setProblem(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            taskId: props.taskId,
            provisionAddress: passage.address,
            start: passage.start,
            end: passage.end,
            note: values.note,
            proposedWording: values.proposedWording?.trim() || undefined,
            legalBasis: values.legalBasis?.trim() || undefined,
          },
        },
      });
      form.resetFields();
      if (data) props.onCreated(data.createAnnotation.id);
    } catch (error) {
      if (!showFieldErrors(form, error)) setProblem(errorMessage(error));
    }
  };
  return (
    <Modal
      open={!!passage}
      title={`批注 ${props.citation}`}
      okText="保存批注"
      cancelText="取消"
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={() => {
        setProblem(null);
        props.onClose();
      }}
      destroyOnHidden
    >
      {passage ? (
        <blockquote className="anno-quote" aria-label="选中的文字">
          {passage.quote}
        </blockquote>
      ) : null}
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} preserve={false}>
        <Form.Item
          name="note"
          label="批注内容"
          rules={[{ required: true, whitespace: true, message: '请填写批注内容' }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="proposedWording" label="建议修改为">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="legalBasis" label="依据">
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 6 }}
            maxLength={2000}
            placeholder="如 《中华人民共和国行政处罚法》第五条"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
