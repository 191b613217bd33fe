// One modal form for every record of the structure (a member, an expert, a unit, a collector, an account): the fields
// are described, not written out five times. The API's field errors land on their fields; other errors above the form.
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage, showFieldErrors } from '../common/api-errors';

export interface FieldSpec {
  name: string;
  label: string;
  kind?: 'text' | 'password' | 'date' | 'select';
  options?: Array<{ value: string; label: string }>;
  required?: boolean;
  placeholder?: string;
  help?: string;
}

export type FormValues = Record<string, string | undefined>;

export function RecordFormModal({
  title,
  open,
  fields,
  initialValues,
  okText = '保存',
  onSubmit,
  onClose,
}: {
  title: string;
  open: boolean;
  fields: FieldSpec[];
  initialValues?: FormValues;
  okText?: string;
  /** Sends the values; throws the API's error to be shown. */
  onSubmit: (values: FormValues) => Promise<void>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(initialValues ?? {});
      setProblem(null);
    }
  }, [open, form, initialValues]);

  const submit = async (values: FormValues) => {
    setProblem(null);
    setSaving(true);
    try {
      await onSubmit(values);
      onClose();
    } catch (e) {
      if (!showFieldErrors(form, e)) setProblem(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={title}
      open={open}
      okText={okText}
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark="optional">
        {fields.map((f) => (
          <Form.Item
            key={f.name}
            name={f.name}
            label={f.label}
            extra={f.help}
            rules={f.required ? [{ required: true, message: `请填写${f.label}` }] : []}
          >
            {f.kind === 'select' ? (
              <Select options={f.options} placeholder={f.placeholder ?? `请选择${f.label}`} />
            ) : f.kind === 'password' ? (
              <Input.Password autoComplete="new-password" />
            ) : f.kind === 'date' ? (
              <Input type="date" />
            ) : (
              <Input placeholder={f.placeholder} />
            )}
          </Form.Item>
        ))}
        {/* Enter in a field submits. */}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
