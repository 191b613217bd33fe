// 待同步: opinions kept on this device, each with its own state — waiting, synced (with its receipt) or rejected
// (with the server's reason, to be corrected and sent again under the same idempotency key).
import { useApolloClient } from '@apollo/client/react';
import { Alert, App, Button, Card, List, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { formatDateTime } from '../common/dates';
import { LinkButton } from '../common/link-button';
import { queuedProvisionLabel } from '../drafts/citation';
import { listQueue, removeQueued, subscribeQueue, syncQueue, type QueuedOpinion } from './offline-queue';

const STATE_TAGS = {
  pending: <Tag color="orange">待同步</Tag>,
  rejected: <Tag color="red">未被接收</Tag>,
  synced: <Tag color="green">已同步</Tag>,
};

export default function PendingPage() {
  const client = useApolloClient();
  const { message } = App.useApp();
  const [items, setItems] = useState<QueuedOpinion[]>([]);
  const [syncing, setSyncing] = useState(false);
  const refresh = useCallback(() => void listQueue().then(setItems), []);
  useEffect(() => {
    refresh();
    return subscribeQueue(refresh);
  }, [refresh]);

  const sync = async () => {
    setSyncing(true);
    const summary = await syncQueue(client);
    setSyncing(false);
    if (summary.offline) void message.warning('仍然没有网络，稍后会自动重试');
  };

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          待同步
        </Typography.Title>
      }
      extra={
        <Button type="primary" onClick={() => void sync()} loading={syncing}>
          立即同步
        </Button>
      }
    >
      {!navigator.onLine && (
        <Alert
          type="warning"
          showIcon
          title="当前没有网络：意见保存在本机，网络恢复后自动提交。"
          style={{ marginBottom: 12 }}
        />
      )}
      <List
        locale={{ emptyText: '本机没有待同步的意见' }}
        dataSource={items}
        renderItem={(q) => (
          <List.Item
            data-testid="queued-opinion"
            actions={
              q.state === 'synced'
                ? [
                    <Button key="done" onClick={() => void removeQueued(q.key)}>
                      清除
                    </Button>,
                  ]
                : q.state === 'rejected'
                  ? [
                      <LinkButton
                        key="fix"
                        to={`/tasks/${q.taskId}/opinions/new?queued=${q.key}${q.input.provisionAddress ? `&provision=${encodeURIComponent(q.input.provisionAddress)}` : ''}`}
                      >
                        修改
                      </LinkButton>,
                      <Button key="drop" danger onClick={() => void removeQueued(q.key)}>
                        删除
                      </Button>,
                    ]
                  : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  {STATE_TAGS[q.state]}
                  <span>{queuedProvisionLabel(q.label, q.input.provisionAddress)}</span>
                </Space>
              }
              description={
                <Space direction="vertical" size={2}>
                  <span>{q.input.proposedChange}</span>
                  <span>记录于 {formatDateTime(q.createdAt)}</span>
                  {q.receiptNumber && (
                    <span>
                      回执号{' '}
                      <strong className="receipt-number" style={{ fontSize: 20, letterSpacing: 0 }}>
                        {q.receiptNumber}
                      </strong>
                    </span>
                  )}
                  {q.error && <Alert type="error" title={q.error} showIcon />}
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
