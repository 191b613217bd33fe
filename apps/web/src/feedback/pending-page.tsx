// 待同步: opinions kept on this device, each with its own state — waiting, synced (with its receipt) or rejected
// (with the server's reason, to be corrected and sent again under the same idempotency key).
import { useApolloClient } from '@apollo/client/react';
import { Alert, App, Button, Card, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { formatDateTime } from '../common/dates';
import { LinkButton } from '../common/link-button';
import { queuedProvisionLabel } from '../drafts/citation';
import {
  claimUnowned,
  discardUnowned,
  listQueue,
  listUnowned,
  removeQueued,
  subscribeQueue,
  syncQueue,
  type QueuedOpinion,
  type UnownedOpinion,
} from './offline-queue';

const STATE_TAGS = {
  pending: <Tag color="orange">待同步</Tag>,
  rejected: <Tag color="red">未被接收</Tag>,
  synced: <Tag color="green">已同步</Tag>,
};

export default function PendingPage() {
  const client = useApolloClient();
  const { message } = App.useApp();
  const [items, setItems] = useState<QueuedOpinion[]>([]);
  const [unowned, setUnowned] = useState<UnownedOpinion[]>([]);
  const [syncing, setSyncing] = useState(false);
  const refresh = useCallback(() => {
    void listQueue().then(setItems);
    void listUnowned().then(setUnowned);
  }, []);
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

  // Saved before the app recorded who wrote what: the signed-in person says whether they are theirs.
  const keys = unowned.map((q) => q.key);
  const claim = async () => {
    const claimed = await claimUnowned(keys);
    void message.success(`已认领 ${claimed} 条意见，将以您的账号提交`);
    if (navigator.onLine) await sync();
  };
  const discard = async () => {
    const discarded = await discardUnowned(keys);
    void message.success(`已丢弃 ${discarded} 条意见`);
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
      {unowned.length > 0 && (
        <Alert
          data-testid="unowned-opinions"
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`本机有更新前保存的待同步意见（${unowned.length} 条）`}
          description={
            <Space direction="vertical" style={{ width: '100%' }}>
              <span>
                这些意见保存在应用更新之前，未记录是谁记录的，尚未发送。是您记录的请认领，认领后以您的账号提交；不是的请留给记录人登录后认领，或丢弃（连同提出人个人信息从本机删除）。
              </span>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {unowned.map((q) => (
                  <li key={q.key}>
                    {queuedProvisionLabel(q.label, q.input.provisionAddress)}：{q.input.proposedChange}
                    （记录于 {formatDateTime(q.createdAt)}）
                  </li>
                ))}
              </ul>
              <Space wrap>
                <Button type="primary" onClick={() => void claim()}>
                  认领
                </Button>
                <Popconfirm
                  title="丢弃这些意见？"
                  description="丢弃后无法恢复，也不会发送。"
                  okText="丢弃"
                  okButtonProps={{ danger: true }}
                  cancelText="取消"
                  onConfirm={() => void discard()}
                >
                  <Button danger>丢弃</Button>
                </Popconfirm>
              </Space>
            </Space>
          }
        />
      )}
      <List
        locale={{ emptyText: unowned.length ? '没有您保存的待同步意见' : '本机没有待同步的意见' }}
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
