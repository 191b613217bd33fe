import { Typography } from 'antd';
import { useSession } from '../identity/use-session';

export default function HomePage() {
  const { session } = useSession();
  return <Typography.Title level={2}>您好，{session?.account.displayName}</Typography.Title>;
}
