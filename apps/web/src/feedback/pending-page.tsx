// 待同步: opinions kept on this device, each with its own state — waiting, synced (with its receipt) or rejected
// (with the server's reason, to be corrected and sent again under the same idempotency key). Above them, the unsent
// opinions saved before the app recorded writers, each claimed (认领所选) or discarded (丢弃所选) only when ticked, and
// apart, those the old app had already sent, kept read-only for their receipts.
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Checkbox, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { formatDateTime } from '../common/dates';
import { LinkButton } from '../common/link-button';
import { CHANNEL_LABELS } from '../common/labels';
import { queuedProvisionLabel } from '../drafts/citation';
import { QueuedDraftTitleDocument } from './feedback.operations';
import { refusedForGood } from './queued-refusal';
import {
  claimUnowned,
  discardUnowned,
  listQueue,
  listUnowned,
  listUnownedSent,
  removeQueued,
  subscribeQueue,
  syncQueue,
  type QueuedOpinion,
  type UnownedOpinion,
} from './offline-queue';

/**
 * What to tell the person when claiming or discarding fails: the queue's own Chinese sentence (e.g. signed out in
 * another tab meanwhile), else what failed (the device's storage refusing the change).
 */
function failure(error: unknown, what: string): string {
  if (error instanceof Error && /[\u4e00-\u9fff]/.test(error.message)) return error.message;
  return `${what}未成功：本机存储暂时无法写入，请稍后重试`;
}

/**
 * What 复制内容 puts on the clipboard: where it belongs and the citizen's words, so they can be handed to the liaison
 * officer or kept; never the contributor's name or phone.
 */
export function copyText(q: QueuedOpinion, draftTitle: string | undefined): string {
  const where = queuedProvisionLabel(q.label, q.input.provisionAddress);
  return [
    `${draftTitle ? `《${draftTitle}》` : ''}${where}`,
    `修改意见：${q.input.proposedChange}`,
    q.input.reason ? `理由：${q.input.reason}` : null,
    `征集方式：${CHANNEL_LABELS[q.input.channel]}；记录于 ${formatDateTime(q.createdAt)}`,
  ]
    .filter(Boolean)
    .join('\n');
}

async function toClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // No clipboard API here (an insecure page, an old browser): the older way below.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

/** The draft's title, kept with the item; for items queued before it was kept, looked up (when there is a network). */
function useDraftTitle(q: QueuedOpinion): string | undefined {
  const { data } = useQuery(QueuedDraftTitleDocument, {
    variables: { taskId: q.taskId },
    skip: !!q.draftTitle,
  });
  return q.draftTitle ?? data?.consultationTask?.draft.textTitle;
}

function QueuedCard({ q }: { q: QueuedOpinion }) {
  const { message } = App.useApp();
  const draftTitle = useDraftTitle(q);
  const closed = refusedForGood(q);
  const copy = async () => {
    try {
      await toClipboard(copyText(q, draftTitle));
      void message.success('意见内容已复制，可粘贴到微信或短信发给联络员');
    } catch {
      void message.error('复制未成功：请长按意见内容手动复制');
    }
  };
  const copyButton = (
    <Button key="copy" onClick={() => void copy()}>
      复制内容
    </Button>
  );
  const drop = (
    <Popconfirm
      key="drop"
      title="删除这条意见？"
      description="删除后本机不再保存，也不会发送。请先复制内容，以免提出人的意见丢失。"
      okText="删除"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      onConfirm={() => void removeQueued(q.key)}
    >
      <Button danger>删除</Button>
    </Popconfirm>
  );
  // The buttons go under the text, not beside it: on a phone a column of buttons squeezed the opinion to a few
  // characters a line.
  const actions =
    q.state === 'synced'
      ? [
          <Button key="done" onClick={() => void removeQueued(q.key)}>
            清除
          </Button>,
        ]
      : q.state === 'rejected'
        ? closed
          ? [copyButton, drop]
          : [
              <LinkButton
                key="fix"
                to={`/tasks/${q.taskId}/opinions/new?queued=${q.key}${q.input.provisionAddress ? `&provision=${encodeURIComponent(q.input.provisionAddress)}` : ''}`}
              >
                修改
              </LinkButton>,
              copyButton,
              drop,
            ]
        : [];
  return (
    <List.Item data-testid="queued-opinion">
      <List.Item.Meta
        title={
          <Space direction="vertical" size={0}>
            {draftTitle && (
              <Typography.Text type="secondary" style={{ fontWeight: 'normal' }} data-testid="queued-draft">
                《{draftTitle}》
              </Typography.Text>
            )}
            <Space wrap>
              {STATE_TAGS[q.state]}
              <span>{queuedProvisionLabel(q.label, q.input.provisionAddress)}</span>
            </Space>
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
            {q.error && (
              <Alert
                type="error"
                title={q.error}
                description={
                  closed
                    ? '这条意见已无法提交：请联系联络员补录，或点“复制内容”保存提出人的原话。'
                    : '请点“修改”改正后重新提交；如无法改正，可“复制内容”交给联络员。'
                }
                showIcon
                data-testid="queued-refusal"
              />
            )}
            {actions.length > 0 && <Space wrap>{actions}</Space>}
          </Space>
        }
      />
    </List.Item>
  );
}

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
  const [unownedSent, setUnownedSent] = useState<UnownedOpinion[]>([]);
  // The unowned items this person says are theirs (or to discard): none until they tick them, one by one.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [syncing, setSyncing] = useState(false);
  const refresh = useCallback(() => {
    void listQueue().then(setItems);
    void listUnowned().then((list) => {
      setUnowned(list);
      // Items claimed or discarded meanwhile (here or in another tab) leave the selection with the list.
      setSelected((before) => new Set(list.map((q) => q.key).filter((key) => before.has(key))));
    });
    void listUnownedSent().then(setUnownedSent);
  }, []);
  useEffect(() => {
    refresh();
    return subscribeQueue(refresh);
  }, [refresh]);

  const sync = async () => {
    setSyncing(true);
    try {
      const summary = await syncQueue(client);
      if (summary.offline) void message.warning('仍然没有网络，稍后会自动重试');
      // The server's own words: which limit was reached and how long to wait; the items stay pending meanwhile.
      if (summary.limited)
        void message.warning(
          `${summary.limited} 条暂未提交，仍保存在本机：${summary.limitMessage ?? '录入过于频繁，请稍后再同步'}`,
        );
    } catch {
      // Not the network (that leaves items pending): the device's storage. The items stay as they were.
      void message.error('同步未成功：本机存储暂时无法读写，请稍后重试');
    } finally {
      setSyncing(false);
    }
  };

  // Saved before the app recorded who wrote what: the signed-in person picks the ones that are theirs. On a shared
  // device the others stay unowned (and their contributors' data sealed) for their writers to claim.
  const chosen = unowned.filter((q) => selected.has(q.key)).map((q) => q.key);
  const toggle = (key: string, on: boolean) =>
    setSelected((before) => {
      const next = new Set(before);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const claim = async () => {
    let claimed: number;
    try {
      claimed = await claimUnowned(chosen);
    } catch (error) {
      void message.error(failure(error, '认领'));
      return;
    }
    void message.success(`已认领 ${claimed} 条意见，将以您的账号提交`);
    if (navigator.onLine) await sync();
  };
  const discard = async () => {
    try {
      const discarded = await discardUnowned(chosen);
      void message.success(`已丢弃 ${discarded} 条意见`);
    } catch (error) {
      void message.error(failure(error, '丢弃'));
    }
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
                这些意见保存在应用更新之前，未记录是谁记录的，尚未发送。请勾选您本人记录的意见后认领，认领后以您的账号提交；不是您记录的请不要勾选，留给记录人登录后认领。确定不再需要的可勾选后丢弃（连同提出人个人信息从本机删除）。
              </span>
              <Space direction="vertical" size={4}>
                {unowned.map((q) => (
                  <Checkbox
                    key={q.key}
                    checked={selected.has(q.key)}
                    onChange={(e) => toggle(q.key, e.target.checked)}
                  >
                    {q.state === 'rejected' && <Tag color="red">未被接收</Tag>}
                    {queuedProvisionLabel(q.label, q.input.provisionAddress)}：{q.input.proposedChange}
                    （记录于 {formatDateTime(q.createdAt)}）
                  </Checkbox>
                ))}
              </Space>
              <Space wrap>
                <Popconfirm
                  title={`认领所选的 ${chosen.length} 条意见？`}
                  description="认领后这些意见归您：将以您的账号提交，提出人的姓名、电话等个人信息也将对您可见。请只认领您本人记录的意见。"
                  okText="认领"
                  cancelText="取消"
                  onConfirm={() => void claim()}
                  disabled={!chosen.length}
                >
                  <Button type="primary" disabled={!chosen.length}>
                    认领所选
                  </Button>
                </Popconfirm>
                <Popconfirm
                  title={`丢弃所选的 ${chosen.length} 条意见？`}
                  description="丢弃后无法恢复，也不会发送。"
                  okText="丢弃"
                  okButtonProps={{ danger: true }}
                  cancelText="取消"
                  onConfirm={() => void discard()}
                  disabled={!chosen.length}
                >
                  <Button danger disabled={!chosen.length}>
                    丢弃所选
                  </Button>
                </Popconfirm>
              </Space>
            </Space>
          }
        />
      )}
      {unownedSent.length > 0 && (
        <Alert
          data-testid="unowned-sent"
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={`更新前已发送的意见（${unownedSent.length} 条）`}
          description={
            <Space direction="vertical" style={{ width: '100%' }}>
              <span>这些意见在应用更新之前已经发送，服务器已收到；本机只留有回执号，供向提出人告知。</span>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {unownedSent.map((q) => (
                  <li key={q.key}>
                    {queuedProvisionLabel(q.label, q.input.provisionAddress)}：{q.input.proposedChange}
                    （回执号 <span className="receipt-number">{q.receiptNumber}</span>）
                  </li>
                ))}
              </ul>
            </Space>
          }
        />
      )}
      <List
        locale={{ emptyText: unowned.length ? '没有您保存的待同步意见' : '本机没有待同步的意见' }}
        dataSource={items}
        renderItem={(q) => <QueuedCard q={q} />}
      />
    </Card>
  );
}
