import { Result } from 'antd';
import { LinkButton } from '../common/link-button';

export default function NotFoundPage() {
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="链接可能有误，或页面已被移走。"
      extra={
        <LinkButton to="/" type="primary">
          回到首页
        </LinkButton>
      }
    />
  );
}
