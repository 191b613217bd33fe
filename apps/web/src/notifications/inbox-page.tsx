// 通知: every notification, newest first, unread marked; reading them marks them read on the server.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, List, Space, Typography } from 'antd';
import { NotificationTitle } from './notification-title';
import { errorMessage } from '../common/api-errors';
import { formatDateTime } from '../common/dates';
import {
  MarkNotificationsReadDocument,
  NotificationsDocument,
} from '../consultation/consultation.operations';

export default function InboxPage() {
  const { message } = App.useApp();
  const { data, error, loading, refetch, fetchMore } = useQuery(NotificationsDocument);
  const [markRead, { loading: marking }] = useMutation(MarkNotificationsReadDocument);
  const items = data?.notifications.edges.map((e) => e.node) ?? [];
  const read = async (ids?: string[]) => {
    try {
      await markRead({ variables: { input: ids ? { ids } : {} } });
      await refetch();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  return (
    <Card
      title={
        <Space>
          <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
            通知
          </Typography.Title>
          <span>未读 {data?.unreadNotificationCount ?? 0} 条</span>
        </Space>
      }
      extra={
        <Button onClick={() => void read()} loading={marking} disabled={!data?.unreadNotificationCount}>
          全部标为已读
        </Button>
      }
    >
      {error && !data && <Alert type="error" showIcon title={errorMessage(error)} />}
      <List
        loading={loading && !data}
        locale={{ emptyText: '暂无通知' }}
        dataSource={items}
        renderItem={(n) => (
          <List.Item
            actions={
              n.readAt
                ? []
                : [
                    <Button key="read" type="link" onClick={() => void read([n.id])}>
                      标为已读
                    </Button>,
                  ]
            }
          >
            <List.Item.Meta
              title={<NotificationTitle n={n} />}
              description={
                <>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{n.body}</div>
                  <div>{formatDateTime(n.createdAt)}</div>
                </>
              }
            />
          </List.Item>
        )}
      />
      {/* The inbox came 50 at a time and never offered the rest: older notifications were nowhere. */}
      {data && data.notifications.totalCount > items.length && (
        <Button
          block
          loading={loading}
          style={{ marginTop: 12 }}
          onClick={() =>
            void fetchMore({
              variables: { after: data.notifications.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                ...fetchMoreResult,
                notifications: {
                  ...fetchMoreResult.notifications,
                  edges: [...prev.notifications.edges, ...fetchMoreResult.notifications.edges],
                },
              }),
            })
          }
        >
          更多通知（已显示 {items.length} / {data.notifications.totalCount} 条）
        </Button>
      )}
    </Card>
  );
}
