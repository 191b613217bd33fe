// The form the 批注 action opens: the selected words (computed, not typed), 批注内容 (required), 建议修改为 and 依据.
// The same form corrects one's own annotation (修改): it sends the revision it was opened on, so a change made
// meanwhile (another tab) is refused with the API's message and the annotations are read again.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { errorCode, errorMessage, showFieldErrors } from '../../common/api-errors';
import type { AnnotationThreadFragment } from '../../gql/graphql';
import {
  CreateAnnotationDocument,
  TaskAnnotationsDocument,
  UpdateAnnotationDocument,
} from './annotations.operations';
import type { SelectedPassage } from './selection-offsets';

interface Values {
  note: string;
  proposedWording?: string;
  legalBasis?: string;
}

export function AnnotationForm(props: {
  taskId: string;
  passage: SelectedPassage | null;
  /** Set to correct this annotation instead of creating one. */
  annotation?: AnnotationThreadFragment | null;
  citation: string;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const client = useApolloClient();
  const [problem, setProblem] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateAnnotationDocument, {
    refetchQueries: [TaskAnnotationsDocument],
    awaitRefetchQueries: true,
  });
  const [update, { loading: updating }] = useMutation(UpdateAnnotationDocument, {
    refetchQueries: [TaskAnnotationsDocument],
    awaitRefetchQueries: true,
  });
  const { passage, annotation: editing } = props;
  const submit = async (values: Values) => {
    setProblem(null);
    if (editing) {
      try {
        await update({
          variables: {
            input: {
              id: editing.id,
              expectedRevision: editing.revision,
              note: values.note,
              // An emptied field clears it (the API takes null as "clear").
              proposedWording: values.proposedWording?.trim() || null,
              legalBasis: values.legalBasis?.trim() || null,
            },
          },
        });
        form.resetFields();
        props.onCreated(editing.id);
      } catch (error) {
        if (!showFieldErrors(form, error)) setProblem(errorMessage(error));
        // Changed meanwhile: show what is stored now; the form keeps the words typed here.
        if (errorCode(error) === 'CONFLICT')
          void client.refetchQueries({ include: [TaskAnnotationsDocument] });
      }
      return;
    }
    if (!passage) return;
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
      open={!!passage || !!editing}
      title={`${editing ? '修改批注' : '批注'} ${props.citation}`}
      okText={editing ? '保存修改' : '保存批注'}
      cancelText="取消"
      confirmLoading={loading || updating}
      onOk={() => form.submit()}
      onCancel={() => {
        setProblem(null);
        props.onClose();
      }}
      destroyOnHidden
    >
      {passage || editing?.quote ? (
        <blockquote className="anno-quote" aria-label="选中的文字">
          {passage?.quote ?? editing?.quote}
        </blockquote>
      ) : null}
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} /> : null}
      <Form
        form={form}
        // A named form prefixes its fields' ids: the cards' reply forms have a 批注内容-like "note" field too.
        name="annotation"
        layout="vertical"
        onFinish={(v) => void submit(v)}
        preserve={false}
        initialValues={
          editing
            ? {
                note: editing.note,
                proposedWording: editing.proposedWording ?? '',
                legalBasis: editing.legalBasis ?? '',
              }
            : undefined
        }
      >
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
