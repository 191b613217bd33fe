// 提出意见 (phone first): from a task or a provision. 提交 shows the receipt number large enough to read out; without a
// network the opinion waits on the device (待同步). The idempotency key is made when the form opens, so however often
// the same opinion is sent, it is stored once.
import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Row,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { errorCode, errorMessage, showFieldErrors } from '../common/api-errors';
import { LinkButton } from '../common/link-button';
import { CHANNEL_LABELS, CONSENT_METHOD_LABELS } from '../common/labels';
import type { ConsentMethod, OpinionChannel, SubmitOpinionInput } from '../gql/graphql';
import { OpinionFormDataDocument, SubmitOpinionDocument } from './feedback.operations';
import { enqueue, getQueued } from './offline-queue';
import {
  anyAccepting,
  closedReason,
  rememberedStatus,
  rememberStatus,
} from '../consultation/collection-status';
import { provisionLabel } from '../drafts/citation';
import { useTaskProvisions } from '../drafts/use-task-provisions';
import { isExecutiveBody } from '../identity/roles';
import { useSession } from '../identity/use-session';
import { choiceMatches, GENERAL, provisionChoices } from './opinion-provisions';

/** What the collector reads out before recording anyone's personal data (个人信息保护法第十七条). */
export const CONSENT_TEXT =
  '您的姓名、电话等个人信息仅用于就本条意见与您联系及告知采纳结果，与意见分开加密保存，不随意见报送、不对外公开；您可以随时要求查阅或删除。';

interface OpinionValues {
  /** An address, or GENERAL (总体意见). */
  provisionAddress: string;
  proposedChange: string;
  reason?: string;
  channel: OpinionChannel;
  activityId?: string;
  peopleRepresented: number;
  withContributor: boolean;
  contributor?: {
    name?: string;
    phone?: string;
    consentMethod: ConsentMethod;
    consentRead: boolean;
    minor: boolean;
    guardianConsent: boolean;
    notifyOutcome: boolean;
  };
}

const MAIN_CHANNELS: OpinionChannel[] = [
  'VISIT',
  'FORUM',
  'COURTYARD_MEETING',
  'QUESTIONNAIRE',
  'DEPUTY_RECEPTION',
  'LETTER',
  'ONLINE',
  'OTHER',
];

function toInput(taskId: string, key: string, v: OpinionValues): SubmitOpinionInput {
  const c = v.withContributor ? v.contributor : undefined;
  return {
    taskId,
    idempotencyKey: key,
    provisionAddress: v.provisionAddress === GENERAL ? null : v.provisionAddress,
    proposedChange: v.proposedChange.trim(),
    reason: v.reason?.trim() || null,
    channel: v.channel,
    activityId: v.activityId || null,
    peopleRepresented: v.peopleRepresented,
    contributor: c
      ? {
          name: c.name?.trim() || null,
          phone: c.phone?.trim() || null,
          consentMethod: c.consentMethod,
          consentText: CONSENT_TEXT,
          minor: !!c.minor,
          guardianConsent: !!c.guardianConsent,
          notifyOutcome: !!c.notifyOutcome,
        }
      : null,
  };
}

// 征集方式 has no default of its own (a pre-filled 走访 recorded 院坝会 opinions under the wrong channel and skewed the
// ledger): the activity's, else the one this person last used on this device, else empty and required.
const lastChannelKey = (accountId: string) => `minyi.lastChannel.${accountId}`;

function lastChannel(accountId: string | undefined): OpinionChannel | undefined {
  if (!accountId) return undefined;
  try {
    const v = localStorage.getItem(lastChannelKey(accountId));
    return v && (MAIN_CHANNELS as string[]).includes(v) ? (v as OpinionChannel) : undefined;
  } catch {
    return undefined;
  }
}

function rememberChannel(accountId: string | undefined, channel: OpinionChannel): void {
  if (!accountId) return;
  try {
    localStorage.setItem(lastChannelKey(accountId), channel);
  } catch {
    // Storage full or refused: next time the collector chooses again.
  }
}

type Outcome = { kind: 'receipt'; receipt: string; replayed: boolean } | { kind: 'queued' };

export default function OpinionFormPage() {
  const { taskId = '' } = useParams();
  const [params] = useSearchParams();
  const queuedKey = params.get('queued');
  const provision = params.get('provision');
  // Opened from an activity (征集活动 → 提出意见): that activity chosen, and its form as the way it was gathered.
  const activity = params.get('activity');
  const client = useApolloClient();
  const [form] = Form.useForm<OpinionValues>();
  const [key, setKey] = useState(() => queuedKey ?? crypto.randomUUID());
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The queued opinion asked for is not this account's to open (sent and cleared, deleted, another's, or saved before
  // writers were recorded and not claimed yet): said so, and the form becomes a new opinion with a key of its own.
  const [queuedMissing, setQueuedMissing] = useState(false);
  const { data } = useQuery(OpinionFormDataDocument, {
    variables: { taskId, provisions: provision ? [provision] : null, withProvision: !!provision },
  });
  const provisionNode = data?.consultationTask?.draftVersion?.provisions.edges[0]?.node;
  // 针对条款: the draft's articles (the reader's list, from the cache when it was read before), those the person may
  // submit on. From the reader the URL's provision is chosen; otherwise the collector chooses (总体意见 included).
  const { session } = useSession();
  const { provisions } = useTaskProvisions(taskId);
  const assignments = useMemo(() => {
    if (isExecutiveBody(session) || !data) return null;
    return data.myAssignments.edges.map((e) => e.node).filter((a) => a.taskId === taskId);
  }, [session, data, taskId]);
  const chosen = Form.useWatch('provisionAddress', form);
  const [keepQueued, setKeepQueued] = useState<string | null>(null);
  const choices = useMemo(() => {
    const keep = [
      ...(provision ? [{ address: provision, citation: provisionNode?.citation }] : []),
      ...(keepQueued && keepQueued !== GENERAL ? [{ address: keepQueued }] : []),
    ];
    return provisionChoices(provisions, assignments, keep);
  }, [provisions, assignments, provision, provisionNode?.citation, keepQueued]);
  const chosenText =
    chosen && chosen !== GENERAL
      ? (provisions.find((p) => p.address === chosen)?.fullText ??
        (chosen === provision ? provisionNode?.fullText : undefined))
      : undefined;
  // Without a network there is no answer: what the server said last time (首页, the reader) still stands.
  const status = data?.consultationTask
    ? anyAccepting(data.consultationTask.pointTasks)
    : rememberedStatus(taskId);
  const closed = status ? closedReason(status) : null;
  useEffect(() => {
    if (data?.consultationTask) rememberStatus(taskId, status);
  }, [data, taskId, status]);
  const withContributor = Form.useWatch('withContributor', form);
  const minor = Form.useWatch((v: OpinionValues) => v.contributor?.minor, form);
  // A 网上征集 round holds the public's own submissions: a signed-in person's opinion is never filed under it (the API
  // refuses it, ACTIVITY_IS_ONLINE_ROUND), so it is neither offered nor preselected from an old link.
  const activities = useMemo(
    () => (data?.collectionActivities ?? []).filter((a) => !a.onlineRound),
    [data?.collectionActivities],
  );
  const preselected = activities.find((a) => a.id === activity);
  useEffect(() => {
    if (preselected && !queuedKey && !form.isFieldTouched('activityId')) {
      form.setFieldsValue({ activityId: preselected.id, channel: preselected.channel });
    }
  }, [preselected, queuedKey, form]);
  // An opinion queued before rounds were kept out of the picker may name one (the API now refuses it): opened to be
  // corrected, it loses that activity instead of showing a bare id and being refused again.
  const activityValue = Form.useWatch<string | undefined>('activityId', form);
  useEffect(() => {
    if (activityValue && data?.collectionActivities.some((a) => a.id === activityValue && a.onlineRound))
      form.setFieldValue('activityId', undefined);
  }, [activityValue, data?.collectionActivities, form]);
  // Never the address (art_13): the citation as the draft has it, or read from the address when offline.
  const labelOf = (address: string | null) =>
    provisionLabel(
      address,
      provisions.find((p) => p.address === address)?.citation ??
        (address === provision ? provisionNode?.citation : undefined),
    );

  // A rejected opinion from the device, opened to be corrected: same key, so it is still stored once.
  useEffect(() => {
    if (!queuedKey) return;
    void getQueued(queuedKey).then((q) => {
      if (!q) {
        setQueuedMissing(true);
        setKey(crypto.randomUUID());
        return;
      }
      setKeepQueued(q.input.provisionAddress ?? null);
      form.setFieldsValue({
        provisionAddress: q.input.provisionAddress ?? GENERAL,
        proposedChange: q.input.proposedChange,
        reason: q.input.reason ?? undefined,
        channel: q.input.channel,
        activityId: q.input.activityId ? String(q.input.activityId) : undefined,
        peopleRepresented: q.input.peopleRepresented ?? 1,
        withContributor: !!q.contributor,
        contributor: q.contributor
          ? {
              name: q.contributor.name ?? undefined,
              phone: q.contributor.phone ?? undefined,
              consentMethod: q.contributor.consentMethod,
              consentRead: true,
              minor: q.contributor.minor,
              guardianConsent: !!q.contributor.guardianConsent,
              notifyOutcome: !!q.contributor.notifyOutcome,
            }
          : undefined,
      });
    });
  }, [queuedKey, form]);

  const submit = async (values: OpinionValues) => {
    setProblem(null);
    if (closed) {
      // Not even to the device: the server would refuse it after the contributor has gone.
      setProblem(closed);
      return;
    }
    const input = toInput(taskId, key, values);
    rememberChannel(session?.account.id, values.channel);
    const where = labelOf(input.provisionAddress ?? null);
    if (!navigator.onLine) {
      await enqueue(input, where, data?.consultationTask?.draft.textTitle);
      setOutcome({ kind: 'queued' });
      return;
    }
    setSending(true);
    try {
      const { data: answer } = await client.mutate({ mutation: SubmitOpinionDocument, variables: { input } });
      if (answer)
        setOutcome({
          kind: 'receipt',
          receipt: answer.submitOpinion.receiptNumber,
          replayed: answer.submitOpinion.replayed,
        });
    } catch (error) {
      if (!errorCode(error)) {
        // No answer from the server (the network dropped): keep it on the device, sent when the network returns.
        await enqueue(input, where, data?.consultationTask?.draft.textTitle);
        setOutcome({ kind: 'queued' });
      } else if (!showFieldErrors(form, error)) {
        setProblem(errorMessage(error));
      }
    } finally {
      setSending(false);
    }
  };

  // 再提一条: the same activity and way of gathering (a 院坝会 records a dozen opinions in a row); the article is
  // chosen again (the URL's, when the form came from the reader), the text and the person are new.
  const another = () => {
    const { activityId, channel } = form.getFieldsValue(['activityId', 'channel']) as Partial<OpinionValues>;
    form.resetFields();
    form.setFieldsValue({ activityId, channel });
    setKey(crypto.randomUUID());
    setOutcome(null);
    window.scrollTo({ top: 0 });
  };

  if (outcome?.kind === 'receipt') {
    return (
      <Result
        status="success"
        title="意见已提交"
        subTitle={
          outcome.replayed
            ? '这条意见此前已提交过，以下是原回执号。'
            : '请将回执号告知提出人：凭回执号可在“意见回执查询”（登录页下方的链接）查看办理情况和采纳结果，也可以向您询问。'
        }
        extra={
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <div>
              <div>回执号</div>
              <div className="receipt-number" data-testid="receipt-number">
                {outcome.receipt}
              </div>
            </div>
            <Space wrap style={{ justifyContent: 'center' }}>
              <Button type="primary" onClick={another}>
                再提一条
              </Button>
              <LinkButton to={`/tasks/${taskId}`}>返回草案</LinkButton>
            </Space>
          </Space>
        }
      />
    );
  }
  if (outcome?.kind === 'queued') {
    return (
      <Result
        status="info"
        title="待同步"
        subTitle="现在没有网络，意见已保存在本机。网络恢复后会自动提交，提交后可在“待同步”页看到回执号。"
        extra={
          <Space wrap style={{ justifyContent: 'center' }}>
            <Button type="primary" onClick={another}>
              再提一条
            </Button>
            <LinkButton to="/pending">查看待同步</LinkButton>
          </Space>
        }
      />
    );
  }

  const heading = (
    <>
      <Typography.Title level={2} style={{ fontSize: 22, marginTop: 0 }}>
        提出意见
      </Typography.Title>
      <Typography.Paragraph>
        {data?.consultationTask?.title ?? '征求意见任务'}
        {preselected && ` · 征集活动：${preselected.title}`}
      </Typography.Paragraph>
    </>
  );

  if (closed) {
    return (
      <Card>
        {heading}
        {provision && (
          <Typography.Paragraph data-testid="provision-text">
            <Link to={`/tasks/${taskId}/provisions/${encodeURIComponent(provision)}`}>
              {labelOf(provision)}
            </Link>
            {provisionNode && <span style={{ whiteSpace: 'pre-wrap' }}>：{provisionNode.fullText}</span>}
          </Typography.Paragraph>
        )}
        <Alert
          type="warning"
          showIcon
          title="不能再提出意见"
          description={closed}
          data-testid="collection-closed"
          style={{ marginBottom: 16 }}
        />
        <Space wrap>
          <LinkButton to={`/tasks/${taskId}`}>返回草案</LinkButton>
          <LinkButton to={`/opinions?task=${taskId}`}>我的意见</LinkButton>
        </Space>
      </Card>
    );
  }

  return (
    <Card>
      {heading}
      {queuedMissing && (
        <Alert
          type="info"
          showIcon
          data-testid="queued-missing"
          title="本机没有您可修改的这条待同步意见"
          description="它可能已经发送或删除，或者不是您保存的；更新前保存的意见请先在“待同步”页认领。下面可作为新意见填写。"
          style={{ marginBottom: 16 }}
        />
      )}
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          provisionAddress: provision ?? undefined,
          channel: lastChannel(session?.account.id),
          peopleRepresented: 1,
          withContributor: false,
          contributor: { consentMethod: 'ORAL', minor: false, guardianConsent: false, notifyOutcome: false },
        }}
        onFinish={(v) => void submit(v)}
        scrollToFirstError
      >
        {/* Where the opinion came from, before what it says: the activity (which sets its form) and 征集方式, side by side
            on a desk, one above the other on a phone — never below the long 修改意见 and 理由. */}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label="征集活动" name="activityId">
              <Select
                allowClear
                // An activity chosen: its form is how the opinion was gathered.
                onChange={(id?: string) => {
                  const picked = data?.collectionActivities.find((a) => a.id === id);
                  if (picked) form.setFieldValue('channel', picked.channel);
                }}
                placeholder="不属于某次活动可不选"
                options={activities.map((a) => ({ value: a.id, label: `${a.heldOn} ${a.title}` }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="征集方式"
              name="channel"
              rules={[{ required: true, message: '请选择征集方式：这条意见是通过什么方式听到的' }]}
            >
              <Select
                placeholder="请选择这条意见是怎样征集到的"
                options={MAIN_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label="针对条款"
          name="provisionAddress"
          rules={[{ required: true, message: '请选择针对条款：不针对某一条的，选“总体意见”' }]}
          extra="可输入条号查找，如 8 或 第八条"
        >
          <Select
            showSearch
            placeholder="选择条款或总体意见"
            options={choices}
            filterOption={(typed, option) => !!option && choiceMatches(option, typed)}
            notFoundContent="没有找到这一条，或这一条没有分发给您"
          />
        </Form.Item>
        {chosenText && (
          <Typography.Paragraph
            type="secondary"
            ellipsis={{ rows: 3, expandable: true, symbol: '展开全文' }}
            style={{ whiteSpace: 'pre-wrap', marginTop: -8 }}
            data-testid="provision-text"
          >
            {chosenText}
          </Typography.Paragraph>
        )}
        <Form.Item
          label="修改意见"
          name="proposedChange"
          rules={[{ required: true, whitespace: true, message: '请填写修改意见' }]}
        >
          <Input.TextArea autoSize={{ minRows: 4 }} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item label="理由" name="reason">
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={5000} />
        </Form.Item>
        <Form.Item
          label="代表人数"
          name="peopleRepresented"
          rules={[{ required: true, message: '请填写代表人数' }]}
        >
          <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="记录提出人个人信息（选填）" name="withContributor" valuePropName="checked">
          <Switch />
        </Form.Item>
        {withContributor && (
          <Card size="small" title="提出人个人信息" style={{ marginBottom: 16 }}>
            <Alert
              type="info"
              title="请向提出人宣读："
              description={CONSENT_TEXT}
              style={{ marginBottom: 16 }}
            />
            <Form.Item
              name={['contributor', 'consentRead']}
              valuePropName="checked"
              rules={[
                {
                  validator: (_, v) =>
                    v ? Promise.resolve() : Promise.reject(new Error('须先宣读并取得提出人同意')),
                },
              ]}
            >
              <Checkbox>已向提出人宣读上述内容，提出人同意</Checkbox>
            </Form.Item>
            <Form.Item label="同意方式" name={['contributor', 'consentMethod']}>
              <Radio.Group
                options={(['ORAL', 'WRITTEN', 'ONLINE'] as const).map((m) => ({
                  value: m,
                  label: CONSENT_METHOD_LABELS[m],
                }))}
              />
            </Form.Item>
            <Form.Item label="姓名" name={['contributor', 'name']}>
              <Input maxLength={50} autoComplete="off" />
            </Form.Item>
            <Form.Item label="电话" name={['contributor', 'phone']}>
              <Input maxLength={32} inputMode="tel" autoComplete="off" />
            </Form.Item>
            <Form.Item name={['contributor', 'minor']} valuePropName="checked">
              <Checkbox>提出人不满十四周岁</Checkbox>
            </Form.Item>
            {minor && (
              <Form.Item name={['contributor', 'guardianConsent']} valuePropName="checked">
                <Checkbox>已取得监护人同意</Checkbox>
              </Form.Item>
            )}
            <Form.Item name={['contributor', 'notifyOutcome']} valuePropName="checked">
              <Checkbox>提出人希望得知采纳结果</Checkbox>
            </Form.Item>
          </Card>
        )}
        <Button type="primary" htmlType="submit" block size="large" loading={sending}>
          提交
        </Button>
      </Form>
    </Card>
  );
}
