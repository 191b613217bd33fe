// One annotation in the margin: its passage, note, proposed wording and legal basis, how it stands on a newer version,
// and its thread of replies with a reply form. On one's own annotation: 修改, 重新选择原文 (重新定位 for one that
// could not be placed), 撤回 with an optional reason, and the 修改记录.
import { useMutation } from '@apollo/client/react';
import { App, Button, Form, Input, Modal, Popover, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage, showFieldErrors } from '../../common/api-errors';
import { formatDateTime } from '../../common/dates';
import type { AnnotationThreadFragment } from '../../gql/graphql';
import { useSession } from '../../identity/use-session';
import { anchorStatusOf } from './anchor-status';
import {
  ReplyToAnnotationDocument,
  TaskAnnotationsDocument,
  WithdrawAnnotationDocument,
} from './annotations.operations';

/** What each earlier state was left by: the author's edit or withdrawal, or the executing body's re-anchoring. */
const REVISION_ACTIONS: Record<string, string> = {
  EDIT: '修改',
  WITHDRAW: '撤回',
  REANCHOR: '重新定位到新稿次',
};

export function AnnotationCard(props: {
  annotation: AnnotationThreadFragment;
  active: boolean;
  onActivate: () => void;
  /** Shown when the annotation's anchor lies in another version than the one on screen. */
  onOtherVersion?: boolean;
  /** For an orphan: the version its quote was taken from (“征求意见稿”), since it stands in no text of the new one. */
  quoteFrom?: string | null;
  onEdit?: () => void;
  onReselect?: () => void;
  /** Why the passage cannot be re-selected on this page (the button is then disabled and the reason shown). */
  reselectBlocked?: string | null;
  /** This card is the one waiting for a new selection. */
  reselecting?: boolean;
  /** The point no longer takes annotations (deadline passed, consolidating, submitted): no reply, no edit. */
  closed?: boolean;
  /** Withdrawal is still possible (until consolidation starts, the deadline notwithstanding). */
  mayWithdraw?: boolean;
}) {
  const { annotation: a } = props;
  const { session } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const [reply, { loading }] = useMutation(ReplyToAnnotationDocument, {
    refetchQueries: [TaskAnnotationsDocument],
    awaitRefetchQueries: true,
  });
  const [withdraw, { loading: withdrawing }] = useMutation(WithdrawAnnotationDocument, {
    refetchQueries: [TaskAnnotationsDocument],
    awaitRefetchQueries: true,
  });
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [withdrawProblem, setWithdrawProblem] = useState<string | null>(null);
  const mine = a.authorAccountId === session?.account.id;
  const orphaned = a.anchorStatus === 'ORPHANED';
  const confirmWithdraw = async () => {
    setWithdrawProblem(null);
    try {
      await withdraw({ variables: { input: { id: a.id, reason: reason.trim() || undefined } } });
      setConfirming(false);
      void message.success('批注已撤回');
    } catch (error) {
      setWithdrawProblem(errorMessage(error));
    }
  };
  const who = (accountId: string) => (accountId === session?.account.id ? '我' : '团队成员');
  const status = anchorStatusOf(a.anchorStatus);
  const send = async ({ note }: { note: string }) => {
    try {
      await reply({ variables: { input: { parentId: a.id, note } } });
      form.resetFields();
    } catch (error) {
      if (!showFieldErrors(form, error)) void message.error(errorMessage(error));
    }
  };
  return (
    <article
      className={`anno-card${props.active ? ' anno-card-active' : ''}`}
      data-annotation-id={a.id}
      aria-label={`批注：${a.quote ?? ''}`}
      onClick={props.onActivate}
    >
      <div className="anno-card-head">
        {status && (props.onOtherVersion || a.anchorStatus !== 'ANCHORED') ? (
          <Tag style={status.style}>{status.label}</Tag>
        ) : null}
        <Typography.Text className="muted">
          {who(a.authorAccountId)} · {formatDateTime(a.createdAt)}
        </Typography.Text>
        {a.revisions.length ? (
          <Popover
            trigger="click"
            title="修改记录"
            content={
              <ol className="anno-history" aria-label="修改记录">
                {a.revisions.map((r) => (
                  <li key={r.revision}>
                    第 {r.revision} 次{REVISION_ACTIONS[r.action] ?? r.action} · {formatDateTime(r.changedAt)}
                  </li>
                ))}
              </ol>
            }
          >
            <Button
              type="link"
              size="small"
              className="anno-revisions"
              aria-label={`修改记录：${a.revisions.length} 条`}
            >
              修改记录 {a.revisions.length} 条
            </Button>
          </Popover>
        ) : null}
      </div>
      {a.quote ? <blockquote className="anno-quote">{a.quote}</blockquote> : null}
      {a.quote && props.quoteFrom ? (
        <Typography.Paragraph className="anno-where muted">原文摘自{props.quoteFrom}</Typography.Paragraph>
      ) : null}
      {props.onOtherVersion && a.anchorNote ? (
        <Typography.Paragraph className="anno-where muted">{a.anchorNote}</Typography.Paragraph>
      ) : null}
      <Typography.Paragraph className="anno-note">{a.note}</Typography.Paragraph>
      {a.proposedWording ? (
        <Typography.Paragraph className="anno-field">
          <strong>建议修改为：</strong>
          {a.proposedWording}
        </Typography.Paragraph>
      ) : null}
      {a.legalBasis ? (
        <Typography.Paragraph className="anno-field">
          <strong>依据：</strong>
          {a.legalBasis}
        </Typography.Paragraph>
      ) : null}
      {mine && (!props.closed || props.mayWithdraw !== false) ? (
        <Space wrap size={4} className="anno-actions">
          {props.closed ? null : (
            <>
              <Button size="small" onClick={props.onEdit} aria-label="修改批注">
                修改
              </Button>
              <Button
                size="small"
                onClick={props.onReselect}
                disabled={!!props.reselectBlocked}
                type={props.reselecting ? 'primary' : 'default'}
              >
                {props.reselecting ? '取消重新选择' : orphaned ? '重新定位' : '重新选择原文'}
              </Button>
            </>
          )}
          {props.mayWithdraw === false ? null : (
            <Button size="small" danger onClick={() => setConfirming(true)} aria-label="撤回批注">
              撤回
            </Button>
          )}
        </Space>
      ) : null}
      {props.reselecting ? (
        <Typography.Paragraph className="anno-where" role="status">
          请在条文中选中新的文字，再点击“改为此处”。
        </Typography.Paragraph>
      ) : null}
      {mine && props.reselectBlocked ? (
        <Typography.Paragraph className="anno-where muted">{props.reselectBlocked}</Typography.Paragraph>
      ) : null}
      <Modal
        open={confirming}
        title="撤回这条批注？"
        okText="确认撤回"
        okButtonProps={{ danger: true }}
        cancelText="取消"
        confirmLoading={withdrawing}
        onOk={() => void confirmWithdraw()}
        onCancel={() => {
          setConfirming(false);
          setWithdrawProblem(null);
        }}
        destroyOnHidden
      >
        <Typography.Paragraph>撤回后批注不再列出，也不纳入汇总；修改记录仍会保留。</Typography.Paragraph>
        {withdrawProblem ? (
          <Typography.Paragraph type="danger" role="alert">
            {withdrawProblem}
          </Typography.Paragraph>
        ) : null}
        <label className="anno-reason">
          撤回理由（可不填）
          <Input.TextArea
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
          />
        </label>
      </Modal>
      {a.replies.length ? (
        <ol className="anno-replies" aria-label="回复">
          {a.replies.map((r) => (
            <li key={r.id} className="anno-reply">
              <Typography.Text className="muted">
                {who(r.authorAccountId)} · {formatDateTime(r.createdAt)}
              </Typography.Text>
              <div>{r.note}</div>
            </li>
          ))}
        </ol>
      ) : null}
      {props.closed ? null : (
        <Form
          form={form}
          // Each card's reply field needs its own id for its label.
          name={`reply-${a.id}`}
          layout="vertical"
          onFinish={(v) => void send(v)}
          className="anno-reply-form"
        >
          <Form.Item
            name="note"
            label="回复"
            rules={[{ required: true, whitespace: true, message: '请填写回复内容' }]}
            style={{ marginBottom: 8 }}
          >
            <Input.TextArea
              autoSize={{ minRows: 1, maxRows: 6 }}
              maxLength={5000}
              placeholder="回复这条批注"
            />
          </Form.Item>
          <Button htmlType="submit" loading={loading} size="middle">
            发送回复
          </Button>
        </Form>
      )}
    </article>
  );
}
