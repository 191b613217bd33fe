// Shown when the API refused the stored token (it ran out): say so plainly and offer to sign in again, coming back
// to the same page. Opinions waiting to be sent stay on the device meanwhile.
import { Button, Result } from 'antd';
import { signOut } from './session';

export function SessionExpiredPage() {
  const again = () => {
    const next = `${window.location.pathname}${window.location.search}`;
    signOut();
    window.location.assign(`/signin?next=${encodeURIComponent(next)}`);
  };
  return (
    <main style={{ padding: 24 }}>
      <Result
        status="warning"
        title="登录已过期"
        subTitle="为保护数据安全，登录状态已失效。请重新登录后继续；尚未同步的意见仍保存在本机，不会丢失。"
        extra={
          <Button type="primary" size="large" onClick={again}>
            重新登录
          </Button>
        }
      />
    </main>
  );
}
