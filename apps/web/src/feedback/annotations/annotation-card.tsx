// One annotation in the margin: its passage, note, proposed wording and legal basis, how it stands on a newer version,
// and its thread of replies with a reply form.
import { useMutation } from '@apollo/client/react';
import { App, Button, Form, Input, Tag, Typography } from 'antd';
import { errorMessage, showFieldErrors } from '../../common/api-errors';
import { formatDateTime } from '../../common/dates';
import type { AnnotationThreadFragment } from '../../gql/graphql';
import { useSession } from '../../identity/use-session';
import { anchorStatusOf } from './anchor-status';
import { ReplyToAnnotationDocument, TaskAnnotationsDocument } from './annotations.operations';

export function AnnotationCard(props: {
  annotation: AnnotationThreadFragment;
  active: boolean;
  onActivate: () => void;
  /** Shown when the annotation's anchor lies in another version than the one on screen. */
  onOtherVersion?: boolean;
}) {
  const { annotation: a } = props;
  const { session } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const [reply, { loading }] = useMutation(ReplyToAnnotationDocument, {
    refetchQueries: [TaskAnnotationsDocument],
    awaitRefetchQueries: true,
  });
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
      </div>
      {a.quote ? <blockquote className="anno-quote">{a.quote}</blockquote> : null}
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
      <Form form={form} layout="vertical" onFinish={(v) => void send(v)} className="anno-reply-form">
        <Form.Item
          name="note"
          label="回复"
          rules={[{ required: true, whitespace: true, message: '请填写回复内容' }]}
          style={{ marginBottom: 8 }}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={5000} placeholder="回复这条批注" />
        </Form.Item>
        <Button htmlType="submit" loading={loading} size="middle">
          发送回复
        </Button>
      </Form>
    </article>
  );
}
