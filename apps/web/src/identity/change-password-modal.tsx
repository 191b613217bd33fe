// 修改密码: one's own password, from the header. The server checks the current password and the policy (common
// passwords, one's username, name or phone, sequences) and puts its message on the field; a change signs every device
// out, this one included, so the person signs in again with the new password.
import { useMutation } from '@apollo/client/react';
import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { errorCode, errorMessage, showFieldErrors } from '../common/api-errors';
import { ChangePasswordDocument } from './identity.operations';
import { PASSWORD_HINT } from './password-rule';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordModal({
  open,
  onClose,
  onChanged,
  required = false,
}: {
  open: boolean;
  /**
   * The password was set by someone else (重置密码): it must be changed before anything else — no 取消, no closing, and
   * the current password is the temporary one.
   */
  required?: boolean;
  onClose: () => void;
  /** After the change: every token of the account is refused from now on. */
  onChanged: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [change, { loading }] = useMutation(ChangePasswordDocument);

  const submit = async ({ currentPassword, newPassword }: Values) => {
    setProblem(null);
    try {
      await change({ variables: { input: { currentPassword, newPassword } } });
      onChanged();
    } catch (e) {
      if (errorCode(e) === 'UNAUTHENTICATED') {
        form.setFields([{ name: 'currentPassword', errors: [errorMessage(e)] }]);
        return;
      }
      if (!showFieldErrors(form, e)) setProblem(errorMessage(e));
    }
  };

  return (
    <Modal
      title="修改密码"
      open={open}
      okText="修改"
      cancelText="取消"
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      closable={!required}
      maskClosable={!required}
      keyboard={!required}
      cancelButtonProps={required ? { style: { display: 'none' } } : undefined}
      afterClose={() => {
        form.resetFields();
        setProblem(null);
      }}
      destroyOnHidden
      width={480}
    >
      {required && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="您的密码已由他人重置为临时密码，请先设置只有您自己知道的新密码，再开始工作。"
        />
      )}
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark="optional">
        <Form.Item
          name="currentPassword"
          label={required ? '当前密码（临时密码）' : '当前密码'}
          rules={[{ required: true, message: '请填写当前密码' }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label="新密码"
          extra={PASSWORD_HINT}
          rules={[
            { required: true, message: '请填写新密码' },
            { min: 8, message: '新密码至少 8 个字符' },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="再次输入新密码"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error('两次输入的新密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Alert type="info" showIcon title="修改后所有设备（包括本机）都需要用新密码重新登录。" />
        {/* Enter in a field submits. */}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
