import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { errorMessage, showFieldErrors } from '../common/api-errors';
import { LoginDocument } from './identity.operations';
import { safeNext } from './safe-next';
import { saveSession } from './session';
import { useSession } from './use-session';

interface SignInValues {
  username: string;
  password: string;
}

export default function SignInPage() {
  const [form] = Form.useForm<SignInValues>();
  const [params] = useSearchParams();
  const { session } = useSession();
  const [login, { loading }] = useMutation(LoginDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const next = safeNext(params.get('next'), window.location.origin);
  if (session) return <Navigate to={next} replace />;

  const submit = async (values: SignInValues) => {
    setProblem(null);
    try {
      const { data } = await login({ variables: { input: values } });
      if (data) saveSession({ ...data.login });
    } catch (error) {
      if (!showFieldErrors(form, error)) setProblem(errorMessage(error));
    }
  };

  return (
    <main className="signin">
      <Card className="signin-card">
        <Typography.Title level={1} style={{ fontSize: 26, textAlign: 'center' }}>
          民意 · 基层立法联系点
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          征求意见、采集意见、汇总报送的工作台
        </Typography.Paragraph>
        {problem && <Alert type="error" title={problem} showIcon style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input autoComplete="username" autoCapitalize="off" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={loading}>
            登录
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
          <Link to="/receipt">用回执号查询意见处理情况</Link>
        </Typography.Paragraph>
      </Card>
    </main>
  );
}
